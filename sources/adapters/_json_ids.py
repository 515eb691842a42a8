"""Which column of a sampled list is each record's own id, for the inference (``_json_extras``). Pure.

A record's id is a key named as one ("id", "uid", "guid", "key"; "eventId" beside it), present and unique in
nearly every sampled item, at the record's own level rather than deep in it. An id inside a nested object is that
object's: a ticketing back office gives every lookup as ``{"Id", "Description"}`` ("Facility": {"Id": 47, …},
"Season", "TimeSlot"), and a listing nests its venue's, organizer's or room's record with an "id" of its own. Read
as the event's id, such an id is shared by every event at that place (or, in a sample of one, passes for unique),
so events at one venue would overwrite each other. Such an id ranks below any id the record states at its own
level ("PerformanceId", "eventKey"), and is taken only where there is none; an id nested under a wrapper
("_source", "node", "data") or under a key naming the event itself and nothing else ("event.id", "performance.id";
not "PerformanceStatus.Id", its status's) is the record's.

The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from sources.adapters._json_fields import EVENT_WORDS, ID_WORDS, NOT_ID
from sources.adapters._json_shapes import WRAPPERS, Column, words
from sources.adapters._json_sides import sided

# Keys naming the record itself when it sits inside an object of its own ("performance": {"id": …}).
OWN_HOLDERS = EVENT_WORDS | frozenset(
    {"performance", "show", "showing", "screening", "showtime", "game", "match", "talk", "item", "entry", "record"}
)
# Words beside those in a key naming the record's own object ("ItemId", "CalendarEventDetails", "eventInfo").
NEUTRAL_WORDS = frozenset({"id", "details", "detail", "info", "data", "calendar"})
OTHER_THING_PENALTY = 1.0  # an id nested in another thing's object: below any id at the record's own level


def id_score(column: Column) -> float:
    names = column.key_words
    if not names or names[-1] not in ID_WORDS or column.all_words & NOT_ID or column.share < 0.9 or sided(column.path):
        return 0.0
    present = [value for value in column.present if isinstance(value, str | int) and not isinstance(value, bool)]
    if len(present) < 0.9 * len(column.present) or len({str(value) for value in present}) < 0.95 * len(present):
        return 0.0
    exact = 1.0 if len(names) == 1 else (0.5 if set(names) & EVENT_WORDS else 0.0)
    return 1.0 + exact - 0.2 * column.depth - (OTHER_THING_PENALTY if _in_other_thing(column.path) else 0.0)


def _in_other_thing(path: str) -> bool:
    """Whether a key of the path above its last part names neither a wrapper nor the record itself: the id is
    another thing's (a facility's, a venue's, an organizer's, a room's)."""
    holders = [part for part in path.split(".")[:-1] if part.lower() not in WRAPPERS and not part.isdigit()]
    return any(not set(words(part)) <= OWN_HOLDERS | NEUTRAL_WORDS for part in holders)
