"""The substitute rule as a pure function (moot.ingest.substitutes.decide_attendance)."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from moot.ingest.substitutes import (
    APOLOGIES,
    PRESENT,
    STANDING_INVITEE,
    SUBSTITUTE,
    Listing,
    Recorded,
    Seat,
    decide_attendance,
)

DAY = date(2021, 3, 25)
ORGS = ["leicester city council", "university hospitals leicester", "leicestershire police"]
HEADINGS = ["present", "apologies", "standing_invitees", "in_attendance"]


def _decide(listings, seats, invitees=frozenset(), recorded=None):
    return decide_attendance(
        listings,
        seats=seats,
        invitees=invitees,
        recorded=recorded or {},
        where="hwb/2021-03-25",
        body_name="Board",
        day=DAY,
    )


def test_a_non_member_from_an_absent_members_organisation_is_that_members_substitute():
    seats = {1: Seat(1, "Ann Green", "Chief Executive", ("university hospitals leicester",))}
    listings = [
        Listing(1, "Ann Green", "apologies"),
        Listing(2, "Bob Hay", "present", "Deputy Chief Executive, University Hospitals Leicester"),
    ]
    decisions, warnings = _decide(listings, seats)
    assert [d.status for d in decisions] == [APOLOGIES, SUBSTITUTE]
    assert decisions[1].substitute_for == 1
    assert warnings == []


def test_a_second_person_of_the_same_organisation_is_present_without_a_seat():
    seats = {1: Seat(1, "Ann Green", "", ("leicestershire police",))}
    listings = [
        Listing(1, "Ann Green", "apologies"),
        Listing(2, "Bob Hay", "present", "Leicestershire Police"),
        Listing(3, "Cy Dee", "present", "Leicestershire Police"),
    ]
    decisions, warnings = _decide(listings, seats)
    assert [d.status for d in decisions] == [APOLOGIES, SUBSTITUTE, PRESENT]
    assert "could both be substituting for Ann Green" in warnings[0]


def test_no_substitute_without_apologies_and_a_warning_says_so():
    seats = {1: Seat(1, "Ann Green", "", ("leicestershire police",))}
    decisions, warnings = _decide(
        [Listing(2, "Bob Hay", "present", "Leicestershire Police")], seats
    )
    assert decisions[0].status == PRESENT and decisions[0].substitute_for is None
    assert "holds no seat on Board on 25 March 2021" in warnings[0]


def test_where_no_one_holds_a_seat_one_warning_names_everyone_present():
    # a body created by the import, its history without terms of reference: no seats on
    # the date, so one warning for the meeting instead of one per person
    listings = [
        Listing(1, "Ann Green", "present"),
        Listing(2, "Bob Hay", "present"),
        Listing(3, "Cy Dee", "apologies"),
    ]
    decisions, warnings = _decide(listings, seats={})
    assert [d.status for d in decisions] == [PRESENT, PRESENT, APOLOGIES]
    assert len(warnings) == 1
    assert "no one holds a seat on Board on 25 March 2021" in warnings[0]
    assert warnings[0].endswith("Ann Green, Bob Hay")
    assert "the 2 listed as present" in warnings[0]


listing_st = st.builds(
    Listing,
    person_id=st.integers(1, 8),
    name=st.sampled_from(["A", "B", "C"]),
    heading=st.sampled_from(HEADINGS),
    role_text=st.sampled_from(["", *ORGS, "Director, " + ORGS[1]]),
)
seat_st = st.builds(
    Seat,
    person_id=st.integers(1, 8),
    name=st.just("M"),
    title=st.sampled_from(["", "Chief Executive"]),
    phrases=st.lists(st.sampled_from(ORGS), max_size=2).map(tuple),
)


@given(
    st.lists(listing_st, max_size=10, unique_by=lambda x: x.person_id),
    st.lists(seat_st, max_size=5),
    st.frozensets(st.integers(1, 8), max_size=3),
)
def test_the_rule_keeps_seats_invitees_and_one_substitute_per_absent_member(
    listings, seats, invitees
):
    seats = {s.person_id: s for s in seats}
    decisions, _ = _decide(listings, seats, invitees)
    assert len(decisions) == len(listings)
    apologised = {x.person_id for x in listings if x.heading == "apologies"}
    substituted = [d.substitute_for for d in decisions if d.status == SUBSTITUTE]
    # Only a member who sent apologies is substituted, and only once.
    assert all(s in apologised and s in seats for s in substituted)
    assert len(substituted) == len(set(substituted))
    for listing, decision in zip(listings, decisions, strict=True):
        if listing.heading == "present" and listing.person_id in seats:
            assert decision.status == PRESENT
        elif listing.heading == "present" and listing.person_id in invitees:
            assert decision.status == STANDING_INVITEE
        elif listing.heading != "present":
            assert decision.status != SUBSTITUTE
        if decision.status == SUBSTITUTE:
            assert listing.person_id not in seats


@given(st.lists(listing_st, max_size=8, unique_by=lambda x: x.person_id))
def test_recorded_attendance_is_kept(listings):
    recorded = {x.person_id: Recorded(PRESENT, "present") for x in listings}
    decisions, _ = _decide(listings, {})
    decisions, _ = _decide(listings, {}, recorded=recorded)
    assert all(d.existing and d.status == PRESENT for d in decisions)
