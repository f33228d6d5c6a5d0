"""Round 42: parish and town minutes that import but lost their attendance and items:
those in attendance printed as "X were present" lines under the present list, a present
list one name a line running into a minute's heading, an "Also present" list closed by its
count of the public in flattened text, an apologies minute that is its list alone, a
"Commenced 19.15" line, and "the Full X Town Council" as a body's name."""

from datetime import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moot.ingest.drafts import ParseError
from moot.ingest.parse import parse_document
from moot.ingest.parse.common import tidy_body_name
from moot.ingest.parse.minutes_attendance import (
    closed_by_public_count,
    cut_at_heading_line,
    names_alone,
    were_present_lines,
    were_present_people,
)
from moot.ingest.parse.minutes_items import commenced_line


def names(people):
    return [p.name for p in people]


# -- "X were present" lines under the present list -------------------------------------


def test_tiered_councillors_were_present_are_in_attendance_with_their_tier():
    tier, people = were_present_people("District Cllrs Burley and Cawrey were present")
    assert tier == "District"
    assert names(people) == ["Cllr Burley", "Cllr Cawrey"]
    assert all(p.role_text == "District Councillor" for p in people)


def test_officers_were_present_line():
    _, people = were_present_people(
        "Clerk to Council, Mrs S Knowles and Assistant Clerk to Council, Mrs R Fraser were present"
    )
    assert names(people) == ["Mrs S Knowles", "Mrs R Fraser"]


def test_a_line_naming_no_one_is_refused():
    assert were_present_people("No members of public were present") == ("", [])
    assert were_present_people("The Town Clerk and Deputy Town Clerk were present") == ("", [])
    assert were_present_people("Cllr Smith reported on the roads") == ("", [])


def test_were_present_lines_stop_at_the_first_other_line_and_pass_over_the_public():
    text = (
        "\nDistrict Cllrs Burley and Cawrey were present\n"
        "No members of public were present\n"
        "Mrs A Bee was in attendance\n"
        "\nPUBLIC PARTICIPATION\nCllr Cee was present at the fete.\n"
    )
    assert names(were_present_lines(text)) == ["Cllr Burley", "Cllr Cawrey", "Mrs A Bee"]


def test_were_present_lines_in_a_parsed_document_are_never_members_present():
    text = (
        "Minutes of a meeting of Lowfield Parish Council held on 5th May 2020 at 19:30\n"
        "Present: Cllrs C Barr, C Broad and A Walker.\n"
        "District Cllrs Burley and Cawrey were present\n"
        "Clerk to Council, Mrs S Knowles were present\n"
        "\n1. Apologies\nNone.\n2. Finance\nIt was resolved to pay the clerk.\n"
    )
    m = parse_document(text).meetings[0]
    assert names(m.attendance.present) == ["Cllr C Barr", "Cllr C Broad", "Cllr A Walker"]
    assert names(m.attendance.in_attendance) == ["Cllr Burley", "Cllr Cawrey", "Mrs S Knowles"]
    assert m.attendance.apologies == []


# -- a present list one name a line running into a heading -----------------------------


def test_present_list_ends_at_a_heading_line():
    part = "Bill Abram\nDorothy Hames\nParish Clerk David Maughan\nPublic Participation\n• None"
    assert cut_at_heading_line(part) == "Bill Abram\nDorothy Hames\nParish Clerk David Maughan"


def test_lines_with_a_colon_a_comma_lower_case_words_or_an_honorific_are_kept():
    for part in (
        "\nAlexandria: Apologies from Tilda McCrimmon\nBalloch: No rep",
        "Bill Abram\nCllr Public Forum",
        "Bill Abram\nPlanning, Finance and Roads",
        "Bill Abram\napologies were sent by two members",
    ):
        assert cut_at_heading_line(part) == part


def test_the_first_line_of_the_list_is_never_cut():
    assert cut_at_heading_line("Apologies") == "Apologies"


# -- "Also present" closed by a count of the public, in flattened text ------------------


def test_a_list_closed_by_its_public_count_is_read_before_the_count():
    part = (
        "Mrs C Mason (Town Clerk), PC Chanelle Halford, Cllr. B Bishop and 5 members of the "
        "public. The meeting commenced at 7.00 pm. The Vice Chairman Cllr. G"
    )
    assert closed_by_public_count(part) == (
        "Mrs C Mason (Town Clerk), PC Chanelle Halford, Cllr. B Bishop"
    )


def test_a_list_not_closed_by_a_count_and_its_stop_is_refused():
    assert closed_by_public_count("Mrs A Bee and two members of the public attended.") == ""
    assert closed_by_public_count("Mr X. Then 5 members of the public.") == ""
    assert closed_by_public_count("Mrs A Bee (Clerk). The meeting began") == ""


# -- an apologies minute that is its list alone ------------------------------------------


def test_an_apologies_minute_that_is_its_list():
    found = names(
        names_alone("Cllr. R Silvester, Cllr. E Ashley, Cllr. D Bimson, Cllr. Mrs M Young.")
    )
    assert found == ["Cllr R Silvester", "Cllr E Ashley", "Cllr D Bimson", "Cllr Mrs M Young"]


def test_an_apologies_minute_that_says_more_is_refused():
    assert names_alone("Cllr R Silvester was absent. The meeting noted it.") == []
    assert names_alone("None.") == []
    assert names_alone("") == []


def test_flattened_town_minutes_keep_their_guests_closed_by_the_public_count():
    text = (
        "LOWTON TOWN COUNCIL\nMinutes of the Meeting of the Full Lowton Town Council Held at "
        "7.00pm on Monday 1 September 2008 At the Council Chambers Present: Cllr. G Hughes, "
        "Cllr. K Butcher, Cllr. L Jacobs. Also present: Mrs C Mason (Town Clerk), Cllr. B "
        "Bishop and 5 members of the public. The meeting commenced at 7.00 pm. 1. APOLOGIES "
        "FOR ABSENCE Cllr. R Silvester, Cllr. Mrs M Young. 2. DECLARATIONS OF INTERESTS None. "
        "3. MINUTES The minutes were approved. 4. FINANCE The clerk reported. 5. PLANNING None."
    )
    m = parse_document(text).meetings[0]
    assert m.body_name == "Lowton Town Council"
    assert names(m.attendance.present) == ["Cllr G Hughes", "Cllr K Butcher", "Cllr L Jacobs"]
    assert names(m.attendance.in_attendance) == ["Mrs C Mason", "Cllr B Bishop"]


# -- "Commenced 19.15" ---------------------------------------------------------------------


def test_commenced_line():
    assert commenced_line("Commenced 19.15\nConcluded 20.15") == time(19, 15)
    assert commenced_line("Meeting started: 7.30pm") == time(19, 30)


def test_commenced_line_refuses_an_unsure_time_or_prose():
    assert commenced_line("Commenced 7.15") is None  # morning or evening?
    assert commenced_line("The meeting commenced at 7.00pm with prayers") is None
    assert commenced_line("Commenced 25.99") is None


# -- "the Full X Town Council" ------------------------------------------------------------


def test_full_before_a_councils_own_name_is_no_part_of_it():
    assert tidy_body_name("Full Brandon Town Council") == "Brandon Town Council"
    assert tidy_body_name("FULL BRANDON TOWN COUNCIL") == "Brandon Town Council"
    assert tidy_body_name("Full Council") == "Full Council"
    assert tidy_body_name("Full Parish Council") == "Full Parish Council"
    assert tidy_body_name("Fullerton Parish Council") == "Fullerton Parish Council"


# -- mangling -------------------------------------------------------------------------------

SEED = (
    "Minutes of the Parish Council Meeting held on 13 September 2016\n"
    "Commenced 19.15\n"
    "Present: Bill Abram\nDorothy Hames\nSteven Douglas\nParish Clerk David Maughan\n"
    "District Cllrs Burley and Cawrey were present\n"
    "Public Participation\n"
    "51/16 Apologies\nCllr. R Silvester, Cllr. Mrs M Young.\n"
    "52/16 Finance\nIt was agreed to pay the clerk.\n"
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(0, 600),
    st.integers(0, 80),
    st.text(alphabet="Cllrs &;()/.:,0123456789\nweprsntPublic", max_size=15),
)
def test_mangled_minutes_parse_or_fail_cleanly(at, cut, junk):
    at = at % (len(SEED) + 1)
    text = SEED[:at] + junk + SEED[at + cut :]
    try:
        result = parse_document(text)
    except ParseError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    for m in result.meetings:
        assert m.date is not None
        people = (
            m.attendance.present + m.attendance.apologies + m.attendance.in_attendance
            if m.attendance
            else []
        )
        for entry in people:
            assert entry.name.strip() and "\n" not in entry.name


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_new_readers_never_raise_and_give_names_or_nothing(text):
    for reader in (were_present_lines, names_alone):
        for entry in reader(text):
            assert entry.name.strip() and "\n" not in entry.name
    tier, people = were_present_people(text)
    assert isinstance(tier, str) and (people or not tier)
    assert isinstance(closed_by_public_count(text), str)
    assert isinstance(cut_at_heading_line(text), str)
    assert commenced_line(text) is None or isinstance(commenced_line(text), time)


# -- "Proposed ... seconded ... CARRIED" ----------------------------------------------------


def test_a_carried_vote_after_a_seconded_proposal_is_one_decision():
    from moot.ingest.parse.common import agreed_decisions

    text = (
        "Proposed by Cllr. K Butcher and seconded by Cllr. A Simmons. CARRIED: 8 for 2 "
        "abstentions. THAT THE AMENDED MINUTES BE SIGNED"
    )
    assert len(agreed_decisions(text)) == 1
    assert (
        len(agreed_decisions("Cllr A proposed the grant and Cllr B seconded. Motion carried.")) == 1
    )


def test_a_carried_vote_is_not_counted_twice_nor_without_a_proposal():
    from moot.ingest.parse.common import agreed_decisions

    text = "Proposed by Cllr A, seconded by Cllr B and agreed unanimously. Motion carried."
    assert len(agreed_decisions(text)) == 1
    assert agreed_decisions("The hedge was cut. Carried.") == []
    assert agreed_decisions("Proposed by Cllr A. Carried forward to next month.") == []
    assert agreed_decisions("The work was carried out.") == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=40), max_size=6))
def test_carried_after_proposal_gives_at_most_one_decision_a_sentence(sentences):
    from moot.ingest.parse.common import carried_after_proposal

    assert len(carried_after_proposal(sentences)) <= len(sentences)


# -- absent is never apologies ----------------------------------------------------------------


def _printed(extra: str):
    from moot.ingest.parse.printed_minutes import parse_printed_minutes

    text = (
        "Minutes of the Meeting of Lowfield Parish Council held on 8th April 2021 at 8pm\n"
        "Present: Mr G. Hall (Chairman), Mr D. Berry, Mrs J. Mitchell\n"
        + extra
        + "1. Apologies\nMr G. Kingdom\n2. Finance\nIt was agreed to pay the clerk.\n"
        "3. Planning\nNone.\n"
    )
    return parse_printed_minutes(text).meetings[0].attendance


def test_absent_without_apologies_is_neither_apologies_nor_present():
    for extra in (
        "Absent without apologies: Cllr P Lake\n",
        "Absent with no apology: Cllr P Lake\n",
        "Absent: Cllr P Lake\n",
        "Cllr P Lake was absent.\n",
    ):
        a = _printed(extra)
        everyone = names(a.present + a.apologies + a.in_attendance)
        assert not any("Lake" in n for n in everyone), extra
        assert names(a.apologies) == ["Mr G. Kingdom"], extra


# --- a sentence of those in attendance under the apologies (lead, after round 45) -------

UNDER_APOLOGIES = """Minutes of a Meeting of Anyplace Parish Council held on Tuesday 3rd July 2018 at 6.30 pm in the Hall.
55/18 Present: – Councillors Ann Bell (Chairman), Cy Dunn, Di Egan.
56/18 Apologies: – Cllrs. Flo Grey (work)
Mr. Hal Ives Parish Clerk was also in attendance.
There was 1 member of the public present.
57/18 Notice of motion
The motion was carried.
"""


def test_an_attendance_sentence_under_the_apologies_is_no_apology():
    (m,) = parse_document(UNDER_APOLOGIES).meetings
    assert [p.name for p in m.attendance.apologies] == ["Cllr Flo Grey"]
    assert [(p.name, p.role_text) for p in m.attendance.in_attendance] == [
        ("Mr Hal Ives", "Parish Clerk")
    ]


def test_an_office_after_a_name_is_its_role_and_a_sentence_before_is_no_name():
    from moot.ingest.parse.minutes_attendance import were_present_after, were_present_people

    assert were_present_people("Mr. Hal Ives Town Clerk was present.")[1][0].role_text == (
        "Town Clerk"
    )
    # two sentences on one line: the first is no one's name
    assert were_present_people("The meeting opened. Mr Hal Ives was present.") == ("", [])
    kept, people = were_present_after("Cllr Flo Grey\nMrs Jo King was in attendance.")
    assert kept == "Cllr Flo Grey" and [p.name for p in people] == ["Mrs Jo King"]
    assert were_present_after("Cllr Flo Grey (work)") == ("Cllr Flo Grey (work)", [])
