"""Page addresses and choice labels made many times a request, made cheaply.

A page of the API lists thousands of people, items and labels; Django's ``reverse()``
walks the URL patterns for each address, and ``get_FOO_display()`` rebuilds the field's
choices as a dictionary for each label (docs/benchmarks.md, "API list"). Here:

- ``address(view_name, *args)`` is ``reverse(view_name, args=args)``, to the byte: the
  address is made once per view, URL configuration and script prefix with placeholder
  arguments, then filled in by string formatting for arguments made only of ASCII letters,
  digits, hyphens and underscores (which every slug and string converter accepts and
  ``reverse()`` leaves as they are). Any other argument goes through ``reverse()`` itself,
  so what it would refuse is still refused.
- ``label(instance, field_name)`` is ``instance.get_FOO_display()``, to the byte: the
  field's choices are made into a dictionary once per field (and per language when their
  labels are translated); a value not among the choices goes through
  ``get_FOO_display()`` itself; ``value_label(model, field_name, value)`` is the same for a
  value read without its instance.
"""

from __future__ import annotations

import contextlib
import re

from django.conf import settings
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils import translation
from django.utils.encoding import force_str
from django.utils.functional import Promise
from django.utils.hashable import make_hashable

PLAIN = re.compile(r"[-A-Za-z0-9_]+")
_PLACEHOLDER = "moot0placeholder{}0x"
_UNSUITED = object()  # a view whose address cannot be made by formatting
_templates: dict[tuple, object] = {}


def _template(view_name: str, count: int):
    """The view's address with ``{0}``, ``{1}``... for its arguments, or ``_UNSUITED``."""
    key = (view_name, count, get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())
    template = _templates.get(key)
    if template is None:
        placeholders = [_PLACEHOLDER.format(n) for n in range(count)]
        try:
            made = reverse(view_name, args=placeholders)
        except NoReverseMatch:
            made = None
        if made is None or any(made.count(p) != 1 for p in placeholders):
            template = _UNSUITED
        else:
            template = made.replace("{", "{{").replace("}", "}}")
            for n, placeholder in enumerate(placeholders):
                template = template.replace(placeholder, f"{{{n}}}")
        _templates[key] = template
    return template


def address(view_name: str, *args: str) -> str:
    """``reverse(view_name, args=args)``, by formatting when the arguments allow it."""
    if all(isinstance(a, str) and PLAIN.fullmatch(a) for a in args):
        template = _template(view_name, len(args))
        if template is not _UNSUITED:
            return template.format(*args)
    return reverse(view_name, args=list(args))


_labels: dict[tuple, tuple[str, dict | None]] = {}
_translated: dict[tuple, dict] = {}


def _choices(field) -> dict:
    choices = {}
    for choice, text in field.flatchoices:
        with contextlib.suppress(TypeError):  # an unhashable choice: left to Django
            choices[choice] = force_str(text, strings_only=True)
    return choices


def _label_choices(model, field_name: str) -> tuple[str, dict]:
    """The field's attribute name and its choices as a dictionary (in the reader's language
    when the labels are translated), made once."""
    key = (model, field_name)
    known = _labels.get(key)
    if known is None:
        field = model._meta.get_field(field_name)
        lazy = any(isinstance(text, Promise) for _, text in field.flatchoices)
        known = _labels[key] = (field.attname, None if lazy else _choices(field))
    attname, choices = known
    if choices is None:  # translated labels: the reader's language's
        language_key = (key, translation.get_language())
        choices = _translated.get(language_key)
        if choices is None:
            choices = _translated[language_key] = _choices(model._meta.get_field(field_name))
    return attname, choices


def label(instance, field_name: str):
    """``instance.get_<field_name>_display()``, from a dictionary made once (once per
    language for choices whose labels are translated)."""
    attname, choices = _label_choices(type(instance), field_name)
    try:
        return choices[getattr(instance, attname)]
    except (KeyError, TypeError):
        return getattr(instance, f"get_{field_name}_display")()


def value_label(model, field_name: str, value):
    """``label`` of a value read without its instance (``.values()`` rows): what
    ``get_<field_name>_display()`` answers for an instance of ``model`` holding ``value``."""
    _, choices = _label_choices(model, field_name)
    try:
        return choices[value]
    except (KeyError, TypeError):  # as Django's Model._get_FIELD_display
        field = model._meta.get_field(field_name)
        known = dict(make_hashable(field.flatchoices))
        return force_str(known.get(make_hashable(value), value), strings_only=True)
