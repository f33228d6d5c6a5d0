"""The job queue is django-tasks-db's ``DBTaskResult``; Moot adds a proxy for the admin's
list of failed jobs."""

from __future__ import annotations

from django.db import models
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult


class FailedJobManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(status=TaskResultStatus.FAILED)


class FailedJob(DBTaskResult):
    """A job that used up its attempts (``moot.jobs.rules``), with its last error."""

    objects = FailedJobManager()

    class Meta:
        proxy = True
        verbose_name = "failed job"
        verbose_name_plural = "failed jobs"
