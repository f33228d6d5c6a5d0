"""Issue 14, the eighteenth round: parish minutes' attendance and numbering. Tested on text
of the dev documents added this round (West Bergholt Parish Council's minutes of 25 October
2023, attendance in a web page's table; Keelby's annual parish meeting of 2 April 2019,
naming no parish), with Hypothesis properties for the rules that are functions."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import PersonEntry
from moot.ingest.parse.common import agreed_decisions
from moot.ingest.parse.minutes_attendance import (
    _name_run,
    list_lines,
    officers_after_present,
    one_name_a_line,
    record_of_members,
)
from moot.ingest.parse.minutes_headings import names_only_a_place_kind
from moot.ingest.parse.minutes_items import running_serials, unbracket_minute_numbers
from moot.ingest.parse.minutes_numbers import minute_numbers
from moot.ingest.parse.minutes_tables import untable_label_rows
from moot.ingest.parse.name_lists import bracket_initials, family_name_between, split_name_list
from moot.ingest.parse.printed_minutes import parse_printed_minutes

WEST_BERGHOLT = """Minutes of the Parish Council Meeting
Held on Wed 25th October 2023 at 7.30pm in the John Lampon Hall, Orpen Memorial Hall, CO6 3BW
Chair: | Cllr Brian Butcher |
Parish Councillors: | Cllrs Andrew Savage, Bob Tyrrell, David Short & Manya Barrow |
Also in attendance: | Laura Walkingshaw (Parish Clerk) |
City & County Cllrs: | City Cllr Dennis Willetts |
Members of the public: | 1 member of the public |
23/165 Receive /accept apologies and welcome to the public.
Apologies were received from County Cllr Lewis Barber.
23/166 Declarations of Interest
There were no declarations of interest.
23/167 Previous Minutes & Actions
RESOLVED – the Minutes of the Parish Council meetings held on Wed 27th September 2023 were
approved and signed by the Chairman, with no amendments.
"""

KEELBY = """April 2019 Annual Parish Meeting Minutes
Draft Minutes of the Annual Meeting of the Parish held in the Village Hall on Tuesday 2nd April 2019 at 7.00pm
Those present: Councillors D Ash, C Wakefield , P Briggs (Chair), T Bentham.
In attendance: A Burnett (Clerk), Cllr Beirley, 5 member of the public.
1 To receive apologies and reasons for absence Ref 19/046
Cllr Indian, Cllr Lawrence, Cllr Turner.
3 Public Questions. Ref 19/048
How successful was the previous clerk in applying for funding?
"""


def _family(entries):
    return [e.name.split()[-1] for e in entries]


def test_attendance_in_a_table_of_labels_and_cells():
    m = parse_printed_minutes(WEST_BERGHOLT).meetings[0]
    assert _family(m.attendance.present) == ["Butcher", "Savage", "Tyrrell", "Short", "Barrow"]
    assert _family(m.attendance.in_attendance) == ["Walkingshaw", "Willetts"]
    assert _family(m.attendance.apologies) == ["Barber"]


def test_the_parish_alone_names_no_body():
    m = parse_printed_minutes(KEELBY).meetings[0]
    assert m.body_name == ""
    assert any("name no council" in w for w in parse_printed_minutes(KEELBY).warnings)


def test_untable_label_rows():
    assert untable_label_rows("Chair: | Cllr Brian Butcher |") == "Chair: Cllr Brian Butcher"
    assert untable_label_rows("| Clerk: | Ann Bee |\nx") == "Clerk: Ann Bee\nx"
    # a row of more than two cells, or a cell with no label, is left as it was
    assert untable_label_rows("a | b | c") == "a | b | c"
    assert untable_label_rows("Item | Notes | Action") == "Item | Notes | Action"


def test_name_run_reads_a_given_name_only_where_the_entry_ends():
    assert [
        e.name for e in _name_run("Apologies were received from County Cllr Lewis Barber.")
    ] == ["County Cllr Lewis Barber"]
    # the run stops at the first word that cannot continue it
    assert [e.name for e in _name_run("received from Cllr Purves With the absence of")] == [
        "Cllr Purves"
    ]


def test_place_words_alone_name_no_body():
    assert names_only_a_place_kind("Parish")
    assert names_only_a_place_kind("the Town")
    assert not names_only_a_place_kind("Parish Council")
    assert not names_only_a_place_kind("Keelby Parish")
    assert not names_only_a_place_kind("")


_WORD = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True)


@given(_WORD, _WORD, st.sampled_from([".", ",", "", " and Cllr A Bee"]))
def test_name_run_keeps_a_full_name_and_invents_none(given_name, family, after):
    text = f"Apologies were received from Cllr {given_name} {family}{after}"
    names = [e.name for e in _name_run(text)]
    assert names[0] == f"Cllr {given_name} {family}"
    assert all(n in text for n in names)


@given(st.text(alphabet="abcAB :,.\n", max_size=60))
def test_untable_label_rows_leaves_text_without_bars_alone(text):
    assert untable_label_rows(text) == text


@given(_WORD, st.lists(_WORD, min_size=1, max_size=3))
def test_untable_label_rows_keeps_the_cells_words(label, words):
    row = f"{label}: | {' '.join(words)} |"
    out = untable_label_rows(row)
    assert "|" not in out
    assert re.findall(r"\w+", out) == re.findall(r"\w+", row)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", max_size=30))
def test_a_name_with_council_is_never_a_place_word_alone(name):
    assert not names_only_a_place_kind(f"{name} Council")


# Chearsley Parish Council's minutes of 25 January 2010 (dev): "1. PRESENT" over the list
CHEARSLEY_LIST = "Cllr Brown Hytten, Mrs Dormer, Edmonds, Miss Gibson, Mrs Timberlake, Mrs Towell"


def test_a_family_name_alone_between_honorific_entries():
    names = [e.name for e in split_name_list(CHEARSLEY_LIST)]
    assert "Edmonds" in names
    assert names.index("Edmonds") == names.index("Mrs Dormer") + 1
    # an office, a count or the list's first or last entry is never read so
    assert [e.name for e in split_name_list("Cllr A Bee, Clerk, Mrs C Dee")] == [
        "Cllr A Bee",
        "Mrs C Dee",
    ]
    assert not family_name_between(["Edmonds", "Mrs Dormer"], 0)
    assert not family_name_between(["Mrs Dormer", "Edmonds"], 1)
    assert not family_name_between(["Mrs Dormer", "Parishioners", "Miss Gibson"], 1)


@given(st.lists(_WORD, min_size=3, max_size=6), st.integers(min_value=0, max_value=5))
def test_family_name_between_needs_honorifics_on_both_sides(words, i):
    i = i % len(words)
    bare = list(words)  # no entry has an honorific: no bare word is read as a person
    assert not family_name_between(bare, i)
    names = [e.name for e in split_name_list(", ".join(bare))]
    assert all(n in ", ".join(bare) for n in names)


# Mareham-le-Fen's minutes of 21 August 2019 (dev; refused, naming no council): the members
# present printed one a line with no label under the heading
MAREHAM_OPENING = """Minutes of the meeting held on 21st August 2019
Vice Chairman, Mr P Chilvers in the Chair
Mr R Cox.
Miss P Fytche.
Mr A Hawkes.
District Councillor S Avison
3 members of the public also attended.
"""


def test_members_present_one_a_line_without_a_label():
    assert [e.name for e in one_name_a_line(MAREHAM_OPENING)] == [
        "Mr P Chilvers",
        "Mr R Cox",
        "Miss P Fytche",
        "Mr A Hawkes",
    ]
    # under a label of another list, or fewer than three lines: not read
    assert one_name_a_line("Apologies:\nMr A Bee\nMr C Dee\nMrs E Eff\n") == []
    assert one_name_a_line("Absent\nMr A Bee\nMr C Dee\nMrs E Eff\n") == []
    assert one_name_a_line("Heading\nMr A Bee\nMr C Dee\n") == []


def test_a_minute_with_present_one_a_line_is_read_in_the_minutes():
    # (a heading written for the test, its sentence closed by a full stop)
    text = (
        "Minutes of the Meeting of Testing Parish Council held on 21st August 2019 in the Hall.\n"
        + (MAREHAM_OPENING.split("\n", 1)[1] + "2891. Apologies for Absence.\nNone.\n")
    )
    m = parse_printed_minutes(text).meetings[0]
    assert [e.name.split()[-1] for e in m.attendance.present] == [
        "Chilvers",
        "Cox",
        "Fytche",
        "Hawkes",
    ]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Mr", "Mrs", "Cllr", "Dr"]),
            st.from_regex(r"[A-Z]", fullmatch=True),
            _WORD,
        ),
        min_size=0,
        max_size=6,
    ),
    st.sampled_from(["Heading", "Apologies:", "Present:", ""]),
)
def test_one_name_a_line_reads_only_its_own_lines(people, above):
    lines = [f"{h} {i} {f}." for h, i, f in people]
    text = "\n".join([above, *lines])
    found = one_name_a_line(text)
    if len(lines) < 3 or above in ("Apologies:", "Present:"):
        assert found == []
    else:
        assert [e.name.split()[-1] for e in found] == [f for _, _, f in people]


MAREHAM_MINUTES = """Minutes of the Meeting of Testing Parish Council held on 21st August 2019 in the Hall.
Mr R Cox.
2891. Apologies for Absence.
The following Councillors sent their apologies.
2892. Declaration of interests.
No one had any interests to declare.
2893 Minutes of the Ordinary Parish Council meeting held on 24th July to be approved.
The minutes had already been circulated to the Councillors.
"""


def test_running_minute_numbers_of_four_digits():
    m = parse_printed_minutes(MAREHAM_MINUTES).meetings[0]
    assert [i.number for i in m.items] == ["2891", "2892", "2893"]
    assert m.items[0].title.startswith("Apologies for Absence")
    # a lone number of four digits, or a year, is no minute's number
    assert running_serials(["1500 Pounds were paid.", "2019 Was a good year", "2020 Too"]) == set()
    assert running_serials(["2891. Apologies", "2892. Interests"]) == {"2891", "2892"}


@given(st.integers(min_value=1000, max_value=99998), st.integers(min_value=2, max_value=20))
def test_running_serials_never_reads_a_year_and_reads_each_run(start, gap):
    lines = [f"{start}. Title one", f"{start + gap}. Title two"]
    found = running_serials(lines)
    assert found == set()  # numbers that do not follow each other are no run
    lines.append(f"{start + 1} Next title")
    found = running_serials(lines)
    for n in found:
        assert not (1900 <= int(n) <= 2099)
    if not any(1900 <= n <= 2099 for n in (start, start + 1)):
        assert {str(start), str(start + 1)} <= found


# Minting and Gautby Parish Council's minutes of 14 July 2021 (dev)
MINTING = """Minutes of the extraordinary meeting of Minting and Gautby Parish Council held on Wednesday the 14th July 2021 at Gautby Village Hall at 7.00pm.

Present :-   Cllr. E.B.Clark  [ EC]  Chairman/acting clerk,  Cllrs. H.Padfield [HP] , J. Padfield [JP], J.Stuchfield [JS] C.Bruntlett [CB] and W Hughes [WH]


[1]   Chairman’s welcome and apologies for absence.

           There were no apologies.

[2]   Declarations of interests.

           There were none.

[4]   Planning.

       [a]  To discuss a response to planning application S/122/01374/21 – erection of a house.
"""


def test_minute_numbers_in_square_brackets_and_initials_in_square_brackets():
    m = parse_printed_minutes(MINTING).meetings[0]
    assert [i.number for i in m.items] == ["1", "2", "4"]
    assert m.items[0].title.startswith("Chairman’s welcome and apologies for absence")
    assert _family(m.attendance.present) == [
        "Clark",
        "Padfield",
        "Padfield",
        "Stuchfield",
        "Bruntlett",
        "Hughes",
    ]


def test_unbracket_minute_numbers():
    assert (
        unbracket_minute_numbers("[1]   Welcome\n[2] Apologies\n") == "1.   Welcome\n2. Apologies\n"
    )
    # one bracketed number alone, a letter, or another number after it: left as it was
    assert unbracket_minute_numbers("[1] Welcome\n") == "[1] Welcome\n"
    assert unbracket_minute_numbers("[a] One\n[b] Two\n") == "[a] One\n[b] Two\n"
    text = "[2]. 11/833. Minutes.\n[3]. 11/834. Planning.\n"
    assert unbracket_minute_numbers(text) == text


def test_bracket_initials():
    assert (
        bracket_initials("J.Stuchfield [JS] C.Bruntlett [CB]")
        == "J.Stuchfield (JS), C.Bruntlett (CB)"
    )
    assert bracket_initials("Mr A Bee (Chair) A. Dee") == "Mr A Bee (Chair) A. Dee"
    assert bracket_initials("see [1] above") == "see [1] above"


@given(st.lists(st.tuples(st.from_regex(r"[A-Z]", fullmatch=True), _WORD), min_size=1, max_size=5))
def test_square_bracketed_initials_keep_every_person(people):
    text = " ".join(f"{i}.{f} [{i}{f[0]}]" for i, f in people)
    names = [e.name.split()[-1].split(".")[-1] for e in split_name_list(text)]
    assert names == [f for _, f in people]


# Carlby Parish Council's minutes of 31 January 2023 (dev; its heading is not read yet)
CARLBY_141 = (
    "Record of members Cllrs. John Bavister-Chair, Ian Dair, Angela Cardew, Lesley Sweeting "
    "and Sue Robinson In attendance: Cllr. Penny Robins, 2 Members of the public and Sarah "
    "Gresty-Parish Clerk."
)


def test_members_recorded_in_a_minute_titled_record_of_members():
    assert [e.name.split()[-1] for e in record_of_members(CARLBY_141)] == [
        "Bavister",
        "Dair",
        "Cardew",
        "Sweeting",
        "Robinson",
    ]
    assert record_of_members("Record of members present was kept by the clerk.") == []
    assert record_of_members("Apologies Cllrs. A Bee") == []


def test_year_and_running_number_after_a_hyphen():
    text = "22/23-139 Chairman Welcome. Cllr. Bavister welcomed. 22/23-140 Open Forum. None."
    assert [m.group("num") for m in minute_numbers(text)] == ["22/23-139", "22/23-140"]


@given(st.text(alphabet="Recod fmbsCl.,ATnJ\n", max_size=60))
def test_record_of_members_invents_no_one(text):
    for person in record_of_members(text):
        assert person.name.split()[-1] in text


# Publow with Pensford Parish Council's minutes of 21 March 2018 (dev; its heading, over two
# lines, is not read yet: a heading written for the test stands for it)
PUBLOW = """Minutes of the Meeting of Testing Parish Council held on 21st March 2018 in the Hall.

Councillors S. Grimes, T. Heaford, J Kelly, D. Custance, P. Baxter, T. Jones, S. Filer.
Apologies were received from councillors J. Stephenson, J. Gully, Mr. T Jones, M Daniels and were formally accepted
There were 6 members of the public present.
Locum Clerk: Deborah White
Item 1 To agree the minutes of the Full Council meeting of 8th January 2018
It was RESOLVED to accept the original proposal.
"""


def test_an_unlabelled_present_line_then_apologies_in_a_sentence():
    m = parse_printed_minutes(PUBLOW).meetings[0]
    # (the apologies' sentence had been read as the members present)
    assert _family(m.attendance.present) == [
        "Grimes",
        "Heaford",
        "Kelly",
        "Custance",
        "Baxter",
        "Jones",
        "Filer",
    ]
    assert _family(m.attendance.apologies) == ["Stephenson", "Gully", "Jones", "Daniels"]


def test_list_lines():
    assert list_lines("Cllrs A Bee, C Dee.\nApologies from E Eff") == (
        "Cllrs A Bee, C Dee.",
        "Apologies from E Eff",
    )
    # a list going on on the next line, or a line without a full stop: whole
    assert list_lines("Cllrs A Bee,\nC Dee.") == ("Cllrs A Bee,\nC Dee.", "")
    assert list_lines("Cllrs A Bee, C Dee\nE Eff") == ("Cllrs A Bee, C Dee\nE Eff", "")


@given(st.lists(st.text(alphabet="abcAB ,.&", max_size=15), min_size=1, max_size=5))
def test_list_lines_loses_no_line(lines):
    para = "\n".join(lines)
    head, rest = list_lines(para)
    assert (head + ("\n" + rest if rest else "")) == para


def test_seconded_and_unanimously_resolved_is_a_decision():
    # Minting and Gautby 2021, minute [3]
    text = (
        "There were no proposals for amendments.  WH proposed adoption of the draft minutes, "
        "seconded by CB, and unanimously resolved."
    )
    assert len(agreed_decisions(text)) == 1
    assert agreed_decisions("The Clerk resolved to look into the matter.") == []


# Brampton Abbotts and Foy Parish Council's minutes of 25 April 2017 (dev), minute 3
BRAMPTON = """Minutes of the Meeting of Testing Parish Council held on 25th April 2017 in the Hall.

Present: Chairman Cllr R Lewis, Cllr C Gething-Lewis, Cllr I Peabody.

3. Planning

3.1 Application 170984 Land at Four Winds, Phocle Green.
Following discussion, the Council RESOLVED unanimously there was no objection to this application.
3.2 Application: 170522 Land at Chantry Bungalow, Perrystone Hill
It was RESOLVED by a majority of 4 in favour to 1 against to make no objection to this application.
3.3 Application: 171325 Clouds Harrow, Brampton Abbotts
Following discussion, the Council RESOLVED unanimously there was no objection to this application.
"""


def test_resolved_after_a_short_opening_clause():
    m = parse_printed_minutes(BRAMPTON).meetings[0]
    (item,) = m.items
    assert len(item.resolutions) == 3
    assert all(not r.lower().startswith("following") for r in item.resolutions)


def test_an_officer_on_the_line_after_the_present_list():
    # Wretton Parish Council's minutes of 13 May 2015 (dev), the lines as printed (its text
    # is read as flattened, and its lines joined, so the document itself does not reach it)
    text = (
        "MINUTES OF A MEETING OF TESTING PARISH COUNCIL HELD ON 13th MAY 2015 IN THE HALL.\n\n"
        "Present: Cllr David Llewellyn - Chairman, Cllr I Mack, Cllr John Wyett.\n\n"
        "Mr M Storey – County Councillor 9 members of the public\n\n"
        "1. Election of Chairman\nCllr Llewellyn was duly elected.\n"
    )
    m = parse_printed_minutes(text).meetings[0]
    assert _family(m.attendance.in_attendance) == ["Storey"]
    assert officers_after_present("\nMr M Storey – County Councillor\n") == [
        PersonEntry("Mr M Storey", "County Councillor")
    ]
    # a line of prose, or a role that names no office, ends the lines read
    assert officers_after_present("\nThe Chairman welcomed all.\nMr A Bee – Clerk\n") == []
    assert officers_after_present("\nMr A Bee – Riverside Farm\n") == []


@given(st.text(alphabet="MrABee –ClerkCouny\n", max_size=60))
def test_officers_after_present_invents_no_one(text):
    for person in officers_after_present(text):
        assert person.name in " ".join(text.split())
