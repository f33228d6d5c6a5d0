"""The API's page addresses (``serialise.Uris.for_request``) are Django's
``request.build_absolute_uri`` to the byte, whatever the path."""

from __future__ import annotations

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
