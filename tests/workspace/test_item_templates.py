"""Item templates and several presenters in the agenda builder, through Django's test
client: plain form posts, each change audited, refusals named and what was typed kept."""

from __future__ import annotations

import pytest

from moot.governance.models import AuditEntry, Person
from moot.meetings import services as meeting_services
from moot.meetings.models import ItemTemplate
from tests.workspace.conftest import text, url

pytestmark = pytest.mark.django_db


def templates_url(body, *args) -> str:
    from django.urls import reverse

    name = "item_templates" if not args else args[0]
    return reverse(f"workspace:{name}", args=[body.slug, *args[1:]])


def entries(template, action, user):
    """This test's entries (the trail is append-only: browser tests commit theirs)."""
    return AuditEntry.objects.filter(
        action=action, object_id=str(template.pk), content_type__model="itemtemplate", user=user
    )


@pytest.fixture
def authority_clerk(example, django_user_model):
    from moot.access.services import role_grant
    from tests.accounts.support import enrol_totp

    user = django_user_model.objects.create_user(username="authority-clerk", password="x")
    role_grant(user=user, role="clerk", body=None)
    enrol_totp(user)
    return user


def test_a_clerk_adds_changes_and_removes_a_template_of_the_body(signed_in, example, clerk):
    response = signed_in.post(
        templates_url(example),
        {
            "title": "Better Care Fund quarterly return",
            "standing": "",
            "purpose": "<p>The quarter's return.</p><script>x()</script>",
            "presenter_role": "Director of Adult Social Care",
            "scope": "body",
        },
    )
    assert response.status_code == 302
    template = ItemTemplate.objects.get(title="Better Care Fund quarterly return")
    assert template.body == example and "<script>" not in template.purpose
    assert entries(template, "moot.item_template.added", clerk).get().user == clerk
    page = text(signed_in.get(templates_url(example)))
    assert "Better Care Fund quarterly return" in page and "Director of Adult Social Care" in page

    response = signed_in.post(
        templates_url(example, "item_template", template.pk),
        {
            "title": "Better Care Fund return",
            "standing": "",
            "purpose": template.purpose,
            "presenter_role": "Director of Adult Social Care",
        },
    )
    assert response.status_code == 302
    template.refresh_from_db()
    assert template.title == "Better Care Fund return"
    change = entries(template, "moot.item_template.changed", clerk).get()
    assert change.changes == {
        "title": {"old": "Better Care Fund quarterly return", "new": "Better Care Fund return"}
    }

    response = signed_in.post(templates_url(example, "item_template_remove", template.pk))
    assert response.status_code == 302
    assert not ItemTemplate.objects.filter(pk=template.pk).exists()
    assert entries(template, "moot.item_template.removed", clerk).exists()


def test_a_template_without_a_title_is_refused_keeping_what_was_typed(signed_in, example):
    response = signed_in.post(
        templates_url(example),
        {"title": "", "purpose": "Kept text", "presenter_role": "Chair", "scope": "body"},
    )
    assert response.status_code == 400
    page = text(response)
    assert "Error:" in page and "Kept text" in page and 'value="Chair"' in page
    assert not ItemTemplate.objects.exists()


def test_a_duplicate_title_is_refused_naming_the_template(signed_in, example):
    meeting_services.item_template_save(body=example, title="Pharmacy needs")
    response = signed_in.post(templates_url(example), {"title": "Pharmacy needs", "scope": "body"})
    assert response.status_code == 400
    assert "already an item template &#x27;Pharmacy needs&#x27;" in text(response)
    assert ItemTemplate.objects.filter(title="Pharmacy needs").count() == 1


def test_only_authority_wide_clerks_keep_templates_for_every_body(
    client, signed_in, example, authority_clerk
):
    # the body's clerk is not offered "every body", and a forged post is refused
    assert "Every body of the authority" not in text(signed_in.get(templates_url(example)))
    refused = signed_in.post(templates_url(example), {"title": "Everywhere", "scope": "authority"})
    assert refused.status_code == 400  # not a choice offered to them
    assert not ItemTemplate.objects.filter(title="Everywhere").exists()
    wide = meeting_services.item_template_save(body=None, title="Declarations reminder")
    assert signed_in.get(templates_url(example, "item_template", wide.pk)).status_code == 403
    assert (
        signed_in.post(templates_url(example, "item_template_remove", wide.pk)).status_code == 403
    )
    assert ItemTemplate.objects.filter(pk=wide.pk).exists()

    client.force_login(authority_clerk)
    response = client.post(templates_url(example), {"title": "Everywhere", "scope": "authority"})
    assert response.status_code == 302
    assert ItemTemplate.objects.get(title="Everywhere").body is None


def test_templates_are_not_reachable_by_others(client, example, django_user_model, settings):
    response = client.get(templates_url(example))
    assert response.status_code == 302 and response["Location"].startswith(settings.LOGIN_URL)
    member = django_user_model.objects.create_user(username="member", password="x")
    client.force_login(member)
    assert client.get(templates_url(example)).status_code == 403
    assert client.post(templates_url(example), {"title": "No", "scope": "body"}).status_code == 403
    assert not ItemTemplate.objects.exists()


def test_a_clerk_of_another_body_cannot_see_or_change_this_bodys_templates(
    client, example, django_user_model
):
    from moot.access.services import role_grant
    from tests.access.helpers import another_body_with_member
    from tests.accounts.support import enrol_totp

    template = meeting_services.item_template_save(body=example, title="Board only")
    other, _ = another_body_with_member()
    outsider = django_user_model.objects.create_user(username="other-clerk", password="x")
    role_grant(user=outsider, role="clerk", body=other)
    enrol_totp(outsider)
    client.force_login(outsider)
    assert client.get(templates_url(example)).status_code == 403
    # through their own body's address the template is not found
    assert client.get(templates_url(other, "item_template", template.pk)).status_code == 404
    assert client.post(templates_url(other, "item_template_remove", template.pk)).status_code == 404
    assert ItemTemplate.objects.filter(pk=template.pk).exists()


def test_an_item_is_added_from_a_template_with_the_presenter_chosen(signed_in, meeting):
    template = meeting_services.item_template_save(
        body=meeting.body,
        title="Pharmaceutical needs assessment",
        standing="",
        purpose="<p>The assessment's progress.</p>",
        presenter_role="Consultant in Public Health",
    )
    # choosing the template fills the form (nothing is saved by choosing)
    page = text(signed_in.get(url(meeting) + f"?template={template.pk}"))
    assert 'value="Pharmaceutical needs assessment"' in page
    assert 'value="Consultant in Public Health"' in page
    assert not meeting.items.filter(title="Pharmaceutical needs assessment").exists()
    person = Person.objects.order_by("pk").first()
    response = signed_in.post(
        url(meeting, "item_add"),
        {
            "title": "Pharmaceutical needs assessment",
            "purpose": "<p>The assessment's progress.</p>",
            "standing": "",
            "presenter": str(person.pk),
            "presenter_role": "Consultant in Public Health",
        },
    )
    assert response.status_code == 302
    item = meeting.items.get(title="Pharmaceutical needs assessment")
    assert not item.exempt and item.exempt_paragraph is None
    assert [(p.person, p.role) for p in item.presenters.all()] == [
        (person, "Consultant in Public Health")
    ]


def test_a_template_of_another_body_is_not_offered(signed_in, meeting):
    from tests.access.helpers import another_body_with_member

    other, _ = another_body_with_member()
    theirs = meeting_services.item_template_save(body=other, title="Scrutiny only")
    page = text(signed_in.get(url(meeting) + f"?template={theirs.pk}"))
    assert "Scrutiny only" not in page


def test_an_item_is_saved_as_a_template_without_its_exemption(signed_in, meeting, clerk):
    item = meeting_services.item_add(
        meeting=meeting,
        title="Care home contract",
        purpose="<p>Bids.</p>",
        exempt_paragraph=3,
        exempt_reason="Commercially confidential.",
        presenters=[(Person.objects.first(), "", "Director")],
    )
    response = signed_in.post(url(meeting, "item_save_as_template", item.pk), {"scope": "body"})
    assert response.status_code == 302
    template = ItemTemplate.objects.get(title="Care home contract")
    assert (template.body, template.purpose, template.presenter_role) == (
        meeting.body,
        "<p>Bids.</p>",
        "Director",
    )
    assert not hasattr(template, "exempt")
    assert entries(template, "moot.item_template.added", clerk).get().user == clerk
    again = signed_in.post(url(meeting, "item_save_as_template", item.pk), {"scope": "body"})
    assert again.status_code == 400 and "already an item template" in text(again)


# --- several presenters --------------------------------------------------------------------


def test_several_presenters_are_chosen_in_order_without_javascript(signed_in, meeting):
    first, second, third = Person.objects.order_by("pk")[:3]
    response = signed_in.post(
        url(meeting, "item_add"),
        {
            "title": "Joint health and wellbeing strategy",
            "presenter": str(second.pk),
            "presenter_role": "Chair",
            "presenter_2": str(first.pk),
            "presenter_role_2": "Lead officer",
            "presenter_3": "",
        },
    )
    assert response.status_code == 302
    item = meeting.items.get(title="Joint health and wellbeing strategy")
    assert [(p.person, p.role) for p in item.presenters.all()] == [
        (second, "Chair"),
        (first, "Lead officer"),
    ]
    # the item's form shows them in order with one more row, and a change is audited
    page = text(signed_in.get(url(meeting, "item", item.pk)))
    assert "Fourth presenter" not in page and "Third presenter" in page
    response = signed_in.post(
        url(meeting, "item", item.pk),
        {
            "title": item.title,
            "presenter": str(first.pk),
            "presenter_role": "Lead officer",
            "presenter_2": str(second.pk),
            "presenter_role_2": "Chair",
            "presenter_3": str(third.pk),
            "presenter_role_3": "",
        },
    )
    assert response.status_code == 302
    assert [p.person for p in item.presenters.all()] == [first, second, third]
    entry = AuditEntry.objects.filter(
        action="moot.agenda.item_changed", object_id=str(item.pk)
    ).latest("id")
    assert entry.changes["presenters"]["old"] == [
        f"{second.name}, Chair",
        f"{first.name}, Lead officer",
    ]
    assert entry.changes["presenters"]["new"][0] == f"{first.name}, Lead officer"


def test_the_same_presenter_twice_is_refused_keeping_what_was_typed(signed_in, meeting):
    first = Person.objects.order_by("pk").first()
    response = signed_in.post(
        url(meeting, "item_add"),
        {
            "title": "Twice",
            "presenter": str(first.pk),
            "presenter_2": str(first.pk),
            "presenter_role_2": "Typed role",
        },
    )
    assert response.status_code == 400
    page = text(response)
    assert "choose each presenter once" in page and 'value="Typed role"' in page
    assert not meeting.items.filter(title="Twice").exists()
