from django.apps import AppConfig


class ExecutiveConfig(AppConfig):
    name = "moot.executive"
    label = "executive"
    verbose_name = "Executive decisions"
