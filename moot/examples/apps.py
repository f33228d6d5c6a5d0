from django.apps import AppConfig


class ExamplesConfig(AppConfig):
    name = "moot.examples"
    label = "examples"
