"""The shapes of a JSON document and of its values, for the inference (``_json_infer``).

Where a document's lists of objects are (``candidate_lists``), a sample of items as columns of values by dotted path
(``columns``), and how a column's values read: as moments (``date_shape``: ISO 8601, the strptime formats people's
APIs write, epoch numbers, a date followed by a time of day), as URLs, amounts, flags, or text written for people.

Every value comes from an untrusted document: no pattern here may backtrack on long input (each is tested on
100 KB of adversarial text), and a value longer than a date can be (``MAX_DATE_TEXT``) is never read as one.
Pure: no database, no network.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sources.adapters._json_aspnet import aspnet_millis
from sources.adapters._json_config import RFC_2822
from sources.adapters._json_dated_ranges import dated_range_date_shape
from sources.adapters._json_dayless import DAYLESS, dayless_shape
from sources.adapters._json_doors import SHOW_TIME, doors_share
from sources.adapters._json_flag_words import counted_key, flag_value
from sources.adapters._json_key_words import key_words
from sources.adapters._json_mapping import read_moment
from sources.adapters._json_other_words import OTHER_CLOCK_WORDS, fold_key, part_words
from sources.adapters._json_summary import summary_format
from sources.adapters._json_text_keys import says_nothing
from sources.adapters._json_untold_times import untold
from sources.adapters._json_zone_words import bare_date
from sources.adapters._json_zoned_midnights import ZONED_MIDNIGHT, zoned_midnights
from sources.adapters.common import http_url, plausible, strptime

MAX_DEPTH = 6  # how deep in the document the list of events is looked for
LEAF_DEPTH = 4  # how deep inside one item its fields are looked for
SAMPLE = 40  # items of a candidate list looked at
MAX_LEAVES = 400  # fields per item looked at: a hostile item cannot make the inference slow
MIDNIGHT_DATE = "%Y-%m-%dT00:00:00"  # "2025-09-25T00:00:00" read as a date
MIDNIGHT_SPACED = "%Y-%m-%d 00:00:00"  # "2008-02-27 00:00:00", a date-time as SQL writes it: a date as well
MIDNIGHT_DATES = (MIDNIGHT_DATE, MIDNIGHT_SPACED, ZONED_MIDNIGHT)  # the last: "…T00:00:00+0200" (_json_zoned_midnights)
READ_SHARE = 0.7  # share of a column's values a date format (or a URL shape) must read
GENERIC_LEAVES = frozenset({"label", "text", "value", "rendered", "raw", "display", "html", "plain", "en", "0"})
# Objects an API wraps each item's fields in (Elasticsearch, GraphQL, JSON:API): they say nothing of a field.
WRAPPERS = frozenset({"_source", "node", "attributes", "fields", "properties", "doc", "record", "item", "data"})
# Date formats tried on values that are not ISO 8601. The format that reads most of a column's values wins; where
# month-first and day-first read them alike (every day ≤ 12), the zone decides (see ``date_shape``). "02.01.19" is
# German day-first with a two-digit year (batch 54); strptime's %y takes exactly two digits, so "1.2.3" is no date.
# A two-digit year day first is read only with its day and month written in two digits each: "1.10.31" is a version.
_TWO_DIGIT_DOTS = re.compile(r"\d{2}\.\d{2}\.\d{2}$")
DATE_FORMATS = (
    "%m/%d/%Y", "%m/%d/%y", "%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%d.%m.%y", "%m-%d-%Y", "%d-%m-%Y", "%Y/%m/%d",
    "%Y-%m-%d",
    "%b %d, %Y", "%B %d, %Y",
    "%a, %b %d, %Y", "%A, %B %d, %Y", "%A, %b %d, %Y", "%a, %d %b %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%Y%m%d",
)  # fmt: skip
# A time of day with its zone ("04:00:00Z", "19:30+02:00"): beside its date (Ergast's "date" and "time"), the two
# are an instant, not a wall clock to read in the source's zone.
ZONED_TIMES = ("%H:%M%z", "%H:%M:%S%z", "%H:%M:%S.%f%z")
TIME_FORMATS = ("%I:%M %p", "%I:%M%p", "%H:%M", "%H:%M:%S", "%H:%M:%S.%f", "%I:%M:%S %p", "%I %p", "%I%p", *ZONED_TIMES)
# A date and time written as fourteen digits, as TV and radio guides write them (XMLTV's "20260926200000 -0700",
# a broadcaster's "20260922010000"): a moment, with the offset when one follows. Fourteen digits are no epoch
# number (those have 9 to 13), and every part must be in range for the format to read it. iCalendar writes them
# with a "T" between the day and the time, and a "Z" for UTC ("20120619T180000Z": ISO 8601's basic form).
COMPACT_FORMATS = ("%Y%m%d%H%M%S %z", "%Y%m%d%H%M%S%z", "%Y%m%d%H%M%S", "%Y%m%dT%H%M%S%z", "%Y%m%dT%H%M%S")
_COMPACT = re.compile(r"\d{8}T?\d{6}(?:Z| ?[+-]\d{4})?")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"  # "september" is the longest
_DATEISH = re.compile(rf"\d{{1,4}}[/.:-]\d{{1,2}}|^\d{{8}}$|{_MONTH} \d{{1,2}}\b|\b\d{{1,2}} {_MONTH}", re.IGNORECASE)
# Longer text is no date: date patterns only ever see this much, so no untrusted value can make them slow.
MAX_DATE_TEXT = 64
MAX_RULE_TEXT = 20_000  # a series' recurrence lines with a few hundred EXDATEs; more is not a rule
# A time of day ending a date: "07/11/2024 - 01:00 PM", "Wednesday, May 1, 2024 at 7pm" (what precedes it is
# taken apart in ``date_then_time``, without a pattern whose quantifiers could overlap).
_TIME_AT_END = re.compile(r"(?:\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]m)$", re.IGNORECASE)
_DATE_TIME_JOINS = ("-", ",", "@", " at")  # between a date and its time; "at" only as a word ("Sat" is a day)
_PLACEHOLDER = re.compile(r"^(?:0001|1900|1970)-01-01(?:[T ]00:00(?::00)?(?:\.0+)?(?:Z|[+-]00:?00)?)?$")
# On stripped text; seconds may have a fraction ("21:00:00.0000000").
_TIME_OF_DAY = re.compile(r"^\d{1,2}(?::\d{2}(?::\d{2}(?:\.\d{1,12})?)?)?(?:\s*[ap]\.?m\.?)?$", re.IGNORECASE)
_ZONED_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,12})?)?(?:Z|[+-]\d{2}:?\d{2})$")
_MIDNIGHT_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T00:00(?::00(?:\.0+)?)?$")
_MIDNIGHT_SPACED = re.compile(r"^\d{4}-\d{2}-\d{2} 00:00:00$")
_SPACED_FORMAT = "%Y-%m-%d %H:%M:%S"
_RELATIVE_URL = re.compile(r"^/[^/\s]\S*$")
# A price as a field holds it: "25", "$25.00", "12,50 €", "EUR 1.200,50", "1 200,50 kr", "8,- €", "CHF 12.–"
# (which mark is the decimal one is common.money's to tell).
_CURRENCY_WORD = r"(?:EUR|CHF|NOK|SEK|DKK|ISK|PLN|CZK|GBP|USD|kr|zł|Kč)"
_AMOUNT = re.compile(
    r"^(?:[$€£]\s?|" + _CURRENCY_WORD + r"\.?\s?)?(?:\d{1,3}(?:[.,\u00a0\u202f ']\d{3})+|\d{1,7})"
    r"(?:[.,]\d{1,2}|[.,][-–])?(?:\s?(?:[€£]|" + _CURRENCY_WORD + r"))?$"
)
_HUMAN_TEXT = re.compile(r"^[^\W\d_][\w '&,()+;.-]*(?:/[\w '&,()+;.-]+)?$")


# --- the shape of a document --------------------------------------------------------------------------------


# Nouns of one event a word before them in the same key only qualifies ("calendarEvent", "group_meeting").
QUALIFIED_NOUNS = frozenset({"event", "meeting", "session", "occurrence", "activity"})


# One word that camel case writes as two ("PlaceHolderA": a placeholder, no place), joined again.
CAMEL_COMPOUNDS = {("place", "holder"): "placeholder"}


def words(path: str) -> list[str]:
    """The words of a key path: camelCase, snake_case, spaces and digits split, lower-cased, accents folded
    ("fechaInício" → fecha, inicio); a word camel case split in two joined again (``CAMEL_COMPOUNDS``)."""
    found = key_words(fold_key(path).replace("@", " "))
    for index in range(len(found) - 2, -1, -1):
        joined = CAMEL_COMPOUNDS.get((found[index], found[index + 1]))
        if joined is not None:
            found[index : index + 2] = [joined]
    return found


# The key of a name's text in a list of translations ("Name": [{"Locale": "en-GB", "Description": "Houston
# Stadium"}], as FIFA's API gives every name): the name's, not a description.
LOCALISED_TEXT = "description"


def localised_name(path: str) -> str:
    """The path of the name a translation's text is of ("Stadium.Name.0.Description" → "Stadium.Name"); the path
    itself when it is no such text."""
    parts = path.split(".")
    if len(parts) >= 3 and parts[-1].lower() == LOCALISED_TEXT and parts[-2].isdigit():
        if set(words(parts[-3])) & {"name", "title"}:
            return ".".join(parts[:-2])
    return path


# A document's paths are few and each is asked about many times (every field's scoring reads its words).
@functools.lru_cache(maxsize=4096)
def _key_words(path: str) -> tuple[str, ...]:
    split = localised_name(path).split(".")
    parts = [
        part
        for index, part in enumerate(split)
        if part.lower() not in GENERIC_LEAVES and not says_nothing(part, split[index - 1] if index else "")
    ]
    return tuple(part_words(parts[-1], words) if parts else words(path))


@functools.lru_cache(maxsize=4096)
def _all_words(path: str) -> frozenset[str]:
    return frozenset(words(".".join(part for part in path.split(".") if part.lower() not in WRAPPERS)))


@dataclasses.dataclass(slots=True)
class Column:
    """One field path across the sampled items: its values (None where an item lacks it)."""

    path: str
    values: list[Any]

    @property
    def key_words(self) -> list[str]:
        """The words of the path's last meaningful part ("Name.label" → name; "venue.name" → name)."""
        return list(_key_words(self.path))

    @property
    def all_words(self) -> set[str]:
        """The words of the path, without the wrappers an API puts every field in ("_source", "node")."""
        return set(_all_words(self.path))

    @property
    def unqualified_words(self) -> set[str]:
        """``all_words`` without a word that only qualifies an event's name in one key: "CalendarEventDetails" is
        the event's details ("calendar event"), not the calendar's, so its "Subject" may be the event's title."""
        kept: set[str] = set()
        for part in self.path.split("."):
            if part.lower() in WRAPPERS:
                continue
            said = words(part)
            after = [*said[1:], ""]
            kept |= {word for index, word in enumerate(said) if after[index] not in QUALIFIED_NOUNS}
        return kept

    @property
    def context_words(self) -> set[str]:
        """The words of the parts above the last one ("venue.name" → venue)."""
        return {word for part in self.path.split(".")[:-1] for word in part_words(part, words)}

    @property
    def holder_words(self) -> set[str]:
        """The words of the object holding the key ("booking.resource.name" → resource)."""
        path = localised_name(self.path)
        return set(part_words(path.split(".")[-2], words)) if "." in path else set()

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


def container_object_lists(items: Sequence[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    """Lists of objects the items' containers carry to them (``_json_nested``: "^show": {"documents": [...]}), by
    path ("^show.documents"), as ``object_lists`` finds an item's own."""
    found: dict[str, list[Mapping[str, Any]]] = {}
    for item in items:
        for key, value in item.items():
            if isinstance(key, str) and key.startswith("^") and "." not in key and isinstance(value, Mapping):
                for inner, elements in object_lists([value]).items():
                    found.setdefault(f"{key}.{inner}", []).extend(elements)
    return found


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


# --- dates --------------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class DateShape:
    """How a column's values read as moments: ``format`` (None = ISO 8601) and what they give."""

    format: str | None
    kind: str  # "datetime", "date" or "time"
    share: float  # of the column's present values that read
    timed: float = 0.0  # of those, the share with a time other than midnight
    ambiguous: bool = False  # month-first and day-first read every value alike: the order was a choice


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
    if all(_MIDNIGHT_SPACED.match(text) for text in strings):  # the same, as SQL writes it ("2008-02-27 00:00:00")
        return DateShape(_SPACED_FORMAT, "midnight", len(moments) / len(strings))
    kind, timed = _date_kind(moments)
    return DateShape(None, kind, len(moments) / len(strings), timed)


def midnight_format(shape: DateShape) -> str:
    """The literal format a column of dates written at midnight is read with, its separator kept."""
    return {_SPACED_FORMAT: MIDNIGHT_SPACED, ZONED_MIDNIGHT: ZONED_MIDNIGHT}.get(shape.format or "", MIDNIGHT_DATE)


def _mail_shape(strings: Sequence[str]) -> DateShape | None:
    """Dates written as e-mail and RSS write them ("Wed, 10 Mar 2010 21:30:00", with or without a zone)."""
    moments = _reads(strings, RFC_2822)
    if len(moments) < READ_SHARE * len(strings):
        return None
    kind, timed = _date_kind(moments)
    return DateShape(RFC_2822, kind, len(moments) / len(strings), timed)


def _format_shape(
    strings: Sequence[str], formats: Sequence[str], kind: str, *, month_first: bool = True
) -> DateShape | None:
    """The format that reads the most values (READ_SHARE at least; the earlier of equals). Where its day-month
    swap reads as many ("05/01/2024"), the column is ambiguous and ``month_first`` picks the order."""
    counts = {value_format: read for value_format in formats if (read := _read_count(strings, value_format, kind))}
    best = max(counts.values(), default=0)
    if best < READ_SHARE * len(strings):
        return None
    chosen = next(value_format for value_format, read in counts.items() if read == best)
    swapped = _day_month_swapped(chosen)
    ambiguous = swapped != chosen and counts.get(swapped) == best
    if ambiguous and (chosen.find("%m") < chosen.find("%d")) != month_first:
        chosen = swapped
    return DateShape(chosen, kind, best / len(strings), 1.0 if kind == "datetime" else 0.0, ambiguous=ambiguous)


def _read_count(strings: Sequence[str], value_format: str, kind: str) -> int:
    """How many of ``strings`` the format reads; 0 as soon as too many fail for it to win."""
    allowed = len(strings) - math.ceil(READ_SHARE * len(strings))
    read = failed = 0
    for text in strings:
        if _strptime_ok(text, value_format, kind):
            read += 1
        else:
            failed += 1
            if failed > allowed:
                return 0
    return read


def _day_month_swapped(value_format: str) -> str:
    """ "%m/%d/%Y" ↔ "%d/%m/%Y" (the same format when it has not both)."""
    if "%m" not in value_format or "%d" not in value_format:
        return value_format
    return value_format.replace("%m", "\0").replace("%d", "%m").replace("\0", "%d")


def _strptime_ok(text: str, value_format: str, kind: str) -> bool:
    if _too_long(text):
        return False
    if value_format == "%d.%m.%y" and not _TWO_DIGIT_DOTS.match(text):
        return False  # "1.10.31" is a version, "01.10.31" a day (review25)
    try:
        parsed = strptime(text, value_format)  # only whether it reads
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


def _datetime_shape(strings: Sequence[str], *, month_first: bool) -> DateShape | None:
    """Dates with a time of day in one text: the date's format, the separator and the time's format, found
    part by part (trying every combination would be slow and thrash strptime's cache)."""
    parts = [found for text in strings if (found := date_then_time(text))]
    if len(parts) < READ_SHARE * len(strings):
        return None
    day = _format_shape([found[0] for found in parts], DATE_FORMATS, "date", month_first=month_first)
    time = _format_shape([found[2] for found in parts], TIME_FORMATS, "time")
    if day is None or time is None or day.format is None or time.format is None:
        return None
    whole = _format_shape(strings, [f"{day.format}{parts[0][1]}{time.format}"], "datetime")
    return dataclasses.replace(whole, ambiguous=day.ambiguous) if whole is not None else None


def date_shape(column: Column, *, numeric_ok: bool, month_first: bool = True) -> DateShape | None:
    """How the column's values read as moments, or None when most of them do not. ``month_first``: how to
    read a column that month-first and day-first read alike ("05/01/2024" everywhere)."""
    present = column.present
    if not present:
        return None
    if all(isinstance(value, int | float) and not isinstance(value, bool) for value in present):
        return _epoch_shape(present) if numeric_ok else None
    clock = _named_clock(column, numeric_ok=numeric_ok) or _doors_clock(column)
    if clock is not None:
        return clock
    aspnet = [aspnet_millis(value) for value in present]
    if all(millis is not None for millis in aspnet):
        return _epoch_shape(aspnet)  # "/Date(1781629200000)/": milliseconds since 1970, as .NET writes dates
    if numeric_ok and all(isinstance(value, str) and _EPOCH_TEXT.fullmatch(value) for value in present):
        return _epoch_shape([int(value) for value in present])  # "1768239000": an epoch number written as text
    # A placeholder date ("1900-01-01T00:00:00Z" for "no end") says the value is absent, not unreadable.
    strings = [bare_date(text) or text for text in column.strings() if not (_PLACEHOLDER.match(text) or untold(text))]
    present = [value for value in present if not (isinstance(value, str) and _PLACEHOLDER.match(value.strip()))]
    present = [value for value in present if not untold(value)]  # "TBC": a time still to be told (_json_untold_times)
    if not strings:
        return None
    if len(strings) < READ_SHARE * len(present) or len(strings[0]) > MAX_DATE_TEXT:
        return None
    if all(_COMPACT.fullmatch(text) for text in strings):
        return _format_shape(strings, COMPACT_FORMATS, "datetime")
    if not _DATEISH.search(strings[0]):
        return dated_range_date_shape(strings)  # no format, unless runs in another language ("8. März 2031 - …")
    clocks = [len(text) <= MAX_DATE_TEXT and _clock(text) for text in strings]
    pairs = zip(strings, clocks, strict=True)
    words_only = all(clock or not any(character.isdigit() for character in text) for text, clock in pairs)
    if all(clocks) or (sum(clocks) >= READ_SHARE * len(strings) and words_only):
        return _format_shape(strings, TIME_FORMATS, "time")  # times of day, a few "All day" or "TBA" among them
    return (
        (DateShape(ZONED_MIDNIGHT, "midnight", 1.0) if zoned_midnights(column.path, strings) else None)  # a day's
        or _iso_shape(strings)
        or _mail_shape(strings)
        or _format_shape(strings, DATE_FORMATS, "date", month_first=month_first)
        or _datetime_shape(strings, month_first=month_first)
        or _summary_shape(strings, month_first=month_first)
        or _dayless_shape(strings)
        or dated_range_date_shape(strings)  # "6 Jan 2014 - 2 Apr 2014" (_json_dated_ranges)
    )


def _named_clock(column: Column, *, numeric_ok: bool) -> DateShape | None:
    """Times of day written in a way only a field named as a time of day tells apart from a number: "1830" (when
    numbers may be moments) and "20.30", as German, Dutch, Nordic and Italian schedules write the time."""
    present = column.present
    if not set(column.key_words) & CLOCK_WORDS or not all(isinstance(value, str) for value in present):
        return None
    if numeric_ok and all(_HHMM.fullmatch(value) for value in present):
        return _format_shape([str(value) for value in present], ("%H%M",), "time")  # "StartTime": "1830"
    if all(_DOTTED_CLOCK.fullmatch(value.strip()) for value in present) and not _results(column):
        return _format_shape([str(value).strip() for value in present], ("%H.%M",), "time")  # "zeit": "20.30"
    if all(_FRENCH_CLOCK.fullmatch(value.strip()) for value in present):  # "heure": "19h30", "20h"
        return _format_shape([str(value).strip() for value in present], ("%Hh%M", "%Hh"), "time")
    return None


def _doors_clock(column: Column) -> DateShape | None:
    """A time column whose values give the doors' time and the show's ("Doors 7pm / Show 8pm"): ``_json_doors``."""
    if not set(column.key_words) & CLOCK_WORDS:
        return None
    share = doors_share(column.present)
    return DateShape(SHOW_TIME, "time", share) if share is not None and share >= READ_SHARE else None


def _results(column: Column) -> bool:
    """Whether dotted "times" are results, not clocks: the key says so ("result.time", "lapTime", "bestTime"), or
    half their minutes or more are not on a five-minute mark ("9.58", "9.69": a sprint's seconds and hundredths;
    schedules start at "20.30", "19.00", "9.15")."""
    if column.all_words & RESULT_WORDS:
        return True
    odd = sum(1 for value in column.present if int(value.strip().rpartition(".")[2]) % 5)
    return odd * 2 >= len(column.present)


def _clock(text: str) -> bool:
    """A time of day alone: "18:30", "6 pm", or with its zone ("04:00:00Z")."""
    return bool(_TIME_OF_DAY.match(text) or _ZONED_TIME.match(text))


def _dayless_shape(strings: Sequence[str]) -> DateShape | None:
    """Days written with a weekday and no year ("Fri, 6 Sept, 20:00 – Sat, 7 Sept, 01:00"): ``_json_dayless``."""
    found = dayless_shape(strings)
    if found is None or found[0] < READ_SHARE * len(strings):
        return None
    read, timed = found
    return DateShape(DAYLESS, "datetime" if timed else "date", read / len(strings), timed)


def _summary_shape(strings: Sequence[str], *, month_first: bool) -> DateShape | None:
    """Days written as a short summary ("do 12/12/13 van 18:00 tot 20:00"): ``_json_summary``."""
    found = summary_format(strings, month_first=month_first, share=READ_SHARE)
    if found is None:
        return None
    value_format, read = found
    kind, timed = _date_kind(_reads(strings, value_format))
    return DateShape(value_format, kind, read / len(strings), timed)


# A time of day written as four digits ("1830") in a column its name says holds times ("StartTime"), not a year.
_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
# A field named as a time of day, in English and as other languages name it ("Zeit", "Uhrzeit", "heure", "hora":
# _json_other_words).
CLOCK_WORDS = frozenset({"time", "times", "hour", "clock", *OTHER_CLOCK_WORDS})
_DOTTED_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")  # "20.30", "9.15"
_FRENCH_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])h(?:[0-5]\d)?")  # "19h30", "20h", as French schedules write it
# Words of a key whose dotted "time" is a result or a length, not a time of day ("resultTime", "lap.time").
RESULT_WORDS = frozenset({"result", "results", "lap", "laps", "split", "splits", "chip", "gun", "elapsed", "winning",
                          "best"})  # fmt: skip
# Seconds or milliseconds since 1970 written as a string ("date": "1768239000"), as PHP APIs print them.
_EPOCH_TEXT = re.compile(r"\d{9,13}")


def _epoch_shape(numbers: Sequence[Any]) -> DateShape | None:
    for value_format, scale in (("epoch_ms", 1000), ("epoch", 1)):
        moments = _reads(numbers, value_format)
        if len(moments) >= READ_SHARE * len(numbers) and all(abs(number) >= 10**8 * scale for number in numbers):
            # An epoch number is an instant: it has a time of day unless it falls exactly on a UTC day's start (a
            # date stored as a number). Midnight UTC to the millisecond's fraction is 5 pm in Seattle.
            timed = sum(1 for number in numbers if number % (86_400 * scale)) / len(numbers)
            return DateShape(value_format, "datetime", len(moments) / len(numbers), timed)
    return None


# --- values -------------------------------------------------------------------------------------------------


def is_rule_text(value: Any) -> bool:
    """Whether a value is iCalendar recurrence text: a rule's FREQ, as RRULE lines and rrule strings write it
    ("DTSTART:20250206T100000\nRRULE:FREQ=WEEKLY;BYDAY=TH", "FREQ=MONTHLY;BYDAY=1WE")."""
    return isinstance(value, str) and len(value) <= MAX_RULE_TEXT and _RULE_FREQ.search(value) is not None


# A rule part stating a frequency, at a line's or a part's start: "?freq=weekly" in a link's query is none.
_RULE_FREQ = re.compile(r"(?:^|[\s:;])FREQ=(?:SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)\b", re.IGNORECASE)


def is_url(value: Any) -> bool:
    return isinstance(value, str) and (http_url(value) is not None or bool(_RELATIVE_URL.match(value.strip())))


def url_share(column: Column) -> float:
    present = column.present
    return sum(1 for value in present if is_url(value)) / len(present) if present else 0.0


def text_column(column: Column) -> bool:
    strings = column.strings()
    return bool(strings) and len(strings) >= 0.8 * len(column.present)


def mean_length(column: Column) -> float:
    strings = column.strings()
    return sum(len(text) for text in strings) / len(strings) if strings else 0.0


def flag_column(column: Column) -> bool:
    present = column.present
    return bool(present) and all(map(flag_value, present)) and not counted_key(column.key_words, present, column.path)


def wordy(column: Column) -> bool:
    """Values written for people ("Board Meeting"), not identifiers ("soi/components/v1/events", "#849CE7")."""
    strings = column.strings()
    return bool(strings) and all(_HUMAN_TEXT.match(text) for text in strings)


def amount(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int | float) or (isinstance(value, str) and bool(_AMOUNT.match(value.strip())))


def is_path(value: Any) -> bool:
    """A relative URL of a document ("stream/CITY/abc.pdf")."""
    return isinstance(value, str) and bool(re.match(r"^[\w./-]+\.\w{2,5}$", value.strip())) and "/" in value
