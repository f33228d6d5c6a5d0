"""The public addresses (CONTRACT.md, "Public web addresses")."""

from django.urls import path

from moot.portal import views

app_name = "portal"

MEETING = "bodies/<slug:slug>/meetings/<str:date_slug>/"

urlpatterns = [
    path("", views.home, name="home"),
    path("bodies/", views.bodies, name="bodies"),
    path("bodies/<slug:slug>/", views.body, name="body"),
    path("bodies/<slug:slug>/calendar.ics", views.body_calendar_ics, name="body_calendar_ics"),
    path(MEETING, views.meeting, name="meeting"),
    path(MEETING + "items/<str:number>/", views.item, name="item"),
    path(MEETING + "question/", views.question, name="question"),
    path(MEETING + "question/sent/", views.question_sent, name="question_sent"),
    path("people/<slug:slug>/", views.person, name="person"),
    path("decisions/", views.decisions, name="decisions"),
    path("calendar/", views.calendar, name="calendar"),
    path("calendar.ics", views.calendar_ics, name="calendar_ics"),
    path("feeds/decisions.xml", views.decisions_feed, name="decisions_feed"),
    path("feeds/documents.xml", views.documents_feed, name="documents_feed"),
]
