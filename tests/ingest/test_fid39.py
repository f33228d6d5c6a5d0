"""Issue 14, round 39: a general reading of a minutes' heading no specific rule reads
(``heading_fallback.fallback_heading``), which takes the meeting's date only where the
opening says it is the meeting's, and names a body only where a line names it; and the
smaller readings fixed on the round's documents."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moot.ingest.drafts import ASKS_FOR_BODY, ParseError
from moot.ingest.parse import parse_document
from moot.ingest.parse.heading_fallback import fallback_heading, leading_date, named_body
from moot.ingest.parse.minutes_items import close_year_run_numbers
from moot.ingest.parse.moderngov_page import find_heading as moderngov_heading
from moot.ingest.parse.printed_minutes import looks_like_printed_minutes, parse_printed_minutes

MINUTES_BODY = """Present: Cllr A Jones (Chair), Cllr B Smith, Cllr C Brown
Apologies: Cllr D Green
1. Apologies for absence: as above
2. Declarations of interest: None
3. Minutes of the last meeting held on 4 June 2019 were approved
4. Planning: It was RESOLVED to support the application
"""

COUNCIL_LINE = (
    "September 2019\nAnyplace Parish Council\n"
    "Minutes of the Parish Council held at the Village Hall on Wednesday 18th September "
    "2019 at 7.30pm\n" + MINUTES_BODY
)


def _meeting(text):
    (meeting, *_) = parse_printed_minutes(text).meetings
    return meeting


def test_a_council_named_on_its_own_line_over_minutes_held_on_a_date():
    m = _meeting(COUNCIL_LINE)
    assert (m.body_name, m.date) == ("Anyplace Parish Council", date(2019, 9, 18))
    assert [i.number for i in m.items] == ["1", "2", "3", "4"]
    assert looks_like_printed_minutes(COUNCIL_LINE)


def test_a_date_in_figures_after_held_on_names_the_kind_of_meeting():
    m = _meeting("Annual Parish Meeting held on 27.04.17.\n\n" + MINUTES_BODY)
    assert (m.body_name, m.date, m.kind) == ("Parish Meeting", date(2017, 4, 27), "annual")


def test_an_ordinal_run_into_its_year():
    text = (
        "The Minutes of the Annual Meeting of Lower Anyplace Parish Council held on Tuesday "
        "May 29th2012 in the Village Hall.\n" + MINUTES_BODY
    )
    m = _meeting(text)
    assert (m.body_name, m.date) == ("Lower Anyplace Parish Council", date(2012, 5, 29))


def test_the_meeting_began_on_a_date_said_in_a_sentence():
    text = (
        "Anyplace Town Council\n\nThe meeting began at 7.30pm on Monday 3rd June 2019 in the "
        "Town Hall.\n" + MINUTES_BODY
    )
    m = _meeting(text)
    assert (m.body_name, m.date) == ("Anyplace Town Council", date(2019, 6, 3))


def test_a_title_of_only_a_date_under_minutes():
    text = "Anyplace Community Council\nMINUTES\n14 March 2018\n\n" + MINUTES_BODY
    m = _meeting(text)
    assert (m.body_name, m.date) == ("Anyplace Community Council", date(2018, 3, 14))


def test_a_date_alone_with_no_title_of_minutes_beside_it_is_no_meetings():
    text = "Anyplace Community Council\n14 March 2018\nSome words\n\n" + MINUTES_BODY
    assert fallback_heading(text) is None


def test_a_covering_letters_date_is_never_the_meetings():
    text = (
        "Anyplace Parish Council\n12 March 2021\nDear Councillor,\nPlease find the minutes "
        "of the meeting held on 10 March 2021.\n" + MINUTES_BODY
    )
    assert fallback_heading(text) is None


def test_a_future_meetings_date_is_never_the_meetings():
    text = (
        "Anyplace Parish Council\nA meeting of the Council will be held on Monday 5 May "
        "2021 at 7pm.\n" + MINUTES_BODY
    )
    assert fallback_heading(text) is None


def test_the_next_or_previous_meetings_date_is_not_read():
    text = "Anyplace Parish Council\nThe next meeting is on Monday 5 May 2021.\n" + MINUTES_BODY
    assert fallback_heading(text) is None


def test_a_date_in_item_3_is_never_the_meetings():
    # the only "held on DATE" is minute 3's: after the first minute, nothing is read
    text = "Anyplace Parish Council\nMinutes\n" + MINUTES_BODY
    assert fallback_heading(text) is None
    with pytest.raises(ParseError):
        parse_printed_minutes(text)


def test_two_dates_said_of_the_meeting_that_disagree_give_none():
    text = (
        "Anyplace Parish Council\nMinutes – 17th January 2019\nMeeting held on Thursday "
        "18th January 2019\n" + MINUTES_BODY
    )
    assert fallback_heading(text) is None


def test_no_attendance_and_no_numbered_minutes_give_none():
    text = "Anyplace Parish Council\nThe Council met on 3 June 2019.\nIt was a fine evening.\n"
    assert fallback_heading(text) is None


def test_no_body_named_is_asked_for_not_guessed():
    # the date is read, but no council or meeting is named: the body is left empty and
    # asked for (the import refuses the file unless --body names it), as the specific
    # readers of headings naming no body do
    text = "Minutes\nThe meeting took place on Monday 3rd June 2019 in the Hall.\n" + MINUTES_BODY
    rewritten = fallback_heading(text)
    assert rewritten is not None and "Meeting held on 3 June 2019" in rewritten
    result = parse_document(text)
    (meeting,) = result.meetings
    assert meeting.body_name == "" and meeting.date == date(2019, 6, 3)
    assert [w for w in result.warnings if w.endswith(ASKS_FOR_BODY)]


def test_two_councils_named_is_no_body():
    opening = "Anyplace Parish Council\nOtherplace Parish Council\nMinutes of meeting"
    assert named_body(opening) == ""


def test_only_the_kind_named_gives_the_kind():
    assert named_body("Minutes of the Parish Council held at the Hall") == "Parish Council"


@pytest.mark.parametrize(
    ("words", "day", "rest"),
    [
        ("Wednesday 18th September 2019 at 7p.m", date(2019, 9, 18), " at 7p.m"),
        ("Wed 23 October 2019 at", date(2019, 10, 23), " at"),
        ("May 29th2012 in Lea Village Hall", date(2012, 5, 29), " in Lea Village Hall"),
        ("27.04.17.", date(2017, 4, 27), "."),
        ("the 31st February 2019", None, ""),
        ("Monday 12th September at 7pm", None, ""),
        ("the Village Hall", None, ""),
    ],
)
def test_leading_date(words, day, rest):
    assert leading_date(words) == (day, rest if day else "")


def test_spaced_year_run_numbers_are_closed_up():
    text = "21/22 – 61       Apologies\nx\n21/22 – 62       Declarations of Interest\n"
    assert close_year_run_numbers(text).split("\n")[0].startswith("21/22-61 ")
    # one alone may be anything
    assert close_year_run_numbers("21/22 – 61 Apologies") == "21/22 – 61 Apologies"


def test_year_run_numbers_parted_by_unflattening_are_joined_again():
    text = "Cllr A, Cllr B 21/22 –\n\n62 Declarations\nNone 21/22 –\n\n63 Minutes\n"
    assert "\n21/22-62 Declarations" in close_year_run_numbers(text)
    assert "\n21/22-63 Minutes" in close_year_run_numbers(text)


def test_first_meeting_of_a_council_names_the_council():
    text = (
        "Minutes of First Meeting of Community Council on 29th October 2019 at 7.30pm in the "
        "Village Hall\n\n" + MINUTES_BODY
    )
    assert _meeting(text).body_name == "Community Council"


def test_item_number_with_its_colon_and_the_serial_under_it():
    text = (
        "Minutes of the Meeting of Anyplace Town Council held on Thursday 17th January 2019 "
        "at 7pm.\nPresent: Cllr A Jones, Cllr B Smith\nItem 1:Apologies for Absence.\n"
        "19/5 None.\nItem 2:Minutes.\n19/6Resolved to approve the minutes.\n"
        "Item 3:Planning.\n19/7 None.\n"
    )
    assert [i.number for i in _meeting(text).items] == ["1", "2", "3"]


def test_a_period_between_two_dates_is_no_moderngov_heading():
    line = "X TOWN COUNCIL APPROVED MINUTES FROM TOWN COUNCIL MEETINGS 1ST APRIL 2011 - 31ST MARCH 2012"
    assert moderngov_heading([line]) is None
    assert moderngov_heading(["Cabinet - Thursday, 1 April 2021 10:00 am"]) == 0


JUNK = st.sampled_from(
    ["", "Minutes", "held on", "Dear Sir", "will be held", "Present:", "1.", "2019", "on"]
) | st.text(max_size=12)


@st.composite
def mangled(draw, text):
    lines = text.split("\n")
    for _ in range(draw(st.integers(0, 10))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.integers(0, 3))
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, draw(JUNK))
        elif op == 2:
            cut = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:cut] + draw(JUNK) + lines[i][cut:]
        else:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mangled(COUNCIL_LINE))
def test_mangled_openings_give_a_whole_heading_or_none(text):
    rewritten = fallback_heading(text)
    if rewritten is None:
        return
    first = rewritten.split("\n", 1)[0]
    assert first.startswith("Minutes of the ")
    assert " held on " in first
    # every date the heading gives was printed before the record of who attended
    day, _ = leading_date(first.split(" held on ", 1)[1])
    assert day is not None


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mangled(COUNCIL_LINE))
def test_mangled_minutes_are_read_whole_or_refused_in_one_line(text):
    try:
        result = parse_printed_minutes(text)
    except ParseError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    m = result.meetings[0]
    assert m.date is not None
    assert m.body_name is not None


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_heading_or_none(text):
    rewritten = fallback_heading(text)
    assert rewritten is None or rewritten.startswith("Minutes of the ")


@pytest.mark.django_db
def test_minutes_read_by_the_general_heading_import_only_with_body(tmp_path, capsys):
    import json

    from moot import cli
    from moot.meetings.models import Meeting
    from tests.ingest.helpers import BODY, row_counts

    path = tmp_path / "minutes.txt"
    path.write_text(
        "Minutes\nThe meeting took place on Monday 3rd June 2019 in the Hall.\n" + MINUTES_BODY,
        encoding="utf-8",
    )
    before = row_counts()
    assert cli.main(["import", "any", str(path), "--json"]) == 1
    (failed,) = json.loads(capsys.readouterr().out)["failed"]
    assert failed["error"].startswith("minutes.txt does not name its body")
    assert "--body" in failed["error"] and "\n" not in failed["error"]
    assert row_counts() == before
    assert cli.main(["import", "any", str(path), "--body", BODY, "--json"]) == 0
    capsys.readouterr()
    assert Meeting.objects.filter(body__slug=BODY, date=date(2019, 6, 3)).exists()
