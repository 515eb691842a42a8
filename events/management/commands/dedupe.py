"""`manage.py dedupe [FILE|-]`: add the de-duplication fields to normalized events (JSON lines).

Each record comes back with `cluster`, `duplicate_of` (an external_id or null), `similarity` (0–1) and
`dedup_band` (ARCHITECTURE.md §4.1). It touches no database: the batch is compared with itself only.
Exit 2 with a one-line reason on stderr when the input cannot be read.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from events.pipeline.dedup import DEFAULT_CONFIG, DedupStats, dedupe_batch

UNREADABLE = "cannot read {target}: {error}"
NOT_UTF8 = "{target} is not UTF-8 text"
BAD_JSON = "line {line}: invalid JSON ({error})"
NOT_AN_OBJECT = "line {line}: expected a JSON object, got {kind}"
BAD_THRESHOLDS = "--review-threshold must not be above --merge-threshold, and both must be between 0 and 1"
SUMMARY = "{records} records, {clusters} clusters, {duplicates} duplicates, {review} for review, {pairs} pairs compared"
EXIT_UNREADABLE = 2


def parse_lines(text: str) -> list[dict[str, Any]]:
    """JSON lines to records; blank lines are skipped. A bad line is an error that names it."""
    records: list[dict[str, Any]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CommandError(BAD_JSON.format(line=number, error=exc.msg), returncode=EXIT_UNREADABLE) from None
        if not isinstance(record, dict):
            kind = type(record).__name__
            raise CommandError(NOT_AN_OBJECT.format(line=number, kind=kind), returncode=EXIT_UNREADABLE)
        records.append(record)
    return records


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
        records = parse_lines(self._read(options["target"]))
        stats = DedupStats()
        results = dedupe_batch(records, config=config, stats=stats)
        for record, result in zip(records, results, strict=True):
            self.stdout.write(json.dumps({**record, **result.fields()}, ensure_ascii=False))
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

    def _read(self, target: str) -> str:
        try:
            payload = sys.stdin.buffer.read() if target == "-" else Path(target).read_bytes()
            return payload.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CommandError(NOT_UTF8.format(target=target), returncode=EXIT_UNREADABLE) from None
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise CommandError(UNREADABLE.format(target=target, error=reason), returncode=EXIT_UNREADABLE) from exc
