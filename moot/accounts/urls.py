"""/accounts/: allauth's pages, with sign-in rate limited and the reset page's wording."""

from allauth.account.views import LoginView
from django.urls import include, path, re_path

from moot.accounts import views
from moot.accounts.ratelimits import rate_limited

urlpatterns = [
    path(
        "login/",
        rate_limited("sign_in", method="POST")(LoginView.as_view()),
        name="account_login",
    ),
    re_path(
        r"^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$",
        views.ResetFromKeyView.as_view(),
        name="account_reset_password_from_key",
    ),
    re_path(
        r"^invitation/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$",
        views.invitation,
        name="account_invitation",
    ),
    path("", include("allauth.urls")),
]
