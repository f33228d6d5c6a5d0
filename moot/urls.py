from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from moot.operations.health import healthz

# The back office signs in through /accounts/login/, so lockout and MFA apply to it.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("accounts/", include("moot.accounts.urls")),
    path("admin/", admin.site.urls),
    path("", include("moot.members.urls")),  # /my/ and /clerk/interests/
    path("alerts/", include("moot.alerts.urls")),
    path("clerk/executive/", include("moot.executive.workspace_urls")),
    path("clerk/people/", include("moot.accounts.people_urls")),
    path("clerk/", include("moot.workspace.urls")),
    path("search/", include("moot.search.urls")),
    path("", include("moot.api.urls")),
    path("healthz", healthz, name="healthz"),  # docs/operations.md, "Monitoring"
    path("", include("moot.documents.urls")),
    path("", include("moot.portal.urls")),
    path("", include("moot.executive.urls")),
]

handler404 = "moot.portal.views.not_found"
