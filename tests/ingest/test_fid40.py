"""Issue 14, the fortieth fidelity round: principal councils' printed minutes (Cabinet,
Council, Planning and Development Committees), on lines or flattened by a document site:
the date printed over the heading, "Council Minutes" over "Date:" and "Time:", the body's
name over its date over "Present:", "Cabinet Minutes DATE" after the council's name, a site's
tag debris, "(26)" and "C81.16" minute numbers, titles printed before "PLA146/14", lists
one a line. Never invent: a covering letter's date is no meeting's, a family name not sure
is left out. Every text here is written for the tests (invented places and names)."""

from __future__ import annotations

import contextlib
from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.names import normalise_name as split_name
from moot.ingest.parse import parse_document
from moot.ingest.parse.agenda_pack import letter_date
from moot.ingest.parse.principal_minutes import (
    body_over_date,
    bracketed_minute_numbers,
    date_over_heading,
    flat_one_a_line_lists,
    join_wrapped_lists,
    labelled_heading,
    officers_label,
    one_a_line_lists,
    page_furniture,
    present_after_heading,
    principal_headings,
    strip_tag_debris,
    titled_minutes,
    titles_before_numbers,
    without_council_name,
)
from moot.ingest.parse.printed_minutes import parse_printed_minutes
from moot.ingest.parse.unflatten import unflatten

DATE_OVER = (
    "Planning Committee Minutes\n"
    "3 MARCH 2014\n"
    "Minutes of a meeting of the PLANNING COMMITTEE held in the Council Chamber,\n"
    "Civic Offices, Mill Road, Westbury at 10.00 am when there were present:\n"
    "Councillors\n"
    "Mrs A B Carter (Chairman)\n"
    "D Evans\n"
    "Mrs F G Hale\n"
    "J Irwin – substitute for K Lowe\n"
    "Officers\n"
    "Mr M Nash – Planning Manager\n"
    "Miss O Pike – Solicitor\n"
    "(12)\n"
    "APOLOGIES FOR ABSENCE\n"
    "Apologies for absence were received from Councillor K Lowe.\n"
    "(13)\n"
    "MINUTES\n"
    "The Minutes of the meeting held on 3 February 2014 were approved as a correct record.\n"
    "(14)\n"
    "DECLARATIONS OF INTEREST\n"
    "There were none.\n"
    "(15)\n"
    "LAND AT MILL ROAD\n"
    + "The Committee considered the report of the Planning Manager on the application. " * 4
    + "\n"
)

LABELLED = (
    "Borough of Eastmere\n\n"
    "Council Minutes\n\n"
    "Date:\nWednesday 9th March 2016\nTime:\n7:30pm\nPlace:\nThe Council Chamber, Civic Centre\n\n"
    "Attendance Details\n\nPresent:\n\n"
    "Councillor Ann Quarry (Mayor)\n\n"
    "Councillor Ross, Councillor Mrs Steel, Councillor Trent and Councillor Usher\n\n"
    "C41.16 PRAYERS\n\nPrayers were said.\n\n"
    "C42.16 APOLOGIES FOR ABSENCE\n\n"
    "Apologies for absence were received from Councillors Vale, Le Marquand and Wood.\n\n"
    "C43.16 MINUTES\n\nIt was RESOLVED that the Minutes of the last Meeting be confirmed.\n\n"
    "C44.16 MAYOR’S COMMUNICATIONS\n\n"
    + "The Mayor referred Members to her Communications, which were noted. " * 4
    + "\n"
)

LETTER_PACK = (
    "Public Document Pack\n"
    "Please ask for: A Clerk\n"
    "Your Ref:\n"
    "Our Ref:\n"
    "Date: 7 April 2015\n"
    "Dear Councillor\n"
    "LICENSING COMMITTEE - TUESDAY, 14TH APRIL, 2015\n"
    "I enclose the minutes of the previous meeting.\n"
    "Agenda No\n5\nItem\nTo approve the minutes of the meeting dated 24 March 2015 (Pages 1 - 6)\n"
    "This page is intentionally left blank\n"
    "Agenda Item 5\n"
    "1\n"
    "LICENSING COMMITTEE\n"
    "Tuesday, 24 March 2015\n"
    "Present: Councillor Mrs Young (Chairman)\n"
    "Councillors Abbot (Vice-Chairman), Baxter, Mrs Cole,\n"
    "Dunn and Ewart\n"
    "Officers in Attendance: Fay Gill (Licensing Officer) and Hal Ince\n"
    "(Democratic Services Officer)\n"
    "APOLOGIES\n"
    "LIC12/14\n"
    "Apologies for absence were recorded from Councillor Judd.\n"
    "DECLARATIONS OF INTEREST\n"
    "LIC13/14\n"
    "No declarations were made.\n"
)

DEBRIS = (
    "London Borough ong>ofong> Westmere & Northfieldong>Cabinetong>ong>Minutesong>Monday 4 March "
    "2019PRESENTCouncillor Anne Bolt, Leader (+ Finance)Councillor Carl Dunne, Deputy Leader"
    "Councillor Eve Frost, ong>Cabinetong> Member for Housing12. MINUTES OF THE CABINET MEETING "
    "HELD ON 4 FEBRUARY 2019RESOLVED:That ong>theong> minutes be confirmed.13. APOLOGIES FOR "
    "ABSENCEThere were no apologies for absence.14. PARKING CHARGESRESOLVED:That ong>theong> "
    "charges be held."
)


def _one(text: str):
    (m,) = parse_document(text).meetings
    return m


def _family(entries) -> list[str]:
    return [split_name(p.name).family for p in entries]


# --- the date printed over a heading that names none ---------------------------------


def test_the_date_over_a_heading_naming_none_is_the_meetings():
    m = _one(DATE_OVER)
    assert m.date == date(2014, 3, 3)
    assert m.start_time == time(10, 0)
    assert m.body_name.lower() == "planning committee"
    assert [i.number for i in m.items] == ["12", "13", "14", "15"]
    assert _family(m.attendance.present) == ["Carter", "Evans", "Hale", "Irwin"]
    assert _family(m.attendance.in_attendance) == ["Nash", "Pike"]
    assert _family(m.attendance.apologies) == ["Lowe"]


def test_a_heading_with_its_own_date_keeps_it():
    text = "4 JULY 2013\nMinutes of a meeting of the Cabinet held at the Guildhall on 1 July 2013\n"
    assert date_over_heading(text) == text


def test_a_covering_letters_date_over_the_heading_is_not_taken():
    text = (
        "Dear Councillor, please find the minutes enclosed. 12 February 2008\n"
        "Minutes of a Meeting of Ashby Parish Council held at the Village Hall\n"
    )
    assert date_over_heading(text) == text
    titled = "ASHBY PARISH COUNCIL 12 February 2008\n" + text.split("\n", 1)[1]
    assert "held on 12 February 2008 at the Village Hall" in date_over_heading(titled)


def test_a_date_over_other_words_is_not_taken():
    text = "4 JULY 2013\nThe Cabinet held a workshop in the Guildhall\n"
    assert date_over_heading(text) == text


def test_when_there_were_present_opens_the_list():
    assert present_after_heading("held at 9.30 am when there were present:\nA B\n") == (
        "held at 9.30 am\nPresent:\nA B\n"
    )
    assert present_after_heading("held at 9.30 am when there were present: A B") == (
        "held at 9.30 am\nPresent: A B"
    )


def test_the_date_over_the_heading_flattened():
    flat = " ".join(DATE_OVER.split())
    m = parse_printed_minutes(flat).meetings[0]
    assert m.date == date(2014, 3, 3)
    # (the apologies minute right after the list is, flattened, read with the list: left)
    assert [i.number for i in m.items][-3:] == ["13", "14", "15"]
    present = _family(m.attendance.present if m.attendance else [])
    assert "Lowe" not in present  # the apologies' name is never read as present


# --- "Council Minutes" over "Date:" and "Time:" -----------------------------------------


def test_labels_over_their_values_give_the_heading():
    m = _one(LABELLED)
    assert (m.date, m.start_time, m.body_name) == (date(2016, 3, 9), time(19, 30), "Council")
    assert [i.number for i in m.items] == ["C41.16", "C42.16", "C43.16", "C44.16"]
    assert _family(m.attendance.apologies) == ["Vale", "Le Marquand", "Wood"]
    assert "Quarry" in _family(m.attendance.present)


def test_labels_beside_their_values_flattened():
    out = labelled_heading("Borough of Eastmere Council Minutes Date: 9 March 2016 Time: 7pm X")
    assert "Minutes of the meeting of the Council held on 9 March 2016 at 7pm" in out


def test_a_label_without_a_date_is_left():
    text = "Council Minutes\nDate:\nto be confirmed\n"
    assert labelled_heading(text) == text


def test_the_councils_name_is_no_part_of_the_body():
    assert without_council_name("Borough of Eastmere Council") == "Council"
    assert without_council_name("London Borough of Westmere Cabinet") == "Cabinet"
    assert without_council_name("Planning Committee") == "Planning Committee"


def test_lettered_minutes_flattened():
    m = parse_printed_minutes(" ".join(LABELLED.split())).meetings[0]
    numbers = [i.number for i in m.items]
    assert numbers[0] == "C41.16" and numbers[-2:] == ["C43.16", "C44.16"]
    assert set(numbers) <= {"C41.16", "C42.16", "C43.16", "C44.16"}


# --- a covering letter, the body over its date, titles before numbers --------------------


def test_a_covering_letters_date_is_no_meetings():
    lines = ["Your Ref:", "Our Ref:", "Date: 7 April 2015"]
    assert letter_date(lines, 2)
    assert not letter_date(["Licensing Committee", "Date: 7 April 2015"], 1)


def test_minutes_to_follow_read_as_the_minutes_meeting():
    m = _one(LETTER_PACK)
    assert m.date == date(2015, 3, 24)  # never the letter's 7 April, nor the next meeting's
    assert m.body_name.lower() == "licensing committee"
    assert [(i.number, i.title) for i in m.items] == [
        ("LIC12/14", "APOLOGIES"),
        ("LIC13/14", "DECLARATIONS OF INTEREST"),
    ]
    assert _family(m.attendance.present) == ["Young", "Abbot", "Baxter", "Cole", "Dunn", "Ewart"]
    assert _family(m.attendance.in_attendance) == ["Gill", "Ince"]


def test_a_body_over_its_date_needs_the_list_after_it():
    text = "PLANNING COMMITTEE\nWednesday, 25 March 2015\nAgenda\n"
    assert body_over_date(text) == text
    text = "PLANNING COMMITTEE\nWednesday, 25 March 2015\nPresent: A\n"
    assert body_over_date(text).startswith(
        "Minutes of the meeting of the PLANNING COMMITTEE held on Wednesday, 25 March 2015\n"
    )


def test_one_title_before_a_number_is_not_a_pattern():
    text = "APOLOGIES\nLIC12/14\nNone.\n"
    assert titles_before_numbers(text) == text


def test_titles_before_numbers_flattened_then_on_lines():
    text = "Ewart. APOLOGIES\n\nLIC12/14 None were received. INTERESTS\n\nLIC13/14 None. "
    out = titles_before_numbers(text)
    assert "LIC12/14 APOLOGIES\n" in out and "LIC13/14 INTERESTS\n" in out


def test_wrapped_lists_are_joined():
    text = "Present: Councillor A Bee (Chairman)\nCouncillors Cee, Dee,\nEff and Gee\nNext\n"
    assert join_wrapped_lists(text) == (
        "Present: Councillor A Bee (Chairman), Councillors Cee, Dee, Eff and Gee\nNext\n"
    )


def test_officers_labels_run_on_open_lines():
    text = "Present: Cllr A Bee and Cllr C Dee Officers in Attendance: E Eff\nRest"
    assert (
        officers_label(text)
        == "Present: Cllr A Bee and Cllr C Dee\nOfficers in Attendance: E Eff\nRest"
    )
    text = "Present: Mrs A Bee - observer Officers Mr C Dee – Manager"
    assert (
        officers_label(text) == "Present: Mrs A Bee - observer\nIn attendance: Mr C Dee – Manager"
    )


# --- lists one a line, minute numbers in brackets, page furniture ---------------------------


def test_a_list_one_a_line_is_joined_and_unsure_names_left_out():
    text = "Present:\nCouncillors\nA Bee (Chairman)\nC D Eff\nG Hill Ward – Town Ward\nOfficers\nMr J Kay – Clerk\n(3)\nX"
    out = one_a_line_lists(text)
    assert out.startswith("Present: A Bee (Chairman), C D Eff\nIn attendance: Mr J Kay – Clerk\n")
    assert "Hill Ward" not in out  # "G Hill Ward": the family name not sure


def test_a_list_one_a_line_flattened_is_parted():
    text = "Present: Councillors Mrs A Bee (Chairman) C D Eff G Hill Ward J Kay – substitute for L M Nye P Quin\nX"
    assert flat_one_a_line_lists(text) == (
        "Present: Mrs A Bee (Chairman), C D Eff, J Kay – substitute for L M Nye, P Quin\nX"
    )
    text = "Present: Cllr A Bee, Cllr C Dee\nX"
    assert flat_one_a_line_lists(text) == text  # commas: parted already


def test_one_name_alone_is_no_list():
    text = "Present:\nA Bee\nThe meeting opened.\n"
    assert one_a_line_lists(text) == text


def test_bracketed_numbers_run_on_or_are_left():
    assert bracketed_minute_numbers("(4)\nMINUTES\nx\n(5)\nAPOLOGIES\n") == (
        "4. MINUTES\nx\n5. APOLOGIES\n"
    )
    text = "(1)\nMINUTES\nx\n(3)\nAPOLOGIES\n"
    assert bracketed_minute_numbers(text) == text  # not one after another
    text = "(1) That the report be noted.\n(2) That officers report back.\n"
    assert bracketed_minute_numbers(text) == text  # a resolution's parts, not minutes


def test_page_furniture_is_taken_out_after_the_start():
    head = "x" * 210 + "\n"
    text = (
        head
        + "A\nPage 2 of 9\nPlanning Committee\n1\n4 July 2013\nMinutes - Cabinet - 4 March 2013\nB\n"
    )
    assert page_furniture(text) == head + "A\nB\n"
    assert page_furniture("Page 1 of 2\nshort") == "Page 1 of 2\nshort"


# --- a document site's debris ---------------------------------------------------------------


def test_tag_debris_is_taken_out():
    out = strip_tag_debris("Borough ong>ofong> Westmere</str Cabinet")
    assert "ong>" not in out and "</str" not in out
    assert strip_tag_debris("No debris here.") == "No debris here."


def test_titled_minutes_after_the_councils_name():
    out = titled_minutes("London Borough of Westmere Cabinet Minutes Monday 4 March 2019\nPRESENT")
    assert "Minutes of the meeting of the Cabinet held on Monday 4 March 2019" in out


def test_debris_minutes_are_read():
    m = parse_printed_minutes(DEBRIS).meetings[0]
    assert (m.date, m.body_name) == (date(2019, 3, 4), "Cabinet")
    assert [i.number for i in m.items] == ["12", "13", "14"]
    assert _family(m.attendance.present) == ["Bolt", "Dunne", "Frost"]


def test_a_particle_after_an_honorific_alone():
    assert split_name("Cllr Le Marquand").family == "Le Marquand"
    assert split_name("Mrs DE Currie").family == "Currie"  # initials, not a particle


def test_headings_far_down_are_not_rewritten():
    text = "x" * 1600 + "\nPlanning Committee Minutes 4 March 2013\n"
    assert principal_headings(text) == text


# --- mangling: a result or a clean refusal ---------------------------------------------------

_WORDS = st.sampled_from(
    [
        "Minutes",
        "of",
        "a",
        "meeting",
        "the",
        "COMMITTEE",
        "Cabinet",
        "Council",
        "held",
        "in",
        "at",
        "9.30",
        "am",
        "when",
        "there",
        "were",
        "present:",
        "Present:",
        "Councillors",
        "Officers",
        "Mr",
        "Mrs",
        "A",
        "B",
        "Bee",
        "Cee",
        "–",
        "(12)",
        "(13)",
        "C41.16",
        "LIC12/14",
        "APOLOGIES",
        "4",
        "JULY",
        "2013",
        "Date:",
        "Time:",
        "7:30pm",
        "Our",
        "Ref:",
        "ong>",
        "</str",
        "Page",
        "1",
        "RESOLVED:",
        "\n",
        "\n\n",
    ]
)


@given(st.lists(_WORDS, max_size=80))
def test_mangled_principal_minutes_are_read_or_refused_cleanly(words):
    text = " ".join(words)
    for rule in (
        strip_tag_debris,
        principal_headings,
        date_over_heading,
        labelled_heading,
        body_over_date,
        titled_minutes,
        titles_before_numbers,
        join_wrapped_lists,
        one_a_line_lists,
        bracketed_minute_numbers,
        page_furniture,
        officers_label,
        flat_one_a_line_lists,
    ):
        assert isinstance(rule(text), str)
    for candidate in (text, DATE_OVER[: len(text)] + text, LABELLED[: len(text)] + text):
        with contextlib.suppress(ParseError):
            parse_document(candidate)
        with contextlib.suppress(ParseError):
            parse_printed_minutes(unflatten(candidate))
