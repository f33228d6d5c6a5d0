from django.urls import path

from moot.portal import views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("bodies/<slug:slug>/", views.body, name="body"),
    path("people/<slug:slug>/", views.home, name="person"),
]
