"""The API's page addresses (``serialise.Uris.for_request``) are Django's
``request.build_absolute_uri`` to the byte, whatever the path."""

from __future__ import annotations

import pytest
from django.test import RequestFactory, override_settings
from hypothesis import given, settings
from hypothesis import strategies as st

from moot.api.serialise import Uris

PATH_PARTS = st.sampled_from(["/", ".", "..", "/./", "/../", "//", "#", "%", "a", "Z", "9", "-"])
PATHS = st.one_of(
    st.lists(PATH_PARTS, max_size=12).map("".join),
    st.text(max_size=20),
    st.text(max_size=20).map(lambda tail: "/" + tail),
)


@override_settings(ALLOWED_HOSTS=["testserver", "example.org", "xn--bcher-kva.example"])
@settings(deadline=None, max_examples=400)
@given(
    path=PATHS,
    host=st.sampled_from(["testserver", "example.org:8443", "xn--bcher-kva.example"]),
    secure=st.booleans(),
)
def test_a_page_address_is_build_absolute_uri_to_the_byte(path, host, secure):
    request = RequestFactory().get("/api/v1/events", HTTP_HOST=host, secure=secure)
    assert Uris.for_request(request).page(path) == (
        request.build_absolute_uri(path) if path else None
    )


def test_an_item_address_is_the_site_and_the_path():
    request = RequestFactory().get("/api/v1/events")
    path = "/bodies/health-and-wellbeing-board/meetings/2021-03-25-2/items/22/#document-text-5"
    assert Uris.for_request(request).page(path) == "http://testserver" + path


@pytest.mark.django_db
@pytest.mark.parametrize(
    "value",
    [
        "0306-07-27T17:47:48+22:12",
        "2021-03-25T14:00:00-23:59",
        "0001-01-01T00:00:00+01:00",
        "0001-01-01T08:28:00+22:07",
        "9999-12-31T23:00:00-23:59",
    ],
)
def test_a_time_with_any_iso_offset_is_read_never_refused_nor_a_server_error(
    client, example, value
):
    """ISO 8601 allows offsets up to 23:59, PostgreSQL up to 15:59: the time is read in UTC
    (the schema test found the server error on PostgreSQL). A time that falls before year 1
    in UTC asks for everything, one after 9999 for nothing: the schema allows both, so
    neither is refused (the schema test found the 400)."""
    from urllib.parse import quote

    everything = client.get("/api/v1/events?limit=100").json()["results"]
    response = client.get(f"/api/v1/events?limit=100&updated_since={quote(value)}")
    assert response.status_code == 200, value
    results = response.json()["results"]
    if value.startswith("0"):
        assert len(results) == len(everything) > 0
    elif value.startswith("9999"):
        assert results == []
