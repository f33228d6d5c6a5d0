"""The rules of the bulk writes (issue 14): where an added item goes on an agenda, and which
attendance lines can be recorded, as pure functions."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from moot.meetings import rules
from moot.meetings.rules import AgendaSlot, RosterLine, agenda_with_item, roster_refusal

STANDINGS = ["", "", "apologies", "declarations", *rules.CLOSING]
STATUSES = ["present", "apologies", "absent", "substitute", "in_attendance", "standing_invitee"]
DAY = date(2026, 3, 12)


@st.composite
def agendas(draw):
    orders = draw(st.lists(st.integers(1, 500), unique=True, max_size=12))
    return tuple(
        AgendaSlot(("old", n), order, str(n + 1), draw(st.sampled_from(STANDINGS)))
        for n, order in enumerate(sorted(orders))
    )


@given(agendas(), st.data(), st.booleans())
def test_an_added_item_goes_where_the_clerk_asked_and_the_agenda_is_renumbered(slots, data, at_end):
    adds = data.draw(st.integers(1, 6))
    for n in range(adds):
        before = sorted(slots, key=lambda s: s.order)
        orders = [s.order for s in before]
        position = data.draw(
            st.none() | st.sampled_from(orders) if orders else st.none() | st.integers(1, 500)
        )
        standing = data.draw(st.sampled_from(STANDINGS))
        slots = agenda_with_item(
            slots, AgendaSlot(("new", n), standing=standing), position=position, at_end=at_end
        )
        after = list(slots)
        # one more item; the others keep their order among themselves; orders are distinct
        assert len(after) == len(before) + 1
        assert [s.ref for s in after if s.ref != ("new", n)] == [s.ref for s in before]
        assert len({s.order for s in after}) == len(after)
        assert [s.order for s in after] == sorted(s.order for s in after)
        assert [s.agenda_number for s in after] == [str(i) for i in range(1, len(after) + 1)]
        at = [s.ref for s in after].index(("new", n))
        if position is not None and position in orders:
            assert after[at + 1].ref == before[orders.index(position)].ref
        elif position is None and at_end:
            assert at == len(after) - 1
        elif position is None:
            closing = [s for s in before if s.standing in rules.CLOSING]
            if closing:
                assert after[at + 1].ref == closing[0].ref
            else:
                assert at == len(after) - 1


def line(person, status, sub=None):
    return RosterLine(person, f"P{person}", status, sub, f"P{sub}" if sub else "")


lines_st = st.lists(
    st.builds(
        line,
        st.integers(1, 8),
        st.sampled_from(STATUSES),
        st.none() | st.integers(1, 8),
    ),
    max_size=10,
)


def refusal(lines, members=frozenset({1, 2, 3, 4})):
    return roster_refusal(lines, statuses=STATUSES, members=members, body="The Board", day=DAY)


@given(lines_st)
def test_a_roster_is_refused_at_its_first_bad_line_whatever_follows(lines):
    answer = refusal(lines)
    for cut in range(len(lines) + 1):
        earlier = refusal(lines[:cut])
        if earlier is not None:
            assert answer == earlier
            break
    else:
        assert answer is None


@given(st.lists(st.builds(line, st.integers(1, 8), st.sampled_from(STATUSES[:2] + STATUSES[4:]))))
def test_lines_without_substitutes_are_always_accepted(lines):
    assert refusal(lines) is None


@given(lines_st, st.integers(5, 8))
def test_a_substitute_for_someone_who_is_not_a_member_is_refused_naming_both(lines, outsider):
    answer = refusal([*lines, line(9, "substitute", outsider)])
    assert answer is not None
    if refusal(lines) is None:
        assert answer == (
            f"P9 cannot substitute for P{outsider}: P{outsider} is not a member of The Board "
            "on 12 March 2026."
        )


@given(st.integers(1, 4))
def test_a_member_has_one_substitute_and_none_while_present(member):
    two = [line(7, "substitute", member), line(8, "substitute", member)]
    assert refusal(two) == f"P{member} already has a substitute at this meeting (P7)."
    assert refusal([line(7, "substitute", member), line(7, "substitute", member)]) is None
    assert refusal([line(member, "present"), line(7, "substitute", member)]) == (
        f"P7 cannot substitute for P{member}, who is present in their own seat."
    )
    # the record counts as the earlier lines do
    recorded = [(member, "present", None, f"P{member}")]
    assert roster_refusal(
        [line(7, "substitute", member)],
        statuses=STATUSES,
        members={member},
        recorded=recorded,
        body="The Board",
        day=DAY,
    ) == (f"P7 cannot substitute for P{member}, who is present in their own seat.")
    assert refusal([line(member, "apologies"), line(7, "substitute", member)]) is None
    assert refusal([line(7, "present", member)]) == (
        "Only a substitute attends for another member; P7 is present."
    )
    assert refusal([line(7, "lurking")]) == "'lurking' is not an attendance status."
