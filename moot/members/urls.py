"""The members' area (/my/) and the clerk's review of register changes (/clerk/interests/)."""

from django.urls import path

from moot.members import views

app_name = "members"

MEETING = "meetings/<slug:slug>/<str:date_slug>/"

urlpatterns = [
    path("my/", views.home, name="home"),
    path("my/" + MEETING, views.meeting, name="meeting"),
    path("my/" + MEETING + "apologies/", views.apologies, name="apologies"),
    path("my/" + MEETING + "members-pack.pdf", views.members_pack, name="members_pack"),
    path("my/" + MEETING + "documents/<int:document_id>/", views.document, name="document"),
    path("my/actions/", views.actions, name="actions"),
    path("my/actions/<int:action_id>/", views.actions, name="action"),
    path("my/interests/", views.interests, name="interests"),
    path("my/interests/<int:entry_id>/end/", views.interest_end, name="interest_end"),
    path("my/papers/<int:document_id>/notes/", views.notes, name="notes"),
    path(
        "my/papers/<int:document_id>/notes/<int:note_id>/delete/",
        views.note_delete,
        name="note_delete",
    ),
    path("clerk/interests/", views.review, name="review"),
    path("clerk/interests/<int:change_id>/", views.review, name="review_change"),
]
