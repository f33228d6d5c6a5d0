"""Signals the meetings services send for writes that send no model signals.

``meeting_records_changed`` (sender: ``Meeting``, ``meeting_id``): a bulk write
(``QuerySet.update``, ``bulk_update``) changed the record of one meeting. Search re-indexes
the meeting and the page cache renews its version, both when the transaction commits.
"""

from django.dispatch import Signal

meeting_records_changed = Signal()
