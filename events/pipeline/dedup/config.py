"""Settings and outcomes of de-duplication: the reasons a pair is linked or kept apart, the source and trust
priorities, the thresholds and weights (`DedupConfig`), and what a batch gives back."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, Literal

from events.vocabulary import TRUST_RANK

Band = Literal["same", "merge", "review", "distinct"]
Layer = Literal["identity", "identifier", "score"]

SAME_RECORD = "same source and external_id"
SAME_EVENT = "listings of one published event"
SAME_UID = "same iCalendar UID and occurrence"
SAME_URL = "same event or ticket URL"
NO_START = "no readable start"
OTHER_DAY = "on another day"
TOO_FAR_IN_TIME = "starts too far apart"
OTHER_OCCURRENCE = "another occurrence of the same series"
OWN_OTHER_START = "one source lists the two at two starts: two showings"
DIFFERENT_NUMBERS = "different numbers in the titles"
DIFFERENT_SESSION = "different sessions (early/late, matinee/evening)"
ADMISSION_VS_SHOW = "a pass is not a single show"
TOO_FAR_APART = "too far apart"
WEAK_TITLE = "titles too different"
MOVED = "one listing says it moved: a moderator decides"
ZONE_SLIP = "the same wall-clock time written once as UTC, but titles or place disagree"
ZONE_SLIP_REVIEW = "the same wall-clock time written once as UTC: a moderator decides"
ZONE_SLIP_NIGHT = "the same wall-clock time written once as UTC, which as UTC would start in the small hours"
DIFFERENT_PLACE = "different named places: a moderator decides"
SITE_UNSTATED = "one title adds a site the other listing does not state: a moderator decides"
SITE_KIND = (
    "one title names only the kind of site, the other which one, and no stated place ties them: a moderator decides"
)
OWN_PARTS = "one name, each title going on with a part of its own, at two starts: a moderator decides"
PLACE_AMBIGUOUS = "states no place, and matches listings at different named places: a moderator decides"
CONFLICT = "would join listings that must stay apart"
TRUTH_LENGTH = "{results} results but {truth} truth labels"

EVENT_PREFIX = "event:"
# Candidate pairs that fail on time alone: blocking's near misses, not worth reporting.
BLOCKING_LEFTOVERS = frozenset({NO_START, OTHER_DAY, TOO_FAR_IN_TIME})

# Official venue calendars and pages outrank ticketing APIs, which outrank aggregators (§6.2).
DEFAULT_SOURCE_PRIORITY: Mapping[str, int] = {
    "ics": 30,
    "jsonld": 30,
    "webhook": 30,
    "webpage": 25,
    "ticketmaster": 20,
    "eventbrite": 20,
    "luma": 20,
    "json_api": 15,
    "rss": 15,
    "facebook": 10,
    "yelp": 5,
}
DEFAULT_TRUST_PRIORITY: Mapping[str, int] = TRUST_RANK


@dataclasses.dataclass(frozen=True, slots=True)
class FieldWeights:
    title: float = 0.5
    time: float = 0.2
    venue: float = 0.15
    geo: float = 0.15


@dataclasses.dataclass(frozen=True, slots=True)
class DedupConfig:
    merge_threshold: float = 0.85  # at or above: the same event, linked automatically
    review_threshold: float = 0.65  # at or above (below merge): held for a moderator with the field scores
    min_title_score: float = 0.5  # titles are required evidence: place and time alone never link two records
    weights: FieldWeights = FieldWeights()
    time_window_minutes: float = 180  # start-time score decays from 1 at 0 min to 0 here; farther apart: distinct
    # A feed that writes local wall-clock time with a "Z" puts the start exactly one UTC offset away. Such a pair
    # (two sources, one saying UTC, the other a real offset) scores this for time, and goes to a moderator only
    # when the titles and the place agree at least this well; it is never linked automatically.
    zone_slip_time_score: float = 0.5
    zone_slip_min_title: float = 0.9
    zone_slip_min_place: float = 0.8
    # ...unless the start labelled UTC, read as UTC, would begin in these local hours ([first, last), the small
    # hours when events do not start: a 10:00 committee meeting written "10:00Z" would be at 05:00 in Chicago).
    # Read as UTC it is implausible and read as local it is the other listing's start, so the pair is linked
    # (within the batch; against a published event a moderator still decides). Midnight (a midnight mass, New
    # Year's Eve) and 06:00 (a dawn walk, a race) are real starts, so they stay outside.
    zone_slip_night_hours: tuple[int, int] = (1, 6)
    # A title word this many batch titles share (a share of the batch, and at least the count) says little when
    # two titles share it: "committee", "night", an aggregator's own prefix. Shared, it is left out of the
    # comparison, unless nothing else is left on one side.
    common_word_share: float = 0.04
    common_word_min: int = 5
    geo_same_km: float = 0.15  # geocoders disagree by this much about one building
    geo_window_km: float = 1.5  # geo score reaches 0 here
    max_distance_km: float = 10.0  # farther apart: distinct, whatever the titles say
    grid_degrees: float = 0.05  # blocking cell (about 5 km), so records without a city still meet
    block_words: int = 2  # each record looks for candidates under its rarest title words, this many
    source_priority: Mapping[str, int] = dataclasses.field(default_factory=lambda: dict(DEFAULT_SOURCE_PRIORITY))
    default_source_priority: int = 10
    trust_priority: Mapping[str, int] = dataclasses.field(default_factory=lambda: dict(DEFAULT_TRUST_PRIORITY))
    ical_sources: frozenset[str] = frozenset({"ics"})  # sources whose external_id is "<uid>@<occurrence>"
    city_aliases: Mapping[str, str] = dataclasses.field(default_factory=dict)  # "bangalore" → "bengaluru"
    place_words: frozenset[str] = frozenset()  # area and city names, folded: dropped when both titles have them


DEFAULT_CONFIG = DedupConfig()


@dataclasses.dataclass(frozen=True, slots=True)
class DedupResult:
    """One batch record's verdict. `band` is the record's strongest link; a cluster's canonical record has
    `duplicate_of` None; `candidate` is the other side of that link (or of the best pair compared)."""

    cluster: str
    duplicate_of: str | None
    similarity: float
    band: Band
    layer: Layer
    scores: dict[str, float]
    candidate: str | None = None
    reason: str | None = None

    def fields(self) -> dict[str, Any]:
        """The §4.1 dedup fields (plus the band) to add to the record."""
        return {
            "cluster": self.cluster,
            "duplicate_of": self.duplicate_of,
            "similarity": self.similarity,
            "dedup_band": self.band,
        }


@dataclasses.dataclass(slots=True)
class DedupStats:
    records: int = 0
    existing: int = 0
    pairs_compared: int = 0  # candidate pairs that blocking produced
    pairs_scored: int = 0  # of those, pairs that passed the cheap vetoes and were scored with rapidfuzz
    links: int = 0
    refused: int = 0  # links refused because they would join listings that must stay apart
