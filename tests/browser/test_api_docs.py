"""The API's documentation page (Swagger UI, served from the front-end build) works under
the site's real Content Security Policy, as a visitor on the site's own name would see it:
it lists the operations, opens one, asks no other site for anything (Swagger UI would
otherwise show a badge from validator.swagger.io, which the policy blocks and which would
tell that site the page's address) and the browser reports no CSP violation."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

HOST = "https://moot.example"  # not localhost: Swagger UI hides its badge on localhost


def test_the_api_docs_render_their_operations_under_the_content_security_policy(site, browser):
    context = browser.new_context(locale="en-GB")  # no bypass_csp
    page = context.new_page()
    messages: list[str] = []
    elsewhere: list[str] = []
    page.on("console", lambda message: messages.append(message.text))
    page.on("pageerror", lambda error: messages.append(str(error)))
    missing: list[str] = []  # the favicon included: the page names the site's own
    page.on("response", lambda r: r.status == 404 and missing.append(r.url))

    def serve(route):
        """The site under its public name: each request is answered by the live server."""
        url = urlsplit(route.request.url)
        if f"{url.scheme}://{url.netloc}" != HOST:
            elsewhere.append(route.request.url)
            route.abort()
            return
        path = url.path + (f"?{url.query}" if url.query else "")
        route.fulfill(response=route.fetch(url=site.url + path))

    page.route("**/*", serve)
    try:
        response = page.goto(f"{HOST}/api/v1/docs")
        assert response is not None and response.status == 200
        policy = response.headers["content-security-policy"]
        assert "'unsafe-inline'" not in policy and "script-src 'self'" in policy
        operations = page.locator(".opblock-summary")
        operations.first.wait_for(timeout=15000)
        assert operations.count() >= 20
        page.get_by_text("/api/v1/exports/", exact=True).first.click()
        page.get_by_role("button", name="Try it out").first.click()
        page.get_by_role("button", name="Execute").first.click()
        page.locator(".live-responses-table tbody .response-col_status").first.wait_for(
            timeout=10000
        )
        assert (
            "200"
            in page.locator(".live-responses-table tbody .response-col_status").first.inner_text()
        )
        # The page's own heading is for screen readers; Swagger UI shows the title.
        hidden = page.evaluate("getComputedStyle(document.querySelector('h1')).position")
        assert hidden == "absolute"
        assert not elsewhere, elsewhere
        assert not missing, missing
        violations = [m for m in messages if "Content Security Policy" in m]
        assert not violations, violations
    finally:
        context.close()
