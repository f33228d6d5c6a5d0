"""HTTP for harvesters, on the API (``/api/v1/``) and the web service
(``/mgWebService.asmx/``): ``ETag`` and ``Last-Modified`` with 304 answers, CORS for
reading from any origin, and gzip when asked for."""

from __future__ import annotations

from django.middleware.gzip import GZipMiddleware
from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.http import http_date

PREFIXES = ("/api/v1/", "/mgWebService.asmx/")


class HarvestHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.gzip = GZipMiddleware(get_response)

    def __call__(self, request):
        if not request.path.startswith(PREFIXES):
            return self.get_response(request)
        if request.method == "OPTIONS":  # a CORS preflight: reading is open to anyone
            from django.http import HttpResponse

            response = HttpResponse(status=204)
        else:
            response = self.get_response(request)
            if request.method in ("GET", "HEAD") and response.status_code == 200:
                response = self._conditional(request, response)
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Allow-Methods"] = "GET, HEAD, POST, OPTIONS"
        response["Access-Control-Allow-Headers"] = "If-None-Match, If-Modified-Since"
        response["Access-Control-Expose-Headers"] = "ETag, Last-Modified, Retry-After"
        return self.gzip.process_response(request, response)

    @staticmethod
    def _conditional(request, response):
        from moot.api.selectors import last_modified

        if response.streaming:
            return response
        set_response_etag(response)
        changed = last_modified()
        timestamp = int(changed.timestamp()) if changed else None
        if timestamp is not None:
            response["Last-Modified"] = http_date(timestamp)
        response["Cache-Control"] = "no-cache"
        return get_conditional_response(
            request, etag=response["ETag"], last_modified=timestamp, response=response
        )
