"""The HTTP bench's data: N published, upcoming events over ten cities, written straight into the tables.

Not the pipeline (bench/pipeline.py measures that): rows are built here and bulk-inserted, so 50,000 events
take well under a minute. Each city gets areas, venues (most in an area), organizers, three sources and a
listing per event (some events a second one); events get categories and subcategories from the taxonomy,
prices in the city's currency, tags, a few cancelled or postponed, and descriptions written from a word
pool, so a text search matches some events and not others, as on a real site.

A row in ``bench_http_marker`` records what was seeded (count, seed, when); ``seed()`` reuses the database
when the marker matches and is fresh (the events are relative to the day they were seeded), unless asked to
reseed. Needs Django set up against the bench database (bench/http.py does that).
"""

from __future__ import annotations

import datetime as dt
import random
import time
import zoneinfo
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from bench import synthetic

MARKER_TABLE = "bench_http_marker"
MARKER_VERSION = 1  # bump when what seed() writes changes, so old databases are reseeded
FRESH_FOR = dt.timedelta(days=2)  # events start 1 hour to 90 days after seeding; after two days most still do
SPAN_DAYS = 90
BATCH = 2_000

AREAS = ["Downtown", "Riverside", "Old Town", "Arts District", "University Heights", "Harbor Point", "Midtown"]
GENRES = {
    "music": ["jazz", "blues", "soul", "indie rock", "folk", "chamber music", "afrobeat", "bluegrass"],
    "nightlife": ["house", "techno", "salsa", "disco", "karaoke", "trivia"],
    "comedy": ["stand-up", "improv", "sketch comedy", "storytelling"],
    "markets_fairs": ["vintage clothing", "handmade ceramics", "local produce", "vinyl records", "street food"],
    "tech_business": ["Python", "machine learning", "open data", "product design", "startup funding"],
    "education": ["pottery", "watercolour", "local history", "astronomy", "creative writing"],
    "health_wellness": ["yoga", "meditation", "breathwork", "pilates"],
    "sports_fitness": ["trail running", "cycling", "climbing", "pickleball"],
    "community_civic": ["neighbourhood planning", "park cleanup", "library funding", "bike lanes"],
    "family_kids": ["storytime", "science experiments", "puppet theatre", "LEGO building"],
    "food_drink": ["natural wine", "craft beer", "vegan cooking", "dumplings", "barbecue"],
    "arts_culture": ["contemporary painting", "Shakespeare", "documentary film", "photography", "modern dance"],
    "outdoors_nature": ["birdwatching", "wildflowers", "tide pools", "stargazing"],
}
OPENERS = [
    "{title} comes to {venue} in {area} for an evening of {genre}.",
    "Join us at {venue} ({area}) for {genre}: {title}.",
    "{title}: an afternoon of {genre} for newcomers and regulars alike.",
    "Back by popular demand, {title} fills {venue} with {genre}.",
]
MIDDLES = [
    "Doors open thirty minutes before the start; arrive early for the best seats.",
    "Expect {genre}, friendly people and a relaxed atmosphere.",
    "Local food trucks park outside from six, and the bar serves non-alcoholic options.",
    "Bring a friend; the session is suitable for complete beginners.",
    "The space is step-free with an accessible restroom; ask staff for seating near the front.",
    "Previous editions sold out, so booking ahead is a good idea.",
    "Hosted by {organizer}, who has run events in {city} for years.",
    "Part of a monthly series celebrating {genre} in {city}.",
]
CLOSERS = [
    "Free entry; donations welcome.",
    "Tickets at the door or online.",
    "All ages welcome; under-16s with an adult.",
    "21+ with ID.",
    "Rain or shine.",
    "Runs about two hours with an interval.",
]
TAGS = ["live-music", "outdoor", "family-friendly", "21+", "wheelchair-accessible", "beginner-friendly", "free",
        "date-night", "weekly", "dog-friendly", "vegan-options", "workshop", "all-ages", "late-night"]  # fmt: skip
ORGANIZER_WORDS = ["Collective", "Society", "Project", "Club", "Presents", "Live", "Friends", "Guild"]


@dataclass
class Place:
    """A city's seeded places: the City row, its areas and venues."""

    city: Any
    zone: zoneinfo.ZoneInfo
    areas: list[Any] = field(default_factory=list)
    venues: list[Any] = field(default_factory=list)


def _ensure_marker_table() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {MARKER_TABLE} "
            "(id integer PRIMARY KEY, events integer NOT NULL, seed integer NOT NULL, version integer NOT NULL, "
            "seeded_at timestamptz NOT NULL)"
        )


def marker() -> dict[str, Any] | None:
    _ensure_marker_table()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT events, seed, version, seeded_at FROM {MARKER_TABLE} WHERE id = 1")  # noqa: S608
        row = cursor.fetchone()
    return dict(zip(("events", "seed", "version", "seeded_at"), row, strict=True)) if row else None


def _write_marker(count: int, seed: int, now: dt.datetime) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {MARKER_TABLE}")  # noqa: S608
        cursor.execute(
            f"INSERT INTO {MARKER_TABLE} (id, events, seed, version, seeded_at) VALUES (1, %s, %s, %s, %s)",  # noqa: S608
            [count, seed, MARKER_VERSION, now],
        )


def reusable(count: int, seed: int, now: dt.datetime) -> tuple[bool, str]:
    """Whether the database already holds this seed's events (and why not, when it does not)."""
    from events.models import Event

    found = marker()
    if found is None:
        return False, "no marker: not seeded yet"
    if (found["events"], found["seed"], found["version"]) != (count, seed, MARKER_VERSION):
        return False, f"marker says {found['events']} events (seed {found['seed']}, v{found['version']})"
    if now - found["seeded_at"] > FRESH_FOR:
        return False, f"seeded {found['seeded_at']:%Y-%m-%d %H:%M}, more than {FRESH_FOR.days} days ago"
    present = Event.objects.filter(moderation_status=Event.ModerationStatus.PUBLISHED).count()
    if present != count:
        return False, f"marker matches but {present} published events are present"
    return True, f"reused: seeded {found['seeded_at']:%Y-%m-%d %H:%M} UTC"


def _wipe() -> None:
    """Empty the event tables (the taxonomy and the cities fixture stay or come back); never in a database
    whose events this bench did not write."""
    from events.models import Event

    if marker() is None and Event.objects.exists():
        raise SystemExit(
            f"bench failed: {connection.settings_dict['NAME']} holds events the HTTP bench did not seed; "
            "it empties the event tables, so point it at a bench database (--database whatson_bench)"
        )
    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE events_eventlisting, events_stagedevent, events_event, events_venue, events_organizer, "
            "events_area RESTART IDENTITY CASCADE"
        )


def _places(rng: random.Random) -> dict[str, Place]:
    from events.models import Area, City, Venue

    call_command("loaddata", "cities", verbosity=0)
    places: dict[str, Place] = {}
    words = [f"{a} {b}" for a in synthetic.VENUE_WORDS for b in synthetic.VENUE_WORDS if a != b]
    for slug, (_name, zone, _lat, _lng) in synthetic.CITIES.items():
        city = City.objects.get(slug=slug)
        place = Place(city=city, zone=zoneinfo.ZoneInfo(zone))
        existing = {area.slug for area in city.areas.all()}
        for index, name in enumerate(AREAS):
            if slugify(name) in existing:
                continue
            place.areas.append(
                Area(city=city, name=name, slug=slugify(name), radius_km=2,
                     latitude=city.latitude + 0.02 * (index - 3), longitude=city.longitude + 0.015 * (3 - index))
            )  # fmt: skip
        Area.objects.bulk_create(place.areas)
        place.areas = list(city.areas.all())
        names = rng.sample(words, 120)
        venues = []
        for index, stem in enumerate(names):
            kind = rng.choice(synthetic.VENUE_KINDS)
            area = rng.choice(place.areas) if index % 5 else None  # a fifth of venues sit in no area
            lat = (area.latitude if area else city.latitude) + rng.uniform(-0.01, 0.01)
            lng = (area.longitude if area else city.longitude) + rng.uniform(-0.01, 0.01)
            street = f"{rng.randrange(1, 2400)} {rng.choice(['Main', 'Oak', 'Market', 'Pine', 'Elm', 'Lake'])} St"
            venues.append(
                Venue(name=f"{stem} {kind}", slug=slugify(f"{stem} {kind}"), city=city, area=area,
                      address=f"{street}, {city.name}", latitude=lat, longitude=lng)
            )  # fmt: skip
        place.venues = Venue.objects.bulk_create(venues)
        places[slug] = place
    return places


def _organizers(rng: random.Random) -> list[Any]:
    from events.models import Organizer

    names = {f"{rng.choice(synthetic.VENUE_WORDS)} {rng.choice(ORGANIZER_WORDS)}" for _ in range(400)}
    return Organizer.objects.bulk_create(
        Organizer(name=name, slug=slugify(name), url=f"https://{slugify(name)}.example") for name in sorted(names)
    )


def _sources() -> list[Any]:
    from sources.models import Source, SourceKind

    specs = [("bench-official", "Venue calendars", "ics", SourceKind.CALENDAR, Source.Trust.OFFICIAL),
             ("bench-ticketing", "Ticketing API", "ticketmaster", SourceKind.API, Source.Trust.TRUSTED),
             ("bench-aggregator", "City aggregator", "json_api", SourceKind.API, Source.Trust.STANDARD)]  # fmt: skip
    return [
        Source.objects.update_or_create(
            slug=slug, defaults={"name": name, "adapter": adapter, "kind": kind, "trust_level": trust}
        )[0]
        for slug, name, adapter, kind, trust in specs
    ]


def _description(rng: random.Random, values: dict[str, str]) -> str:
    sentences = [rng.choice(OPENERS), *rng.sample(MIDDLES, rng.randrange(1, 4)), rng.choice(CLOSERS)]
    return " ".join(sentence.format(**values) for sentence in sentences)


def _price(rng: random.Random, city_slug: str) -> dict[str, Any]:
    roll = rng.random()
    if roll < 0.3:
        return {"cost_type": "free", "price_min": None, "price_max": None, "currency": ""}
    if roll < 0.35:
        return {"cost_type": "donation", "price_min": None, "price_max": None, "currency": ""}
    scale, currency = (100, "INR") if city_slug == "bengaluru" else (1, "USD")
    low = rng.choice([5, 10, 12, 15, 20, 25, 30, 45, 60]) * scale
    high = low if rng.random() < 0.6 else low + rng.choice([5, 10, 20, 40]) * scale
    return {"cost_type": "paid", "price_min": Decimal(low), "price_max": Decimal(high), "currency": currency}


class _Builder:
    """Builds unsaved Event rows, one at a time, from the seeded places."""

    def __init__(self, rng: random.Random, now: dt.datetime, places: dict[str, Place], organizers: list[Any]) -> None:
        from events.models import Category

        self.rng, self.now, self.places, self.organizers = rng, now, places, organizers
        top = {category.slug: category for category in Category.objects.filter(parent__isnull=True)}
        self.children: dict[str, list[Any]] = {slug: [] for slug in top}
        for child in Category.objects.filter(parent__isnull=False).select_related("parent"):
            self.children[child.parent.slug].append(child)
        self.top = top
        self.city_slugs = list(places)

    def event(self, index: int) -> Any:
        from events.models import Event

        rng = self.rng
        slug = self.city_slugs[index % len(self.city_slugs)]
        place = self.places[slug]
        template, category_slug = rng.choice(synthetic.FORMATS)
        title = template.format(act=rng.choice(synthetic.ACTS), city=place.city.name)
        venue = rng.choice(place.venues)
        organizer = rng.choice(self.organizers) if rng.random() < 0.7 else None
        genre = rng.choice(GENRES[category_slug])
        area_name = venue.area.name if venue.area_id else place.city.name
        values = {"title": title, "venue": venue.name, "area": area_name, "genre": genre, "city": place.city.name,
                  "organizer": organizer.name if organizer else "a local volunteer crew"}  # fmt: skip
        day = (self.now + dt.timedelta(days=rng.randrange(0, SPAN_DAYS))).astimezone(place.zone).date()
        all_day = rng.random() < 0.03
        hour = 0 if all_day else rng.choice([9, 10, 12, 14, 18, 19, 19, 20, 20, 21, 22])
        start = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 0, 30])), tzinfo=place.zone)
        if start < self.now + dt.timedelta(hours=1):
            start += dt.timedelta(days=1)
        end = start + (dt.timedelta(days=1) if all_day else dt.timedelta(hours=rng.choice([1, 2, 2, 3, 4])))
        children = self.children[category_slug]
        status = rng.choices(["scheduled", "cancelled", "postponed"], weights=[95, 3, 2])[0]
        return Event(
            title=title, slug=slugify(title)[:300] or "event", description=_description(rng, values),
            start=start.astimezone(dt.UTC), end=None if rng.random() < 0.15 else end.astimezone(dt.UTC),
            all_day=all_day, timezone=place.zone.key, city=place.city, venue=venue, venue_name=venue.name,
            address=venue.address, latitude=venue.latitude, longitude=venue.longitude, organizer=organizer,
            url=f"https://events.example/{slug}/{index}", ticket_url=f"https://tickets.example/e/{index}" if rng.random() < 0.4 else "",
            status=status, sold_out=rng.random() < 0.02, online=rng.random() < 0.04,
            category=self.top[category_slug], subcategory=rng.choice(children) if children and rng.random() < 0.8 else None,
            category_confidence=round(rng.uniform(0.6, 1.0), 2), category_method="rules",
            tags=rng.sample(TAGS, rng.randrange(0, 4)), moderation_status=Event.ModerationStatus.PUBLISHED,
            quality_score=round(rng.uniform(0.6, 1.0), 2), view_count=rng.randrange(0, 500),
            share_count=rng.randrange(0, 40), rsvp_count=rng.randrange(0, 80),
            published_at=self.now - dt.timedelta(minutes=rng.randrange(10, 60 * 24 * 30)),
            **_price(rng, slug),
        )  # fmt: skip


def _insert_events(builder: _Builder, count: int, sources: list[Any], rng: random.Random) -> None:
    from events.models import Event, EventListing

    for offset in range(0, count, BATCH):
        events = Event.objects.bulk_create(builder.event(index) for index in range(offset, min(count, offset + BATCH)))
        listings = []
        for event in events:
            first, *others = rng.sample(sources, 3)
            listings.append(EventListing(event=event, source=first, external_id=f"e{event.pk}", is_primary=True,
                                         url=event.url, similarity=1.0))  # fmt: skip
            if rng.random() < 0.25:
                listings.append(EventListing(event=event, source=others[0], external_id=f"e{event.pk}-copy",
                                             url=f"{event.url}?via={others[0].slug}", similarity=round(rng.uniform(0.86, 0.99), 2)))  # fmt: skip
        EventListing.objects.bulk_create(listings)


def seed(count: int, *, seed: int = 11, reseed: bool = False) -> str:
    """Make the database hold ``count`` upcoming published events; returns what was done (for the output)."""
    now = timezone.now()
    if not reseed:
        ok, why = reusable(count, seed, now)
        if ok:
            return why
        print(f"  seeding: {why}", flush=True)
    started = time.perf_counter()
    rng = random.Random(seed)
    with transaction.atomic():
        _wipe()
        places = _places(rng)
        builder = _Builder(rng, now, places, _organizers(rng))
        _insert_events(builder, count, _sources(), rng)
        _write_marker(count, seed, now)
    with connection.cursor() as cursor:  # fresh statistics, as a long-running database would have
        cursor.execute("VACUUM ANALYZE events_event")
        cursor.execute("VACUUM ANALYZE events_eventlisting")
        cursor.execute("ANALYZE")
    return f"seeded {count:,} events in {time.perf_counter() - started:.1f} s"
