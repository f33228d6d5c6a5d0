from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "moot.alerts"
    label = "alerts"
    verbose_name = "Public alerts"

    def ready(self) -> None:
        from moot.alerts import signals  # noqa: F401 - connects the publication hooks
