"""Merge two events that describe the same happening, and split them again (undo a wrong merge).

A merge keeps every listing ("also listed at"): the loser's listings and staged records move to the winner,
and the loser stays in the database with ``merged_into`` set, out of public lists, its page redirecting to
the winner's. The audit rows on both events keep exactly what moved, which is what a split puts back.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import transaction

from events.models import Event, EventListing, StagedEvent
from events.vocabulary import trust_rank
from moderation import hooks
from moderation.actions.common import Actor, record
from moderation.models import ModerationAction

Action = ModerationAction.Action

SAME_EVENT = "event {pk} cannot be merged into itself"
ALREADY_MERGED = "event {pk} was already merged into event {into}: merge into that one instead"
NOTHING_TO_SPLIT = "event {pk} is not merged into another event: nothing to split"
NO_MERGE_RECORD = "event {pk} has no merge in its audit trail to undo"

# before/after keys of the audit rows.
MERGED_INTO = "merged_into"
LISTINGS = "listings"  # ids of the loser's listings that moved
PRIMARY = "primary_listings"  # ids of the listings that were primary, before and after
STAGED = "staged_events"  # ids of the loser's staged records that moved
LOSER = "loser"
WINNER = "winner"


def lock_pair(a: Event, b: Event) -> tuple[Event, Event]:
    """Fresh, locked copies of both events; rows locked in id order so two crossing merges cannot deadlock."""
    rows = {event.pk: event for event in Event.objects.select_for_update().filter(pk__in=(a.pk, b.pk)).order_by("pk")}
    return rows[a.pk], rows[b.pk]


def _primary(listings: Iterable[EventListing]) -> EventListing | None:
    return next((listing for listing in listings if listing.is_primary), None)


def _rank(listing: EventListing | None) -> int:
    return trust_rank(listing.source.trust_level) if listing is not None else -1


def _primary_after(winner: Event, loser: Event) -> tuple[list[int], list[int]]:
    """Which listings are primary before and after: the winner's stays, unless the loser's source ranks higher."""
    winner_primary = _primary(winner.listings.select_related("source").select_for_update(of=("self",)))
    loser_primary = _primary(loser.listings.select_related("source").select_for_update(of=("self",)))
    before = [listing.pk for listing in (winner_primary, loser_primary) if listing is not None]
    keep_winner = winner_primary is not None and _rank(winner_primary) >= _rank(loser_primary)
    chosen = winner_primary if keep_winner else loser_primary
    return sorted(before), [chosen.pk] if chosen is not None else []


def _set_primary(listing_ids: Iterable[int], primary: Iterable[int]) -> None:
    ids = list(listing_ids)
    primary = list(primary)
    EventListing.objects.filter(pk__in=ids).exclude(pk__in=primary).update(is_primary=False)
    EventListing.objects.filter(pk__in=primary).update(is_primary=True)


def _audit(
    *, acting_user: Actor, action: str, winner: Event, loser: Event, change: dict[str, Any], reason: str
) -> list[int]:
    """The same before/after on both events, each row naming the other side, so either trail tells the story."""
    rows = [
        record(
            acting_user=acting_user,
            action=action,
            event=event,
            before=change["before"],
            after=change["after"],
            reason=reason,
        )
        for event in (loser, winner)
    ]
    return [row.pk for row in rows]


def _people_move(winner: Event, loser: Event) -> None:
    """People's replies and saves follow the duplicate to the winner (both events locked, same transaction); a
    split leaves them there."""
    from events.people.library.services import saved_events_move
    from events.people.rsvps.services import rsvps_move_on_merge

    rsvps_move_on_merge(winner=winner, loser=loser)
    saved_events_move(from_event_id=loser.pk, to_event_id=winner.pk)


def events_merge(*, acting_user: Actor, winner: Event, loser: Event, reason: str = "") -> list[ModerationAction]:
    """Merge ``loser`` into ``winner``: listings and staged records move, the loser redirects. One audit row each."""
    if winner.pk == loser.pk:
        raise ValueError(SAME_EVENT.format(pk=winner.pk))
    with transaction.atomic():
        current_winner, current_loser = lock_pair(winner, loser)
        for event in (current_winner, current_loser):
            if event.merged_into_id is not None:
                raise ValueError(ALREADY_MERGED.format(pk=event.pk, into=event.merged_into_id))
        primary_before, primary_after = _primary_after(current_winner, current_loser)
        listing_ids = sorted(current_loser.listings.values_list("pk", flat=True))
        staged_ids = sorted(
            StagedEvent.objects.select_for_update().filter(event=current_loser).values_list("pk", flat=True)
        )
        EventListing.objects.filter(pk__in=listing_ids).update(event=current_winner)
        _set_primary([*listing_ids, *current_winner.listings.values_list("pk", flat=True)], primary_after)
        StagedEvent.objects.filter(pk__in=staged_ids).update(event=current_winner)
        current_loser.merged_into = current_winner
        current_loser.save(update_fields=[MERGED_INTO, "updated_at"])
        _people_move(current_winner, current_loser)
        current_winner.save(update_fields=["updated_at"])  # caches and feeds key on it: its listings changed
        sides = {LOSER: current_loser.pk, WINNER: current_winner.pk}
        change = {
            "before": {**sides, MERGED_INTO: None, PRIMARY: primary_before},
            "after": {
                **sides,
                MERGED_INTO: current_winner.pk,
                LISTINGS: listing_ids,
                STAGED: staged_ids,
                PRIMARY: primary_after,
            },
        }
        ids = _audit(
            acting_user=acting_user,
            action=Action.MERGE,
            winner=current_winner,
            loser=current_loser,
            change=change,
            reason=reason.strip(),
        )
        loser.merged_into_id = current_winner.pk
        hooks.moderated(ids)
        return list(ModerationAction.objects.filter(pk__in=ids).order_by("pk"))


def _latest_merge(loser: Event, winner_id: int) -> ModerationAction:
    row = (
        ModerationAction.objects.filter(
            event=loser, action=Action.MERGE, after__loser=loser.pk, after__winner=winner_id
        )
        .order_by("-created_at", "-pk")
        .first()
    )
    if row is None:
        raise ValueError(NO_MERGE_RECORD.format(pk=loser.pk))
    return row


def event_split(*, acting_user: Actor, event: Event, reason: str = "") -> list[ModerationAction]:
    """Undo the latest merge of ``event`` (the loser): what moved goes back, primaries as they were."""
    with transaction.atomic():
        # The winner always exists while merged_into is set: deleting it clears merged_into (SET_NULL).
        winner_id = Event.objects.filter(pk=event.pk).values_list(MERGED_INTO, flat=True).first()
        if winner_id is None:
            raise ValueError(NOTHING_TO_SPLIT.format(pk=event.pk))
        current_winner, current_loser = lock_pair(Event(pk=winner_id), event)
        if current_loser.merged_into_id != winner_id:  # a concurrent split or merge got there first
            raise ValueError(NOTHING_TO_SPLIT.format(pk=event.pk))
        merge = _latest_merge(current_loser, winner_id)
        listing_ids = [int(pk) for pk in merge.after.get(LISTINGS, [])]
        staged_ids = [int(pk) for pk in merge.after.get(STAGED, [])]
        primary_before = [int(pk) for pk in merge.before.get(PRIMARY, [])]
        # Only what still sits on the winner goes back: a listing a later merge moved on stays where it is.
        EventListing.objects.filter(pk__in=listing_ids, event_id=winner_id).update(event=current_loser)
        StagedEvent.objects.filter(pk__in=staged_ids, event_id=winner_id).update(event=current_loser)
        touched = [*listing_ids, *current_winner.listings.values_list("pk", flat=True)]
        _set_primary(touched, [pk for pk in primary_before if pk in touched])
        current_loser.merged_into = None
        current_loser.save(update_fields=[MERGED_INTO, "updated_at"])
        current_winner.save(update_fields=["updated_at"])
        sides = {LOSER: current_loser.pk, WINNER: winner_id}
        change = {
            "before": {**sides, MERGED_INTO: winner_id, LISTINGS: listing_ids, STAGED: staged_ids},
            "after": {**sides, MERGED_INTO: None, PRIMARY: primary_before},
        }
        ids = _audit(
            acting_user=acting_user,
            action=Action.SPLIT,
            winner=current_winner,
            loser=current_loser,
            change=change,
            reason=reason.strip(),
        )
        event.merged_into_id = None
        hooks.moderated(ids)
        return list(ModerationAction.objects.filter(pk__in=ids).order_by("pk"))
