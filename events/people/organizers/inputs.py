"""The one validation of what organizers type: the API's input serializers, which the pages' forms use too.

An event's fields (create: every required one; edit: only those sent) are checked one by one here and
across each other (end after start, prices in order); what the pipeline decides (is it spam, is it a
duplicate, is it good enough to publish) is the pipeline's job, not this module's.

Times: ISO 8601. A time with an offset is that moment; a time without one is read in ``timezone``, which
defaults to the city's. An all-day event takes dates (a datetime is read as its date).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from django.utils.text import slugify
from rest_framework import serializers

from events.models import Category, City, Event, Organizer
from events.vocabulary import CostType
from events.zones import zone

NOT_MINE = "You do not speak for the organizer {slug!r}; choose one of yours: {mine}."
CHOOSE_ORGANIZER = "You speak for several organizers; say which one this event is by: {mine}."
UNKNOWN_CITY = "No city {slug!r}; see /api/v1/cities/ for the cities Whatson covers."
UNKNOWN_CATEGORY = "No category {slug!r}; see /api/v1/categories/."
BAD_ZONE = "Not a timezone: use an IANA name such as America/Chicago."
BAD_MOMENT = "Not an ISO 8601 date or time (2026-12-05T19:30, with or without an offset)."
BAD_DAY = "An all-day event takes dates (2026-12-05)."
END_BEFORE_START = "The end is before the start."
HALF_COORDINATES = "Give both latitude and longitude, or neither."
PRICES_REVERSED = "The lowest price is above the highest."
BAD_CURRENCY = "A currency is three capital letters (ISO 4217), such as USD or INR."
BAD_SCHEME = "Only http and https links are accepted."
TOO_MANY_TAGS = "At most {limit} tags."
NO_TITLE = "An event needs a title."
ORGANIZER_FIXED = "An event's organizer cannot be changed; ask a moderator."
EMPTY_EDIT = "Nothing to change: send the fields to edit."
BLANK_NAME = "An organizer needs a name."
BLANK_MESSAGE = "Tell the moderators how you speak for this organizer (your role, a link, an address at its domain)."

MAX_TAGS = 20
# Plausible years only: a typo of 20266 is an error here, not an event in the far future.
FIRST_YEAR, LAST_YEAR = 2000, 2100
# The fields an edit may send, in the order forms show them.
EVENT_FIELDS = (
    "title", "description", "start", "end", "timezone", "all_day", "city", "venue_name", "address", "latitude",
    "longitude", "online", "url", "ticket_url", "image_url", "category", "tags", "cost_type", "price_min",
    "price_max", "currency", "capacity",
)  # fmt: skip


def _http_url(value: str) -> str:
    if value and urlsplit(value).scheme.lower() not in ("http", "https"):
        raise serializers.ValidationError(BAD_SCHEME)
    return value


class HttpURLField(serializers.URLField):
    """An absolute http(s) URL; blank allowed (an empty value clears it)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 1000)
        kwargs.setdefault("allow_blank", True)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.validators.append(_http_url)


def parse_moment(value: str, *, tz: zoneinfo.ZoneInfo, all_day: bool) -> dt.datetime | dt.date:
    """``value`` (ISO 8601) as an aware datetime (naive ones read in ``tz``), or a date for all-day events."""
    text = value.strip()
    try:
        moment: dt.datetime | dt.date = (
            dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        )
    except ValueError:
        raise serializers.ValidationError(BAD_MOMENT) from None
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise serializers.ValidationError(BAD_MOMENT)
    if all_day:
        return moment.astimezone(tz).date() if isinstance(moment, dt.datetime) and moment.tzinfo else _day(moment)
    if not isinstance(moment, dt.datetime):
        return dt.datetime.combine(moment, dt.time.min, tzinfo=tz)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=tz)


def _day(moment: dt.datetime | dt.date) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment


class EventInputSerializer(serializers.Serializer):
    """An event as an organizer submits or edits it. Context: ``organizers`` (the user's, a list) and, for an
    edit, ``event`` (the event as stored: what the fields not sent keep)."""

    organizer = serializers.SlugField(required=False, max_length=200)
    title = serializers.CharField(max_length=300, required=False, trim_whitespace=True)
    description = serializers.CharField(max_length=10_000, required=False, allow_blank=True, trim_whitespace=True)
    start = serializers.CharField(max_length=40, required=False)
    end = serializers.CharField(max_length=40, required=False, allow_blank=True, allow_null=True)
    timezone = serializers.CharField(max_length=64, required=False, allow_blank=True)
    all_day = serializers.BooleanField(required=False)
    city = serializers.SlugField(max_length=120, required=False)
    venue_name = serializers.CharField(max_length=200, required=False, allow_blank=True)
    address = serializers.CharField(max_length=300, required=False, allow_blank=True)
    latitude = serializers.FloatField(min_value=-90, max_value=90, required=False, allow_null=True)
    longitude = serializers.FloatField(min_value=-180, max_value=180, required=False, allow_null=True)
    online = serializers.BooleanField(required=False)
    url = HttpURLField()
    ticket_url = HttpURLField()
    image_url = HttpURLField()
    category = serializers.SlugField(max_length=60, required=False, allow_blank=True, allow_null=True)
    tags = serializers.ListField(
        child=serializers.CharField(max_length=50, trim_whitespace=True), required=False, allow_empty=True
    )
    cost_type = serializers.ChoiceField(choices=CostType.choices, required=False)
    price_min = serializers.DecimalField(
        max_digits=10, decimal_places=2, min_value=Decimal(0), required=False, allow_null=True
    )
    price_max = serializers.DecimalField(
        max_digits=10, decimal_places=2, min_value=Decimal(0), required=False, allow_null=True
    )
    currency = serializers.CharField(max_length=3, required=False, allow_blank=True)
    capacity = serializers.IntegerField(min_value=1, max_value=1_000_000, required=False, allow_null=True)

    @property
    def event(self) -> Event | None:
        return self.context.get("event")

    def validate_timezone(self, value: str) -> str:
        if value and zone(value) is None:
            raise serializers.ValidationError(BAD_ZONE)
        return value

    def validate_city(self, value: str) -> City:
        city = City.objects.filter(slug=value, is_active=True).first()
        if city is None:
            raise serializers.ValidationError(UNKNOWN_CITY.format(slug=value))
        return city

    def validate_category(self, value: str | None) -> Category | None:
        if not value:
            return None
        category = Category.objects.select_related("parent").filter(slug=value).first()
        if category is None:
            raise serializers.ValidationError(UNKNOWN_CATEGORY.format(slug=value))
        return category

    def validate_currency(self, value: str) -> str:
        value = value.strip().upper()
        if value and (len(value) != 3 or not value.isalpha() or not value.isascii()):
            raise serializers.ValidationError(BAD_CURRENCY)
        return value

    def validate_tags(self, value: list[str]) -> list[str]:
        tags = list(dict.fromkeys(tag for tag in value if tag))
        if len(tags) > MAX_TAGS:
            raise serializers.ValidationError(TOO_MANY_TAGS.format(limit=MAX_TAGS))
        return tags

    def validate_organizer(self, value: str) -> Organizer:
        if self.event is not None:
            raise serializers.ValidationError(ORGANIZER_FIXED)
        mine: list[Organizer] = list(self.context.get("organizers", ()))
        for organizer in mine:
            if organizer.slug == value:
                return organizer
        raise serializers.ValidationError(
            NOT_MINE.format(slug=value, mine=", ".join(organizer.slug for organizer in mine))
        )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        event = self.event
        errors: dict[str, list[str]] = {}
        if event is None:
            self._require(attrs, errors)
        elif not attrs:
            raise serializers.ValidationError(EMPTY_EDIT)
        self._times(attrs, event, errors)
        latitude = attrs.get("latitude", event.latitude if event else None)
        longitude = attrs.get("longitude", event.longitude if event else None)
        if (latitude is None) != (longitude is None):
            errors.setdefault("latitude", []).append(HALF_COORDINATES)
        low = attrs.get("price_min", event.price_min if event else None)
        high = attrs.get("price_max", event.price_max if event else None)
        if low is not None and high is not None and low > high:
            errors.setdefault("price_min", []).append(PRICES_REVERSED)
        if errors:
            raise serializers.ValidationError(errors)
        return attrs

    def _require(self, attrs: dict[str, Any], errors: dict[str, list[str]]) -> None:
        if not attrs.get("title"):
            errors.setdefault("title", []).append(NO_TITLE)
        for name in ("start", "city"):
            if not attrs.get(name):
                errors.setdefault(name, []).append(serializers.Field.default_error_messages["required"])
        if "organizer" not in attrs:
            mine = list(self.context.get("organizers", ()))
            if len(mine) == 1:
                attrs["organizer"] = mine[0]
            elif mine:
                listed = ", ".join(organizer.slug for organizer in mine)
                errors.setdefault("organizer", []).append(CHOOSE_ORGANIZER.format(mine=listed))

    def _times(self, attrs: dict[str, Any], event: Event | None, errors: dict[str, list[str]]) -> None:
        """Start and end as moments (naive ones read in the event's zone), and the end after the start."""
        city = attrs.get("city") or (event.city if event else None)
        zone_name = attrs.get("timezone") or (event.timezone if event else "") or (city.timezone if city else "")
        tz = zone(zone_name) or zoneinfo.ZoneInfo("UTC")
        attrs["zone"] = tz
        all_day = attrs.get("all_day", event.all_day if event else False)
        retimed = event is not None and ({"timezone", "all_day"} & set(attrs)) and "start" not in attrs
        # A new zone or all-day flag re-reads the stored start and end on the new terms (their local wall clock).
        start_text = attrs.get("start") or (_stored(event.local_start, all_day) if retimed and event else None)
        end_text = attrs.get("end") if "end" in attrs else (_stored_end(event, all_day) if retimed else None)
        start = end = None
        if start_text:
            try:
                start = attrs["start"] = parse_moment(start_text, tz=tz, all_day=all_day)
            except serializers.ValidationError as exc:
                errors.setdefault("start", []).extend(str(message) for message in exc.detail)
        if end_text:
            try:
                end = attrs["end"] = parse_moment(end_text, tz=tz, all_day=all_day)
            except serializers.ValidationError as exc:
                errors.setdefault("end", []).extend(str(message) for message in exc.detail)
        elif "end" in attrs or retimed:
            attrs["end"] = None
        if start is None and end is not None and event is not None:
            start = parse_moment(_stored(event.local_start, all_day), tz=tz, all_day=all_day)
        if start is not None and end is not None and _as_moment(end, tz, end=True) < _as_moment(start, tz):
            errors.setdefault("end", []).append(END_BEFORE_START)


def _stored(moment: dt.datetime, all_day: bool) -> str:
    """A stored moment as the wall-clock text it was typed as (no offset: read again in the new zone)."""
    return moment.date().isoformat() if all_day else moment.replace(tzinfo=None).isoformat()


def _stored_end(event: Event | None, all_day: bool) -> str | None:
    if event is None or event.end is None:
        return None
    if event.all_day:
        last = event.local_end or event.local_start
        return _stored(last, all_day)
    return _stored(event.end.astimezone(event.zone), all_day)


def _as_moment(value: dt.datetime | dt.date, tz: zoneinfo.ZoneInfo, *, end: bool = False) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    day = value + dt.timedelta(days=1) if end else value
    return dt.datetime.combine(day, dt.time.min, tzinfo=tz)


class OrganizerInputSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=200, trim_whitespace=True)
    url = HttpURLField(max_length=500)
    email = serializers.EmailField(required=False, allow_blank=True, max_length=254)

    def validate_name(self, value: str) -> str:
        if not value.strip():
            raise serializers.ValidationError(BLANK_NAME)
        return value


class ClaimInputSerializer(serializers.Serializer):
    message = serializers.CharField(max_length=2000, trim_whitespace=True, error_messages={"blank": BLANK_MESSAGE})


def organizer_slug(name: str) -> str:
    """The slug an organizer called ``name`` gets (before -2, -3… when taken)."""
    return slugify(name)[:190].strip("-") or "organizer"


def form_data(post: Mapping[str, Any], *, names: tuple[str, ...] = EVENT_FIELDS) -> dict[str, Any]:
    """A page form's POST in the serializer's shape: checkboxes as booleans, tags split on commas, empty
    optional numbers as null. Only fields the form has; the organizer choice when there is one."""
    data: dict[str, Any] = {}
    for name in names:
        if name in ("all_day", "online"):
            data[name] = post.get(name) in ("on", "true", "1", "yes")
        elif name == "tags":
            data[name] = [tag.strip() for tag in str(post.get(name, "")).split(",") if tag.strip()]
        elif name in post:
            value = str(post.get(name, "")).strip()
            if name in ("latitude", "longitude", "price_min", "price_max", "capacity", "end", "category"):
                data[name] = value or None
            else:
                data[name] = value
    if post.get("organizer"):
        data["organizer"] = str(post["organizer"])
    return data
