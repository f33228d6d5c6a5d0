"""When each part of the public record last changed, for incremental harvesting
(``updated_since``) and ``Last-Modified``. The record's own tables carry no change time;
these rows are written by ``moot.api.stamps`` when a transaction that changed the record
commits, so they never say a rolled-back change happened."""

from django.db import models


class MeetingStamp(models.Model):
    """The last change to a meeting's record: the meeting row, its items, documents,
    attendance, minutes, decisions, votes, declarations, actions."""

    meeting = models.OneToOneField(
        "meetings.Meeting", on_delete=models.CASCADE, primary_key=True, related_name="api_stamp"
    )
    updated_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"changed at {self.updated_at:%Y-%m-%d %H:%M:%S}"


class BodyStamp(models.Model):
    """The last change to a body's own row (its name, purpose, dates)."""

    body = models.OneToOneField(
        "governance.Body", on_delete=models.CASCADE, primary_key=True, related_name="api_stamp"
    )
    updated_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"changed at {self.updated_at:%Y-%m-%d %H:%M:%S}"


class RecordStamp(models.Model):
    """The last change to anything else every answer may show ("governance": people,
    organisations, terms of reference, seats, memberships), and the last change of all
    ("any"), for ``Last-Modified``."""

    scope = models.CharField(max_length=40, primary_key=True)
    updated_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.scope} changed at {self.updated_at:%Y-%m-%d %H:%M:%S}"


class ExportFile(models.Model):
    """The current bulk export of one body's meetings in one calendar year: a JSON Lines
    file in the storage (``name``), rebuilt by a background job when the record changes
    (``moot.api.exports``). The row is switched to a new file only once that file is
    complete, so a build that fails leaves the previous one served."""

    body = models.ForeignKey(
        "governance.Body", on_delete=models.CASCADE, related_name="export_files"
    )
    year = models.PositiveSmallIntegerField()
    name = models.CharField(max_length=300)
    records = models.PositiveIntegerField()
    bytes = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    built_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["body", "year"], name="api_export_one_per_body_year")
        ]

    def __str__(self) -> str:
        return f"{self.year}: {self.records} records"
