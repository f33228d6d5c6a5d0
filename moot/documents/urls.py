"""The PDFs of a meeting, beside its page (CONTRACT.md "Public web addresses")."""

from django.urls import path

from moot.documents import views

app_name = "documents"

MEETING = "bodies/<slug:slug>/meetings/<str:date_slug>/"

urlpatterns = [
    path(MEETING + "pack.pdf", views.pack, name="pack"),
    path(MEETING + "members-pack.pdf", views.members_pack, name="members_pack"),
    path(MEETING + "minutes.pdf", views.minutes, name="minutes"),
    path(MEETING + "documents/<int:document_id>/", views.document, name="document"),
]
