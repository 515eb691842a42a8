"""The contract every source adapter follows.

An adapter turns what a source publishes into ``RawEvent`` records (the normalized event of
ARCHITECTURE.md §4.1). It is pure: it fetches bytes (``fetch_payload``) and parses them (``parse``), and
never touches the database. Records it cannot read become ``RejectedRecord`` values with a reason, so
one bad record is quarantined instead of failing the whole source.
"""

from __future__ import annotations

import abc
import dataclasses
import datetime as dt
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from sources.fetching import read_source_payload

COST_TYPES = frozenset({"free", "paid", "donation", "variable", "unknown"})
STATUSES = frozenset({"scheduled", "cancelled", "postponed", "rescheduled"})


class AdapterError(Exception):
    """The source as a whole could not be read (unreachable, not the expected format, …)."""


@dataclasses.dataclass(frozen=True, slots=True)
class FetchWindow:
    """The period recurring series are expanded over: occurrences overlapping [start, end)."""

    start: dt.datetime
    end: dt.datetime


@dataclasses.dataclass(slots=True, kw_only=True)
class RawEvent:
    """One event as a source describes it, in the shape of ARCHITECTURE.md §4.1.

    ``start``/``end`` are aware datetimes in the event's own timezone, or dates for all-day events (an
    all-day ``end`` is the last day, inclusive, and None for a single day).
    """

    source: str
    external_id: str
    title: str
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date | None = None
    all_day: bool = False
    timezone: str | None = None
    description: str | None = None
    venue_name: str | None = None
    address: str | None = None
    city: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    url: str | None = None
    ticket_url: str | None = None
    image_url: str | None = None
    organizer: str | None = None
    cost_type: str = "unknown"
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    currency: str | None = None
    status: str = "scheduled"
    online: bool = False
    rrule: str | None = None
    source_category: str | None = None
    tags: list[str] = dataclasses.field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The JSON-ready dict of §4.1: ISO 8601 times with their UTC offset, numbers as floats."""
        data = {field.name: getattr(self, field.name) for field in dataclasses.fields(self)}
        for key in ("start", "end"):
            value = data[key]
            data[key] = value.isoformat() if value is not None else None
        for key in ("price_min", "price_max"):
            if data[key] is not None:
                data[key] = float(data[key])
        data["tags"] = list(self.tags)
        return data


@dataclasses.dataclass(frozen=True, slots=True)
class RejectedRecord:
    """A record the adapter could not read; it is quarantined with its reason."""

    external_id: str
    reason: str
    raw: Mapping[str, Any] = dataclasses.field(default_factory=dict)


ParsedRecord = RawEvent | RejectedRecord


@dataclasses.dataclass(frozen=True, slots=True)
class AdapterContext:
    """What an adapter knows about the run it is part of."""

    source: str
    window: FetchWindow
    default_timezone: ZoneInfo | None = None
    base_url: str | None = None


class Adapter(abc.ABC):
    """Base class of every adapter. Subclasses set ``name`` and implement ``parse``.

    ``complete_listing`` says whether one fetch returns every upcoming event of the source, so that an
    event missing from it may be treated as withdrawn (a paginated search result is not complete).
    """

    name: ClassVar[str]
    label: ClassVar[str]
    complete_listing: ClassVar[bool] = True

    def __init__(self, *, config: Mapping[str, Any], context: AdapterContext) -> None:
        self.config = config
        self.context = context

    def fetch_payload(self) -> bytes:
        """Read the source's raw bytes: a ``url`` (http, https, webcal) or a local ``path`` from the config."""
        return read_source_payload(self.config)

    def fetch(self) -> Iterator[ParsedRecord]:
        return self.parse(self.fetch_payload())

    @abc.abstractmethod
    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        """Parse a payload into records. Raise AdapterError when the payload as a whole is unreadable."""

    @classmethod
    def sniff(cls, payload: bytes) -> bool:
        """Whether the payload looks like this adapter's format (for ``extract --kind auto``)."""
        return False
