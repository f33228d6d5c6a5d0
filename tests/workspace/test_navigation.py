"""The workspace's menu links only to the sections the signed-in user may enter: each link
shown opens (200), each section left out refuses them (403), so nobody is sent to a
"Forbidden" page from the menu. Asked per role. Everyone signed in also has the public site,
their account and signing out; the section the page is in is marked."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from moot.access.services import role_grant
from moot.reports.models import SignOffStep

pytestmark = pytest.mark.django_db

LINKS = {
    "Dashboard": reverse("workspace:dashboard"),
    "Reports": reverse("workspace:reports"),
    "Sign-off": reverse("workspace:report_signoff"),
    "Executive decisions": reverse("executive_workspace:index"),
    "People and accounts": reverse("accounts_people:people"),
    "Bodies": reverse("workspace:bodies"),
}


EVERYONE = {"Public site"}


def menu(client, page: str) -> set[str]:
    """The names of the workspace menu's links on ``page``."""
    html = client.get(page).content.decode()
    nav = html.split('aria-label="Workspace menu"', 1)[1].split("</nav>", 1)[0]
    return (
        set(
            re.findall(
                r'class="govuk-service-navigation__link" href="[^"]*"[^>]*>(?:<strong[^>]*>)?([^<]+)<',
                nav,
            )
        )
        - EVERYONE
    )


@pytest.fixture
def person(django_user_model):
    def make(name: str):
        return django_user_model.objects.create_user(username=name, email=f"{name}@example.org")

    return make


def entered(client, names) -> None:
    for name in names:
        assert client.get(LINKS[name]).status_code == 200, name


def refused(client, names) -> None:
    for name in names:
        assert client.get(LINKS[name]).status_code == 403, name


def test_a_clerk_sees_the_dashboard_reports_and_executive_record_but_not_sign_off(
    client, clerk, today
):
    client.force_login(clerk)
    shown = menu(client, LINKS["Dashboard"])
    assert shown == {"Dashboard", "Reports", "Executive decisions"}
    entered(client, ["Dashboard", "Reports", "Executive decisions"])
    refused(client, ["People and accounts", "Bodies"])


def test_a_report_author_sees_only_reports(client, example, person, today):
    author = person("author")
    role_grant(user=author, role="report_author", body=example)
    client.force_login(author)
    assert menu(client, LINKS["Reports"]) == {"Reports"}
    refused(client, ["Dashboard", "Executive decisions"])


def test_a_signatory_sees_sign_off_only(client, example, person, today):
    officer = person("finance")
    step, _ = SignOffStep.objects.get_or_create(name="Finance")
    step.signatories.add(officer)
    client.force_login(officer)
    assert menu(client, LINKS["Sign-off"]) == {"Sign-off"}
    refused(client, ["Dashboard", "Reports", "Executive decisions", "People and accounts"])


def test_a_report_author_named_as_a_signatory_sees_both(client, example, person, today):
    author = person("lead")
    role_grant(user=author, role="report_author", body=example)
    SignOffStep.objects.get_or_create(name="Lead officer")[0].signatories.add(author)
    client.force_login(author)
    assert menu(client, LINKS["Reports"]) == {"Reports", "Sign-off"}


def test_a_reader_of_exempt_papers_sees_no_section(client, example, person, today):
    reader = person("monitoring")
    role_grant(user=reader, role="exempt_reader", body=example)
    client.force_login(reader)
    assert menu(client, LINKS["Sign-off"]) == set()
    refused(client, ["Dashboard", "Reports", "Executive decisions", "People and accounts"])


def test_an_administrator_sees_every_section_but_a_signatorys(client, example, today):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser(username="admin", email="a@example.org")
    from tests.accounts.support import enrol_totp

    enrol_totp(admin)
    client.force_login(admin)
    assert menu(client, LINKS["Dashboard"]) == {
        "Dashboard",
        "Reports",
        "Executive decisions",
        "People and accounts",
        "Bodies",
    }
    entered(
        client, ["Dashboard", "Reports", "Executive decisions", "People and accounts", "Bodies"]
    )


def _menu(html: str) -> str:
    return html.split('aria-label="Workspace menu"', 1)[1].split("</nav>", 1)[0]


def _current(client, page: str) -> list[tuple[str, str]]:
    """The menu's marked links on ``page``: (address, aria-current)."""
    menu_html = _menu(client.get(page).content.decode())
    return re.findall(r'href="([^"]+)" aria-current="([a-z]+)"', menu_html)


def test_the_menu_marks_the_section_the_page_is_in(client, example, person, meeting):
    """One mark at most: "page" on the section's own page, "true" on its other pages (a
    meeting's agenda is the dashboard's); sign-off is not marked as reports, nor a body's
    actions as the bodies' set-up."""
    from django.contrib.auth import get_user_model

    from tests.accounts.support import enrol_totp

    admin = get_user_model().objects.create_superuser(username="admin", email="a@example.org")
    enrol_totp(admin)
    SignOffStep.objects.get_or_create(name="Finance")[0].signatories.add(admin)
    client.force_login(admin)
    assert _current(client, "/clerk/") == [("/clerk/", "page")]
    agenda = f"/clerk/meetings/{example.slug}/{meeting.date_slug}/"
    assert _current(client, agenda) == [("/clerk/", "true")]
    assert _current(client, f"/clerk/bodies/{example.slug}/actions/") == [("/clerk/", "true")]
    assert _current(client, "/clerk/reports/") == [("/clerk/reports/", "page")]
    assert _current(client, "/clerk/reports/sign-off/") == [("/clerk/reports/sign-off/", "page")]
    assert _current(client, "/clerk/bodies/") == [("/clerk/bodies/", "page")]
    setup = f"/clerk/bodies/{example.slug}/set-up/"
    assert _current(client, setup) == [("/clerk/bodies/", "true")]


@pytest.mark.parametrize(
    "view_name, section",
    [
        ("workspace:dashboard", "dashboard"),
        ("workspace:item", "dashboard"),
        ("workspace:actions", "dashboard"),
        ("workspace:reports", "reports"),
        ("workspace:report_item", "reports"),
        ("workspace:report_signoff", "signoff"),
        ("workspace:report_decide", "signoff"),
        ("workspace:bodies", "bodies"),
        ("workspace:body_setup", "bodies"),
        ("executive_workspace:index", "executive"),
        ("accounts_people:people", "people"),
        ("portal:home", None),
    ],
)
def test_each_workspace_page_belongs_to_one_section(view_name, section):
    from moot.workspace.permissions import section_of

    assert section_of(view_name) == section


def _account(html: str) -> str:
    return html.split('aria-label="Your account"', 1)[1].split("</nav>", 1)[0]


def test_a_clerk_signs_out_from_the_header_with_a_csrf_protected_form(clerk):
    client = Client(enforce_csrf_checks=True)
    client.force_login(clerk)
    account = _account(client.get("/clerk/").content.decode())
    assert "Signed in as clerk@example.org" in account
    assert 'href="/accounts/password/change/"' in account and "Your account" in account
    form = re.search(r'<form method="post" action="([^"]+)"[^>]*>(.*?)</form>', account, re.S)
    assert form and "Sign out" in form.group(2)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.group(2)).group(1)
    assert client.post(form.group(1)).status_code == 403  # without the token: refused
    response = client.post(form.group(1), {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert client.get("/clerk/").status_code == 302  # signed out: back to the sign-in page
