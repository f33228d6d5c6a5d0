from django.urls import path

from moot.api import moderngov
from moot.api.views import api

urlpatterns = [
    path("api/v1/", api.urls),
    path("mgWebService.asmx/<str:operation>", moderngov.operation, name="moderngov"),
]
