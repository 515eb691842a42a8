"""`manage.py send_digests [--force] [--cadence daily|weekly] [--city SLUG] [--queue] [--batch-size N]`.

Sends the digests that are due now (beat does the same every quarter hour through digests.tasks), here with a
progress bar, or with --queue as one Celery task per batch on the email queue. --force sends the current
period's digest now, whatever the hour on the city's clock; still once per subscriber and period: a second
--force finds every row claimed and sends nothing.
"""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone
from tqdm import tqdm

from digests.models import Cadence
from digests.services.sending import MAX_BATCH, BatchResult, digests_send
from events.models import City

UNKNOWN_CITY = "No city with slug {slug!r}."
BAD_BATCH_SIZE = "--batch-size must be between 1 and {limit}."
SUMMARY = "Sent {sent} digests, {empty} with nothing new, {suppressed} suppressed, {failed} failed."
QUEUED = "Queued {queued} digests in {batches} batches on the email queue."
DEFERRED = "{deferred} refused for now by the mail server (4xx): a later run tries them again."
HELD = "{held} left to the worker already sending them (they are retried once its claim expires)."


class Command(BaseCommand):
    help = "Send the digests that are due (per city clock); --force sends the current period now, once."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--force", action="store_true", help="The current period now, whatever the hour.")
        parser.add_argument("--cadence", choices=Cadence.values, help="Only daily or only weekly subscriptions.")
        parser.add_argument("--city", metavar="SLUG", help="Only this city's subscriptions.")
        parser.add_argument("--queue", action="store_true", help="Queue Celery batches instead of sending here.")
        parser.add_argument("--batch-size", type=int, default=MAX_BATCH, help=f"Subscribers per batch (≤ {MAX_BATCH}).")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar (for logs).")

    def handle(self, *args: Any, **options: Any) -> None:
        if not 1 <= options["batch_size"] <= MAX_BATCH:
            raise CommandError(BAD_BATCH_SIZE.format(limit=MAX_BATCH))
        city = None
        if options["city"]:
            city = City.objects.filter(slug=options["city"]).first()
            if city is None:
                raise CommandError(UNKNOWN_CITY.format(slug=options["city"]))
        bar = tqdm(unit="subscriber", disable=options["no_progress"], file=sys.stderr, dynamic_ncols=True, total=None)

        def progress(done: int, total: int, outcome: BatchResult | None) -> None:
            bar.total = total
            bar.update(done)
            if outcome is not None:
                bar.set_postfix(sent=outcome.sent, empty=outcome.empty, failed=outcome.failed)

        try:
            totals = digests_send(
                now=timezone.now(), cadence=options["cadence"], force=options["force"], city=city,
                progress=progress, batch_size=options["batch_size"], dispatch=options["queue"],
            )  # fmt: skip
        finally:
            bar.close()
        if options["queue"]:
            self.stdout.write(QUEUED.format(queued=totals.queued, batches=totals.batches))
            return
        summary = SUMMARY.format(
            sent=totals.sent, empty=totals.empty, suppressed=totals.suppressed, failed=totals.failed
        )
        self.stdout.write(self.style.ERROR(summary) if totals.failed else self.style.SUCCESS(summary))
        if totals.deferred:
            self.stdout.write(self.style.WARNING(DEFERRED.format(deferred=totals.deferred)))
        if totals.held:
            self.stdout.write(self.style.WARNING(HELD.format(held=totals.held)))
