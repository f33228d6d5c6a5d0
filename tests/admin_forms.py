"""Post an admin change form as a browser would: every field as the page shows it, then
the test's own changes on top (inline rows named ``prefix-N-field``)."""

from __future__ import annotations

from django import forms


def _widget_values(key: str, bound) -> dict:
    widget = bound.field.widget
    widget = getattr(widget, "widget", widget)  # the admin's related-field wrapper
    value = bound.value()
    if isinstance(widget, forms.MultiWidget):
        parts = value if isinstance(value, list | tuple) else widget.decompress(value)
        return {
            f"{key}_{i}": sub.format_value(part) or ""
            for i, (sub, part) in enumerate(zip(widget.widgets, parts, strict=False))
        }
    if isinstance(widget, forms.CheckboxInput):
        return {key: "on"} if value else {}
    if value is None:
        return {key: ""}
    if isinstance(widget, forms.SelectMultiple):
        return {key: [str(v) for v in value]}
    shown = widget.format_value(value)
    if isinstance(shown, list):
        shown = shown[0] if shown else ""
    return {key: "" if shown is None else shown}


def _form_data(form) -> dict:
    data = {}
    for name in form.fields:
        data.update(_widget_values(form.add_prefix(name), form[name]))
    return data


def change_form_data(response) -> dict:
    """The data a browser would post back from an admin add or change page."""
    context = response.context
    data = _form_data(context["adminform"].form)
    for inline in context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(_form_data(formset.management_form))
        for form in formset.forms:
            data.update(_form_data(form))
    return data


def add_inline_row(data: dict, prefix: str, row: dict) -> dict:
    """Add one new inline row (``prefix`` such as ``items``) to posted data."""
    total = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = str(total + 1)
    for name, value in row.items():
        data[f"{prefix}-{total}-{name}"] = value
    return data
