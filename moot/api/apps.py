from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "moot.api"
    label = "api"
    verbose_name = "Open data API"

    def ready(self) -> None:
        from moot.api import stamps

        stamps.connect_signals()
