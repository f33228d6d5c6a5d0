"""``executive.record``: who may keep the executive record of a body (the one access rule)."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from moot.access.rules import Action, Role, Subject, Target, decide

bodies = st.integers(1, 4)
grantable = st.sampled_from(
    [Role.ADMINISTRATOR, Role.CLERK, Role.REPORT_AUTHOR, Role.EXEMPT_READER]
)
subjects = st.builds(
    Subject,
    user_id=st.one_of(st.none(), st.integers(1, 5)),
    superuser=st.booleans(),
    authority_roles=st.frozensets(grantable, max_size=3),
    # Administrator is held authority-wide only (AUTHORITY_ONLY_ROLES).
    body_roles=st.frozensets(
        st.tuples(bodies, grantable.filter(lambda r: r is not Role.ADMINISTRATOR)), max_size=4
    ),
    seats=st.frozensets(bodies, max_size=3),
    chairs=st.frozensets(bodies, max_size=2),
)
targets = st.builds(Target, body_id=st.one_of(st.none(), bodies), body_name=st.just("Cabinet"))
DAY = date(2027, 1, 4)


@given(subject=subjects, target=targets)
def test_only_clerks_of_the_body_and_administrators_keep_the_executive_record(subject, target):
    """Allowed exactly when a signed-in person is an administrator, a clerk of every body, or
    (for a body) a clerk of that body: a seat or the chair never suffices."""
    decision = decide(subject, Action.EXECUTIVE_RECORD, target, on=DAY)
    clerk_here = target.body_id is not None and (target.body_id, Role.CLERK) in subject.body_roles
    expected = not subject.anonymous and (
        subject.superuser
        or Role.ADMINISTRATOR in subject.authority_roles
        or Role.CLERK in subject.authority_roles
        or clerk_here
    )
    assert decision.allowed is expected
    if not expected:
        assert "SI 2012/2089" in decision.reason


def test_a_refusal_names_the_body():
    member = Subject(user_id=1, seats=frozenset({1}), chairs=frozenset({1}))
    refused = decide(member, "executive.record", Target(body_id=1, body_name="Cabinet"), on=DAY)
    assert not refused.allowed
    assert refused.reason.startswith("Only the clerks of the Cabinet and administrators")
