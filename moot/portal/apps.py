from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "moot.portal"
    label = "portal"

    def ready(self) -> None:
        from moot.portal.cache import connect_signals

        connect_signals()
