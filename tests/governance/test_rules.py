"""The terms-of-reference rules on plain values (no database)."""

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moot.governance.rules import (
    Attendee,
    Capacity,
    Mode,
    Outcome,
    QuorumGroup,
    QuorumRule,
    SeatCapExceeded,
    Tenure,
    VoteChoice,
    VoteRejected,
    check_cap,
    decide_vote,
    judge_quorum,
    may_vote,
    remote_attendance_counts,
    section_on,
    who_chairs,
)

ELECTED = "Elected Members"
NHS = "NHS"
OFFICERS = "Officers"
OTHER = "Other Representatives"
CCG = "LLR Clinical Commissioning Groups"
NHSE = "NHS England & NHS Improvement - Midlands"

# ToR 5.1 of the seed Board, written as data.
SEED_RULE = QuorumRule(
    minimum=6,
    groups=(
        QuorumGroup("Leicester City Council (Elected Member)", sections=frozenset({ELECTED})),
        QuorumGroup(
            "LLR Clinical Commissioning Group or NHS England & NHS Improvement - Midlands",
            organisations=frozenset({CCG, NHSE}),
        ),
        QuorumGroup("A senior officer Board Member", sections=frozenset({OFFICERS})),
        QuorumGroup("Local Healthwatch/Other Representatives", sections=frozenset({OTHER})),
    ),
)
MARCH = date(2021, 3, 25)
JULY = date(2021, 7, 29)


def member(name, section, orgs=(), voting=True, mode=Mode.IN_ROOM):
    return Attendee(name, Capacity.MEMBER, section, frozenset(orgs), voting, mode)


def substitute(name, section, for_, orgs=(), voting=True):
    return Attendee(
        name, Capacity.SUBSTITUTE, section, frozenset(orgs), voting, substitute_for=for_
    )


ELECTED_FIVE = [
    member(n, ELECTED, ["Leicester City Council"])
    for n in [
        "Councillor Dempster",
        "Councillor Elly Cutkelvin",
        "Councillor Rita Patel",
        "Councillor Sarah Russell",
        "Councillor Piara Singh Clair",
    ]
]
OFFICERS_THREE = [
    member(n, OFFICERS, ["Leicester City Council"], voting=False)
    for n in ["Ivan Browne", "Martin Samuels", "Dr Katherine Packham"]
]


def march_2021_attendance():
    """The Present list of the 25 March 2021 minutes, substitutes mapped as the minutes
    imply (each attends for a member of their organisation who sent apologies)."""
    return [
        *ELECTED_FIVE,
        member("Ivan Browne", OFFICERS, ["Leicester City Council"], voting=False),
        member("Martin Samuels", OFFICERS, ["Leicester City Council"], voting=False),
        member("Professor Azhar Faroogi", NHS, ["Leicester City CCG", CCG]),
        member("Harsha Kotecha", OTHER, ["Healthwatch"]),
        member("Kevan Liles", OTHER, ["Voluntary Action Leicester"]),
        member("Kevin Routledge", OTHER, ["Strategic Sports Alliance Group"]),
        substitute("Hayley Jackson", NHS, "Oliver Newbould", [NHSE]),
        substitute("Richard Morris", NHS, "Andy Williams", [CCG]),
        substitute("Mark Wightman", NHS, "Rebecca Browne", ["UHL"]),
        Attendee("Gordon King", Capacity.NON_MEMBER, organisations=frozenset({"LPT"})),
        Attendee("Caroline Trevithick", Capacity.NON_MEMBER, organisations=frozenset({CCG})),
        Attendee("Cathy Ellis", Capacity.STANDING_INVITEE),
        Attendee("David Sissling", Capacity.STANDING_INVITEE),
        Attendee("Graham Carey", Capacity.IN_ATTENDANCE),
    ]


def test_march_2021_is_quorate_with_each_group_named():
    verdict = judge_quorum(
        SEED_RULE, march_2021_attendance(), membership_size=24, meeting_date=MARCH
    )
    assert verdict.quorate
    assert verdict.present_members == 14
    assert verdict.required == 6
    by_group = {g.name: g for g in verdict.groups}
    assert all(g.satisfied for g in verdict.groups)
    assert "Councillor Dempster" in by_group["Leicester City Council (Elected Member)"].by
    ccg_group = by_group[
        "LLR Clinical Commissioning Group or NHS England & NHS Improvement - Midlands"
    ]
    assert set(ccg_group.by) == {"Professor Azhar Faroogi", "Hayley Jackson", "Richard Morris"}
    assert set(by_group["A senior officer Board Member"].by) == {"Ivan Browne", "Martin Samuels"}
    assert "Harsha Kotecha" in by_group["Local Healthwatch/Other Representatives"].by
    # Invitees, people in attendance and people without a seat never count.
    assert {"Cathy Ellis", "David Sissling", "Graham Carey", "Caroline Trevithick"} <= {
        name for name, _ in verdict.not_counted
    }
    assert verdict.explanation.startswith("Quorate: 14 members present against 6 required")


def test_elected_members_and_officers_alone_are_inquorate_naming_missing_groups():
    verdict = judge_quorum(
        SEED_RULE, ELECTED_FIVE + OFFICERS_THREE, membership_size=24, meeting_date=JULY
    )
    assert not verdict.quorate
    assert verdict.present_members == 8
    missing = [g.name for g in verdict.groups if not g.satisfied]
    assert missing == [
        "LLR Clinical Commissioning Group or NHS England & NHS Improvement - Midlands",
        "Local Healthwatch/Other Representatives",
    ]
    assert (
        "no one present from LLR Clinical Commissioning Group or NHS England & NHS "
        "Improvement - Midlands and Local Healthwatch/Other Representatives"
    ) in verdict.explanation


def test_five_members_from_all_four_groups_are_inquorate_for_number():
    five = [
        ELECTED_FIVE[0],
        ELECTED_FIVE[1],
        OFFICERS_THREE[0],
        member("Andy Williams", NHS, [CCG]),
        member("Harsha Kotecha", OTHER, ["Healthwatch"]),
    ]
    verdict = judge_quorum(SEED_RULE, five, membership_size=24, meeting_date=JULY)
    assert not verdict.quorate
    assert all(g.satisfied for g in verdict.groups)
    assert "only 5 members present against 6 required" in verdict.explanation


def test_remote_attendance_counts_only_while_the_law_allowed_it():
    remote = [
        member(a.name, a.section, a.organisations, a.voting, Mode.REMOTE)
        for a in march_2021_attendance()
        if a.capacity == Capacity.MEMBER
    ]
    assert (
        judge_quorum(SEED_RULE, remote, membership_size=24, meeting_date=MARCH).present_members
        == 11
    )
    july = judge_quorum(SEED_RULE, remote, membership_size=24, meeting_date=JULY)
    assert july.present_members == 0 and not july.quorate
    assert "not present in law" in july.explanation
    assert remote_attendance_counts(JULY, "wales")
    assert not remote_attendance_counts(date(2020, 4, 3), "england")


def test_fraction_of_membership_rounded_up_with_a_floor():
    rule = QuorumRule(fraction=Fraction(1, 4), floor=3)
    assert rule.required(24) == 6
    assert rule.required(13) == 4
    assert rule.required(5) == 3


def test_group_naming_both_section_and_organisation_needs_both():
    group = QuorumGroup(
        "NHS from the CCG", sections=frozenset({NHS}), organisations=frozenset({CCG})
    )
    assert group.admits(member("A", NHS, [CCG]))
    assert not group.admits(member("B", NHS, ["UHL"]))
    assert not group.admits(member("C", OTHER, [CCG]))


def test_per_group_minimums():
    rule = QuorumRule(
        groups=(QuorumGroup("Two councillors", sections=frozenset({ELECTED}), minimum=2),)
    )
    one = judge_quorum(rule, ELECTED_FIVE[:1], membership_size=5, meeting_date=JULY)
    two = judge_quorum(rule, ELECTED_FIVE[:2], membership_size=5, meeting_date=JULY)
    assert not one.quorate and two.quorate


# --- voting -------------------------------------------------------------------------


def test_an_officers_vote_is_refused_with_a_reason():
    officer = OFFICERS_THREE[0]
    eligibility = may_vote(officer, meeting_date=JULY)
    assert not eligibility.allowed
    assert "non-voting seat" in eligibility.reason and "Ivan Browne" in eligibility.reason
    with pytest.raises(VoteRejected, match="Ivan Browne holds a non-voting seat"):
        decide_vote({"Ivan Browne": VoteChoice.FOR}, [officer], meeting_date=JULY, strict=True)


def test_a_standing_invitee_cannot_vote():
    invitee = Attendee("Cathy Ellis", Capacity.STANDING_INVITEE)
    result = decide_vote({"Cathy Ellis": VoteChoice.FOR}, [invitee], meeting_date=JULY)
    assert result.votes_for == 0
    assert result.rejected[0][0] == "Cathy Ellis"
    assert "standing invitee" in result.rejected[0][1]


def _eight_voters():
    return [member(f"Member {i}", OTHER) for i in range(1, 8)] + [ELECTED_FIVE[0]]


@pytest.mark.parametrize(
    "chair_side,outcome", [(VoteChoice.FOR, Outcome.CARRIED), (VoteChoice.AGAINST, Outcome.LOST)]
)
def test_four_four_tie_is_decided_by_the_chairs_casting_vote(chair_side, outcome):
    voters = _eight_voters()
    chair = "Councillor Dempster"
    other_side = VoteChoice.AGAINST if chair_side == VoteChoice.FOR else VoteChoice.FOR
    votes = {chair: chair_side}
    for index, attendee in enumerate(voters[:7]):
        votes[attendee.name] = chair_side if index < 3 else other_side
    result = decide_vote(votes, voters, meeting_date=JULY, chair=chair, casting_vote=chair_side)
    assert (result.votes_for, result.votes_against) == (4, 4)
    assert result.outcome == outcome
    assert result.casting_vote == chair_side
    assert "casting vote" in result.explanation


def test_pecuniary_interest_bars_a_vote_unless_dispensed():
    voter = member("Member 1", OTHER)
    assert not may_vote(voter, meeting_date=JULY, has_pecuniary_interest=True).allowed
    assert may_vote(
        voter, meeting_date=JULY, has_pecuniary_interest=True, has_dispensation=True
    ).allowed


def test_a_substitute_takes_the_seats_vote():
    sub = substitute("Hayley Jackson", NHS, "Oliver Newbould", [NHSE])
    assert may_vote(sub, meeting_date=JULY).allowed
    orphan = Attendee("X", Capacity.SUBSTITUTE, NHS, voting=True)
    assert not may_vote(orphan, meeting_date=JULY).allowed


# --- caps and chair -----------------------------------------------------------------


def test_cap_is_refused_naming_section_and_cap():
    with pytest.raises(SeatCapExceeded, match="Officers is capped at 4 members"):
        check_cap("Officers", 4, 4)
    check_cap("Officers", 4, 3)


def test_vacancies_as_of_a_date():
    seats = ["Director of Public Health", "Strategic Director", "Consultant", "Nominee"]
    tenures = [
        Tenure("Director of Public Health", "Ivan Browne", date(2020, 5, 1)),
        Tenure("Strategic Director", "Martin Samuels", date(2020, 5, 1)),
        Tenure("Consultant", "Katherine Packham", date(2021, 4, 29)),
    ]
    assert section_on(OFFICERS, 4, seats, tenures, MARCH).vacancies == 2
    july = section_on(OFFICERS, 4, seats, tenures, JULY)
    assert july.vacancies == 1 and july.seats[3].vacant
    assert "3 of 4 places filled, 1 vacancy" in july.explanation


def test_chair_falls_back_to_another_elected_member():
    present = ELECTED_FIVE[1:] + OFFICERS_THREE
    decision = who_chairs(
        present,
        designated_chair="Councillor Dempster",
        fallback_sections=frozenset({ELECTED}),
        meeting_date=JULY,
    )
    assert decision.chair == "Councillor Elly Cutkelvin"
    assert "Councillor Dempster is absent" in decision.explanation
    nobody = who_chairs(
        OFFICERS_THREE,
        designated_chair="Councillor Dempster",
        fallback_sections=frozenset({ELECTED}),
        meeting_date=JULY,
    )
    assert nobody.chair is None


# --- properties ---------------------------------------------------------------------

SECTIONS = [ELECTED, NHS, OFFICERS, OTHER]
attendees = st.builds(
    Attendee,
    name=st.text(alphabet="abcdefghij", min_size=1, max_size=6),
    capacity=st.sampled_from(list(Capacity)),
    section=st.sampled_from(SECTIONS),
    organisations=st.frozensets(st.sampled_from([CCG, NHSE, "UHL", "LCC"]), max_size=2),
    voting=st.booleans(),
    mode=st.sampled_from(list(Mode)),
    substitute_for=st.one_of(st.none(), st.just("someone")),
)
days = st.dates(min_value=date(2019, 1, 1), max_value=date(2023, 12, 31))


@settings(max_examples=150)
@given(st.lists(attendees, max_size=20), attendees, days)
def test_adding_a_present_member_never_makes_a_quorate_meeting_inquorate(group, extra, day):
    before = judge_quorum(SEED_RULE, group, membership_size=24, meeting_date=day)
    after = judge_quorum(SEED_RULE, [*group, extra], membership_size=24, meeting_date=day)
    if before.quorate:
        assert after.quorate
    assert after.present_members >= before.present_members


@settings(max_examples=150)
@given(st.lists(attendees, max_size=20), days)
def test_invitees_and_people_in_attendance_never_count(group, day):
    verdict = judge_quorum(SEED_RULE, group, membership_size=24, meeting_date=day)
    counted = set(verdict.counted)
    for a in group:
        if a.capacity in (Capacity.STANDING_INVITEE, Capacity.IN_ATTENDANCE, Capacity.NON_MEMBER):
            assert a.name not in counted or any(
                b.name == a.name and b.capacity in (Capacity.MEMBER, Capacity.SUBSTITUTE)
                for b in group
            )


@settings(max_examples=150)
@given(
    st.integers(min_value=0, max_value=10),
    st.booleans(),
    st.sampled_from([VoteChoice.FOR, VoteChoice.AGAINST]),
)
def test_a_tie_is_always_decided_by_the_chairs_casting_vote_when_given(half, chair_votes, casting):
    chair = member("Chair", ELECTED)
    others = [member(f"M{i}", OTHER) for i in range(2 * half + 1)]
    votes = {}
    if chair_votes:
        votes["Chair"] = casting
        opposite = VoteChoice.AGAINST if casting == VoteChoice.FOR else VoteChoice.FOR
        for i, m in enumerate(others[: 2 * half + 1]):
            votes[m.name] = casting if i < half else opposite
    result = decide_vote(
        votes, [chair, *others], meeting_date=JULY, chair="Chair", casting_vote=casting
    )
    if chair_votes:
        assert result.votes_for == result.votes_against
        expected = Outcome.CARRIED if casting == VoteChoice.FOR else Outcome.LOST
        assert result.outcome == expected and result.casting_vote == casting


@settings(max_examples=150)
@given(attendees, days, st.sampled_from(list(VoteChoice)))
def test_a_non_voting_persons_vote_is_always_rejected(attendee, day, choice):
    result = decide_vote({attendee.name: choice}, [attendee], meeting_date=day)
    eligible = may_vote(attendee, meeting_date=day).allowed
    if not attendee.voting or attendee.capacity not in (Capacity.MEMBER, Capacity.SUBSTITUTE):
        assert not eligible
    if not eligible:
        assert result.rejected and result.votes_for + result.votes_against == 0


def test_counts_alone_are_decided_the_same_way():
    from moot.governance.rules import count_votes

    assert count_votes(votes_for=5, votes_against=3).outcome == Outcome.CARRIED
    tie = count_votes(
        votes_for=4, votes_against=4, abstentions=1, chair="Chair", casting_vote="against"
    )
    assert tie.outcome == Outcome.LOST and tie.casting_vote == VoteChoice.AGAINST
    assert tie.explanation == (
        "4 votes each; lost on the chair's casting vote (Chair cast it against), 1 abstaining."
    )
    assert count_votes(votes_for=2, votes_against=2).outcome == Outcome.LOST
    with pytest.raises(ValueError, match="negative"):
        count_votes(votes_for=-1, votes_against=0)


@settings(max_examples=100)
@given(
    st.dictionaries(
        st.sampled_from([f"M{i}" for i in range(9)]), st.sampled_from(list(VoteChoice)), max_size=9
    )
)
def test_named_votes_and_their_counts_give_the_same_outcome(votes):
    from moot.governance.rules import count_votes

    voters = [member(f"M{i}", OTHER) for i in range(9)]
    named = decide_vote(votes, voters, meeting_date=JULY, chair="M0", casting_vote="for")
    counted = count_votes(
        votes_for=named.votes_for,
        votes_against=named.votes_against,
        abstentions=named.abstentions,
        chair="M0",
        casting_vote=named.casting_vote,
    )
    assert named.outcome == counted.outcome


def test_a_tie_without_a_casting_vote_is_not_carried():
    voters = _eight_voters()
    votes = {
        a.name: (VoteChoice.FOR if i < 4 else VoteChoice.AGAINST) for i, a in enumerate(voters)
    }
    result = decide_vote(votes, voters, meeting_date=JULY, chair="Councillor Dempster")
    assert result.outcome == Outcome.LOST and result.casting_vote is None
    assert "no casting vote given" in result.explanation


# --- periods_overlap: the rule the exclusion constraints hold on PostgreSQL ------------

_days = st.dates(min_value=date(2020, 1, 1), max_value=date(2020, 3, 31))


@st.composite
def _period(draw):
    start = draw(_days)
    end = draw(st.none() | st.dates(min_value=start, max_value=date(2020, 3, 31)))
    return start, end


def _days_of(period):
    start, end = period
    last = end or date(2020, 3, 31)
    return {start.toordinal() + n for n in range(last.toordinal() - start.toordinal() + 1)}


@given(_period(), _period())
@settings(max_examples=300)
def test_periods_overlap_exactly_when_they_share_a_day(a, b):
    from moot.governance.rules import periods_overlap

    shared = bool(_days_of(a) & _days_of(b))
    assert periods_overlap(*a, *b) is shared
    assert periods_overlap(*a, *b) is periods_overlap(*b, *a)


def test_periods_that_touch_on_one_day_overlap_and_consecutive_ones_do_not():
    from moot.governance.rules import periods_overlap

    assert periods_overlap(date(2021, 4, 1), date(2022, 3, 31), date(2022, 3, 31), None)
    assert not periods_overlap(date(2021, 4, 1), date(2022, 3, 31), date(2022, 4, 1), None)


# --- the quorum rule in words (the body's page, the clerk's set-up page) -------------------


@pytest.mark.parametrize(
    "rule, words",
    [
        (QuorumRule(), "No quorum is set."),
        (QuorumRule(minimum=1), "A quorum is 1 member."),
        (QuorumRule(minimum=6), "A quorum is 6 members."),
        (
            QuorumRule(fraction=Fraction(1, 4), floor=3),
            "A quorum is 1/4 of the membership, rounded up and never fewer than 3 members.",
        ),
        (
            QuorumRule(minimum=4, fraction=Fraction(1, 3)),
            "A quorum is the larger of 4 members and 1/3 of the membership, rounded up.",
        ),
        (
            QuorumRule(
                minimum=3,
                groups=(QuorumGroup("NHS members", organisations=frozenset({"NHS"}), minimum=1),),
            ),
            "A quorum is 3 members; among them at least 1 from NHS members.",
        ),
        (
            QuorumRule(groups=(QuorumGroup("Councillors", sections=frozenset({"C"}), minimum=2),)),
            "A quorum is 1 member; among them at least 2 from Councillors.",
        ),
    ],
)
def test_the_quorum_rule_in_words(rule, words):
    assert rule.in_words() == words


@given(
    minimum=st.integers(0, 30),
    fraction=st.none() | st.fractions(min_value=Fraction(1, 10), max_value=1, max_denominator=10),
    floor=st.integers(0, 10),
)
def test_the_words_name_every_part_of_the_rule_set_and_no_other(minimum, fraction, floor):
    words = QuorumRule(minimum=minimum, fraction=fraction, floor=floor).in_words()
    assert ("rounded up" in words) is (fraction is not None)
    assert ("never fewer than" in words) is (fraction is not None and floor > 0)
    assert ("the larger of" in words) is (minimum > 0 and fraction is not None)
    assert (words == "No quorum is set.") is (minimum == 0 and fraction is None)
    if minimum:
        assert f"{minimum} member" in words
