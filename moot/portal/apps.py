from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "moot.portal"
    label = "portal"
