"""Public pages. Thin: parse, check, call a selector, render."""

from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from moot.governance import selectors
from moot.governance.models import Body


def home(request):
    bodies = Body.objects.all()
    return render(
        request, "portal/home.html", {"bodies": bodies, "authority": selectors.authority()}
    )


def body(request, slug):
    body = get_object_or_404(Body, slug=slug)
    today = timezone.localdate()
    terms, sections = selectors.members_by_section(body, today)
    return render(
        request,
        "portal/body.html",
        {
            "body": body,
            "terms": terms,
            "sections": sections,
            "on": today,
            "invitees": selectors.standing_invitees_on(body, today),
            "authority": selectors.authority(),
        },
    )
