"""Writes for sources: running a fetch, staging what it found, and keeping each source's health.

``source_fetch`` never raises for a source's own problems: a broken feed becomes a failed FetchRun with
its reason, so one failing source never stops another.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import logging
import time
import zoneinfo
from collections.abc import Callable, Iterable, Iterator, Sequence

import redis
from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, transaction
from django.utils import timezone

from events.models import StagedEvent
from events.services import WITHDRAWN, events_withdraw
from events.services.blocks import batches_by_block, block_label, ids_by_block
from events.services.staging import (
    StagedRow,
    canonical_json,
    staged_events_write,
    staged_index,
    staged_row,
    text_hash,
)
from events.zones import zone
from sources.adapters import registry
from sources.adapters.base import AdapterContext, AdapterError, FetchWindow, ParsedRecord, RawEvent, RejectedRecord
from sources.fetching import FetchError
from sources.http import HttpClient, NotModified, Validators, configured_hosts
from sources.locks import source_fetch_lock, source_write_lock
from sources.models import FetchRun, Source
from sources.schedules import schedule_delete
from sources.signing import SignatureError, replay_lifetime, verify
from sources.staging_clean import (
    ETAG_LENGTH,
    LAST_MODIFIED_LENGTH,
    StagingRecord,
    clean_json,
    clean_text,
    clean_validator,
    staging_id,
    staging_key,
    staging_record,
)

logger = logging.getLogger(__name__)

REFUSED_CANCEL = (
    "Refused to cancel {count} of {total} upcoming events ({share:.0%}) missing from the listing: "
    "check the source, then clear this flag."
)
WEBHOOK_NOT_CONFIGURED = "This webhook is not configured (no shared secret); ask the operators."
REPLAYED = "This signed request was already received (replay)."
INTERNAL_ERROR = "Internal error while reading the source ({kind}); see the worker log."
DISABLED_AFTER = "Disabled after {count} failed runs in a row."
ALREADY_RUNNING = "Skipped: another fetch of this source is still running."
INTERRUPTED = "Interrupted: the run never finished (its worker was lost); closed by the sweeper."
SERVICE_AWAY = "Interrupted: {kind} (Redis or the database unreachable); retried, or fetched at the next schedule."
# Our own services failing under a read (the shared cache's Redis counts rate tokens): not the source's fault.
SERVICE_ERRORS = (redis.ConnectionError, redis.TimeoutError, OperationalError, InterfaceError)


@dataclasses.dataclass(slots=True)
class SyncCounts:
    found: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[dict[str, str]] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(slots=True)
class FetchOutcome:
    run: FetchRun
    pending_ids: list[int]


def default_window(*, now: dt.datetime | None = None) -> FetchWindow:
    """Yesterday to RECURRENCE_HORIZON_DAYS ahead: the span recurring series are materialised over."""
    now = now or timezone.now()
    return FetchWindow(start=now - dt.timedelta(days=1), end=now + dt.timedelta(days=settings.RECURRENCE_HORIZON_DAYS))


def source_timezone(source: Source) -> zoneinfo.ZoneInfo | None:
    name = source.config.get("timezone") or (source.city.timezone if source.city_id and source.city else None)
    return zone(name)  # never raises: "Asia" is a folder, not a zone


def content_hash(payload: dict) -> str:
    return text_hash(canonical_json(payload))


@dataclasses.dataclass(slots=True)
class ReadResult:
    records: list[ParsedRecord]
    complete: bool  # a complete listing: what is missing from it was withdrawn
    not_modified: bool
    requests: int
    validators: Validators
    notes: list[str] = dataclasses.field(default_factory=list)


def source_read(
    *, source: Source, window: FetchWindow | None = None, sleep: Callable[[float], None] = time.sleep
) -> ReadResult:
    """Run the source's adapter (network or file, then parse). Raises AdapterError / FetchError."""
    adapter_class = registry.get(source.adapter)
    with HttpClient(
        rate_key=source.slug,
        allow_private=bool(source.config.get("allow_private_network")),
        private_hosts=configured_hosts(source.config),
        rate_limit_per_minute=source.rate_limit_per_minute,
        validators=Validators(etag=source.http_etag, last_modified=source.http_last_modified),
        sleep=sleep,
    ) as http:
        context = AdapterContext(
            source=source.adapter,
            window=dataclasses.replace(window, fetched=window.fetched or timezone.now())
            if window
            else default_window(),
            default_timezone=source_timezone(source),
            base_url=source.config.get("url"),
            http=http,
        )
        adapter = adapter_class(config=source.config, context=context)
        try:
            records, not_modified = list(adapter.fetch()), False
        except NotModified:
            records, not_modified = [], True
        return ReadResult(
            records=records,
            complete=adapter.is_complete() and not not_modified,
            not_modified=not_modified,
            requests=http.requests + adapter.extra_requests,
            validators=http.validators,
            notes=list(adapter.notes),
        )


def source_sync(*, source: Source, records: Iterable[ParsedRecord], now: dt.datetime) -> tuple[SyncCounts, list[int]]:
    """Upsert StagedEvents on (source, external_id). Returns counts and the ids that need processing,
    ordered by (city, day) block so that batches cut from them touch few blocks (events/services/blocks.py).

    An unchanged record (same content hash) is not rewritten; a bad record is stored as rejected with
    its reason (quarantined), so it is visible to operators and never published.
    """
    with _collector_paused():
        return _sync(source=source, records=records, now=now)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused: staging allocates a few objects per record and makes no cycles,
    but each allocation count that triggers a collection had it rescan every live record (the feed's
    own included), a third of a large sync's time in profiles. Reference counting still frees everything."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _sync(*, source: Source, records: Iterable[ParsedRecord], now: dt.datetime) -> tuple[SyncCounts, list[int]]:
    counts = SyncCounts()
    latest: dict[str, ParsedRecord] = {}
    for record in records:
        latest[staging_key(record)] = record  # a feed that repeats an id: the last one wins
    counts.found = len(latest)
    existing = staged_index(source_id=source.pk, external_ids=list(latest))
    # The staging boundary: every record made storable (or quarantined) before it is written.
    staged: dict[str, StagingRecord] = {}
    fresh = [record for external_id, record in latest.items() if external_id not in existing]
    rows: list[StagedRow] = []
    unchanged_ids: list[int] = []
    pending: list[tuple[int, str]] = []
    for external_id, (pk, digest, status) in existing.items():
        safe = staged[external_id] = staging_record(latest[external_id])
        row = _staged_row(safe, counts)
        is_event = isinstance(safe.record, RawEvent)
        if digest != row.content_hash:
            rows.append(row)
            counts.updated += is_event
            continue
        unchanged_ids.append(pk)
        counts.unchanged += is_event
        if status == StagedEvent.Status.PENDING:
            pending.append((pk, external_id))  # left over from an interrupted run

    def new_rows() -> Iterator[StagedRow]:
        # Cleaned and serialised while the COPY of the rows before them is under way (events/services/staging.py).
        for record in fresh:
            safe = staging_record(record)
            staged[safe.external_id] = safe
            counts.new += isinstance(safe.record, RawEvent)
            yield _staged_row(safe, counts)

    pending += staged_events_write(
        source_id=source.pk, rows=rows, unchanged_ids=unchanged_ids, now=now, new_rows=new_rows(), new_count=len(fresh)
    )
    entries = []
    for pk, external_id in pending:
        city, day = block_label(staged[external_id].payload(), source_city_id=source.city_id)
        entries.append((pk, source.pk, city, day))
    return counts, ids_by_block(entries)


def _staged_row(safe: StagingRecord, counts: SyncCounts) -> StagedRow:
    record = safe.record
    if isinstance(record, RejectedRecord):
        counts.failed += 1
        counts.errors.append({"external_id": safe.external_id, "reason": record.reason})
        return staged_row(
            external_id=safe.external_id,
            raw=safe.payload(),
            status=StagedEvent.Status.REJECTED,
            reasons=[record.reason],
            digest=content_hash({"rejected": record.reason}),
        )
    return staged_row(external_id=safe.external_id, raw=safe.payload(), status=StagedEvent.Status.PENDING, reasons=[])


@dataclasses.dataclass(slots=True)
class Withdrawal:
    cancelled: int = 0
    refused: str = ""


def source_withdraw_vanished(*, source: Source, seen: set[str], now: dt.datetime) -> Withdrawal:
    """Cancel upcoming events this source listed before and no longer lists (complete listings only).

    A run that would cancel more than SOURCE_MAX_CANCEL_FRACTION of the source's upcoming events is
    more likely a broken feed than a mass cancellation: nothing is cancelled and the source is flagged.
    """
    listed = StagedEvent.objects.filter(
        source=source,
        status__in=(StagedEvent.Status.PUBLISHED, StagedEvent.Status.HELD),
        event__isnull=False,
        event__start__gte=now,
    )
    upcoming = listed.count()
    vanished = list(listed.exclude(external_id__in=seen).exclude(content_hash=WITHDRAWN).select_related("event"))
    if not vanished:
        return Withdrawal()
    if len(vanished) > settings.SOURCE_MAX_CANCEL_FRACTION * upcoming:
        reason = REFUSED_CANCEL.format(count=len(vanished), total=upcoming, share=len(vanished) / upcoming)
        source.flagged_reason = reason
        logger.warning("source %s: %s", source.slug, reason)
        return Withdrawal(refused=reason)
    cancelled = events_withdraw(staged_events=vanished, source=source, now=now)
    return Withdrawal(cancelled=cancelled)


def sources_clear_flag(*, source_ids: Sequence[int]) -> int:
    """An operator has checked the flagged sources: clear the flag; degraded by the flag alone → healthy."""
    flagged = Source.objects.filter(pk__in=source_ids).exclude(flagged_reason="")
    count = flagged.count()
    flagged.filter(health=Source.Health.DEGRADED).update(health=Source.Health.HEALTHY)
    flagged.update(flagged_reason="", updated_at=timezone.now())
    return count


def _record_health(source: Source, run: FetchRun, error: str = "") -> None:
    now = run.finished_at or timezone.now()
    source.last_fetched_at = now
    if run.status == FetchRun.Status.FAILED:
        source.consecutive_failures += 1
        source.last_error = error
        source.health = Source.Health.FAILING
        if source.consecutive_failures >= settings.SOURCE_MAX_CONSECUTIVE_FAILURES:
            source.is_active = False
            source.health = Source.Health.DISABLED
            schedule_delete(slug=source.slug)
            source.last_error = f"{error}\n{DISABLED_AFTER.format(count=source.consecutive_failures)}"
    else:
        source.consecutive_failures = 0
        source.last_success_at = now
        source.last_error = ""
        healthy = run.status == FetchRun.Status.SUCCESS and not source.flagged_reason
        source.health = Source.Health.HEALTHY if healthy else Source.Health.DEGRADED
    source.save(
        update_fields=[
            "last_fetched_at", "consecutive_failures", "last_error", "health", "is_active", "last_success_at",
            "flagged_reason", "http_etag", "http_last_modified", "updated_at",
        ]
    )  # fmt: skip


def _finish(run: FetchRun, started: float, status: str) -> None:
    run.status = status
    run.finished_at = timezone.now()
    run.duration_ms = int((time.perf_counter() - started) * 1000)


def source_fetch(
    *,
    source: Source,
    trigger: str = FetchRun.Trigger.SCHEDULE,
    window: FetchWindow | None = None,
    sleep: Callable[[float], None] = time.sleep,
    run: FetchRun | None = None,
) -> FetchOutcome:
    """Fetch one source, stage its records and record the run. Returns the staged ids to process.

    The run always ends in a terminal state, whatever goes wrong on the way (a database error included);
    a second fetch of a source whose fetch is still running is recorded as skipped and reads nothing.
    ``run`` is a run created ``queued`` when the fetch was asked for (the admin API answers with its id).
    """
    started = time.perf_counter()
    with source_fetch_lock(source_id=source.pk) as acquired:
        if run is None:
            run = FetchRun.objects.create(source=source, trigger=trigger, started_at=timezone.now())
        else:
            run.status, run.trigger, run.started_at = FetchRun.Status.RUNNING, trigger, timezone.now()
            run.save(update_fields=["status", "trigger", "started_at"])
        if not acquired:
            return _skip(run, source, started)
        try:
            result = source_read(source=source, window=window, sleep=sleep)
        except (AdapterError, FetchError, registry.AdapterNotFound) as exc:
            error = str(exc)
            return _fail(run, source, started, error)
        except SERVICE_ERRORS as exc:
            _service_away(run, started, exc)
            raise  # the task retries with backoff; the source's health is left alone
        except Exception as exc:
            logger.exception("adapter %s crashed on source %s", source.adapter, source.slug)
            return _fail(run, source, started, INTERNAL_ERROR.format(kind=type(exc).__name__))
        return _record_run_safely(run, source, started, result)


def source_receive(*, source: Source, payload: bytes) -> FetchOutcome:
    """A payload pushed to us (a webhook): parsed, staged and recorded like a fetch.

    Raises AdapterError when the payload's shape is wrong, before anything is recorded. Two deliveries
    for one source at once are staged one after the other (a webhook is never skipped).
    """
    context = AdapterContext(source=source.adapter, window=default_window(), default_timezone=source_timezone(source))
    records = list(registry.get(source.adapter)(config=source.config, context=context).parse(payload))
    started = time.perf_counter()
    run = FetchRun.objects.create(source=source, trigger=FetchRun.Trigger.WEBHOOK, started_at=timezone.now())
    previous = Validators(etag=source.http_etag, last_modified=source.http_last_modified)
    result = ReadResult(records=records, complete=False, not_modified=False, requests=0, validators=previous)
    return _record_run_safely(run, source, started, result, wait_for_lock=True)


def _record_run_safely(
    run: FetchRun, source: Source, started: float, result: ReadResult, *, wait_for_lock: bool = False
) -> FetchOutcome:
    """Stage and record in one transaction; whatever fails in it, the run is closed as failed with why."""
    try:
        # A statement the database refuses aborts the transaction it runs in: this block (a savepoint when
        # nested) is rolled back whole, leaving the connection usable to record the failure.
        with transaction.atomic():
            if wait_for_lock:
                source_write_lock(source_id=source.pk)
            return _record_run(run, source, started, result)
    except (OperationalError, InterfaceError):
        raise  # the database is gone: the task retries; the sweeper closes this run if it never comes back
    except Exception as exc:
        logger.exception("staging failed on source %s", source.slug)
        run.refresh_from_db()
        source.refresh_from_db(fields=["http_etag", "http_last_modified", "flagged_reason"])
        return _fail(run, source, started, INTERNAL_ERROR.format(kind=f"{type(exc).__name__}: {exc}"[:300]))


def _record_run(run: FetchRun, source: Source, started: float, result: ReadResult) -> FetchOutcome:
    counts, pending_ids = source_sync(source=source, records=result.records, now=run.started_at)
    for field in ("found", "new", "updated", "unchanged", "failed"):
        setattr(run, field, getattr(counts, field))
    run.errors = clean_json([*counts.errors, *({"reason": note} for note in result.notes)][:200])
    run.not_modified, run.requests = result.not_modified, result.requests
    status = FetchRun.Status.PARTIAL if counts.failed or result.notes else FetchRun.Status.SUCCESS
    if result.complete:
        seen = {staging_id(record.external_id) for record in result.records}
        withdrawal = source_withdraw_vanished(source=source, seen=seen, now=run.started_at)
        run.cancelled = withdrawal.cancelled
        if withdrawal.refused:
            run.errors = [*run.errors, {"reason": withdrawal.refused}]
            status = FetchRun.Status.REFUSED
    if result.not_modified:
        # Nothing new to read, but records a lost batch left pending are queued again.
        pending_ids = list(
            StagedEvent.objects.filter(source=source, status=StagedEvent.Status.PENDING).values_list("pk", flat=True)
        )
    _finish(run, started, status)
    run.save()
    # Remember the version only now: a feed that failed to parse must be read again next time. A validator
    # too long for its column is forgotten: the next GET is simply unconditional.
    source.http_etag = clean_validator(result.validators.etag, limit=ETAG_LENGTH)
    source.http_last_modified = clean_validator(result.validators.last_modified, limit=LAST_MODIFIED_LENGTH)
    _record_health(source, run)
    return FetchOutcome(run=run, pending_ids=pending_ids)


def webhook_authenticate(*, source: Source, timestamp: str | None, signature: str | None, body: bytes) -> None:
    """Raise SignatureError unless the body is signed with the source's secret, fresh, and not replayed."""
    secret = settings.WEBHOOK_SECRETS.get(source.slug)
    if not secret:
        logger.error("webhook source %s has no secret in WEBHOOK_SECRETS", source.slug)
        raise SignatureError(WEBHOOK_NOT_CONFIGURED)
    window = settings.WEBHOOK_MAX_AGE_SECONDS
    canonical = verify(
        secret=secret, timestamp=timestamp, signature=signature, body=body, now=time.time(), window=window
    )
    # A valid signature is good for one delivery: a captured request replayed within the window is refused.
    # Keyed on the digest we computed (never the header as sent, which has other spellings), and set with
    # cache.add (SET NX on Redis) so two concurrent copies cannot both pass.
    key = f"whatson:webhook:seen:{source.slug}:{canonical}"
    if not cache.add(key, 1, timeout=replay_lifetime(window=window)):
        raise SignatureError(REPLAYED)


def webhook_throttled(*, source: Source) -> bool:
    """Inbound pushes per source and minute, counted in the shared cache (the source's rate limit)."""
    key = f"whatson:webhook:rate:{source.slug}:{int(time.time() // 60)}"
    cache.add(key, 0, timeout=120)
    try:
        return cache.incr(key) > max(source.rate_limit_per_minute, 1)
    except ValueError:
        return False


def _fail(run: FetchRun, source: Source, started: float, error: str) -> FetchOutcome:
    error = clean_text(error)
    _finish(run, started, FetchRun.Status.FAILED)
    run.errors = [{"reason": error}]
    run.save()
    _record_health(source, run, error)
    logger.warning("source %s failed: %s", source.slug, error)
    return FetchOutcome(run=run, pending_ids=[])


def _service_away(run: FetchRun, started: float, exc: Exception) -> None:
    """Close a run that Redis or the database failed under, when the database still takes the write."""
    logger.warning("fetch run %s interrupted: %s", run.pk, exc)
    _finish(run, started, FetchRun.Status.FAILED)
    run.errors = [{"reason": SERVICE_AWAY.format(kind=type(exc).__name__)}]
    with contextlib.suppress(*SERVICE_ERRORS):  # the database is what failed: the sweeper closes the run later
        run.save()


def _skip(run: FetchRun, source: Source, started: float) -> FetchOutcome:
    """Another fetch holds the source: this run ends at once, and the source's health is left alone."""
    _finish(run, started, FetchRun.Status.SKIPPED)
    run.errors = [{"reason": ALREADY_RUNNING}]
    run.save()
    logger.info("source %s: %s", source.slug, ALREADY_RUNNING)
    return FetchOutcome(run=run, pending_ids=[])


def fetch_run_close_interrupted(*, run: FetchRun) -> None:
    """Close a run whose process died mid-fetch (the sweeper): failed, with why; it counts against the source's
    health only when no run has finished since it started."""
    run.status = FetchRun.Status.FAILED
    run.finished_at = timezone.now()
    run.errors = [*run.errors, {"reason": INTERRUPTED}]
    run.save(update_fields=["status", "finished_at", "errors"])
    fetched = run.source.last_fetched_at
    if fetched is not None and fetched > run.started_at:
        return  # a later run (the redelivered or retried task's) has already said how the source is
    _record_health(run.source, run, INTERRUPTED)


def batches(ids: Sequence[int], size: int | None = None) -> list[list[int]]:
    """The ids cut into batches, ordered by (city, day) block first when there are several (blocks.py)."""
    return batches_by_block(staged_event_ids=ids, size=size)
