"""Exempt papers by direct address: only for whom the rule allows, every one logged; the
back office only for administrators."""

from __future__ import annotations

import pytest

from moot.access import services
from moot.access.models import ExemptDownload

pytestmark = pytest.mark.django_db

BOARD = "/bodies/health-and-wellbeing-board/meetings/2021-07-29/"
OTHER = "/bodies/scrutiny-commission/meetings/2021-07-29/"


def body_of(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("anonymous", False),
        ("member of another body", False),
        ("clerk of another body", False),
        ("report author", False),
        ("member", True),
        ("chair", True),
        ("clerk", True),
        ("exempt reader", True),
        ("administrator", True),
    ],
)
def test_an_exempt_document_by_direct_address(client, cast, role, allowed):
    user = cast.users[role]
    if role != "anonymous":
        client.force_login(user)
    url = f"{BOARD}documents/{cast.exempt_paper.pk}/"
    response = client.get(url)
    if not allowed:
        assert response.status_code == 404  # as if not there: its existence is not confirmed
        assert not ExemptDownload.objects.exists()
        return
    assert response.status_code == 200
    assert body_of(response)[:5] == b"%PDF-"
    assert response["Cache-Control"] == "private, no-store"
    assert "ETag" not in response
    logged = ExemptDownload.objects.get()
    assert (logged.user, logged.document, logged.meeting) == (user, cast.exempt_paper, cast.july)
    assert logged.kind == ExemptDownload.Kind.DOCUMENT
    assert logged.reason.startswith("Allowed: ")


def test_every_exempt_download_is_logged_and_public_ones_are_not(client, cast, settings, tmp_path):
    settings.DATA_DIR = tmp_path  # the members' pack is built in a private folder
    member = cast.users["member"]
    client.force_login(member)
    url = f"{BOARD}documents/{cast.exempt_paper.pk}/"
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200
    pack = client.get(BOARD + "members-pack.pdf")
    assert pack.status_code == 200
    downloads = list(ExemptDownload.objects.order_by("pk"))
    assert [d.kind for d in downloads] == ["document", "document", "members_pack"]
    assert {d.user for d in downloads} == {member}
    assert downloads[2].document is None and downloads[2].meeting == cast.july
    public = cast.july.documents.filter(exempt=False, item__exempt=False).exclude(file="").first()
    assert client.get(f"{BOARD}documents/{public.pk}/").status_code == 200
    assert ExemptDownload.objects.count() == 3


def test_a_document_given_under_s100f_downloads_for_that_person_only(client, cast):
    officer = cast.users["report author"]
    services.document_grant(
        user=officer, document=cast.exempt_paper, reason="Writing the follow-up report"
    )
    client.force_login(officer)
    assert client.get(f"{BOARD}documents/{cast.exempt_paper.pk}/").status_code == 200
    assert client.get(f"{OTHER}documents/{cast.other_exempt_paper.pk}/").status_code == 404
    assert ExemptDownload.objects.get().user == officer


def test_the_members_pack_is_refused_with_the_rule(client, cast):
    client.force_login(cast.users["member of another body"])
    response = client.get(BOARD + "members-pack.pdf")
    assert response.status_code == 403
    assert not ExemptDownload.objects.exists()


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("clerk", False),
        ("member", False),
        ("administrator", True),
    ],
)
def test_the_back_office_is_for_administrators_only(client, cast, role, allowed):
    user = cast.users[role]
    user.is_staff = True  # staff alone opens nothing: the access rule decides
    user.save()
    client.force_login(user)
    response = client.get("/admin/")
    fresh = type(user).objects.get(pk=user.pk)
    assert fresh.has_perm("meetings.change_meeting") is allowed
    if allowed:
        assert response.status_code == 200
        assert b"Meetings" in response.content  # a granted administrator sees the models
        assert client.get("/admin/meetings/meeting/").status_code == 200
    else:
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_an_administrator_revokes_a_role_in_the_back_office_through_the_service(client, cast):
    from moot.access.models import RoleGrant
    from moot.governance.models import AuditEntry

    grant = RoleGrant.objects.get(user=cast.users["clerk"], role="clerk")
    client.force_login(cast.users["administrator"])
    assert client.get("/admin/access/rolegrant/").status_code == 200
    assert client.get("/admin/access/rolegrant/add/").status_code == 403  # only the services
    response = client.post(
        "/admin/access/rolegrant/",
        {"action": "revoke", "_selected_action": [grant.pk]},
        follow=True,
    )
    assert response.status_code == 200
    grant.refresh_from_db()
    assert grant.revoked_by == cast.users["administrator"]
    entry = AuditEntry.objects.filter(action="moot.role.revoked", object_id=str(grant.pk)).get()
    assert entry.user.get_username() == "administrator"
