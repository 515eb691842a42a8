"""`manage.py fetch --source SLUG | --all`: fetch sources, stage their records and publish them.

Runs in this process with a progress bar, or with --queue hands each source to the Celery fetch queue.
Exits non-zero when any source failed; the other sources still run.
"""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from config.celery import enqueue_on_commit
from events.services import ProcessResult, staged_events_process
from sources.models import FetchRun, Source
from sources.schedules import UNSCHEDULED_ADAPTERS
from sources.services import batches, source_fetch
from sources.tasks import fetch_source

NOTHING_TO_FETCH = "Name sources with --source SLUG (repeatable) or pass --all."
UNKNOWN_SOURCES = "No source with slug: {slugs}"
SOME_FAILED = "{failed} of {total} sources failed: {slugs}"


class Command(BaseCommand):
    help = "Fetch sources now: stage what they list and publish it through the pipeline."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--source", action="append", default=[], metavar="SLUG", help="A source to fetch (repeatable)."
        )
        parser.add_argument("--all", action="store_true", help="Every active source.")
        parser.add_argument("--queue", action="store_true", help="Queue Celery tasks instead of running here.")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar (for logs).")

    def handle(self, *args: Any, **options: Any) -> None:
        sources = self._sources(options["source"], every=options["all"])
        if options["queue"]:
            for source in sources:
                enqueue_on_commit(fetch_source, source.pk, FetchRun.Trigger.COMMAND)
                self.stdout.write(f"queued {source.slug}")
            return
        failed: list[str] = []
        bar = tqdm(sources, unit="source", disable=options["no_progress"], file=sys.stderr, dynamic_ncols=True)
        for source in bar:
            bar.set_postfix_str(source.slug)
            outcome = source_fetch(source=source, trigger=FetchRun.Trigger.COMMAND)
            run = outcome.run
            if run.status == FetchRun.Status.FAILED:
                failed.append(source.slug)
                self._say(
                    bar, self.style.ERROR(f"✗ {source.slug}: {run.errors[0]['reason'] if run.errors else 'failed'}")
                )
                continue
            if run.status == FetchRun.Status.SKIPPED:
                self._say(bar, self.style.WARNING(f"↷ {source.slug}: {run.errors[0]['reason']}"))
                continue
            processed = ProcessResult()
            for batch in batches(outcome.pending_ids):
                processed.add(staged_events_process(staged_event_ids=batch))
            self._say(
                bar,
                self.style.SUCCESS(f"✓ {source.slug}: ")
                + f"{run.found} found, {run.new} new, {run.updated} updated, {run.unchanged} unchanged, "
                f"{run.failed} unreadable → {processed.published} published, {processed.held} held, "
                f"{processed.rejected} rejected, {processed.duplicates} duplicates ({run.duration_ms} ms)",
            )
        if failed:
            raise CommandError(SOME_FAILED.format(failed=len(failed), total=len(sources), slugs=", ".join(failed)))

    def _say(self, bar: tqdm, line: str) -> None:
        """A result line on stdout without tearing the progress bar on stderr."""
        bar.clear()
        self.stdout.write(line)
        bar.refresh()

    def _sources(self, slugs: list[str], *, every: bool) -> list[Source]:
        if every:
            fetchable = Source.objects.filter(is_active=True).exclude(adapter__in=UNSCHEDULED_ADAPTERS)
            return list(fetchable.select_related("city").order_by("-priority", "slug"))
        if not slugs:
            raise CommandError(NOTHING_TO_FETCH)
        found = {source.slug: source for source in Source.objects.filter(slug__in=slugs).select_related("city")}
        missing = [slug for slug in slugs if slug not in found]
        if missing:
            raise CommandError(UNKNOWN_SOURCES.format(slugs=", ".join(missing)))
        return [found[slug] for slug in dict.fromkeys(slugs)]
