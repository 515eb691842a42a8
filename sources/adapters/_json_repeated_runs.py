"""A session that is its event again, for the ``json_api`` reader of nested items (``parents: true``).

An API that lists each event with its sessions (webinar.ru's ``eventSessions``) writes a session for each run of the
event, each with the event's name and moment when it runs once. A session that repeats its event's own moment (the
start and the end as the event writes them) under the event's own name (the same, or the name with more after it:
"Webinar" and "Webinar2") is the event itself; a second such session of one event is that one run again, not
another event, and is read once. Sessions at their event's moment with names of their own (workshops in two rooms
of one slot) are each read, as are sessions at other moments (the event's further runs).

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_mapping import resolve
from sources.adapters._json_nested import MARK


def run_key(item: Mapping[str, Any], paths: Mapping[str, str | None]) -> tuple[int, str, str] | None:
    """(which event, its start, its end) for a session that repeats its event's own moment under its event's name;
    None for any other item. ``paths``: the first path of the mapping's title, start and end."""
    parent = next((value for key, value in item.items() if key.startswith(MARK) and isinstance(value, Mapping)), None)
    title, start, end = paths.get("title"), paths.get("start"), paths.get("end")
    if parent is None or not title or not start or start.startswith(MARK) or title.startswith(MARK):
        return None
    own_title, event_title = resolve(item, title), resolve(parent, title)
    if not isinstance(own_title, str) or not isinstance(event_title, str) or not event_title.strip():
        return None
    if not own_title.strip().startswith(event_title.strip()):
        return None
    moments = []
    for path in (start, end):
        own = resolve(item, path) if path else None
        if path and (own is None or isinstance(own, Mapping | list) or own != resolve(parent, path)):
            return None
        moments.append(str(own) if own is not None else "")
    return id(parent), moments[0], moments[1]
