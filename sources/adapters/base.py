"""The contract every source adapter follows.

An adapter turns what a source publishes into ``RawEvent`` records (the normalized event of
docs/event-format.md). It is pure: it fetches bytes (``fetch_payload``) and parses them (``parse``), and
never touches the database. Records it cannot read become ``RejectedRecord`` values with a reason, so
one bad record is quarantined instead of failing the whole source.

Both records clean themselves when built, the one place every adapter passes through: text loses control
characters, terminal escapes, NUL and lone surrogates (which break terminals, PostgreSQL and encoders),
numbers that are not finite become None, and a zone name that is not a zone becomes None.
"""

from __future__ import annotations

import abc
import dataclasses
import datetime as dt
import math
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from django.conf import settings

from events.zones import zone_key
from sources.decoding import strip_controls
from sources.fetching import FetchError, read_local_file
from sources.http import HttpClient


class AdapterError(Exception):
    """The source as a whole could not be read (unreachable, not the expected format, …)."""


NO_LOCATION = "The source config needs a 'url' or a 'path'."
NO_HTTP = "This adapter needs the network, but it was given no HTTP client."
MISSING_CREDENTIAL = "Missing credential {key!r} for the {adapter} adapter: set it in the environment ({hint})."

# What reading one record can raise on hostile values: a wrong shape (AttributeError, KeyError, TypeError),
# an unreadable value (ValueError, which includes UnicodeError), a number out of range (ArithmeticError:
# OverflowError, decimal.InvalidOperation), a hostile nesting (RecursionError). Adapters catch these per
# record and quarantine that record, so the rest of the document goes on.
RECORD_ERRORS = (AttributeError, KeyError, TypeError, ValueError, ArithmeticError, RecursionError)
# How deep a rejected record's raw value is kept: enough to find the item again, not a hostile nesting.
RAW_DEPTH = 12
TOO_DEEP = "…"


def clean_text(value: str | None) -> str | None:
    """Text without control characters, terminal escapes, NUL or lone surrogates."""
    return strip_controls(value) if isinstance(value, str) else value


def finite_number(value: Any) -> Any:
    """The number if it is finite; NaN and infinities (floats or Decimals) become None."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, Decimal) and not value.is_finite():
        return None
    return value


def clean_raw(value: Any, depth: int = 0) -> Any:
    """A raw record made safe to store and print: clean strings and keys, finite numbers, bounded depth."""
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, float | Decimal):
        return finite_number(value)
    if not isinstance(value, Mapping | list | tuple):
        return value
    if depth >= RAW_DEPTH:
        return TOO_DEEP
    if isinstance(value, Mapping):
        return {strip_controls(str(key)): clean_raw(item, depth + 1) for key, item in value.items()}
    return [clean_raw(item, depth + 1) for item in value]


@dataclasses.dataclass(frozen=True, slots=True)
class FetchWindow:
    """The period recurring series are expanded over: occurrences overlapping [start, end)."""

    start: dt.datetime
    end: dt.datetime
    # When the fetch ran, where the window is not around it (a backfill weeks back): a feed built after the window's
    # start but before the fetch was built then, not in the future (``_feed_build_time``, left34).
    fetched: dt.datetime | None = None

    def reading_day(self) -> dt.date:
        """The day a page or a feed is read on: "Today", a year-less date's year. The window starts the day before
        it (``services.default_window``, ``extraction.default_window``), so the day after the start, in its zone."""
        return (self.start + dt.timedelta(days=1)).date()


@dataclasses.dataclass(slots=True, kw_only=True)
class RawEvent:
    """One event as a source describes it, in the shape of docs/event-format.md.

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
    # Sold out: the event happens, its tickets are gone (Event.sold_out); a showing's own label says so.
    sold_out: bool = False
    online: bool = False
    rrule: str | None = None
    source_category: str | None = None
    tags: list[str] = dataclasses.field(default_factory=list)
    # The title as the source wrote it, when the adapter or the pipeline tidied it (a trailing venue cut).
    source_title: str | None = None
    # Documents beside the event (agenda, minutes, video…): [{"label": "Agenda", "url": "https://…"}].
    links: list[dict[str, str]] = dataclasses.field(default_factory=list)
    # How sure a guessing reader (a page without structured data) is of this record, 0–1; None when the
    # source states its events outright. Low confidence sends the record to moderators.
    confidence: float | None = None
    # What the reader checked or corrected, in words ("start corrected from the JSON-LD 14:30 to the
    # page's 9:30 AM"); shown to moderators, kept with the staged record.
    evidence: list[str] = dataclasses.field(default_factory=list)

    def __post_init__(self) -> None:
        for field in _TEXT_FIELDS:
            value = getattr(self, field)
            if isinstance(value, str):
                setattr(self, field, strip_controls(value))
        if isinstance(self.venue_name, str):  # an adapter's slip (a list) is left for the staging cleaner
            self.venue_name = place_text(self.venue_name)
        if isinstance(self.address, str):
            self.address = place_text(self.address)
        self.tags = [strip_controls(tag) for tag in self.tags if isinstance(tag, str)]
        self.links = [
            {"label": strip_controls(str(link.get("label") or "")), "url": strip_controls(link["url"])}
            for link in self.links
            if isinstance(link, Mapping) and isinstance(link.get("url"), str)
        ]
        self.evidence = [strip_controls(note) for note in self.evidence if isinstance(note, str)]
        self.confidence = finite_number(self.confidence)
        self.latitude = finite_number(self.latitude)
        self.longitude = finite_number(self.longitude)
        self.price_min = finite_number(self.price_min)
        self.price_max = finite_number(self.price_max)
        if self.timezone is not None:
            self.timezone = zone_key(self.timezone)

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
        data["links"] = [dict(link) for link in self.links]
        data["evidence"] = list(self.evidence)
        return data


# What a template may leave before a place, whichever reader found it: a stray backtick, a bullet, a colon, a dash,
# a separator ("`Swing Studio, 12 Main St", "• Town Hall", ": Room 4", "– Kaserne"). Quotes, brackets and "#" open
# a place's own name ("'s-Hertogenbosch", "(Online)", "#12 Studio"): kept.
_PLACE_LEAD = re.compile(r"^[\s`´•·‣▪▸►●◦*:;,|~>–—-]+")


def place_text(value: str) -> str | None:
    """A venue's name or an address without the template's punctuation before it; None when nothing else is left."""
    return _PLACE_LEAD.sub("", value) or None


# The text fields of a RawEvent (annotations are strings here: ``from __future__ import annotations``).
_TEXT_FIELDS = tuple(
    field.name
    for field in dataclasses.fields(RawEvent)
    if field.type in ("str", "str | None") and field.name != "timezone"
)


@dataclasses.dataclass(frozen=True, slots=True)
class RejectedRecord:
    """A record the adapter could not read; it is quarantined with its reason."""

    external_id: str
    reason: str
    raw: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        # Frozen: the cleaned values are set the way dataclasses set them.
        object.__setattr__(self, "external_id", strip_controls(str(self.external_id)))
        object.__setattr__(self, "reason", strip_controls(str(self.reason)))
        object.__setattr__(self, "raw", clean_raw(self.raw) if isinstance(self.raw, Mapping) else {})


ParsedRecord = RawEvent | RejectedRecord


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class ConfigField:
    """One documented key of an adapter's ``Source.config``, as the admin's Source form shows and checks it.

    ``kind``: "text", "url" (absolute http(s) or webcal), "path" (a file inside SOURCE_FILE_ROOTS), "int"
    (a whole number ≥ 1), "number", "bool", "choice" (one of ``choices``), "timezone" (an IANA name) or "json".
    """

    key: str
    label: str
    kind: str = "text"
    help_text: str = ""
    required: bool = False
    choices: tuple[str, ...] = ()


class ConfigFieldError(AdapterError):
    """A config problem that belongs to one key, so a form can show it on that key's field."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


URL_FIELD = ConfigField(key="url", label="URL", kind="url", help_text="Where the source publishes (http, https).")
PATH_FIELD = ConfigField(
    key="path", label="Local file", kind="path", help_text="Instead of a URL: a file inside SOURCE_FILE_ROOTS."
)
MAX_PAGES_FIELD = ConfigField(key="max_pages", label="Max pages", kind="int", help_text="Pages walked per run.")
BASE_URL_FIELD = ConfigField(
    key="base_url", label="API base URL", kind="url", help_text="Leave empty for the real API (tests set it)."
)
COMPLETE_FIELD = ConfigField(
    key="complete_listing",
    label="Complete listing",
    kind="bool",
    help_text="Whether one fetch lists every upcoming event, so a missing one was withdrawn (default: the adapter's).",
)

# Keys the fetch itself reads from every source's config (sources.services), whatever its adapter.
RUN_CONFIG_FIELDS = (
    ConfigField(
        key="timezone",
        label="Timezone",
        kind="timezone",
        help_text="IANA name (e.g. America/Chicago) for times without an offset; default: the city's.",
    ),
    ConfigField(
        key="allow_private_network",
        label="Allow a private network address",
        kind="bool",
        help_text="Only for a source on this organisation's own network: lets the configured hosts be private.",
    ),
)


@dataclasses.dataclass(frozen=True, slots=True)
class AdapterContext:
    """What an adapter knows about the run it is part of."""

    source: str
    window: FetchWindow
    default_timezone: ZoneInfo | None = None
    base_url: str | None = None
    http: HttpClient | None = None


class Adapter(abc.ABC):
    """Base class of every adapter. Subclasses set ``name`` and implement ``parse``.

    ``complete_listing`` says whether one fetch returns every upcoming event of the source, so that an
    event missing from it may be treated as withdrawn (a paginated search result is not complete).
    """

    name: ClassVar[str]
    label: ClassVar[str]
    complete_listing: ClassVar[bool] = True
    # For MISSING_CREDENTIAL: which environment variables hold this adapter's secrets.
    credential_hint: ClassVar[str] = ""
    # ``extract --kind auto`` asks adapters in this order: specific formats low, catch-alls high.
    sniff_priority: ClassVar[int] = 50
    # The Source form: the kind a source of this adapter is (a SourceKind value, so the two cannot disagree),
    # the config keys it documents, and whether it needs a ``url`` or a ``path``.
    source_kind: ClassVar[str] = "api"
    config_fields: ClassVar[tuple[ConfigField, ...]] = ()
    config_needs_location: ClassVar[bool] = False
    # Free-form JSON config checked as a whole by the adapter's own parser (check_config), not key by key.
    config_passthrough: ClassVar[bool] = False

    def __init__(self, *, config: Mapping[str, Any], context: AdapterContext) -> None:
        self.config = config
        self.context = context
        # Run-level problems that are not records (a page refused by robots.txt, a page that failed):
        # shown on the FetchRun, never staged.
        self.notes: list[str] = []
        # Requests made outside self.http (a scraper's child process), so the FetchRun counts them.
        self.extra_requests = 0
        # Set by fetch() when a bound (max_pages) cut a complete listing short: nothing may be withdrawn.
        self.listing_truncated = False

    def is_complete(self) -> bool:
        """Whether this run listed every upcoming event of the source, so a missing one was withdrawn.

        ``complete_listing`` unless the config (json_api) or the run itself (a listing cut short by
        ``max_pages``) says otherwise; adapters override this.
        """
        declared = self.config.get("complete_listing", self.complete_listing)  # an operator may know better
        return bool(declared) and not self.listing_truncated

    @property
    def http(self) -> HttpClient:
        if self.context.http is None:
            raise AdapterError(NO_HTTP)
        return self.context.http

    def credential(self, key: str) -> str:
        """A secret from the Source's config, else from the environment (settings.SOURCE_CREDENTIALS)."""
        value = self.config.get(key) or settings.SOURCE_CREDENTIALS.get(self.name, {}).get(key)
        if not value:
            raise AdapterError(
                MISSING_CREDENTIAL.format(key=key, adapter=self.name, hint=self.credential_hint or key.upper())
            )
        return str(value)

    def fetch_payload(self) -> bytes:
        """The source's raw bytes: a local ``path`` (inside SOURCE_FILE_ROOTS) or a ``url`` (conditional GET)."""
        if self.config.get("path"):
            return read_local_file(str(self.config["path"]))
        if self.config.get("url"):
            return self.http.get(str(self.config["url"]), conditional=True).content
        raise FetchError(NO_LOCATION)

    def fetch(self) -> Iterator[ParsedRecord]:
        """Fetch and parse. Adapters of paginated APIs override this to walk the pages."""
        return self.parse(self.fetch_payload())

    @abc.abstractmethod
    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        """Parse a payload into records. Raise AdapterError when the payload as a whole is unreadable."""

    @classmethod
    def check_config(cls, config: Mapping[str, Any]) -> None:
        """Checks of the config as a whole, beyond each field's own; AdapterError (or ConfigFieldError) says why.

        Adapters with rules between keys (one of two ids, a parser for free-form JSON) extend this.
        """
        if cls.config_needs_location and not (config.get("url") or config.get("path")):
            raise ConfigFieldError("url", NO_LOCATION)

    @classmethod
    def sniff(cls, payload: bytes) -> bool:
        """Whether the payload looks like this adapter's format (for ``extract --kind auto``)."""
        return False
