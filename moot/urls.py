from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("clerk/", include("moot.workspace.urls")),
    path("search/", include("moot.search.urls")),
    path("", include("moot.documents.urls")),
    path("", include("moot.portal.urls")),
]

handler404 = "moot.portal.views.not_found"
