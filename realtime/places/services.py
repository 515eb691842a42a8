"""Writing place statuses: a business's own update, visitor reports, predictions from opening hours.

Who wins while valid: the business, then visitors, then the prediction. Every change is pushed to live
clients after the transaction commits (a rolled-back change pushes nothing), one message per venue changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.crypto import salted_hmac

from events.models import Venue
from events.zones import zone
from realtime import bus
from realtime.models import Crowd, PlaceReport, PlaceStatus, StatusSource, VenueStatusToken
from realtime.places import hours, reports
from realtime.places.selectors import empty_payload, is_valid, place_status_forget, status_payload

# Visitors needed (distinct, counted) before their "open"/"closed" overrules a prediction from opening hours.
OVERRULE_HOURS_REPORTERS = 2
RANK = {StatusSource.PREDICTION: 1, StatusSource.USER: 2, StatusSource.BUSINESS: 3}
BUSINESS_CONFIDENCE = 1.0
PREDICTION_CONFIDENCE = 0.5
DEFAULT_VALID_MINUTES = 60
MAX_VALID_MINUTES = 24 * 60
MAX_WAIT_MINUTES = 600
REFRESH_BATCH = 500
TOKEN_PREFIX = "wst_"  # noqa: S105  # a marker that makes a leaked token recognisable, not a secret
REPORTER_SALT = "whatson.realtime.place-reporter"
FIELDS = ("open_now", "crowd", "wait_minutes", "special", "source", "confidence", "valid_until")

UNKNOWN_CROWD = "Unknown crowd level {value!r}."
BAD_WAIT = f"Waiting time must be 0 to {MAX_WAIT_MINUTES} minutes."
BAD_VALID = f"Valid minutes must be 1 to {MAX_VALID_MINUTES}."


# --- publishing ------------------------------------------------------------------------------------------------


def _publish_after_commit(payloads: dict[int, dict[str, Any]]) -> None:
    """One ``place.status`` message per venue, once the surrounding transaction has committed."""
    if not payloads:
        return
    place_status_forget(payloads)

    def send() -> None:  # one Redis round trip for a whole refresh batch
        place_status_forget(payloads)  # again: a page may have cached the old one before the commit
        bus.publish_many(
            [
                ("places", {"type": "place.status", "venue": venue_id, "status": payload}, venue_id, None)
                for venue_id, payload in payloads.items()
            ]
        )

    transaction.on_commit(send)


def _values(status: PlaceStatus | None) -> tuple[Any, ...] | None:
    return None if status is None else tuple(getattr(status, name) for name in FIELDS)


def _locked_status(venue_id: int) -> PlaceStatus | None:
    return PlaceStatus.objects.select_for_update().filter(venue_id=venue_id).first()


# --- a business's own word -------------------------------------------------------------------------------------


def _check(*, crowd: str, wait_minutes: int | None, valid_minutes: int = DEFAULT_VALID_MINUTES) -> None:
    if crowd and crowd not in Crowd.values:
        raise ValueError(UNKNOWN_CROWD.format(value=crowd))
    if wait_minutes is not None and not 0 <= wait_minutes <= MAX_WAIT_MINUTES:
        raise ValueError(BAD_WAIT)
    if not 1 <= valid_minutes <= MAX_VALID_MINUTES:
        raise ValueError(BAD_VALID)


def place_status_business_update(
    *,
    venue: Venue,
    open_now: bool | None = None,
    crowd: str = "",
    wait_minutes: int | None = None,
    special: str = "",
    valid_minutes: int = DEFAULT_VALID_MINUTES,
    now: dt.datetime | None = None,
) -> PlaceStatus:
    """The venue says how it is (admin, or its token on the API): replaces any status, valid ``valid_minutes``."""
    _check(crowd=crowd, wait_minutes=wait_minutes, valid_minutes=valid_minutes)
    now = now or timezone.now()
    with transaction.atomic():
        status, _ = PlaceStatus.objects.update_or_create(
            venue=venue,
            defaults={
                "open_now": open_now,
                "crowd": crowd,
                "wait_minutes": wait_minutes,
                "special": " ".join(special.split())[:80],
                "source": StatusSource.BUSINESS,
                "confidence": BUSINESS_CONFIDENCE,
                "valid_until": now + dt.timedelta(minutes=valid_minutes),
                "updated_at": now,
            },
        )
        status.venue = venue
        _publish_after_commit({venue.pk: status_payload(status)})
    return status


# --- visitors' reports -----------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class ReportResult:
    report: PlaceReport
    status: PlaceStatus | None  # the venue's status afterwards (valid), whoever set it
    changed: bool  # whether this report changed the status


def reporter_key(identity: str) -> str:
    """A keyed hash of who reported (an address, a user id): lets us count a visitor once, never stores who."""
    return salted_hmac(REPORTER_SALT, identity, algorithm="sha256").hexdigest()


def _judge_window(venue: Venue, now: dt.datetime) -> list[reports.Report]:
    """Judge every report of the window again (a new report can make an earlier one an outlier, or not)."""
    rows = list(
        PlaceReport.objects.filter(
            venue=venue, created_at__gt=now - reports.REPORT_WINDOW, created_at__lte=now
        ).order_by("created_at", "pk")
    )
    judged = [
        reports.Report(
            id=row.pk,
            reporter=row.reporter,
            created_at=row.created_at,
            crowd=row.crowd,
            wait_minutes=row.wait_minutes,
            open_now=row.open_now,
            special=row.special,
        )
        for row in rows
    ]
    reports.judge(judged, Crowd.values)
    changed = []
    for row, verdict in zip(rows, judged, strict=True):
        if row.ignored != bool(verdict.ignored_reason) or row.ignored_reason != verdict.ignored_reason:
            row.ignored, row.ignored_reason = bool(verdict.ignored_reason), verdict.ignored_reason
            changed.append(row)
    PlaceReport.objects.bulk_update(changed, ["ignored", "ignored_reason"])
    return judged


def place_report_submit(
    *,
    venue: Venue,
    reporter: str,
    crowd: str = "",
    wait_minutes: int | None = None,
    open_now: bool | None = None,
    special: str = "",
    now: dt.datetime | None = None,
) -> ReportResult:
    """Store a visitor's report and fold the window's reports into the status, unless the business's holds."""
    _check(crowd=crowd, wait_minutes=wait_minutes)
    now = now or timezone.now()
    with transaction.atomic():
        # One report at a time per venue: two at once would each judge the window without the other.
        Venue.objects.select_for_update().filter(pk=venue.pk).first()
        report = PlaceReport.objects.create(
            venue=venue,
            crowd=crowd,
            wait_minutes=wait_minutes,
            open_now=open_now,
            special=" ".join(special.split())[:80],
            reporter=reporter_key(reporter),
            created_at=now,
        )
        judged = _judge_window(venue, now)
        report.refresh_from_db(fields=["ignored", "ignored_reason"])
        current = _locked_status(venue.pk)
        if is_valid(current, now) and current is not None and current.source == StatusSource.BUSINESS:
            return ReportResult(report=report, status=current, changed=False)
        found = reports.aggregate(judged, Crowd.values)
        if found is None:
            return ReportResult(report=report, status=current if is_valid(current, now) else None, changed=False)
        status = current or PlaceStatus(venue=venue)
        before = _values(current)
        open_now = found.open_now
        if found.counted < OVERRULE_HOURS_REPORTERS and open_now is not None:
            by_hours = predicted(venue, now)  # one visitor (one address) does not overrule the opening hours
            if by_hours is not None and by_hours.open_now is not None:
                open_now = by_hours.open_now
        status.open_now, status.crowd, status.wait_minutes = open_now, found.crowd, found.wait_minutes
        status.special, status.source, status.confidence = found.special, StatusSource.USER, found.confidence
        status.valid_until = found.newest + reports.USER_STATUS_VALID
        if _values(status) == before:
            return ReportResult(report=report, status=status, changed=False)
        status.updated_at = now
        status.save()
        status.venue = venue
        _publish_after_commit({venue.pk: status_payload(status)})
    return ReportResult(report=report, status=status, changed=True)


# --- predictions from opening hours (the beat task) ------------------------------------------------------------


def predicted(venue: Venue, now: dt.datetime) -> PlaceStatus | None:
    """Open or closed by the venue's weekly hours on its city's clock, valid until that changes; None: unknown."""
    city_zone = zone(venue.city.timezone) if venue.city is not None else None
    if city_zone is None:
        return None  # without the venue's clock, "open" would be a guess in the wrong zone
    state = hours.open_state(venue.opening_hours or [], now=now, zone=city_zone)
    if state is None:
        return None
    return PlaceStatus(
        venue=venue,
        open_now=state.open_now,
        source=StatusSource.PREDICTION,
        confidence=PREDICTION_CONFIDENCE,
        # The next opening or closing: the same value on every run until then, so an unchanged venue is not
        # written or pushed again. Around the clock (no boundary in sight): the end of the local day.
        valid_until=state.until or hours.next_local_midnight(now, city_zone),
        updated_at=now,
    )


def _refresh_batch(venue_ids: list[int], now: dt.datetime, counts: dict[str, int]) -> None:
    with transaction.atomic():
        # Lock the statuses first: a business update landing meanwhile waits, and is never overwritten.
        locked = {
            status.venue_id: status for status in PlaceStatus.objects.select_for_update().filter(venue_id__in=venue_ids)
        }
        venues = Venue.objects.filter(pk__in=venue_ids).select_related("city")
        inserts: list[PlaceStatus] = []
        updates: list[PlaceStatus] = []
        deletes: list[int] = []
        payloads: dict[int, dict[str, Any]] = {}
        for venue in venues:
            current = locked.get(venue.pk)
            if current is not None and is_valid(current, now) and RANK[StatusSource(current.source)] > 1:
                counts["kept"] += 1
                continue
            new = predicted(venue, now)
            if new is None:
                if current is not None and (not is_valid(current, now) or current.source == StatusSource.PREDICTION):
                    deletes.append(venue.pk)
                    payloads[venue.pk] = empty_payload(venue.pk)
                continue
            if _values(new) == _values(current):
                counts["unchanged"] += 1
                continue
            (inserts if current is None else updates).append(new)
            payloads[venue.pk] = status_payload(new)
        PlaceStatus.objects.filter(venue_id__in=deletes).delete()
        # A status inserted by someone else since we looked wins (ignore_conflicts): it is fresher than a guess.
        PlaceStatus.objects.bulk_create(inserts, ignore_conflicts=True)
        PlaceStatus.objects.bulk_update(updates, [*FIELDS, "updated_at"])
        counts["expired"] += len(deletes)
        counts["predicted"] += len(inserts) + len(updates)
        counts["published"] += len(payloads)
        _publish_after_commit(payloads)


def place_statuses_refresh(now: dt.datetime | None = None) -> dict[str, int]:
    """Every 15 minutes: predict open/closed for venues with weekly hours and no fresher word from the business or
    visitors; expire stale statuses (replaced by a prediction when there is one, else removed)."""
    now = now or timezone.now()
    counts = {"predicted": 0, "unchanged": 0, "kept": 0, "expired": 0, "published": 0}
    candidates = (
        Venue.objects.filter(~Q(opening_hours=[]) | Q(live_status__isnull=False))
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    batch: list[int] = []
    for venue_id in candidates.iterator(chunk_size=REFRESH_BATCH):
        batch.append(venue_id)
        if len(batch) == REFRESH_BATCH:
            _refresh_batch(batch, now, counts)
            batch = []
    if batch:
        _refresh_batch(batch, now, counts)
    return counts


# --- business tokens -------------------------------------------------------------------------------------------


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def status_token_secret() -> tuple[str, str]:
    """A new token and the hash to store (the token itself is shown once, never stored)."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    return token, token_hash(token)


def status_token_check(token: str, *, now: dt.datetime | None = None) -> VenueStatusToken | None:
    """The live token with that secret (stamped as used), or None for an unknown or revoked one."""
    digest = token_hash(token)
    found = VenueStatusToken.objects.filter(token_hash=digest, revoked_at__isnull=True).first()
    # The lookup is by a hash of a 256-bit secret, so its timing tells nothing; compare in constant time anyway.
    if found is None or not hmac.compare_digest(found.token_hash, digest):
        return None
    found.last_used_at = now or timezone.now()
    VenueStatusToken.objects.filter(pk=found.pk).update(last_used_at=found.last_used_at)
    return found


def status_tokens_revoke(tokens: Iterable[VenueStatusToken], *, now: dt.datetime | None = None) -> int:
    ids = [token.pk for token in tokens]
    return VenueStatusToken.objects.filter(pk__in=ids, revoked_at__isnull=True).update(revoked_at=now or timezone.now())
