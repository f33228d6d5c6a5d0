"""Unknown addresses give a helpful 404; unreadable parameters a 400 that says which
field was wrong and the format expected."""

from __future__ import annotations

import re

import pytest
from django.http import Http404
from django.urls import include, path

from tests.portal.helpers import BODY, MARCH, visible_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "field", "expected"),
    [
        ("/decisions/?from=2021-13-45", "from", "YYYY-MM-DD"),
        ("/decisions/?to=yesterday", "to", "YYYY-MM-DD"),
        ("/decisions/?from=2021-07-01&to=2021-03-01", "to", "on or after the 'from' date"),
        ("/decisions/?page=0", "page", "a page number"),
        ("/decisions/?page=two", "page", "a page number"),
        ("/decisions/?page=%C2%B2", "page", "a page number"),
        ("/decisions/?page=99999999999999999999", "page", "a page number"),
        ("/decisions/?body=no-such-body", "body", "health-and-wellbeing-board"),
        ("/calendar/?month=abc", "month", "YYYY-MM"),
        ("/calendar/?month=2021-13", "month", "YYYY-MM"),
        ("/calendar/?view=year", "view", "'month', 'list'"),
        (BODY + "meetings/2021-99-99/", "date", "YYYY-MM-DD"),
        (BODY + "meetings/last-thursday/", "date", "YYYY-MM-DD"),
        (BODY + "meetings/2021-02-30/items/1/", "date", "YYYY-MM-DD"),
        (MARCH + "?format=xml", "format", "'html', 'json'"),
    ],
)
def test_malformed_input_is_a_400_naming_the_field(client, example, url, field, expected):
    response = client.get(url)
    assert response.status_code == 400
    text = visible_text(response.content.decode())
    assert "There is a problem with the address" in text
    assert f"The {field} given" in text
    assert expected in text


def test_json_twin_errors_are_json(client, example):
    response = client.get("/decisions/?from=2021-13-45&format=json")
    assert response.status_code == 400
    assert response.json() == {
        "error": {
            "field": "from",
            "value": "2021-13-45",
            "expected": "a date written YYYY-MM-DD, for example 2021-07-29",
        }
    }
    missing = client.get("/people/nobody/?format=json")
    assert missing.status_code == 404
    assert "nobody" in missing.json()["error"]["message"]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/no-such-page/", ""),
        ("/bodies/no-such-body/", "There is no committee or board called 'no-such-body'."),
        (BODY + "meetings/2030-01-03/", "has no meeting on Thursday 3 January 2030."),
        (MARCH + "items/99/", "has no item 99."),
        (MARCH + "items/99999999999999999999/", "has no item 99999999999999999999."),
        (BODY + "meetings/2021-10-28/items/1/", "has not been published yet"),
        ("/people/nobody/", "There is no person called 'nobody'"),
        ("/decisions/?page=9", "has 1 page for this search, not 9."),
    ],
)
def test_unknown_addresses_are_a_helpful_404(client, example, url, message):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert '<form action="/search/" method="get"' in html
    assert message in visible_text(html)
    assert html.count("<h1") == 1


def test_post_to_a_page_is_refused(client, example):
    assert client.post(MARCH).status_code == 405


def test_head_requests_are_answered(client, example):
    assert client.head(MARCH).status_code == 200


@pytest.mark.parametrize("url", ["/no-such-page/", "/bodies/no-such-body/", "/no/such/thing"])
def test_with_debug_on_an_unknown_address_shows_moots_404_page(client, example, settings, url):
    """MOOT_DEBUG=1 (make demo) shows what users will see, not Django's debug 404."""
    settings.DEBUG = True
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert '<form action="/search/" method="get"' in html
    assert "URLconf" not in html and "DEBUG = True" not in html


def _raises_http404(request):
    raise Http404("Nothing here.")


urlpatterns = [path("raises-404/", _raises_http404), path("", include("moot.urls"))]


@pytest.mark.urls(__name__)
def test_with_debug_on_a_view_raising_http404_shows_moots_404_page(client, settings):
    settings.DEBUG = True
    response = client.get("/raises-404/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert '<form action="/search/" method="get"' in html
    assert "Raised by:" not in html


def test_with_debug_on_a_missing_trailing_slash_still_redirects(client, example, settings):
    settings.DEBUG = True
    response = client.get("/bodies/health-and-wellbeing-board")
    assert response.status_code == 301
    assert response["Location"] == BODY


NUL_ADDRESSES = [
    "/api/v1/forward_plan?body=a%00b",
    "/api/v1/events?q=a%00b",
    "/api/v1/decisions?body=%00",
    "/decisions/?q=a%00b",
    "/decisions/?body=%00",
    "/search/?q=a%00b",
    "/search/?body=%00",
    "/forward-plan/?maker=%00",
    BODY + "?year=%00",
    "/calendar/?month=%00",
    MARCH + "?format=json&x%00=1",
]


@pytest.mark.parametrize("url", NUL_ADDRESSES)
def test_a_nul_character_in_the_address_is_a_400_naming_the_parameter(client, example, url):
    """PostgreSQL refuses a NUL in a query: without the guard these were server errors there
    (the API's schema test found the forward plan's)."""
    response = client.get(url)
    assert response.status_code == 400, url
    if "/api/" in url or "format=json" in url:
        error = response.json()["error"]
        assert error["expected"] == "text without NUL characters"
        assert "\x00" not in error["value"] and "\ufffd" in error["field"] + error["value"]
    else:
        text = visible_text(response.content.decode())
        assert "text without NUL characters" in text


def test_the_api_schema_says_its_text_parameters_take_no_nul(client, db):
    """So a schema-valid request is never refused (Schemathesis sent ``q=%00bj`` and was
    answered 400 while the schema allowed it)."""
    schema = client.get("/api/v1/openapi.json").json()
    texts = {}
    for address in ("/api/v1/events", "/api/v1/forward_plan", "/api/v1/decisions"):
        for param in schema["paths"][address]["get"]["parameters"]:
            if param["name"] in ("q", "body"):
                texts[(address, param["name"])] = param["schema"]
    assert texts, "the lists take q and body"
    for where, param_schema in texts.items():
        pattern = param_schema.get("pattern") or next(
            (p.get("pattern") for p in param_schema.get("anyOf", ()) if p.get("pattern")), None
        )
        assert pattern, where
        assert re.fullmatch(pattern, "plain words") and not re.fullmatch(pattern, "a\x00b"), where
