"""A side of a match or a form's setting taken for a place is left out (held-out batch apis80). Pure.

Sportmonks fixtures list their two sides, each with "meta": {"location": "home"} (which side the team plays), and
the first side's "location" became every fixture's venue ("home"); NationBuilder's events carry an "rsvp_form" whose
"address": "hidden" says the sign-up form does not ask for one, and "hidden" became the first part of every address.
Neither value is a place.

``drop_non_places`` takes out of the mapping's venue and address the paths whose every value is a form's setting
("hidden", "required", "optional": never a place, whatever key holds it), or a side of a match ("home", "away",
"neutral") where the column is one element's of a list (a participant's) or holds both sides; a field left with no
path is dropped, its evidence line with it. Not: a venue named "Home" in a record's own key ("location": "Home", a
bar's name), a place that merely contains such a word ("Home Park", "Hidden Valley Hall"), an address with a setting
word beside real parts (the other parts are kept). review58: a venue's own name that is such a word ("venue": {"name":
"Hidden"}, a Manchester club's): a setting is never held under a name's or a venue's key (``NAMED_KEYS``).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

SETTING_WORDS = frozenset({"hidden", "hide", "required", "optional", "mandatory", "visible", "shown", "disabled"})
SIDE_WORDS = frozenset({"home", "away", "neutral"})
FIELDS = ("venue_name", "address")
NAMED_KEYS = ("name", "title", "venue", "place")  # a key holding a place's own name, whatever word it is (review58)
LEFT_OUT = "{field}: {paths} left out (every value a side of a match or a form's setting, no place)"


def drop_non_places(sample: Any, mapping: dict[str, Any], evidence: list[str]) -> None:
    """Take the paths of ``FIELDS`` that hold no place out of ``mapping`` and ``evidence`` (see the module)."""
    for field in FIELDS:
        spec = mapping.get(field)
        paths = spec.get("path") if isinstance(spec, Mapping) else spec
        listed = [paths] if isinstance(paths, str) else list(paths) if isinstance(paths, list) else []
        if not all(isinstance(path, str) for path in listed):
            continue
        dropped = [path for path in listed if _no_place(sample.columns.get(path))]
        if not dropped:
            continue
        kept = [path for path in listed if path not in dropped]
        lines = [line for line in evidence if not line.startswith(f"{field} ← ")]
        if not kept:
            del mapping[field]
        else:
            mapping[field] = {**spec, "path": kept} if isinstance(spec, Mapping) else kept[0]
            lines.append(f"{field} ← {' + '.join(kept)}")
        evidence[:] = [*lines, LEFT_OUT.format(field=field, paths=" + ".join(dropped))]


def _no_place(column: Any) -> bool:
    """Whether a column's every text is a form's setting, or a side of a match in a listed element or both sides."""
    strings = column.strings() if column is not None else []
    said = {text.strip().casefold() for text in strings if isinstance(text, str)}
    if not said:
        return False
    if said <= SETTING_WORDS:
        return not any(word in column.path.rpartition(".")[2].casefold() for word in NAMED_KEYS)
    listed = any(part.isdigit() for part in column.path.split("."))
    return said <= SIDE_WORDS and (listed or len(said) > 1)
