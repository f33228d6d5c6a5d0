"""Addresses of the executive record (docs/contract.md, "Public web addresses")."""

from django.urls import path

from moot.executive import views

app_name = "executive"

urlpatterns = [
    path("forward-plan/", views.forward_plan, name="forward_plan"),
    path("forward-plan/notices/<int:pk>/", views.notice, name="notice"),
    path("bodies/<slug:slug>/forward-plan/", views.body_forward_plan, name="body_forward_plan"),
    path("decisions/<int:pk>/", views.decision, name="decision"),
    path("feeds/forward-plan.xml", views.forward_plan_feed, name="forward_plan_feed"),
    path("clerk/executive/reg19/", views.reg19_report, name="reg19"),
]
