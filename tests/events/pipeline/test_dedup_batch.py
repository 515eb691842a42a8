"""De-duplication of a batch as a whole: published events, the canonical record and its fields, blocking, and
the pair metrics the evaluation reports. Pair scoring and the hard negatives are in test_dedup.py."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from events.pipeline.dedup import (
    DedupConfig,
    DedupResult,
    DedupStats,
    Metrics,
    dedupe_batch,
    merge_fields,
    pair_metrics,
    rank_records,
)
from tests.events.pipeline.test_dedup import SEED_AGGREGATOR, SEED_VENUE, at, event, seed_pair

# --- existing events --------------------------------------------------------------------------------------------


def test_a_new_listing_links_to_a_published_event():
    published = {
        **event("old", "Indiranagar Food Festival", at("18:30"), source="ics", **SEED_AGGREGATOR),
        "event_id": 7,
    }
    new = event("fest-1", "Food Festival at Indiranagar", at("18:00"), **SEED_VENUE)
    result = dedupe_batch([new], existing=[published])[0]
    assert (result.duplicate_of, result.cluster, result.band) == ("event:7", "event:7", "merge")
    # Compared with a published event, the listing scores exactly as it would against the same record in its batch.
    assert result.similarity == dedupe_batch(seed_pair())[0].similarity


def test_one_listing_never_joins_two_published_events():
    one = {**event("x", "Velvet Hours", at("20:00"), source="ics"), "event_id": 1}
    two = {**event("y", "Velvet Hours", at("20:00"), source="eventbrite"), "event_id": 2}
    result = dedupe_batch([event("z", "Velvet Hours", at("20:00"))], existing=[one, two])[0]
    assert result.duplicate_of == "event:1"


def test_published_events_are_not_compared_with_each_other():
    one = {**event("x", "Velvet Hours", at("20:00"), source="ics"), "event_id": 1}
    two = {**event("y", "Velvet Hours", at("20:00"), source="eventbrite"), "event_id": 2}
    stats = DedupStats()
    result = dedupe_batch([event("z", "Velvet Hours", at("09:00"))], existing=[one, two], stats=stats)[0]
    assert (result.duplicate_of, stats.pairs_compared, stats.existing) == (None, 2, 2)


# --- canonical choice and fields --------------------------------------------------------------------------------


def test_canonical_prefers_the_primary_source_then_trust_then_completeness():
    aggregator = event(
        "agg", "Velvet Hours", at("20:00"), source="yelp", description="Long text", image_url="https://i.example/1.jpg"
    )
    venue = event("cal", "Velvet Hours", at("20:00"), source="ics")
    ticketing = event("tm", "Velvet Hours", at("20:00"), source="ticketmaster")
    results = dedupe_batch([aggregator, ticketing, venue])
    assert [r.duplicate_of for r in results] == ["cal", "cal", None]
    official = {**aggregator, "trust_level": "official"}
    assert [r.duplicate_of for r in dedupe_batch([official, ticketing, venue])] == [None, "agg", "agg"]
    richer = {**ticketing, "external_id": "tm-2", "description": "More"}
    assert rank_records([ticketing, richer]) == [1, 0]
    earlier = {**ticketing, "external_id": "tm-3", "first_seen": "2026-11-01T00:00:00+00:00"}
    assert rank_records([ticketing, earlier]) == [1, 0]


def test_merge_fields_takes_each_field_from_the_best_record_that_has_it():
    aggregator = event(
        "agg", "Velvet Hours LIVE!!", at("19:30"), source="yelp",
        description="From the aggregator", latitude=12.1, longitude=77.1, price_min=500, price_max=900, currency="INR",
        cost_type="paid", tags=["music", "rock"], end=at("23:00"),
    )  # fmt: skip
    venue = event(
        "cal", "Velvet Hours", at("20:00"), source="ics",
        description=None, latitude=12.2, longitude=None, cost_type="unknown", tags=["live", "music"], timezone="Asia/Kolkata",
        category=None, subcategory=None,
    )  # fmt: skip
    aggregator.update(category="music", subcategory="rock", category_confidence=0.9)
    merged = merge_fields([aggregator, venue])
    assert merged["source"] == "ics"
    assert merged["external_id"] == "cal"
    assert merged["title"] == "Velvet Hours"
    assert merged["description"] == "From the aggregator"
    assert (merged["start"], merged["end"], merged["timezone"]) == (at("20:00"), None, "Asia/Kolkata")
    assert (merged["latitude"], merged["longitude"]) == (12.2, None)  # a point's coordinates come together
    assert (merged["price_min"], merged["price_max"], merged["currency"]) == (500, 900, "INR")
    assert merged["cost_type"] == "paid"
    assert merged["tags"] == ["live", "music", "rock"]
    assert (merged["category"], merged["subcategory"], merged["category_confidence"]) == ("music", "rock", 0.9)
    assert merge_fields([]) == {}


# --- blocking ---------------------------------------------------------------------------------------------------

CITIES = [
    ("Bengaluru", 12.97, 77.59), ("Mumbai", 19.07, 72.87), ("Delhi", 28.61, 77.21), ("Chennai", 13.08, 80.27),
    ("Pune", 18.52, 73.85), ("Kolkata", 22.57, 88.36), ("Hyderabad", 17.38, 78.48), ("Jaipur", 26.91, 75.79),
    ("Goa", 15.49, 73.82), ("Kochi", 9.93, 76.26),
]  # fmt: skip
WORDS = "jazz comedy food market yoga run film talk quiz salsa poetry theatre disco folk art".split()


def big_batch(size: int = 2000) -> list[dict[str, Any]]:
    records = []
    for n in range(size):
        city, lat, lng = CITIES[n % 10]
        day = 1 + (n // 10) % 60
        title = f"{WORDS[(n // 600) % 15].title()} {WORDS[(n // 7) % 15]} {WORDS[n % 15]} night"
        records.append(
            event(
                f"e{n}", title, f"2027-{1 + (day - 1) // 30:02d}-{1 + (day - 1) % 30:02d}T{10 + n % 11:02d}:00:00+05:30",
                source=("ics", "yelp", "eventbrite")[n % 3], city=city, venue_name=f"Hall {n % 37}",
                latitude=lat + (n % 37) / 1000, longitude=lng,
            )
        )  # fmt: skip
    return records


def test_blocking_compares_far_fewer_pairs_than_all_pairs():
    records = big_batch()
    stats = DedupStats()
    results = dedupe_batch(records, stats=stats)
    all_pairs = len(records) * (len(records) - 1) // 2
    assert stats.records == 2000
    assert 0 < stats.pairs_compared < all_pairs // 100
    assert stats.pairs_scored <= stats.pairs_compared
    assert (stats.links, stats.refused) == (0, 0)  # two thousand different events
    assert {r.band for r in results} == {"distinct"}


def test_blocking_still_meets_a_listing_with_only_coordinates():
    with_city = event("a", "Velvet Hours", at("20:00"), source="ics", latitude=12.97, longitude=77.64)
    without = {
        **event("b", "Velvet Hours", at("20:05"), latitude=12.9702, longitude=77.6401),
        "city": None,
        "venue_name": None,
    }
    assert dedupe_batch([with_city, without])[1].duplicate_of == "a"


def test_a_longer_title_is_found_from_the_shorter_side_among_common_words():
    crowd = [
        event(f"n{n}", f"{word} Night", at(f"{18 + n % 4}:00"), venue_name=f"Club {n}") for n, word in enumerate(WORDS)
    ]
    longer = event("long", "Comedy Night Zorblo Frimp", at("20:00"), source="ics", venue_name="Laugh Store")
    shorter = event("short", "Comedy Night", at("20:00"), venue_name="Laugh Store")
    assert dedupe_batch([longer, *crowd, shorter])[-1].duplicate_of == "long"
    published = {**shorter, "event_id": 5}
    assert dedupe_batch([longer, *crowd], existing=[published])[0].duplicate_of == "event:5"


def test_results_are_deterministic_and_in_input_order():
    records = big_batch(300) + seed_pair()
    first, second = dedupe_batch(records), dedupe_batch(records)
    assert first == second
    assert first[-2].duplicate_of == "evt-9"


# --- evaluation -------------------------------------------------------------------------------------------------


def test_pair_metrics():
    def result(cluster: str) -> DedupResult:
        return DedupResult(cluster, None, 0.0, "distinct", "score", {})

    results = [result("x"), result("x"), result("x"), result("y"), result("z")]
    metrics = pair_metrics(results, [1, 1, 2, 3, 3])
    # Predicted pairs x1-x2, x1-x3, x2-x3; true pairs 1-2 and 4-5; only x1-x2 is right.
    assert (metrics.predicted_pairs, metrics.true_pairs, metrics.correct_pairs) == (3, 2, 1)
    assert metrics.precision == pytest.approx(1 / 3, abs=1e-4)
    assert metrics.recall == pytest.approx(1 / 2)
    assert metrics.f1 == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2), abs=1e-4)
    assert pair_metrics([result("a"), result("b")], [1, 2]) == Metrics(1.0, 1.0, 1.0, 0, 0, 0)
    with pytest.raises(ValueError, match="2 results but 1 truth labels"):
        pair_metrics([result("a"), result("b")], [1])


def test_pair_metrics_on_the_seed_case():
    results = dedupe_batch([*seed_pair(), event("c", "Velvet Hours", at("20:00"))])
    assert pair_metrics(results, ["fest", "fest", "velvet"]) == Metrics(1.0, 1.0, 1.0, 1, 1, 1)


def test_result_fields_for_the_record():
    result = dedupe_batch(seed_pair())[0]
    assert result.fields() == {
        "cluster": "ics:evt-9",
        "duplicate_of": "evt-9",
        "similarity": result.similarity,
        "dedup_band": "merge",
    }
    assert DedupConfig().merge_threshold <= result.fields()["similarity"] < 1.0
    assert dataclasses.asdict(result)["candidate"] == "evt-9"
