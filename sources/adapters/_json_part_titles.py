"""Dates titled only by which part they are, named by the event above them, for the JSON inference (``_json_infer``).

A ticketing API lists an event's dates under the event: Humanitix's ``{"name": "CHCon", "eventDates": [{"name":
"Day 1", "startDate": …}, {"name": "Day 2", …}]}``, a festival's nights, a course's sessions. Each date's own
"name" says which part of the event it is ("Day 1", "Session 2", "Night 3", "Part II", "Tag 1"), not what the event
is; a race meeting's events say only their distance ("5K", "Half Marathon"). When every sampled item's title is
only such a label (``part_label``) and an object the items sit in has a name
of its own (the event's, the course's; not a place's, a room's or a day's), the items are read with their
containers' fields (``"parents": true``) and titled by that name and their own label: "CHCon – Day 1". A title with
any other word ("Day 1: keynotes", "Opening night") is the item's own and stays.

The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, Any

from sources.adapters._json_fields import TITLE_WORDS, word_weight
from sources.adapters._json_format_titles import NOT_SHOWN, labelled_items
from sources.adapters._json_nested import MARK
from sources.adapters._json_shapes import Column, columns, is_url, text_column, words

if TYPE_CHECKING:
    from sources.adapters._json_infer import Inference

# "Day 1", "Session 12", "Night three", "Part II", "Week 2", "Tag 1", "Jour 2", "Día 3": a part's word and its
# number, nothing else. One alternation, then one bounded run: linear on any text.
PART_LABEL = re.compile(
    r"(?:day|days|session|part|week|weekend|night|evening|round|stage|leg|heat|module|lesson|class|episode|"
    r"performance|screening|show|meeting|workshop|tag|jour|d[ií]a|dag|giorno|sessione|sesi[oó]n)"
    r"[ .#:-]{0,3}(?:\d{1,3}|[ivx]{1,5}|one|two|three|four|five|six|seven|eight|nine|ten)",
    re.IGNORECASE,
)
# "5K", "10 km", "Half Marathon", "1 Mile": a race's events named by their distance alone (RunSignup's race with its
# "events": [{"name": "5K", "start_time": …}], apis83): which race of the meeting, not what the meeting is.
DISTANCE_LABEL = re.compile(
    r"(?:\d{1,3}(?:[.,]\d{1,2})?[ -]?(?:k|km|mi|mile|miles)|(?:half[ -]|ultra[ -])?marathon)", re.IGNORECASE
)
MAX_LABEL = 24
JOIN = " – "
PAGE_WORDS = frozenset({"url", "link", "href", "permalink", "website"})
PAGE_EVIDENCE = "url ← {path} (the page of the event the items are parts of)"
EVIDENCE = "title ← {paths} (each item's own title, {example!r}, only says which part it is of the event above it)"


def part_label(text: Any) -> bool:
    """Whether a title is only a part's word and number ("Day 1", "Session 2", "Part II") or a race's distance
    ("5K", "Half Marathon")."""
    if not isinstance(text, str) or len(text) > MAX_LABEL:
        return False
    return PART_LABEL.fullmatch(text.strip()) is not None or DISTANCE_LABEL.fullmatch(text.strip()) is not None


def part_titled(data: Any, best: Inference) -> Inference:
    """``best`` titled by the name of the event its items are the parts of, each with its own label (see above)."""
    config = best.config
    labelled = labelled_items(data, config, part_label)
    if labelled is None:
        return best
    title, present = labelled.title, labelled.titles
    column = _event_name(columns(labelled.items))
    if column is None:
        return best
    spec = {"path": [column.path, title], "join": JOIN}
    mapping = {**config["mapping"], "title": spec}
    line = EVIDENCE.format(paths=f"{column.path} + {title}", example=present[0])
    evidence = [line if text.startswith("title ← ") else text for text in best.evidence]
    page = _event_page(columns(labelled.items), column.path) if "url" not in mapping else None
    if page is not None:  # a part with no page of its own is on its event's: the race's page for its 5K
        mapping["url"] = page.path
        evidence.append(PAGE_EVIDENCE.format(path=page.path))
    changed = {**config, "mapping": mapping, "parents": True}
    return dataclasses.replace(best, config=changed, evidence=evidence)


def _event_page(found: dict[str, Column], name: str) -> Column | None:
    """The page, in every item, of the object whose ``name`` titles the items ("^race.url" beside "^race.name"):
    a key of a link's word whose every value is a web address."""
    owner = name.rsplit(".", 1)[0]
    for column in found.values():
        head, _, key = column.path.rpartition(".")
        if head != owner or not set(words(key)) & PAGE_WORDS or column.share < 1.0:
            continue
        if all(is_url(value) for value in column.present):
            return column
    return None


def _event_name(found: dict[str, Column]) -> Column | None:
    """The name, in every item, of the object the items sit in ("^.name", "^course.title"): not a place's, a
    room's or a day's, and no part label itself."""
    best: tuple[float, Column] | None = None
    for column in found.values():
        parts = column.path.split(".")
        if len(parts) != 2 or not parts[0].startswith(MARK) or set(words(parts[0])) & NOT_SHOWN:
            continue
        if column.share < 1.0 or not text_column(column) or any(map(part_label, column.strings())):
            continue
        weight = word_weight(words(parts[-1]), TITLE_WORDS)
        if weight and (best is None or weight > best[0]):
            best = (weight, column)
    return best[1] if best is not None else None
