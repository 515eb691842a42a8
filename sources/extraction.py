"""Reading one document into normalized events, without a database: what ``manage.py extract`` and
``make eval`` share.

``extract_document`` picks the adapter (``auto`` sniffs the content), parses, and normalizes every record.
Nothing it is given can make it raise anything but ``ExtractionError`` (a one-line reason): a document it
cannot read as a whole is that error; a record it cannot read is a ``skipped`` entry with its reason, and
the rest of the document is still read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo
from typing import Any

from events.pipeline.normalize import normalize
from sources.adapters import registry
from sources.adapters._json_page_read import PAGE_ADAPTER, page_reading
from sources.adapters._leading_scripts import after_leading_scripts
from sources.adapters.base import RECORD_ERRORS, Adapter, AdapterContext, AdapterError, FetchWindow, RejectedRecord
from sources.adapters.common import reading_year
from sources.fetching import FetchError

EMPTY_INPUT = "the document is empty"
UNKNOWN_KIND = "cannot tell what kind of content this is; pass --kind ({kinds})"
BAD_KIND = "unknown --kind {kind!r}; choose auto or one of: {kinds}"
UNEXPECTED = "{kind} while reading"
BAD_RECORD = "{kind} while normalizing"
PAGE_ADAPTERS = frozenset({"html", "jsonld"})  # the readers of a page: behind its scripts, another kind may hide
# A skipped record's id and reason are one line for a person: a reason quoting a 200 KB value is cut.
MAX_REASON = 300
# The widest window read: "--from 0001-01-01T00:00+14:00" is before datetime's first UTC instant, and readers
# convert, widen and step window bounds, so a bound past these (wall time, its own offset kept) is moved in.
EARLIEST_YEAR = 100
LATEST_YEAR = 9900


class ExtractionError(Exception):
    """The document as a whole could not be read; the message is one line, safe to print."""


@dataclasses.dataclass(slots=True)
class Extraction:
    """What one document gave: normalized events (§4.1 dicts), skipped records and run notes."""

    adapter: str
    events: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    skipped: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # (external_id, reason)
    notes: list[str] = dataclasses.field(default_factory=list)
    # Set by adapters that infer how to read a document (json_api with kind auto): what they inferred.
    inferred: dict[str, Any] | None = None


def default_window(now: dt.datetime) -> FetchWindow:
    """Yesterday to one year ahead of ``now``: the span recurring series are expanded over by default."""
    return FetchWindow(start=now - dt.timedelta(days=1), end=now + dt.timedelta(days=365))


def clamped(window: FetchWindow) -> FetchWindow:
    """The window with a bound outside EARLIEST_YEAR…LATEST_YEAR moved to its edge (offset or zone kept)."""

    def clamp(moment: dt.datetime) -> dt.datetime:
        if EARLIEST_YEAR <= moment.year < LATEST_YEAR:
            return moment
        year = EARLIEST_YEAR if moment.year < EARLIEST_YEAR else LATEST_YEAR
        return moment.replace(year=year, month=1, day=1, hour=0, minute=0, second=0, microsecond=0)

    return dataclasses.replace(window, start=clamp(window.start), end=clamp(window.end))


def adapter_for(kind: str, payload: bytes) -> type[Adapter]:
    """The adapter class for ``kind``; ``auto`` sniffs the payload. ExtractionError when none fits."""
    kinds = ", ".join(registry.names())
    if kind == "auto":
        found = registry.sniff(payload)
        if found is None:
            raise ExtractionError(UNKNOWN_KIND.format(kinds=kinds))
        return found
    try:
        return registry.get(kind)
    except registry.AdapterNotFound:
        raise ExtractionError(BAD_KIND.format(kind=kind, kinds=kinds)) from None


def _sniffed(kind: str, payload: bytes) -> tuple[type[Adapter], bytes]:
    """The adapter and the bytes it reads: with ``auto``, a calendar, JSON or XML document behind leading scripts
    is read as its own kind, from after them (_leading_scripts)."""
    rest = after_leading_scripts(payload) if kind == "auto" else None
    found = registry.sniff(rest) if rest is not None else None
    if rest is not None and found is not None and found.name not in PAGE_ADAPTERS:
        return found, rest
    return adapter_for(kind, payload), payload


def extract_document(
    payload: bytes,
    *,
    window: FetchWindow,
    kind: str = "auto",
    page_url: str | None = None,
    zone: zoneinfo.ZoneInfo | None = None,
    config: dict[str, Any] | None = None,
) -> Extraction:
    """Every event ``payload`` holds, normalized; see the module docstring for what can go wrong. Read as of the
    window's start: a clock before 2000 makes its own years plausible dates (``common.reading_year``)."""
    if not payload.strip():
        raise ExtractionError(EMPTY_INPUT)
    window = clamped(window)
    with reading_year(window.start.year):
        return _extracted(payload, window, kind, page_url, zone, config)


def _extracted(
    payload: bytes,
    window: FetchWindow,
    kind: str,
    page_url: str | None,
    zone: zoneinfo.ZoneInfo | None,
    config: dict[str, Any] | None,
) -> Extraction:
    try:
        adapter_class, payload = _sniffed(kind, payload)
    except ExtractionError:
        if kind != "auto" or (found := _page_body(payload, window, page_url, zone)) is None:
            raise
        return found  # a CMS's events page in its JSON (_json_page_read)
    context = AdapterContext(source=adapter_class.name, window=window, default_timezone=zone, base_url=page_url)
    adapter = adapter_class(config=config or {}, context=context)
    try:
        records = list(adapter.parse(payload))
    except (AdapterError, FetchError) as exc:
        raise ExtractionError(str(exc)) from exc
    except Exception as exc:  # hostile input: one line, never a traceback
        raise ExtractionError(UNEXPECTED.format(kind=type(exc).__name__)) from exc
    result = Extraction(adapter=adapter_class.name, notes=list(adapter.notes))
    result.inferred = getattr(adapter, "inferred", None)
    return _results(result, records)


def _page_body(
    payload: bytes, window: FetchWindow, page_url: str | None, zone: zoneinfo.ZoneInfo | None
) -> Extraction | None:
    """No reader takes the answer: its events page read as a page (``_json_page_read``, as a configured json_api
    source does), at ``--url`` if given, else at the page's link; None when it holds none."""
    context = AdapterContext(source=PAGE_ADAPTER, window=window, default_timezone=zone, base_url=page_url)
    try:
        reading = page_reading(payload, context, own_link=page_url is None)
    except (AdapterError, FetchError) as exc:
        raise ExtractionError(str(exc)) from exc
    except Exception as exc:  # hostile input: one line, never a traceback
        raise ExtractionError(UNEXPECTED.format(kind=type(exc).__name__)) from exc
    if reading is None:
        return None
    return _results(Extraction(adapter=PAGE_ADAPTER, notes=reading.notes), reading.records)


def _results(result: Extraction, records: list[Any]) -> Extraction:
    for record in records:
        if isinstance(record, RejectedRecord):
            result.skipped.append((_bounded(record.external_id), _bounded(record.reason)))
            continue
        _normalized_into(result, record.external_id, record.to_json())
    return result


def _normalized_into(result: Extraction, external_id: str, raw: dict[str, Any]) -> None:
    try:
        normalized = normalize(raw)
    except RECORD_ERRORS as exc:  # one hostile record costs that record, not the document
        result.skipped.append((_bounded(external_id), BAD_RECORD.format(kind=type(exc).__name__)))
        return
    if not normalized.ok:
        result.skipped.append((_bounded(external_id), _bounded("; ".join(normalized.errors))))
        return
    result.events.append(normalized.record)


def _bounded(text: str) -> str:
    text = str(text)
    return text if len(text) <= MAX_REASON else text[: MAX_REASON - 1] + "…"
