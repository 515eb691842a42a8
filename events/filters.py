"""The one filter vocabulary: every list of events (pages, API, feeds, live subscriptions, digests) takes these keys.

``EventFilterSet`` is a django-filter FilterSet over *upcoming, published* events. Callers do not use it
directly; they call ``events.selectors.event_list(filters=...)``, which raises ``InvalidFiltersError`` (a field →
messages mapping) instead of silently widening the list when a value is wrong. The keys, their values and
their meaning are documented in docs/event-format.md ("Filters").

Dates and named ranges are read in a zone: the city's when ``city`` is given, else ``tz`` (an IANA name),
else UTC. A range keeps every event that *overlaps* it, so a festival that started yesterday is still on
"today"; ``tonight`` is the exception: events *starting* between 17:00 and 04:00 (the evening's programme,
not the museum show that has been running all day).
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import re
import zoneinfo
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, ClassVar

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import Case, Exists, F, FloatField, OuterRef, Q, QuerySet, Value, When
from django.db.models.functions import ACos, Cos, Greatest, Least, Radians, Sin
from django.http import QueryDict
from django.utils import timezone

from events.models import Area, Category, City, Event, EventListing, Organizer, Venue
from events.vocabulary import EventStatus
from events.zones import zone

# Named ranges (``when=``), in the order forms offer them.
WHEN_CHOICES = (
    ("today", "Today"),
    ("tonight", "Tonight"),
    ("tomorrow", "Tomorrow"),
    ("this-weekend", "This weekend"),
    ("this-week", "This week"),
    ("next-7-days", "Next 7 days"),
)
ORDERING_CHOICES = (
    ("start", "Soonest first"),
    ("-start", "Latest first"),
    ("price", "Cheapest first"),
    ("-published", "Newly added"),
    ("title", "Title (A–Z)"),
)
ORDERINGS: Mapping[str, tuple[Any, ...]] = {
    "start": ("start", "id"),
    "-start": ("-start", "-id"),
    # Free events cost 0 whether or not a price was written; an unknown price sorts last.
    "price": (
        Case(When(cost_type="free", then=Value(Decimal(0))), default=F("price_min")).asc(nulls_last=True),
        "start",
        "id",
    ),
    "-published": (F("published_at").desc(nulls_last=True), "-id"),
    "title": ("title", "start", "id"),
}
DEFAULT_RADIUS_KM = 10.0
MAX_RADIUS_KM = 500.0
EARTH_RADIUS_KM = 6371.0088
MAX_TEXT = 200
MAX_DATE_SPAN = dt.timedelta(days=366)
# Dates a visitor can mean; beyond them, zone arithmetic would leave datetime's range (year 1 or 9999).
EARLIEST_DATE = dt.date(1970, 1, 1)
LATEST_DATE = dt.date(2199, 12, 31)
DATE_BOUNDS = (
    MinValueValidator(EARLIEST_DATE, message=f"Use a date from {EARLIEST_DATE.isoformat()} on."),
    MaxValueValidator(LATEST_DATE, message=f"Use a date up to {LATEST_DATE.isoformat()}."),
)
EVENING_STARTS = dt.time(17, 0)
NIGHT_ENDS = dt.time(4, 0)
# An event with no end counts as running this long (as on the public pages: events.selectors.OPEN_ENDED_GRACE).
OPEN_ENDED = dt.timedelta(hours=3)

ACCESSIBLE_TAG = "accessible"
TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
FALSE_WORDS = frozenset({"0", "false", "no", "off"})


def _source_queryset() -> QuerySet[Any]:
    from sources.models import Source

    return Source.objects.all()


def _choice_message(choices: Iterable[tuple[str, str]]) -> str:
    return "Unknown value “%(value)s”; use one of: " + ", ".join(value for value, _ in choices) + "."


class InvalidFiltersError(ValueError):
    """Filter values that cannot be used; ``errors`` maps each key to readable messages."""

    def __init__(self, errors: Mapping[str, list[str]]) -> None:
        self.errors = {key: [str(message) for message in messages] for key, messages in errors.items()}
        super().__init__("; ".join(f"{key}: {' '.join(messages)}" for key, messages in self.errors.items()))


class StrictBooleanField(forms.Field):
    """true/false (also 1/0, yes/no, on/off); anything else is an error, not "no filter"."""

    def to_python(self, value: Any) -> bool | None:
        if value in (None, ""):
            return None
        if isinstance(value, bool):
            return value
        word = str(value).strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise ValidationError("Use true or false.", code="invalid")


class StrictBooleanFilter(django_filters.Filter):
    field_class = StrictBooleanField


SLUG = re.compile(r"[-\w]+")


def is_slug(value: object) -> bool:
    """Whether a value can be a slug at all (letters, digits, _ and -): anything else is unknown without asking
    the database (PostgreSQL refuses a NUL byte in text with an error, not a miss)."""
    return isinstance(value, str) and SLUG.fullmatch(value) is not None


class SlugChoiceField(django_filters.fields.ModelChoiceField):
    def to_python(self, value: Any) -> Any:
        if value not in self.empty_values and not is_slug(str(value)):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value})
        return super().to_python(value)


class SlugChoiceFilter(django_filters.ModelChoiceFilter):
    """A model chosen by slug, with a message that names the unknown value."""

    field_class = SlugChoiceField

    def __init__(self, *args: Any, noun: str, **kwargs: Any) -> None:
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("error_messages", {"invalid_choice": f"Unknown {noun} “%(value)s”."})
        super().__init__(*args, **kwargs)


class EventFilterSet(django_filters.FilterSet):
    city = SlugChoiceFilter(queryset=City.objects.filter(is_active=True), noun="city", field_name="city")
    area = django_filters.CharFilter(method="filter_area", max_length=120)
    category = SlugChoiceFilter(queryset=Category.objects.all(), noun="category", method="filter_category")
    subcategory = SlugChoiceFilter(
        queryset=Category.objects.filter(parent__isnull=False), noun="subcategory", field_name="subcategory"
    )
    tag = django_filters.CharFilter(method="filter_tag", max_length=60)
    date_from = django_filters.DateFilter(method="filter_noop", validators=DATE_BOUNDS)
    date_to = django_filters.DateFilter(method="filter_noop", validators=DATE_BOUNDS)
    when = django_filters.ChoiceFilter(
        choices=WHEN_CHOICES, method="filter_noop", error_messages={"invalid_choice": _choice_message(WHEN_CHOICES)}
    )
    tz = django_filters.CharFilter(method="filter_noop", max_length=64)
    free = StrictBooleanFilter(method="filter_free")
    price_max = django_filters.NumberFilter(method="filter_price_max", min_value=0, max_digits=10, decimal_places=2)
    q = django_filters.CharFilter(method="filter_text", max_length=MAX_TEXT)
    lat = django_filters.NumberFilter(method="filter_noop", min_value=-90, max_value=90)
    lng = django_filters.NumberFilter(method="filter_noop", min_value=-180, max_value=180)
    radius_km = django_filters.NumberFilter(method="filter_noop", min_value=Decimal("0.1"), max_value=MAX_RADIUS_KM)
    venue = django_filters.ModelChoiceFilter(
        queryset=Venue.objects.all(), field_name="venue", error_messages={"invalid_choice": "Unknown venue."}
    )
    organizer = SlugChoiceFilter(queryset=Organizer.objects.all(), noun="organizer", field_name="organizer")
    source = SlugChoiceFilter(queryset=_source_queryset(), noun="source", method="filter_source")
    status = django_filters.MultipleChoiceFilter(
        choices=EventStatus.choices,
        field_name="status",
        distinct=False,
        error_messages={"invalid_choice": _choice_message(EventStatus.choices)},
    )
    accessible = StrictBooleanFilter(method="filter_accessible")
    online = StrictBooleanFilter(field_name="online")
    ordering = django_filters.ChoiceFilter(
        choices=ORDERING_CHOICES,
        method="filter_noop",
        error_messages={"invalid_choice": _choice_message(ORDERING_CHOICES)},
    )

    # Keys that take several values (``?status=cancelled&status=postponed``); the rest take one.
    MULTI_VALUED: ClassVar[frozenset[str]] = frozenset({"status"})

    class Meta:
        model = Event
        fields: ClassVar[list[str]] = []

    def __init__(
        self,
        data: Any = None,
        queryset: QuerySet[Event] | None = None,
        *,
        request: Any = None,
        prefix: str | None = None,
        now: dt.datetime | None = None,
    ) -> None:
        # django-filter's own __init__ sets these same attributes, but deep-copies every declared filter (querysets,
        # widgets, choices) for each instance, and its form class is rebuilt (fields, labels) for each instance too;
        # neither depends on the instance here, and every list of events builds one of these per request. So each
        # instance gets shallow copies of the filters, bound to itself, and all instances share one form class (the
        # form still copies its fields per instance, as every Django form does: nothing one request does to its
        # form reaches another's).
        if queryset is None:
            queryset = Event.objects.all()
        self.data = as_querydict(data)
        self.is_bound = True  # no filters is a bound, empty form: an unbound one is never valid
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        self.filters = {
            name: _filter_copy(filter_, self, queryset.model) for name, filter_ in self.base_filters.items()
        }
        self.now = now or timezone.now()

    def get_form_class(self) -> type[forms.Form]:
        cls = type(self)
        form_class = cls.__dict__.get("_shared_form_class")
        if form_class is None:
            form_class = super().get_form_class()
            cls._shared_form_class = form_class
        return form_class

    # --- validation across fields ---------------------------------------------------------------

    def is_valid(self) -> bool:
        if not super().is_valid():
            return False
        errors = self._cross_field_errors()
        for key, message in errors.items():
            self.form.add_error(key, message)
        return not errors

    def _cross_field_errors(self) -> dict[str, str]:
        data = self.form.cleaned_data
        errors: dict[str, str] = {}
        if data.get("tz") and zone(data["tz"]) is None:  # zone() also refuses folders such as "America"
            errors["tz"] = f"Unknown time zone “{data['tz']}”; use an IANA name such as Europe/Berlin."
        if data.get("area"):
            areas = Area.objects.filter(slug=data["area"])
            if data.get("city"):
                areas = areas.filter(city=data["city"])
            if not areas.exists():
                where = f" in {data['city'].name}" if data.get("city") else ""
                errors["area"] = f"Unknown area “{data['area']}”{where}."
        if data.get("date_from") and data.get("date_to"):
            if data["date_to"] < data["date_from"]:
                errors["date_to"] = "The end date is before the start date."
            elif data["date_to"] - data["date_from"] > MAX_DATE_SPAN:
                errors["date_to"] = "A date range may span at most a year."
        if (data.get("lat") is None) != (data.get("lng") is None):
            errors["lat" if data.get("lat") is None else "lng"] = "Give both lat and lng."
        if data.get("radius_km") is not None and data.get("lat") is None:
            errors["radius_km"] = "A radius needs lat and lng."
        return errors

    @property
    def errors(self) -> dict[str, list[str]]:
        return {key: [str(message) for message in messages] for key, messages in self.form.errors.items()}

    # --- the zone and windows -------------------------------------------------------------------

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        data = self.form.cleaned_data
        if data.get("city"):
            return zone(data["city"].timezone) or zoneinfo.ZoneInfo("UTC")
        if data.get("tz"):
            return zone(data["tz"]) or zoneinfo.ZoneInfo("UTC")
        return zoneinfo.ZoneInfo("UTC")

    def window(self) -> tuple[dt.datetime | None, dt.datetime | None, bool]:
        """(from, until, by_start) for ``when`` / ``date_from`` / ``date_to`` combined (see ``date_window``)."""
        return date_window(self.form.cleaned_data, now=self.now, tz=self.zone)

    # --- the query ------------------------------------------------------------------------------

    def filter_queryset(self, queryset: QuerySet[Event]) -> QuerySet[Event]:
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        low, high, by_start = self.window()
        if low is not None and high is not None and high <= low:
            return queryset.none()
        if by_start:
            if low is not None:
                queryset = queryset.filter(start__gte=low)
            if high is not None:
                queryset = queryset.filter(start__lt=high)
        else:
            if high is not None:
                queryset = queryset.filter(start__lt=high)
            if low is not None:
                queryset = queryset.filter(
                    Q(end__gt=low) | Q(end__isnull=True, start__gt=low - OPEN_ENDED) | Q(start__gte=low)
                )
        if data.get("lat") is not None and data.get("lng") is not None:
            radius = float(data.get("radius_km") or DEFAULT_RADIUS_KM)
            queryset = within_radius(queryset, float(data["lat"]), float(data["lng"]), radius)
        return queryset.order_by(*ORDERINGS[data.get("ordering") or "start"])

    def filter_noop(self, queryset: QuerySet[Event], name: str, value: Any) -> QuerySet[Event]:
        return queryset  # read together in filter_queryset

    def filter_area(self, queryset: QuerySet[Event], name: str, value: str) -> QuerySet[Event]:
        return queryset.filter(venue__area__slug=value)

    def filter_category(self, queryset: QuerySet[Event], name: str, value: Category) -> QuerySet[Event]:
        return queryset.filter(Q(category=value) | Q(subcategory=value))

    def filter_tag(self, queryset: QuerySet[Event], name: str, value: str) -> QuerySet[Event]:
        return queryset.filter(has_tag(queryset, value))

    def filter_accessible(self, queryset: QuerySet[Event], name: str, value: bool) -> QuerySet[Event]:
        # The categorizer tags step-free / wheelchair-accessible events "accessible" (categorize/rules.py).
        accessible = has_tag(queryset, ACCESSIBLE_TAG)
        return queryset.filter(accessible) if value else queryset.exclude(accessible)

    def filter_free(self, queryset: QuerySet[Event], name: str, value: bool) -> QuerySet[Event]:
        free = Q(cost_type="free")
        return queryset.filter(free) if value else queryset.exclude(free)

    def filter_price_max(self, queryset: QuerySet[Event], name: str, value: Decimal) -> QuerySet[Event]:
        return queryset.filter(Q(cost_type="free") | Q(price_min__lte=value))

    def filter_text(self, queryset: QuerySet[Event], name: str, value: str) -> QuerySet[Event]:
        from events.search import filter_text

        return filter_text(queryset, value)

    def filter_source(self, queryset: QuerySet[Event], name: str, value: Any) -> QuerySet[Event]:
        return queryset.filter(Exists(EventListing.objects.filter(event=OuterRef("pk"), source=value)))


def _filter_copy(filter_: django_filters.Filter, parent: EventFilterSet, model: type[Any]) -> django_filters.Filter:
    """A filter for one FilterSet instance: its own object (so ``parent`` and ``model`` are its own), sharing
    the declaration's settings, which nothing changes after the class is built."""
    clone = copy.copy(filter_)
    if filter_.method is not None:
        clone.method = filter_.method  # a FilterMethod bound to the clone (and so to the clone's parent)
    clone.model = model
    clone.parent = parent
    return clone


def _is_postgres(queryset: QuerySet[Any]) -> bool:
    from django.db import connections

    return connections[queryset.db].vendor == "postgresql"


def has_tag(queryset: QuerySet[Any], tag: str) -> Q:
    tag = tag.strip().lower()
    if _is_postgres(queryset):
        return Q(tags__contains=[tag])
    # SQLite has no JSON containment: match the quoted tag inside the stored list.
    return Q(tags__icontains=f'"{tag}"')


def as_querydict(data: Any) -> QueryDict:
    """Filters as a QueryDict, from a query string's QueryDict or a JSON object (live subscriptions, digests):
    lists become repeated keys, booleans true/false, numbers their text."""
    if data is None:
        return QueryDict()  # no filters: a bound, empty form (an unbound one is never valid)
    if isinstance(data, QueryDict):
        return data
    result = QueryDict(mutable=True)
    for key, value in dict(data).items():
        values = value if isinstance(value, list | tuple) else [value]
        for item in values:
            if item is None:
                continue
            result.appendlist(str(key), ("true" if item else "false") if isinstance(item, bool) else str(item))
    return result


def unknown_keys(data: Mapping[str, Any] | Iterable[str]) -> list[str]:
    """Keys that are not filters (a page ignores them; a JSON subscription may refuse them)."""
    known = set(EventFilterSet.base_filters)
    return sorted(key for key in data if key not in known and key != "page" and key != "cursor")


def local_midnight(day: dt.date, tz: zoneinfo.ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=tz)


def date_window(
    data: Mapping[str, Any], *, now: dt.datetime, tz: zoneinfo.ZoneInfo
) -> tuple[dt.datetime | None, dt.datetime | None, bool]:
    """(from, until, by_start) for cleaned ``when`` / ``date_from`` / ``date_to`` values read in ``tz`` at ``now``;
    by_start means events must *start* inside it rather than overlap it. Live subscriptions recompute it as
    time passes without keeping a FilterSet (realtime/matching.py)."""
    local_now = now.astimezone(tz)
    low: dt.datetime | None = None
    high: dt.datetime | None = None
    by_start = False
    if data.get("when"):
        low, high, by_start = named_range(data["when"], local_now)
    if data.get("date_from"):
        day_start = local_midnight(data["date_from"], tz)
        low = day_start if low is None else max(low, day_start)
    if data.get("date_to"):
        day_end = local_midnight(data["date_to"] + dt.timedelta(days=1), tz)
        high = day_end if high is None else min(high, day_end)
    return low, high, by_start


def named_range(name: str, local_now: dt.datetime) -> tuple[dt.datetime, dt.datetime, bool]:
    """(from, until, by_start) of a named range, seen from ``local_now`` (aware, in the zone that counts)."""
    tz = local_now.tzinfo or dt.UTC
    today = local_now.date()

    def at(day: dt.date, time: dt.time = dt.time(0)) -> dt.datetime:
        return dt.datetime.combine(day, time, tzinfo=tz)

    if name == "today":
        return local_now, at(today + dt.timedelta(days=1)), False
    if name == "tonight":
        # After midnight, "tonight" is still last evening's night until 04:00.
        evening = today - dt.timedelta(days=1) if local_now.time() < NIGHT_ENDS else today
        return at(evening, EVENING_STARTS), at(evening + dt.timedelta(days=1), NIGHT_ENDS), True
    if name == "tomorrow":
        return at(today + dt.timedelta(days=1)), at(today + dt.timedelta(days=2)), False
    if name == "this-weekend":
        friday = today + dt.timedelta(days=(4 - today.weekday()) % 7) if today.weekday() < 4 else None
        if friday is None:  # Friday to Sunday: the weekend we are in
            friday = today - dt.timedelta(days=today.weekday() - 4)
        monday = friday + dt.timedelta(days=3)
        return max(local_now, at(friday, EVENING_STARTS)), at(monday), False
    if name == "this-week":
        monday = today + dt.timedelta(days=7 - today.weekday())
        return local_now, at(monday), False
    if name == "next-7-days":
        return local_now, local_now + dt.timedelta(days=7), False
    raise ValueError(f"unknown range {name!r}")


def within_radius(queryset: QuerySet[Event], lat: float, lng: float, radius_km: float) -> QuerySet[Event]:
    """Events whose own coordinates lie within ``radius_km`` of (lat, lng): a bounding box the indexes can use,
    then the great-circle distance (annotated as ``distance_km``)."""
    dlat = math.degrees(radius_km / EARTH_RADIUS_KM)
    boxed = queryset.filter(latitude__gte=lat - dlat, latitude__lte=lat + dlat)
    cos_lat = math.cos(math.radians(lat))
    dlng = math.degrees(radius_km / EARTH_RADIUS_KM / cos_lat) if cos_lat > 0.01 else 360.0
    if abs(lat) + dlat < 90 and -180 <= lng - dlng and lng + dlng <= 180:
        # A longitude box only where it neither wraps the antimeridian nor reaches a pole; elsewhere the
        # exact distance below decides alone.
        boxed = boxed.filter(longitude__gte=lng - dlng, longitude__lte=lng + dlng)
    cosine = Cos(Radians(lat)) * Cos(Radians("latitude")) * Cos(Radians("longitude") - Radians(lng)) + Sin(
        Radians(lat)
    ) * Sin(Radians("latitude"))
    # Rounding can take the cosine a hair past ±1, where ACos is undefined.
    distance = EARTH_RADIUS_KM * ACos(Least(Greatest(cosine, -1.0), 1.0), output_field=FloatField())
    return boxed.annotate(distance_km=distance).filter(distance_km__lte=radius_km)
