"""`manage.py sync_schedules`: install every Source's cron schedule into django-celery-beat. Idempotent."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from sources.schedules import schedules_sync_all


class Command(BaseCommand):
    help = "Install or update each Source's periodic fetch in the beat database scheduler."

    def handle(self, *args: Any, **options: Any) -> None:
        scheduled, removed = schedules_sync_all()
        self.stdout.write(f"{scheduled} sources scheduled, {removed} stale schedules removed.")
