"""A feed item that repeats an earlier one of the same feed, for the ``rss`` adapter. Pure.

Town and venue agendas publish one show twice: two items, two guids, the same start and end, a title that
differs only in case, spacing or dash ("EN ATTENDANT   GODOT - Théâtre" / "En attendant Godot – Théâtre") and a
place that differs only in accents and case ("Antibéa Théâtre" / "Antibea theatre"). The later one is the same
event: it is set aside with a reason naming the first. A later date of the play, or the same play at the same time
in another place, is another event and is kept. The place is the item's venue, else its description's text.
An item that says it is cancelled and one that does not are two listings, not one: a campus calendar lists a called-off
session ("Queer Talk (Cancelled)", its own guid and link) beside its live twin of the same hour and room.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
import unicodedata

from sources.adapters._feed_item import plain_text
from sources.adapters.base import ParsedRecord, RawEvent, RejectedRecord

REPEATED = "The item repeats {first}: the same start, end, title and place."
# Any dash or minus sign, and runs of spaces: written differently, read the same. One character class each.
_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d-]")
_SPACES = re.compile(r"\s+")
# Only this much of a title or place is compared: a key is for telling repeats apart, not for reading.
KEY_LIMIT = 500


def drop_repeats(records: list[ParsedRecord]) -> list[ParsedRecord]:
    """The records, each event that repeats an earlier one (``repeat_key``) replaced by a RejectedRecord saying so."""
    first_of: dict[tuple[object, ...], str] = {}
    kept: list[ParsedRecord] = []
    for record in records:
        if not isinstance(record, RawEvent):
            kept.append(record)
            continue
        key = repeat_key(record)
        if key in first_of:
            kept.append(RejectedRecord(external_id=record.external_id, reason=REPEATED.format(first=first_of[key])))
            continue
        first_of[key] = record.external_id
        kept.append(record)
    return kept


def repeat_key(event: RawEvent) -> tuple[object, ...]:
    """What two items of one event share: start, end, all-day, status, the title and the place as ``folded``."""
    place = event.venue_name or plain_text(event.description)
    return (event.start, event.end, event.all_day, event.status, folded(event.title), folded(place))


def folded(text: str | None) -> str:
    """Text without accents, case, dash kinds or spacing differences."""
    decomposed = unicodedata.normalize("NFKD", (text or "")[:KEY_LIMIT])
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _SPACES.sub(" ", _DASHES.sub("-", bare.casefold())).strip()
