"""The moment a page says it was published, read from its markup as an event: the post's stamp (helper pages79). Pure.

A blog post's page declares when it went up: '<meta property="article:published_time" content="2024-06-15T10:00:00Z">',
a JSON-LD BlogPosting's "datePublished", and its byline shows the same moment ('<time datetime="2024-06-15T10:00:00Z">
June 15, 2024</time>'). Its '<article>' block, a heading over that date, was read as an event at 10:00 on the day
of publication. Now an event the page's markup gives at a moment the page itself declares as its publication (or
last change) — the same instant to the minute, with a time of day — gives no event: that is when the page was
written, not when anything happens.

Not: an event at another time that day (the post went up at 10:00, the talk it announces is at 19:00), a stamp with
no time of day ("2024-06-15": an all-day event on the day a post went up is as often the one it announces), an
event whose start has no time, a page that declares no stamp. Events a page declares as such (JSON-LD Event) are the
JSON-LD reader's, not read here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any

from sources.adapters.base import ParsedRecord, RawEvent

# <meta property|name|itemprop=…> naming when the page was published or last changed (Open Graph's article and
# Schema.org's microdata names; Dublin Core's dates are days, not moments, so they would never match a timed event).
STAMP_METAS = frozenset(
    {"article:published_time", "article:modified_time", "og:updated_time", "datepublished", "datemodified"}
)
# The same in a JSON-LD object (a BlogPosting's, a NewsArticle's, a WebPage's): the keys, whatever the type.
STAMP_KEYS = ("datePublished", "dateModified", "dateCreated")
MAX_STAMPS = 20  # stamps kept per page
MAX_LD_TEXT = 200_000  # characters of one JSON-LD script read
MAX_NODES = 2_000  # JSON-LD nodes looked at per script
MAX_STAMP_TEXT = 40  # characters of a stamp's value
STAMP_NOTE = "{count} event(s) at the moment the page says it was published ({stamp}): the post's stamp, not an event"


def publication_stamps(root: Any, scripts: Iterable[Any]) -> set[dt.datetime]:
    """The timed moments (aware, to the minute) a page declares as its publication or last change: its <meta>
    stamps and its JSON-LD objects' (see the module). Read before the page is prepared for reading."""
    values = [
        node.get("content") or ""
        for node in root.iter("meta")
        if (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower() in STAMP_METAS
    ]
    for script in scripts:
        if (script.get("type") or "").strip().lower() == "application/ld+json":
            values.extend(_ld_stamps(script.text or ""))
    stamps = {moment for moment in map(_moment, values[:MAX_STAMPS]) if moment is not None}
    return stamps


def _ld_stamps(text: str) -> Iterator[str]:
    if len(text) > MAX_LD_TEXT:
        return
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return
    stack, seen = [data], 0
    while stack and seen < MAX_NODES:  # iterative: a deep graph costs a loop, not the interpreter's stack
        node, seen = stack.pop(), seen + 1
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            yield from (node[key] for key in STAMP_KEYS if isinstance(node.get(key), str))
            stack.extend(value for value in node.values() if isinstance(value, dict | list))


def _moment(value: str) -> dt.datetime | None:
    """An aware moment to the minute, from an ISO stamp with a time of day and an offset ("…T10:00:00Z"); else None."""
    text = value.strip()
    if len(text) > MAX_STAMP_TEXT or "T" not in text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.replace(second=0, microsecond=0)


def stamps_off(records: list[ParsedRecord], stamps: set[dt.datetime], notes: list[str]) -> list[ParsedRecord]:
    """The records without the events whose start is one of the page's ``stamps`` (see the module), a note for them."""
    if not stamps:
        return records
    kept: list[ParsedRecord] = []
    dropped: list[dt.datetime] = []
    for record in records:
        start = record.start if isinstance(record, RawEvent) else None
        if isinstance(start, dt.datetime) and start.tzinfo is not None:
            if start.replace(second=0, microsecond=0) in stamps:
                dropped.append(start)
                continue
        kept.append(record)
    if dropped:
        notes.append(STAMP_NOTE.format(count=len(dropped), stamp=dropped[0].isoformat()))
    return kept
