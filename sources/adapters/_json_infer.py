"""Reading a JSON API nobody configured: where its events are and how their fields map, inferred.

``infer(data)`` looks through a parsed JSON document for the array of event-like objects (a bare list,
``data``, ``events``, ``value``, ``hits.hits`` with ``_source``, ``edges`` with ``node``, ``@graph``…: every
array of objects is a candidate, scored by how many of its objects have a title-like and a date-like field)
and infers each field's path from two kinds of evidence, never from a table of known APIs:

- **key names**, split into words ("MM_MeetingTitle" → mm meeting title, "Meeting Date" → meeting date):
  words that name the field ("title", "start") against words that rule it out ("category", "created");
- **value shapes** over a sample of items: a field whose values read as dates in most items is date-like
  (ISO 8601, epoch seconds or milliseconds, "9/16/2019", "Thursday, February 15, 2024", "07/11/2024 - 01:00
  PM"), one whose values are times of day can complete a date field ("Meeting Date" + "Meeting Time"), one
  whose values are URLs is link-like, one whose values are unique is an id.

The result is exactly a ``json_api`` config (``items`` and ``mapping``, see ``json_api``), so what was inferred
is what an operator can review and save as a source, plus a confidence and the evidence in words.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from events.zones import zone
from sources.adapters._json_mapping import _number, read_moment
from sources.adapters.common import http_url, plausible

MAX_DEPTH = 6  # how deep in the document the list of events is looked for
LEAF_DEPTH = 4  # how deep inside one item its fields are looked for
SAMPLE = 40  # items of a candidate list looked at
MAX_LEAVES = 400  # fields per item looked at: a hostile item cannot make the inference slow
MIDNIGHT_DATE = "%Y-%m-%dT00:00:00"  # "2025-09-25T00:00:00" read as a date
SHAPE_ONLY = 0.25  # the name score of a date column found by its values alone
MIN_COVERAGE = 0.5  # share of a list's items that must have a title and a start
READ_SHARE = 0.7  # share of a column's values a date format (or a URL shape) must read
ITEM_KEYS = frozenset({"events", "event", "items", "results", "data", "records", "value", "hits", "meetings",
                       "entries", "edges", "nodes", "rows", "list", "graph", "calendar", "docs", "objects"})  # fmt: skip
GENERIC_LEAVES = frozenset({"label", "text", "value", "rendered", "raw", "display", "html", "plain", "en", "0"})
# Objects an API wraps each item's fields in (Elasticsearch, GraphQL, JSON:API): they say nothing of a field.
WRAPPERS = frozenset({"_source", "node", "attributes", "fields", "properties", "doc", "record", "item", "data"})
EVENT_WORDS = frozenset({"event", "meeting", "session", "occurrence", "activity", "program"})

TITLE_WORDS = {"title": 3.0, "name": 2.0, "subject": 2.0, "headline": 2.0, "summary": 1.0, "heading": 1.0,
               "caption": 0.5, "label": 1.0}  # fmt: skip
NOT_TITLE = frozenset(
    {"category", "categories", "venue", "venues", "location", "locations", "place", "places", "organizer",
     "organizers", "organiser", "host", "hosts", "group", "groups", "city", "state", "country", "file", "files",
     "filename", "media", "image", "images", "photo", "agenda", "minutes", "document", "documents", "attachment",
     "attachments", "template", "type", "tag", "tags", "user", "creator", "author", "uploaded", "by", "department",
     "source", "site", "calendar", "module", "status", "contact", "url", "link", "slug", "zone", "address",
     "street", "enum", "abbreviation", "series", "parent", "performer", "performers", "artist", "team", "teams",
     "league", "sponsor", "speaker", "speakers", "ticket", "tickets", "price", "promoter", "owner", "alt"}
)  # fmt: skip
START_WORDS = {"start": 3.0, "starts": 3.0, "begin": 3.0, "begins": 3.0, "dtstart": 3.0, "date": 2.0,
               "datetime": 2.0, "when": 2.0, "time": 1.0, "from": 1.0, "day": 1.0, "on": 0.5, "scheduled": 1.0}  # fmt: skip
END_WORDS = {"end": 3.0, "ends": 3.0, "finish": 3.0, "dtend": 3.0, "until": 2.0, "stop": 2.0, "to": 1.0}
NOT_DATE = frozenset(
    {"created", "create", "updated", "update", "modified", "modify", "published", "publish", "cut", "cutoff",
     "deadline", "upload", "uploaded", "live", "actual", "caption", "file", "files", "last", "expire", "expires",
     "registration", "sale", "sales", "onsale", "deleted", "birth", "changed", "posted", "min", "max", "closed",
     "auto", "indexed", "import", "imported", "sync", "agenda", "minutes", "media", "document", "documents",
     "attachment", "attachments", "stream", "video", "timezone", "zone", "tz", "offset", "duration", "release",
     "announced", "checkin", "door", "doors", "submitted", "approved", "expiry", "valid", "visible", "display"}
)  # fmt: skip
URL_WORDS = {"url": 2.0, "link": 2.0, "permalink": 3.0, "href": 2.0, "page": 1.0, "web": 1.0, "website": 1.0,
             "detail": 2.0, "details": 2.0, "path": 1.0, "html": 1.0, "more": 1.0, "info": 1.0, "event": 1.0,
             "canonical": 2.0, "public": 0.5}  # fmt: skip
NOT_URL = frozenset(
    {"image", "images", "photo", "photos", "picture", "img", "thumbnail", "thumb", "logo", "cover", "banner",
     "poster", "icon", "avatar", "media", "video", "stream", "audio", "file", "files", "agenda", "minutes",
     "document", "documents", "attachment", "attachments", "pdf", "ical", "ics", "calendar", "map", "maps",
     "ticket", "tickets", "register", "registration", "rsvp", "buy", "department", "api", "self", "next", "prev",
     "previous", "zoom", "webex", "virtual", "online", "join", "webinar", "location", "venue", "place",
     "organizer", "organiser", "group", "source", "feed", "category", "series", "template", "embed"}
)  # fmt: skip
IMAGE_WORDS = frozenset({"image", "images", "photo", "photos", "picture", "img", "thumbnail", "thumb", "cover",
                         "banner", "poster", "featured"})  # fmt: skip
TICKET_WORDS = frozenset({"ticket", "tickets", "buy", "purchase", "register", "registration", "rsvp", "booking"})
DOC_WORDS = frozenset(
    {"agenda", "agendas", "minutes", "video", "videos", "audio", "packet", "recording", "recordings", "notice",
     "transcript", "materials", "material", "document", "documents", "attachment", "attachments", "file", "files",
     "handout", "handouts", "slides", "report", "ecomment", "comment", "comments", "virtual", "online", "webinar",
     "zoom", "webex", "links", "resources", "presentation", "proceedings", "captions", "livestream", "published",
     "asset", "assets", "summary", "statement", "journal", "recap"}
)  # fmt: skip
NOT_LINK = frozenset({"ical", "icalendar", "calendar", "ics", "department", "image", "images", "photo", "logo"})
PLACE_WORDS = frozenset({"venue", "venues", "location", "locations", "place", "places", "where", "room", "site",
                         "physical", "facility", "building", "address"})  # fmt: skip
PLACE_NAME_WORDS = frozenset({"name", "title", "label", "venue", "location", "place", "room", "where", "building"})
STREET_WORDS = frozenset({"address", "street", "addr", "line", "address1", "address2", "address3", "formatted"})
CITY_WORDS = frozenset({"city", "town", "locality", "municipality"})
REGION_WORDS = frozenset({"state", "region", "province", "county"})
POSTAL_WORDS = frozenset({"zip", "zipcode", "postal", "postcode", "postalcode"})
COUNTRY_WORDS = frozenset({"country"})
NOT_PLACE = frozenset({"id", "type", "url", "link", "lat", "latitude", "lng", "lon", "longitude", "map", "show",
                       "coordinates", "tbd", "description", "info", "additional", "phone", "email", "timezone"})  # fmt: skip
DESCRIPTION_WORDS = {"description": 3.0, "desc": 3.0, "details": 2.0, "detail": 2.0, "body": 2.0, "content": 2.0,
                     "summary": 1.5, "about": 1.0, "abstract": 2.0, "notes": 1.0, "info": 1.0, "text": 1.0}  # fmt: skip
NOT_DESCRIPTION = frozenset({"alt", "image", "url", "link", "title", "name", "location", "venue", "category",
                             "contact", "file", "media", "seo", "meta", "time", "date"})  # fmt: skip
ID_WORDS = frozenset({"id", "uid", "uuid", "guid", "key"})
NOT_ID = frozenset(
    {"category", "template", "module", "calendar", "site", "agenda", "type", "user", "creator", "organizer",
     "venue", "location", "group", "file", "media", "stream", "department", "committee", "parent", "series",
     "instance", "district", "account", "owner", "image", "photo", "playlist", "video", "zoom", "meeting"}
)  # fmt: skip
ZONE_WORDS = frozenset({"timezone", "tz", "zone", "tzid", "timezoneid", "iana"})
CANCEL_WORDS = frozenset({"cancel", "cancelled", "canceled", "cancellation", "iscancelled", "iscanceled"})
STATUS_WORDS = frozenset({"status", "state", "eventstatus"})
ALL_DAY_WORDS = (("all", "day"), ("allday",), ("whole", "day"), ("full", "day"))
ONLINE_WORDS = frozenset({"online", "virtual", "remote", "webinar", "zoom", "livestream"})
CATEGORY_WORDS = frozenset({"category", "categories", "genre", "classification", "kind", "type"})
NOT_CATEGORY = frozenset({"id", "color", "colour", "media", "file", "template", "mime", "content", "ticket"})
ORGANIZER_WORDS = frozenset({"organizer", "organiser", "host", "presenter", "organization", "organisation"})
PRICE_WORDS = frozenset({"price", "cost", "fee", "fees", "admission", "amount"})
LAT_WORDS = frozenset({"lat", "latitude"})
LON_WORDS = frozenset({"lon", "lng", "long", "longitude"})
TRUE_TEXT = frozenset({"true", "false", "yes", "no", "y", "n", "1", "0"})

# Date formats tried on values that are not ISO 8601 (US order first: the APIs this reads are mostly
# American; a day above 12 in the first place rules it out and the day-first format is tried next).
DATE_FORMATS = (
    "%m/%d/%Y", "%m/%d/%y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d", "%Y-%m-%d", "%b %d, %Y", "%B %d, %Y",
    "%a, %b %d, %Y", "%A, %B %d, %Y", "%A, %b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%Y%m%d",
)  # fmt: skip
TIME_FORMATS = ("%I:%M %p", "%I:%M%p", "%H:%M", "%H:%M:%S", "%I:%M:%S %p", "%I %p", "%I%p")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"  # "september" is the longest
_DATEISH = re.compile(rf"\d{{1,4}}[/.:-]\d{{1,2}}|^\d{{8}}$|{_MONTH} \d{{1,2}}\b|\b\d{{1,2}} {_MONTH}", re.IGNORECASE)
# Longer text is no date, whatever it contains: date patterns only ever see this much, so no value from an
# untrusted document can make them slow.
MAX_DATE_TEXT = 64
# A time of day ending a date: "07/11/2024 - 01:00 PM", "Wednesday, May 1, 2024 at 7pm" (what precedes it is
# taken apart in ``date_then_time``, without a pattern whose quantifiers could overlap).
_TIME_AT_END = re.compile(r"(?:\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]m)$", re.IGNORECASE)
_DATE_TIME_JOINS = ("-", ",", "@", " at")  # between a date and its time; "at" only as a word ("Sat" is a day)
_PLACEHOLDER = re.compile(r"^(?:0001|1900|1970)-01-01(?:[T ]00:00(?::00)?(?:\.0+)?(?:Z|[+-]00:?00)?)?$")
_TIME_OF_DAY = re.compile(r"^\d{1,2}(?::\d{2}){0,2}(?:\s*[ap]\.?m\.?)?$", re.IGNORECASE)  # on stripped text
_MIDNIGHT_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T00:00(?::00(?:\.0+)?)?$")
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_RELATIVE_URL = re.compile(r"^/[^/\s]\S*$")
_AMOUNT = re.compile(r"^[$€£]?\s?\d{1,7}(?:[.,]\d{1,2})?$")
_HUMAN_TEXT = re.compile(r"^[^\W\d_][\w '&,()+;.-]*(?:/[\w '&,()+;.-]+)?$")

NO_EVENTS = "No list of event-like objects (each with a title and a date) was found in the JSON."


# --- the shape of a document --------------------------------------------------------------------------
def words(path: str) -> list[str]:
    """The words of a key path: camelCase, snake_case, spaces and digits split, lower-cased."""
    return [word.lower() for word in _WORD.findall(path.replace("@", " "))]


@dataclasses.dataclass(slots=True)
class Column:
    """One field path across the sampled items: its values (None where an item lacks it)."""

    path: str
    values: list[Any]

    @property
    def key_words(self) -> list[str]:
        """The words of the path's last meaningful part ("Name.label" → name; "venue.name" → name)."""
        parts = [part for part in self.path.split(".") if part.lower() not in GENERIC_LEAVES]
        return words(parts[-1]) if parts else words(self.path)

    @property
    def all_words(self) -> set[str]:
        """The words of the path, without the wrappers an API puts every field in ("_source", "node")."""
        return set(words(".".join(part for part in self.path.split(".") if part.lower() not in WRAPPERS)))

    @property
    def context_words(self) -> set[str]:
        """The words of the parts above the last one ("venue.name" → venue)."""
        return set(words(".".join(self.path.split(".")[:-1])))

    @property
    def depth(self) -> int:
        return self.path.count(".")

    @property
    def present(self) -> list[Any]:
        return [value for value in self.values if value not in (None, "", [], {})]

    @property
    def share(self) -> float:
        return len(self.present) / len(self.values) if self.values else 0.0

    def strings(self) -> list[str]:
        return [value.strip() for value in self.present if isinstance(value, str) and value.strip()]


def _leaves(item: Mapping[str, Any], out: dict[str, Any], prefix: str = "", depth: int = 0) -> None:
    """Every scalar (and list of scalars) in an item by its dotted path; the first object of a list too."""
    for key, value in item.items():
        if len(out) >= MAX_LEAVES:
            return
        if not isinstance(key, str) or not key or "." in key:
            continue  # a key a dotted path cannot name
        path = prefix + key
        if isinstance(value, Mapping):
            if depth < LEAF_DEPTH:
                _leaves(value, out, path + ".", depth + 1)
        elif isinstance(value, list) and value and isinstance(value[0], Mapping):
            if depth < LEAF_DEPTH:
                _leaves(value[0], out, path + ".0.", depth + 1)
        else:
            out[path] = value


def columns(items: Sequence[Mapping[str, Any]]) -> dict[str, Column]:
    """The fields of a sample of items, by path, in first-seen order."""
    rows = []
    for item in items:
        found: dict[str, Any] = {}
        _leaves(item, found)
        rows.append(found)
    paths = list(dict.fromkeys(path for row in rows for path in row))
    return {path: Column(path, [row.get(path) for row in rows]) for path in paths}


def object_lists(items: Sequence[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    """Lists of objects inside the items (documents, places), by path: their elements across the sample."""
    found: dict[str, list[Mapping[str, Any]]] = {}
    for item in items:
        for key, value in item.items():
            if isinstance(key, str) and key and "." not in key and isinstance(value, list):
                found.setdefault(key, []).extend(element for element in value if isinstance(element, Mapping))
    return {key: elements for key, elements in found.items() if elements}


def candidate_lists(data: Any) -> Iterator[tuple[str, list[Any]]]:
    """(path, list) for every list of objects in the document, outside any list (a list's items are read
    as events, never searched for more lists)."""
    stack: list[tuple[str, Any, int]] = [("", data, 0)]
    while stack:
        path, node, depth = stack.pop()
        if isinstance(node, list):
            if any(isinstance(element, Mapping) for element in node[:SAMPLE]):
                yield path, node
            continue
        if not isinstance(node, Mapping) or depth >= MAX_DEPTH:
            continue
        for key, value in node.items():
            if isinstance(key, str) and key and "." not in key and isinstance(value, list | Mapping):
                stack.append((f"{path}.{key}" if path else key, value, depth + 1))


# --- dates ----------------------------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True, slots=True)
class DateShape:
    """How a column's values read as moments: ``format`` (None = ISO 8601) and what they give."""

    format: str | None
    kind: str  # "datetime", "date" or "time"
    share: float  # of the column's present values that read
    timed: float = 0.0  # of those, the share with a time other than midnight


def _reads(values: Sequence[Any], value_format: str | None) -> list[dt.datetime | dt.date]:
    return [
        moment
        for value in values
        if not _too_long(value) and (moment := read_moment(value, value_format, dt.UTC)) is not None
    ]


def _too_long(value: Any) -> bool:
    return isinstance(value, str) and len(value) > MAX_DATE_TEXT


def _date_kind(moments: Sequence[dt.datetime | dt.date]) -> tuple[str, float]:
    timed = [moment for moment in moments if isinstance(moment, dt.datetime)]
    if not timed:
        return "date", 0.0
    not_midnight = sum(1 for moment in timed if (moment.hour, moment.minute) != (0, 0))
    return "datetime", not_midnight / len(timed)


def _iso_shape(strings: Sequence[str]) -> DateShape | None:
    moments = _reads(strings, None)
    if len(moments) < READ_SHARE * len(strings):
        return None
    if all(_MIDNIGHT_ISO.match(text) for text in strings):
        # "2025-09-25T00:00:00" everywhere is a date written as a datetime: read it as the date it is.
        return DateShape("%Y-%m-%dT%H:%M:%S", "midnight", len(moments) / len(strings))
    kind, timed = _date_kind(moments)
    return DateShape(None, kind, len(moments) / len(strings), timed)


def _format_shape(strings: Sequence[str], formats: Sequence[str], kind: str) -> DateShape | None:
    first = strings[0]
    if _too_long(first):
        return None
    for value_format in formats:
        try:
            dt.datetime.strptime(first, value_format)  # noqa: DTZ007 - only whether it reads
        except ValueError:
            continue
        read = sum(1 for text in strings if _strptime_ok(text, value_format, kind))
        if read >= READ_SHARE * len(strings):
            timed = 1.0 if kind == "datetime" else 0.0
            return DateShape(value_format, kind, read / len(strings), timed)
    return None


def _strptime_ok(text: str, value_format: str, kind: str) -> bool:
    if _too_long(text):
        return False
    try:
        parsed = dt.datetime.strptime(text, value_format)  # noqa: DTZ007 - only whether it reads
    except ValueError:
        return False
    return kind == "time" or plausible(parsed)


def date_then_time(text: str) -> tuple[str, str, str] | None:
    """(date, separator, time) of a date followed by a time of day ("07/11/2024 - 01:00 PM" → "07/11/2024",
    " - ", "01:00 PM"); None when the text does not end with a time or nothing with a digit precedes it."""
    if len(text) > MAX_DATE_TEXT:
        return None
    match = _TIME_AT_END.search(text)  # the leftmost start: the whole time ("01:00 PM", not "1:00 PM")
    if match is None:
        return None
    head = text[: match.start()]
    if head.endswith("T"):
        day = head[:-1]
    else:
        day = head.rstrip()
        join = next((join for join in _DATE_TIME_JOINS if day.lower().endswith(join)), None)
        day = day[: len(day) - len(join)].rstrip() if join else day
    if not any(character.isdigit() for character in day):
        return None
    return day, head[len(day) :], match.group()


def _datetime_shape(strings: Sequence[str]) -> DateShape | None:
    """Dates with a time of day in one text: the date's format, the separator and the time's format, found
    part by part (trying every combination would be slow and thrash strptime's cache)."""
    parts = [found for text in strings if (found := date_then_time(text))]
    if len(parts) < READ_SHARE * len(strings):
        return None
    day = _format_shape([found[0] for found in parts], DATE_FORMATS, "date")
    time = _format_shape([found[2] for found in parts], TIME_FORMATS, "time")
    if day is None or time is None or day.format is None or time.format is None:
        return None
    return _format_shape(strings, [f"{day.format}{parts[0][1]}{time.format}"], "datetime")


def date_shape(column: Column, *, numeric_ok: bool) -> DateShape | None:
    """How the column's values read as moments, or None when most of them do not."""
    present = column.present
    if not present:
        return None
    if all(isinstance(value, int | float) and not isinstance(value, bool) for value in present):
        return _epoch_shape(present) if numeric_ok else None
    # A placeholder date ("1900-01-01T00:00:00Z" for "no end") says the value is absent, not unreadable.
    strings = [text for text in column.strings() if not _PLACEHOLDER.match(text)]
    present = [value for value in present if not (isinstance(value, str) and _PLACEHOLDER.match(value.strip()))]
    if not strings:
        return None
    if len(strings) < READ_SHARE * len(present) or len(strings[0]) > MAX_DATE_TEXT or not _DATEISH.search(strings[0]):
        return None  # formats are only tried on what could be a date: digits with a separator or a month
    if all(len(text) <= MAX_DATE_TEXT and _TIME_OF_DAY.match(text) for text in strings):
        return _format_shape(strings, TIME_FORMATS, "time")
    return _iso_shape(strings) or _format_shape(strings, DATE_FORMATS, "date") or _datetime_shape(strings)


def _epoch_shape(numbers: Sequence[Any]) -> DateShape | None:
    for value_format, scale in (("epoch_ms", 1000), ("epoch", 1)):
        moments = _reads(numbers, value_format)
        if len(moments) >= READ_SHARE * len(numbers) and all(abs(number) >= 10**8 * scale for number in numbers):
            kind, timed = _date_kind(moments)
            return DateShape(value_format, kind, len(moments) / len(numbers), timed)
    return None


# --- scoring fields -------------------------------------------------------------------------------------
def _weight(names: Sequence[str], table: Mapping[str, float]) -> float:
    return max((table.get(word, 0.0) for word in names), default=0.0)


def _is_url(value: Any) -> bool:
    return isinstance(value, str) and (http_url(value) is not None or bool(_RELATIVE_URL.match(value.strip())))


def _url_share(column: Column) -> float:
    present = column.present
    return sum(1 for value in present if _is_url(value)) / len(present) if present else 0.0


def _text_column(column: Column) -> bool:
    strings = column.strings()
    return bool(strings) and len(strings) >= 0.8 * len(column.present)


def _mean_length(column: Column) -> float:
    strings = column.strings()
    return sum(len(text) for text in strings) / len(strings) if strings else 0.0


def title_score(column: Column) -> float:
    names = column.key_words
    weight = _weight(names, TITLE_WORDS)
    if not weight or column.all_words & NOT_TITLE or column.share < 0.6 or not _text_column(column):
        return 0.0
    if _url_share(column) > 0.5 or date_shape(column, numeric_ok=False) is not None:
        return 0.0
    length = _mean_length(column)
    if not 2 <= length <= 200:
        return 0.0
    strings = column.strings()
    spaced = sum(1 for text in strings if " " in text) / len(strings)
    marked_up = sum(1 for text in strings if "<" in text) / len(strings)
    bonus = 0.5 if set(names) & EVENT_WORDS else 0.0
    return weight + bonus + 0.3 * spaced - marked_up - 0.05 * len(names) - 0.1 * column.depth + column.share / 10


def moment_score(column: Column, table: Mapping[str, float], excluded: frozenset[str]) -> float:
    """How start-like (or end-like) a column is by its name; 0 when its words rule it out."""
    every = column.all_words
    if every & excluded:
        return 0.0
    weight = _weight(column.key_words, table) or _weight(list(every), table) / 2
    bonus = 0.5 if every & EVENT_WORDS else 0.0
    return weight + bonus - 0.1 * column.depth if weight else 0.0


@dataclasses.dataclass(frozen=True, slots=True)
class Moment:
    """The inferred mapping of a start or an end, with how sure it is."""

    spec: Any  # a path, or {"path": …, "format": …}
    paths: tuple[str, ...]
    named: float  # the name score of the column(s)
    evidence: str


class Sample:
    """The columns of one candidate list and the field choices made on them."""

    def __init__(self, path: str, items: list[Any]) -> None:
        self.path = path
        self.size = len(items)
        self.items = [item for item in items[:SAMPLE] if isinstance(item, Mapping)]
        self.columns = columns(self.items)
        self._shapes: dict[str, DateShape | None] = {}

    def shape(self, column: Column, *, numeric_ok: bool = False) -> DateShape | None:
        key = f"{column.path}|{numeric_ok}"
        if key not in self._shapes:
            self._shapes[key] = date_shape(column, numeric_ok=numeric_ok)
        return self._shapes[key]

    def best(self, score: Any, *, exclude: Sequence[str] = ()) -> tuple[Column | None, float]:
        ranked = [(score(column), index, column) for index, column in enumerate(self.columns.values())]
        ranked = [entry for entry in ranked if entry[0] > 0 and entry[2].path not in exclude]
        if not ranked:
            return None, 0.0
        top = max(ranked, key=lambda entry: (entry[0], -entry[1]))
        return top[2], top[0]

    # --- dates ---
    def moments(
        self, table: Mapping[str, float], excluded: frozenset[str], *, by_shape: bool = False
    ) -> list[tuple[Column, DateShape, float]]:
        """Columns that read as moments, with their name score, best first. ``by_shape``: columns whose names
        say nothing either way are taken too when their values are dates (scored low)."""
        found = []
        for column in self.columns.values():
            named = moment_score(column, table, excluded)
            if column.share < 0.5 or (not named and not (by_shape and not column.all_words & excluded)):
                continue
            shape = self.shape(column, numeric_ok=bool(named))
            if shape is not None:
                found.append((column, shape, named or SHAPE_ONLY))
        return sorted(found, key=lambda entry: -_moment_rank(entry[1], entry[2], entry[0].all_words))

    def moment(
        self, table: Mapping[str, float], excluded: frozenset[str], date_path: str | None = None
    ) -> Moment | None:
        found = self.moments(table, excluded) or (
            self.moments(table, excluded, by_shape=True) if table is START_WORDS else []
        )
        days = [entry for entry in found if entry[1].kind in ("date", "midnight")]
        times = [entry for entry in found if entry[1].kind == "time"]
        whole = [entry for entry in found if entry[1].kind == "datetime" and entry[1].timed > 0]
        if whole and (not days or not times or _moment_rank(whole[0][1], whole[0][2]) >= days[0][2] + 1):
            return _single(*whole[0])
        if times and (days or date_path):
            day = days[0] if days else None
            return _split(day, times[0], date_path)
        pick = next(iter(whole or days or [entry for entry in found if entry[1].kind != "time"]), None)
        return _single(*pick) if pick else None


def _moment_rank(shape: DateShape, named: float, names: set[str] | frozenset[str] = frozenset()) -> float:
    # A "local" time beside a "utc" one: the UTC one is often written without its offset.
    local = 0.3 if "local" in names else (-0.5 if names & {"utc", "gmt"} else 0.0)
    kind = 1.0 if shape.kind == "datetime" else 0.0
    return named + kind + shape.timed + shape.share + (0.3 if shape.format is None else 0.0) + local


def _spec(path: str | list[str], value_format: str | list[str] | None) -> Any:
    return {"path": path, "format": value_format} if value_format else path


def _single(column: Column, shape: DateShape, named: float) -> Moment:
    # A date written as midnight is read as the date it is (an all-day event): the time is matched literally.
    value_format = MIDNIGHT_DATE if shape.kind == "midnight" else shape.format
    described = "ISO 8601" if shape.format is None else repr(value_format)
    return Moment(
        _spec(column.path, value_format), (column.path,), named, f"{column.path} ({described}, {shape.share:.0%} read)"
    )


def _split(
    day: tuple[Column, DateShape, float] | None, time: tuple[Column, DateShape, float], date_path: str | None
) -> Moment:
    """A date field and a time-of-day field read together; the date alone when a row's time is blank."""
    time_column, time_shape, time_named = time
    if day is None:
        day_path, day_format, day_named, fallback = str(date_path), "%Y-%m-%d", 0.0, "%Y-%m-%d"
    else:
        day_format = MIDNIGHT_DATE if day[1].kind == "midnight" else (day[1].format or "%Y-%m-%d")
        day_path, day_named, fallback = day[0].path, day[2], day_format
    formats = [f"{day_format} {time_shape.format}", fallback]
    evidence = f"{day_path} + {time_column.path} ({formats[0]!r})"
    return Moment(
        _spec([day_path, time_column.path], formats), (day_path, time_column.path), max(day_named, time_named), evidence
    )


@dataclasses.dataclass(slots=True)
class Inference:
    """What was inferred: the ``json_api`` config, how sure, why, and how many items the list has."""

    config: dict[str, Any]
    confidence: float
    evidence: list[str]
    items: int
    coverage: float


# --- the inference ----------------------------------------------------------------------------------------
def infer(data: Any) -> Inference | None:
    """The best reading of the document as a list of events, or None when nothing in it looks like one."""
    best: Inference | None = None
    for path, items in candidate_lists(data):
        found = infer_list(path, items)
        if found is not None and (best is None or _list_rank(found) > _list_rank(best)):
            best = found
    if best is not None:
        root_zone = _document_zone(data)
        if root_zone and "timezone" not in best.config["mapping"]:
            best.config["timezone"] = root_zone
            best.evidence.append(f"timezone ← the document's own {root_zone}")
    return best


def _list_rank(found: Inference) -> float:
    last = words(found.config["items"].rsplit(".", 1)[-1]) if found.config["items"] else []
    named = 0.2 if set(last) & ITEM_KEYS else 0.0
    return found.coverage * (1 + math.log10(1 + found.items)) + named + found.confidence / 10


def _document_zone(data: Any) -> str | None:
    """A zone the whole response states ("timeZone": "Europe/Berlin" beside the items)."""
    if not isinstance(data, Mapping):
        return None
    for key, value in data.items():
        if isinstance(key, str) and set(words(key)) & ZONE_WORDS and isinstance(value, str) and zone(value) is not None:
            return value
    return None


def infer_list(path: str, items: list[Any]) -> Inference | None:
    sample = Sample(path, items)
    if not sample.items:
        return None
    title, title_named = sample.best(title_score)
    start = sample.moment(START_WORDS, NOT_DATE | frozenset(END_WORDS))
    if title is None or start is None:
        return None
    coverage = _coverage(sample, title, start)
    if coverage < MIN_COVERAGE:
        return None
    mapping: dict[str, Any] = {"title": _alternates(sample, title), "start": start.spec}
    evidence = [
        f"items ← {path or 'the top-level list'} ({coverage:.0%} of {len(sample.items)} sampled objects have a title and a start)",
        f"title ← {title.path}",
        f"start ← {start.evidence}",
    ]
    _Extras(sample, mapping, evidence, used={title.path, *start.paths}).infer(start)
    confidence = _confidence(title_named, start.named, coverage)
    return Inference({"items": path, "mapping": mapping}, confidence, evidence, sample.size, coverage)


def _coverage(sample: Sample, title: Column, start: Moment) -> float:
    spec = start.spec
    paths = spec["path"] if isinstance(spec, dict) else spec
    formats = (spec.get("format") if isinstance(spec, dict) else None) or None
    formats = formats if isinstance(formats, list) else [formats]
    first = paths[0] if isinstance(paths, list) else paths
    readable = 0
    for index, value in enumerate(title.values):
        raw = [
            sample.columns[path].values[index] if path in sample.columns else None
            for path in ([first] if isinstance(paths, str) else paths)
        ]
        joined = " ".join(str(part) for part in raw if part not in (None, ""))
        moment_value = raw[0] if isinstance(paths, str) else joined
        if value not in (None, "") and any(read_moment(moment_value, fmt, dt.UTC) is not None for fmt in formats):
            readable += 1
    return readable / len(title.values) if title.values else 0.0


def _confidence(title_named: float, start_named: float, coverage: float) -> float:
    """How sure the reading is: clear names for the title and the start, and how many items read."""
    named = min(title_named, 3.0) / 3.0 * 0.5 + min(start_named, 3.0) / 3.0 * 0.5
    return round(max(0.3, min(0.95, 0.45 + 0.3 * named + 0.2 * coverage)), 2)


def _alternates(sample: Sample, column: Column, join: str = ", ") -> Any:
    """The column's path, plus its sibling form where some items give an object and others text
    ("Meeting Location" as text here, as {label, url} there)."""
    parent, _, leaf = column.path.rpartition(".")
    partner = parent if parent and leaf.lower() in GENERIC_LEAVES | {"name", "title"} else None
    if partner is None:
        children = [f"{column.path}.{leaf_name}" for leaf_name in ("label", "name", "text", "title")]
        partner = next((path for path in children if path in sample.columns), None)
    if partner is None or partner not in sample.columns or not _text_column(sample.columns[partner]):
        return column.path
    return {"path": [column.path, partner], "join": join}


class _Extras:
    """The optional fields, each from its own evidence; a field with no clear column is left out."""

    def __init__(self, sample: Sample, mapping: dict[str, Any], evidence: list[str], used: set[str]) -> None:
        self.sample = sample
        self.mapping = mapping
        self.evidence = evidence
        self.used = used

    def set(self, field: str, spec: Any, why: str) -> None:
        self.mapping[field] = spec
        self.evidence.append(f"{field} ← {why}")
        paths = spec.get("path") if isinstance(spec, dict) else spec
        self.used.update([paths] if isinstance(paths, str) else list(paths or []))

    def infer(self, start: Moment) -> None:
        self.end(start)
        self.all_day()
        self.place()
        self.urls()
        self.text_fields()
        self.identity()
        self.status()
        self.flags_and_numbers()
        self.links()

    def end(self, start: Moment) -> None:
        date_path = start.paths[0] if len(start.paths) == 2 else None
        excluded = NOT_DATE | frozenset(START_WORDS) - {"date", "datetime", "time", "day", "on", "when"}
        end = self.sample.moment(END_WORDS, frozenset(excluded) | frozenset({"start", "begin"}), date_path=date_path)
        if end is not None and not set(end.paths) & set(start.paths):
            self.set("end", end.spec, end.evidence)
        elif end is not None and date_path and len(end.paths) == 2 and end.paths[1] not in start.paths:
            self.set("end", end.spec, end.evidence)

    def all_day(self) -> None:
        for column in self.sample.columns.values():
            names = column.key_words
            if _flag_column(column) and any(all(part in names for part in combo) for combo in ALL_DAY_WORDS):
                self.set("all_day", column.path, column.path)
                return

    def place(self) -> None:
        place = _place(self.sample, self.used)
        if place.venue is not None:
            self.set("venue_name", _alternates(self.sample, place.venue), place.venue.path)
        if place.address:
            self.set("address", {"path": place.address, "join": ", "}, " + ".join(place.address))
        for field, column in (("city", place.city), ("country", place.country)):
            if column is not None:
                self.set(field, column.path, column.path)

    def urls(self) -> None:
        for field, score in (("url", _event_url_score), ("image_url", _image_score), ("ticket_url", _ticket_score)):
            column, _ = self.sample.best(lambda column, score=score: score(column, self.used), exclude=tuple(self.used))
            if column is not None:
                self.set(field, column.path, column.path)

    def text_fields(self) -> None:
        column, _ = self.sample.best(lambda column: _description_score(column), exclude=tuple(self.used))
        if column is not None:
            self.set("description", _alternates(self.sample, column, "\n"), column.path)
        for field, score in (("source_category", _category_score), ("organizer", _organizer_score)):
            column, _ = self.sample.best(score, exclude=tuple(self.used))
            if column is not None:
                self.set(field, column.path, column.path)
        column, _ = self.sample.best(_zone_score, exclude=tuple(self.used))
        if column is not None:
            self.set("timezone", column.path, f"{column.path} (IANA zone names)")

    def identity(self) -> None:
        column, _ = self.sample.best(_id_score, exclude=tuple(self.used))
        if column is not None:
            self.set("external_id", column.path, f"{column.path} (unique in the sample)")

    def status(self) -> None:
        for column in self.sample.columns.values():
            if column.path in self.used or column.share < 0.5:
                continue
            names = set(column.key_words)
            if names & CANCEL_WORDS and _flag_column(column):
                lookup = {"true": "cancelled", "false": "scheduled", "True": "cancelled", "False": "scheduled"}
                self.set("status", {"path": column.path, "map": lookup, "default": "scheduled"}, column.path)
                return
            if names & STATUS_WORDS and _text_column(column):
                lookup = _status_lookup(column)
                if lookup:
                    self.set("status", {"path": column.path, "map": lookup, "default": "scheduled"}, column.path)
                    return

    def flags_and_numbers(self) -> None:
        for field, test in (("online", _online_column), ("latitude", _latitude), ("longitude", _longitude)):
            column = next((c for c in self.sample.columns.values() if c.path not in self.used and test(c)), None)
            if column is not None:
                self.set(field, column.path, column.path)
        for field, wanted in (("price_max", True), ("price_min", False)):
            column, _ = self.sample.best(lambda c, wanted=wanted: _price_score(c, wanted), exclude=tuple(self.used))
            if column is not None:
                self.set(field, column.path, column.path)

    def links(self) -> None:
        links = _document_links(self.sample, self.used)
        if links:
            self.mapping["links"] = links
            self.evidence.append("links ← " + ", ".join(link.get("each") or link["url"] for link in links))


# --- field tests --------------------------------------------------------------------------------------
def _flag_column(column: Column) -> bool:
    present = column.present
    return bool(present) and all(
        isinstance(value, bool) or (isinstance(value, str) and value.strip().lower() in TRUE_TEXT) for value in present
    )


def _status_lookup(column: Column) -> dict[str, str]:
    """Each status value seen mapped to ours, when any of them says cancelled, postponed or rescheduled."""
    seen = set(column.strings())
    if len(seen) > 20:
        return {}
    lookup = {value: _status_of(value) for value in seen}
    if not any(status != "scheduled" for status in lookup.values()):
        return {}
    for word in ("cancelled", "canceled", "postponed", "rescheduled"):
        for variant in (word, word.upper(), word.capitalize()):
            lookup.setdefault(variant, _status_of(variant))
    return dict(sorted(lookup.items()))


def _status_of(value: str) -> str:
    lowered = value.lower()
    if "cancel" in lowered:
        return "cancelled"
    if "postpon" in lowered:
        return "postponed"
    if "resched" in lowered:
        return "rescheduled"
    return "scheduled"


@dataclasses.dataclass(slots=True)
class Place:
    venue: Column | None = None
    address: list[str] = dataclasses.field(default_factory=list)
    city: Column | None = None
    country: Column | None = None


ADDRESS_ORDER = ("full", "street", "city", "region", "postal")
COMPONENT_LEAVES = frozenset({"name", "code", "text", "value", "short", "long", "abbreviation"})


def _place(sample: Sample, used: set[str]) -> Place:
    """The venue's name, the address parts (street lines, city, region, postal code: or the one full address
    line when the API writes one), the city, the country."""
    venue, _ = sample.best(lambda column: _venue_score(column), exclude=tuple(used))
    place = Place(venue=venue)
    anchor = venue.path.rpartition(".")[0] if venue is not None else None
    parts: list[tuple[str, str]] = []
    for column in sample.columns.values():
        if column.path in used or (venue is not None and column.path == venue.path) or not _text_column(column):
            continue
        part = _address_part(column, anchor)
        if part == "country":
            place.country = place.country or column
        elif part is not None:
            parts.append((part, column.path))
        if part == "city" and place.city is None:
            place.city = column
    full = [path for part, path in parts if part == "full"]
    ordered = sorted(parts, key=lambda entry: ADDRESS_ORDER.index(entry[0]))
    place.address = full[:1] or [path for _, path in ordered]
    return place


def _component_words(column: Column) -> set[str]:
    """An address part's words: "city.name" and "state.stateCode" name their part by the object they are in."""
    names = set(column.key_words)
    parts = column.path.split(".")
    if len(parts) >= 2 and set(words(parts[-1])) - set(words(parts[-2])) <= COMPONENT_LEAVES:
        names |= set(words(parts[-2]))
    return names


def _in_place(column: Column) -> bool:
    return bool(column.context_words & PLACE_WORDS)


def _venue_score(column: Column) -> float:
    names = set(column.key_words)
    if column.share < 0.3 or not _text_column(column) or names & NOT_PLACE or _url_share(column) > 0.5:
        return 0.0
    if names & STREET_WORDS - {"address"} or names & (CITY_WORDS | POSTAL_WORDS | REGION_WORDS | COUNTRY_WORDS):
        return 0.0
    if _in_place(column) and names & PLACE_NAME_WORDS:
        return 3.0 - 0.1 * column.depth + column.share
    if names & (PLACE_WORDS - {"address", "site"}):
        return 2.0 - 0.1 * column.depth + column.share
    return 0.0


def _address_part(column: Column, anchor: str | None) -> str | None:
    names = _component_words(column)
    if names & NOT_PLACE or _url_share(column) > 0.5:
        return None
    if names & STREET_WORDS:
        return "full" if names & {"full", "formatted", "display", "localized"} else "street"
    beside_venue = anchor is not None and column.path.rpartition(".")[0] == anchor
    vocabularies = [("city", CITY_WORDS), ("postal", POSTAL_WORDS), ("country", COUNTRY_WORDS)]
    if _in_place(column):
        vocabularies.append(("region", REGION_WORDS))  # a bare "state" is too often a status
    elif not beside_venue:
        return None  # a "city" far from any place is too often something else (an organizer's, a user's)
    return next((part for part, vocabulary in vocabularies if names & vocabulary), None)


def _event_url_score(column: Column, used: set[str]) -> float:
    every = column.all_words
    if column.share < 0.3 or _url_share(column) < READ_SHARE or every & NOT_URL:
        return 0.0
    parent = column.path.rpartition(".")[0]
    if parent and any(path.startswith(parent + ".") or path == parent for path in used):
        return 0.0  # the URL of the title's or the place's object (a department's page, a map)
    weight = _weight(list(every), URL_WORDS)
    return weight + column.share - 0.1 * column.depth if weight else 0.0


def _image_score(column: Column, used: set[str]) -> float:
    every = column.all_words
    if column.share < 0.2 or _url_share(column) < READ_SHARE or not every & IMAGE_WORDS:
        return 0.0
    return 2.0 + column.share - 0.1 * column.depth - (1.0 if every & {"alt", "thumbnail", "thumb", "icon"} else 0.0)


def _ticket_score(column: Column, used: set[str]) -> float:
    every = column.all_words
    if column.share < 0.2 or _url_share(column) < READ_SHARE or not every & TICKET_WORDS:
        return 0.0
    return 2.0 + column.share - 0.1 * column.depth


def _description_score(column: Column) -> float:
    names = column.key_words
    weight = _weight(names, DESCRIPTION_WORDS)
    if not weight or column.all_words & NOT_DESCRIPTION or column.share < 0.1 or not _text_column(column):
        return 0.0
    if _url_share(column) > 0.5 or _mean_length(column) < 20:  # "Universal Link" labels a link, it describes nothing
        return 0.0
    return weight + min(_mean_length(column) / 200, 1.0) + column.share - 0.1 * column.depth


def _category_score(column: Column) -> float:
    names = set(column.key_words)
    if not names & CATEGORY_WORDS or names & NOT_CATEGORY or column.share < 0.5 or not _text_column(column):
        return 0.0
    if column.context_words & PLACE_WORDS:
        return 0.0  # a GeoJSON "location.type": "Point"
    if _url_share(column) > 0.2 or _mean_length(column) > 60 or not _wordy(column):
        return 0.0
    return 1.0 + column.share - 0.1 * column.depth


def _wordy(column: Column) -> bool:
    """Values written for people ("Board Meeting"), not identifiers ("soi/components/v1/events", "#849CE7")."""
    strings = column.strings()
    return bool(strings) and all(_HUMAN_TEXT.match(text) for text in strings)


def _organizer_score(column: Column) -> float:
    every = column.all_words
    if not every & ORGANIZER_WORDS or column.share < 0.3 or not _text_column(column) or _url_share(column) > 0.2:
        return 0.0
    names = set(column.key_words)
    if names & {"id", "email", "phone", "url", "link", "image", "logo", "description", "type"}:
        return 0.0
    return 1.0 + column.share - 0.1 * column.depth


def _zone_score(column: Column) -> float:
    if not column.all_words & ZONE_WORDS or column.share < 0.3:
        return 0.0
    strings = column.strings()
    valid = sum(1 for text in strings if "/" in text and zone(text) is not None)
    return 1.0 + column.share if strings and valid >= 0.5 * len(strings) else 0.0


def _id_score(column: Column) -> float:
    names = column.key_words
    if not names or names[-1] not in ID_WORDS or column.all_words & NOT_ID or column.share < 0.9:
        return 0.0
    present = [value for value in column.present if isinstance(value, str | int) and not isinstance(value, bool)]
    if len(present) < 0.9 * len(column.present) or len({str(value) for value in present}) < 0.95 * len(present):
        return 0.0
    exact = 1.0 if len(names) == 1 else (0.5 if set(names) & EVENT_WORDS else 0.0)
    return 1.0 + exact - 0.2 * column.depth


def _online_column(column: Column) -> bool:
    return _flag_column(column) and bool(set(column.key_words) & ONLINE_WORDS) and column.share >= 0.5


def _coordinate(column: Column, vocabulary: frozenset[str], limit: float) -> bool:
    if not set(column.key_words) & vocabulary or column.share < 0.3:
        return False
    numbers = []
    for value in column.present:
        number = None if isinstance(value, list) else _number(value)
        if number is not None:
            numbers.append(number)
        elif not (isinstance(value, int) and not isinstance(value, bool)):
            return False
        # else an integer too large for a float: that one value is lost (read as None), not the column
    return bool(numbers) and all(-limit <= number <= limit for number in numbers) and any(numbers)


def _latitude(column: Column) -> bool:
    return _coordinate(column, LAT_WORDS, 90.0)


def _longitude(column: Column) -> bool:
    return _coordinate(column, LON_WORDS, 180.0)


def _price_score(column: Column, highest: bool) -> float:
    """A price column: a number (or "25.00", "$25") under a price-like name; ``highest`` for a "max" one."""
    names = set(column.key_words)
    if (
        not names & PRICE_WORDS
        or names & {"currency", "id", "type", "url", "text", "description"}
        or column.share < 0.3
    ):
        return 0.0
    if ("max" in names or "high" in names) != highest:
        return 0.0
    amounts = [value for value in column.present if _amount(value)]
    return 1.0 + column.share if len(amounts) == len(column.present) else 0.0


def _amount(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int | float) or (isinstance(value, str) and bool(_AMOUNT.match(value.strip())))


# --- documents beside the event -----------------------------------------------------------------------
def _document_links(sample: Sample, used: set[str]) -> list[dict[str, str]]:
    """Link specs for the documents the items carry: objects with a URL under a document-like key
    ("Agenda": {"label", "url"}), URL fields named for a document ("videoUrl"), and lists of documents
    ("publishedFiles": [{"type", "url"}], "virtualList": [{"locationName", "link"}])."""
    links: list[dict[str, str]] = []
    for column in sample.columns.values():
        if column.path in used or _url_share(column) < 0.5 or column.all_words & NOT_LINK:
            continue
        parts = column.path.split(".")
        owner = parts[-2] if len(parts) >= 2 and parts[-1].lower() in {"url", "href", "link"} else parts[-1]
        if len(parts) > 2 or ".0." in column.path or not set(words(owner)) & DOC_WORDS:
            continue
        links.append({"label": _human(owner), "url": column.path})
    for key, elements in object_lists(sample.items).items():
        spec = _document_list(key, elements)
        if spec is not None and f"{key}.0.{spec['url']}" not in used:
            links.append(spec)
    return links


def _document_list(key: str, elements: list[Mapping[str, Any]]) -> dict[str, str] | None:
    if not set(words(key)) & DOC_WORDS:
        return None
    url_key = _best_key(elements, lambda name, values: _url_child(name, values))
    if url_key is None:
        return None
    label_key = _best_key(elements, lambda name, values: _label_child(name, values))
    spec = {"each": key, "url": url_key}
    if label_key is not None:
        spec["label_path"] = label_key
    return spec


def _best_key(elements: list[Mapping[str, Any]], score: Any) -> str | None:
    keys = list(dict.fromkeys(key for element in elements for key in element if isinstance(key, str)))
    ranked = [(score(key, [element.get(key) for element in elements]), key) for key in keys]
    ranked = [entry for entry in ranked if entry[0] > 0]
    return max(ranked, key=lambda entry: entry[0])[1] if ranked else None


def _url_child(name: str, values: list[Any]) -> float:
    present = [value for value in values if value not in (None, "")]
    if not present or sum(1 for value in present if _is_url(value) or _is_path(value)) < 0.5 * len(present):
        return 0.0
    names = set(words(name))
    if names & {"image", "thumbnail", "icon", "stream"} and not names & {"url", "link", "href"}:
        return 0.0
    return 1.0 + _weight(list(names), {"url": 2.0, "link": 2.0, "href": 2.0}) + len(present) / len(values)


def _is_path(value: Any) -> bool:
    """A relative URL of a document ("stream/CITY/abc.pdf")."""
    return isinstance(value, str) and bool(re.match(r"^[\w./-]+\.\w{2,5}$", value.strip())) and "/" in value


def _label_child(name: str, values: list[Any]) -> float:
    strings = [value for value in values if isinstance(value, str) and value.strip()]
    if not strings or any(_is_url(value) for value in strings):
        return 0.0
    return _weight(words(name), {"type": 3.0, "label": 3.0, "title": 2.5, "name": 2.0, "description": 1.0}) + len(
        strings
    ) / len(values)


def _human(key: str) -> str:
    """A key as a label: "Agenda Packet" stays, "videoUrl" becomes "Video"."""
    if " " in key or key[:1].isupper():
        return key
    kept = [word for word in words(key) if word not in {"url", "link", "href"}]
    return " ".join(kept).capitalize() or key
