"""The account pages in a real browser: sign-in, password reset, MFA set-up and the MFA
step, each passing axe-core (WCAG 2.2 AA); and the portal under its real
Content-Security-Policy (no bypass): no violation, GOV.UK Frontend's scripts still run."""

from __future__ import annotations

import re

import pytest

from tests.accounts.support import totp_code
from tests.browser.helpers import (
    CHROMIUM_ARGS,
    axe_violations,
    describe_violations,
    sync_database_calls,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

EMAIL, PASSWORD = "browser-clerk@example.org", "a-browser-clerk-password-9"


@pytest.fixture(scope="module")
def clerk(site, django_db_blocker):
    """A staff account, committed so the live server sees it; removed afterwards."""
    from axes.models import AccessAttempt
    from django.contrib.auth.models import User

    with sync_database_calls(), django_db_blocker.unblock():
        user = User.objects.create_user("browser-clerk", EMAIL, PASSWORD, is_staff=True)
    yield user
    with sync_database_calls(), django_db_blocker.unblock():
        User.objects.filter(pk=user.pk).delete()
        AccessAttempt.objects.all().delete()


def check_page(screenshot, page, name: str, path_prefix: str) -> None:
    page.wait_for_load_state("load")
    assert page.url.split("://", 1)[1].split("/", 1)[1].startswith(path_prefix.lstrip("/"))
    screenshot(page, name)
    assert page.locator("h1").count() == 1, f"{name} should have exactly one h1"
    assert page.title().strip()
    assert page.locator("main#main-content").count() == 1
    violations = axe_violations(page)
    assert not violations, describe_violations(name, page.url, violations)
    assert not page.js_errors, f"script errors on {name}: {page.js_errors}"


def test_sign_in_and_password_reset_pages_pass_axe(screenshot, page, site):
    page.goto("/accounts/login/")
    check_page(screenshot, page, "account-sign-in", "/accounts/login/")
    page.get_by_label("Email").fill("nobody@example.org")
    page.get_by_label("Password").fill("wrong-password")
    page.get_by_role("button", name="Sign in").click()
    check_page(screenshot, page, "account-sign-in-error", "/accounts/login/")
    assert page.locator(".govuk-error-summary").count() == 1

    page.get_by_role("link", name="Forgot your password?").click()
    check_page(screenshot, page, "account-password-reset", "/accounts/password/reset/")
    page.goto("/accounts/password/reset/key/1-no-such-key/")
    check_page(screenshot, page, "account-password-reset-bad-link", "/accounts/password/reset/key/")
    assert "This reset link cannot be used" in page.locator("h1").inner_text()


def test_a_clerk_sets_up_totp_then_meets_the_mfa_step(screenshot, page, site, clerk, settings):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.goto("/")  # anything else first sends the clerk to set up TOTP
    check_page(screenshot, page, "account-mfa-set-up", "/accounts/2fa/totp/activate/")
    secret = page.locator("#authenticator_secret").input_value()
    assert re.fullmatch(r"[A-Z2-7]+", secret)
    page.get_by_label("Authenticator code").fill(totp_code(secret))
    page.get_by_role("button", name="Activate").click()
    # the set-up shows the recovery codes it made, without the password again
    check_page(screenshot, page, "account-recovery-codes", "/accounts/2fa/recovery-codes/")
    page.goto("/accounts/2fa/")
    check_page(screenshot, page, "account-mfa-index", "/accounts/2fa/")
    settings.MOOT_MFA_NEW_CODES_SECONDS = 0  # as if set up long ago
    page.goto("/accounts/2fa/recovery-codes/")  # seen later, they ask for the password again
    check_page(screenshot, page, "account-reauthenticate", "/accounts/reauthenticate/")

    page.goto("/accounts/logout/")
    page.get_by_role("button", name="Sign Out").click()
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    check_page(screenshot, page, "account-mfa-step", "/accounts/2fa/authenticate/")


def test_the_lockout_page_passes_axe(screenshot, page, site, clerk):
    """Last of the sign-ins here: the lock on this address is lifted by ``clerk``'s
    clean-up when the module ends."""
    for _ in range(5):
        page.goto("/accounts/login/")
        page.get_by_label("Email").fill("locked-out@example.org")
        page.get_by_label("Password").fill("wrong-password")
        page.get_by_role("button", name="Sign in").click()
    check_page(screenshot, page, "account-locked-out", "/accounts/login/")
    assert (
        "Sign-in is locked after 5 failed attempts" in page.locator("#lockout-message").inner_text()
    )
    assert page.title().startswith("Error: ")


@pytest.mark.parametrize("path", ["/", "/accounts/login/"])
def test_pages_work_under_the_real_content_security_policy(site, browser, path):
    context = browser.new_context(base_url=site.url, locale="en-GB")  # no bypass_csp
    page = context.new_page()
    messages: list[str] = []
    page.on("console", lambda message: messages.append(message.text))
    page.on("pageerror", lambda error: messages.append(str(error)))
    try:
        page.goto(path)
        page.wait_for_load_state("load")
        page.wait_for_function(
            "document.querySelector('[data-module=govuk-skip-link]')"
            ".hasAttribute('data-govuk-skip-link-init')"
        )
        classes = page.evaluate("document.body.className")
        assert "js-enabled" in classes and "govuk-frontend-supported" in classes
        assert not [m for m in messages if "Content Security Policy" in m], messages
    finally:
        context.close()


assert CHROMIUM_ARGS  # the same browser settings as the other browser tests
