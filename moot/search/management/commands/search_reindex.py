from django.core.management.base import BaseCommand

from moot.search.services import reindex_all


class Command(BaseCommand):
    help = "Rebuild the public search index from the record (moot manage search_reindex)."

    def handle(self, *args, **options):
        rows = reindex_all()
        self.stdout.write(f"Search index rebuilt: {rows} entries.")
