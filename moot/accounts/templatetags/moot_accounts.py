"""A Django form field in GOV.UK Frontend's markup (label, hint, error, input)."""

from django import forms, template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

_CLASSES = {
    forms.CheckboxInput: "govuk-checkboxes__input",
    forms.Textarea: "govuk-textarea",
    forms.Select: "govuk-select",
}


@register.simple_tag
def govuk_field(field):
    widget = field.field.widget
    hint_id = f"{field.auto_id}-hint"
    error_id = f"{field.auto_id}-error"
    described = []
    hint = ""
    if field.help_text:
        described.append(hint_id)
        hint = format_html(
            '<div class="govuk-hint" id="{}">{}</div>',
            hint_id,
            mark_safe(field.help_text),  # noqa: S308 - help text is ours and Django's
        )
    errors = ""
    if field.errors:
        described.append(error_id)
        errors = format_html(
            '<p class="govuk-error-message" id="{}">{}</p>',
            error_id,
            format_html_join(
                " ",
                '<span class="govuk-visually-hidden">Error:</span> {}',
                ((e,) for e in field.errors),
            ),
        )
    css = _CLASSES.get(type(widget), "govuk-input govuk-!-width-two-thirds")
    if field.errors and css.startswith("govuk-input"):
        css += " govuk-input--error"
    attrs = {"class": css}
    if described:
        attrs["aria-describedby"] = " ".join(described)
    group = "govuk-form-group" + (" govuk-form-group--error" if field.errors else "")
    if isinstance(widget, forms.CheckboxInput):
        return format_html(
            '<div class="{}"><div class="govuk-checkboxes govuk-checkboxes--small">'
            '<div class="govuk-checkboxes__item">{}<label class="govuk-label '
            'govuk-checkboxes__label" for="{}">{}</label></div></div>{}{}</div>',
            group,
            field.as_widget(attrs=attrs),
            field.id_for_label,
            field.label,
            hint,
            errors,
        )
    return format_html(
        '<div class="{}"><label class="govuk-label govuk-label--s" for="{}">{}</label>{}{}{}</div>',
        group,
        field.id_for_label,
        field.label,
        hint,
        errors,
        field.as_widget(attrs=attrs),
    )


@register.simple_tag(takes_context=True)
def account_home(context) -> dict:
    """Where the account's pages lead back to: the place a sign-in lands on
    (``AccountAdapter.get_login_redirect_url``), named for the person reading."""
    from allauth.account.adapter import get_adapter

    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return {}
    url = get_adapter(request).get_login_redirect_url(request)
    if url.startswith("/clerk/"):
        label = "Go to the workspace"
    elif url.startswith("/my/"):
        label = "Go to the members' area"
    else:
        return {}
    return {"url": url, "label": label}
