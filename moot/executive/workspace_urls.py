"""The clerk's addresses for the executive record, under /clerk/executive/."""

from django.urls import path

from moot.executive import workspace

app_name = "executive_workspace"

urlpatterns = [
    path("", workspace.index, name="index"),
    path("notices/new/", workspace.notice_new, name="notice_new"),
    path("notices/<int:pk>/", workspace.notice, name="notice"),
    path("notices/<int:pk>/publish/", workspace.notice_publish, name="notice_publish"),
    path("notices/<int:pk>/exception/", workspace.exception_new, name="exception_new"),
    path("decisions/new/", workspace.decision_new, name="decision_new"),
    path("decisions/<int:pk>/", workspace.decision, name="decision"),
    path("decisions/<int:pk>/call-in/", workspace.call_in, name="call_in"),
    path(
        "meetings/<slug:body_slug>/<str:date_slug>/private/",
        workspace.private_meeting,
        name="private_meeting",
    ),
    path(
        "meetings/<slug:body_slug>/<str:date_slug>/welsh/",
        workspace.meeting_welsh,
        name="meeting_welsh",
    ),
]
