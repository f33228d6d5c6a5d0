"""Addresses and labels made cheaply (``moot.access.addresses``) are Django's own, to the
byte: ``reverse()`` and ``get_FOO_display()``, for any argument or value, in English and
in Welsh, under a script prefix too."""

from __future__ import annotations

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from moot.access.addresses import address, label, value_label
from moot.governance.models import Body, Person
from moot.meetings.models import Action, Attendance, Declaration, Meeting, PersonVote, Resolution

# any text, and text made mostly of the characters slugs and item numbers use
arguments = st.one_of(
    st.text(max_size=12),
    st.from_regex(r"[-A-Za-z0-9_]{1,12}", fullmatch=True),
    st.from_regex(r"[-A-Za-z0-9_.~ /%?#{}]{1,12}", fullmatch=True),
)
VIEWS = [("portal:person", 1), ("portal:body", 1), ("portal:meeting", 2), ("portal:item", 3)]


def _reverse(view_name: str, args: list[str]) -> str | type:
    try:
        return reverse(view_name, args=args)
    except NoReverseMatch:
        return NoReverseMatch


def _address(view_name: str, args: list[str]) -> str | type:
    try:
        return address(view_name, *args)
    except NoReverseMatch:
        return NoReverseMatch


@settings(deadline=None)  # the first call loads the URL configuration
@given(view=st.sampled_from(VIEWS), data=st.data())
def test_an_address_is_reverse_to_the_byte(view, data):
    view_name, count = view
    args = data.draw(st.lists(arguments, min_size=count, max_size=count))
    assert _address(view_name, args) == _reverse(view_name, args)


def test_an_address_follows_the_script_prefix():
    args = ["health-and-wellbeing-board", "2021-03-25", "17"]
    made = []
    try:
        for prefix in ("/", "/council/", "/a{b}/", "/"):
            set_script_prefix(prefix)
            made.append(address("portal:item", *args))
            assert made[-1] == reverse("portal:item", args=args)
    finally:
        set_script_prefix("/")
    assert len(set(made)) == 3 and made[0] == made[-1]
    assert made[1] == "/council/bodies/health-and-wellbeing-board/meetings/2021-03-25/items/17/"


def test_the_gate_gives_a_person_the_address_of_their_page():
    from moot.access.visibility import person_ref

    person = Person(name="Vi Dempster", slug="vi-dempster")
    assert person_ref(person).url == person.get_absolute_url() == "/people/vi-dempster/"
    assert person_ref(None, "Ms A Presenter").url == ""  # a name only: no page
    assert person_ref(None) is None


MODELS_FIELDS = [
    (Meeting, "kind"),
    (Meeting, "mode"),
    (Meeting, "status"),
    (Resolution, "kind"),
    (Declaration, "kind"),
    (Declaration, "action"),
    (Action, "status"),
    (Attendance, "status"),
    (Attendance, "mode"),
    (PersonVote, "choice"),
]


def _values(model, name):
    return [value for value, _ in model._meta.get_field(name).flatchoices]


@pytest.mark.parametrize("language", ["en", "cy", None])
@pytest.mark.parametrize(("model", "name"), MODELS_FIELDS)
def test_a_label_is_get_display_for_every_choice(model, name, language):
    with translation.override(language):
        for value in _values(model, name):
            instance = model(**{name: value})
            assert label(instance, name) == getattr(instance, f"get_{name}_display")()
            assert value_label(model, name, value) == getattr(instance, f"get_{name}_display")()


@settings(deadline=None)
@given(
    pair=st.sampled_from(MODELS_FIELDS),
    value=st.one_of(st.text(max_size=20), st.none(), st.integers()),
)
def test_a_value_not_among_the_choices_is_labelled_as_django_labels_it(pair, value):
    model, name = pair
    instance = model(**{name: value})
    assert label(instance, name) == getattr(instance, f"get_{name}_display")()
    assert value_label(model, name, value) == getattr(instance, f"get_{name}_display")()


def test_a_body_and_a_meeting_have_the_addresses_of_their_pages():
    from datetime import date

    from moot.access.visibility import item_url

    body = Body(name="Health and Wellbeing Board", slug="health-and-wellbeing-board")
    meeting = Meeting(body=body, date=date(2021, 3, 25), sequence=2)

    class Item:
        number = "22"

    assert item_url(Item(), meeting) == (
        "/bodies/health-and-wellbeing-board/meetings/2021-03-25-2/items/22/"
    )
    assert address("portal:meeting", body.slug, meeting.date_slug) == meeting.get_absolute_url()
    assert address("portal:body", body.slug) == body.get_absolute_url()


@pytest.mark.parametrize("language", ["en", "cy", "fr"])
def test_translated_labels_are_in_the_readers_language(language):
    """Choices whose labels are translated (the back office's log: "Addition", "Change")."""
    from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry

    with translation.override(language):
        for flag in (ADDITION, CHANGE, DELETION, 99):
            entry = LogEntry(action_flag=flag)
            assert label(entry, "action_flag") == entry.get_action_flag_display()
            assert value_label(LogEntry, "action_flag", flag) == entry.get_action_flag_display()
    with translation.override("fr"):
        assert label(LogEntry(action_flag=ADDITION), "action_flag") == "Ajout"
