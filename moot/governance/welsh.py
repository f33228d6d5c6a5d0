"""The Welsh text of published records: read in one query per page, written through the
audit trail, checked before publication (the rules are in ``moot.governance.bilingual``).

Only the fields listed in ``WELSH_FIELDS`` may have Welsh text: what the public pages show
of a record. Exempt details are not among them, so no Welsh text of them can be kept, let
alone published.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import Q

from moot.governance import bilingual, selectors
from moot.governance.models import Translation
from moot.governance.services import log_action

#: The fields that have Welsh text, by model ("app.model"), each with the label a clerk reads.
WELSH_FIELDS: dict[str, dict[str, str]] = {
    "governance.body": {"name": "Name"},
    "meetings.agendaitem": {"title": "Title"},
    "executive.keydecisionnotice": {
        "matter": "The matter to be decided",
        "summary": "Summary",
        "key_reason": "Why it is a key decision",
    },
    "executive.executivedecision": {
        "title": "Title",
        "decision": "The decision",
        "reasons": "Reasons for the decision",
        "alternatives": "Alternative options considered and rejected",
    },
}


def fields_of(model_or_obj) -> dict[str, str]:
    """The translatable fields of a model (or of a record's model), with their labels."""
    return WELSH_FIELDS.get(model_or_obj._meta.label_lower, {})


def authority_bilingual() -> bool:
    """Whether this installation's authority publishes in Welsh and English."""
    authority = selectors.authority()
    return authority is not None and bilingual.bilingual(
        authority.nation, authority.welsh_language_standards
    )


def welsh_of(objects: Iterable[models.Model]) -> dict[tuple[str, int], dict[str, str]]:
    """The Welsh text of each record, keyed by (model label, pk): one query for any mix of
    records (a meeting page asks for its body and all its items at once)."""
    return welsh_texts(
        (obj._meta.label_lower, obj.pk) for obj in objects if obj is not None and obj.pk
    )


def welsh_texts(keys: Iterable[tuple[str, int]]) -> dict[tuple[str, int], dict[str, str]]:
    """The Welsh text of the records named by (model label, pk), in one query."""
    wanted: dict[str, set[int]] = {}
    for label, pk in keys:
        if label in WELSH_FIELDS:
            wanted.setdefault(label, set()).add(pk)
    if not wanted:
        return {}
    types = ContentType.objects.get_for_models(*[_model(label) for label in wanted])
    by_type = {ct.pk: model._meta.label_lower for model, ct in types.items()}
    query = Q()
    for model, ct in types.items():
        query |= Q(content_type=ct, object_id__in=wanted[model._meta.label_lower])
    found: dict[tuple[str, int], dict[str, str]] = {}
    rows = Translation.objects.filter(query, language=bilingual.WELSH).values_list(
        "content_type_id", "object_id", "field", "text"
    )
    for type_id, object_id, field, text in rows:
        found.setdefault((by_type[type_id], object_id), {})[field] = text
    return found


def welsh_for(obj: models.Model) -> dict[str, str]:
    """The Welsh text of one record's fields ({} when it has none)."""
    return welsh_of([obj]).get((obj._meta.label_lower, obj.pk), {})


def _model(label: str) -> type[models.Model]:
    from django.apps import apps

    return apps.get_model(label)


@transaction.atomic
def welsh_set(obj: models.Model, texts: dict[str, str], *, user=None) -> dict[str, str]:
    """Keep the Welsh text of ``obj``'s fields (an empty text removes it); each change is
    audited with its old and new text. Refuses fields that may not have Welsh text."""
    allowed = fields_of(obj)
    unknown = sorted(set(texts) - set(allowed))
    if unknown:
        raise ValueError(
            f"{', '.join(unknown)}: not a field of a {obj._meta.verbose_name} with Welsh text."
        )
    content_type = ContentType.objects.get_for_model(obj)
    before = welsh_for(obj)
    changes = {}
    for field, text in texts.items():
        text = (text or "").strip()
        if text == before.get(field, ""):
            continue
        changes[field] = {"old": before.get(field, ""), "new": text}
        key = {
            "content_type": content_type,
            "object_id": obj.pk,
            "field": field,
            "language": bilingual.WELSH,
        }
        if text:
            Translation.objects.update_or_create(**key, defaults={"text": text})
        else:
            Translation.objects.filter(**key).delete()
    if changes:
        log_action("moot.welsh.changed", obj, user=user, changes=changes)
    return {**before, **{f: c["new"] for f, c in changes.items() if c["new"]}}


def missing_labels(obj: models.Model, welsh: dict[str, str] | None = None) -> list[str]:
    """The labels of ``obj``'s fields that have English text but no Welsh."""
    labels = fields_of(obj)
    welsh = welsh_for(obj) if welsh is None else welsh
    english = {name: str(getattr(obj, name) or "") for name in labels}
    return [labels[name] for name in bilingual.missing_welsh(english, welsh)]


def publication_refusal(what: str, objects: Iterable[models.Model]) -> str:
    """Why ``what`` may not be published yet ("" when it may): an authority bound by Welsh
    language standards publishes nothing whose English has no Welsh beside it."""
    if not authority_bilingual():
        return ""
    objects = [o for o in objects if o is not None]
    texts = welsh_of(objects)
    missing = []
    for obj in objects:
        labels = missing_labels(obj, texts.get((obj._meta.label_lower, obj.pk), {}))
        name = _name_of(obj)
        missing += [f"{label} ({name})" if name else label for label in labels]
    return bilingual.welsh_refusal(what, missing) if missing else ""


def _name_of(obj: models.Model) -> str:
    """How a refusal names a record among several (an item by its number)."""
    number = getattr(obj, "agenda_number", "") or getattr(obj, "number", "")
    if obj._meta.label_lower == "meetings.agendaitem":
        return f"item {number}" if number else f"item '{obj}'"
    if obj._meta.label_lower == "governance.body":
        return "the body"
    return ""
