"""Quality gates: how complete, well-formed, plausible, well-placed and well-written a normalized record is. Pure.

Each gate gives a score in 0–1, whether it passed, and its reasons; the report's score is their weighted mean.
The report is plain JSON (it is stored on the StagedEvent). Suggested routing (see ``verdict``): publish at
``publish_at`` and above with no critical failure, reject below ``reject_below`` or on a critical failure
(an event already over, an end before its start), hold in between.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import string
import zoneinfo
from collections.abc import Iterable, Mapping
from typing import Any

from events.pipeline.content import spam_phrases
from events.pipeline.geo import haversine_km
from events.pipeline.normalize import parse_moment
from events.pipeline.places import PlaceIndex
from events.pipeline.prices import ISO_4217
from events.pipeline.titles import is_shouting
from events.pipeline.urls import canonical_url
from events.vocabulary import COST_TYPES, Action
from events.zones import zone

Verdict = Action  # never LINK: linking is the dedup stage's call
GATES = ("completeness", "format", "business", "geography", "content")

# Completeness: what each field is worth (title, start and a place are required for the gate to pass).
COMPLETENESS_WEIGHTS = {"title": 0.25, "start": 0.25, "place": 0.2, "description": 0.1, "link": 0.1, "image": 0.1}
MISSING = "missing {field}"
FIELD_LABELS = {
    "title": "title",
    "start": "start",
    "place": "venue or online flag",
    "description": "description",
    "link": "url or ticket_url",
    "image": "image",
}

BAD_START = "start is not an ISO 8601 date or datetime with a UTC offset"
BAD_END = "end is not an ISO 8601 date or datetime with a UTC offset"
BAD_LINK = "{field} is not an absolute http(s) URL"
BAD_CURRENCY = "currency {value!r} is not an ISO 4217 code"
BAD_COORDINATES = "coordinates are out of range or only half given"
BAD_TIMEZONE = "timezone {value!r} is not an IANA zone"
BAD_COST_TYPE = "cost_type {value!r} is unknown"

END_BEFORE_START = "end is before start"
IN_THE_PAST = "event is over (ended {ago} ago)"
TOO_LONG = "lasts {days} days (more than {limit})"
NEGATIVE_PRICE = "a price is negative"
PRICES_REVERSED = "price_min is above price_max"
FREE_WITH_PRICE = "free, but has a price above zero"
TOO_FAR = "starts more than {days} days from now"

OUTSIDE_CITY = "coordinates are {distance:.0f} km from {city}, outside its {radius:.0f} km radius"
UNKNOWN_CITY = "city_id {value!r} is not one of ours"
GEOGRAPHY_UNCHECKED = "not checked: needs coordinates and a matched city"

TITLE_LENGTH = "title length {length} is outside {low}–{high}"
SHORT_DESCRIPTION = "description is shorter than {limit} characters"
SPAM_TEXT = "looks like spam: {phrase!r}"
SHOUTING_TITLE = "title is in capitals"
SHOUTING_DESCRIPTION = "description is mostly capitals"
REPEATED_CHARACTERS = "repeated characters: {run!r}"
LINK_DENSITY = "description is mostly links ({links} links in {words} words)"

# Failures that make a record unpublishable whatever its score.
CRITICAL_PREFIXES = ("event is over", "end is before start")
REPEATED_RUN = re.compile(r"(\S)\1{4,}")  # "!!!!!", "soooooo"; four repeats is still a word ("zzzz")
TEXT_LINK = re.compile(r"https?://\S+|www\.\S+", re.I)
ASCII_UPPER, ASCII_LOWER = string.ascii_uppercase.encode(), string.ascii_lowercase.encode()


@dataclasses.dataclass(frozen=True, slots=True)
class QualityConfig:
    weights: Mapping[str, float] = dataclasses.field(
        default_factory=lambda: {
            "completeness": 0.3,
            "format": 0.15,
            "business": 0.25,
            "geography": 0.1,
            "content": 0.2,
        }
    )
    publish_at: float = 0.7
    reject_below: float = 0.4
    past_grace: dt.timedelta = dt.timedelta(hours=1)  # an event that ended within this is not "over" yet
    assumed_duration: dt.timedelta = dt.timedelta(hours=3)  # for "is it over?" when a timed event has no end
    max_future: dt.timedelta = dt.timedelta(days=730)
    max_timed_duration: dt.timedelta = dt.timedelta(days=30)
    max_all_day_days: int = 366
    title_min: int = 4
    title_max: int = 150
    description_min: int = 30
    description_caps_ratio: float = 0.6
    link_density_max: float = 0.2  # links per word in the description
    link_density_min_links: int = 3


DEFAULT_CONFIG = QualityConfig()


@dataclasses.dataclass(frozen=True, slots=True)
class QualityReport:
    score: float
    gates: dict[str, dict[str, Any]]

    @property
    def critical(self) -> list[str]:
        return [r for gate in self.gates.values() for r in gate["reasons"] if r.startswith(CRITICAL_PREFIXES)]

    def to_json(self) -> dict[str, Any]:
        return {"score": self.score, "gates": self.gates}


def _gate(score: float, reasons: list[str], *, passed: bool | None = None) -> dict[str, Any]:
    score = round(max(0.0, min(1.0, score)), 3)
    return {"passed": (not reasons) if passed is None else passed, "score": score, "reasons": reasons}


def _present(value: object) -> bool:
    return value not in (None, "", [], {})


# --- completeness ---------------------------------------------------------------------------------------------


def completeness(record: Mapping[str, Any]) -> dict[str, Any]:
    have = {
        "title": _present(record.get("title")),
        "start": _present(record.get("start")),
        "place": _present(record.get("venue_name")) or _present(record.get("venue_id")) or bool(record.get("online")),
        "description": _present(record.get("description")),
        "link": _present(record.get("url")) or _present(record.get("ticket_url")),
        "image": _present(record.get("image_url")),
    }
    reasons = [MISSING.format(field=FIELD_LABELS[name]) for name, ok in have.items() if not ok]
    score = sum(COMPLETENESS_WEIGHTS[name] for name, ok in have.items() if ok)
    return _gate(score, reasons, passed=have["title"] and have["start"] and have["place"])


# --- format ---------------------------------------------------------------------------------------------------


def _moment_ok(value: object) -> bool:
    moment = parse_moment(value)
    return moment is not None and (not isinstance(moment, dt.datetime) or moment.tzinfo is not None)


def _zone_ok(value: object) -> bool:
    return zone(value) is not None  # never raises: "Asia" is a folder, not a zone


def _coordinates_ok(latitude: object, longitude: object) -> bool:
    if latitude is None and longitude is None:
        return True
    if not isinstance(latitude, int | float) or not isinstance(longitude, int | float):
        return False
    return math.isfinite(latitude) and math.isfinite(longitude) and -90 <= latitude <= 90 and -180 <= longitude <= 180


def format_accuracy(record: Mapping[str, Any]) -> dict[str, Any]:
    reasons: list[str] = []
    checks = 0
    for field, message in (("start", BAD_START), ("end", BAD_END)):
        if field == "start" or _present(record.get(field)):
            checks += 1
            if not _moment_ok(record.get(field)):
                reasons.append(message)
    for field in ("url", "ticket_url", "image_url"):
        if _present(record.get(field)):
            checks += 1
            if canonical_url(record.get(field)) is None:
                reasons.append(BAD_LINK.format(field=field))
    optional = (
        ("currency", lambda v: isinstance(v, str) and v in ISO_4217, BAD_CURRENCY),
        ("timezone", _zone_ok, BAD_TIMEZONE),
        ("cost_type", lambda v: v in COST_TYPES, BAD_COST_TYPE),
    )
    for field, valid, message in optional:
        if _present(record.get(field)):
            checks += 1
            if not valid(record.get(field)):
                reasons.append(message.format(value=record.get(field)))
    checks += 1
    if not _coordinates_ok(record.get("latitude"), record.get("longitude")):
        reasons.append(BAD_COORDINATES)
    return _gate(1 - len(reasons) / checks, reasons)


# --- business logic -------------------------------------------------------------------------------------------


def _as_datetime(moment: dt.date | dt.datetime, zone: str | None, *, end_of_day: bool) -> dt.datetime:
    if isinstance(moment, dt.datetime):
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    tz = zoneinfo.ZoneInfo(zone) if zone and _zone_ok(zone) else dt.UTC
    day = moment + dt.timedelta(days=1) if end_of_day else moment
    return dt.datetime.combine(day, dt.time.min, tzinfo=tz)


def _span_reasons(record: Mapping[str, Any], now: dt.datetime, config: QualityConfig) -> list[str]:
    start, end = parse_moment(record.get("start")), parse_moment(record.get("end"))
    if start is None:
        return []  # the format gate reports it
    zone = record.get("timezone") if isinstance(record.get("timezone"), str) else None
    begins = _as_datetime(start, zone, end_of_day=False)
    if end is not None:
        ends = _as_datetime(end, zone, end_of_day=True)  # an all-day end is the last day, inclusive
    elif isinstance(start, dt.datetime):
        ends = begins + config.assumed_duration
    else:
        ends = _as_datetime(start, zone, end_of_day=True)
    reasons: list[str] = []
    if end is not None and ends < begins:
        reasons.append(END_BEFORE_START)
    if ends < now - config.past_grace:
        reasons.append(IN_THE_PAST.format(ago=_ago(now - ends)))
    if begins > now + config.max_future:
        reasons.append(TOO_FAR.format(days=config.max_future.days))
    timed = isinstance(start, dt.datetime)
    limit = config.max_timed_duration if timed else dt.timedelta(days=config.max_all_day_days)
    if end is not None and ends - begins > limit:
        reasons.append(TOO_LONG.format(days=(ends - begins).days, limit=limit.days))
    return reasons


def _ago(delta: dt.timedelta) -> str:
    return f"{delta.days} days" if delta.days else f"{delta.seconds // 3600} hours"


def _price_reasons(record: Mapping[str, Any]) -> list[str]:
    low, high = record.get("price_min"), record.get("price_max")
    numbers = [value for value in (low, high) if isinstance(value, int | float)]
    reasons: list[str] = []
    if any(value < 0 for value in numbers):
        reasons.append(NEGATIVE_PRICE)
    if isinstance(low, int | float) and isinstance(high, int | float) and low > high:
        reasons.append(PRICES_REVERSED)
    if record.get("cost_type") == "free" and any(value > 0 for value in numbers):
        reasons.append(FREE_WITH_PRICE)
    return reasons


def business_logic(record: Mapping[str, Any], *, now: dt.datetime, config: QualityConfig) -> dict[str, Any]:
    reasons = _span_reasons(record, now, config) + _price_reasons(record)
    critical = sum(reason.startswith(CRITICAL_PREFIXES) for reason in reasons)
    return _gate(1 - 0.6 * critical - 0.25 * (len(reasons) - critical), reasons)


# --- geography ------------------------------------------------------------------------------------------------


def geography(record: Mapping[str, Any], *, places: PlaceIndex | None) -> dict[str, Any]:
    latitude, longitude = record.get("latitude"), record.get("longitude")
    city_id = record.get("city_id")
    if (
        places is None
        or city_id is None
        or not isinstance(latitude, int | float)
        or not isinstance(longitude, int | float)
    ):
        return _gate(1.0, [GEOGRAPHY_UNCHECKED], passed=True)
    city = places.cities_by_id.get(city_id)
    if city is None:
        return _gate(0.5, [UNKNOWN_CITY.format(value=city_id)])
    distance = haversine_km(latitude, longitude, city.latitude, city.longitude)
    if distance <= city.radius_km:
        return _gate(1.0, [])
    # Just outside the radius is likely a suburb; far outside is the wrong city or swapped coordinates.
    reason = OUTSIDE_CITY.format(distance=distance, city=city.name, radius=city.radius_km)
    return _gate(0.5 if distance <= 2 * city.radius_km else 0.0, [reason])


# --- content quality ------------------------------------------------------------------------------------------


def _ascii_case_counts(text: str) -> tuple[int, int]:
    """Upper- and lowercase ASCII letters. Deleting them from the bytes and comparing lengths runs in C,
    ~15x faster than testing each character in Python (non-ASCII letters are not counted)."""
    data = text.encode("utf-8", "ignore")
    return len(data) - len(data.translate(None, ASCII_UPPER)), len(data) - len(data.translate(None, ASCII_LOWER))


def _description_reasons(description: str, config: QualityConfig) -> list[str]:
    reasons: list[str] = []
    if len(description) < config.description_min:
        reasons.append(SHORT_DESCRIPTION.format(limit=config.description_min))
    upper, lower = _ascii_case_counts(description)
    if upper + lower >= 20 and upper / (upper + lower) > config.description_caps_ratio:
        reasons.append(SHOUTING_DESCRIPTION)
    links, words = len(TEXT_LINK.findall(description)), max(1, len(description.split()))
    if links >= config.link_density_min_links and links / words > config.link_density_max:
        reasons.append(LINK_DENSITY.format(links=links, words=words))
    return reasons


def content_quality(record: Mapping[str, Any], *, config: QualityConfig) -> dict[str, Any]:
    title, description = record.get("title"), record.get("description")
    title = title if isinstance(title, str) else ""
    description = description if isinstance(description, str) else ""
    reasons: list[str] = []
    if not config.title_min <= len(title) <= config.title_max:
        reasons.append(TITLE_LENGTH.format(length=len(title), low=config.title_min, high=config.title_max))
    if is_shouting(title) and len(title) > config.title_min * 2:
        reasons.append(SHOUTING_TITLE)
    if description:
        reasons.extend(_description_reasons(description, config))
    run = REPEATED_RUN.search(f"{title}\n{description}")
    if run:
        reasons.append(REPEATED_CHARACTERS.format(run=run.group()))
    spam = spam_phrases(f"{title}\n{description}".lower())
    reasons.extend(SPAM_TEXT.format(phrase=phrase) for phrase in spam.values())
    penalty = 0.5 * bool(spam) + 0.2 * (len(reasons) - len(spam))
    return _gate(1 - penalty, reasons)


# --- the report -----------------------------------------------------------------------------------------------


def assess(
    record: Mapping[str, Any],
    *,
    config: QualityConfig = DEFAULT_CONFIG,
    now: dt.datetime,
    places: PlaceIndex | None = None,
) -> QualityReport:
    """All gates for one normalized record. ``places`` (the batch's PlaceIndex) enables the geography gate."""
    gates = {
        "completeness": completeness(record),
        "format": format_accuracy(record),
        "business": business_logic(record, now=now, config=config),
        "geography": geography(record, places=places),
        "content": content_quality(record, config=config),
    }
    total = sum(config.weights.get(name, 0.0) for name in gates) or 1.0
    score = sum(config.weights.get(name, 0.0) * gate["score"] for name, gate in gates.items()) / total
    return QualityReport(round(score, 3), gates)


def assess_batch(
    records: Iterable[Mapping[str, Any]],
    *,
    config: QualityConfig = DEFAULT_CONFIG,
    now: dt.datetime,
    places: PlaceIndex | None = None,
) -> list[QualityReport]:
    return [assess(record, config=config, now=now, places=places) for record in records]


def verdict(report: QualityReport, *, config: QualityConfig = DEFAULT_CONFIG) -> Verdict:
    """The suggested routing for a report (the decision stage may weigh it with trust and content checks)."""
    if report.critical or report.score < config.reject_below:
        return Action.REJECT
    if report.score < config.publish_at or not report.gates["completeness"]["passed"]:
        return Action.HOLD
    return Action.PUBLISH
