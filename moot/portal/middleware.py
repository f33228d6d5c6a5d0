"""Moot's 404 page in development too.

With ``DEBUG`` on (``MOOT_DEBUG=1``, as ``make demo`` runs) Django answers an unknown
address, or a view's ``Http404``, with its technical "Page not found" page instead of
``handler404``. The demo should show what users will see: Moot's page, which offers a
search. With ``DEBUG`` off this does nothing and Django calls ``handler404`` itself.
"""

from __future__ import annotations

from django.conf import settings
from django.http import Http404
from django.urls import Resolver404, resolve


class NotFoundPageMiddleware:
    """Placed after ``CommonMiddleware``, so an address missing only its trailing slash is
    still redirected (``APPEND_SLASH``) before this page is shown."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.DEBUG:
            try:
                resolve(request.path_info, getattr(request, "urlconf", None))
            except Resolver404:
                return self._page(request, None)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if settings.DEBUG and isinstance(exception, Http404):
            return self._page(request, exception)
        return None

    @staticmethod
    def _page(request, exception):
        from moot.portal.views import not_found

        return not_found(request, exception)


class NullCharacterMiddleware:
    """Refuse an address whose query names or values hold a NUL character ("%00"), with
    the 400 page (or a JSON error) naming the parameter: no field takes one, and PostgreSQL
    refuses it in a query, which would otherwise answer with a server error. Forms refuse
    it already (Django's ``ProhibitNullCharactersValidator``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for name, values in request.GET.lists():
            for value in (name, *values):
                if "\x00" in value:
                    return self._refuse(request, name, value)
        return self.get_response(request)

    @staticmethod
    def _refuse(request, name: str, value: str):
        from moot.portal.errors import InvalidInput
        from moot.portal.views import bad_request

        shown = value.replace("\x00", "\ufffd")
        return bad_request(
            request,
            InvalidInput(name.replace("\x00", "\ufffd"), shown, "text without NUL characters"),
        )
