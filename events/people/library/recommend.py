"""The recommendation scorer: plain data in, ranked event ids with a reason each out. No database, no clock.

A person's taste is what they did (saved events, RSVPs) plus, weighed less, what they said (follows, profile
interests). Each is turned into weighted features: the event's category and subcategory (one space, so following
"Jazz & blues" matches an event filed under it at either level), venue, organizer and tags. A candidate's
content score is the sum of the taste's weights on its features, scaled to 0–1 by the best candidate's; it is
blended with popularity (trending score and lifetime views, saves, RSVPs and shares, log-scaled; also multiplied
with the content score, so popular events come first among those that match) and recency
(sooner events and newly published ones up). Already saved or RSVP'd events and past ones never come back.

The reason names what weighed most: the most alike saved or RSVP'd event, else the followed venue, organizer
or category, else the interest; a candidate no taste reaches is there for its popularity ("Popular in <city>").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence

# Points a shared feature is worth: the same venue or subcategory says more than the same broad category or one
# shared tag (as events.ranking's similar events).
FEATURE_WEIGHTS: Mapping[str, float] = {"subcategory": 3.0, "venue": 3.0, "organizer": 2.5, "category": 2.0, "tag": 1.0}
# What each signal is worth: an RSVP is a stronger statement than a save; follows and interests (what people
# say rather than do) less than either.
SAVED = "saved"
RSVP = "rsvp"
SIGNAL_WEIGHTS: Mapping[str, float] = {SAVED: 1.0, RSVP: 1.3}
FOLLOW_WEIGHT = 0.6
INTEREST_WEIGHT = 0.35
# The blend, each part scaled to 0–1: content + popularity + content × popularity + recency. Taste alone (0.5)
# outweighs popularity alone (0.3) whatever the recency, so a perfect match nobody has looked at yet still beats the
# city's most popular event the person shows no taste for; the product term ranks the popular ones first among
# what matches the taste. On the synthetic evaluation (evaluation.py) this finds as much as an equal
# content/popularity blend (which let popular events with no match crowd out taste) and a sixth more than a
# content-heavy one without the product term.
CONTENT_SHARE = 0.5
POPULARITY_SHARE = 0.3
TOGETHER_SHARE = 0.8
RECENCY_SHARE = 0.1
# Popularity: how much one of each counts before the log (a save or an RSVP says more than a view).
POPULARITY_WEIGHTS: Mapping[str, float] = {"views": 1.0, "saves": 8.0, "rsvps": 10.0, "shares": 5.0, "trending": 4.0}
# Recency: an event this many days away has half the "soon" of one today; a listing published this many days
# ago half the "new" of one published now.
SOON_HALF_DAYS = 14.0
NEW_HALF_DAYS = 7.0
SOON_SHARE = 0.75
# An event without an end is over this long after it started (as events.selectors.OPEN_ENDED_GRACE).
OPEN_ENDED = dt.timedelta(hours=3)
TITLE_CHARS = 80

BECAUSE_SAVED = "Because you saved {title}"
BECAUSE_RSVP = "Because you RSVP'd to {title}"
BECAUSE_FOLLOW = "Because you follow {name}"
BECAUSE_INTEREST = "Because you're interested in {name}"
POPULAR_IN = "Popular in {city}"
POPULAR = "Popular right now"


@dataclasses.dataclass(frozen=True, slots=True)
class EventFeatures:
    """What the scorer compares events by."""

    id: int
    title: str = ""
    category_id: int | None = None
    subcategory_id: int | None = None
    venue_id: int | None = None
    organizer_id: int | None = None
    tags: frozenset[str] = frozenset()

    def features(self) -> dict[tuple[str, object], float]:
        """Feature → points. Categories and subcategories share one key space ("cat")."""
        found: dict[tuple[str, object], float] = {}
        if self.category_id is not None:
            found[("cat", self.category_id)] = FEATURE_WEIGHTS["category"]
        if self.subcategory_id is not None:
            key = ("cat", self.subcategory_id)
            found[key] = max(found.get(key, 0.0), FEATURE_WEIGHTS["subcategory"])
        if self.venue_id is not None:
            found[("venue", self.venue_id)] = FEATURE_WEIGHTS["venue"]
        if self.organizer_id is not None:
            found[("org", self.organizer_id)] = FEATURE_WEIGHTS["organizer"]
        for tag in self.tags:
            found[("tag", tag)] = FEATURE_WEIGHTS["tag"]
        return found


def clean_tags(tags: Iterable[object] | None) -> frozenset[str]:
    """Tags as compared: lower-cased, trimmed, empty ones dropped."""
    return frozenset(str(tag).strip().lower() for tag in tags or () if str(tag).strip())


@dataclasses.dataclass(frozen=True, slots=True)
class Candidate:
    """An upcoming public event that could be recommended, with what popularity and recency read."""

    event: EventFeatures
    start: dt.datetime
    end: dt.datetime | None = None
    published_at: dt.datetime | None = None
    city_name: str = ""
    views: int = 0
    saves: int = 0
    rsvps: int = 0
    shares: int = 0
    trending: float = 0.0


@dataclasses.dataclass(frozen=True, slots=True)
class HistoryItem:
    """An event the person saved or RSVP'd to (``signal``: SAVED or RSVP); ``at``: when, to break ties."""

    event: EventFeatures
    signal: str = SAVED
    at: dt.datetime | None = None


@dataclasses.dataclass(frozen=True)
class Taste:
    history: Sequence[HistoryItem] = ()
    followed_venues: Mapping[int, str] = dataclasses.field(default_factory=dict)  # id → name
    followed_organizers: Mapping[int, str] = dataclasses.field(default_factory=dict)
    followed_categories: Mapping[int, str] = dataclasses.field(default_factory=dict)
    interests: Mapping[int, str] = dataclasses.field(default_factory=dict)  # category id → name

    @property
    def is_empty(self) -> bool:
        """Cold start: nothing done and nothing said."""
        return not (
            self.history
            or self.followed_venues
            or self.followed_organizers
            or self.followed_categories
            or self.interests
        )


@dataclasses.dataclass(frozen=True, slots=True)
class Recommendation:
    event_id: int
    score: float
    reason: str


# --- the taste as weighted features ----------------------------------------------------------------------------


@dataclasses.dataclass
class _Profile:
    history: dict[tuple[str, object], float]
    follows: dict[tuple[str, object], float]
    interests: dict[tuple[str, object], float]


def _profile(taste: Taste) -> _Profile:
    history: dict[tuple[str, object], float] = {}
    total = 0.0
    for item in taste.history:
        weight = SIGNAL_WEIGHTS.get(item.signal, 1.0)
        total += weight
        for feature, points in item.event.features().items():
            history[feature] = history.get(feature, 0.0) + weight * points
    if total:
        # An average over the history: a long history is not worth more than a short one against follows.
        history = {feature: value / total for feature, value in history.items()}
    follows: dict[tuple[str, object], float] = {}
    for venue_id in taste.followed_venues:
        follows[("venue", venue_id)] = FOLLOW_WEIGHT * FEATURE_WEIGHTS["venue"]
    for organizer_id in taste.followed_organizers:
        follows[("org", organizer_id)] = FOLLOW_WEIGHT * FEATURE_WEIGHTS["organizer"]
    for category_id in taste.followed_categories:
        follows[("cat", category_id)] = FOLLOW_WEIGHT * FEATURE_WEIGHTS["subcategory"]
    interests: dict[tuple[str, object], float] = {
        ("cat", category_id): INTEREST_WEIGHT * FEATURE_WEIGHTS["category"] for category_id in taste.interests
    }
    return _Profile(history, follows, interests)


def _dot(profile: Mapping[tuple[str, object], float], features: Iterable[tuple[str, object]]) -> float:
    return sum(profile.get(feature, 0.0) for feature in features)


# --- popularity and recency ------------------------------------------------------------------------------------


def popularity(candidate: Candidate) -> float:
    """Log-scaled: the hundredth save matters less than the first."""
    weighted = (
        POPULARITY_WEIGHTS["views"] * candidate.views
        + POPULARITY_WEIGHTS["saves"] * candidate.saves
        + POPULARITY_WEIGHTS["rsvps"] * candidate.rsvps
        + POPULARITY_WEIGHTS["shares"] * candidate.shares
        + POPULARITY_WEIGHTS["trending"] * max(candidate.trending, 0.0)
    )
    return math.log1p(max(weighted, 0.0))


def recency(candidate: Candidate, now: dt.datetime) -> float:
    """0–1: soon (half at SOON_HALF_DAYS away) and new (half at NEW_HALF_DAYS since published)."""
    days_away = max((candidate.start - now).total_seconds(), 0.0) / 86400
    soon = 0.5 ** (days_away / SOON_HALF_DAYS)
    new = 0.0
    if candidate.published_at is not None:
        days_old = max((now - candidate.published_at).total_seconds(), 0.0) / 86400
        new = 0.5 ** (days_old / NEW_HALF_DAYS)
    return SOON_SHARE * soon + (1 - SOON_SHARE) * new


def is_over(candidate: Candidate, now: dt.datetime) -> bool:
    return (candidate.end or candidate.start + OPEN_ENDED) <= now


# --- ranking -----------------------------------------------------------------------------------------------------


def recommend(
    *, taste: Taste, candidates: Iterable[Candidate], now: dt.datetime, limit: int = 10
) -> list[Recommendation]:
    """The ``limit`` best candidates for ``taste``, best first, each with its reason.

    Never an event in the taste's history, nor one that is over at ``now``; equal scores go to the sooner event.
    """
    if limit <= 0:
        return []
    profile = _profile(taste)
    seen = {item.event.id for item in taste.history}
    pool = [c for c in candidates if c.event.id not in seen and not is_over(c, now)]
    if not pool:
        return []
    scored = []
    for candidate in pool:
        features = candidate.event.features()
        parts = (_dot(profile.history, features), _dot(profile.follows, features), _dot(profile.interests, features))
        scored.append((candidate, parts, popularity(candidate), recency(candidate, now)))
    top_content = max(sum(parts) for _c, parts, _p, _r in scored) or 1.0
    top_popularity = max(pop for _c, _parts, pop, _r in scored) or 1.0
    ranked = []
    for candidate, parts, pop, fresh in scored:
        content, popular = sum(parts) / top_content, pop / top_popularity
        score = (
            CONTENT_SHARE * content
            + POPULARITY_SHARE * popular
            + TOGETHER_SHARE * content * popular
            + RECENCY_SHARE * fresh
        )
        ranked.append((score, candidate, parts))
    ranked.sort(key=lambda item: (-item[0], item[1].start, item[1].event.id))
    return [
        Recommendation(event_id=candidate.event.id, score=round(score, 6), reason=reason(taste, candidate, parts))
        for score, candidate, parts in ranked[:limit]
    ]


def reason(taste: Taste, candidate: Candidate, parts: tuple[float, float, float]) -> str:
    """Why ``candidate`` is recommended: the part of the taste that weighed most on it."""
    from_history, from_follows, from_interests = parts
    features = candidate.event.features()
    if from_history > 0 and from_history >= max(from_follows, from_interests):
        best = _most_alike(taste.history, features)
        if best is not None:
            template = BECAUSE_RSVP if best.signal == RSVP else BECAUSE_SAVED
            return template.format(title=short(best.event.title))
    if from_follows > 0 and from_follows >= from_interests:
        name = _followed_name(taste, features)
        if name:
            return BECAUSE_FOLLOW.format(name=short(name))
    if from_interests > 0:
        names = [name for category_id, name in taste.interests.items() if ("cat", category_id) in features]
        if names:
            return BECAUSE_INTEREST.format(name=short(names[0]))
    return POPULAR_IN.format(city=candidate.city_name) if candidate.city_name else POPULAR


def _most_alike(history: Sequence[HistoryItem], features: Mapping[tuple[str, object], float]) -> HistoryItem | None:
    """The history item sharing the most points with ``features``; ties: the strongest signal, then the newest."""
    best: tuple[float, float, float] | None = None
    found: HistoryItem | None = None
    for item in history:
        shared = sum(points for feature, points in item.event.features().items() if feature in features)
        if shared <= 0:
            continue
        key = (shared, SIGNAL_WEIGHTS.get(item.signal, 1.0), item.at.timestamp() if item.at else 0.0)
        if best is None or key > best:
            best, found = key, item
    return found


def _followed_name(taste: Taste, features: Mapping[tuple[str, object], float]) -> str:
    """The followed venue, organizer or category the candidate has, the one worth most points first."""
    options = [
        (FEATURE_WEIGHTS["venue"], taste.followed_venues, "venue"),
        (FEATURE_WEIGHTS["organizer"], taste.followed_organizers, "org"),
        (FEATURE_WEIGHTS["subcategory"], taste.followed_categories, "cat"),
    ]
    for _points, followed, space in sorted(options, key=lambda option: -option[0]):
        for target_id, name in followed.items():
            if (space, target_id) in features:
                return name
    return ""


def short(text: str) -> str:
    """A title or name fit for a one-line reason."""
    text = " ".join(str(text).split())
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1].rstrip() + "…"
