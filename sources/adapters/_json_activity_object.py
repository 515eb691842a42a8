"""An activity that publishes an event: the event is its object (batch 45, APIs).

Fediverse servers (Mobilizon, Gancio, and any ActivityPub server that federates events) send and keep each event
as an ActivityStreams activity: ``{"type": "Create", "actor": …, "published": …, "object": {"type": "Event",
"name": …, "startTime": …, "location": …}}``. The activity is a verb with a stamp (``"published"``), the event is
the object it publishes. The one-event reading (``_json_one_event``) looks inside such a document's ``"object"``
when the activity publishes it (Create, Update, Announce, Add) and the object says it is an event by its own type
(``_json_declared_kinds.EVENT_KINDS``): "Event", "schema:Event", "https://…/Event".

Not an object of another kind (a Create of a "Note" with a date is a post), nor one a person answers or leaves
(Join, Accept, Leave, Undo of an event: someone's reply, not the event published), nor an event under any other
key of an object that is not such an activity (a comment's ``"context"`` holding the event it is about).

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

from sources.adapters._json_declared_kinds import EVENT_KINDS, TYPE_KEYS, declared_kind
from sources.adapters._json_shapes import words

__all__ = ["published_object"]

# The ActivityStreams activities that put their object out for others to read, as their type names them.
PUBLISHING = frozenset({"create", "update", "announce", "add"})
OBJECT_KEY = "object"
MAX_KEYS = 200  # an object's own keys looked at for its type, as _json_one_event reads its own keys


def _own_kind(data: Mapping[str, Any]) -> list[str]:
    """The words of the kind the object's own type key names ("type": "Create", "@type": "schema:Event"); []
    when it names none (no type key, or a value that is not a short name)."""
    for key, value in itertools.islice(data.items(), MAX_KEYS):
        if key == OBJECT_KEY or not isinstance(key, str) or not isinstance(value, str):
            continue  # an activity's "object" is what it acts on, not its kind (as Stripe's "object" would be)
        if words(key) and set(words(key)) <= TYPE_KEYS:
            named = declared_kind(value)
            if named:
                return named
    return []


def published_object(holder: Mapping[str, Any], key: str, value: Any) -> bool:
    """Whether ``holder[key]`` is the event an activity publishes: the key is "object", the holder's own type is
    a publishing activity (Create, Update, Announce, Add) and the value's own type names an event."""
    if key != OBJECT_KEY or not isinstance(value, Mapping):
        return False
    activity = _own_kind(holder)
    kind = _own_kind(value)
    return len(activity) == 1 and activity[0] in PUBLISHING and bool(kind) and kind[-1] in EVENT_KINDS
