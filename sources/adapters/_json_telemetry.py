"""Telemetry is no events: a list whose items are what a user did on a site or what happened to a machine, as an
analytics tool or a cluster logs them, though each is called an "event" (helper review30, APIs).

An analytics export answers ``{"events": [{"event": "Page Viewed", "timestamp": "2031-06-10T09:20:11Z", "userId":
"u_123", "properties": {"title": "Pricing"}}]}`` (Segment, Mixpanel, PostHog: "event" naming the action, a stamp,
whose action it was: "userId", "anonymousId", "distinct_id", "session_id"); a cluster's event list answers
``{"kind": "EventList", "items": [{"involvedObject": {"kind": "Pod"}, "reason": "Scheduled", "firstTimestamp": …}]}``.
Both were read as events titled by a page's or an object's name. A list is one of telemetry when nearly all its items
(``_json_news.nearly_all``) name an action in an "event" / "event_name" / "action" key (a string) beside a stamp's
key ("timestamp", "ts", "sent_at", "received_at") and a user's or a session's id, or name the object an event
happened to ("involvedObject", "involved_object", "regarding") beside its reason. A parcel's tracking answers its
scans the same way (``{"events": [{"timestamp": …, "status": "ARRIVED_AT_DEPOT", "description": "Arrived at delivery
depot", "location": {…}}]}``): a stamp and a status code, no name: a status log.

Not: a calendar's events with an "event" name key and a start (no user's id, no stamp's key); an event with its
organiser's "user_id" (no action key); a record with an action, a stamp and a user that states its own start or
date ("start", "date": a happening, logged); a list where a few items are such records among events.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._json_news import nearly_all, said_keys

__all__ = ["telemetry_items"]

ACTION_KEYS = frozenset({"event", "eventname", "event_name", "eventName", "action"})
STAMP_WORDS = ({"timestamp"}, {"ts"}, {"sent", "at"}, {"received", "at"}, {"original", "timestamp"})
WHO_WORDS = frozenset({"user", "anonymous", "distinct", "session", "visitor", "device"})
# An event's own moment beside the stamp: a record of a happening, whatever else it logs.
MOMENT_WORDS = frozenset({"start", "starts", "begin", "begins", "end", "ends", "date", "datetime", "when", "dtstart"})
# A status log's code ("IN_TRANSIT", "ARRIVED_AT_DEPOT"): a carrier's scan, a job's step.
STATUS_CODE = re.compile(r"[A-Z]{2,}(?:_[A-Z]+)+|[A-Z]{3,}")
NAME_WORDS = frozenset({"title", "name", "headline", "summary", "subject"})
OBJECT_KEYS = frozenset({"involvedObject", "involved_object", "regarding"})


def telemetry_items(items: list[Any]) -> bool:
    """Whether the list's items are telemetry (see the module's docstring)."""
    return nearly_all(items, _telemetry)


def _telemetry(item: Mapping[Any, Any]) -> bool:
    if OBJECT_KEYS & set(map(str, item)) and "reason" in item:
        return True
    action = any(isinstance(item.get(key), str) for key in ACTION_KEYS)
    stamp = who = coded = named = False
    for said, value in said_keys(item):
        if said & MOMENT_WORDS:
            return False
        stamp = stamp or any(said == words for words in STAMP_WORDS)
        who = who or bool(said & WHO_WORDS and "id" in said)
        coded = coded or bool("status" in said and isinstance(value, str) and STATUS_CODE.fullmatch(value))
        named = named or bool(said & NAME_WORDS)
    return stamp and (action and who or coded and not named)
