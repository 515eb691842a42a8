"""A list under schema.org's "subEvent" key whose items have no name of their own: named by the event they are part of.

An activity-booking search API (imin's Events API, OpenActive JSON-LD) answers with one
``{"type": "EventSeries", "name": "GOLDEN: Virtual BODYPUMP", "subEvent": [{"type": "SessionSeries", "location":
{...}, "subEvent": [{"type": "ScheduledSession", "startDate", "endDate"}]}]}``: the series is named once, each
leisure centre's sessions say only when. A name every item inside a container shares is normally the container's
(a theatre's over its plays, a conference's over its talks) and names no item; but the key "subEvent" says what the
items are: parts of the event they sit in, its sessions, so that event's name is each one's (as a record's own
"sessions" list is read, ``_as_occurrences``). Without this, each session was named by its type, "ScheduledSession".

Fires only where all of these hold: the list's own key is "subEvent" or "subEvents" (schema.org's property; not
"events", "items", "sessions" of a venue or a feed); the items read without it are titled by their kind
(``KIND_TITLE``) or not at all; and the name then chosen is an enclosing object's own "name" ("^.name",
"^subEvent.name"), not something held inside it ("^.programme.name": the series' brand, "^.organizer.name"). A
sub-event with a name of its own keeps it (a festival's concerts); a container with no name of its own changes
nothing.

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sources.adapters._json_kinds import KIND_TITLE
from sources.adapters._json_one_event import first_path

if TYPE_CHECKING:
    from sources.adapters._json_infer import Inference

__all__ = ["SUB_EVENT_TITLE", "sub_events_read"]

SUB_EVENT_KEYS = frozenset({"subevent", "subevents", "sub_event", "sub_events"})
CONTAINER_MARK = "^"
OWN_NAME_KEYS = frozenset({"name", "title"})
SUB_EVENT_TITLE = " (the items sit under 'subEvent': parts of the event they are in, each named by it)"

Read = Callable[[str, list[Any]], "Inference | None"]


def sub_events_read(path: str, items: list[Any], read: Read, read_as_parts: Read) -> Inference | None:
    """The list read as usual; where it is a "subEvent" list whose items are titled only by their kind (or not at
    all), read again as the parts of the event around them when that names them by that event's own name."""
    found = read(path, items)
    if path.rsplit(".", 1)[-1].casefold() not in SUB_EVENT_KEYS or (found is not None and not _kind_titled(found)):
        return found
    parts = read_as_parts(path, items)
    if parts is None or not _container_name(first_path(parts.config["mapping"]["title"])):
        return found
    parts.evidence[:] = [line + SUB_EVENT_TITLE if line.startswith("title ← ") else line for line in parts.evidence]
    return parts


def _kind_titled(found: Inference) -> bool:
    return any(line.startswith("title ← ") and line.endswith(KIND_TITLE) for line in found.evidence)


def _container_name(path: str) -> bool:
    """Whether a title path is an enclosing object's own name ("^.name", "^subEvent.title"), not a name held inside
    it ("^.programme.name") nor the item's own."""
    if not path.startswith(CONTAINER_MARK) or "." not in path:
        return False
    return path.split(".", 1)[1].casefold() in OWN_NAME_KEYS
