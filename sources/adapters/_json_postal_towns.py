"""A place word beside a postcode names the postcode's town (left43, from apis79's left tournaments' town).

German, Swedish and Dutch addresses write the town under the word for "place": the dance federation's
``"turnierstaette": {"name": "Stadthalle", "anschrift": "Hauptstr. 1", "plz": "10115", "ort": "Berlin"}``, a Swedish
``{"gatuadress": …, "postnummer": "114 55", "ort": "Stockholm"}``, a Dutch ``{"postcode": …, "plaats": "Utrecht"}``.
"ort" and "plaats" are place words, so the address reader looked for a venue's name there and took no town: the
tournaments were placed at "Hauptstr. 1, 10115" with no town.

Here (``postal_town``): a key that is "ort" or "plaats" alone, inside an object that also holds a postcode's key
("plz", "postleitzahl", "postnummer", "postcode", "zip" …), is that object's town (the address's "city" part), unless
it is the organiser's (the venue's own column is never asked). Not (hard negatives): a record's top-level "ort"
(the event's place, "Ort": "Vereinsheim", even beside a top-level "plz"), an "ort" beside a postcode in another
object, "veranstaltungsort" (a venue's glued name), the host club's "ausrichter.ort".
"""

from __future__ import annotations

from sources.adapters._json_fields import POSTAL_WORDS, Sample
from sources.adapters._json_nested import in_holder
from sources.adapters._json_organiser_parts import organiser_part
from sources.adapters._json_shapes import Column, words

TOWN_KEYS = frozenset({"ort", "plaats"})


def postal_town(column: Column, sample: Sample) -> str | None:
    """The "city" part when ``column`` is a place word beside a postcode's key in its own object (the module's
    docstring), else None."""
    parent, dot, leaf = column.path.rpartition(".")
    if not dot or words(leaf) not in ([key] for key in TOWN_KEYS):
        return None
    if organiser_part(column.path) or in_holder(column.path):  # the host club's town ("ausrichter.ort")
        return None
    for path in sample.columns:
        other_parent, other_dot, other_leaf = path.rpartition(".")
        if other_dot and other_parent == parent and set(words(other_leaf)) & POSTAL_WORDS:
            return "city"
    return None
