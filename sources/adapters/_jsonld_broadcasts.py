"""A schedule of broadcasts in a page's JSON-LD, read as events as a TV guide's XMLTV programmes are. Pure.

The project's one decision for broadcasts (left27, docs/real-world-sources-log.md): a channel's listing of airings,
each with its slot (a start and an end with a clock), is a guide to things that happen at a time, and is read, as
the XML reader has read XMLTV's ``<programme start stop>`` and broadcasters' EPGs since batch 30. A schema.org
``BroadcastEvent`` is such an airing when the page holds at least ``MIN_AIRINGS`` of them with distinct starts, each
with a start and an end that carry a clock: whether it stands alone in the graph (named itself, or by the event it
broadcasts, ``broadcastOfEvent``) or is an episode's or a programme's ``publication`` (a radio station's day
schedule: ``RadioEpisode`` items whose time is their publication; the airing takes the episode's name, link,
description and image).

Not: a lone broadcast (an episode's page naming its first airing, a single "On air" date), a broadcast with no end
or no clock (a publication day), the ``publication`` of a recording (``VideoObject``, ``AudioObject``, any
``MediaObject`` or ``Clip``: a video's live-stream stamp or upload, which is the video's, not a listing's); a
broadcast nested deeper than the page's own items. ``_schemaorg.NOT_EVENTS`` keeps ``BroadcastEvent`` out of the
ordinary event walk, so each airing is read once, here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from sources.adapters._schemaorg import MAX_DEPTH, as_list, is_event, types_of

MIN_AIRINGS = 2  # a schedule, not one airing
BROADCAST = "BroadcastEvent"
PUBLICATION_KEYS = ("publication", "releasedEvent")
# A recording's types: its publication is the recording's release or stream, not a slot in a listing.
RECORDING = re.compile(r"(?:Object|Clip)$")
SLOT = re.compile(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d")
# What an airing takes from the work it publishes, where it has none of its own.
FROM_WORK = ("name", "url", "description", "image", "@id")


def broadcast_events(data: Any) -> list[dict[str, Any]]:
    """The page's airings as schema.org event nodes, when they make a schedule (see above); else none."""
    airings = [_as_event(broadcast, work) for broadcast, work in _airings(data, None, 0)]
    timed = [node for node in airings if _slot(node) and isinstance(node.get("name"), str)]
    if len({node["startDate"] for node in timed}) < MIN_AIRINGS:
        return []
    return timed


def _airings(
    data: Any, work: dict[str, Any] | None, depth: int
) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Each broadcast in ``data`` with the work it publishes (None for one standing alone), in document order."""
    if depth > MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _airings(item, work, depth + 1)
    elif isinstance(data, dict):
        if BROADCAST not in types_of(data):
            yield from _inside(data, depth)
        elif not _of_dated_event(data):
            yield data, work


def _inside(node: dict[str, Any], depth: int) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    """The broadcasts under a node that is none: its publications (unless it is a recording), and its values'."""
    recording = any(RECORDING.search(name) for name in types_of(node))
    for key, value in node.items():
        if key in PUBLICATION_KEYS and not recording:
            yield from _airings(value, node, depth + 1)
        elif key != "@context" and key not in PUBLICATION_KEYS and isinstance(value, dict | list):
            yield from _airings(value, None, depth + 1)


def _of_dated_event(broadcast: dict[str, Any]) -> bool:
    """Whether the broadcast shows an event dated itself: that event is read (_schemaorg.find_events), not this."""
    return any(is_event(shown) and shown.get("startDate") for shown in as_list(broadcast.get("broadcastOfEvent")))


def _as_event(broadcast: dict[str, Any], work: dict[str, Any] | None) -> dict[str, Any]:
    """An airing as an event node: its own fields, the work's name, link, description and image where it has none,
    named by the event it broadcasts when neither names it."""
    node = {key: value for key, value in broadcast.items() if key != "@type"}
    for key in FROM_WORK:
        if work is not None and node.get(key) in (None, "", []) and work.get(key) not in (None, "", []):
            node[key] = work[key]
    shown = next((item for item in as_list(broadcast.get("broadcastOfEvent")) if isinstance(item, dict)), None)
    if node.get("name") in (None, "") and shown is not None:
        node["name"] = shown.get("name")
    node["@type"] = "Event"
    return node


def _slot(node: dict[str, Any]) -> bool:
    """Whether the airing has a start and an end, each with a clock."""
    start, end = node.get("startDate"), node.get("endDate")
    return isinstance(start, str) and isinstance(end, str) and bool(SLOT.match(start) and SLOT.match(end))
