"""`manage.py categorize [FILE|-]`: add the category fields to normalized events (JSON lines).

Each record comes back with every field it had, in its order, plus `category`, `subcategory` and
`category_confidence` appended and `tags` replaced by the normalized tags (ARCHITECTURE.md §4.1). It touches no
database. Exit 2 with a one-line reason on stderr when the input cannot be read, a line is not a JSON object, or
there is no trained model; nothing is written to stdout then.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from events.pipeline.categorize import (
    DEFAULT_CONFIG,
    DEFAULT_MODEL_DIR,
    CategorizerError,
    categorize_batch,
    load_categorizer,
)

UNREADABLE = "cannot read {target}: {error}"
NOT_UTF8 = "{target} is not UTF-8 text"
BAD_JSON = "{target}, line {line}: invalid JSON ({error})"
NOT_AN_OBJECT = "{target}, line {line}: expected a JSON object, got {kind}"
BAD_BATCH_SIZE = "--batch-size must be a positive number"
SUMMARY = "{records} records: {methods}; {low} below confidence {threshold}"
EXIT_UNREADABLE = 2
CHUNK = 1000  # records per categorize_batch call: bounded memory for big files, still large batches


def parse_lines(text: str, target: str) -> list[dict[str, Any]]:
    """JSON lines to records; blank lines are skipped. A bad line is an error that names it."""
    records: list[dict[str, Any]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            message = BAD_JSON.format(target=target, line=number, error=exc.msg)
            raise CommandError(message, returncode=EXIT_UNREADABLE) from None
        if not isinstance(record, dict):
            message = NOT_AN_OBJECT.format(target=target, line=number, kind=type(record).__name__)
            raise CommandError(message, returncode=EXIT_UNREADABLE)
        records.append(record)
    return records


class Command(BaseCommand):
    help = "Add category, subcategory, category_confidence and tags to normalized events (JSON lines)."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("target", nargs="?", default="-", metavar="FILE|-", help="JSON lines; '-' for stdin.")
        parser.add_argument("--model", default=str(DEFAULT_MODEL_DIR), help="The trained categorizer directory.")
        parser.add_argument("--batch-size", type=int, default=DEFAULT_CONFIG.batch_size)

    def handle(self, *args: Any, **options: Any) -> None:
        if options["batch_size"] < 1:
            raise CommandError(BAD_BATCH_SIZE, returncode=EXIT_UNREADABLE)
        target = options["target"]
        records = parse_lines(self._read(target), "stdin" if target == "-" else target)
        try:
            categorizer = load_categorizer(options["model"])
        except CategorizerError as exc:
            raise CommandError(str(exc), returncode=EXIT_UNREADABLE) from exc
        config = dataclasses.replace(DEFAULT_CONFIG, batch_size=options["batch_size"])
        methods: Counter[str] = Counter()
        low = 0
        for start in range(0, len(records), CHUNK):
            chunk = records[start : start + CHUNK]
            for record, result in zip(chunk, categorize_batch(chunk, model=categorizer, config=config), strict=True):
                # dict.update keeps the position of keys the record already has (tags) and appends the new ones.
                record.update(result.as_fields())
                self.stdout.write(json.dumps(record, ensure_ascii=False))
                methods[result.method] += 1
                low += result.low_confidence
        if options["verbosity"] > 1:
            summary = ", ".join(f"{count} by {method}" for method, count in methods.most_common()) or "none"
            self.stderr.write(
                SUMMARY.format(records=len(records), methods=summary, low=low, threshold=config.min_confidence)
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
