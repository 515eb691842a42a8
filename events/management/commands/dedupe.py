"""`manage.py dedupe [FILE|-]`: add the de-duplication fields to normalized events (JSON lines).

Each record comes back with `cluster`, `duplicate_of` (an external_id or null), `similarity` (0–1) and
`dedup_band` (docs/event-format.md). It touches no database: the batch is compared with itself only.
Exit 2 with a one-line reason on stderr when the input cannot be read.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from events.jsonlines import EXIT_UNREADABLE, dumps_line, read_records
from events.pipeline.dedup import DEFAULT_CONFIG, DedupStats, dedupe_batch

BAD_THRESHOLDS = "--review-threshold must not be above --merge-threshold, and both must be between 0 and 1"
SUMMARY = "{records} records, {clusters} clusters, {duplicates} duplicates, {review} for review, {pairs} pairs compared"


class Command(BaseCommand):
    help = "Add cluster, duplicate_of, similarity and dedup_band to normalized events (JSON lines)."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("target", nargs="?", default="-", metavar="FILE", help="JSON lines; '-' for stdin.")
        parser.add_argument("--merge-threshold", type=float, default=DEFAULT_CONFIG.merge_threshold)
        parser.add_argument("--review-threshold", type=float, default=DEFAULT_CONFIG.review_threshold)

    def handle(self, *args: Any, **options: Any) -> None:
        merge, review = options["merge_threshold"], options["review_threshold"]
        if not 0 <= review <= merge <= 1:
            raise CommandError(BAD_THRESHOLDS, returncode=EXIT_UNREADABLE)
        config = dataclasses.replace(DEFAULT_CONFIG, merge_threshold=merge, review_threshold=review)
        records = read_records(options["target"])
        stats = DedupStats()
        results = dedupe_batch(records, config=config, stats=stats)
        for record, result in zip(records, results, strict=True):
            self.stdout.write(dumps_line({**record, **result.fields()}))
        if options["verbosity"] > 1:
            self.stderr.write(
                SUMMARY.format(
                    records=len(records),
                    clusters=len({result.cluster for result in results}),
                    duplicates=sum(1 for result in results if result.duplicate_of is not None),
                    review=sum(1 for result in results if result.band == "review"),
                    pairs=stats.pairs_compared,
                )
            )
