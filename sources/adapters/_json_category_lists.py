"""An event's category and tags stated in lists of its own, for the inference (``_json_extras``).

APIs rarely give a record's kind as one text field; they list its classifications, each an object with a name:

- a list under a key naming classifications ("categories", "genres", "taxonomies", "classifications", "themes",
  "topics"), of names or of objects each naming one under a name-like key ("name", "title", "label", "value",
  "text"): every element's name, joined by ", ", is the event's category (``source_category``, which the
  categorizer maps through its table of source labels, a list part by part);
- such an element with no name of its own whose objects each name one level ("segment": {"name": "Music"},
  "genre": {"name": "Rock"}): the first element's levels, in the order written, joined by " / " (broadest first,
  as a path of labels is read);
- a list under a key naming tags ("tags", "keywords", "hashtags"), of names or objects naming one: the event's tags;
- a list of the event's performers ("performers", "artists", "lineup", "acts", "bands") whose elements state a
  "genre" (or a list of "genres", names or objects naming one): the performers' genres are the event's category.

Only the item's own lists count (at its top level, under the wrappers every field sits in, or in the event a
session sits in: "^data.tags" are each session's); a list in its venue's or organiser's object is theirs. Names are short texts written for people (no ids, no colours). A category
the record states in a field of its own (``category_score``) comes first: these are read only where none is.

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from typing import Any

from sources.adapters._json_nested import MARK
from sources.adapters._json_shapes import WRAPPERS, Column, words, wordy

CATEGORY_LIST_WORDS = frozenset(
    {"category", "categories", "genre", "genres", "classification", "classifications", "taxonomy", "taxonomies",
     "theme", "themes", "topic", "topics", "subject", "subjects"}
)  # fmt: skip
TAG_LIST_WORDS = frozenset({"tag", "tags", "keyword", "keywords", "hashtag", "hashtags"})
PERFORMER_LIST_WORDS = frozenset(
    {"performer", "performers", "artist", "artists", "lineup", "act", "acts", "band", "bands"}
)
GENRE_WORDS = frozenset({"genre", "genres"})
NAME_KEYS = ("name", "title", "label", "value", "text")  # in the order one is preferred to another
NOT_LEVEL = frozenset({"id", "ids", "color", "colour", "icon", "image", "images", "url", "link", "parent", "type"})
MAX_NAME = 60  # a category's name, not a sentence
MIN_SHARE = 0.5  # of the sampled items that state it


def category_list(columns: dict[str, Column], used: set[str]) -> tuple[Any, str] | None:
    """The spec reading the item's category from a list of its classifications or its performers' genres, and
    the evidence; None when the items state none."""
    found = _named_list(columns, used, CATEGORY_LIST_WORDS, ", ")
    if found is not None:
        return found
    levels = _levels(columns, used)
    if levels is not None:
        return levels
    return _performer_genres(columns, used)


def tag_list(columns: dict[str, Column], used: set[str]) -> tuple[Any, str] | None:
    """The spec reading the item's tags from a list of them, and the evidence; None when the items state none."""
    return _named_list(columns, used, TAG_LIST_WORDS, None)


def _own_list(path: str) -> tuple[str, list[str]] | None:
    """(the list's own path, the parts after its first element) for a column read in the first element of a list
    the item itself holds ("categories.0.name" → ("categories", ["name"])); None for any other column."""
    parts = path.split(".")
    index = next((position for position, part in enumerate(parts) if part.isdigit()), None)
    if index is None or index == 0 or not all(_holds_own(part) for part in parts[: index - 1]):
        return None
    return ".".join(parts[:index]), parts[index + 1 :]


def _names(column: Column) -> bool:
    """Names in most sampled items: short texts written for people, or lists of them."""
    texts: list[str] = []
    for value in column.present:
        values = value if isinstance(value, list) else [value]
        if not values or not all(isinstance(text, str) and 0 < len(text.strip()) <= MAX_NAME for text in values):
            return False
        texts.extend(text.strip() for text in values)
    probe = Column(column.path, texts)
    return bool(texts) and column.share >= MIN_SHARE and wordy(probe)


def _list_words(path: str) -> set[str]:
    return set(words(path.rsplit(".", 1)[-1]))


def _named_list(
    columns: dict[str, Column], used: set[str], vocabulary: frozenset[str], join: str | None
) -> tuple[Any, str] | None:
    for column in columns.values():
        if column.path in used:
            continue
        own = _own_list(column.path)
        if own is None:  # a list of names: "keywords": ["family", "outdoors"]
            if "." in column.path.strip(".") and not _under_wrappers(column.path):
                continue
            if not _list_words(column.path) & vocabulary or not any(isinstance(v, list) for v in column.present):
                continue
            if _names(column):
                return _spec(column.path, join), f"{column.path} (the names the item lists)"
            continue
        holder, rest = own
        if len(rest) != 1 or not _list_words(holder) & vocabulary or not _names(column):
            continue
        if rest[0] != _name_key(columns, holder):
            continue
        path = f"{holder}.{rest[0]}"
        return _spec(path, join), f"{path} (the name of each element of the item's {holder})"
    return None


def _under_wrappers(path: str) -> bool:
    return all(_holds_own(part) for part in path.split(".")[:-1])


def _holds_own(part: str) -> bool:
    """A path part whose lists are the item's own: a wrapper every field sits in ("attributes"), or the event a
    session sits in ("^data": its tags and categories are each of its sessions')."""
    return part.lower() in WRAPPERS or part.startswith(MARK)


def _spec(path: str, join: str | None) -> Any:
    return {"path": path, "join": join} if join is not None else path


def _name_key(columns: dict[str, Column], holder: str) -> str | None:
    """The name-like key the list's elements name themselves under (the first of NAME_KEYS they have)."""
    prefix = f"{holder}.0."
    keys = [path[len(prefix) :] for path in columns if path.startswith(prefix)]
    lowered = {key.lower(): key for key in keys if "." not in key}
    return next((lowered[name] for name in NAME_KEYS if name in lowered), None)


def _levels(columns: dict[str, Column], used: set[str]) -> tuple[Any, str] | None:
    """A classification list whose first element names no class itself, but holds objects naming one level each."""
    levels: dict[str, list[str]] = {}
    for column in columns.values():
        own = _own_list(column.path)
        if own is None or column.path in used:
            continue
        holder, rest = own
        if not _list_words(holder) & CATEGORY_LIST_WORDS or _name_key(columns, holder) is not None:
            continue
        if len(rest) == 2 and rest[1].lower() in NAME_KEYS and not set(words(rest[0])) & NOT_LEVEL and _names(column):
            levels.setdefault(holder, []).append(column.path)
    for holder, paths in levels.items():
        if len(paths) >= 2:
            return {"path": paths, "join": " / "}, f"{' + '.join(paths)} (the levels of the item's first {holder})"
    return None


def _performer_genres(columns: dict[str, Column], used: set[str]) -> tuple[Any, str] | None:
    for column in columns.values():
        own = _own_list(column.path)
        if own is None or column.path in used:
            continue
        holder, rest = own
        if not _list_words(holder) & PERFORMER_LIST_WORDS or not rest or not set(words(rest[0])) & GENRE_WORDS:
            continue
        if len(rest) == 1 and _names(column):  # "genre": "Rock", "genres": ["Rock", "Blues"]
            path = f"{holder}.{rest[0]}"
        elif len(rest) == 3 and rest[1] == "0" and rest[2].lower() in NAME_KEYS and _names(column):
            path = f"{holder}.{rest[0]}.{rest[2]}"  # "genres": [{"name": "Rock"}]
        else:
            continue
        return {"path": path, "join": ", "}, f"{path} (the genres of the item's {holder})"
    return None
