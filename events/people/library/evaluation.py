"""Offline evaluation of the recommendation scorer on SYNTHETIC data (generated here; no real person's history).

A seeded world: categories with subcategories, venues that mostly host one category, organizers, tags; events
with a skewed popularity (a few are very popular, most are not); people with latent tastes (two favourite
categories and a few favourite venues). Each person's interactions are drawn from taste × popularity, in order.
Each person's last HOLDOUT share of interactions is hidden; the scorer ranks every other event from the rest
(as saves and RSVPs, with popularity counted from everyone's visible interactions) and so does "most popular"
(the baseline). precision@k = hidden events in the top k / k; recall@k = hidden events in the top k / hidden.

What it shows: that the scorer finds a latent taste that exists in the data better than popularity does. It
says nothing about real people (whose tastes may be broader, or driven by things we do not model).
``bench/recommendations.py`` prints the figures; tests/people/test_recommend_offline.py asserts the margin.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import time
from collections import Counter

from events.people.library.recommend import (
    RSVP,
    SAVED,
    Candidate,
    EventFeatures,
    HistoryItem,
    Taste,
    recommend,
)

NOW = dt.datetime(2030, 1, 1, 12, tzinfo=dt.UTC)  # a fixed clock: the data are made up, so is their date
HOLDOUT = 0.2


@dataclasses.dataclass(frozen=True)
class World:
    events: list[Candidate]
    # Each person's interactions, in the order they happened: (event id, signal).
    interactions: list[list[tuple[int, str]]]


@dataclasses.dataclass(frozen=True)
class Figures:
    people: int
    k: int
    personalised_precision: float
    personalised_recall: float
    popular_precision: float
    popular_recall: float
    seconds_per_person: float


def synthetic_world(
    *,
    seed: int = 12,
    people: int = 300,
    events: int = 600,
    categories: int = 10,
    subcategories: int = 3,
    venues: int = 60,
    organizers: int = 40,
    interactions: tuple[int, int] = (10, 30),
) -> World:
    rng = random.Random(seed)  # noqa: S311 - synthetic data, reproducible by its seed
    category_ids = list(range(1, categories + 1))
    children = {cat: [100 * cat + n for n in range(1, subcategories + 1)] for cat in category_ids}
    venue_category = {venue: rng.choice(category_ids) for venue in range(1, venues + 1)}
    organizer_category = {organizer: rng.choice(category_ids) for organizer in range(1, organizers + 1)}
    tags = {cat: [f"tag{cat}-{n}" for n in range(4)] for cat in category_ids}
    by_category_venues = {cat: [v for v, c in venue_category.items() if c == cat] for cat in category_ids}
    by_category_organizers = {cat: [o for o, c in organizer_category.items() if c == cat] for cat in category_ids}

    made: list[Candidate] = []
    appeal: dict[int, float] = {}
    for event_id in range(1, events + 1):
        cat = rng.choice(category_ids)
        # Mostly at a venue (and by an organizer) of its own category, sometimes anywhere.
        home_venues = (
            by_category_venues[cat] if rng.random() < 0.8 and by_category_venues[cat] else list(venue_category)
        )
        home_organizers = (
            by_category_organizers[cat]
            if rng.random() < 0.7 and by_category_organizers[cat]
            else list(organizer_category)
        )
        features = EventFeatures(
            id=event_id,
            title=f"Synthetic event {event_id}",
            category_id=cat,
            subcategory_id=rng.choice(children[cat]),
            venue_id=rng.choice(home_venues),
            organizer_id=rng.choice(home_organizers) if rng.random() < 0.7 else None,
            tags=frozenset(rng.sample(tags[cat], 2)),
        )
        appeal[event_id] = min(rng.paretovariate(1.3), 50.0)  # popularity skew: a long tail
        made.append(
            Candidate(
                event=features,
                start=NOW + dt.timedelta(hours=rng.uniform(2, 60 * 24)),
                published_at=NOW - dt.timedelta(days=rng.uniform(0, 30)),
                city_name="Synthetic City",
            )
        )

    histories: list[list[tuple[int, str]]] = []
    for _ in range(people):
        favourite = rng.sample(category_ids, 2)
        taste = {cat: 0.04 for cat in category_ids}
        taste[favourite[0]], taste[favourite[1]] = 1.0, 0.5
        liked_venues = set(rng.sample(by_category_venues[favourite[0]] or list(venue_category), 1))
        liked_venues |= set(rng.sample(list(venue_category), 2))
        weights = [
            taste[c.event.category_id or 0] * (3.0 if c.event.venue_id in liked_venues else 1.0) * appeal[c.event.id]
            for c in made
        ]
        count = rng.randint(*interactions)
        chosen: list[int] = []
        ids = [c.event.id for c in made]
        while len(chosen) < count:
            pick = rng.choices(ids, weights=weights)[0]
            if pick not in chosen:
                chosen.append(pick)
        histories.append([(event_id, RSVP if rng.random() < 0.3 else SAVED) for event_id in chosen])
    return World(events=made, interactions=histories)


def split(history: list[tuple[int, str]], holdout: float = HOLDOUT) -> tuple[list[tuple[int, str]], set[int]]:
    """The visible part (all but the last ``holdout`` share, at least one hidden) and the hidden event ids."""
    hidden = max(1, round(len(history) * holdout))
    return history[:-hidden], {event_id for event_id, _signal in history[-hidden:]}


def evaluate(world: World, *, k: int = 10, holdout: float = HOLDOUT) -> Figures:
    visible = [split(history, holdout) for history in world.interactions]
    # Popularity as the site would see it: everyone's visible saves and RSVPs.
    counts: Counter[int] = Counter()
    rsvps: Counter[int] = Counter()
    for seen, _hidden in visible:
        for event_id, signal in seen:
            (rsvps if signal == RSVP else counts)[event_id] += 1
    by_id = {c.event.id: c for c in world.events}
    candidates = [dataclasses.replace(c, saves=counts[c.event.id], rsvps=rsvps[c.event.id]) for c in world.events]
    popular = sorted(by_id, key=lambda event_id: (-(counts[event_id] + rsvps[event_id]), event_id))

    hits_p = hits_b = 0
    recall_p = recall_b = 0.0
    spent = 0.0
    for seen, hidden in visible:
        taste = Taste(
            history=[
                HistoryItem(event=by_id[event_id].event, signal=signal, at=NOW - dt.timedelta(minutes=len(seen) - n))
                for n, (event_id, signal) in enumerate(seen)
            ]
        )
        started = time.perf_counter()
        ranked = [r.event_id for r in recommend(taste=taste, candidates=candidates, now=NOW, limit=k)]
        spent += time.perf_counter() - started
        seen_ids = {event_id for event_id, _signal in seen}
        baseline = [event_id for event_id in popular if event_id not in seen_ids][:k]
        found_p, found_b = len(hidden & set(ranked)), len(hidden & set(baseline))
        hits_p, hits_b = hits_p + found_p, hits_b + found_b
        recall_p += found_p / len(hidden)
        recall_b += found_b / len(hidden)
    people = len(visible)
    return Figures(
        people=people,
        k=k,
        personalised_precision=hits_p / (people * k),
        personalised_recall=recall_p / people,
        popular_precision=hits_b / (people * k),
        popular_recall=recall_b / people,
        seconds_per_person=spent / people,
    )
