"""Batches cut by (city, day) block: a feed in random order still gives batches that each touch few blocks,
whichever way the ids reach the pipeline (a sync's pending ids, batches(), the queue), and the nearby-events
read of a block-ordered batch covers its days ±1 and nothing between its runs of days."""

from __future__ import annotations

import collections
import random

import pytest

from events.models import StagedEvent
from events.services import staged_events_process
from events.services.blocks import ids_by_block
from events.services.state import PipelineState
from events.tasks import process_on_commit
from sources.services import batches
from tests.events.helpers import day, load_bengaluru, make_source, record, stage

CITIES = ("Bengaluru", "Chicago")
DAYS = (3, 4, 5, 6, 7, 8)
PER_BLOCK = 5


def _feed(seed: int = 3) -> list:
    records = [
        record(f"{city[:3]}-{offset}-{n}", f"Show {n} in {city}", day(days=offset, hour=10 + n), city=city)
        for city in CITIES
        for offset in DAYS
        for n in range(PER_BLOCK)
    ]
    random.Random(seed).shuffle(records)
    return records


def _blocks_per_batch(cut: list[list[int]]) -> list[int]:
    raw = dict(StagedEvent.objects.values_list("pk", "raw"))
    return [len({(raw[pk]["city"], raw[pk]["start"][:10]) for pk in batch}) for batch in cut]


@pytest.mark.django_db
def test_a_feed_in_random_order_is_returned_by_block_so_each_batch_covers_two_blocks():
    source = make_source("feed", load_bengaluru())
    ids = stage(source, *_feed())
    size = 2 * PER_BLOCK
    cut = [ids[start : start + size] for start in range(0, len(ids), size)]
    assert len(cut) == len(CITIES) * len(DAYS) // 2
    # In feed order each batch of ten would span up to ten blocks.
    assert max(_blocks_per_batch(cut)) == 2


@pytest.mark.django_db
def test_ids_queued_in_any_order_are_cut_by_block_and_unknown_ids_are_kept(
    django_capture_on_commit_callbacks, settings
):
    source = make_source("feed", load_bengaluru())
    ids = stage(source, *_feed())
    shuffled = [*ids, 10**9]
    random.Random(5).shuffle(shuffled)
    cut = batches(shuffled, size=2 * PER_BLOCK)
    assert sorted(pk for batch in cut for pk in batch) == sorted(shuffled)
    assert cut[-1][-1] == 10**9  # gone from the table: still handed on, the pipeline skips it
    assert max(_blocks_per_batch([[pk for pk in batch if pk != 10**9] for batch in cut])) == 2

    settings.PIPELINE_BATCH_SIZE = 2 * PER_BLOCK
    with django_capture_on_commit_callbacks() as callbacks:
        queued = process_on_commit(staged_event_ids=[pk for pk in shuffled if pk != 10**9])
    # The sweeper's and the fetch task's path cut the same way.
    chunks = [callback.args[0] for callback in callbacks]
    assert queued == len(chunks) == len(CITIES) * len(DAYS) // 2
    assert max(_blocks_per_batch(chunks)) == 2


def test_sources_walk_the_cities_from_different_starting_points():
    entries = [(pk, source, city, "2026-12-01") for pk, (source, city) in enumerate(
        (source, city) for source in (1, 2, 3) for city in ("a", "b", "c")
    )]  # fmt: skip
    first_city = {}
    for pk in ids_by_block(entries):
        source, city = entries[pk][1], entries[pk][2]
        first_city.setdefault(source, city)
    # Batches of three sources queued together start in three different cities, not all in the first.
    assert len(set(first_city.values())) == 3


@pytest.mark.postgres
@pytest.mark.django_db
def test_nearby_events_cover_each_run_of_days_plus_one_and_not_the_gap_between():
    city = load_bengaluru()
    source = make_source("known", city)
    offsets = {"before": 9, "first": 10, "gap": 13, "second": 16, "after": 17, "far": 19}
    published = staged_events_process(
        staged_event_ids=stage(
            source,
            *(
                record(f"k-{name}", f"Known {name} night", day(days=offset, hour=19), venue_name=f"Hall {name}")
                for name, offset in offsets.items()
            ),
        )  # fmt: skip
    )
    assert published.published == len(offsets)
    state = PipelineState()
    batch = [
        {"city_id": city.pk, "start": day(days=10, hour=20).isoformat()},
        {"city_id": city.pk, "start": day(days=16, hour=20).isoformat()},
    ]
    found = {candidate["title"] for candidate in state.nearby_events(batch)}
    assert found == {"Known before night", "Known first night", "Known second night", "Known after night"}


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_duplicate_in_a_later_block_ordered_batch_links_to_the_event_an_earlier_batch_made():
    city = load_bengaluru()
    first, second = make_source("first", city), make_source("second", city)
    original = record("a-1", "Jazz at the Courtyard", day(days=6, hour=19), venue_name="Courtyard Hall")
    copy = record("b-1", "Jazz at the Courtyard", day(days=6, hour=19), venue_name="Courtyard Hall")
    others = [record(f"b-o{n}", f"Other show {n}", day(days=6 + n, hour=12), venue_name=f"Room {n}") for n in range(4)]
    staged_events_process(staged_event_ids=stage(first, original))
    for batch in batches(stage(second, copy, *others), size=2):
        staged_events_process(staged_event_ids=batch)
    linked = StagedEvent.objects.get(external_id="b-1")
    assert linked.status == StagedEvent.Status.DUPLICATE
    assert linked.event_id == StagedEvent.objects.get(external_id="a-1").event_id
    assert collections.Counter(StagedEvent.objects.values_list("status", flat=True))[StagedEvent.Status.PENDING] == 0
