from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "moot.reports"
    verbose_name = "Report sign-off"
