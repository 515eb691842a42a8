"""Writing a processed batch: venues, organizers, canonical events and their listings, in bulk.

Per batch: existing listings are updated in place (never fields a moderator edited; a moved start is a
rescheduling); new records create canonical events whose fields come from the best record of their
cluster (primary sources over aggregators); duplicates become listings of the event they duplicate
("also listed at"), taking it over only when their source outranks the one it shows.

This module sorts a batch's records into those three paths; each path has its module:
fields.py (field values and shared vocabulary), lookups.py (own listings, venues, organizers, areas),
create.py (new events), update.py (re-fetches, fills, rank rules and take-overs), link.py (listings).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from events.services.writing.create import create
from events.services.writing.fields import EVENT_FIELDS, FILLABLE, TRUST_RANK, merged, span
from events.services.writing.link import EVENT_REFERENCE, link
from events.services.writing.lookups import look_up, own_listings
from events.services.writing.update import enrich, update
from events.vocabulary import Action

if TYPE_CHECKING:
    from events.services.processing import Item
    from events.services.state import PipelineState

__all__ = ["EVENT_FIELDS", "FILLABLE", "TRUST_RANK", "EventWriter", "span"]


class EventWriter:
    def __init__(self, *, state: PipelineState, now: dt.datetime) -> None:
        self.state = state
        self.now = now

    def write(self, items: list[Item]) -> None:
        live = [item for item in items if item.decision and item.decision.action != Action.REJECT]
        if not live:
            return
        own = own_listings(live)
        lookups = look_up(live, state=self.state)
        batch = {f"{item.source.slug}:{item.external_id}": item for item in live}
        members: dict[str, list[Item]] = {}  # cluster → its in-batch duplicates, for the canonical's fields
        for item in live:
            if item.decision and item.decision.action == Action.LINK and item.dedup is not None:
                members.setdefault(item.dedup.cluster, []).append(item)
        creates: list[tuple[Item, dict[str, Any]]] = []
        updates: list[tuple[Item, int]] = []
        links: list[tuple[Item, str]] = []
        for item in live:
            action = item.decision.action if item.decision else Action.REJECT
            listed = own.get((item.source.id, item.external_id))
            if listed is not None and listed[1]:
                updates.append((item, listed[0]))
            elif listed is not None:
                # A secondary listing re-fetched: it may fill blanks or take over by rank, never overwrite
                # the primary source's fields (the link path's rules), and it stays secondary otherwise.
                links.append((item, f"{EVENT_REFERENCE}{listed[0]}"))
            elif action == Action.LINK and item.dedup is not None:
                links.append((item, item.dedup.cluster))
            else:
                creates.append((item, lookups.fields(item, merged(item, members, state=self.state))))
        create(creates, now=self.now)
        update(updates, lookups=lookups, now=self.now)
        enrich(link(links, batch=batch, now=self.now), lookups=lookups)
