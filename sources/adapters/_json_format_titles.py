"""Showings named only by their format, titled by the film or production above them, for the JSON inference
(``_json_infer``). Pure.

A cinema's or a theatre's answer lists a film's showings under the film: ``{"film": {"title": "Solaris",
"showtimes": [{"name": "IMAX", "start": …}, {"name": "3D", …}]}}``; a showing's own "name" or "title" is the way
it is shown (IMAX, 3D, Laser, OV, Dolby Atmos, dubbed, subtitled), not what is shown. When every sampled item's
title is only such format words (``format_label``) and an object the items sit in has a name of its own (the
film's, the production's; not a place's, a room's or a day's), the items are read with their containers' fields
(``"parents": true``) and titled by that name; so they are when a key of their own names it ("movieTitle"). A title with any other word ("Solaris in IMAX", "Autumn gala")
is the item's own and stays.

The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from sources.adapters._json_fields import PLACE_WORDS, ROOM_WORDS, TITLE_WORDS, word_weight
from sources.adapters._json_mapping import resolve
from sources.adapters._json_nested import MARK, NESTED_SAMPLE, nested_items
from sources.adapters._json_shapes import Column, columns, text_column, words

if TYPE_CHECKING:
    from sources.adapters._json_infer import Inference

# Words naming how a film or a show is presented: screen formats, sound, and versions (original, dubbed,
# subtitled, in several languages' abbreviations). A label is format words only, with at least one of these.
FORMAT_WORDS = frozenset(
    {"imax", "3d", "2d", "4d", "4dx", "laser", "dolby", "atmos", "screenx", "dbox", "hfr", "70mm", "35mm", "16mm",
     "xd", "rpx", "ov", "omu", "omdu", "ome", "vo", "vos", "vost", "vostfr", "vose", "vf", "dub", "dubbed", "sub",
     "subbed", "subtitled", "subtitles", "dublado", "legendado", "doblada", "subtitulada", "synchronisiert", "ut"}
)  # fmt: skip
# Words that go with those in a format label and say nothing alone ("Dolby Cinema", "Original version", "D-Box").
WITH_FORMAT_WORDS = frozenset(
    {"digital", "cinema", "vision", "original", "version", "premium", "large", "format", "plf", "d", "box", "sound",
     "projection", "english", "german", "french", "spanish", "portuguese", "italian", "with", "in", "and", "plus",
     "nacional", "deutsch", "experience"}
)  # fmt: skip
_WORDS = re.compile(r"[a-z0-9]+")  # one character class, one run: linear on any text
MAX_LABEL = 60  # a format label is a few words
# Containers whose name is a place's, a room's, a day's or a list's, never what is shown.
NOT_SHOWN = PLACE_WORDS | ROOM_WORDS | frozenset(
    {"theatre", "theatres", "theater", "theaters", "cinema", "cinemas", "screen", "screens", "hall", "halls",
     "auditorium", "day", "days", "date", "dates", "week", "schedule", "city", "region", "chain", "company",
     "brand", "type", "types", "sessiontypes", "format", "formats", "version", "versions", "category"}
)  # fmt: skip
# Words of an item's own key that name what is shown, beside a title word ("movieTitle", "production.name").
SHOWN_WORDS = frozenset({"film", "movie", "production", "show", "play", "programme", "program", "feature", "work"})
EVIDENCE = "title ← {path} (each item's own title, {example!r}, is only its format: the name of what it shows above it)"


def format_label(text: Any) -> bool:
    """Whether a title is only format words ("IMAX", "3D", "Laser", "OV", "Dolby Atmos", "IMAX 3D (OV)")."""
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_LABEL:
        return False
    said = _WORDS.findall(text.lower().replace("-", ""))
    return (
        bool(said)
        and all(word in FORMAT_WORDS | WITH_FORMAT_WORDS for word in said)
        and any(word in FORMAT_WORDS for word in said)
    )


def labelled_items(data: Any, config: Mapping[str, Any], is_label: Callable[[Any], bool]) -> LabelledItems | None:
    """The sampled items and their titles when every item has a title of its own, read at one plain path, and each
    is only a label (``is_label``: a format, a part's number); None otherwise."""
    title = config["mapping"].get("title")
    if not isinstance(title, str) or title.startswith(MARK) or "join" in config:
        return None
    items = nested_items(data, config["items"], NESTED_SAMPLE)
    titles = [resolve(item, title) for item in items]
    present = [text for text in titles if text not in (None, "")]
    if not present or len(present) < len(titles) or not all(map(is_label, present)):
        return None
    return LabelledItems(title, items, present)


@dataclasses.dataclass(frozen=True)
class LabelledItems:
    title: str  # the path of the items' own titles
    items: list[Any]
    titles: list[Any]


def titled_by_container(data: Any, best: Inference) -> Inference:
    """``best`` titled by the name of what its items show, when their own titles are formats only (see above)."""
    config = best.config
    labelled = labelled_items(data, config, format_label)
    if labelled is None:
        return best
    present = labelled.titles
    column = _shown_name(columns(labelled.items))
    if column is None:
        return best
    changed = {**config, "mapping": {**config["mapping"], "title": column.path}}
    if column.path.startswith(MARK):
        changed["parents"] = True  # read with the containers' fields
    evidence = [
        EVIDENCE.format(path=column.path, example=present[0]) if line.startswith("title ← ") else line
        for line in best.evidence
    ]
    return dataclasses.replace(best, config=changed, evidence=evidence)


def _shown_name(found: Mapping[str, Column]) -> Column | None:
    """The column, in every item, of the name of what is shown: a container's own name (``^film.title``, naming
    no place, room or day), or the item's own key naming it ("movieName", "production.title"); no format label."""
    best: tuple[float, Column] | None = None
    for column in found.values():
        parts = column.path.split(".")
        if column.share < 1.0 or not text_column(column) or any(map(format_label, column.strings())):
            continue
        if parts[0].startswith(MARK):
            if len(parts) != 2 or set(words(parts[0])) & NOT_SHOWN:
                continue
        elif len(parts) > 2 or not set(words(column.path)) & SHOWN_WORDS:
            continue
        weight = word_weight(words(parts[-1]), TITLE_WORDS)
        if weight and (best is None or weight > best[0]):
            best = (weight, column)
    return best[1] if best is not None else None
