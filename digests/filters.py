"""A subscription's saved filter: validated and written one canonical way, and described for people.

The shape (shared with the digest builder, docs/digests.md): a dict with only these optional keys, absent
meaning "any": ``category`` and ``area`` (lists of slugs), ``q`` (keywords), ``free`` (true only), ``days``
(``mon`` … ``sun``, the weekday of the event's local start) and ``times`` (``morning`` … ``night``, the part of
day of its local start). Lists are sorted and de-duplicated and an empty one is dropped, so two sign-ups asking
for the same thing store the same dict. Categories and areas are checked exactly as the event lists check them
(the same "Unknown category “x”." message as the API), so a filter that saves is a filter the lists accept.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Q

from events.filters import MAX_TEXT, StrictBooleanField, is_slug
from events.models import Area, Category, City

DAY_CHOICES = (
    ("mon", "Monday"),
    ("tue", "Tuesday"),
    ("wed", "Wednesday"),
    ("thu", "Thursday"),
    ("fri", "Friday"),
    ("sat", "Saturday"),
    ("sun", "Sunday"),
)
TIME_CHOICES = (
    ("morning", "Morning (5am–noon)"),
    ("afternoon", "Afternoon (noon–5pm)"),
    ("evening", "Evening (5–10pm)"),
    ("night", "Night (10pm–5am)"),
)
DAYS = tuple(value for value, _ in DAY_CHOICES)
TIMES = tuple(value for value, _ in TIME_CHOICES)
KEYS = ("category", "area", "q", "free", "days", "times")
MAX_ITEMS = 40  # more slugs than any city has categories: a longer list is a mistake or a probe

UNKNOWN_KEY = "Unknown filter."
NOT_AN_OBJECT = "Filters must be an object (see the documentation for its keys)."
NOT_A_LIST = "Give a list of values or a comma-separated string."
TOO_MANY = f"At most {MAX_ITEMS} values."
NOT_TEXT = "Give the keywords as text."
Q_TOO_LONG = f"Keywords can be at most {MAX_TEXT} characters."
Q_CONTROL = "Keywords can't contain line breaks or other control characters."
NOT_BOOLEAN = "Use true or false."
UNKNOWN_CATEGORY = "Unknown category “{value}”."
UNKNOWN_AREA = "Unknown area “{value}” in {city}."
UNKNOWN_DAY = "Unknown day “{value}”; use one of: " + ", ".join(DAYS) + "."
UNKNOWN_TIME = "Unknown time of day “{value}”; use one of: " + ", ".join(TIMES) + "."


class InvalidSubscription(ValueError):  # noqa: N818 -- the name the other digest modules import
    """Input that cannot make a subscription; ``errors`` maps each field to readable messages."""

    def __init__(self, errors: Mapping[str, list[str]]) -> None:
        self.errors = {key: [str(message) for message in messages] for key, messages in errors.items()}
        super().__init__("; ".join(f"{key}: {' '.join(messages)}" for key, messages in self.errors.items()))


def _as_list(value: Any) -> list[str]:
    """A list key's value: a list of strings or one comma-separated string (a form or a hand-written URL)."""
    if value is None:
        return []
    if isinstance(value, str):
        items: Iterable[Any] = value.split(",")
    elif isinstance(value, list | tuple):
        items = value
    else:
        raise ValueError(NOT_A_LIST)
    if not all(isinstance(item, str) for item in items):
        raise ValueError(NOT_A_LIST)
    cleaned = sorted({item.strip().lower() for item in items if item.strip()})
    if len(cleaned) > MAX_ITEMS:
        raise ValueError(TOO_MANY)
    return cleaned


def _has_control(text: str) -> bool:
    return any(ord(char) < 32 or 127 <= ord(char) < 160 for char in text)


def _clean_q(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(NOT_TEXT)
    if _has_control(value):
        raise ValueError(Q_CONTROL)
    text = " ".join(value.split())
    if len(text) > MAX_TEXT:
        raise ValueError(Q_TOO_LONG)
    return text


def _clean_free(value: Any) -> bool:
    """The event lists' true/false words (events.filters), absent meaning "not only free"."""
    try:
        return bool(StrictBooleanField().to_python(value))
    except ValidationError as error:
        raise ValueError(NOT_BOOLEAN) from error


def _unknown_choices(values: list[str], allowed: tuple[str, ...], template: str) -> list[str]:
    return [template.format(value=value) for value in values if value not in allowed]


def _unknown_categories(slugs: list[str]) -> list[str]:
    valid = [slug for slug in slugs if is_slug(slug)]
    known = set(Category.objects.filter(slug__in=valid).values_list("slug", flat=True))
    return [UNKNOWN_CATEGORY.format(value=slug) for slug in slugs if slug not in known]


def _unknown_areas(city: City, slugs: list[str]) -> list[str]:
    valid = [slug for slug in slugs if is_slug(slug)]
    known = set(Area.objects.filter(city=city, slug__in=valid).values_list("slug", flat=True))
    return [UNKNOWN_AREA.format(value=slug, city=city.name) for slug in slugs if slug not in known]


def _clean_key(city: City, key: str, value: Any) -> Any:
    """One key's canonical value (falsy: drop it); ValueError with the message(s) when it cannot be used."""
    if key == "q":
        return _clean_q(value)
    if key == "free":
        return _clean_free(value)
    values = _as_list(value)
    if key == "category":
        problems = _unknown_categories(values)
    elif key == "area":
        problems = _unknown_areas(city, values)
    elif key == "days":
        problems = _unknown_choices(values, DAYS, UNKNOWN_DAY)
    else:
        problems = _unknown_choices(values, TIMES, UNKNOWN_TIME)
    if problems:
        raise ValueError(*problems)
    return values


def clean_filters(*, city: City, data: Any) -> dict[str, Any]:
    """The canonical filter dict for ``data`` in ``city``; InvalidSubscription naming every bad key."""
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise InvalidSubscription({"filters": [NOT_AN_OBJECT]})
    errors: dict[str, list[str]] = {}
    cleaned: dict[str, Any] = {}
    for key, value in data.items():
        if key not in KEYS:
            errors[str(key)] = [UNKNOWN_KEY]
            continue
        try:
            result = _clean_key(city, key, value)
        except ValueError as error:
            errors[key] = [str(message) for message in error.args]
            continue
        if result:
            cleaned[key] = True if key == "free" else result
    if errors:
        raise InvalidSubscription(errors)
    return {key: cleaned[key] for key in KEYS if key in cleaned}


# --- for people ---------------------------------------------------------------------------------------

DAY_PLURALS = {
    "mon": "Mondays",
    "tue": "Tuesdays",
    "wed": "Wednesdays",
    "thu": "Thursdays",
    "fri": "Fridays",
    "sat": "Saturdays",
    "sun": "Sundays",
}
TIME_PLURALS = {"morning": "mornings", "afternoon": "afternoons", "evening": "evenings", "night": "nights"}
WEEKEND = ("sat", "sun")
WEEKDAYS = ("fri", "mon", "thu", "tue", "wed")


def join_words(words: list[str], conjunction: str = "and") -> str:
    """["a"] → "a"; ["a", "b"] → "a and b"; ["a", "b", "c"] → "a, b and c"."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


# slug → name of every category, and of each city's areas, kept a minute per process: a digest run describes
# thousands of saved filters, and a renamed category may read its old name for that minute.
NAMES_SECONDS = 60.0
_name_tables: dict[tuple[str, int | None], tuple[float, dict[str, str]]] = {}


def _name_table(model: type[Category] | type[Area], city: City | None) -> dict[str, str]:
    key = (model.__name__, city.pk if city is not None else None)
    now = time.monotonic()
    cached = _name_tables.get(key)
    if cached is not None and now - cached[0] < NAMES_SECONDS:
        return cached[1]
    query = Q(city=city) if city is not None else Q()
    table = dict(model.objects.filter(query).values_list("slug", "name"))
    _name_tables[key] = (now, table)
    return table


def names_forget() -> None:
    """Drop the remembered names (tests: another test's categories and areas)."""
    _name_tables.clear()


def _names(model: type[Category] | type[Area], slugs: list[str], city: City | None = None) -> list[str]:
    if not slugs:
        return []
    names = _name_table(model, city)
    return [names.get(slug, slug) for slug in slugs]


def _days_phrase(days: list[str]) -> str:
    chosen = tuple(sorted(days))
    if chosen == WEEKEND:
        return "weekends"
    if chosen == WEEKDAYS:
        return "weekdays"
    return join_words([DAY_PLURALS[day] for day in DAYS if day in days])


def describe_filters(city: City, filters: Mapping[str, Any], *, keywords: bool = True) -> str:
    """ "Music and Comedy in Leeds, free, weekends, evenings"; "All events in Leeds" with no filters.

    ``keywords=False`` says "matching your keywords" instead of quoting them (mails to unconfirmed addresses)."""
    categories = _names(Category, list(filters.get("category") or []))
    head = join_words(categories) if categories else "All events"
    areas = _names(Area, list(filters.get("area") or []), city)
    where = f"{join_words(areas)}, {city.name}" if areas else city.name
    parts = [f"{head} in {where}"]
    if filters.get("q"):
        parts.append(f"matching “{filters['q']}”" if keywords else "matching your keywords")
    if filters.get("free"):
        parts.append("free")
    if filters.get("days"):
        parts.append(_days_phrase(list(filters["days"])))
    if filters.get("times"):
        parts.append(join_words([TIME_PLURALS[t] for t in TIMES if t in filters["times"]]))
    return ", ".join(parts)
