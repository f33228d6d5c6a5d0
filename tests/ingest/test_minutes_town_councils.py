"""Town, community and parish minutes added to the fidelity corpus's dev set in the fifth
round of issue 14 (tests/fidelity/documents, sources in SOURCES.md): each rule read from a
real document, with properties of the rules over generated text."""

from __future__ import annotations

from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import PersonEntry
from moot.ingest.parse import detect_kind, parse_document
from moot.ingest.parse.minutes_headings import find_heading
from moot.ingest.parse.minutes_numbers import minute_numbers
from moot.ingest.parse.name_lists import (
    OFFICE_WORDS,
    people_only,
    reads_as_person,
    split_name_list,
)
from moot.ingest.parse.printed_minutes import parse_printed_minutes
from tests.fidelity.test_fidelity import FIDELITY
from tests.ingest.helpers import families as _families
from tests.ingest.helpers import fidelity_meeting as _meeting
from tests.ingest.helpers import fidelity_text as _read

DOCS = FIDELITY / "documents"


def test_at_a_meeting_of_x_held_is_the_minutes_heading():
    # "At a Meeting of Town Council held at the Pater Hall, Pembroke Dock on Thursday
    # 31st May 2012" (Pembroke Dock), after a title in capitals (Kidwelly)
    dock = _read("pembroke-dock-tc-2012-05-31.txt")
    assert detect_kind(dock) == "printed-minutes"
    m = _meeting("pembroke-dock-tc-2012-05-31.txt")
    assert (m.body_name, m.date, m.start_time) == ("Town Council", date(2012, 5, 31), None)
    k = _meeting("kidwelly-tc-2010-01-14.txt")
    assert (k.body_name.casefold(), k.date, k.start_time) == (
        "full council",
        date(2010, 1, 14),
        time(14, 0),
    )
    # the words inside a minute's text are a reference to another meeting, not a heading
    prose = (
        "Minute 4. The Clerk said that, as reported at a meeting of the Planning "
        "Committee held on 3 March 2012, the application was refused.\n"
    )
    assert find_heading(prose) is None


def test_an_office_is_never_read_as_a_person():
    # Pembrey and Burry Port: "Alan Howells (Responsible Finance Officer) and John
    # Ridgway (Technical Services Officer)"; with the brackets lost, or a role alone,
    # the words are a post, never a family name.
    entries = [
        PersonEntry("officer"),
        PersonEntry("Town Clerk"),
        PersonEntry("Cllr Chairman"),
        PersonEntry("Alan Howells Responsible Finance Officer"),
        PersonEntry("Alan Howells", "Responsible Finance Officer"),
        PersonEntry("John Ridgway", "Technical Services Officer"),
    ]
    assert [p.name for p in people_only(entries)] == ["Alan Howells", "John Ridgway"]


def test_no_dev_document_lists_an_office_word_as_a_family_name():
    for name in (
        "pembrey-burry-port-tc-2014-01-15.txt",
        "kidwelly-tc-2010-01-14.txt",
        "humber-ford-stoke-prior-gpc-2014-05-21.txt",
        "pembroke-dock-tc-2012-05-31.txt",
    ):
        a = _meeting(name).attendance
        people = a.present + a.apologies + a.in_attendance
        assert people
        assert not {f for f in _families(people)} & OFFICE_WORDS, name


_OFFICES = st.lists(st.sampled_from(sorted(OFFICE_WORDS)), min_size=1, max_size=4)
_HONORIFICS = st.sampled_from(["", "Cllr ", "Mr ", "Mrs ", "Councillor ", "the "])
_FAMILY = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True).filter(
    lambda w: w.casefold() not in OFFICE_WORDS
)


@given(_HONORIFICS, _OFFICES, st.booleans())
def test_property_office_words_alone_are_nobody(honorific, words, capital):
    text = " ".join(w.capitalize() if capital else w for w in words)
    if honorific.strip() and honorific != "the " and text == "Ward":
        # "Cllr Ward", "Mrs Ward": an honorific before the one office word that is a
        # common family name is a person (round 46); "the Ward", "Ward" alone stay nobody
        assert reads_as_person(honorific + text)
        return
    assert not reads_as_person(honorific + text)
    assert people_only([PersonEntry(honorific + text)]) == []


@given(_HONORIFICS, st.from_regex(r"[A-Z]", fullmatch=True), _FAMILY, _OFFICES)
def test_property_a_name_that_ends_in_an_office_is_not_read(honorific, initial, family, words):
    # "J Bloggs Link Officer": where the name stops cannot be told, so nothing is read
    assert reads_as_person(f"{honorific}{initial} {family}")
    assert not reads_as_person(f"{honorific}{initial} {family} {' '.join(words).title()}")


def test_roles_and_names_run_together_are_pairs():
    # Kidwelly: the officers after the councillors with no comma between them
    found = split_name_list(
        "S.Finch, Town Clerk M. MacDonald Project Officer Maria Rocke Town Secretary "
        "A Padgett Translator L.Kirkham-Jones"
    )
    assert [(p.name, p.role_text) for p in found] == [
        ("S. Finch", ""),
        ("M. MacDonald", "Town Clerk"),
        ("Maria Rocke", "Project Officer"),
        ("A Padgett", "Town Secretary"),
        ("L. Kirkham-Jones", "Translator"),
    ]
    # Pembroke Dock: the name first, then the role after a dash
    found = split_name_list("Moira Saunders- Town Clerk Sarah Scourfield – Assistant Town Clerk")
    assert [(p.name, p.role_text) for p in found] == [
        ("Moira Saunders", "Town Clerk"),
        ("Sarah Scourfield", "Assistant Town Clerk"),
    ]


@given(
    st.lists(
        st.tuples(
            st.lists(
                st.sampled_from(["Town", "Clerk", "Project", "Officer", "Secretary"]),
                min_size=1,
                max_size=3,
            ),
            st.from_regex(r"[A-Z]\.", fullmatch=True),
            _FAMILY,
        ),
        min_size=2,
        max_size=5,
    )
)
def test_property_role_name_pairs_are_read_back(pairs):
    text = " ".join(f"{' '.join(role)} {initial} {family}" for role, initial, family in pairs)
    found = split_name_list(text)
    assert [(p.name, p.role_text) for p in found] == [
        (f"{initial} {family}", " ".join(role)) for role, initial, family in pairs
    ]


def test_initials_joined_to_the_name_and_a_dash_inside_a_name():
    # Kidwelly: "J.Gilasbey, A.M.Coles", "Deputy F. Burke–Lloyd (Chair)"
    found = split_name_list("J.Gilasbey, A.M.Coles, F.Davies J.Lane")
    assert [p.name for p in found] == ["J. Gilasbey", "A.M. Coles", "F. Davies", "J. Lane"]
    (chair,) = split_name_list("Deputy F. Burke–Lloyd (Chair)")
    assert chair.name == "F. Burke-Lloyd"


def test_a_list_that_runs_on_into_the_next_sentence_ends_at_the_name():
    # Kidwelly: "Apologies:- T.Burns, D.M.Jones The Chair welcomed Rev. Huw James, ..."
    found = split_name_list(
        "T.Burns, D.M.Jones The Chair welcomed Rev. Huw James, the Vicar of Kidwelly, who "
        "offered prayers prior to the commencement of business."
    )
    assert [p.name for p in found] == ["T. Burns", "D.M. Jones"]
    assert _families(_meeting("kidwelly-tc-2010-01-14.txt").attendance.apologies) == [
        "burns",
        "jones",
    ]


def test_a_minute_referred_to_is_not_a_minute():
    # Humber, Ford & Stoke Prior: "Cllr Mrs Jenny Ellerton (to Minute 56/14)" and
    # "(Minutes Annexe 36/14)" inside minute 36/14
    text = "Cllr A Bee (to Minute 56/14) 36/14 Election (Minutes Annexe 36/14). 37/14 Next"
    assert [m.group("num") for m in minute_numbers(text)] == ["36/14", "37/14"]
    m = _meeting("humber-ford-stoke-prior-gpc-2014-05-21.txt")
    assert [i.number for i in m.items] == [f"{n}/14" for n in range(36, 44)]
    assert len(m.attendance.present) == 7
    # "Minutes of the last meeting Resolved: to approve the minutes ..."
    assert [len(i.resolutions) for i in m.items if i.number == "40/14"] == [1]


def test_with_and_officer_in_attendance_are_both_others_attending():
    a = _meeting("humber-ford-stoke-prior-gpc-2014-05-21.txt").attendance
    assert [(p.name, p.role_text) for p in a.in_attendance] == [
        ("Cllr Jeremy Millar", ""),
        ("Mr Philip Brown", "Clerk"),
    ]


def test_a_councillors_label_after_the_heading_and_a_resolution_on_the_heading_line():
    # Hampton Bishop: "... in the Village Hall" then "Councillors: Steve Hunt (Chairman),
    # Mark Frankland, ..."; "6. Finance … It was RESOLVED to make the following payments:"
    m = _meeting("hampton-bishop-pc-2018-05-31.txt")
    assert _families(m.attendance.present) == ["hunt", "frankland", "kerr", "rogers", "white"]
    assert [i.number for i in m.items] == [str(n) for n in range(1, 8)]
    assert [len(i.resolutions) for i in m.items] == [0, 0, 0, 0, 1, 1, 0]


def test_apologies_joined_with_an_ampersand():
    # Pembroke Dock: "Apologies were received from Councillor S Perkins & T Wilcox."
    a = _meeting("pembroke-dock-tc-2012-05-31.txt").attendance
    assert _families(a.apologies) == ["perkins", "wilcox"]
    assert _families(a.in_attendance) == ["saunders", "scourfield"]


@given(st.integers(1990, 2098), st.booleans())
def test_property_a_financial_year_is_no_minute_number(year, four_digits):
    # Hampton Bishop, flattened: "6.3 A 2018/19 grass-cutting grant ..."
    span = f"{year}/{year + 1 if four_digits else (year + 1) % 100:02d}"
    text = f"12/21 Finance A {span} grant was paid. 13/21 Close"
    assert [m.group("num") for m in minute_numbers(text)] == ["12/21", "13/21"]


def test_pembroke_labels_on_their_own_lines_and_a_title_with_a_slash():
    # "Present: Councillors:" / "G Jones (Mayor) L Asman (Deputy Mayor), ..., K Nicholas.
    # J Harvey, ..."; "In attendance:" / "Suzie Thomas (Town Clerk) Jayne Howes (Assistant
    # Town Clerk)" then a paragraph of prose naming a visitor; "24. APOLOGIES FOR ABSENCE /
    # DECLARATIONS OF INTEREST Cllrs A Brinn, ..."
    m = _meeting("pembroke-tc-2019-06-13.txt")
    a = m.attendance
    assert _families(a.present) == [
        "jones", "asman", "blackburn", "cooke", "evans",
        "nutting", "nicholas", "harvey", "collins", "bush",
    ]  # fmt: skip
    assert [(p.name, p.role_text) for p in a.present[:2]] == [
        ("G Jones", "Mayor"),
        ("L Asman", "Deputy Mayor"),
    ]
    assert [(p.name, p.role_text) for p in a.in_attendance] == [
        ("Suzie Thomas", "Town Clerk"),
        ("Jayne Howes", "Assistant Town Clerk"),
    ]
    assert _families(a.apologies) == ["brinn", "carey", "doyle", "brown", "phillips"]
    assert m.items[0].title == "APOLOGIES FOR ABSENCE / DECLARATIONS OF INTEREST"


@given(
    st.lists(st.tuples(st.from_regex(r"[A-Z]", fullmatch=True), _FAMILY), min_size=2, max_size=6),
    st.sampled_from([" (Chair) ", ". ", " "]),
)
def test_property_names_after_a_bracket_or_a_stray_full_stop_are_separate(names, joiner):
    text = joiner.join(f"{initial} {family}" for initial, family in names)
    assert [p.name for p in split_name_list(text)] == [f"{i} {f}" for i, f in names]


def test_items_all_numbered_one_and_a_title_before_an_ellipsis():
    # Walford: a web page's list numbering lost, every minute printed "1."; "Election of
    # Chairman … Frank Myers was unanimously re-elected ..."
    m = _meeting("walford-pc-2018-05-16.txt")
    assert [(i.number, i.title) for i in m.items[:2]] == [
        ("1", "Election of Chairman"),
        ("1", "Election of Vice Chairman"),
    ]
    assert len(m.items) == 6
    assert m.items[0].minutes_text.startswith("Frank Myers was unanimously re-elected")
    assert _families(m.attendance.apologies) == ["hirst"]
    assert [len(i.resolutions) for i in m.items] == [0, 0, 0, 0, 1, 0]
    # "Simon Hall introduced himself as the new officer for the local area": no one
    assert "officer" not in _families(m.attendance.present + m.attendance.in_attendance)


def test_minutes_naming_no_council_are_refused():
    # Richards Castle: "Minutes – Annual Meeting – 22 May 2019" and no council's name
    assert detect_kind(_read("richards-castle-pc-2019-05-22.txt")) is None


@given(
    st.lists(
        st.from_regex(r"[A-Z][a-z]{3,12}( [a-z]{3,8}){0,3}", fullmatch=True), min_size=2, max_size=6
    )
)
def test_property_minutes_all_numbered_one_are_all_read(titles):
    text = "Minutes of the Meeting of Fenmarsh Parish Council held on 4 May 2021\n\n" + "\n".join(
        f"  1. {t} … The text of the minute." for t in titles
    )
    (m,) = parse_document(text).meetings
    assert [(i.number, i.title) for i in m.items] == [("1", t) for t in titles]


def test_the_start_of_a_time_span_in_brackets_under_the_heading():
    # Pembrey and Burry Port: "(Former O.A.P Hall, Memorial Hall, Burry Port, 7.00pm –
    # 9.00pm)" after the attendance, the heading naming no time
    m = _meeting("pembrey-burry-port-tc-2014-01-15.txt")
    assert (m.body_name, m.date, m.start_time) == ("Town Council", date(2014, 1, 15), time(19))
    assert [i.number for i in m.items] == [str(n) for n in range(133, 139)]
    assert _families(m.attendance.apologies) == ["davies", "matthews", "phillips", "williams"]
    assert [(p.name, p.role_text) for p in m.attendance.in_attendance][1] == (
        "Alan Howells",
        "Responsible Finance Officer",
    )


@given(st.integers(1, 11), st.sampled_from(["00", "15", "30"]), st.booleans())
def test_property_a_bracketed_time_span_gives_the_start(hour, minute, bracketed):
    venue = f"Village Hall, {hour}.{minute}pm – {hour + 1}.{minute}pm"
    text = (
        "Minutes of the Meeting of Fenmarsh Parish Council held on 4 May 2021\n\n"
        "Present: Cllr A Bee, Cllr C Dee and Cllr E Eff\n\n"
        + (f"({venue})" if bracketed else venue)
        + "\n\n1. Apologies\nNone.\n"
    )
    (m,) = parse_printed_minutes(text).meetings
    assert m.start_time == (time(hour + 12, int(minute)) if bracketed else None)
