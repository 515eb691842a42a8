"""The object a record keeps all of its event in (``_json_extras``, ``_json_field_scores.event_url_score``).

A list of one-key wrappers (Challonge's index: ``[{"tournament": {"name", "start_at", "full_challonge_url"}}]``)
keeps the title and the start of each event in the same inner object: that object is the event itself, so its page
is the event's page, as it is when the same object is answered alone. An object that keeps only the title (a
cinema's ``{"film": {"title", "url"}, "start"}``: the film's page) or only the place is not. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def _parent(path: str) -> str:
    return path.rpartition(".")[0]


def record_holder(mapping: Mapping[str, Any]) -> str:
    """The path of the object both the title and the start are read in ("" when they sit apart, at the top, or in
    more than one key each)."""
    title, start = mapping.get("title"), mapping.get("start")
    if not isinstance(title, str) or not isinstance(start, str):
        return ""
    holder = _parent(title)
    return holder if holder and _parent(start) == holder else ""
