"""The OpenAPI description of /api/v1/ (drf-spectacular): response shapes and every filter parameter.

The serializers here only *describe* the answers for the schema; the views build their bodies from
``.values()`` rows (representation.py) and never run these. Filter parameters are read from the shared
FilterSet, so a new filter key shows up in the schema without editing this file (give it a description).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import django_filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import serializers

from events import filters as event_filters
from events.api.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

FILTER_HELP = {
    "city": "City slug (see /api/v1/cities/). Dates and named ranges are then read in the city's zone.",
    "area": "Area (neighbourhood) slug; with city, an area of that city.",
    "category": "Category slug, top-level or child (see /api/v1/categories/).",
    "subcategory": "Child category slug.",
    "tag": "Events carrying this tag.",
    "date_from": "Events still on from this day (YYYY-MM-DD, in the city's zone, else tz, else UTC).",
    "date_to": "Events starting by the end of this day (YYYY-MM-DD); at most a year after date_from.",
    "when": "A named range; 'tonight' means starting between 17:00 and 04:00.",
    "tz": "IANA zone to read dates in when no city is given, e.g. Europe/Berlin.",
    "free": "true: only free events; false: only events that are not free.",
    "price_max": "Free events and those whose lowest price is at most this.",
    "q": "Text search: every word must appear (title, description, venue, tags).",
    "lat": "Latitude of a point (with lng); events within radius_km of it.",
    "lng": "Longitude of a point (with lat).",
    "radius_km": f"Radius around lat/lng in km (default {event_filters.DEFAULT_RADIUS_KM:g}).",
    "venue": "Venue id (see /api/v1/venues/).",
    "organizer": "Organizer slug (see /api/v1/organizers/).",
    "source": "Events listed by this source (slug).",
    "status": "Event status; repeat the key for several.",
    "accessible": "true: step-free / wheelchair-accessible events only; false: the others.",
    "online": "true: online events only; false: in-person only.",
    "ordering": "Order of the list (default start).",
}


def _filter_parameter(name: str, flt: django_filters.Filter) -> OpenApiParameter:
    extra = flt.extra
    description = FILTER_HELP.get(name, "")
    if isinstance(flt, django_filters.MultipleChoiceFilter):
        choices = [value for value, _ in flt.extra["choices"]]
        return OpenApiParameter(
            name, {"type": "array", "items": {"type": "string", "enum": choices}}, explode=True, description=description
        )
    if isinstance(flt, django_filters.ModelChoiceFilter):
        if extra.get("to_field_name"):
            return OpenApiParameter(name, {"type": "string", "maxLength": 200}, description=description)
        return OpenApiParameter(name, {"type": "integer", "minimum": 1}, description=description)
    if isinstance(flt, django_filters.ChoiceFilter):
        return OpenApiParameter(name, str, enum=[value for value, _ in extra["choices"]], description=description)
    if isinstance(flt, event_filters.StrictBooleanFilter):
        return OpenApiParameter(name, bool, description=description)
    if isinstance(flt, django_filters.DateFilter):
        return OpenApiParameter(name, OpenApiTypes.DATE, description=description)
    if isinstance(flt, django_filters.NumberFilter):
        number: dict[str, Any] = {"type": "number"}
        if extra.get("min_value") is not None:
            number["minimum"] = float(extra["min_value"])
        if extra.get("max_value") is not None:
            number["maximum"] = float(extra["max_value"])
        return OpenApiParameter(name, number, description=description)
    text: dict[str, Any] = {"type": "string"}
    if extra.get("max_length"):
        text["maxLength"] = extra["max_length"]
    return OpenApiParameter(name, text, description=description)


def filter_parameters() -> list[OpenApiParameter]:
    return [_filter_parameter(name, flt) for name, flt in event_filters.EventFilterSet.base_filters.items()]


PAGE_PARAMETERS = [
    OpenApiParameter("page", {"type": "integer", "minimum": 1}, description="Page number (from 1)."),
    OpenApiParameter(
        "page_size",
        {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
        description=f"Items per page (default {DEFAULT_PAGE_SIZE}, at most {MAX_PAGE_SIZE}).",
    ),
]


# --- response shapes ----------------------------------------------------------------------------


class ErrorOut(serializers.Serializer):
    error = serializers.CharField()
    fields = serializers.DictField(child=serializers.ListField(child=serializers.CharField()))


class SlugName(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()


class VenueRef(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class EventOut(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.URLField(help_text="The event's public page.")
    start = serializers.DateTimeField(help_text="ISO 8601 with the event's own UTC offset.")
    end = serializers.DateTimeField(allow_null=True)
    all_day = serializers.BooleanField()
    timezone = serializers.CharField(help_text="IANA zone name.")
    timezone_name = serializers.CharField(help_text="Everyday name of the zone, e.g. Eastern Time.")
    city = SlugName(allow_null=True)
    venue = VenueRef(allow_null=True)
    venue_name = serializers.CharField(allow_blank=True)
    address = serializers.CharField(allow_blank=True)
    latitude = serializers.FloatField(allow_null=True)
    longitude = serializers.FloatField(allow_null=True)
    category = SlugName(allow_null=True)
    subcategory = SlugName(allow_null=True)
    tags = serializers.ListField(child=serializers.CharField())
    cost_type = serializers.CharField()
    price_min = serializers.CharField(allow_null=True, help_text="Decimal as a string, e.g. 10.00.")
    price_max = serializers.CharField(allow_null=True)
    currency = serializers.CharField(allow_blank=True)
    price_display = serializers.CharField(allow_blank=True, help_text='For people: "$10", "Free", "₹500–₹1,200".')
    status = serializers.CharField()
    online = serializers.BooleanField()
    sold_out = serializers.BooleanField()
    image_url = serializers.CharField(allow_blank=True)
    ticket_url = serializers.CharField(allow_blank=True)


class OrganizerRef(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    url = serializers.CharField(allow_blank=True)


class ListingOut(serializers.Serializer):
    source = SlugName()
    url = serializers.CharField(allow_blank=True)
    is_primary = serializers.BooleanField()


class LinkOut(serializers.Serializer):
    label = serializers.CharField(help_text="What the document is: Agenda, Minutes, Video…")
    url = serializers.URLField()


class EventDetailOut(EventOut):
    description = serializers.CharField(allow_blank=True, help_text="Plain text.")
    organizer = OrganizerRef(allow_null=True)
    listings = ListingOut(many=True)
    archived = serializers.BooleanField()
    created = serializers.DateTimeField()
    updated = serializers.DateTimeField()
    links = LinkOut(
        many=True, help_text="Documents beside the event (agenda, minutes, video), as its source lists them."
    )
    source_title = serializers.CharField(
        allow_null=True, help_text="The title as the source wrote it, when ours is tidied (a trailing venue cut)."
    )


class EventResults(serializers.Serializer):
    results = EventOut(many=True)


class Page(serializers.Serializer):
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)


class EventPage(Page):
    results = EventOut(many=True)


class CityOut(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    region = serializers.CharField(allow_blank=True)
    country = serializers.CharField()
    timezone = serializers.CharField()
    timezone_name = serializers.CharField()
    latitude = serializers.FloatField()
    longitude = serializers.FloatField()
    upcoming_count = serializers.IntegerField()
    url = serializers.URLField()
    events = serializers.URLField(help_text="This city's events in the API.")


class CityList(serializers.Serializer):
    results = CityOut(many=True)


class CityDetailOut(CityOut):
    areas = SlugName(many=True)


class CategoryOut(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    description = serializers.CharField(allow_blank=True)


class CategoryTreeOut(CategoryOut):
    children = CategoryOut(many=True)


class CategoryList(serializers.Serializer):
    results = CategoryTreeOut(many=True)


class VenueOut(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()
    city = SlugName(allow_null=True)
    area = SlugName(allow_null=True)
    address = serializers.CharField(allow_blank=True)
    latitude = serializers.FloatField(allow_null=True)
    longitude = serializers.FloatField(allow_null=True)
    url = serializers.CharField(allow_blank=True)
    events = serializers.URLField()


class VenueDetailOut(VenueOut):
    upcoming_count = serializers.IntegerField()


class VenuePage(Page):
    results = VenueOut(many=True)


class OrganizerOut(OrganizerRef):
    events = serializers.URLField()


class OrganizerDetailOut(OrganizerOut):
    upcoming_count = serializers.IntegerField()


class OrganizerPage(Page):
    results = OrganizerOut(many=True)


class IndexOut(serializers.Serializer):
    events = serializers.URLField()
    cities = serializers.URLField()
    categories = serializers.URLField()
    venues = serializers.URLField()
    organizers = serializers.URLField()
    schema = serializers.URLField()
    docs = serializers.URLField()


# --- per-view descriptions ----------------------------------------------------------------------

THROTTLED = OpenApiResponse(ErrorOut, description="Too many requests; see Retry-After.")
INVALID = OpenApiResponse(ErrorOut, description="A parameter has a value that cannot be used: see fields.")
NOT_FOUND = OpenApiResponse(ErrorOut, description="No such object (or no such page).")


def _get(
    operation_id: str,
    summary: str,
    ok: Any,
    *,
    parameters: list[Any] | None = None,
    bad: bool = False,
    missing: bool = False,
    extra: dict[int, Any] | None = None,
    description: str = "",
) -> Callable[[Any], Any]:
    responses: dict[int, Any] = {
        200: OpenApiResponse(ok, description="OK."),
        304: OpenApiResponse(description="Not modified (If-None-Match)."),
    }
    if bad:
        responses[400] = INVALID
    if missing:
        responses[404] = NOT_FOUND
    responses[429] = THROTTLED
    responses.update(extra or {})
    return extend_schema_view(
        get=extend_schema(
            operation_id=operation_id,
            summary=summary,
            description=description,
            parameters=parameters or [],
            responses=responses,
            tags=["public"],
        )
    )


event_list_schema = _get(
    "events_list",
    "Upcoming events",
    EventPage,
    parameters=[*filter_parameters(), *PAGE_PARAMETERS],
    bad=True,
    missing=True,
    description="Published events that have not finished, filtered. Unknown parameters are ignored.",
)
event_detail_schema = _get(
    "events_detail",
    "One event",
    EventDetailOut,
    missing=True,
    extra={301: OpenApiResponse(description="Merged into another event: Location is the winner's address.")},
)
TRENDING_DEFAULT, TRENDING_MAX = 20, 50
SIMILAR_DEFAULT, SIMILAR_MAX = 6, 20


def _limit_parameter(default: int, maximum: int) -> OpenApiParameter:
    return OpenApiParameter(
        "limit",
        {"type": "integer", "minimum": 1, "maximum": maximum},
        description=f"How many events (default {default}, at most {maximum}).",
    )


trending_schema = _get(
    "events_trending",
    "Trending events",
    EventResults,
    parameters=[
        *(p for p in filter_parameters() if p.name != "ordering"),
        _limit_parameter(TRENDING_DEFAULT, TRENDING_MAX),
    ],
    bad=True,
    description="Upcoming events of the next 7 days, most viewed and shared recently first; the filters apply.",
)
similar_schema = _get(
    "events_similar",
    "Events like this one",
    EventResults,
    parameters=[_limit_parameter(SIMILAR_DEFAULT, SIMILAR_MAX)],
    bad=True,
    missing=True,
    description="Upcoming events in the same city sharing its venue, category or tags; most alike first.",
)
city_list_schema = _get("cities_list", "Active cities, most upcoming events first", CityList)
city_detail_schema = _get("cities_detail", "One city with its areas", CityDetailOut, missing=True)
category_list_schema = _get("categories_list", "Categories: top level with their children", CategoryList)
venue_list_schema = _get(
    "venues_list",
    "Venues",
    VenuePage,
    parameters=[OpenApiParameter("city", str, description="Only venues in this city (slug)."), *PAGE_PARAMETERS],
    bad=True,
    missing=True,
)
venue_detail_schema = _get("venues_detail", "One venue", VenueDetailOut, missing=True)
organizer_list_schema = _get(
    "organizers_list", "Organizers", OrganizerPage, parameters=PAGE_PARAMETERS, bad=True, missing=True
)
organizer_detail_schema = _get("organizers_detail", "One organizer", OrganizerDetailOut, missing=True)
index_schema = _get("index", "The API's addresses", IndexOut)


def public_endpoints_only(endpoints: list[tuple[str, str, str, Any]], **kwargs: Any) -> list[tuple[str, str, str, Any]]:
    """drf-spectacular preprocessing hook: describe /api/v1/ only (the admin API is for staff tools)."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]
