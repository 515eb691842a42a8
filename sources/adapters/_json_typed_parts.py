"""A type key that types another part of the record, not the event: ``"Text_Type": "web_app"`` (which of a record's
texts a ``Body`` is, inside its ``Texts``), ``"PriceType": "Free"`` (how its price is stated), ``"description":
{"type": "html"}``, ``"Picture_Type": "web_detail"``. Its values are that part's kinds, never the event's category;
an ``"EventType"``, an ``"activity_type"`` or a bare ``"type"`` still is one. Pure."""

from __future__ import annotations

from sources.adapters._json_shapes import Column

TYPE_WORDS = frozenset({"type", "types", "kind"})
# The parts of a record a type key may be about: its texts, its price, its pictures, its links and files.
PART_WORDS = frozenset(
    {"text", "texts", "body", "description", "descriptions", "price", "prices", "cost", "costs", "fee", "fees",
     "picture", "pictures", "image", "images", "photo", "photos", "attachment", "attachments", "document",
     "documents", "link", "links", "url", "address"}
)  # fmt: skip


def types_a_part(column: Column) -> bool:
    """Whether the column is a type key qualified by, or inside, one of the record's parts."""
    names = set(column.key_words)
    if not names & TYPE_WORDS:
        return False
    return bool((names - TYPE_WORDS) & PART_WORDS or column.context_words & PART_WORDS)
