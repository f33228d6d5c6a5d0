"""/clerk/people/: the administrator's "People and accounts" page (moot.accounts.people)."""

from django.urls import path

from moot.accounts import people

app_name = "accounts_people"

urlpatterns = [
    path("", people.people, name="people"),
    path("roles/<int:grant_id>/revoke/", people.revoke, name="revoke"),
    path("accounts/<int:user_id>/active/", people.active, name="active"),
]
