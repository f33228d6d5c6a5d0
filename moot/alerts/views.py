"""Public alerts at /alerts/: subscribe (no account), confirm, one-click unsubscribe.

The form is rate-limited per visitor address (``MOOT_RATE_LIMITS["subscribe"]``) and per
e-mail address (the service); a form larger than a few kilobytes is refused unread.
Confirming and unsubscribing are POSTs (a mail scanner opening a link changes nothing);
the unsubscribe address also takes RFC 8058's one-click POST from a mail client, which
carries no CSRF token, so that view is CSRF-exempt (it only ever stops e-mail).
"""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt, csrf_protect, ensure_csrf_cookie
from django.views.decorators.http import require_http_methods, require_safe

from moot.accounts.ratelimits import over_limit, too_many_requests
from moot.alerts import rules, services
from moot.alerts.forms import SubscribeForm
from moot.governance.models import Body, Person
from moot.workspace.forms import add_refusal


def _too_large(request) -> bool:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0) > rules.FORM_MAX_BYTES
    except ValueError:
        return True


@require_http_methods(["GET", "POST"])
@csrf_protect
@ensure_csrf_cookie
def subscribe(request):
    if request.method == "POST" and _too_large(request):
        return render(
            request,
            "alerts/refused.html",
            {
                "sentence": f"The form sent was larger than {rules.FORM_MAX_BYTES} bytes, so it "
                "was refused. Go back, shorten what you typed and send it again."
            },
            status=413,
        )
    initial = {}
    for key in ("body", "person"):
        if request.GET.get(key):
            initial = {"kind": key, key: request.GET[key]}
    form = SubscribeForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        seconds = over_limit(request, "subscribe")
        if seconds is not None:
            return too_many_requests(request, "subscribe", seconds)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.subscribe(
                    email=data["email"],
                    kind=data["kind"],
                    body=Body.objects.filter(slug=data["body"]).first() if data["body"] else None,
                    person=Person.objects.filter(slug=data["person"]).first()
                    if data["person"]
                    else None,
                    query=data["query"],
                    frequency=data["frequency"],
                )
            except services.Refused as refused:
                add_refusal(form, refused.errors)
            else:
                return redirect("alerts:check_email")
        status = 400
    return render(request, "alerts/subscribe.html", {"form": form}, status=status)


@require_safe
def check_email(request):
    return render(request, "alerts/check_email.html", {"days": rules.CONFIRM_DAYS})


@require_http_methods(["GET", "POST"])
@csrf_protect
def confirm(request, token: str):
    try:
        subscription = services.subscription_for_token(token)
        if request.method == "POST":
            subscription = services.confirm(token)
            return render(request, "alerts/confirmed.html", {"subscription": subscription})
    except services.LinkRefused as refused:
        return render(request, "alerts/refused.html", {"sentence": str(refused)}, status=400)
    return render(request, "alerts/confirm.html", {"subscription": subscription})


@require_http_methods(["GET", "POST"])
@csrf_exempt
def unsubscribe(request, token: str):
    if request.method == "POST":
        subscription = services.unsubscribe(token)
        if subscription is None:
            return render(
                request,
                "alerts/refused.html",
                {"sentence": "This unsubscribe link is not valid: check it was copied whole."},
                status=404,
            )
        if request.POST.get("List-Unsubscribe") == "One-Click":
            return HttpResponse("Unsubscribed.", content_type="text/plain; charset=utf-8")
        return render(request, "alerts/unsubscribed.html", {"subscription": subscription})
    from moot.alerts.models import Subscription

    subscription = Subscription.objects.filter(unsubscribe_token=token).first()
    if subscription is None:
        return render(
            request,
            "alerts/refused.html",
            {"sentence": "This unsubscribe link is not valid: check it was copied whole."},
            status=404,
        )
    return render(
        request,
        "alerts/unsubscribe.html",
        {"subscription": subscription, "action": reverse("alerts:unsubscribe", args=[token])},
    )
