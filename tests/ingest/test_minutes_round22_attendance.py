"""Issue 14, the twenty-second fidelity round: attendance and minute numbering shapes the
printed-minutes reader still missed, each tested on text from a dev document: the members
present listed in a minute titled "Welcome" (Burrowbridge 2015), a role in brackets with the
comma after it lost and a Welsh honorific before the English one (Llangathen 2020), a
councillor named in a note in brackets inside the present list (West Bergholt 2023), "Cllr
X sent apologies" after a colon on an apologies minute's line (South Kelsey 2025), and
minutes all numbered "1." in text flattened onto one line (Walford 2018)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.parse import parse_document
from moot.ingest.parse.minutes_attendance import (
    chair_then_present,
    clerk_in_addition,
    role_dash_name,
    welcome_list,
)
from moot.ingest.parse.minutes_items import join_slash_numbers
from moot.ingest.parse.name_lists import (
    attended_in_brackets,
    family_name_of_office_word,
    reads_as_person,
    split_name_list,
)
from moot.ingest.parse.unflatten import initialled_list_starts, lost_numbering, unflatten
from tests.ingest.helpers import families

# Burrowbridge Parish Council, 10 March 2015 (dev), as stored: flattened onto one line
BURROWBRIDGE = (
    "Minutes of the Parish Council meeting held on 10th March, 2015 in the Coronation Hall, "
    "Burrowbridge. 202 Welcome:B.Tyler(chair),P.Hawks,R.Quinton,D.Tillet,D.Graham, S.Kirk,"
    "V.Orton,P.Stone,M.Payton(Clerk) Also in attendance Barry James – Civil Contingencies "
    "Officer, SCC accompanied by S.Grainger, Flood Resilience, SCC. 1 member of the public"
    "(A.Crutchfield) was also in attendance. 203 Apologies: D.Fothergill, G. Slattery 204 "
    "Public Questions and Answer session: 205 Minutes of the February meeting: These were "
    "duly signed after the ‘Action’ points checked. P.Stone arrived at 7.40pm. 206 Matters "
    "arising from the Minutes: a.The new pads for the Defibrillator had arrived and the "
    "invoice paid. b.There were no other matters arising. 207 Flood Resilience: a.B.James "
    "and S. Grainger gave a joint update on their progress in engaging with the communities "
    "and listening to the experiences of the last floods."
)


def test_the_members_listed_at_the_welcome_are_present_and_the_clerk_is_not():
    (m,) = parse_document(BURROWBRIDGE).meetings
    assert m.date == date(2015, 3, 10)
    assert families(m.attendance.present) == [
        "tyler",
        "hawks",
        "quinton",
        "tillet",
        "graham",
        "kirk",
        "orton",
        "stone",
    ]
    assert families(m.attendance.apologies) == ["fothergill", "slattery"]
    # the clerk, and the officers after "Also in attendance", are never members present
    assert not {"payton", "james", "grainger", "crutchfield"} & set(families(m.attendance.present))
    assert [i.number for i in m.items][:4] == ["202", "203", "204", "205"]


def test_welcome_list_splits_off_the_officer():
    members, officers = welcome_list("B.Tyler(chair),P.Hawks,R.Quinton,M.Payton(Clerk)")
    assert families(members) == ["tyler", "hawks", "quinton"]
    assert families(officers) == ["payton"]


def test_a_welcome_minute_in_prose_lists_no_one():
    assert welcome_list("The Chairman welcomed everyone to the meeting, including Cllr A Bee.") == (
        [],
        [],
    )
    # two names are too few to tell a list from a sentence's people
    assert welcome_list("B.Tyler, P.Hawks") == ([], [])
    # a list that counts the public is no list of members
    assert welcome_list("B.Tyler, P.Hawks, R.Quinton and 3 members of the public") == ([], [])


_INITIAL = st.sampled_from("ABCDEFGHJKLMNPRSTW")
_FAMILY = st.sampled_from(["Tyler", "Hawks", "Quinton", "Tillet", "Graham", "Kirk", "Orton"])


@given(st.lists(st.tuples(_INITIAL, _FAMILY), min_size=3, max_size=7), _FAMILY)
def test_welcome_list_reads_every_member_and_never_the_clerk(people, clerk):
    text = ",".join(f"{i}.{f}" for i, f in people) + f",M.{clerk}(Clerk) Also in attendance X"
    members, officers = welcome_list(text)
    assert [p.name for p in members] == [f"{i}. {f}" for i, f in people]
    assert [p.name for p in officers] == [f"M. {clerk}"]


# Llangathen Community Council, 17 November 2020 (dev)
LLANGATHEN_PRESENT = "Cyng/Cllrs.: B. Jones (chair) A. Davies, C. Moses, E. Morgan and E. Rees."


def test_a_role_in_brackets_ends_its_entry_where_the_comma_was_lost():
    found = split_name_list(LLANGATHEN_PRESENT)
    assert families(found) == ["jones", "davies", "moses", "morgan", "rees"]
    assert found[0].role_text == "chair"


def test_the_welsh_and_english_ands_and_honorifics():
    found = split_name_list("Cyng. / Cllrs. M. Williams, M. Wynne a/and L.Hughes.")
    assert families(found) == ["williams", "wynne", "hughes"]
    assert all(p.role_text == "" for p in found)


@given(st.lists(st.tuples(_INITIAL, _FAMILY), min_size=2, max_size=6))
def test_a_role_in_brackets_after_the_first_entry_keeps_every_entry(people):
    (i0, f0), *rest = people
    text = f"{i0}. {f0} (chair) " + ", ".join(f"{i}. {f}" for i, f in rest)
    found = split_name_list(text)
    assert [p.name for p in found] == [f"{i}. {f}" for i, f in people]


# West Bergholt Parish Council, 25 October 2023 (dev)
WEST_BERGHOLT = """Minutes of the Parish Council Meeting
Held on Wed 25th October 2023 at 7.30pm in the John Lampon Hall, Orpen Memorial Hall, CO6 3BW
Chair: | Cllr Brian Butcher |
Parish Councillors: | Cllrs Andrew Savage, Bob Tyrrell, David Short, Sara Cullis, Paul Chamberlain, Katie Pulford, Harry Stone, John Gili-Ross & Manya Barrow (Cllr James Owers attended via Zoom, but had no voting rights) |
Also in attendance: | Laura Walkingshaw (Parish Clerk) |
City & County Cllrs: | City Cllr Dennis Willetts |
Members of the public: | 1 member of the public |
23/165 Receive /accept apologies and welcome to the public.
Apologies were received from County Cllr Lewis Barber.
23/166 Declarations of Interest
There were no declarations of interest.
"""


def test_a_councillor_in_a_note_in_brackets_who_attended_is_present():
    (m,) = parse_document(WEST_BERGHOLT).meetings
    present = families(m.attendance.present)
    assert present[0] == "butcher"
    assert present[-1] == "owers"
    assert present.count("owers") == 1
    assert "walkingshaw" not in present


def test_attended_in_brackets_reads_only_notes_of_attending():
    assert families(attended_in_brackets("(Cllr James Owers attended via Zoom)")) == ["owers"]
    assert families(attended_in_brackets("(Cllr A Bee joined the meeting at 8pm)")) == ["bee"]
    # a role, or an apology, in brackets is no such note
    assert attended_in_brackets("Cllr A Bee (Chair), Cllr C Dee (Vice-Chair)") == []
    assert attended_in_brackets("(Cllr James Owers sent apologies)") == []


# South Kelsey and Moortown Parish Council, 13 October 2025 (dev)
SOUTH_KELSEY = """Minutes of the Parish Meeting 13 October 2025
Minutes of the Parish Council Meeting
held in the Village Hall on Monday 13 October 2025
Present: Cllr Nicola Hall (Chair), Cllr Amanda Suddaby, Cllr Peter Smith, Cllr Sandra Evans
In attendance: County Cllr James Bean, District Cllr Peter Morris, Christine Major (Clerk) and 3 Members of the public.
Formal Parish Council Meeting commenced; Standing Orders invoked:
25/101 To receive apologies and reasons for absence: Cllr Todd sent apologies which were accepted.
25/102 To receive declarations of interest under the Localism Act 2011: None noted.
"""


def test_sent_apologies_after_the_agenda_words_and_a_colon():
    (m,) = parse_document(SOUTH_KELSEY).meetings
    assert families(m.attendance.apologies) == ["todd"]
    assert "todd" not in families(m.attendance.present)


# Walford Parish Council, 16 May 2018 (dev), flattened onto one line as a PDF's text is
_WALFORD_LINES = """Minutes of the Annual Meeting of Walford Parish Council held at 7.30pm on Wednesday
16th May 2018 at Bishopswood Village Hall
Councillors: Frank Myers (Chairman), Michael Agyeman, Murray Alston, Dave Berry,
1. Election of Chairman … Frank Myers was unanimously re-elected and duly signed his
declaration of acceptance of office form.
1. Election of Vice Chairman … Eric Drummond was unanimously elected as Vice Chairman.
1. Apologies for absence were received from Nesta Hirst.
1. Declarations of interest and written requests for dispensation … There were none.
1. Co-option to fill parish council vacancy It was RESOLVED to co-opt Neil Parfitt to fill
the parish council vacancy.
1. Open Session Verbal reports were received from the Ward Councillor."""
WALFORD = " ".join(_WALFORD_LINES.split())


def test_minutes_all_numbered_one_in_flattened_text():
    (m,) = parse_document(WALFORD).meetings
    assert [i.number for i in m.items] == ["1"] * 6
    assert m.items[1].title.startswith("Election of Vice Chairman")
    assert families(m.attendance.apologies) == ["hirst"]
    assert families(m.attendance.present) == ["myers", "agyeman", "alston", "berry"]


def test_lost_numbering_needs_four_ones_and_no_two():
    assert len(lost_numbering(WALFORD)) == 6
    # a "2." means the numbers run: read as a run, not as a lost numbering
    assert lost_numbering(WALFORD.replace("1. Open Session", "2. Open Session")) == []
    # three are too few to tell from lists inside minutes
    assert lost_numbering("x 1. Alpha a. 1. Beta b. 1. Gamma c.") == []


@given(st.lists(st.sampled_from(["Alpha", "Beta", "Gamma", "Delta"]), min_size=4, max_size=8))
def test_every_one_dot_title_starts_a_line_when_unflattened(titles):
    flat = "Minutes of the Meeting of Walford Parish Council held on 16th May 2018 " + " ".join(
        f"1. {t} business was done here." for t in titles
    )
    flat = flat + " " + "filler words " * 40
    lines = unflatten(flat).split("\n")
    assert sum(ln.startswith("1. ") for ln in lines) == len(titles)


# South Kyme Parish Council, 11 September 2020 (dev, added this round; its heading "held by
# Zoom on" is read by no heading rule yet, so the minutes under a plain heading here)
SOUTH_KYME = """Draft Minutes of Extraordinary meeting of South Kyme Parish Council held on Friday 11 September 2020, 7pm

Present: Councillors Alexander (Chairman), Clark, Goode, J Head, M Head, Midgley and Shaw

Clerk: Chairman (post vacant)

20 members of the public attended the meeting.

20/21/10.1  Potential Face to Face Parish Council Meeting in the Village Hall, or Church

The Chairman opened the meeting by stating that it had been called by Cllrs Goode, Shaw, Clark and Midgley.
"""


def test_a_family_name_that_is_an_office_word_after_initials_is_a_person():
    (m,) = parse_document(SOUTH_KYME).meetings
    assert families(m.attendance.present) == [
        "alexander",
        "clark",
        "goode",
        "head",
        "head",
        "midgley",
        "shaw",
    ]
    # "Clerk: Chairman (post vacant)" names no one: nobody in attendance is invented
    assert m.attendance.in_attendance == []
    assert [i.number for i in m.items] == ["20/21/10.1"]


def test_family_name_of_office_word():
    assert family_name_of_office_word("Cllr J Head")
    assert family_name_of_office_word("M. Ward")
    assert not family_name_of_office_word("Head")
    assert not family_name_of_office_word("Cllr Head")
    assert not family_name_of_office_word("Ward Councillor")
    assert not family_name_of_office_word("Mr A Clerk")
    assert reads_as_person("Cllr J Head")
    assert not reads_as_person("Cllr Chairman")


# a council's "125/20" minute numbers, each alone on its line over its title in capitals
# (written for the test, the shape of the bench's note on a measure document)
SLASH_ALONE = """Minutes of the Meeting of Testham Parish Council held on 4th May 2021 at 7.30pm
Members Present: Cllr A Bee (Chairman), Cllr C Dee, Cllr E Fox
125/20
APOLOGIES FOR ABSENCE
None received.
126/20 DECLARATIONS OF INTEREST
None.
127/20
MINUTES OF THE LAST MEETING
Approved.
"""


def test_slash_numbers_alone_on_their_line_are_joined_to_their_titles():
    (m,) = parse_document(SLASH_ALONE).meetings
    assert [(i.number, i.title) for i in m.items] == [
        ("125/20", "APOLOGIES FOR ABSENCE"),
        ("126/20", "DECLARATIONS OF INTEREST"),
        ("127/20", "MINUTES OF THE LAST MEETING"),
    ]


def test_join_slash_numbers_leaves_a_lone_number_and_a_financial_year():
    one = "Budget\n125/20\nTO NOTE THE FIGURES\n"
    assert join_slash_numbers(one) == one
    years = "2020/21\nBUDGET\n2021/22\nPRECEPT\n"
    assert join_slash_numbers(years) == years


@given(st.lists(st.integers(min_value=1, max_value=999), min_size=2, max_size=6, unique=True))
def test_every_slash_number_alone_is_joined(numbers):
    text = "".join(f"{n}/21\nTITLE NUMBER {k}\nText.\n" for k, n in enumerate(numbers))
    joined = join_slash_numbers(text)
    for k, n in enumerate(numbers):
        assert f"{n}/21 TITLE NUMBER {k}\n" in joined


# Holland Fen with Brothertoft, annual parish meeting, 22 June 2021 (dev, added this round;
# its heading "X Parish Council annual parish meeting held at ..." is read by no heading rule
# yet, so the minutes under a plain heading here)
HOLLAND_FEN = (
    (Path(__file__).parents[1] / "fidelity/documents/holland-fen-brothertoft-apm-2021-06-22.txt")
    .read_text(encoding="utf-8")
    .replace(
        "Holland Fen with Brothertoft Parish Council annual parish meeting held at",
        "Minutes of the Annual Parish Meeting of Holland Fen with Brothertoft held at",
    )
)


def test_the_chair_named_in_the_attendance_sentence_and_the_councillors_after_it_are_present():
    (m,) = parse_document(HOLLAND_FEN).meetings
    assert families(m.attendance.present) == ["early", "leggott", "robinson", "anderson", "dring"]
    assert families(m.attendance.in_attendance) == ["kulwicki", "brookes"]
    assert families(m.attendance.apologies) == ["cannon", "leggott", "ball", "cornah", "sharman"]


def test_chair_then_present_leaves_other_labels():
    labels = {"in": ["Mrs A Bee (Clerk)"], "apologies": ["Cllr C Dee"]}
    assert chair_then_present(labels) == labels
    read = chair_then_present({"in": ["with Cllr A Bee in the Chair, there were present", "C Dee"]})
    assert read == {"present": ["Cllr A Bee (Chair)", "C Dee"]}


def test_role_dash_name():
    assert role_dash_name("Clerk – Miss Sarah Kulwicki").name == "Miss Sarah Kulwicki"
    assert role_dash_name("County Councillor – Micheal Brookes").role_text == "County Councillor"
    # a minute's title and its text after a dash names no one
    assert role_dash_name("Financial report – The clerk informed the council") is None
    assert role_dash_name("Planning – Mill Lane") is None


# Llangunnor Community Council, 16 September 2021 (dev, added this round)
def test_the_clerk_named_after_in_addition_attended():
    found = clerk_in_addition("Two electors present, in addition Howard Davies Clerk")
    assert [(p.name, p.role_text) for p in found] == [("Howard Davies", "Clerk")]
    # without the office, a name after "in addition" names no one who attended
    assert clerk_in_addition("In addition Robin Griffiths asked two questions.") == []


LLANGUNNOR = (
    Path(__file__).parents[1] / "fidelity/documents/llangunnor-cc-2021-09-16.txt"
).read_text(encoding="utf-8")


def test_llangunnor_reads_its_clerk_and_not_the_numbered_questions():
    (m,) = parse_document(LLANGUNNOR).meetings
    assert families(m.attendance.in_attendance) == ["davies"]
    assert "griffiths" not in families(m.attendance.present + m.attendance.in_attendance)
    # "1. He was concerned ..." and "2, He was ..." inside minute 4 are questions, no minutes
    assert [i.number for i in m.items] == ["3", "4"]


# "Other apologies:" before the minutes, the members' apologies in a numbered minute's label
# (written for the test, the shape of the bench's note on a measure document)
OTHER_APOLOGIES = """Minutes of the Meeting of Testham Parish Council held on 4th May 2021 at 7.30pm
Present: Cllrs. A Bee (Chairman); C Dee; E Fox & G Hay
Other apologies: District Cllr L Moy
1.19 Apologies for absence: Cllr N Orr
2.19 Declarations of interest: none
"""


def test_other_apologies_then_the_members_apologies_are_one_list():
    (m,) = parse_document(OTHER_APOLOGIES).meetings
    assert families(m.attendance.apologies) == ["moy", "orr"]
    assert families(m.attendance.present) == ["bee", "dee", "fox", "hay"]


def _flat(path: str) -> str:
    text = (Path(__file__).parents[1] / "fidelity/documents" / path).read_text(encoding="utf-8")
    return " ".join(text.split())


def test_bracketed_minute_numbers_in_flattened_text():
    # Minting and Gautby Parish Council, 14 July 2021 (dev), flattened onto one line
    (m,) = parse_document(_flat("minting-gautby-pc-2021-07-14.txt")).meetings
    assert [i.number for i in m.items][:4] == ["1", "2", "3", "4"]
    assert m.items[1].title.startswith("Declarations of interests")


def test_a_running_number_printed_twice_in_flattened_text():
    # Dunston Parish Council, 13 May 2019 (dev), flattened onto one line
    (m,) = parse_document(_flat("dunston-pc-2019-05-13.txt")).meetings
    numbers = [i.number for i in m.items]
    assert {"157/157/19", "158/158/19", "159/159/19"} <= set(numbers)


def test_a_minute_whose_first_part_opens_on_its_line_in_flattened_text():
    # Little Totham Parish Council, 7 March 2023 (dev): "576. a) Planning applications"
    (m,) = parse_document(_flat("little-totham-pc-2023-03-07.txt")).meetings
    numbers = [i.number for i in m.items]
    assert {"573", "574", "575", "576", "577"} <= set(numbers)


@given(st.integers(min_value=1, max_value=90), st.integers(min_value=3, max_value=7))
def test_a_run_of_bracketed_numbers_each_starts_a_line(first, count):
    words = ["Apologies", "Declarations", "Minutes", "Planning", "Finance", "Highways", "Close"]
    body = " ".join(
        f"[{n}] {words[k]} of the council. Some words were said."
        for k, n in enumerate(range(first, first + count))
    )
    flat = "Minutes of the Meeting of Testham Parish Council held on 4th May 2021 " + body
    flat += " " + "filler words " * 40
    lines = unflatten(flat).split("\n")
    assert sum(ln.startswith("[") for ln in lines) == count


def test_an_initialled_list_run_on_from_the_heading_in_flattened_text():
    # Kings Caple Parish Council, 22 November 2018 (dev), flattened onto one line
    (m,) = parse_document(_flat("kings-caple-pc-2018-11-22.txt")).meetings
    assert families(m.attendance.present) == ["harvey", "apperley", "over", "eames"]
    # the clerk after the count of the public is never a member present
    assert "parry-jones" not in families(m.attendance.present)


def test_initialled_list_starts_needs_initials_that_match_the_names():
    flat = (
        "Heading words Adrian Harvey (AH), Pam Apperley (PA), Tim Over (TO) 1 member of the public"
    )
    starts = initialled_list_starts(flat, len(flat))
    assert [flat[k : k + 6] for k in starts] == ["Adrian", "1 memb"]
    # initials that are not the names' own are no such list (a committee's abbreviation)
    assert (
        initialled_list_starts("x Adrian Harvey (PC), Pam Apperley (DC), Tim Over (CC)", 99) == []
    )
