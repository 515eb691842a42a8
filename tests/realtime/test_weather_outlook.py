"""Which events are outdoor, when rain is likely for them, the city page's weather line, and the two tags."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from typing import Any

import pytest
from django.core.cache import cache
from django.template import Context, Template

from events.models import Category, Event
from realtime.weather import city_weather_store, is_outdoor, rain_likely, weather_strip
from realtime.weather.openweathermap import parse_current, parse_forecast
from realtime.weather.outlook import event_window, period_label
from tests.clock import RECORDED_NOW, local_at
from tests.factories import CityFactory, EventFactory
from tests.realtime.test_weather_provider import recording

LOS_ANGELES = "America/Los_Angeles"
THREE_HOURS = dt.timedelta(hours=3)
NOTE = "Rain likely — bring a coat"


def outdoor_event(start: dt.datetime, **fields: Any) -> Event:
    fields.setdefault("category", Category(slug="outdoors_nature", name="Outdoors & nature"))
    return Event(title="Walk", start=start, timezone=fields.pop("timezone", LOS_ANGELES), **fields)


def period(start: dt.datetime, *, pop: float = 0.0, rain_mm: float = 0.0) -> dict[str, Any]:
    start = start.astimezone(dt.UTC)
    return {"start": start.isoformat(), "end": (start + THREE_HOURS).isoformat(), "pop": pop, "rain_mm": rain_mm}


def forecast(*periods: dict[str, Any], fetched: dt.datetime | None = None) -> dict[str, Any]:
    fetched = fetched or dt.datetime.now(dt.UTC)
    return {"fetched_at": fetched.isoformat(), "timezone": LOS_ANGELES, "current": {}, "forecast": list(periods)}


def step_containing(moment: dt.datetime) -> dt.datetime:
    """The start of the provider's three-hour step (on UTC hours 0, 3, 6…) that contains ``moment``."""
    utc = moment.astimezone(dt.UTC)
    return utc.replace(hour=utc.hour - utc.hour % 3, minute=0, second=0, microsecond=0)


# --- which events are outdoor ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("category", "tags", "online", "outdoor"),
    [
        ("outdoors_nature", [], False, True),
        ("markets_fairs", ["outdoor"], False, True),  # a market counts when a tag says it is outside
        ("sports_fitness", ["Open Air"], False, True),
        ("music", ["jazz"], False, False),
        ("markets_fairs", [], False, False),  # farmers' markets move indoors in winter: not by default
        ("outdoors_nature", [], True, False),  # an online "nature talk" gets nobody wet
        (None, ["outdoor"], False, True),
        (None, "outdoor", False, False),  # tags that are not a list (bad data) are no tags
    ],
)
def test_the_outdoor_rule(category, tags, online, outdoor):
    event = Event(
        title="x",
        start=dt.datetime.now(dt.UTC),
        category=Category(slug=category) if category else None,
        tags=tags,
        online=online,
    )
    assert is_outdoor(event) is outdoor


# --- when rain is likely -----------------------------------------------------------------------------
def test_periods_are_matched_on_utc_instants_not_on_the_citys_wall_clock():
    start = local_at(1, 19, tz=LOS_ANGELES)  # tomorrow 19:00 in Los Angeles: 02:00 or 03:00 UTC the day after
    event = outdoor_event(start)
    wet_at_the_event = period(step_containing(start), pop=0.8)
    # The mistake to avoid: reading 19:00 as UTC (the step holding 19:00 UTC is late morning in Los Angeles).
    wet_at_19_utc = period(dt.datetime.combine(start.date(), dt.time(18), dt.UTC), pop=0.9, rain_mm=5)
    assert rain_likely(event, forecast(wet_at_the_event))
    assert not rain_likely(event, forecast(wet_at_19_utc))


@pytest.mark.parametrize(
    ("pop", "rain_mm", "likely"),
    [(0.5, 0.0, True), (0.49, 0.0, False), (0.2, 1.0, True), (0.2, 0.9, False), (1.0, 12.0, True)],
)
def test_a_half_chance_or_a_millimetre_makes_rain_likely(pop, rain_mm, likely):
    start = local_at(2, 10, tz=LOS_ANGELES)
    assert (
        rain_likely(outdoor_event(start), forecast(period(step_containing(start), pop=pop, rain_mm=rain_mm))) is likely
    )


def test_without_an_end_an_event_lasts_two_hours():
    start = step_containing(local_at(2, 12, tz=LOS_ANGELES)) + dt.timedelta(minutes=30)
    event = outdoor_event(start)
    assert event_window(event) == (start, start + dt.timedelta(hours=2))
    next_step = step_containing(start) + THREE_HOURS  # starts 2 h 30 after the event: no overlap
    assert not rain_likely(event, forecast(period(next_step, pop=0.9)))
    event.end = start + dt.timedelta(hours=4)  # a long hike reaches into the wet step
    assert rain_likely(event, forecast(period(next_step, pop=0.9)))
    touching = outdoor_event(next_step - dt.timedelta(hours=2))  # ends as the wet step begins
    assert not rain_likely(touching, forecast(period(next_step, pop=0.9)))


def test_an_all_day_event_covers_its_local_day():
    midnight = local_at(2, 0, tz=LOS_ANGELES)
    fair = outdoor_event(midnight, all_day=True)
    assert event_window(fair) == (midnight, local_at(3, 0, tz=LOS_ANGELES))
    late_evening = local_at(2, 22, tz=LOS_ANGELES)
    assert rain_likely(fair, forecast(period(step_containing(late_evening), pop=0.7)))
    assert not rain_likely(fair, forecast(period(step_containing(local_at(3, 2, tz=LOS_ANGELES)), pop=0.7)))


def test_no_note_for_indoor_cancelled_finished_events_or_an_old_forecast():
    start = local_at(1, 15, tz=LOS_ANGELES)
    wet = forecast(period(step_containing(start), pop=0.95, rain_mm=8))
    assert rain_likely(outdoor_event(start), wet)
    indoor = outdoor_event(start, category=Category(slug="music"))
    assert not rain_likely(indoor, wet)
    assert not rain_likely(outdoor_event(start, status="cancelled"), wet)
    assert not rain_likely(outdoor_event(start), wet, now=start + dt.timedelta(hours=3))  # over
    stale = forecast(period(step_containing(start), pop=0.95), fetched=dt.datetime.now(dt.UTC) - dt.timedelta(days=2))
    assert not rain_likely(outdoor_event(start), stale)
    assert not rain_likely(outdoor_event(start), None)
    assert not rain_likely(outdoor_event(start), {"fetched_at": "yesterday-ish", "forecast": "lots of rain"})


# --- the city page's line ----------------------------------------------------------------------------
CHICAGO_NOW = dt.datetime(2026, 11, 22, 15, 0, tzinfo=dt.UTC)  # 09:00 in Chicago; only labels are computed


@pytest.mark.parametrize(
    ("hours_ahead", "label"),
    [(4, "This afternoon"), (10, "Tonight"), (16, "Tonight"), (22, "Tomorrow morning"), (28, "Tomorrow afternoon")],
)
def test_periods_are_named_as_people_say_them(hours_ahead, label):
    chicago = zoneinfo.ZoneInfo("America/Chicago")
    start = (CHICAGO_NOW + dt.timedelta(hours=hours_ahead)).astimezone(chicago)
    assert period_label(start, CHICAGO_NOW.astimezone(chicago)) == label


def test_the_line_names_the_wettest_coming_period_and_skips_stale_conditions():
    current = parse_current(json.loads(recording("current_lakeshore.json")))
    periods = parse_forecast(json.loads(recording("forecast_lakeshore.json")))
    weather = {"timezone": "America/Chicago", "current": current, "forecast": periods}
    strip = weather_strip(weather, now=RECORDED_NOW)
    assert strip == {"symbol": "🌧️", "text": "8 °C, light rain · Tonight: 80% chance of rain"}
    three_days_on = RECORDED_NOW + dt.timedelta(days=3)  # the current reading is old, and no rain is coming
    assert weather_strip(weather, now=three_days_on) is None
    snowy = [{**step, "condition": "Snow"} for step in periods]
    assert weather_strip({**weather, "forecast": snowy}, now=RECORDED_NOW)["text"].endswith("80% chance of snow")


# --- the tags ----------------------------------------------------------------------------------------
@pytest.fixture
def lakeshore(db):
    return CityFactory(slug="lakeshore", name="Lakeshore", latitude=41.88, longitude=-87.63, timezone="America/Chicago")


@pytest.fixture
def stored(lakeshore, django_capture_on_commit_callbacks):
    """Lakeshore's recorded weather stored (and cached) as a refresh at RECORDED_NOW leaves it."""

    def store(**changes: Any) -> None:
        current = {**parse_current(json.loads(recording("current_lakeshore.json"))), **changes}
        periods = parse_forecast(json.loads(recording("forecast_lakeshore.json")))
        with django_capture_on_commit_callbacks(execute=True):
            city_weather_store(city=lakeshore, current=current, forecast=periods, now=RECORDED_NOW)

    return store


def render(text: str, **context: Any) -> str:
    return Template("{% load weather %}" + text).render(Context(context))


@pytest.mark.usefixtures("recorded_clock")
def test_the_city_weather_tag(lakeshore, stored):
    assert render("{% city_weather city %}", city=lakeshore) == ""  # no weather yet: nothing at all
    stored()
    html = render("{% city_weather city %}", city=lakeshore)
    assert 'aria-label="Weather in Lakeshore"' in html
    assert 'data-weather-city="lakeshore"' in html
    assert "8 °C, light rain · Tonight: 80% chance of rain" in html
    assert "<script" not in html
    assert 'style="' not in html  # CSP: no inline style
    assert render("{% city_weather city %}", city=None) == ""


@pytest.mark.usefixtures("recorded_clock")
def test_the_weather_tag_escapes_what_the_provider_and_the_city_say(lakeshore, stored):
    lakeshore.name = '<b>Lake"shore</b>'
    stored(summary="<script>alert(1)</script>")
    html = render("{% city_weather city %}", city=lakeshore)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'aria-label="Weather in &lt;b&gt;Lake&quot;shore&lt;/b&gt;"' in html


@pytest.mark.usefixtures("recorded_clock")
def test_the_rain_note_on_cards_reads_the_weather_once_per_page(lakeshore, stored, django_assert_num_queries):
    stored()
    outdoors = Category.objects.get(slug="outdoors_nature")
    chicago = "America/Chicago"
    tonight = dt.datetime(2026, 11, 22, 19, 0, tzinfo=zoneinfo.ZoneInfo(chicago))  # in the 80% step
    tomorrow_noon = tonight + dt.timedelta(hours=17)  # a dry step
    wet_walk = EventFactory(city=lakeshore, title="Night walk", start=tonight, category=outdoors, timezone=chicago)
    dry_walk = EventFactory(city=lakeshore, title="Noon walk", start=tomorrow_noon, category=outdoors)
    gig = EventFactory(city=lakeshore, title="Gig", start=tonight, timezone=chicago)  # indoor
    rooftop = EventFactory(city=lakeshore, title="Rooftop", start=tonight, tags=["outdoor"], timezone=chicago)
    events = list(
        Event.objects.filter(pk__in=[wet_walk.pk, dry_walk.pk, gig.pk, rooftop.pk]).select_related("category")
    )
    events.sort(key=lambda event: event.title)

    cache.clear()  # a cold cache: the page reads the weather once, not once per card
    with django_assert_num_queries(1):
        html = render("{% for event in events %}[{{ event.title }}:{% rain_note event %}]{% endfor %}", events=events)
    assert html.count(NOTE) == 2
    assert f'[Night walk:<p class="rain-note" role="note">{NOTE}</p>]' in html
    assert "[Noon walk:]" in html
    assert "[Gig:]" in html
    assert "[Rooftop:<p" in html
