"""`moot generate-fixture`: refusals, and a tiny record whose pages render and whose text
search finds."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moot import cli
from moot.examples.synthetic import MARKER, refusal

pytestmark = pytest.mark.django_db

TODAY = date(2026, 12, 1)


def moot(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--years", "1", "--bodies", "0"], "--bodies 0: a council has at least 1 body"),
        (["--years", "-2", "--bodies", "3"], "--years -2: the record must cover at least 1 year"),
        (["--years", "0", "--bodies", "3"], "--years 0: the record must cover at least 1 year"),
        (["--years", "1", "--bodies", "401"], "--bodies 401: more bodies than any council"),
    ],
)
def test_impossible_arguments_are_refused_with_a_sentence(capsys, argv, message):
    from moot.governance.models import Body

    before = Body.objects.count()
    code, out, err = moot(capsys, "generate-fixture", *argv, "--force", "--json")
    assert (code, out) == (1, "")
    assert err.startswith(f"moot generate-fixture: {message}")
    assert Body.objects.count() == before


def test_a_database_with_real_data_is_refused_unless_forced(capsys):
    """The test database holds the bundled example: real data."""
    from moot.governance.models import Body
    from moot.meetings.models import Meeting

    bodies, meetings = Body.objects.count(), Meeting.objects.count()
    code, out, err = moot(capsys, "generate-fixture", "--years", "1", "--bodies", "1")
    assert (code, out) == (1, "")
    assert f"already holds real data ({bodies} bodies, {meetings} meetings" in err
    assert "mixed into it" in err and "--force" in err
    assert Body.objects.count() == bodies  # nothing written
    code, out, err = moot(
        capsys, "generate-fixture", "--years", "1", "--bodies", "1", "--force", "--json"
    )
    assert code == 0, err
    assert Body.objects.count() == bodies + 1


@given(
    years=st.integers(-100, 100),
    bodies=st.integers(-100, 1000),
    real=st.integers(0, 5),
    force=st.booleans(),
)
def test_the_refusal_rule(years, bodies, real, force):
    reason = refusal(years, bodies, {"bodies": real}, force)
    possible = 1 <= years <= 50 and 1 <= bodies <= 400
    assert (reason is None) == (possible and (real == 0 or force))
    if not possible:
        assert reason.startswith("--bodies" if not 1 <= bodies <= 400 else "--years")


def test_a_tiny_record_renders_and_is_found(client, capsys, django_capture_on_commit_callbacks):
    from moot.documents.models import Document
    from moot.governance.models import AuditEntry, Body
    from moot.meetings.models import AgendaItem, Meeting, PersonVote

    with django_capture_on_commit_callbacks(execute=True):
        code, out, err = moot(
            capsys, "generate-fixture", "--years", "1", "--bodies", "2", "--seed", "7", "--force",
            "--json",
        )  # fmt: skip
    assert code == 0, err
    result = json.loads(out)
    assert result["created"]["bodies"] == 2 == Body.objects.filter(slug__startswith="fict").count()
    assert result["created"]["meetings"] == Meeting.objects.filter(source=MARKER).count() > 10
    generated = AgendaItem.objects.filter(meeting__source=MARKER)
    assert generated.count() == result["created"]["agenda items"] > 50
    assert PersonVote.objects.exists() and result["search_entries"] > 100
    assert AuditEntry.objects.filter(action="moot.fixture.generated").count() == 1
    meeting = (
        Meeting.objects.filter(
            source=MARKER, status=Meeting.Status.MINUTES_APPROVED, items__exempt=True
        )
        .order_by("date", "pk")
        .first()
    )
    response = client.get(meeting.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    item = meeting.items.get(order=3)
    assert item.title in html and "That the" in html and meeting.body.name in html
    exempt = meeting.items.get(exempt=True)
    exempt_text = Document.objects.get(item=exempt, kind="report").text
    assert exempt_text.split(".")[0] not in html  # exempt reports stay out
    assert client.get(meeting.body.get_absolute_url()).status_code == 200
    # each report has a reference no other holds: search finds it, and links its item
    document = Document.objects.get(item=item, kind="report")
    reference = document.text.split()[2].rstrip(".")
    found = client.get("/search/", {"q": reference})
    assert found.status_code == 200
    assert item.get_absolute_url() in found.content.decode()
    hidden = client.get("/search/", {"q": exempt_text.split()[2].rstrip(".")})
    assert exempt.get_absolute_url() + "#" not in hidden.content.decode()


def test_the_same_seed_gives_the_same_record(capsys):
    from moot.examples.synthetic import generate
    from moot.governance.models import Body
    from moot.meetings.models import AgendaItem

    generate(years=1, bodies=1, seed=3, today=TODAY, force=True)
    first = list(
        AgendaItem.objects.filter(meeting__body=Body.objects.order_by("-pk")[0])
        .order_by("pk")
        .values_list("title", "minutes")
    )

    generate(years=1, bodies=1, seed=3, today=TODAY, force=True)
    second = list(
        AgendaItem.objects.filter(meeting__body=Body.objects.order_by("-pk")[0])
        .order_by("pk")
        .values_list("title", "minutes")
    )
    assert first == second and len(first) > 20
