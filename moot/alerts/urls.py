"""Public alerts (docs/contract.md "Public web addresses")."""

from django.urls import path

from moot.alerts import views

app_name = "alerts"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("check-your-email/", views.check_email, name="check_email"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
