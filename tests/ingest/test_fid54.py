"""Round fid54: minutes flattened onto one line (a PDF's or a web page's text copied out, its
line breaks lost): the list of those in attendance, read where it stands alone."""

from __future__ import annotations

from hypothesis import given

from moot.ingest.parse import parse_document
from moot.ingest.parse.minutes_attendance import list_alone
from moot.ingest.parse.page_unflatten import unflatten_record_page
from moot.ingest.parse.unflatten import flat_title, list_sentence_end, unflatten
from tests.ingest.mangling import MANGLING, read_or_refused, spliced

HEADING = "Minutes of the Meeting of Little Ashby Parish Council held on 3 May 2021 at 7pm."
PRESENT = "Present: Cllr A Bee (Chair), Cllr C Dee, Cllr E Eff and Cllr G Gee."
MINUTES = (
    "2. Minutes of the last meeting The minutes of the meeting held in April were read and "
    "signed as a true record by the chair after a short discussion of the wording. "
    "3. Playing field The grass has been cut twice and the swings were inspected by the "
    "insurer, who found them sound; a new bench will be put by the gate in the summer. "
    "4. Finance RESOLVED to pay the invoices for the grass cutting and the hall hire. "
    "5. Planning No applications had been received since the last meeting of the council."
)


def flat(*parts: str) -> str:
    text = " ".join(parts)
    assert len(text) > 600 and "\n" not in text
    return text


def in_attendance(text: str) -> list[str]:
    (meeting,) = parse_document(text).meetings
    return [p.name for p in meeting.attendance.in_attendance] if meeting.attendance else []


def test_a_list_of_names_alone_before_the_first_minute_is_read_flattened():
    text = flat(
        HEADING,
        "1. Attendance",
        PRESENT,
        "Visitors: Jo Hart (Village Society); Sam Lee; Kit Moss and Ann Noon.",
        MINUTES,
    )
    assert in_attendance(text) == ["Jo Hart", "Sam Lee", "Kit Moss", "Ann Noon"]


def test_lists_closed_by_the_next_label_are_read_flattened():
    text = flat(
        HEADING,
        PRESENT,
        "Officers in Attendance: Tom Ash (Planning Officer), Ruth Birch (Clerk) and Dan Cole "
        "(Lawyer)",
        "Apologies: Cllr H Aitch",
        MINUTES,
    )
    assert in_attendance(text) == ["Tom Ash", "Ruth Birch", "Dan Cole"]


def test_a_list_running_into_the_minutes_is_left_out_with_a_warning():
    text = flat(
        HEADING,
        PRESENT,
        "In attendance: Ruth Birch (Clerk) The chair welcomed everyone to the meeting.",
        MINUTES,
    )
    result = parse_document(text)
    (meeting,) = result.meetings
    assert not (meeting.attendance and meeting.attendance.in_attendance)
    assert any("who else attended" in w for w in result.warnings + meeting.warnings)


def test_a_list_closed_by_its_stop_is_read_before_the_prose_after_it():
    text = flat(
        HEADING,
        PRESENT,
        "In attendance: Ruth Birch (Clerk). The chair welcomed everyone to the meeting.",
        MINUTES,
    )
    assert in_attendance(text) == ["Ruth Birch"]
    assert list_alone("Mr J. Bee. The chair opened the meeting") == "Mr J. Bee."
    # ("Mrs." is an honorific's stop, no sentence's end)
    assert list_alone("Mrs. Bee asked about the footpath.") == ""


def test_officers_each_with_an_office_after_a_dash_are_read_flattened():
    text = flat(
        HEADING,
        PRESENT,
        "Officers in Attendance: Mr T Ash – Planning Manager Mrs R Birch – Democratic Services "
        "Officer Miss D Cole – Senior Planning Officer",
        MINUTES,
    )
    assert in_attendance(text) == ["Mr T Ash", "Mrs R Birch", "Miss D Cole"]
    # (an office in words of lower case is a sentence's: the list is left out)
    assert list_alone("Mr T Ash – Clerk Mrs R Birch – the chair welcomed everyone") == ""


def test_a_heading_after_the_last_name_is_no_name():
    # nothing parts "Welcome" from the last name: the list cannot be told to end
    assert list_alone("Ruth Birch, Dan Cole Public Forum") == ""
    assert list_alone("Ruth Birch (Clerk) Dan Cole") == ""
    assert list_alone("Tom Ash – Planning Manager Ruth Birch – Lawyer") == ""
    assert list_alone("Ruth Birch and Dan Cole Jones Welcome") == ""


def test_names_counts_and_notes_stand_alone():
    assert list_alone("Ruth Birch (Clerk), Cllr Mrs J Hay and 3 members of the public.")
    assert list_alone("S.Dale (Clerk).")
    assert list_alone("Councillors Moss and Lime")
    assert list_alone("4")


# --- minute numbers run into their titles: "16/224Apologies" ----------------------------

GLUED = (
    "21/101Apologies for Absence: None. 21/102Declarations of Interest: Cllr Bee, the "
    "allotments. 21/103Minutes of the last meeting: Agreed and signed. 21/104Playing Field: "
    "the swings were inspected by the insurer, who found them sound; a bench will be put "
    "by the gate in the summer when the grass has been cut. 21/105Finance: RESOLVED to pay "
    "the invoices for the grass cutting and the hall hire as listed by the clerk. "
    "21/106Correspondence: letters from the highways office about the verges and the "
    "drains by the school were noted and will be answered by the clerk."
)


def test_numbers_run_into_titles_start_minutes_flattened():
    text = flat(HEADING, "Present: Cllr A Bee, Cllr C Dee and Cllr E Eff.", GLUED)
    (meeting,) = parse_document(text).meetings
    assert [i.number for i in meeting.items] == [f"21/{n}" for n in range(101, 107)]
    assert meeting.items[0].title.startswith("Apologies for Absence")
    assert meeting.items[3].title.startswith("Playing Field")


def test_two_numbers_run_into_words_are_no_minutes():
    # a reference or two run into a word is not a council's way of numbering its minutes
    text = flat(HEADING, "Present: Cllr A Bee.", MINUTES, "See 21/101Report and 21/102Annex.")
    assert "\n21/101" not in unflatten(text)


# --- every minute numbered "1.", a stray "2" in the text -------------------------------

ALL_ONES = (
    "1. Present: Ann Bee (Chair), Carl Dee, Eve Eff. 1. Apologies: Cllr Gus Gee. "
    "1. Declarations of Interest: None. 1. Minutes of the last meeting: Approved and "
    "signed. 1. Playing Field The swings were inspected by the insurer, who found them "
    "sound, and paragraph 2 of the lease should be amended to name the council. "
    "1. Finance RESOLVED to pay the invoices for the grass cutting and the hall hire. "
    "1. Correspondence Letters from the highways office about the verges and the drains "
    "by the school were noted and will be answered by the clerk in the coming month."
)


def test_minutes_all_numbered_one_outnumber_a_stray_two():
    text = flat(HEADING, ALL_ONES)
    (meeting,) = parse_document(text).meetings
    assert [i.title.split(":")[0] for i in meeting.items][:5] == [
        "Present",
        "Apologies",
        "Declarations of Interest",
        "Minutes of the last meeting",
        "Playing Field",
    ]
    assert len(meeting.items) == 7


# --- minutes numbered "Item N:", references under them ---------------------------------

ITEMS = (
    "Item 1:Apologies for Absence. 21/5 Councillors Hal Aitch and Ian Jay. Item 2:Declarations "
    "of Interest. 21/6 None were declared. Item 3:To receive the minutes of the last meeting. "
    "21/7 Resolved to approve the minutes, which were signed by the chair. Item 4:Playing "
    "Field. 21/8 The swings were inspected by the insurer, who found them sound; a bench will "
    "be put by the gate. Item 5:Finance. 21/9 Resolved to pay the invoices for the grass "
    "cutting and the hall hire as listed by the clerk."
)


def test_minutes_numbered_item_n_colon_are_read_flattened():
    text = flat(HEADING, "Present: Cllr A Bee, Cllr C Dee and Cllr E Eff.", ITEMS)
    (meeting,) = parse_document(text).meetings
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4", "5"]
    assert meeting.items[0].title.startswith("Apologies for Absence")
    assert meeting.items[3].title.startswith("Playing Field")


# --- a heading in capitals, its date in capitals, "PRESENT:" after it -------------------

CAPITALS_HEADING = (
    "MINUTES OF AN EXTRA-ORDINARY MEETING OF LITTLE ASHBY PARISH COUNCIL TUESDAY 4 MAY 2021 "
    "7.30 AT THE OLD SCHOOL PRESENT: Cllrs: Bee, Dee, Eff and Gee."
)


def test_a_heading_and_date_in_capitals_and_present_after_them_flattened():
    text = flat(CAPITALS_HEADING, MINUTES.replace("2. ", "1. Apologies None. 2. ", 1))
    (meeting,) = parse_document(text).meetings
    assert meeting.body_name == "Little Ashby Parish Council"
    assert str(meeting.date) == "2021-05-04"
    assert len(present(text)) == 4


def test_a_label_word_inside_a_title_in_capitals_is_still_no_label():
    # ("20/01 WELCOME AND APOLOGIES Apologies were received": the title's word, no label)
    out = unflatten(flat(HEADING, "20/01 WELCOME AND APOLOGIES Apologies were received.", MINUTES))
    assert "\nAPOLOGIES" not in out


KIND_TITLE = "May 4 2021 - Minutes EXTRA ORDINARY PARISH COUNCIL MEETING 4 May 2021 MINUTES"


def test_a_title_naming_the_kinds_meeting_over_its_date_flattened():
    text = flat(KIND_TITLE, PRESENT, MINUTES)
    out = unflatten(text)
    assert "\nEXTRA ORDINARY PARISH COUNCIL MEETING\n" in out
    (meeting,) = parse_document(text).meetings
    assert str(meeting.date) == "2021-05-04"


def test_a_council_named_before_the_kind_keeps_its_heading_whole():
    text = flat(
        "MINUTE OF ASHBY COMMUNITY COUNCIL MEETING 4 May 2021 – Village Hall", PRESENT, MINUTES
    )
    assert "ASHBY\n" not in unflatten(text)


# --- "DRAFT: Minutes for a meeting held on" --------------------------------------------

YEAR_DASH = (
    "DRAFT: Minutes for an Extra Ordinary Parish Council Meeting held on Tuesday 4th May "
    "2021 in the Village Hall 21/22-67 Chairman Welcome. The chair welcomed those present. "
    "21/22-68 Record of members Cllrs. Ann Bee, Carl Dee and Eve Eff. In attendance: Ruth "
    "Birch (Clerk). 21/22-69 Declarations "
    "of interest. There were none. 21/22-70 Playing Field. The swings were inspected by the "
    "insurer, who found them sound; a bench will be put by the gate in the summer. 21/22-71 "
    "Finance. RESOLVED to pay the invoices for the grass cutting and the hall hire as listed "
    "by the clerk, and to move the reserve to the deposit account."
)


def test_minutes_for_a_meeting_held_on_a_day_is_a_heading_flattened():
    text = flat("May 4 - Extra Ordinary Parish Meeting", YEAR_DASH)
    (meeting,) = parse_document(text).meetings
    assert str(meeting.date) == "2021-05-04"
    assert [i.number for i in meeting.items] == [f"21/22-{n}" for n in range(67, 72)]


# --- "Present/ Presennol" without its colon ----------------------------------------------

BILINGUAL = (
    "The Monthly Meeting of the Council was held on Thursday 6th May 2021 at 6pm at the "
    "Community Centre Present/ Presennol Mr. A. Bee – Chairman/Cadeirydd Mr. C. Dee, "
    "Mrs E. Eff, Mr G. Gee"
)


def test_the_bilingual_present_label_stands_over_its_list_flattened():
    text = flat(BILINGUAL, MINUTES.replace("2. ", "1. Apologies None. 2. ", 1))
    assert "\nPresent/ Presennol\n" in unflatten(text)
    (meeting,) = parse_document(text).meetings
    assert str(meeting.date) == "2021-05-06"


# --- a record page ("Meeting documents") on one line -----------------------------------

RECORD_PAGE = (
    "Meeting documents Planning Board Tuesday, 4th May 2021 Location Map Venue : Room 2 - "
    "Civic Centre Index to Agendas 1. MINUTES 2. DECLARATIONS OF INTEREST 3. LAND AT MILL "
    "LANE - NEW HOMES 4. LAND AT CHURCH STREET - CHANGE OF USE 5. EXEMPT INFORMATION"
)


def test_a_record_page_on_one_line_is_read():
    (meeting,) = parse_document(RECORD_PAGE).meetings
    assert meeting.body_name == "Planning Board"
    assert str(meeting.date) == "2021-05-04"
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4", "5"]
    assert meeting.items[2].title == "LAND AT MILL LANE - NEW HOMES"


def test_only_a_record_page_is_put_back_on_lines():
    assert unflatten_record_page("Meeting documents and papers for the year") is None
    assert unflatten_record_page("Meeting documents\nCabinet\nTuesday, 4th May 2021") is None


# --- "Councillors A, B and C." a sentence of its own -------------------------------------

COUNCILLORS_SENTENCE = (
    "Minutes of an Extraordinary Meeting of Little Ashby Parish Council held in the hall on "
    "Wednesday 5th May 2021 at 19.00 hrs. Councillors Ann Bee, Carl Dee, Eve Eff and Gus Gee. "
    "In attendance. No members of the public were present."
)


def test_a_list_of_councillors_in_a_sentence_of_its_own_flattened():
    text = flat(COUNCILLORS_SENTENCE, MINUTES.replace("2. ", "1. Apologies None. 2. ", 1))
    assert "\nCouncillors Ann Bee, Carl Dee, Eve Eff and Gus Gee.\n" in unflatten(text)
    assert len(present(text)) == 4


def test_a_sentence_about_councillors_is_no_list():
    text = "Councillors Bee and Dee reported on the footpaths. The chair thanked them."
    assert list_sentence_end(text, 0) is None
    assert list_sentence_end("Councillors Ann Bee and Mrs. Dee went", 0) is None


# --- "Cllr Bee Cllr Dee Cllr Eff" from the heading's time to the first minute ------------

CLLR_RUN = (
    "Minutes of the Extraordinary Parish Council Meeting Little Ashby Village Hall 4 May 2021 "
    "at 17:00hrs Cllr Bee Cllr Dee Cllr Eff Cllr Gee"
)


def test_a_run_of_honorific_names_before_the_first_minute_flattened():
    text = flat(CLLR_RUN, MINUTES.replace("2. ", "1. Apologies None. 2. ", 1))
    assert "\nCllr Bee Cllr Dee Cllr Eff Cllr Gee\n" in unflatten(text)
    assert present(text) == ["Cllr Bee", "Cllr Dee", "Cllr Eff", "Cllr Gee"]


def test_a_run_with_words_after_it_is_left_on_its_line():
    # (something between the run and the first minute: where the run ends is not sure)
    text = flat(CLLR_RUN + " Public Forum", MINUTES.replace("2. ", "1. Apologies None. 2. ", 1))
    assert "\nCllr Bee Cllr Dee" not in unflatten(text)


# --- minutes numbered by the year and a serial: "2021-141" --------------------------------

YEAR_SERIAL = (
    "2021-141 To agree a minute taker. RESOLVED to ask Cllr Dee, who agreed. 2021-142 "
    "Apologies, welcomes and attendance. Cllr Gee – RESOLVED to accept the apology. 2021-143 "
    "Declarations of interest. None were declared. 2021-144 Playing Field. The swings were "
    "inspected by the insurer, who found them sound; a bench will be put by the gate. 2021-145 "
    "Finance. RESOLVED to pay the invoices for the grass cutting and the hall hire. 2021-146 "
    "Correspondence. Letters from the highways office about the verges and the drains by the "
    "school were noted and will be answered by the clerk."
)


def test_minutes_numbered_by_year_and_serial_flattened():
    text = flat(HEADING, "Present: Cllr A Bee, Cllr C Dee and Cllr E Eff.", YEAR_SERIAL)
    (meeting,) = parse_document(text).meetings
    assert [i.number for i in meeting.items] == [f"2021-{n}" for n in range(141, 147)]


SEEDS = [
    flat(
        HEADING,
        PRESENT,
        "Visitors: Jo Hart (Village Society); Sam Lee; Kit Moss and Ann Noon.",
        MINUTES,
    ),
    flat(HEADING, PRESENT, "In attendance: Ruth Birch (Clerk), Dan Cole", MINUTES),
    flat(HEADING, "1. Present Ann Bee, Carl Dee, Eve Eff, Gus Gee", MINUTES),
    flat(HEADING, ALL_ONES),
    flat(HEADING, "Present: Cllr A Bee, Cllr C Dee and Cllr E Eff.", YEAR_SERIAL),
    flat(CLLR_RUN, MINUTES.replace("2. ", "1. Apologies None. 2. ", 1)),
    flat(COUNCILLORS_SENTENCE, MINUTES.replace("2. ", "1. Apologies None. 2. ", 1)),
    RECORD_PAGE,
    flat(BILINGUAL, MINUTES.replace("2. ", "1. Apologies None. 2. ", 1)),
    flat("May 4 - Extra Ordinary Parish Meeting", YEAR_DASH),
    flat(KIND_TITLE, PRESENT, MINUTES),
    flat(CAPITALS_HEADING, MINUTES.replace("2. ", "1. Apologies None. 2. ", 1)),
    flat(HEADING, "Present: Cllr A Bee, Cllr C Dee and Cllr E Eff.", ITEMS),
    flat(HEADING, "Present: Cllr A Bee, Cllr C Dee and Cllr E Eff.", GLUED),
    flat(HEADING, "Presennol ; Cyng. Ann Bee, Carl Dee a Gus Gee (Clerc)", MINUTES),
]


@MANGLING
@given(spliced(SEEDS, alphabet="abcXYZ .,;:()&-0123456789"))
def test_mangled_flattened_lists_are_read_or_refused(text):
    result = read_or_refused(parse_document, text)
    if result is None:
        return
    for meeting in result.meetings:
        people = (
            meeting.attendance.in_attendance + meeting.attendance.present
            if meeting.attendance
            else []
        )
        # no word of the minutes is ever read as one who attended
        for person in people:
            assert not any(w in person.name for w in ("minutes", "grass", "RESOLVED", "Minutes"))


# --- the present list: "N. Present Name, Name", "Presennol ; Cyng. ..." ---------------


def present(text: str) -> list[str]:
    (meeting,) = parse_document(text).meetings
    return [p.name for p in meeting.attendance.present] if meeting.attendance else []


def test_a_minute_titled_present_over_its_list_is_read_flattened():
    text = flat(
        HEADING,
        "1. Present Ann Bee, Carl Dee, Eve Eff, Gus Gee",
        "Apologies: Hal Aitch",
        MINUTES,
    )
    (meeting,) = parse_document(text).meetings
    assert [i.title for i in meeting.items][:1] == ["Present"]
    assert present(text) == ["Ann Bee", "Carl Dee", "Eve Eff", "Gus Gee"]


def test_flat_title_keeps_present_alone_only_before_a_list_parted_by_commas():
    assert flat_title("Present Ann Bee, Carl Dee and Eve Eff") == "Present"
    # ("Present Members" is a title's words; a name with a stop after it is left as read)
    assert flat_title("Present Members Cllr A Bee, Cllr C Dee") != "Present"
    assert flat_title("Present Ann Bee. Carl Dee. Eve Eff") != "Present"


def test_the_welsh_present_label_with_a_semicolon_is_read_flattened():
    text = flat(
        "Cofnodion Minutes of the Meeting of Llanfair Community Council held on 3 May 2021.",
        "Presennol ; Cyng. Ann Bee, Carl Dee, Eve Eff a Gus Gee (Clerc)",
        MINUTES,
    )
    assert present(text)[:3] == ["Cyng Ann Bee", "Carl Dee", "Eve Eff"]
