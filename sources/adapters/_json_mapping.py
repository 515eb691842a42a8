"""The ``json_api`` adapter's field mapping: dotted paths into a response (``resolve``, from ``_json_paths``),
values read as text, numbers and moments, and one item read through the mapping into a RawEvent (``ItemReader``).
The config is parsed and checked as a whole in ``_json_config`` (``read_config`` → ``ApiSpec``); its format is
described in ``json_api``.

Two forms beyond a field's path exist for what APIs written for humans do: ``format`` may be a list of
formats tried in order (a date with a time when the row has one, the date alone when its time is blank), and
``links`` maps the documents beside each event (agenda, minutes, video) into ``RawEvent.links``.

The leading underscore keeps this helper module out of the adapters package's auto-import, so nothing
here registers as an adapter.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
import zoneinfo
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from events import statuswords
from events.text import single_line
from sources.adapters._api import cost_type
from sources.adapters._feed_when import rfc822_moment
from sources.adapters._json_aspnet import aspnet_millis
from sources.adapters._json_broken_clock import broken_clock_day
from sources.adapters._json_config import RFC_2822, TEXT_FIELDS, FieldSpec, LinkSpec
from sources.adapters._json_day_labels import labelled_run
from sources.adapters._json_day_titles import kind_for_day
from sources.adapters._json_days import day_format, day_moment, day_span, epoch_days, whole_day
from sources.adapters._json_doors import doors_note, show_moment, show_time_format
from sources.adapters._json_duration import ends_after
from sources.adapters._json_flag_words import true_word
from sources.adapters._json_gone import gone as gone  # re-exported: json_api reads items with it
from sources.adapters._json_gone import shown
from sources.adapters._json_offset_zones import offset_key, offset_zone
from sources.adapters._json_paths import flatten
from sources.adapters._json_paths import resolve as resolve  # re-exported: the json modules read paths with it
from sources.adapters._json_piped_place import split_piped_place
from sources.adapters._json_place_links import meeting_in_place
from sources.adapters._json_prices import named_prices, price_range
from sources.adapters._json_put_off import put_off
from sources.adapters._json_script_dates import rfc_text
from sources.adapters._json_side_fill import filled_sides
from sources.adapters._json_text_values import SLUG, address_below_venue, slug_title
from sources.adapters._json_title_status import title_status
from sources.adapters._json_untold_times import date_formats, told_date, untold
from sources.adapters._json_utc import local_wall, reading_zone
from sources.adapters._json_utc_clocks import UTC_CLOCKS
from sources.adapters._json_venue_first import HALL, hall_in_venue
from sources.adapters._json_wall_epochs import WALL_EPOCHS, as_wall_clock
from sources.adapters._json_wall_offsets import WALL_OFFSETS, without_offset
from sources.adapters._json_zero_days import same_midnight
from sources.adapters._json_zone_labels import zone_text
from sources.adapters._json_zone_words import zone_worded
from sources.adapters._online_place import ONLINE_LINK, meeting_link, online_only
from sources.adapters._title_place import with_title_place
from sources.adapters.base import ParsedRecord, RawEvent, RejectedRecord
from sources.adapters.common import absolute_url, http_url, parse_datetime, plausible, strptime, zone

if TYPE_CHECKING:
    from sources.adapters.json_api import JsonApiAdapter

DEFAULT_JOIN = ", "
TIME_DIRECTIVES = ("%H", "%I", "%M", "%S", "%X", "%c", "%T", "%p")
# Fields read as plain text when an API writes markup into them (a title, a place); the description keeps its
# markup: its paragraphs tell the venue's lines apart (address_below_venue), and normalize makes it text.
PLAIN_FIELDS = frozenset({"title", "venue_name", "address", "city", "country", "organizer", "source_category"})
# A tag or an entity: "<b>", "</a>", "<br/>", "&amp;", "&#8211;", "&nbsp;". A lone "<" or "&" is text.
MARKUP = re.compile(r"<[A-Za-z/!]|&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
TRUE_WORDS = frozenset({"on", "online", "virtual"})  # and the words for yes of _json_flag_words
IMAGE_EXTENSIONS = frozenset({"png", "jpg", "jpeg", "gif", "svg", "webp", "avif"})
PLACEHOLDER_WORDS = frozenset({"default", "placeholder", "noimage", "nophoto", "dummy", "blank", "fallback"})

NO_TITLE = "The item has no title (mapping 'title')."
BAD_START = "The item has no readable start (mapping 'start'): {value}"


# --- reading values ----------------------------------------------------------------------------------
def _lookup_key(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


# A title read from the item's own page address, for items with no name (``"format": "slug"``): the address's last
# part, a leading ISO day dropped, its hyphens and underscores as spaces ("…/2024-08-12-NiTheCS-Online/" → "NiTheCS
# Online").
def _text(value: Any, separator: str | None) -> str | None:
    if isinstance(value, list):
        parts = [_text(item, None) for item in value]
        return (separator if separator is not None else DEFAULT_JOIN).join(part for part in parts if part) or None
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        return None
    return str(value).strip() or None


def as_text(value: str | None) -> str | None:
    """A field an API filled with HTML ("<b>Jazz</b> &amp; Blues", "Blue&nbsp;Room") read as the text it shows:
    tags gone, entities decoded, one line. Text without markup is left as it is."""
    if value is None or not MARKUP.search(value):
        return value
    return single_line(value, max_length=len(value)) or None


def _format(spec: FieldSpec | None) -> str | tuple[str, ...] | None:
    return None if spec is None else spec.format


def _epochs(spec: FieldSpec) -> bool:
    """Whether the spec reads epoch numbers (alone, or an epoch day beside a clock: "epoch %I:%M %p")."""
    formats = spec.format if isinstance(spec.format, tuple) else (spec.format,)
    return any(isinstance(each, str) and each.split(" ", 1)[0] in ("epoch", "epoch_ms") for each in formats)


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in TRUE_WORDS or true_word(value)
    return bool(value)


def _number(value: Any) -> float | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None or isinstance(value, bool) or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: a JSON integer too large for a float
        return None
    return number if math.isfinite(number) else None  # NaN and Infinity are not numbers of anything


def _moment(value: Any, spec: FieldSpec, tz: dt.tzinfo | None) -> dt.datetime | dt.date | None:
    """A start/end value by the field's format (the first of several that reads it); naive results are
    read in ``tz``."""
    formats = spec.format if isinstance(spec.format, tuple) else (spec.format,)
    for value_format in formats:
        moment = read_moment(value, value_format, tz)
        if moment is not None:
            return moment
    return None


def read_moment(value: Any, value_format: str | None, tz: dt.tzinfo | None) -> dt.datetime | dt.date | None:
    """One value read by one format (None: ISO 8601 or a number as epoch); None if it does not fit."""
    if (told := told_date(value)) is not None:  # "2031-09-10 TBC": the date alone (_json_untold_times)
        return next((day for each in date_formats(value_format) if (day := _read_one(told, each, tz))), None)
    if (worded := zone_worded(value)) is not None:  # "… 06:00:00 PM EST": in the offset it names (_json_zone_words)
        value, tz = worded
    moment = _read_one(value, value_format, tz)
    if moment is None and value_format and ("%b" in value_format) != ("%B" in value_format):
        # "Nov 5, 2013" and "November 6, 2013" in one column: the month written whole or short, one format
        swapped = value_format.replace("%b", "%B") if "%b" in value_format else value_format.replace("%B", "%b")
        moment = _read_one(value, swapped, tz)
    return moment


def _read_one(value: Any, value_format: str | None, tz: dt.tzinfo | None) -> dt.datetime | dt.date | None:
    if value_format in ("epoch", "epoch_ms"):
        number = _number(value if (millis := aspnet_millis(value)) is None else millis)  # "/Date(…)/": .NET's
        if number is None:
            return None
        try:
            moment = dt.datetime.fromtimestamp(number / (1000 if value_format == "epoch_ms" else 1), tz=dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
        return moment if plausible(moment) else None
    if value_format == RFC_2822:
        # "Wed, 10 Mar 2010 21:30:00", a zone optional: as e-mail and RSS write dates (a short text only).
        # JavaScript's "Sat Aug 12 2017 01:00:00 GMT+0000 (UTC)" as the RFC 2822 date it says (_json_script_dates)
        text = rfc_text(" ".join(value.split())) if isinstance(value, str) and len(value) <= 64 else None
        return rfc822_moment(text, tz) if text is not None else None
    if value_format and (day_format(value_format) or show_time_format(value_format)):
        return _named_moment(value, value_format, tz)
    if value_format:
        try:
            parsed = strptime(str(value).strip(), value_format)  # the zone is applied below
        except (ValueError, re.error):  # re.error: a format that repeats a directive ("%H … %H")
            return None
        if not any(directive in value_format for directive in TIME_DIRECTIVES):
            return parsed.date() if plausible(parsed) else None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=tz or dt.UTC)
        return parsed if plausible(parsed) else None
    if isinstance(value, int) and not isinstance(value, bool) and _number(value) is None:
        return None  # an integer too large for a float is no timestamp (parse_datetime would overflow on it)
    return parse_datetime(value, tz=tz) or broken_clock_day(value, tz)  # "…T190:00:00Z": its day (_json_broken_clock)


def _named_moment(value: Any, value_format: str, tz: dt.tzinfo | None) -> dt.datetime | dt.date | None:
    """A value read by a format named, not written for strptime: a day's (``_json_days``), or a date and a time
    that gives the doors' and the show's ("2031-05-01 Doors 7pm / Show 8pm": ``_json_doors``)."""
    if show_time_format(value_format):
        return show_moment(value, value_format, tz, lambda text, text_format: read_moment(text, text_format, tz))
    return day_moment(value, value_format, tz)


def _bounded_url(value: str | None, base: str) -> str | None:
    return absolute_url(value, base or None)


def placeholder_image(url: str | None) -> bool:
    """An image file named as a stand-in ("…/event-default.png", "placeholder.jpg", "no-image.svg"): what a site
    shows for an event that has no picture, not the event's own."""
    if not url:
        return False
    name = url.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1].lower()
    stem, dot, extension = name.rpartition(".")
    if not dot or extension not in IMAGE_EXTENSIONS:
        return False
    said = [word for word in re.split(r"[^a-z0-9]+", stem) if word]
    return bool(set(said) & PLACEHOLDER_WORDS) or any(
        first == "no" and second in {"image", "img", "photo", "picture"}
        for first, second in zip(said, said[1:], strict=False)
    )


class ItemReader:
    """One item of the response read through the mapping."""

    def __init__(self, adapter: JsonApiAdapter, item: Mapping[str, Any], base_url: str) -> None:
        self.adapter = adapter
        self.item = item
        self.base_url = base_url
        self.mapping = adapter.spec.mapping

    def value(self, field: str) -> Any:
        """The raw value (paths joined when several), mapped through ``map``; where nothing is found, the
        fallback's value, else the default."""
        spec = self.mapping.get(field)
        if spec is None:
            return None
        sides = filled_sides(spec, self._entry) if field == "title" else None
        if sides is not None:  # "3rd Group A/B/C/D/F at Germany": a side not known yet by its label
            return _text(sides, spec.join)
        for each in spec.chain():
            value = self._found(field, each)
            if value not in (None, "", []) and each is not spec and each.format == SLUG:  # a fallback's slug: words
                return slug_title(_text(value, None)) or value
            if value not in (None, "", []):
                return value
        return spec.default

    def _entry(self, paths: tuple[str, ...]) -> Any:
        """The value of one path entry: a path's, or a name written in parts, its parts joined by a space."""
        if len(paths) == 1:
            return resolve(self.item, paths[0])
        return " ".join(part for part in (_text(resolve(self.item, path), " ") for path in paths) if part) or None

    def _found(self, field: str, spec: FieldSpec) -> Any:
        found = [self._entry(paths) for paths in spec.entries()]
        value: Any = found[0] if len(found) == 1 else (flatten(found) or None)
        if isinstance(value, list) and spec.join is not None and field != "tags":
            value = _text(value, spec.join)
        if spec.lookup is not None and value is not None and not isinstance(value, list | Mapping):
            value = spec.lookup.get(_lookup_key(value), value)
        return value

    def text(self, field: str) -> str | None:
        spec = self.mapping.get(field)
        if spec is not None and spec.format == HALL and len(spec.paths) == 2:  # "Saal, Konzerthaus" (_json_venue_first)
            hall = hall_in_venue(*(_text(resolve(self.item, path), None) for path in spec.paths))
            return as_text(hall) if hall else _text(spec.default, None)
        value = _text(self.value(field), spec.join if spec else None)
        if spec is not None and spec.format == SLUG:
            value = slug_title(value)
        return as_text(value) if field in PLAIN_FIELDS else value

    def texts(self) -> dict[str, Any]:
        """The plain text fields (title, description, venue…), each read through its mapping; an address the
        description gives under the venue's own name when no field holds one (see address_below_venue)."""
        texts = split_piped_place({field: self.text(field) for field in sorted(TEXT_FIELDS)})  # "Hall|Street|Town"
        if not texts.get("address"):
            texts["address"] = address_below_venue(texts.get("description"), texts.get("venue_name"))
        if untold(texts.get("venue_name")):  # "venue": "TBA": no place yet (_json_untold_times)
            texts["venue_name"] = None
        return with_title_place(texts, self.text("title"))  # "Skunk D.F. @ Sala Arena, Madrid"

    def url(self, field: str) -> str | None:
        url = _bounded_url(self.text(field), self.base_url)
        return None if field == "image_url" and placeholder_image(url) else url  # "event-default.png"

    def zone(self) -> zoneinfo.ZoneInfo | None:
        spec = self.mapping.get("timezone")
        bare = spec is not None and any(offset_key(path) for path in spec.paths)  # "<utc>11</utc>" (_json_offset_zones)
        default = self.adapter.spec.timezone or self.adapter.context.default_timezone
        return zone(iana(self.text("timezone"), bare_offsets=bare), default)

    def moment(self, field: str, tz: zoneinfo.ZoneInfo | None) -> dt.datetime | dt.date | None:
        """The field read by its spec's format, else by its fallback's (where the first paths find nothing or
        nothing readable), else the default read by the first format."""
        spec = self.mapping.get(field)
        if spec is None:
            return None
        candidates = [(each, self._found(field, each)) for each in spec.chain()]
        candidates.append((spec, spec.default))
        for each, value in candidates:
            if value in (None, "", []):
                continue
            first = value[0] if isinstance(value, list) and len(value) > 1 and field == "start" else None
            if isinstance(value, list):  # a date and a time from two paths, without a "join"
                value = " ".join(str(part) for part in value)
            if self.adapter.config.get(WALL_OFFSETS) is True:
                value = without_offset(value)  # an offset of the zone's other season (_json_wall_offsets)
            zone_read = reading_zone(each.paths, each.format, tz, utc=self.adapter.config.get(UTC_CLOCKS) is True)
            moment = _moment(local_wall(each.paths, value), each, zone_read)  # "start_date_local": "…Z"
            if isinstance(moment, dt.datetime) and self.adapter.config.get(WALL_EPOCHS) is True and _epochs(each):
                moment = as_wall_clock(moment, tz)  # an epoch counting the wall clock as UTC (_json_wall_epochs)
            if moment is None and first is not None:  # the date beside a time that is words ("All day", "TBA")
                moment = _moment(first, each, zone_read)
            if moment is not None:
                return moment.astimezone(tz) if isinstance(moment, dt.datetime) and tz is not None else moment
        return None

    def links(self) -> list[dict[str, str]]:
        """The documents beside the event, each URL once (resolved against the API's URL)."""
        found: dict[str, str] = {}
        for spec in self.adapter.spec.links:
            for element in _link_elements(self.item, spec):
                url = _bounded_url(_text(resolve(element, spec.url), None), self.base_url)
                label = (_text(resolve(element, spec.label_path), " ") if spec.label_path else None) or spec.label
                if url and url not in found and not placeholder_image(url):
                    found[url] = label or ""
        return [{"label": label, "url": url} for url, label in found.items()]

    def tags(self) -> list[str]:
        value = self.value("tags")
        spec = self.mapping.get("tags")
        if isinstance(value, str) and spec is not None and spec.join:
            value = value.split(spec.join)
        values = value if isinstance(value, list) else [value]
        return [text for text in (as_text(_text(item, None)) for item in values) if text]

    def record(self) -> ParsedRecord:
        tz = self.zone()
        title = None if untold(title := self.text("title")) else title  # "TBC" names nothing (_json_untold_times)
        start = self.moment("start", tz)
        external_id = self.text("external_id") or _fallback_id(title, self.value("start"))
        if not title:
            return RejectedRecord(external_id=external_id, reason=NO_TITLE, raw=dict(self.item))
        if start is None:
            return RejectedRecord(
                external_id=external_id, reason=BAD_START.format(value=shown(self.value("start"))), raw=dict(self.item)
            )
        source_title, title = (title, kind) if (kind := kind_for_day(title, start, self.item)) else (None, title)
        end = self.moment("end", tz) or ends_after(start, self.value("duration"), self.mapping.get("duration"))
        all_day = _flag(self.value("all_day")) or not isinstance(start, dt.datetime) or whole_day(start, end, tz)
        all_day = all_day or same_midnight(
            start, end, tz, self.value("start")
        )  # "…T00:00+02:00" to the same: the day (_json_zero_days)
        days = (
            None if all_day else epoch_days(start, end, *(_format(self.mapping.get(key)) for key in ("start", "end")))
        )
        if days is not None:  # "start": 1308960000, "stop": 1309132800: UTC midnights, days stored as numbers
            (start, end), all_day = days, True
        if (run := labelled_run(self.item, start, end, all_day=all_day)) is not None:
            (start, end), all_day = run, True  # "Fri 19 Apr - Thu 25 Apr" beside midnights (_json_day_labels)
        start, end = day_span(start, end, all_day=all_day)
        price_min, price_max = price_range(self.value("price_min"), self.value("price_max"))
        status = (self.text("status") or "scheduled").lower()
        if (statuswords.status_of(status) or status) == "scheduled" and (marked := title_status(title)) is not None:
            source_title, (title, status) = (
                title,
                marked,
            )  # "*CANCELLED* Data Fair": the title says what the field won't
        texts = self.texts()
        room = online_only(texts.get("venue_name")) and not texts.get("address")  # "Online / Zoom link to follow"
        links = self.links()
        if room:
            joining = meeting_link(texts["venue_name"])  # "Virtual Meeting - https://zoom.us/j/…": kept as a link
            if joining and all(link.get("url") != joining for link in links):
                links.append({"label": ONLINE_LINK, "url": joining})
            texts["venue_name"] = None
        elif (hybrid := meeting_in_place(texts.get("venue_name"))) is not None:
            texts["venue_name"], joining = hybrid  # "Town Hall / https://zoom.us/j/…": the hall, and how to join
            if all(link.get("url") != joining for link in links):
                links.append({"label": ONLINE_LINK, "url": joining})
            room = not texts["venue_name"] and not texts.get("address")
        return RawEvent(
            source=self.adapter.context.source,
            external_id=external_id,
            title=title,
            source_title=source_title,
            start=start,
            end=end,
            all_day=all_day,
            timezone=tz.key if tz else None,
            latitude=_number(self.value("latitude")),
            longitude=_number(self.value("longitude")),
            url=self.url("url"),
            ticket_url=self.url("ticket_url"),
            image_url=self.url("image_url"),
            cost_type=(self.text("cost_type") or cost_type(price_min, price_max)).lower(),
            price_min=price_min,
            price_max=price_max,
            status=put_off(statuswords.status_of(status) or status, self.item),  # ours; put off (_json_put_off)
            online=room or self.online(texts),
            tags=self.tags(),
            links=links,
            confidence=self.adapter.inferred_confidence,
            evidence=[
                *self.adapter.inferred_evidence,
                *named_prices(self.item, self.mapping.get("price_min")),
                *self.doors(),
            ],
            **texts,
        )

    def doors(self) -> list[str]:
        """The doors' time, where the start was read at the show's after it ("Doors 7pm / Show 8pm")."""
        spec = self.mapping.get("start")
        formats = spec.format if spec is not None and isinstance(spec.format, tuple) else (spec and spec.format,)
        if not any(show_time_format(each) for each in formats if isinstance(each, str)):
            return []
        note = doors_note(self.value("start"))
        return [note] if note else []

    def online(self, texts: Mapping[str, Any]) -> bool:
        """The online flag; a web address in its place (Mobilizon's "onlineAddress") makes an item online when the
        item names no place (an address and a hall: attended there, the address a stream beside it)."""
        value = self.value("online")
        if isinstance(value, str) and http_url(value.strip()) is not None:
            return not any(texts.get(field) for field in ("venue_name", "address"))
        return _flag(value)


def _link_elements(item: Mapping[str, Any], spec: LinkSpec) -> list[Any]:
    """What a link spec reads from: the item itself, or each element of its ``each`` list."""
    if spec.each is None:
        return [item]
    elements = resolve(item, spec.each)
    return [element for element in (elements if isinstance(elements, list) else [elements]) if element is not None]


def _fallback_id(title: str | None, start: Any) -> str:
    """A stable id for APIs that give their items none."""
    return "sha-" + hashlib.sha256(f"{title}|{start}".encode(errors="surrogatepass")).hexdigest()[:24]


def iana(name: Any, *, bare_offsets: bool = False) -> Any:
    """A Windows zone name ("Eastern Standard Time": the FIRST API's, Outlook's) as the IANA zone CLDR maps it to
    (the table icalendar keeps), a whole-hour UTC offset as its fixed zone (_json_offset_zones: "+01:00", and a
    bare "11" when ``bare_offsets``, its key naming an offset); any other value as it is."""
    name = zone_text(name)  # "PST8PDT - Pacific Time": the zone and its display label (_json_zone_labels)
    offset = offset_zone(name, bare=bare_offsets)
    if offset is not None:
        return offset
    return WINDOWS_TO_OLSON.get(name.strip(), name) if isinstance(name, str) else name
