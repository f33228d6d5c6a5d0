from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "moot.ingest"
    label = "ingest"
