"""Parish meetings and parish minutes whose attendance is hard to read: a heading that is a
line about the parish meeting ("Annual Parish Meeting held on ...", "The Annual Parish
Meeting was held on ..."), the chair's office opening a line of the present list without a
colon, the plural honorific's label carrying over to bare family names, and an "Officer:"
line under the members present. Invented places and names; the real documents are in
tests/fidelity/ (round 30)."""

from __future__ import annotations

from hypothesis import given, settings

from moot.ingest.parse import parse_document
from moot.ingest.parse.minutes_headings import find_heading
from tests.ingest.mangling import MANGLING, read_or_refused, spliced

HELD_ON = """Pemberley Parish Council
Annual Parish Meeting Minutes

Annual Parish Meeting held on Monday 20th May 2024.

Those present:

Chairman:  Cllr P Arden (Vice-chairman).

Councillors:  Cllr Q Bexley, Cllr Mrs R Caldwell, Cllr S Dunmore.

Officer:  Mrs T Ellery

1.  Apologies

Apologies were received from Cllr U Fenwick.

2.  Minutes of the Previous Annual Parish Meeting

It was RESOLVED: That the Minutes be approved as a true and correct record.
"""

WAS_HELD = """Draft - Annual Parish Meeting (Village)

The Annual Parish Meeting (Village) was held on Tuesday 14 May 2024 at 7.30 pm at the Hall, Netherby.
PRESENT:    Chairman Cllr Mrs Gosling
               Vice-Chairman Cllr Hartley
               Cllrs: Ingram, Jessop (arrived at 7.40 pm), Kettle, Mrs Lomax & Mrs Mercer.
  Also Present: Cllr Norris (District).
1.         Apologies - NONE.
2.         Minutes of the Last Annual Meeting
The Minutes were approved and signed.
"""


def _families(entries):
    return [e.name.split()[-1] for e in entries]


def test_annual_parish_meeting_held_on_is_a_heading():
    meeting = parse_document(HELD_ON).meetings[0]
    assert meeting.body_name == "Parish Meeting"
    assert meeting.date.isoformat() == "2024-05-20"
    assert [i.number for i in meeting.items] == ["1", "2"]


def test_parish_meeting_was_held_is_a_heading_with_its_time():
    meeting = parse_document(WAS_HELD).meetings[0]
    assert meeting.body_name == "Parish Meeting"
    assert meeting.date.isoformat() == "2024-05-14"
    assert meeting.start_time.strftime("%H:%M") == "19:30"


def test_parish_meeting_line_without_attendance_is_no_heading():
    # a notice of the meeting: nobody attended yet, so it is no heading of minutes
    notice = (
        "Annual Parish Meeting held on Monday 20th May 2024 at 7pm in the Hall.\n\nAll welcome.\n"
    )
    assert find_heading(notice) is None
    # a parish meeting spoken of inside a numbered minute is no heading either
    inside = (
        "Minutes\n\n1. Reports\nThe Annual Parish Meeting was held on 20th May 2024 at 7pm.\n"
        "Present: Cllr A Bee\n"
    )
    assert find_heading(inside) is None


def test_chair_office_opening_a_line_labels_that_line():
    attendance = parse_document(WAS_HELD).meetings[0].attendance
    present = _families(attendance.present)
    # the offices are the lines' labels, not names run on into the next line's
    assert present == ["Gosling", "Hartley", "Ingram", "Jessop", "Kettle", "Lomax", "Mercer"]
    assert "Vice-Chairman" not in " ".join(p.name for p in attendance.present)
    assert _families(attendance.in_attendance) == ["Norris"]


def test_plural_label_carries_over_to_bare_family_names():
    present = parse_document(WAS_HELD).meetings[0].attendance.present
    by_family = {p.name.split()[-1]: p.name for p in present}
    # "Cllrs: Ingram, Jessop ..." is a list of councillors
    assert by_family["Ingram"] == "Cllr Ingram"
    assert by_family["Kettle"] == "Cllr Kettle"
    # a name printing its own honorific keeps it
    assert by_family["Lomax"] == "Mrs Lomax"


def test_officer_line_under_present_is_in_attendance():
    attendance = parse_document(HELD_ON).meetings[0].attendance
    assert _families(attendance.present) == ["Arden", "Bexley", "Caldwell", "Dunmore"]
    assert _families(attendance.in_attendance) == ["Ellery"]
    assert _families(attendance.apologies) == ["Fenwick"]


@settings(MANGLING, max_examples=120)
@given(spliced([HELD_ON, WAS_HELD], "Cllrs: Chairman Vice-()Officer.,&\nPresnt", junk=15, cut=80))
def test_mangled_parish_meeting_minutes_parse_or_fail_cleanly(text):
    read_or_refused(parse_document, text)


FLAT_RUN_ON = (
    "Minutes of the Parish Council meeting held at 7.30 p.m. on Monday 13th May, 2024 in the "
    "Village Hall. PRESENT: Cllr A. Bee, (Chairman), Councillors Mrs C. Dee, E. Eff and County "
    "Cllr G. Haitch PC Jay and PCSO Kay The minutes had been circulated and Cllr. E. Eff "
    "proposed that they were a correct record. The minutes were signed. 1. Apologies None. "
    "2. Declarations of interest None. 3. Planning The council noted the applications listed "
    "in the papers and the Clerk would write to the planning authority before the end of the "
    "month. 4. Finance The council noted the accounts for the year and the Clerk reported "
    "that the bank statements had been checked against the cash book by two councillors. "
    "5. Next meeting The next meeting will be held in the Village Hall in June."
)


def test_flattened_list_ends_at_other_councillor_run_on():
    # the line break after the county councillor lost: the police officers on the next line
    # and a councillor named in the prose after them are no members present
    present = parse_document(FLAT_RUN_ON).meetings[0].attendance.present
    assert _families(present) == ["Bee", "Dee", "Eff", "Haitch"]


def test_other_councillor_by_full_name_is_not_cut():
    from moot.ingest.parse.name_lists import cut_at_other_councillor

    # "County Cllr John Smith": a forename, not initials, so no run-on is read
    part = "Cllr A Bee, Cllr C Dee and County Cllr John Smith"
    assert cut_at_other_councillor(part) == (part, "")
    kept, rest = cut_at_other_councillor("Cllr A Bee and County Cllr J. Smith PC Jay")
    assert kept.endswith("County Cllr J. Smith") and rest == "PC Jay"


def test_flattened_parish_meeting_line_is_put_on_its_own_line():
    from moot.ingest.parse.unflatten import unflatten

    more = (
        "\n3. Report of the Chairman\nThe Chairman reported on the work of the council over the "
        "year, the play area, the footpaths and the verges, and thanked the Clerk and all the "
        "councillors for their work during the year.\n4. Questions from residents\nResidents "
        "asked about the state of the roads and the bus service to the town.\n"
    )
    flat = " ".join((HELD_ON + more).split())
    assert "\nAnnual Parish Meeting held on Monday 20th May 2024." in unflatten(flat)
    meeting = parse_document(flat).meetings[0]
    assert meeting.body_name == "Parish Meeting"
    assert meeting.date.isoformat() == "2024-05-20"
    # inside a sentence the parish meeting is spoken of, not a heading
    said = "The Clerk said the Annual Parish Meeting was held on 4 May and went well."
    assert "\nAnnual Parish Meeting" not in unflatten(said)
