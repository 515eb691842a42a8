"""Synthetic events for the pipeline bench: realistic titles, venues and times, 30% duplicates spread
over three sources, and the hard negatives de-duplication must keep apart. Each record carries its
truth cluster (``_truth``) so precision and recall can be measured.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import zoneinfo
from collections.abc import Iterator
from typing import Any

CITIES = {
    "new-york": ("New York", "America/New_York", 40.7128, -74.0060),
    "chicago": ("Chicago", "America/Chicago", 41.8781, -87.6298),
    "austin": ("Austin", "America/Chicago", 30.2672, -97.7431),
    "seattle": ("Seattle", "America/Los_Angeles", 47.6062, -122.3321),
    "san-francisco": ("San Francisco", "America/Los_Angeles", 37.7749, -122.4194),
    "bengaluru": ("Bengaluru", "Asia/Kolkata", 12.9716, 77.5946),
    "denver": ("Denver", "America/Denver", 39.7392, -104.9903),
    "boston": ("Boston", "America/New_York", 42.3601, -71.0589),
    "atlanta": ("Atlanta", "America/New_York", 33.7490, -84.3880),
    "portland": ("Portland", "America/Los_Angeles", 45.5152, -122.6784),
}
VENUE_WORDS = [
    "Lantern",
    "Anchor",
    "Foundry",
    "Orchard",
    "Harbor",
    "Velvet",
    "Granary",
    "Echo",
    "Cedar",
    "Union",
    "Copper",
    "Sparrow",
    "Meridian",
    "Lighthouse",
    "Commons",
    "Atlas",
    "Juniper",
    "Beacon",
    "Cellar",
    "Loft",
]
VENUE_KINDS = ["Hall", "Social", "Room", "Theatre", "Club", "Gardens", "Works", "Taproom", "Gallery", "Center"]
ACTS = ["The Lumineers", "Blue Heron Quartet", "Maya Sol", "DJ Kaito", "Static Bloom", "The Night Owls", "Ravi Menon Trio",
        "Golden Hour Choir", "Paper Kites", "Lucia Fernández", "Brass Menagerie", "The Velvet Antlers", "Kofi & The Tides",
        "Nadia Petrov", "Low Tide Collective", "Aarav Shah", "Midnight Radio", "Sunday Strings", "Iron & Wine Tribute",
        "The Quiet Storms"]  # fmt: skip
FORMATS = [
    ("{act} Live", "music"), ("{act} with special guests", "music"), ("Jazz Night: {act}", "music"),
    ("Stand-up Showcase feat. {act}", "comedy"), ("Improv Jam", "comedy"), ("Open Mic Comedy", "comedy"),
    ("Farmers Market", "markets_fairs"), ("Vintage Flea Market", "markets_fairs"), ("Makers Craft Fair", "markets_fairs"),
    ("Python Meetup: Async in Practice", "tech_business"), ("Startup Pitch Night", "tech_business"),
    ("Hackathon: Civic Data", "tech_business"), ("Pottery Workshop for Beginners", "education"),
    ("Talk: The History of {city}", "education"), ("Sunrise Yoga in the Park", "health_wellness"),
    ("Guided Meditation", "health_wellness"), ("Trail Run 10K", "sports_fitness"), ("Community Cleanup", "community_civic"),
    ("City Council Town Hall", "community_civic"), ("Storytime for Toddlers", "family_kids"),
    ("Family Science Day", "family_kids"), ("Wine Tasting: Natural Wines", "food_drink"), ("Food Festival", "food_drink"),
    ("Salsa Social", "nightlife"), ("Techno Night with {act}", "nightlife"), ("Trivia Night", "nightlife"),
    ("Gallery Opening: New Works", "arts_culture"), ("Shakespeare in the Park", "arts_culture"),
    ("Indie Film Screening", "arts_culture"), ("Birdwatching Walk", "outdoors_nature"),
]  # fmt: skip
SOURCES = ("official", "ticketing", "aggregator")


@dataclasses.dataclass(frozen=True)
class Venue:
    city: str
    name: str
    address: str
    latitude: float
    longitude: float


def _venues(rng: random.Random, per_city: int) -> dict[str, list[Venue]]:
    venues: dict[str, list[Venue]] = {}
    # Distinct names, as a city's are: "Copper Sparrow Taproom", never "Lantern Hall" beside "Lantern Hall East".
    names = [f"{a} {b} {k}" for a in VENUE_WORDS for b in VENUE_WORDS if a != b for k in VENUE_KINDS]
    for slug, (name, _zone, lat, lng) in CITIES.items():
        picked = rng.sample(names, min(per_city, len(names)))
        venues[slug] = [
            Venue(slug, f"The {v}" if i % 3 == 0 else v, f"{rng.randrange(10, 2000)} {rng.choice(['Main', 'Oak', 'Market', 'Pine', '5th'])} St, {name}",
                  lat + rng.uniform(-0.05, 0.05), lng + rng.uniform(-0.05, 0.05))
            for i, v in enumerate(picked)
        ]  # fmt: skip
    return venues


def _base_event(rng: random.Random, truth: int, venue: Venue, start: dt.datetime) -> dict[str, Any]:
    city_name, zone, _, _ = CITIES[venue.city]
    template, category = rng.choice(FORMATS)
    title = template.format(act=rng.choice(ACTS), city=city_name)
    price = rng.choice([0, 0, 10, 15, 20, 25, 35, 50])
    return {
        "_truth": truth,
        "_category": category,
        "title": title,
        "description": f"{title} at {venue.name}. Doors open 30 minutes before. {'Free entry.' if price == 0 else f'Tickets ${price}.'}",
        "start": start.isoformat(),
        "end": (start + dt.timedelta(hours=rng.choice([1, 2, 3]))).isoformat(),
        "all_day": False,
        "timezone": zone,
        "venue_name": venue.name,
        "address": venue.address,
        "city": city_name,
        "country": "IN" if venue.city == "bengaluru" else "US",
        "latitude": round(venue.latitude, 5),
        "longitude": round(venue.longitude, 5),
        "url": None,
        "ticket_url": f"https://tickets.example/e/{truth}" if price and rng.random() < 0.5 else None,
        "image_url": None,
        "organizer": None,
        "cost_type": "free" if price == 0 else "paid",
        "price_min": price or None,
        "price_max": price or None,
        "currency": None if price == 0 else ("INR" if venue.city == "bengaluru" else "USD"),
        "status": "scheduled",
        "online": False,
        "rrule": None,
        "source_category": None,
        "tags": [],
    }


def _variant(rng: random.Random, event: dict[str, Any], source: str) -> dict[str, Any]:
    """How another source writes the same event: reordered title, venue spelled differently, rounded time."""
    copy = dict(event)
    title, venue = event["title"], event["venue_name"]
    style = rng.randrange(4)
    if style == 0:
        copy["title"] = f"{title} at {venue.removeprefix('The ')}"
    elif style == 1:
        copy["title"] = title.upper()
    elif style == 2:
        copy["title"] = f"{title} - Tickets"
    copy["venue_name"] = rng.choice([venue, venue.removeprefix("The "), f"{venue}, {event['address'].split(',')[0]}"])
    start = dt.datetime.fromisoformat(event["start"])
    shifted = start + dt.timedelta(minutes=rng.choice([0, 0, 0, 15, 30]))
    copy["start"] = shifted.isoformat()
    copy["end"] = None if source == "aggregator" else event["end"]
    copy["description"] = None if source == "aggregator" else event["description"]
    if rng.random() < 0.3:
        copy["latitude"] = copy["longitude"] = None
    return copy


def _hard_negatives(rng: random.Random, truth: int, venue: Venue, start: dt.datetime) -> list[dict[str, Any]]:
    """Distinct events that look alike: early/late shows, a day pass vs a show, a weekly series."""
    kind = rng.randrange(3)
    base = _base_event(rng, truth, venue, start)
    if kind == 0:
        act = rng.choice(ACTS)
        late = start.replace(hour=22, minute=0)
        return [
            {
                **base,
                "title": f"{act} — Early Show",
                "start": start.replace(hour=19, minute=0).isoformat(),
                "end": None,
                "_truth": truth,
            },
            {**base, "title": f"{act} — Late Show", "start": late.isoformat(), "end": None, "_truth": truth + 1},
        ]
    if kind == 1:
        fest = f"{venue.name.removeprefix('The ')} Fest"
        return [
            {
                **base,
                "title": f"{fest} — Saturday Day Pass",
                "start": start.replace(hour=12).isoformat(),
                "end": None,
                "_truth": truth,
            },
            {
                **base,
                "title": f"{fest}: {rng.choice(ACTS)}",
                "start": start.replace(hour=20).isoformat(),
                "end": None,
                "_truth": truth + 1,
            },
        ]
    return [
        {
            **base,
            "title": "Tuesday Trivia",
            "start": (start + dt.timedelta(days=7 * week)).isoformat(),
            "end": None,
            "_truth": truth + week,
        }
        for week in range(2)
    ]


def _copies(rng: random.Random, duplicate_share: float) -> int:
    """0, 1 or 2 copies; the expectation d/(1-d) makes copies ``duplicate_share`` of all records."""
    expected = duplicate_share / (1 - duplicate_share)
    two = expected / 4  # a quarter of the copies come in pairs (an event on all three sources)
    draw = rng.random()
    return 2 if draw < two else 1 if draw < expected - two else 0


def generate(
    count: int, *, seed: int = 7, duplicate_share: float = 0.3, start: dt.date | None = None
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(source, record) pairs: ``count`` records in all, about ``duplicate_share`` of them copies of others."""
    rng = random.Random(seed)
    # A real city's density: about one listed event per venue every two days over the 90-day span.
    venues = _venues(rng, per_city=max(15, count // 450))
    first_day = start or dt.date.today() + dt.timedelta(days=1)  # noqa: DTZ011 - a bench's own calendar
    produced, truth = 0, 0
    while produced < count:
        city = rng.choice(list(CITIES))
        venue = rng.choice(venues[city])
        zone = zoneinfo.ZoneInfo(CITIES[city][1])
        day = first_day + dt.timedelta(days=rng.randrange(0, 90))
        at = dt.datetime.combine(day, dt.time(rng.choice([10, 12, 18, 19, 20, 21]), rng.choice([0, 30])), tzinfo=zone)
        if rng.random() < 0.04:
            for record in _hard_negatives(rng, truth, venue, at)[: count - produced]:
                yield rng.choice(SOURCES), record
                produced += 1
            truth += 2
            continue
        event = _base_event(rng, truth, venue, at)
        truth += 1
        sources = rng.sample(SOURCES, 3)
        yield sources[0], event
        produced += 1
        for source in sources[1 : 1 + _copies(rng, duplicate_share)]:
            if produced >= count:
                break
            yield source, _variant(rng, event, source)
            produced += 1
