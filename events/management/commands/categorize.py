"""`manage.py categorize [FILE|-]`: add the category fields to normalized events (JSON lines).

Each record comes back with every field it had, in its order, plus `category`, `subcategory` and
`category_confidence` appended and `tags` replaced by the normalized tags (docs/event-format.md). It touches no
database. Exit 2 with a one-line reason on stderr when the input cannot be read, a line is not a JSON object, or
there is no trained model; nothing is written to stdout then.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from events.jsonlines import EXIT_UNREADABLE, dumps_line, read_records
from events.pipeline.categorize import (
    DEFAULT_CONFIG,
    DEFAULT_MODEL_DIR,
    CategorizerError,
    categorize_batch,
    load_categorizer,
)

BAD_BATCH_SIZE = "--batch-size must be a positive number"
SUMMARY = "{records} records: {methods}; {low} below confidence {threshold}"
CHUNK = 1000  # records per categorize_batch call: bounded memory for big files, still large batches


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
        records = read_records(target)
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
                self.stdout.write(dumps_line(record))
                methods[result.method] += 1
                low += result.low_confidence
        if options["verbosity"] > 1:
            summary = ", ".join(f"{count} by {method}" for method, count in methods.most_common()) or "none"
            self.stderr.write(
                SUMMARY.format(records=len(records), methods=summary, low=low, threshold=config.min_confidence)
            )
