"""Welsh and English (issue 18): the reader's language switch and its cache separation,
the Welsh text of notices, decision records and agendas on pages and in JSON, publication
refused while Welsh text is missing, exempt information withheld in Welsh too, and an
English authority unchanged.

The Welsh authority is the bundled (fictional) Wrenfield executive example with its nation
set to Wales and Welsh language standards switched on.
"""

from datetime import date, datetime, time

import pytest
from django.core.cache import cache

from moot.executive import services
from moot.executive.models import ExecutiveDecision
from moot.governance import welsh
from moot.governance.models import AuditEntry, Authority
from moot.meetings import services as meeting_services
from tests.executive.conftest import LONDON, clerk_of, notice_values

pytestmark = pytest.mark.django_db

LIBRARY = "Changes to library opening hours"
WELSH_TITLE = "Newidiadau i oriau agor llyfrgelloedd"
WELSH_CABINET = "Cabinet Wrenfield"


@pytest.fixture
def wales(executive):
    """The executive example, its authority made a Welsh one bound by the standards, with
    Welsh text for the library decision and the cabinet's name."""
    decision = executive[LIBRARY]
    authority = Authority.objects.get()
    services.authority_apply_nation(authority=authority, nation="wales")
    authority.welsh_language_standards = True
    authority.save()
    welsh.welsh_set(
        decision,
        {
            "title": WELSH_TITLE,
            "decision": "Cymeradwyo'r oriau agor newydd.",
            "reasons": "Arbed arian.",
            "alternatives": "Dim.",
        },
    )
    welsh.welsh_set(decision.body, {"name": WELSH_CABINET})
    cache.clear()
    return decision


def test_reader_chooses_welsh_by_address_keeps_it_in_a_cookie_and_copies_never_cross(client, wales):
    path = f"/decisions/{wales.pk}/"
    english = client.get(path)
    html = english.content.decode()
    assert english["X-Moot-Cache"] == "miss" and '<html lang="en-GB"' in html
    assert wales.title in html and WELSH_TITLE not in html
    assert f'href="{path}?lang=cy"' in html and ">Cymraeg</a>" in html  # the switch
    assert english["Content-Language"] == "en" and "Cookie" in english["Vary"]

    welsh_page = client.get(path + "?lang=cy")
    text = welsh_page.content.decode()
    assert '<html lang="cy"' in text and WELSH_TITLE in text
    assert ">Hafan</a>" in text and "Neidio i'r prif gynnwys" in text  # interface words
    assert "Mawrth 2026" in text  # Welsh month names in dates
    assert welsh_page.cookies["moot_language"].value == "cy"

    # the cookie now chooses Welsh at the plain address: not the cached English copy
    kept = client.get(path)
    assert kept["X-Moot-Cache"] == "miss" and WELSH_TITLE in kept.content.decode()
    assert kept["Content-Language"] == "cy"
    again = client.get(path)
    assert again["X-Moot-Cache"] == "hit" and WELSH_TITLE in again.content.decode()

    # a reader with no choice gets the cached English copy, never the Welsh one
    client.cookies.clear()
    plain = client.get(path)
    assert plain["X-Moot-Cache"] == "hit" and WELSH_TITLE not in plain.content.decode()
    assert '<html lang="en-GB"' in plain.content.decode()

    # and the address wins over the cookie, both ways
    client.cookies["moot_language"] = "cy"
    assert WELSH_TITLE not in client.get(path + "?lang=en").content.decode()


def test_json_twin_carries_both_languages(client, wales):
    data = client.get(f"/decisions/{wales.pk}/?format=json&lang=cy").json()
    assert data["title"] == wales.title  # the English stays in its field
    assert data["cy"]["title"] == WELSH_TITLE and data["cy"]["body_name"] == WELSH_CABINET
    notice = client.get(f"/forward-plan/notices/{wales.notice_id}/?format=json").json()
    assert notice["matter"] == LIBRARY and notice["cy"] == {"body_name": WELSH_CABINET}


def test_exempt_information_never_has_welsh_text_nor_shows_in_welsh(client, wales):
    ExecutiveDecision.objects.filter(pk=wales.pk).update(
        exempt_paragraph=3, exempt_details="Tender prices from Acme Ltd"
    )
    with pytest.raises(ValueError, match="exempt_details"):
        welsh.welsh_set(wales, {"exempt_details": "Prisiau tendr Acme Cyf"})
    cache.clear()
    for query in ("?lang=cy", "?lang=cy&format=json"):
        text = client.get(f"/decisions/{wales.pk}/{query}").content.decode()
        assert "Acme" not in text and "Tender prices" not in text
    # a draft notice's Welsh text is not published with it
    draft = services.notice_create(body=wales.body, **notice_values(matter="Secret draft"))
    welsh.welsh_set(draft, {"matter": "Drafft cyfrinachol"})
    plan = client.get("/forward-plan/?lang=cy").content.decode()
    assert "Drafft cyfrinachol" not in plan and "Secret draft" not in plan
    assert client.get(f"/forward-plan/notices/{draft.pk}/?lang=cy").status_code == 404


def test_meeting_page_shows_welsh_body_name_and_item_titles(client, wales, example):
    meeting = example.meetings.filter(items__isnull=False).distinct().order_by("date").first()
    items = list(meeting.items.order_by("order"))
    welsh.welsh_set(example, {"name": "Bwrdd Iechyd a Llesiant"})
    welsh.welsh_set(items[0], {"title": "Croeso ac ymddiheuriadau"})
    cache.clear()
    path = meeting.get_absolute_url()
    text = client.get(path + "?lang=cy").content.decode()
    assert "Bwrdd Iechyd a Llesiant" in text and "Croeso ac ymddiheuriadau" in text
    assert "Agenda a chofnodion" in text
    english = client.get(path + "?lang=en").content.decode()
    assert "Croeso ac ymddiheuriadau" not in english and items[0].title in english
    data = client.get(path + "?format=json").json()
    assert data["cy"]["body_name"] == "Bwrdd Iechyd a Llesiant"
    assert data["cy"]["agenda"][0] == {"title": "Croeso ac ymddiheuriadau"}
    assert data["event"]["agenda"][0]["description"] == items[0].title
    assert "cy" not in data["event"]  # the record is the API's, unchanged


def test_notice_publication_is_refused_naming_the_missing_welsh(client, django_user_model, wales):
    notice = services.notice_create(body=wales.body, **notice_values())
    with pytest.raises(services.ExecutiveError) as refused:
        services.notice_publish(notice=notice, on=date(2027, 1, 4))
    message = refused.value.errors["welsh"]
    assert "'The matter to be decided'" in message and "'Why it is a key decision'" in message
    assert "'Summary'" not in message  # empty in English: no Welsh needed

    client.force_login(clerk_of(django_user_model, wales.body))
    form = client.get(f"/clerk/executive/notices/{notice.pk}/").content.decode()
    assert 'name="notice-matter_cy"' in form and 'lang="cy"' in form
    response = client.post(f"/clerk/executive/notices/{notice.pk}/publish/")
    assert response.status_code == 400
    assert "The matter to be decided" in response.content.decode()
    notice.refresh_from_db()
    assert notice.status == "draft"

    services.notice_change(
        notice=notice, welsh={"matter": "Gwerthu'r hen ddepo", "key_reason": "Derbyniad cyfalaf."}
    )
    assert client.post(f"/clerk/executive/notices/{notice.pk}/publish/").status_code == 302
    notice.refresh_from_db()
    assert notice.status == "published"
    assert AuditEntry.objects.filter(action="moot.welsh.changed", object_id=str(notice.pk)).exists()


def test_decision_record_is_refused_without_its_welsh_text(wales):
    values = {
        "title": "Close the depot",
        "decision": "Close it.",
        "decided_on": date(2027, 1, 4),
        "reasons": "Costs.",
        "alternatives": "None.",
        "maker": "Cabinet",
        "body": wales.body,
        "published_at": datetime(2027, 1, 4, 12, tzinfo=LONDON),
    }
    with pytest.raises(services.ExecutiveError) as refused:
        services.decision_record(**values, welsh={"title": "Cau'r depo"})
    assert "'The decision'" in refused.value.errors["welsh"]
    assert "'Title'" not in refused.value.errors["welsh"]
    full = {
        "title": "Cau'r depo",
        "decision": "Ei gau.",
        "reasons": "Costau.",
        "alternatives": "Dim.",
    }
    record = services.decision_record(**values, welsh=full)
    assert welsh.welsh_for(record) == full


def test_agenda_publication_is_refused_until_the_welsh_titles_are_given(
    client, django_user_model, wales
):
    body = wales.body
    meeting = meeting_services.meeting_create(
        body=body, day=date(2030, 6, 5), at=time(18), standing_items=False
    )
    item = meeting_services.item_add(meeting=meeting, title="Budget")
    with pytest.raises(meeting_services.MeetingError) as refused:
        meeting_services.agenda_publish(meeting=meeting, announce=False)
    assert "'Title (item 1)'" in str(refused.value)
    assert "Name (the body)" not in str(refused.value)  # the cabinet has its Welsh name

    clerk = clerk_of(django_user_model, body)
    client.force_login(clerk)
    builder = client.get(f"/clerk/meetings/{body.slug}/{meeting.date_slug}/")
    screen = f"/clerk/executive/meetings/{body.slug}/{meeting.date_slug}/welsh/"
    assert screen in builder.content.decode()  # reachable from the agenda builder
    page = client.get(screen).content.decode()
    assert "Title (item 1)" in page and 'name="cy-item_' in page
    response = client.post(
        screen, {"cy-body_name": WELSH_CABINET, f"cy-item_{item.pk}": "Cyllideb"}
    )
    assert response.status_code == 302
    assert welsh.welsh_for(item) == {"title": "Cyllideb"}
    published = meeting_services.agenda_publish(meeting=meeting, announce=False)
    assert published.status == "agenda_published"


def test_an_english_authority_is_unchanged(client, django_user_model, executive):
    decision = executive[LIBRARY]
    text = client.get(f"/decisions/{decision.pk}/?lang=cy")
    html = text.content.decode()
    assert '<html lang="en-GB"' in html and "Cymraeg" not in html and "Hafan" not in html
    assert "moot_language" not in text.cookies and not text.has_header("Content-Language")
    client.force_login(clerk_of(django_user_model, decision.body))
    form = client.get("/clerk/executive/notices/new/").content.decode()
    assert "_cy" not in form and "Welsh" not in form
    meeting = meeting_services.meeting_create(
        body=decision.body, day=date(2030, 6, 5), at=time(18), standing_items=False
    )
    meeting_services.item_add(meeting=meeting, title="Budget")
    assert meeting_services.agenda_publish(meeting=meeting, announce=False).status == (
        "agenda_published"
    )
