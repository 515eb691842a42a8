"""`manage.py extract PATH_OR_URL`: print a file's or URL's events as normalized JSON lines.

For debugging and evaluating adapters. It touches no database. Exit 0 (possibly with no lines) when the
input was read; exit 2 with a one-line reason on stderr when it could not be, never a traceback.

Everything printed comes from untrusted documents, so nothing reaches the terminal raw: JSON lines go
through ``events.jsonlines.dumps_line`` and every stderr line loses its control characters and escapes.

JSON (or XML) nobody configured is read with a ``json_api`` config inferred from it: ``--show-mapping`` prints that
config (one JSON line) on stderr before the events, ``--mapping-only`` prints it on stdout instead of the
events (ready to save as a source's config), and ``--config FILE`` reads the input with a given config instead
(a draft being tried: ``--kind json_api --config draft.json``).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import zoneinfo
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from events.jsonlines import dumps_line
from events.zones import zone
from sources import extraction
from sources.adapters.base import FetchWindow
from sources.decoding import strip_controls
from sources.extraction import ExtractionError, extract_document
from sources.fetching import FetchError
from sources.http import HttpClient

UNREADABLE = "cannot read {target}: {error}"
EMPTY_INPUT = "{target} is empty"
BAD_ZONE = "unknown timezone {name!r} for --tz (use an IANA name such as America/Chicago)"
BAD_BOUND = "cannot read {option} {value!r}: use an ISO date or datetime (2026-12-01 or 2026-12-01T18:00)"
EMPTY_WINDOW = "--to must be after --from"
SKIPPED = "skipped {external_id}: {reason}"
NOTE = "note: {note}"
SKIPPED_FILE = "skipped file {path}: {reason}"
NOTHING_READABLE = "no readable calendar, feed, page or API response in {target}"
MAPPING = "mapping: {mapping}"
NO_MAPPING = "{target}: no mapping was inferred (its adapter reads it without one)"
BAD_CONFIG = "cannot read --config {path}: {error}"
EXIT_UNREADABLE = 2


def one_line(text: object) -> str:
    """A message safe for a terminal, on one line: no control characters or escapes, no line breaks."""
    return " ".join(strip_controls(str(text)).split())


def unreadable(target: str, error: object) -> CommandError:
    return CommandError(one_line(UNREADABLE.format(target=target, error=error)), returncode=EXIT_UNREADABLE)


def parse_bound(option: str, value: str) -> dt.datetime:
    """An ISO date or datetime; a naive one stays naive and is read in the feed's own timezone."""
    try:
        if len(value) == 10:
            return dt.datetime.combine(dt.date.fromisoformat(value), dt.time.min)
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise CommandError(one_line(BAD_BOUND.format(option=option, value=value)), returncode=EXIT_UNREADABLE) from None


class Command(BaseCommand):
    help = "Print the events in a calendar, feed or page as normalized JSON lines (touches no database)."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "target",
            metavar="PATH_OR_URL",
            help="A file, a folder (every file in it), '-' for standard input, or a URL.",
        )
        parser.add_argument("--kind", default="auto", help="auto (sniff the content) or an adapter name.")
        parser.add_argument("--url", dest="page_url", help="The page's own URL: resolves relative links.")
        parser.add_argument("--tz", help="IANA timezone for times that carry none.")
        parser.add_argument(
            "--from", dest="start", help="Start of the window for recurring series (default: yesterday)."
        )
        parser.add_argument("--to", dest="end", help="End of the window (default: one year ahead).")
        parser.add_argument("--allow-private", action="store_true", help="Allow URLs on private or loopback addresses.")
        parser.add_argument(
            "--show-mapping",
            action="store_true",
            help="For JSON or XML nobody configured: print the inferred json_api config on stderr, then the events.",
        )
        parser.add_argument(
            "--mapping-only",
            action="store_true",
            help="Print only the inferred json_api config (JSON, on stdout), not the events.",
        )
        parser.add_argument(
            "--config", dest="config_path", metavar="FILE", help="A JSON adapter config to read the input with."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        target = options["target"]
        options["config"] = self._config(options.get("config_path"))
        window = self._window(options["start"], options["end"])
        zone = self._zone(options["tz"])
        folder = Path(target)
        if target != "-" and folder.is_dir():
            self._extract_folder(folder, options, window, zone)
            return
        payload = self._read(target, allow_private=options["allow_private"])
        self._extract(target, payload, options, window, zone)

    def _extract_folder(self, folder: Path, options: dict[str, Any], window: FetchWindow, zone: Any) -> None:
        """Every file in a folder, each sniffed on its own; unreadable ones are listed, the rest printed."""
        files = sorted(path for path in folder.rglob("*") if path.is_file() and not path.name.startswith("."))
        read = 0
        for path in files:
            try:
                self._extract(str(path), self._read(str(path), allow_private=False), options, window, zone)
                read += 1
            except CommandError as exc:
                self.stderr.write(one_line(SKIPPED_FILE.format(path=path, reason=exc)))
        if not read:
            raise CommandError(one_line(NOTHING_READABLE.format(target=folder)), returncode=EXIT_UNREADABLE)

    def _extract(self, target: str, payload: bytes, options: dict[str, Any], window: FetchWindow, zone: Any) -> None:
        try:
            result = extract_document(
                payload,
                window=window,
                kind=options["kind"],
                page_url=options["page_url"],
                zone=zone,
                config=options.get("config"),
            )
        except ExtractionError as exc:
            reason = EMPTY_INPUT.format(target=target) if str(exc) == extraction.EMPTY_INPUT else None
            raise CommandError(
                one_line(reason or UNREADABLE.format(target=target, error=exc)), returncode=EXIT_UNREADABLE
            ) from exc
        if self._mapping(target, result, options):
            return
        for note in result.notes:
            self.stderr.write(one_line(NOTE.format(note=note)))
        for external_id, reason in result.skipped:
            self.stderr.write(one_line(SKIPPED.format(external_id=external_id, reason=reason)))
        for record in result.events:
            self.stdout.write(dumps_line(record))

    def _mapping(self, target: str, result: extraction.Extraction, options: dict[str, Any]) -> bool:
        """Print the inferred mapping when asked; True when that is all that was asked for."""
        if options.get("mapping_only"):
            if result.inferred is None:
                self.stderr.write(one_line(NO_MAPPING.format(target=target)))
            else:
                self.stdout.write(json.dumps(result.inferred, indent=2, ensure_ascii=False))
            return True
        if options.get("show_mapping") and result.inferred is not None:
            mapping = json.dumps(result.inferred, ensure_ascii=False, separators=(",", ":"))
            self.stderr.write(one_line(MAPPING.format(mapping=mapping)))
        return False

    def _config(self, path: str | None) -> dict[str, Any] | None:
        if not path:
            return None
        try:
            config = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CommandError(one_line(BAD_CONFIG.format(path=path, error=exc)), returncode=EXIT_UNREADABLE) from exc
        if not isinstance(config, dict):
            raise CommandError(
                one_line(BAD_CONFIG.format(path=path, error="not a JSON object")), returncode=EXIT_UNREADABLE
            )
        return config

    def _read(self, target: str, *, allow_private: bool) -> bytes:
        try:
            if target == "-":
                return sys.stdin.buffer.read()
            if target.lower().startswith(("http://", "https://", "webcal://")):
                with HttpClient(rate_key="extract", allow_private=allow_private) as http:
                    return http.get(target).content
            return Path(target).read_bytes()
        except (OSError, FetchError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise unreadable(target, reason) from exc

    def _zone(self, name: str | None) -> zoneinfo.ZoneInfo | None:
        if not name:
            return None
        found = zone(name)
        if found is None:
            raise CommandError(one_line(BAD_ZONE.format(name=name)), returncode=EXIT_UNREADABLE)
        return found

    def _window(self, start: str | None, end: str | None) -> FetchWindow:
        default = extraction.default_window(timezone.now())  # the same span the draft page and bench/eval read
        lower = parse_bound("--from", start) if start else default.start
        upper = parse_bound("--to", end) if end else default.end
        if start and not end and lower.tzinfo is None:
            upper = upper.replace(tzinfo=None)  # keep both bounds in the feed's zone
        if end and not start and upper.tzinfo is None:
            lower = lower.replace(tzinfo=None)
        if (lower.tzinfo is None) != (upper.tzinfo is None):
            raise CommandError(
                BAD_BOUND.format(option="--from/--to", value=f"{start} / {end}") + " (both naive or both with offsets)",
                returncode=EXIT_UNREADABLE,
            )
        if upper <= lower:
            raise CommandError(EMPTY_WINDOW, returncode=EXIT_UNREADABLE)
        return FetchWindow(start=lower, end=upper, fetched=timezone.now())  # a backfill's fetch is now (left34)
