"""Every control's aria-describedby names elements that are on the page: its hint and its
error message as the templates id them (GOV.UK's "ID-hint ID-error"). Django 5.2 points a
field with help text at "ID_helptext", which no template renders: a screen reader would
then read neither the hint nor the error with the field."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from moot.access.services import role_grant
from tests.workspace.conftest import url

pytestmark = pytest.mark.django_db


class _References(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.described: list[tuple[str, str]] = []  # (control's id or name, id it names)

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        for named in (values.get("aria-describedby") or "").split():
            self.described.append((values.get("id") or values.get("name") or tag, named))


def missing_descriptions(html: str) -> list[tuple[str, str]]:
    """The (control, id) pairs whose id is on no element of the page."""
    found = _References()
    found.feed(html)
    return [(control, named) for control, named in found.described if named not in found.ids]


def described(response) -> list[tuple[str, str]]:
    html = response.content.decode()
    assert "aria-describedby" in html, "the page has no described control to check"
    return missing_descriptions(html)


@pytest.fixture
def administrator(client, django_user_model):
    from tests.accounts.support import enrol_totp

    user = django_user_model.objects.create_user(username="ds", email="ds@example.org")
    role_grant(user=user, role="clerk", body=None)
    enrol_totp(user)
    client.force_login(user)
    return client


def test_the_checker_finds_a_description_that_is_not_on_the_page():
    page = '<input id="a" aria-describedby="a-hint a_helptext"><div id="a-hint"></div>'
    assert missing_descriptions(page) == [("a", "a_helptext")]


@pytest.mark.parametrize("path", ["/clerk/bodies/new/", "/clerk/bodies/{slug}/terms/new/"])
def test_body_set_up_forms_describe_their_fields_with_their_hints_and_errors(
    administrator, example, path
):
    page = path.format(slug=example.slug)
    assert described(administrator.get(page)) == []
    refused = administrator.post(page, {"name": "", "version": "", "section_1_cap": "-3"})
    assert refused.status_code in (200, 400)
    assert 'class="govuk-error-message"' in refused.content.decode()
    assert described(refused) == []


def test_the_meeting_form_describes_its_fields(signed_in, example, today):
    page = f"/clerk/bodies/{example.slug}/meetings/new/"
    assert described(signed_in.get(page)) == []
    refused = signed_in.post(page, {"date": "2020-01-01", "start": "09:30"})
    assert 'class="govuk-error-message"' in refused.content.decode()
    assert described(refused) == []


def test_the_item_form_describes_its_fields(signed_in, meeting):
    item = meeting.items.order_by("order").first()
    page = url(meeting, "item", item.pk)
    assert described(signed_in.get(page)) == []
    refused = signed_in.post(page, {"title": ""})
    assert described(refused) == []
