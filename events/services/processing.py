"""Processing staged records in batches: the pipeline's pure stages, then set-based writes.

One call handles a batch (hundreds of records) with a fixed number of queries whatever its size:
load → normalize → categorize → quality + content → screen → de-duplicate (against the batch and the
events already near it) → decide → write (venues, organizers, events, listings, staged rows).
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import gc
import logging
import time
from collections.abc import Collection, Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from django.db import InterfaceError, OperationalError, transaction
from django.db.models import Count, Q
from django.utils import timezone

from events.models import Event, EventListing, StagedEvent, Venue
from events.pipeline import categorize as categorize_stage
from events.pipeline.categorize.source_consensus import DEFAULT_CONSENSUS_CONFIG, SourceHistory, with_source_consensus
from events.pipeline.categorize.venue_history import DEFAULT_HISTORY_CONFIG, History, with_venue_history
from events.pipeline.content import check_content
from events.pipeline.decide import Decision, Evidence, decide, screen
from events.pipeline.dedup import DedupResult, dedupe_batch
from events.pipeline.normalize import Normalized, normalize
from events.pipeline.quality import assess
from events.services.bulk import bulk_update_rows
from events.services.changes import events_changed
from events.services.locks import Block, lock_blocks, record_blocks
from events.services.state import PipelineState, SourceInfo, pipeline_state
from events.services.writing import EventWriter
from events.services.writing.fields import record_city, slug_of
from events.vocabulary import Action

logger = logging.getLogger(__name__)

STAGED_STATUS = {
    Action.PUBLISH: StagedEvent.Status.PUBLISHED,
    Action.HOLD: StagedEvent.Status.HELD,
    Action.REJECT: StagedEvent.Status.REJECTED,
    Action.LINK: StagedEvent.Status.DUPLICATE,
}
PROCESSING_FAILED = "quarantined: processing failed ({kind}: {error})"
# Failures of the database connection, not of a record: retried as a whole by the task, never bisected.
NOT_THE_RECORDS = (OperationalError, InterfaceError)
# Records whose start came from free text rather than a date field: confidence in that guess.
TEXT_START_CONFIDENCE = 0.6
# How many of a source's latest listed events source_category_counts reads: what the feed is lately, in a bounded query.
SOURCE_HISTORY_EVENTS = 200
# How many of a source's listings latest_confident_listings reads at a time while it looks for those events.
SOURCE_HISTORY_CHUNK = 500
SOURCE_HISTORY_REACH = 10_000  # and how many at most
STAGED_FIELDS = (
    "normalized", "status", "reasons", "quality_score", "quality_report", "similarity", "dedup", "event",
    "processed_at",
)  # fmt: skip


@dataclasses.dataclass(slots=True)
class ProcessResult:
    published: int = 0
    held: int = 0
    rejected: int = 0
    duplicates: int = 0
    timings: dict[str, float] = dataclasses.field(default_factory=dict)

    def add(self, other: ProcessResult) -> None:
        self.published += other.published
        self.held += other.held
        self.rejected += other.rejected
        self.duplicates += other.duplicates
        for stage, seconds in other.timings.items():
            self.timings[stage] = self.timings.get(stage, 0.0) + seconds


@dataclasses.dataclass(slots=True)
class Item:
    """One staged record on its way through the batch."""

    staged_id: int
    source: SourceInfo
    external_id: str
    first_seen: dt.datetime
    normalized: Normalized
    last_seen: dt.datetime | None = None  # when the source last listed it: one time per fetch
    quality: dict[str, Any] = dataclasses.field(default_factory=dict)
    quality_score: float | None = None
    content_severity: str = "ok"
    content_reasons: tuple[str, ...] = ()
    decision: Decision | None = None
    dedup: DedupResult | None = None
    event_id: int | None = None

    @property
    def record(self) -> dict[str, Any]:
        return self.normalized.record


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started


def staged_events_process(*, staged_event_ids: Sequence[int]) -> ProcessResult:
    """Run the pipeline over the pending staged records among ``staged_event_ids``.

    A record that makes the batch fail (a bug, or data the database refuses) is isolated by bisection:
    each half is processed on its own until the failing record is alone, which is then quarantined as
    rejected with the error as its reason; every other record is processed. A lost connection or a
    deadlock is not the records' fault: it propagates, and the task retries the batch.
    """
    with collector_paused():
        return _isolating(list(staged_event_ids))


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a batch, then one young-generation pass for what the batch left.

    A batch keeps hundreds of thousands of objects alive while it runs, and the collector's full passes (each
    time a quarter more objects had survived than the last one counted, which the frozen long-lived heap keeps
    small: state.py) rescanned all of them: a sixth of a batch's CPU, for a few dozen cyclic objects found.
    Reference counting still frees everything else at once. Left alone when the collector is already off
    (a nested call, or a caller that turned it off)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)


def _isolating(ids: list[int]) -> ProcessResult:
    try:
        return _process(ids)
    except NOT_THE_RECORDS:
        raise
    except Exception as exc:
        if len(ids) <= 1:
            logger.exception("staged record %s quarantined", ids)
            return _quarantine(ids, exc)
        logger.warning("batch of %d failed (%s: %s): bisecting", len(ids), type(exc).__name__, exc)
    middle = len(ids) // 2
    result = _isolating(ids[:middle])
    result.add(_isolating(ids[middle:]))
    return result


def _quarantine(ids: list[int], exc: Exception) -> ProcessResult:
    reason = PROCESSING_FAILED.format(
        kind=type(exc).__name__, error=str(exc).strip().splitlines()[0][:300] if str(exc).strip() else ""
    )
    count = StagedEvent.objects.filter(pk__in=ids, status=StagedEvent.Status.PENDING).update(
        status=StagedEvent.Status.REJECTED, reasons=[reason], event=None, processed_at=timezone.now()
    )
    return ProcessResult(rejected=count)


def _process(staged_event_ids: list[int]) -> ProcessResult:
    timings: dict[str, float] = {}
    with _timed(timings, "load"):
        rows = list(
            StagedEvent.objects.filter(pk__any=staged_event_ids, status=StagedEvent.Status.PENDING)
            .order_by("pk")
            .values_list("pk", "source_id", "external_id", "raw", "first_seen_at", "last_seen_at")
        )
        if not rows:
            return ProcessResult()
        state = pipeline_state()
        sources = state.sources({row[1] for row in rows})
    now = timezone.now()
    with _timed(timings, "normalize"):
        # One context per source, not per record: a batch holds a handful of sources.
        contexts = {source_id: state.normalize_context(source, now) for source_id, source in sources.items()}
        items = [
            Item(pk, sources[source_id], external_id, first_seen, normalize(raw, context=contexts[source_id]), seen)
            for pk, source_id, external_id, raw, first_seen, seen in rows
        ]
    alive = [item for item in items if item.normalized.ok]
    with _timed(timings, "categorize"):
        _categorize(alive, state)
    with _timed(timings, "quality"):
        _assess(alive, state, now)
    survivors = [item for item in alive if item.decision is None]
    # One transaction from the read of nearby events to the last write: the locks cover both (locks.py).
    with transaction.atomic():
        with _timed(timings, "lock"):
            _lock_blocks(survivors)
            items, survivors = _still_pending(items, survivors)
        if not items:
            return ProcessResult()
        with _timed(timings, "dedup"):
            _dedupe(survivors, state)
        for item in items:
            if item.decision is None:
                item.decision = decide(_evidence(item), policy=state.policy)
        with _timed(timings, "write"):
            _write(items, state, now)
    return _result(items, timings)


def _still_pending(items: list[Item], survivors: list[Item]) -> tuple[list[Item], list[Item]]:
    """The items whose records are still pending, their rows locked until the batch commits. A second run of the
    same records at the same time (a message the broker delivered twice, a stalled worker's) waited on the first's
    locks and finds them processed: it writes nothing over them (a published record is not turned "duplicate" of
    its own event)."""
    pending = set(
        StagedEvent.objects.select_for_update()
        # One array parameter (events/lookups.py): an IN list of the batch's 500 ids cost more client CPU than the lock.
        .filter(pk__any=[item.staged_id for item in items], status=StagedEvent.Status.PENDING)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    return [item for item in items if item.staged_id in pending], [
        item for item in survivors if item.staged_id in pending
    ]


# Venue names that name no place: their events share nothing but the word.
PLACEHOLDER_VENUES = frozenset(
    {"online", "virtual", "zoom", "tba", "tbd", "to-be-announced", "to-be-determined", "various-locations",
     "multiple-locations", "various", "see-description", "location-tba", "private-location", "your-home"}
)  # fmt: skip


def venue_key(record: Mapping[str, Any], source_city: int | None = None) -> Hashable | None:
    """Which venue a record is at: the Venue it was placed at, else its venue's name in its city (the row the
    writer would find or create for it; a venue first seen since this process loaded its places). None for an
    online event or a placeholder name ("TBA", "Online"), which many unrelated events share."""
    if record.get("online"):
        return None
    if isinstance(record.get("venue_id"), int):
        return record["venue_id"]
    name, city = record.get("venue_name"), record_city(record, source_city)
    slug = slug_of(name) if isinstance(name, str) else ""
    if not slug or slug in PLACEHOLDER_VENUES or not isinstance(city, int):
        return None
    return ("name", city, slug)


def venue_category_counts(keys: Iterable[Hashable]) -> History:
    """venue key (venue_key) → category slug → how many of its published events were categorized with confidence
    (a source's label, a keyword rule, a moderator, or the model at least min_model_confidence sure).

    Two queries: the venues the keys name, then those venues' events by venue id. One query joining events to
    venues under an OR read every published event whenever the table's statistics were stale (a table filling
    fast, as when a backlog is processed): 114 ms a batch against 10 ms at 10,000 events, growing with the table."""
    ids = {key for key in keys if isinstance(key, int)}
    named = {key for key in keys if isinstance(key, tuple)}
    places = {
        pk: ("name", city, slug)
        for pk, city, slug in Venue.objects.filter(
            Q(id__in=ids) | Q(city_id__in={city for _, city, _ in named}, slug__in={s for *_, s in named})
        ).values_list("id", "city_id", "slug")
    }
    if not places:
        return {}
    config = DEFAULT_HISTORY_CONFIG
    confident = Q(category_method__in=config.trusted_methods) | Q(
        category_method="model", category_confidence__gte=config.min_model_confidence
    )
    rows = (
        Event.objects.filter(
            confident,
            venue_id__in=list(places),
            category__isnull=False,
            moderation_status=Event.ModerationStatus.PUBLISHED,
        )
        .values_list("venue_id", "category__slug")
        .annotate(events=Count("id"))
        .order_by()
    )
    counts: dict[Hashable, dict[str, int]] = {}
    for venue_id, category, events in rows:
        for key in (venue_id, places[venue_id]):
            by_category = counts.setdefault(key, {})
            by_category[category] = by_category.get(category, 0) + events
    return counts


def source_category_counts(
    source_ids: Iterable[int],
    *,
    exclude: Mapping[int, Collection[str]] | None = None,
    recent: int = SOURCE_HISTORY_EVENTS,
    cached: dict[int, list[tuple[str, str]]] | None = None,
) -> SourceHistory:
    """source id → category slug → how many of its `recent` latest listed published events were categorized with
    confidence (a source's label, a keyword rule, a moderator, or the model without the low-confidence flag), as
    source_consensus counts a batch's. ``exclude``: source id → the external ids of the batch being categorized, whose
    stored listings are left out (the batch counts them itself: a changed record is not evidence twice). ``cached``:
    the listings already read, by source (the pipeline state's: a source's recent past is read once per state, not
    once per batch), filled with the ones read here. Bounded: for each source not cached, two queries per chunk of its
    listings read (latest_confident_listings), `recent` rows kept."""
    ids = sorted(set(source_ids))
    listings = cached if cached is not None else {}
    listings.update(latest_confident_listings([source_id for source_id in ids if source_id not in listings], recent))
    counts: dict[Hashable, dict[str, int]] = {}
    for source_id in ids:
        left_out = set((exclude or {}).get(source_id, ()))
        slugs = [slug for external_id, slug in listings[source_id] if external_id not in left_out]
        if slugs:
            counts[source_id] = dict(collections.Counter(slugs))
    return counts


def latest_confident_listings(
    source_ids: Iterable[int], recent: int, *, chunk: int = SOURCE_HISTORY_CHUNK, reach: int = SOURCE_HISTORY_REACH
) -> dict[int, list[tuple[str, str]]]:
    """source id → (external id, category slug) of its `recent` latest listings whose published event was categorized
    with confidence, newest first (a listing's id breaks a tie of first_seen_at: a feed staged at one moment); every id
    given has an entry (an empty list for a source with none).

    The source's listings are walked newest first along their index, `chunk` first and twice as many each step after,
    and each step's events are looked up by primary key, until `recent` are found, the listings end or `reach`
    listings were read (a feed none of whose latest thousands was categorized with confidence has no recent kind to go
    by). One join of listings and events instead lets the planner, on tables whose statistics lag behind them (a
    fast-filling table before autovacuum's analyze), rescan every listing of the source for every published event:
    11 s of database CPU for one source of 30,000 listings, 20 ms this way (bench/README.md, "perf29")."""
    config = DEFAULT_CONSENSUS_CONFIG
    confident = Q(category_method__in=config.trusted_methods) | Q(
        category_method="model", category_confidence__gte=categorize_stage.DEFAULT_CONFIG.min_confidence
    )
    events = Event.objects.filter(
        confident, category__isnull=False, moderation_status=Event.ModerationStatus.PUBLISHED
    ).values_list("pk", "category__slug")
    found: dict[int, list[tuple[str, str]]] = {}
    for source_id in source_ids:
        rows: list[tuple[str, str]] = []
        listings = newest = EventListing.objects.filter(source_id=source_id).order_by("-first_seen_at", "-pk")
        read, size = 0, min(chunk, reach)
        while size > 0:
            page = list(newest.values_list("pk", "first_seen_at", "external_id", "event_id")[:size])
            slugs = dict(events.filter(pk__in={event_id for *_, event_id in page})) if page else {}
            rows += [(external_id, slugs[event_id]) for _, _, external_id, event_id in page if event_id in slugs]
            read += len(page)
            if len(rows) >= recent or len(page) < size:
                break
            pk, seen_at, _, _ = page[-1]  # the next chunk: older, or as old with a smaller id (the bound: the index's)
            newest = listings.filter(Q(first_seen_at__lt=seen_at) | Q(pk__lt=pk), first_seen_at__lte=seen_at)
            size = min(2 * size, reach - read)  # a feed mostly unconfirmed is read in fewer, longer steps
        found[source_id] = rows[:recent]
    return found


def _guess(result: categorize_stage.CategoryResult) -> bool:
    return result.method == "model" and result.low_confidence


def _categorize(items: list[Item], state: PipelineState) -> None:
    results = categorize_stage.categorize_batch([item.record for item in items], model=state.categorizer)
    # A title the model only guessed at: what its venue usually hosts decides (one query, only when needed).
    venues = [
        venue_key(item.record, item.source.city_id) if result.low_confidence else None
        for item, result in zip(items, results, strict=True)
    ]
    if any(venue is not None for venue in venues):
        results = with_venue_history(results, venues, venue_category_counts({v for v in venues if v is not None}))
    # A guess no venue settled: what the rest of its source's listings (this batch's, and its recent published events)
    # were read as, when most agree. One query per source with a guess left, once per pipeline state.
    guessed = {item.source.id for item, result in zip(items, results, strict=True) if _guess(result)}
    if guessed:
        batch: dict[int, set[str]] = collections.defaultdict(set)
        for item in items:
            batch[item.source.id].add(item.external_id)
        history = source_category_counts(guessed, exclude=batch, cached=state.source_listings)
        results = with_source_consensus(results, [item.source.id for item in items], history=history)
    for item, result in zip(items, results, strict=True):
        item.record.update(
            category=result.category,
            subcategory=result.subcategory,
            category_confidence=result.category_confidence,
            category_method=result.method,
            tags=result.tags,
        )


def _assess(items: list[Item], state: PipelineState, now: dt.datetime) -> None:
    for item in items:
        report = assess(item.record, config=state.quality_config, now=now, places=state.places)
        content = check_content(item.record, config=state.content_config)
        item.quality_score = report.score
        item.quality = {**report.to_json(), "content": content.to_json()}
        item.content_severity, item.content_reasons = content.severity, tuple(content.reasons)
        evidence = _evidence(item, quality_critical=tuple(report.critical))
        item.decision = screen(evidence, policy=state.policy)


def _dedup_view(item: Item) -> dict[str, Any]:
    return {
        **item.record,
        "source": item.source.slug,
        "adapter": item.source.adapter,
        "trust_level": item.source.trust_level,
        "first_seen": item.first_seen.isoformat(),
        # one fetch, one time: two listings a source gave in one fetch are both in its programme (dedup/showings.py)
        **({"last_seen": item.last_seen.isoformat()} if item.last_seen is not None else {}),
    }


def _dedupe(items: list[Item], state: PipelineState) -> None:
    if not items:
        return
    existing = state.nearby_events([item.record for item in items])
    results = dedupe_batch([_dedup_view(item) for item in items], existing=existing, config=state.dedup_config)
    for item, result in zip(items, results, strict=True):
        item.dedup = result


def _evidence(item: Item, *, quality_critical: Sequence[str] = ()) -> Evidence:
    dedup = item.dedup
    return Evidence(
        normalized=item.normalized,
        trust_level=item.source.trust_level,
        quality_score=item.quality_score,
        quality_critical=quality_critical,
        content_severity=item.content_severity,
        content_reasons=item.content_reasons,
        dedup_band=dedup.band if dedup else "distinct",
        duplicate_of=dedup.duplicate_of if dedup else None,
        dedup_candidate=dedup.candidate if dedup else None,
        dedup_reason=dedup.reason if dedup else None,
        similarity=dedup.similarity if dedup else 0.0,
        text_confidence=TEXT_START_CONFIDENCE if item.record.get("start_from_text") else None,
        category=item.record.get("category"),
        category_confidence=item.record.get("category_confidence"),
    )


def _write(items: list[Item], state: PipelineState, now: dt.datetime) -> None:
    EventWriter(state=state, now=now).write(items)
    events_changed(item.event_id for item in items if item.event_id is not None)
    staged_rows = [
        {
            "pk": item.staged_id,
            "normalized": item.record,
            "status": STAGED_STATUS[item.decision.action if item.decision else Action.REJECT],
            "reasons": list(item.decision.reasons if item.decision else ()),
            "quality_score": item.quality_score,
            "quality_report": item.quality,
            "similarity": item.dedup.similarity if item.dedup else None,
            "dedup": _dedup_json(item.dedup),
            "event": item.event_id,
            "processed_at": now,
        }
        for item in items
    ]
    bulk_update_rows(StagedEvent, staged_rows, STAGED_FIELDS)


def _dedup_json(result: DedupResult | None) -> dict[str, Any]:
    if result is None:
        return {}
    return {
        "cluster": result.cluster,
        "duplicate_of": result.duplicate_of,
        "band": result.band,
        "layer": result.layer,
        "candidate": result.candidate,
        "reason": result.reason,
        "scores": result.scores,
    }


def _lock_blocks(items: list[Item]) -> None:
    """Lock every (city, day) block the batch will read or write, before it reads any (locks.py)."""
    writes: set[Block] = set()
    reads: set[Block] = set()
    for item in items:
        item_writes, item_reads = record_blocks(item.record, fallback_city=item.source.city_id)
        writes |= item_writes
        reads |= item_reads
    lock_blocks(writes=writes, reads=reads)


def _result(items: list[Item], timings: dict[str, float]) -> ProcessResult:
    counts = dict.fromkeys(Action, 0)
    for item in items:
        counts[item.decision.action if item.decision else Action.REJECT] += 1
    return ProcessResult(
        published=counts[Action.PUBLISH],
        held=counts[Action.HOLD],
        rejected=counts[Action.REJECT],
        duplicates=counts[Action.LINK],
        timings=timings,
    )  # fmt: skip
