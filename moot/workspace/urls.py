from django.urls import path

from moot.workspace import live, views

app_name = "workspace"

MEETING = "meetings/<slug:body_slug>/<str:date_slug>/"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("bodies/<slug:body_slug>/meetings/new/", views.meeting_new, name="meeting_new"),
    path(MEETING, views.meeting, name="meeting"),
    path(MEETING + "items/", views.item_add, name="item_add"),
    path(MEETING + "items/<int:pk>/", views.item_edit, name="item"),
    path(MEETING + "items/<int:pk>/remove/", views.item_remove, name="item_remove"),
    path(MEETING + "items/<int:pk>/move/", views.item_move, name="item_move"),
    path(MEETING + "items/<int:pk>/documents/", views.document_add, name="document_add"),
    path(MEETING + "publish/", views.publish, name="publish"),
    path(MEETING + "supplementary/", views.supplementary_add, name="supplementary_add"),
    path(MEETING + "items/<int:pk>/withdraw/", views.item_withdraw, name="item_withdraw"),
    path(MEETING + "live/", live.live, name="live"),
    path(MEETING + "live/hold/", live.hold, name="live_hold"),
    path(MEETING + "live/attendance/", live.attendance, name="live_attendance"),
    path(MEETING + "live/attendance/add/", live.attendee_add, name="live_attendee_add"),
    path(MEETING + "live/items/<int:pk>/start/", live.item_start, name="live_item_start"),
    path(MEETING + "live/items/<int:pk>/minutes/", live.minutes_save, name="live_minutes"),
    path(
        MEETING + "live/items/<int:pk>/declarations/",
        live.declaration_add,
        name="live_declaration",
    ),
    path(MEETING + "live/items/<int:pk>/votes/", live.vote_add, name="live_vote"),
    path(MEETING + "live/items/<int:pk>/actions/", live.action_add, name="live_action"),
]

# After the meeting, public questions and release review (moot/workspace/after.py,
# questions.py, release.py).
from moot.workspace import after, questions, release  # noqa: E402

urlpatterns += [
    path(MEETING + "after/", after.after, name="after"),
    path(MEETING + "after/held/", after.hold, name="hold"),
    path(MEETING + "after/draft/", after.publish_draft, name="publish_draft"),
    path(MEETING + "after/approve/", after.approve, name="approve"),
    path(MEETING + "items/<int:pk>/history/", after.history, name="history"),
    path("bodies/<slug:body_slug>/actions/", after.actions, name="actions"),
    path("bodies/<slug:body_slug>/actions/<int:pk>/", after.action_update, name="action_update"),
    path(MEETING + "questions/", questions.questions, name="questions"),
    path(MEETING + "questions/<int:pk>/decide/", questions.decide, name="question_decide"),
    path(MEETING + "questions/<int:pk>/answer/", questions.answer, name="question_answer"),
    path("release/", release.review, name="release"),
    path("release/items/<int:pk>/", release.item_release, name="release_item"),
    path("release/documents/<int:pk>/", release.document_release, name="release_document"),
]

# Report sign-off (moot/workspace/reports.py; docs/adr/0013-report-sign-off.md).
from moot.workspace import reports  # noqa: E402

urlpatterns += [
    path("reports/", reports.author, name="reports"),
    path("reports/items/<int:pk>/", reports.item, name="report_item"),
    path("reports/sign-off/", reports.signoff, name="report_signoff"),
    path("reports/<int:pk>/file/", reports.draft_file, name="report_file"),
    path("reports/<int:pk>/steps/<int:step_pk>/", reports.decide, name="report_decide"),
    path("reports/<int:pk>/accept/", reports.accept, name="report_accept"),
]

# Item templates (moot/workspace/item_templates.py).
from moot.workspace import item_templates  # noqa: E402

urlpatterns += [
    path(
        "bodies/<slug:body_slug>/item-templates/", item_templates.templates, name="item_templates"
    ),
    path(
        "bodies/<slug:body_slug>/item-templates/<int:pk>/",
        item_templates.template_edit,
        name="item_template",
    ),
    path(
        "bodies/<slug:body_slug>/item-templates/<int:pk>/remove/",
        item_templates.template_remove,
        name="item_template_remove",
    ),
    path(
        MEETING + "items/<int:pk>/save-as-template/",
        item_templates.save_as_template,
        name="item_save_as_template",
    ),
]

# Live mode: undoing a step (moot/workspace/live.py).
urlpatterns += [
    path(MEETING + "live/attendance/clear/", live.attendee_clear, name="live_attendee_clear"),
    path(
        MEETING + "live/items/<int:pk>/start/undo/",
        live.item_start_undo,
        name="live_item_start_undo",
    ),
]

# Setting up bodies from their terms of reference (moot/workspace/bodies.py).
from moot.workspace import bodies  # noqa: E402

urlpatterns += [
    path("bodies/", bodies.bodies, name="bodies"),
    path("bodies/new/", bodies.body_new, name="body_new"),
    path("bodies/<slug:body_slug>/set-up/", bodies.body_setup, name="body_setup"),
    path("bodies/<slug:body_slug>/edit/", bodies.body_edit, name="body_edit"),
    path("bodies/<slug:body_slug>/terms/<int:pk>/text/", bodies.terms_text, name="body_terms_text"),
    path("bodies/<slug:body_slug>/invitees/", bodies.invitee_add, name="body_invitee_add"),
    path(
        "bodies/<slug:body_slug>/invitees/<int:pk>/end/",
        bodies.invitee_end,
        name="body_invitee_end",
    ),
    path("bodies/<slug:body_slug>/terms/new/", bodies.terms_new, name="body_terms_new"),
    path("bodies/<slug:body_slug>/members/", bodies.appoint, name="body_appoint"),
    path(
        "bodies/<slug:body_slug>/members/<int:pk>/end/",
        bodies.membership_end,
        name="body_membership_end",
    ),
]
