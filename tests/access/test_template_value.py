"""The public values answer a template's look-ups by subscript, as a dict would."""

from __future__ import annotations

import pytest
from django.template import engines

from moot.access.visibility import PersonRef, TemplateValue, clean_html


def test_a_public_value_answers_a_subscript_with_its_attribute_or_a_key_error():
    person = PersonRef(name="Cllr A Example", slug="a-example", in_record=True)
    assert isinstance(person, TemplateValue)
    assert person["name"] == "Cllr A Example"
    assert person["url"] == person.url  # properties too
    with pytest.raises(KeyError):
        person["no_such_field"]
    with pytest.raises(KeyError):
        person[0]


def test_a_template_reads_a_public_value_as_before():
    template = engines["django"].from_string(
        "{{ p.name }}|{{ p.no_such_field }}|{% if p.in_record %}linked{% endif %}"
    )
    assert template.render({"p": PersonRef(name="A B", in_record=True)}) == "A B||linked"
    assert template.render({"p": PersonRef(name="A B")}) == "A B||"


def test_cleaned_text_is_remembered_but_never_shared_between_texts():
    dirty = '<p onclick="x()">One<script>alert(1)</script></p>'
    assert clean_html(dirty) == "<p>One</p>"
    assert clean_html(dirty) is clean_html(dirty)
    assert clean_html("<p>Two</p>") == "<p>Two</p>"
