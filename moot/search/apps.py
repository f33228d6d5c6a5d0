from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "moot.search"
    label = "search"
    verbose_name = "Search"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from moot.search import signals

        signals.connect()
        post_migrate.connect(signals.build_if_empty, sender=self, dispatch_uid="moot.search.build")
