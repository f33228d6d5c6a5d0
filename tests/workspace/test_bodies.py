"""Setting up bodies from their terms of reference in the workspace (/clerk/bodies/): each
screen, validation that names the field and keeps what was typed, refusals for a role
without ``bodies.manage``, the audit entries written, the seat cap refused, and the public
body page showing what was set up."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest
from django.urls import reverse

from moot.access.services import role_grant
from moot.governance.models import (
    AuditEntry,
    Body,
    Membership,
    MembershipSection,
    Person,
    TermsOfReference,
)
from tests.workspace.conftest import text as folded

pytestmark = pytest.mark.django_db

TODAY = date(2026, 1, 5)


def text(response) -> str:
    """The page's text, white space folded and entities read (an apostrophe is &#x27;)."""
    return html.unescape(folded(response))


@pytest.fixture(autouse=True)
def today_is(monkeypatch):
    """The workspace's and the public site's day: Monday 5 January 2026."""
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: TODAY)
    monkeypatch.setattr("moot.portal.selectors.today", lambda: TODAY)


@pytest.fixture
def democratic_services(django_user_model):
    """A clerk of every body (the role granted on the whole authority), with TOTP."""
    from tests.accounts.support import enrol_totp

    user = django_user_model.objects.create_user(username="ds", email="ds@example.org")
    role_grant(user=user, role="clerk", body=None)
    enrol_totp(user)
    return user


@pytest.fixture
def manager(client, democratic_services):
    client.force_login(democratic_services)
    return client


def terms_post(**overrides) -> dict:
    data = {
        "version": "1.0",
        "approved_on": "2025-12-01",
        "approved_by": "Full Council",
        "in_force_from": "2026-01-01",
        "quorum_minimum": "",
        "quorum_fraction": "1/3",
        "quorum_floor": "3",
        "decision_method": "consensus_then_majority",
        "chair_casting_vote": "on",
        "minimum_meetings_per_year": "4",
        "standing_items": "Apologies for absence\n\nDeclarations of interest\n",
        "section_1_name": "Elected members",
        "section_1_cap": "2",
        "section_1_voting": "on",
        "section_2_name": "Officers",
        "section_2_cap": "1",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


@pytest.fixture
def panel(manager):
    """A body set up through the screens, with version 1.0 of its terms."""
    response = manager.post(
        reverse("workspace:body_new"),
        {
            "name": "Community Safety Panel",
            "slug": "",
            "classification": "panel",
            "purpose": "Keeps the partnership's plan.",
            "default_venue": "Room 1, City Hall",
            "access_regime": "part_va",
        },
    )
    assert response.status_code == 302, text(response)
    body = Body.objects.get(slug="community-safety-panel")
    response = manager.post(reverse("workspace:body_terms_new", args=[body.slug]), terms_post())
    assert response.status_code == 302, text(response)
    return body


def appoint(client, body, **fields):
    section = MembershipSection.objects.get(
        terms_of_reference__body=body, name=fields.pop("section", "Elected members")
    )
    data = {
        "section": str(section.pk),
        "person_name": "",
        "new_name": "",
        "role": "member",
        "title": "",
        "start_date": "2026-01-05",
    }
    data.update(fields)
    return client.post(reverse("workspace:body_appoint", args=[body.slug]), data)


def test_the_list_shows_each_body_and_the_terms_in_force(manager, example):
    response = manager.get(reverse("workspace:bodies"))
    assert response.status_code == 200
    page = text(response)
    terms = TermsOfReference.objects.filter(body=example).order_by("-in_force_from").first()
    assert example.name in page
    assert f"Version {terms.version}, from" in page
    assert reverse("workspace:body_setup", args=[example.slug]) in page


def test_setting_up_a_body_makes_its_slug_and_logs_it(manager, panel, democratic_services):
    assert panel.name == "Community Safety Panel"
    assert panel.classification == "panel"
    assert panel.default_venue == "Room 1, City Hall"
    entry = AuditEntry.objects.get(action="moot.body.created", object_id=str(panel.pk))
    assert entry.user == democratic_services


def test_a_taken_slug_is_refused_beside_the_field_keeping_what_was_typed(manager, example):
    response = manager.post(
        reverse("workspace:body_new"),
        {
            "name": "A second board",
            "slug": example.slug,
            "classification": "board",
            "purpose": "Typed with care.",
            "default_venue": "",
            "access_regime": "part_va",
        },
    )
    assert response.status_code == 400
    page = text(response)
    assert f"The address name '{example.slug}' is already used by {example.name}" in page
    assert 'id="id_slug-error"' in page
    assert "Typed with care." in page and 'value="A second board"' in page
    assert Body.objects.filter(name="A second board").count() == 0


def test_a_malformed_slug_and_a_missing_name_are_named(manager):
    response = manager.post(
        reverse("workspace:body_new"),
        {"name": "", "slug": "Not A Slug!", "classification": "board", "access_regime": "part_va"},
    )
    assert response.status_code == 400
    page = text(response)
    assert 'id="id_name-error"' in page
    assert 'value="Not A Slug!"' in page


def test_terms_are_recorded_with_their_sections_and_audited(panel, democratic_services):
    terms = TermsOfReference.objects.get(body=panel)
    assert (terms.version, terms.in_force_from, terms.in_force_to) == (
        "1.0",
        date(2026, 1, 1),
        None,
    )
    assert (terms.quorum_fraction_numerator, terms.quorum_fraction_denominator) == (1, 3)
    assert terms.quorum_floor == 3 and terms.quorum_minimum == 0
    assert terms.minimum_meetings_per_year == 4 and terms.chair_casting_vote
    assert terms.standing_items == ["Apologies for absence", "Declarations of interest"]
    sections = [(s.name, s.cap, s.voting, s.order) for s in terms.sections.all()]
    assert sections == [("Elected members", 2, True, 1), ("Officers", 1, False, 2)]
    actions = set(
        AuditEntry.objects.filter(user=democratic_services).values_list("action", flat=True)
    )
    assert {"moot.terms_of_reference.created", "moot.membershipsection.created"} <= actions


def test_a_new_version_ends_the_previous_one_the_day_before(manager, panel):
    response = manager.get(reverse("workspace:body_terms_new", args=[panel.slug]))
    assert 'value="Elected members"' in text(response)  # filled from version 1.0
    response = manager.post(
        reverse("workspace:body_terms_new", args=[panel.slug]),
        terms_post(version="2.0", in_force_from="2026-06-01", approved_on="2026-05-20"),
    )
    assert response.status_code == 302, text(response)
    first = TermsOfReference.objects.get(body=panel, version="1.0")
    assert first.in_force_to == date(2026, 5, 31)
    assert AuditEntry.objects.filter(
        action="moot.terms_of_reference.superseded", object_id=str(first.pk)
    ).exists()


def test_a_new_version_carries_the_members_over_to_sections_of_the_same_name(
    manager, client, panel
):
    appoint(manager, panel, new_name="Cllr Carried Chair", role="chair")
    appoint(manager, panel, new_name="Officer Left Behind", section="Officers")
    response = manager.post(
        reverse("workspace:body_terms_new", args=[panel.slug]),
        terms_post(
            version="2.0",
            in_force_from="2026-06-01",
            approved_on="",
            carry_members="on",
            section_2_name="Partners",
        ),
    )
    assert response.status_code == 302, text(response)
    chair = Membership.objects.filter(person__name="Cllr Carried Chair").order_by("start_date")
    assert [
        (m.seat.section.terms_of_reference.version, m.start_date, m.end_date) for m in chair
    ] == [
        ("1.0", TODAY, date(2026, 5, 31)),
        ("2.0", date(2026, 6, 1), None),
    ]
    assert chair[1].role == "chair"
    carried_seat = AuditEntry.objects.filter(
        action="moot.seat.created", object_id=str(chair[1].seat_id)
    )
    assert carried_seat.count() == 1  # the carried seat is logged once, by seat_create
    left = Membership.objects.get(person__name="Officer Left Behind")
    assert left.seat.section.terms_of_reference.version == "1.0" and left.end_date is None


def test_carrying_more_members_than_a_new_cap_refuses_the_whole_version(manager, panel):
    appoint(manager, panel, new_name="Member One")
    appoint(manager, panel, new_name="Member Two")
    before = (Membership.objects.count(), AuditEntry.objects.count())
    response = manager.post(
        reverse("workspace:body_terms_new", args=[panel.slug]),
        terms_post(
            version="2.0", in_force_from="2026-06-01", carry_members="on", section_1_cap="1"
        ),
    )
    assert response.status_code == 400
    page = text(response)
    assert "Cannot carry Member Two over to Elected members" in page
    assert 'id="id_section_1_cap-error"' in page
    assert (Membership.objects.count(), AuditEntry.objects.count()) == before
    assert TermsOfReference.objects.filter(body=panel).count() == 1
    assert TermsOfReference.objects.get(body=panel).in_force_to is None


def test_a_version_starting_before_the_latest_is_refused(manager, panel):
    response = manager.post(
        reverse("workspace:body_terms_new", args=[panel.slug]),
        terms_post(version="0.9", in_force_from="2025-06-01", approved_on=""),
    )
    assert response.status_code == 400
    page = text(response)
    assert "Version 1.0 of Community Safety Panel's terms is in force from 1 January 2026" in page
    assert 'id="id_in_force_from-error"' in page
    assert TermsOfReference.objects.filter(body=panel).count() == 1


@pytest.mark.parametrize(
    ("overrides", "field", "phrase"),
    [
        ({"quorum_fraction": "4/3"}, "quorum_fraction", "is not a share of the membership"),
        ({"quorum_fraction": "a third"}, "quorum_fraction", "is not a fraction such as 1/3"),
        ({"quorum_fraction": "", "quorum_floor": ""}, "quorum_minimum", "Give the quorum"),
        ({"quorum_fraction": ""}, "quorum_floor", "applies only to a quorum that is a fraction"),
        ({"section_2_cap": "0"}, "section_2_cap", "Section 2 (Officers): the seat cap is 0"),
        ({"section_2_name": "elected MEMBERS"}, "section_2_name", "section 1 already has"),
        (
            {"section_1_name": "", "section_2_name": "", "section_1_cap": "", "section_2_cap": ""},
            None,
            "Give at least one membership section",
        ),
        ({"version": ""}, "version", "This field is required"),
    ],
)
def test_bad_terms_are_refused_naming_the_field_and_keeping_the_input(
    manager, example, overrides, field, phrase
):
    body = Body.objects.create(name="Test Forum", slug="test-forum")
    response = manager.post(
        reverse("workspace:body_terms_new", args=[body.slug]),
        terms_post(standing_items="Kept item\nAnother", **overrides),
    )
    assert response.status_code == 400
    page = text(response)
    assert phrase in page
    if field:
        assert f'id="id_{field}-error"' in page
    assert "Kept item\nAnother" in response.content.decode()
    assert 'value="Full Council"' in page
    assert not TermsOfReference.objects.filter(body=body).exists()


def test_appointing_people_fills_seats_up_to_the_cap_then_refuses(
    manager, panel, democratic_services
):
    existing = Person.objects.create(name="Cllr Ann Example", slug="ann-example")
    response = appoint(manager, panel, person_name="ann example", role="chair")
    assert response.status_code == 302, text(response)
    response = appoint(manager, panel, new_name="Cllr Bo New")
    assert response.status_code == 302, text(response)
    new_person = Person.objects.get(name="Cllr Bo New")
    assert AuditEntry.objects.filter(action="moot.person.created", object_id=str(new_person.pk))
    mine = AuditEntry.objects.filter(user=democratic_services)
    assert mine.filter(action="moot.membership.created").count() == 2
    assert mine.filter(action="moot.seat.created").count() == 2

    response = appoint(manager, panel, new_name="Cllr Over Cap")
    assert response.status_code == 400
    page = text(response)
    assert (
        "Cannot appoint Cllr Over Cap: Elected members is capped at 2 members and already has 2"
        in page
    )
    assert 'value="Cllr Over Cap"' in page
    assert not Person.objects.filter(name="Cllr Over Cap").exists()  # nothing written
    chair = Membership.objects.get(person=existing)
    assert chair.role == "chair" and chair.start_date == TODAY


def test_a_second_chair_and_a_missing_person_are_refused(manager, panel):
    assert appoint(manager, panel, new_name="First Chair", role="chair").status_code == 302
    response = appoint(manager, panel, new_name="Second Chair", role="chair")
    assert response.status_code == 400
    assert "First Chair is chair from 5 January 2026" in text(response)
    response = appoint(manager, panel)
    assert response.status_code == 400
    assert 'id="id_person_name-error"' in text(response)


def test_an_appointment_before_the_terms_is_refused(manager, panel):
    response = appoint(manager, panel, new_name="Early Bird", start_date="2025-12-01")
    assert response.status_code == 400
    assert "an appointment from 1 December 2025 falls outside it" in text(response)
    assert 'id="id_start_date-error"' in text(response)


def test_ending_a_membership_frees_the_seat_and_is_logged(manager, panel):
    appoint(manager, panel, new_name="Leaver One")
    appoint(manager, panel, new_name="Stayer Two")
    leaver = Membership.objects.get(person__name="Leaver One")
    url = reverse("workspace:body_membership_end", args=[panel.slug, leaver.pk])
    response = manager.post(url, {"end_date": "2025-01-01"})
    assert response.status_code == 400
    assert "is before Leaver One's membership began" in text(response)
    response = manager.post(url, {"end_date": "2026-03-31"})
    assert response.status_code == 302
    leaver.refresh_from_db()
    assert leaver.end_date == date(2026, 3, 31)
    assert AuditEntry.objects.filter(action="moot.membership.ended", object_id=str(leaver.pk))
    # from 1 April the section has a vacancy: the cap no longer refuses
    response = appoint(manager, panel, new_name="Joiner Three", start_date="2026-04-01")
    assert response.status_code == 302, text(response)
    joiner = Membership.objects.get(person__name="Joiner Three")
    assert joiner.seat_id == leaver.seat_id  # the vacant seat, not a new one


def test_the_set_up_page_shows_terms_and_members(manager, panel):
    appoint(manager, panel, new_name="Cllr Shown Here", role="vice_chair")
    response = manager.get(reverse("workspace:body_setup", args=[panel.slug]))
    assert response.status_code == 200
    page = text(response)
    assert "Version 1.0, in force today" in page
    assert "1/3 of the membership, rounded up and never fewer than 3 members" in page
    assert "<strong>Elected members</strong> (voting): 1 of 2 places filled, 1 vacancy." in page
    assert "Cllr Shown Here (vice-chair)" in page
    assert '<option value="member" selected>' in page  # nobody is made chair by default


def test_the_public_body_page_shows_the_new_terms_and_members(manager, client, panel):
    from django.core.cache import cache

    appoint(manager, panel, new_name="Cllr Public Face", role="chair")
    cache.clear()
    client.logout()
    response = client.get(reverse("portal:body", args=[panel.slug]))
    assert response.status_code == 200
    page = text(response)
    assert "Community Safety Panel" in page
    assert re.search(r"Version</dt>\s*<dd[^>]*>1\.0</dd>", page)
    assert "By Full Council" in page
    assert "At least 4 a municipal year" in page
    assert "Elected members" in page and "1 of 2 places filled, 1 vacancy" in page
    assert "Officers" in page and "These members do not vote." in page
    assert "Cllr Public Face" in page


@pytest.mark.parametrize(
    "name",
    ["workspace:bodies", "workspace:body_new"],
)
def test_a_clerk_of_one_body_is_refused_the_lists_and_forms(client, clerk, name):
    client.force_login(clerk)
    response = client.get(reverse(name))
    assert response.status_code == 403


def test_a_clerk_of_one_body_may_not_change_its_terms_or_members(client, clerk, example):
    client.force_login(clerk)
    for url in (
        reverse("workspace:body_setup", args=[example.slug]),
        reverse("workspace:body_terms_new", args=[example.slug]),
    ):
        assert client.get(url).status_code == 403
    before = TermsOfReference.objects.filter(body=example).count()
    response = client.post(
        reverse("workspace:body_terms_new", args=[example.slug]),
        terms_post(version="99", in_force_from="2030-01-01"),
    )
    assert response.status_code == 403
    assert TermsOfReference.objects.filter(body=example).count() == before
    section = MembershipSection.objects.filter(terms_of_reference__body=example).first()
    response = client.post(
        reverse("workspace:body_appoint", args=[example.slug]),
        {"section": section.pk, "new_name": "Sneaky", "role": "member", "start_date": "2026-01-05"},
    )
    assert response.status_code == 403
    assert not Person.objects.filter(name="Sneaky").exists()


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get(reverse("workspace:bodies"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_menu_shows_bodies_only_to_those_who_may_enter(client, manager, clerk):
    from tests.workspace.test_navigation import menu

    assert "Bodies" in menu(manager, reverse("workspace:bodies"))
    client.force_login(clerk)
    assert "Bodies" not in menu(client, reverse("workspace:dashboard"))


# --- quorum groups, the chair's fallback, the text (what the terms form now sets) -----------


def partnership_terms(**overrides) -> dict:
    """Terms whose quorum needs at least one councillor and one NHS member (ToR 5.1), and
    whose councillors chair in the chair's absence (ToR 5.4)."""
    fields = dict(
        quorum_fraction="",
        quorum_floor="",
        quorum_minimum="2",
        section_1_name="Councillors",
        section_1_cap="3",
        section_1_fallback="on",
        section_2_name="NHS members",
        section_2_cap="2",
        section_2_voting="on",
        group_1_name="Councillors",
        group_1_minimum="1",
        group_1_sections="Councillors",
        group_2_name="NHS members",
        group_2_minimum="",
        group_2_sections="NHS members\n",
        text="1. Membership. Three councillors and two NHS members.",
        source_note="Report to Full Council, 1 December 2025, minute 42.",
    )
    fields.update(overrides)
    return terms_post(**fields)


@pytest.fixture
def partnership(manager):
    response = manager.post(
        reverse("workspace:body_new"),
        {"name": "Health Partnership", "classification": "board", "access_regime": "part_va"},
    )
    assert response.status_code == 302, text(response)
    body = Body.objects.get(slug="health-partnership")
    response = manager.post(
        reverse("workspace:body_terms_new", args=[body.slug]), partnership_terms()
    )
    assert response.status_code == 302, text(response)
    return body


def test_quorum_groups_the_chairs_fallback_and_the_text_are_recorded(
    partnership, democratic_services
):
    terms = TermsOfReference.objects.get(body=partnership)
    groups = list(terms.quorum_groups.order_by("order"))
    assert [(g.name, g.minimum, [s.name for s in g.sections.all()]) for g in groups] == [
        ("Councillors", 1, ["Councillors"]),
        ("NHS members", 1, ["NHS members"]),
    ]
    assert [s.name for s in terms.chair_fallback_sections.all()] == ["Councillors"]
    assert terms.text.startswith("1. Membership.")
    assert terms.source_note.endswith("minute 42.")
    mine = AuditEntry.objects.filter(user=democratic_services)
    assert mine.filter(action="moot.quorum_group.created").count() == 2
    assert mine.get(action="moot.terms_of_reference.chair_fallback_set").data == {
        "sections": ["Councillors"]
    }


def test_a_meeting_of_a_body_set_up_on_the_screen_is_judged_by_its_quorum_groups(
    manager, partnership, capsys
):
    """The quorum the screen set is the one `moot quorum` judges by: two councillors are
    enough people (the minimum is 2) but not a quorum without an NHS member."""
    import json
    from datetime import time

    from moot import cli
    from moot.meetings import services as meeting_services

    for name, section in (
        ("Cllr One", "Councillors"),
        ("Cllr Two", "Councillors"),
        ("Dr Nhs", "NHS members"),
    ):
        assert appoint(manager, partnership, new_name=name, section=section).status_code == 302
    meeting = meeting_services.meeting_create(
        body=partnership, day=date(2026, 2, 2), at=time(14), recording_past=True
    )
    for name in ("Cllr One", "Cllr Two"):
        meeting_services.attendance_record(
            meeting=meeting, person=Person.objects.get(name=name), status="present"
        )

    def judged() -> dict:
        assert cli.main(["quorum", meeting.identifier, "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    verdict = judged()
    assert verdict["present_members"] == 2 and verdict["required"] == 2
    assert verdict["quorate"] is False
    assert {g["name"]: g["satisfied"] for g in verdict["groups"]} == {
        "Councillors": True,
        "NHS members": False,
    }
    meeting_services.attendance_record(
        meeting=meeting, person=Person.objects.get(name="Dr Nhs"), status="present"
    )
    verdict = judged()
    assert verdict["quorate"] is True
    assert {g["name"]: g["by"] for g in verdict["groups"]}["NHS members"] == ["Dr Nhs"]


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        (
            {"group_2_sections": "Nurses"},
            "group_2_sections",
            "Quorum group 2 (NHS members): 'Nurses' is not one of the terms' sections",
        ),
        (
            {"group_2_sections": ""},
            "group_2_sections",
            "name the sections or the organisations whose members count",
        ),
        ({"group_2_name": "councillors"}, "group_2_name", "group 1 already has this name"),
        (
            {"group_2_organisations": "No Such Trust"},
            "group_2_organisations",
            "there is no organisation 'No Such Trust' in the record",
        ),
        ({"group_1_minimum": "0"}, "group_1_minimum", "greater than or equal to 1"),
    ],
)
def test_bad_quorum_groups_are_refused_naming_the_group(
    manager, example, overrides, field, message
):
    body = Body.objects.create(name="Group Checks", slug="group-checks")
    response = manager.post(
        reverse("workspace:body_terms_new", args=[body.slug]), partnership_terms(**overrides)
    )
    assert response.status_code == 400
    page = text(response)
    assert message in page
    assert f'id="id_{field}-error"' in page
    assert 'value="NHS members"' in page  # what was typed is kept
    assert not TermsOfReference.objects.filter(body=body).exists()


def test_a_quorum_group_may_name_an_organisation_in_the_record(manager, example):
    from moot.governance.models import Organisation

    trust = Organisation.objects.create(name="City NHS Trust", slug="city-nhs-trust")
    body = Body.objects.create(name="Org Groups", slug="org-groups")
    response = manager.post(
        reverse("workspace:body_terms_new", args=[body.slug]),
        partnership_terms(group_2_sections="", group_2_organisations="city-nhs-trust"),
    )
    assert response.status_code == 302, text(response)
    group = TermsOfReference.objects.get(body=body).quorum_groups.get(name="NHS members")
    assert list(group.organisations.all()) == [trust] and not group.sections.exists()


def test_the_next_version_starts_from_the_groups_and_fallback_of_the_last(manager, partnership):
    response = manager.get(reverse("workspace:body_terms_new", args=[partnership.slug]))
    page = text(response)
    assert re.search(r'name="section_1_fallback"[^>]*checked', page)
    assert not re.search(r'name="section_2_fallback"[^>]*checked', page)
    assert 'name="group_2_name" value="NHS members"' in html.unescape(page)
    assert "1. Membership." not in page  # the text is the new version's own


def test_the_set_up_page_shows_the_groups_and_the_fallback(manager, partnership):
    page = text(manager.get(reverse("workspace:body_setup", args=[partnership.slug])))
    assert "At least 1 from Councillors: Councillors" in page
    assert "At least 1 from NHS members: NHS members" in page
    assert "A member of Councillors chairs" in page


# --- standing invitees ----------------------------------------------------------------------


def invite(client, body, **fields):
    data = {
        "invitee-person_name": "",
        "invitee-new_name": "",
        "invitee-title": "",
        "invitee-organisation": "",
        "invitee-start_date": "2026-01-05",
        "invitee-end_date": "",
    }
    data.update({f"invitee-{k}": v for k, v in fields.items()})
    return client.post(reverse("workspace:body_invitee_add", args=[body.slug]), data)


def test_a_standing_invitee_is_added_shown_publicly_and_ended(
    manager, client, panel, democratic_services
):
    from django.core.cache import cache

    from moot.governance.models import Organisation, StandingInvitee

    Organisation.objects.create(name="Healthwatch City", slug="healthwatch-city")
    response = invite(
        manager,
        panel,
        new_name="Ms Ivy Invited",
        title="Chief Executive",
        organisation="healthwatch city",
    )
    assert response.status_code == 302, text(response)
    invitee = StandingInvitee.objects.get(body=panel)
    assert invitee.person.name == "Ms Ivy Invited"
    assert invitee.organisation.name == "Healthwatch City"
    assert invitee.start_date == TODAY and invitee.end_date is None
    # the trail is append-only and shared: the browser tests' entries stay (committed)
    entry = AuditEntry.objects.get(action="moot.standing_invitee.added", object_id=invitee.pk)
    assert entry.user == democratic_services
    page = text(manager.get(reverse("workspace:body_setup", args=[panel.slug])))
    assert "Ms Ivy Invited" in page and "Chief Executive, Healthwatch City" in page

    cache.clear()
    client.logout()
    public = text(client.get(reverse("portal:body", args=[panel.slug])))
    assert "Ms Ivy Invited" in public

    client.force_login(democratic_services)
    response = client.post(
        reverse("workspace:body_invitee_end", args=[panel.slug, invitee.pk]),
        {"end_date": "2026-01-04"},
    )
    assert response.status_code == 400
    assert "is before Ms Ivy Invited's invitation began" in text(response)
    response = client.post(
        reverse("workspace:body_invitee_end", args=[panel.slug, invitee.pk]),
        {"end_date": "2026-03-31"},
    )
    assert response.status_code == 302
    invitee.refresh_from_db()
    assert invitee.end_date == date(2026, 3, 31)
    ended = AuditEntry.objects.filter(action="moot.standing_invitee.ended", object_id=invitee.pk)
    assert ended.count() == 1


def test_a_standing_invitee_is_refused_twice_and_with_an_unknown_organisation(manager, panel):
    from moot.governance.models import StandingInvitee

    Person.objects.create(name="Dr Once Only", slug="once-only")
    assert invite(manager, panel, person_name="Once Only").status_code == 302
    response = invite(manager, panel, person_name="Once Only", start_date="2026-02-01")
    assert response.status_code == 400
    assert "Dr Once Only is already a standing invitee of Community Safety Panel" in text(response)
    response = invite(manager, panel, new_name="Someone New", organisation="Nowhere Trust")
    assert response.status_code == 400
    assert "There is no organisation 'Nowhere Trust' in the record" in text(response)
    assert 'value="Someone New"' in text(response)
    assert StandingInvitee.objects.filter(body=panel).count() == 1
    assert not Person.objects.filter(name="Someone New").exists()


# --- finding the person to appoint by name ---------------------------------------------------


def test_a_name_matching_several_people_lists_them_to_choose_from(manager, panel):
    smiths = [
        Person.objects.create(name=f"Cllr {given} Smith", slug=f"{given.lower()}-smith")
        for given in ("Alex", "Sam", "Jo")
    ]
    Person.objects.create(name="Cllr Sam Jones", slug="sam-jones")
    response = appoint(manager, panel, person_name="smith")
    assert response.status_code == 400
    page = text(response)
    assert "3 people have 'smith' in their name: choose one of them." in page
    for person in smiths:
        assert f'value="{person.pk}"' in page
    assert "Sam Jones" not in page
    assert 'value="smith"' in page  # the search is kept
    assert not Membership.objects.filter(seat__section__terms_of_reference__body=panel).exists()

    chosen = smiths[1]
    response = appoint(manager, panel, person_name="smith", person=str(chosen.pk))
    assert response.status_code == 302, text(response)
    assert Membership.objects.get(seat__section__terms_of_reference__body=panel).person == chosen


def test_a_name_matching_one_person_or_an_alias_chooses_them(manager, panel):
    from moot.governance.models import PersonAlias

    person = Person.objects.create(name="Councillor Wren Okafor", slug="wren-okafor")
    PersonAlias.objects.create(person=person, name="Cllr W. Okafor")
    Person.objects.create(name="Councillor Wren Okaforson", slug="wren-okaforson")
    response = appoint(manager, panel, person_name="  Councillor   Wren Okafor ")
    assert response.status_code == 302, text(response)  # the exact name, of two matching
    membership = Membership.objects.get(person=person)
    membership.delete()
    response = appoint(manager, panel, person_name="w. okafor")
    assert response.status_code == 302, text(response)  # by the other spelling
    assert Membership.objects.filter(person=person).exists()


def test_a_name_matching_no_one_or_too_many_is_refused(manager, panel):
    from moot.workspace.bodies_forms import MATCH_LIMIT

    response = appoint(manager, panel, person_name="Nobody Atall")
    assert response.status_code == 400
    assert "No one in the record has 'Nobody Atall' in their name" in text(response)
    Person.objects.bulk_create(
        Person(name=f"Member {n:02d} Many", slug=f"member-{n}-many") for n in range(MATCH_LIMIT + 1)
    )
    response = appoint(manager, panel, person_name="many")
    assert response.status_code == 400
    assert f"More than {MATCH_LIMIT} people have 'many' in their name" in text(response)
    response = appoint(manager, panel, person_name="Member 01 Many", new_name="Also New")
    assert response.status_code == 400
    assert "not both" in text(response)


def test_the_appoint_form_does_not_list_everyone(manager, panel):
    Person.objects.create(name="Cllr Not Listed", slug="not-listed")
    page = text(manager.get(reverse("workspace:body_setup", args=[panel.slug])))
    assert "Cllr Not Listed" not in page
    assert 'name="person_name"' in page


# --- changing a body and a version's text ---------------------------------------------------


def body_post(**overrides) -> dict:
    data = {
        "name": "Community Safety Partnership",
        "slug": "community-safety-partnership",
        "classification": "board",
        "purpose": "Keeps the partnership's plan, and reviews it.",
        "default_venue": "Room 2, City Hall",
        "access_regime": "part_va",
    }
    data.update(overrides)
    return data


def test_a_body_without_meetings_may_change_its_details_and_address(
    manager, panel, democratic_services
):
    response = manager.get(reverse("workspace:body_edit", args=[panel.slug]))
    assert response.status_code == 200
    assert 'value="Room 1, City Hall"' in text(response)
    response = manager.post(reverse("workspace:body_edit", args=[panel.slug]), body_post())
    assert response.status_code == 302, text(response)
    panel.refresh_from_db()
    assert (panel.name, panel.slug, panel.classification) == (
        "Community Safety Partnership",
        "community-safety-partnership",
        "board",
    )
    entry = AuditEntry.objects.get(action="moot.body.changed", object_id=str(panel.pk))
    assert entry.user == democratic_services
    assert entry.changes["slug"] == {
        "old": "community-safety-panel",
        "new": "community-safety-partnership",
    }
    assert entry.changes["default_venue"]["new"] == "Room 2, City Hall"


def test_a_body_with_meetings_keeps_its_address_and_says_why(manager, example):
    response = manager.get(reverse("workspace:body_edit", args=[example.slug]))
    page = text(response)
    assert "The body has meetings, so its address name stays" in page
    assert re.search(r'name="slug"[^>]*disabled', page)
    response = manager.post(
        reverse("workspace:body_edit", args=[example.slug]),
        body_post(name=example.name, slug="a-new-address"),
    )
    assert response.status_code == 302, text(response)  # the posted slug is ignored
    example.refresh_from_db()
    assert example.slug == "health-and-wellbeing-board"
    assert example.purpose == "Keeps the partnership's plan, and reviews it."


def test_the_service_refuses_a_new_address_for_a_body_with_meetings(example):
    from moot.governance import services
    from moot.governance.terms import BodyDraft

    with pytest.raises(services.SetupRefused, match="its address name .* is fixed") as refused:
        services.body_update(body=example, draft=BodyDraft(name=example.name, slug="elsewhere"))
    assert refused.value.field == "slug"
    example.refresh_from_db()
    assert example.slug == "health-and-wellbeing-board"


def test_a_taken_address_and_a_bad_name_are_refused_when_changing(manager, panel, example):
    response = manager.post(
        reverse("workspace:body_edit", args=[panel.slug]), body_post(slug=example.slug)
    )
    assert response.status_code == 400
    assert f"The address name '{example.slug}' is already used by {example.name}" in text(response)
    response = manager.post(reverse("workspace:body_edit", args=[panel.slug]), body_post(name=""))
    assert response.status_code == 400
    assert 'id="id_name-error"' in text(response)
    panel.refresh_from_db()
    assert panel.name == "Community Safety Panel"


def test_a_versions_text_and_source_are_changed_and_logged(manager, panel, democratic_services):
    terms = TermsOfReference.objects.get(body=panel)
    url = reverse("workspace:body_terms_text", args=[panel.slug, terms.pk])
    assert manager.get(url).status_code == 200
    response = manager.post(url, {"text": "The full text.", "source_note": "Minute 7."})
    assert response.status_code == 302
    terms.refresh_from_db()
    assert (terms.text, terms.source_note) == ("The full text.", "Minute 7.")
    changed = AuditEntry.objects.filter(
        action="moot.terms_of_reference.text_changed", object_id=terms.pk
    )
    entry = changed.get()
    assert entry.user == democratic_services
    assert entry.changes["text"] == {"old": "", "new": "The full text."}
    manager.post(url, {"text": "The full text.", "source_note": "Minute 7."})
    assert changed.count() == 1


def test_a_clerk_of_one_body_may_not_change_it_or_its_invitees(client, clerk, example):
    client.force_login(clerk)
    terms = TermsOfReference.objects.filter(body=example).first()
    for url in (
        reverse("workspace:body_edit", args=[example.slug]),
        reverse("workspace:body_terms_text", args=[example.slug, terms.pk]),
    ):
        assert client.get(url).status_code == 403
        assert client.post(url, body_post()).status_code == 403
    response = client.post(
        reverse("workspace:body_invitee_add", args=[example.slug]),
        {"invitee-new_name": "Sneaky Invitee", "invitee-start_date": "2026-01-05"},
    )
    assert response.status_code == 403
    assert not Person.objects.filter(name="Sneaky Invitee").exists()
    example.refresh_from_db()
    assert example.name == "Health and Wellbeing Board"


# --- what appointing and inviting share --------------------------------------------------


def test_the_invitee_form_names_an_invitee_and_the_appoint_form_a_person(manager, panel):
    page = text(manager.get(reverse("workspace:body_setup", args=[panel.slug])))
    assert page.count("Person in the record (optional)") == 1
    assert page.count("Or a new person's name (optional)") == 1
    assert page.count("Invitee in the record (optional)") == 1
    assert page.count("Or a new invitee's name (optional)") == 1


@pytest.mark.parametrize("add", [appoint, invite])
def test_a_new_name_is_refused_when_blank_or_too_long_by_both_forms(manager, panel, add):
    prefix = "invitee-" if add is invite else ""
    response = add(manager, panel, new_name="   ")
    assert response.status_code == 400
    assert f'id="id_{prefix}person_name-error"' in text(response)
    assert "Enter the name of a person in the record, or a new person's name." in text(response)
    response = add(manager, panel, new_name="A" * 201)
    assert response.status_code == 400
    assert f'id="id_{prefix}new_name-error"' in text(response)
    assert not Person.objects.filter(name__startswith="AAA").exists()


def test_a_new_name_is_folded_and_refused_by_both_services_alike(panel):
    from moot.governance import services

    section = MembershipSection.objects.filter(terms_of_reference__body=panel).first()
    for add in (
        lambda **who: services.membership_appoint(section=section, start_date=TODAY, **who),
        lambda **who: services.standing_invitee_add(body=panel, start_date=TODAY, **who),
    ):
        with pytest.raises(services.SetupRefused) as refused:
            add(new_name=" \t ")
        assert (refused.value.field, str(refused.value)) == (
            "person",
            "Choose a person, or enter a new person's name.",
        )
        with pytest.raises(services.SetupRefused) as refused:
            add(new_name="B" * 201)
        assert refused.value.field == "new_name"
        assert str(refused.value) == "The new person's name is over 200 characters."
    member = services.membership_appoint(
        section=section, start_date=TODAY, new_name="  Cllr   Folded  Name "
    )
    invitee = services.standing_invitee_add(body=panel, start_date=TODAY, person=member.person)
    assert member.person.name == "Cllr Folded Name"
    assert invitee.person == member.person
    assert Person.objects.filter(name="Cllr Folded Name").count() == 1


def test_a_membership_or_invitation_ended_already_is_refused_beside_its_row(manager, panel):
    from moot.governance.models import StandingInvitee

    appoint(manager, panel, new_name="Ended Member")
    invite(manager, panel, new_name="Ended Invitee")
    membership = Membership.objects.get(person__name="Ended Member")
    invitee = StandingInvitee.objects.get(person__name="Ended Invitee")
    for name, row, words in (
        ("workspace:body_membership_end", membership, "membership"),
        ("workspace:body_invitee_end", invitee, "invitation"),
    ):
        url = reverse(name, args=[panel.slug, row.pk])
        assert manager.post(url, {"end_date": "2026-03-31"}).status_code == 302
        response = manager.post(url, {"end_date": "2026-04-30"})
        assert response.status_code == 400
        person = row.person.name
        assert f"{person}'s {words} already ended on 31 March 2026." in text(response)
        assert "govuk-form-group--error" not in text(response)  # the row's form is gone
