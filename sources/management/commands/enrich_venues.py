"""`manage.py enrich_venues [--city SLUG] [--limit N] [--stale-days 30]`: fill venues in from Google Places.

Looks up venues never enriched, or last looked up more than --stale-days ago, that have coordinates or a
city to check a match against (see sources/enrichment.py). The API key comes from the environment
(GOOGLE_PLACES_API_KEY → settings.SOURCE_CREDENTIALS["google_places"]["api_key"]), never from the command
line. Exits non-zero when requests failed, so a scheduler notices a bad key or an outage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import F, Q, QuerySet
from django.utils import timezone
from tqdm import tqdm

from events.models import City, Venue
from sources.enrichment import PLACES_BASE_URL, PLACES_KEY, venues_enrich
from sources.http import HttpClient

NO_KEY = (
    "No Google Places API key: set GOOGLE_PLACES_API_KEY in the environment "
    "(settings.SOURCE_CREDENTIALS['google_places']['api_key'])."
)
UNKNOWN_CITY = "No city with slug {slug!r}."
BAD_BASE_URL = "--base-url must be an http(s) URL."
SOME_FAILED = "{count} look-ups failed; first: {reason}"
STOPPED = "{reason}; {count} venues not looked up."
# Google's default quota for the Places API (New) is 600 requests per minute.
RATE_LIMIT_PER_MINUTE = 600


class Command(BaseCommand):
    help = "Fill venues' address, coordinates, phone, website and opening hours from Google Places."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--city", metavar="SLUG", help="Only venues of this city.")
        parser.add_argument(
            "--limit", type=int, default=500, help="At most this many look-ups (each is a billed request; 500)."
        )
        parser.add_argument(
            "--stale-days", type=int, default=30, help="Look again at venues enriched longer ago than this (30)."
        )
        parser.add_argument("--no-progress", action="store_true", help="No progress bar (for logs).")
        # For tests and mirrors: a stand-in for places.googleapis.com, possibly on a private address.
        parser.add_argument("--base-url", default=PLACES_BASE_URL, help=argparse.SUPPRESS)
        parser.add_argument("--allow-private", action="store_true", help=argparse.SUPPRESS)

    def handle(self, *args: Any, **options: Any) -> None:
        api_key = settings.SOURCE_CREDENTIALS.get(PLACES_KEY, {}).get("api_key")
        if not api_key:
            raise CommandError(NO_KEY)
        if not str(options["base_url"]).startswith(("http://", "https://")):
            raise CommandError(BAD_BASE_URL)
        venues = list(self._venues(options["city"], options["stale_days"])[: max(options["limit"], 0)])
        bar = tqdm(total=len(venues), unit="venue", disable=options["no_progress"], file=sys.stderr)
        with HttpClient(
            rate_key="google-places",
            allow_private=options["allow_private"],
            rate_limit_per_minute=RATE_LIMIT_PER_MINUTE,
        ) as http:
            result = venues_enrich(
                venues=venues,
                http=http,
                api_key=str(api_key),
                base_url=options["base_url"],
                on_progress=lambda _venue: bar.update(1),
            )
        bar.close()
        for issue in result.unmatched:
            self.stdout.write(f"? {issue.venue} (#{issue.venue_id}): {issue.reason}")
        for issue in result.failed:
            self.stdout.write(self.style.ERROR(f"✗ {issue.venue} (#{issue.venue_id}): {issue.reason}"))
        self.stdout.write(
            self.style.SUCCESS(f"{len(result.enriched)} enriched")
            + f", {len(result.unmatched)} unmatched, {len(result.failed)} failed, {result.skipped} skipped"
        )
        if result.stopped:
            raise CommandError(STOPPED.format(reason=result.stopped, count=result.skipped))
        if result.failed:
            raise CommandError(SOME_FAILED.format(count=len(result.failed), reason=result.failed[0].reason))

    def _venues(self, city_slug: str | None, stale_days: int) -> QuerySet[Venue]:
        stale_before = timezone.now() - dt.timedelta(days=stale_days)
        venues = (
            Venue.objects.select_related("city")
            .filter(Q(enriched_at__isnull=True) | Q(enriched_at__lt=stale_before))
            # Without coordinates or a city nothing could confirm a match: don't pay for the look-up.
            .filter(Q(city__isnull=False) | Q(latitude__isnull=False, longitude__isnull=False))
            .order_by(F("enriched_at").asc(nulls_first=True), "pk")
        )
        if city_slug:
            city = City.objects.filter(slug=city_slug).first()
            if city is None:
                raise CommandError(UNKNOWN_CITY.format(slug=city_slug))
            venues = venues.filter(city=city)
        return venues
