from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "moot.jobs"
    label = "jobs"
    verbose_name = "Background jobs"
