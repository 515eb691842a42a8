"""Source labels: a source's own category label mapped through ``data/source_labels.json``."""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from .config import (
    CATEGORIES,
    LABEL_CACHE_LIMIT,
    PARENT,
    SOURCE_LABELS_BAD,
    SOURCE_LABELS_PATH,
    TAXONOMY,
    CategorizerError,
)


@dataclasses.dataclass(frozen=True, slots=True)
class LabelMatch:
    """What a source label says: one category (and maybe a subcategory), or several (ambiguous: candidates)."""

    category: str | None
    subcategory: str | None = None
    candidates: tuple[str, ...] = ()


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Never started at a space after a space: the run's first space starts the same match (linear on long runs).
_AND = re.compile(r"(?!(?<=\s)\s)\s+and\s+")
_PATH_SEPARATOR = re.compile(r"(?!(?<=\s)\s)(?:\s+/\s+|\s*[>|»›]\s*)")
_LIST_SEPARATOR = re.compile(r"(?!(?<=\s)\s)\s*[,;]\s*")
_ABSENT = object()


def label_key(value: str) -> str:
    """How labels are compared: "MusicEvent", "MUSIC_EVENT" and "music-event" are all "music event"."""
    text = _CAMEL.sub(" ", value.strip()).lower().replace("_", " ").replace("-", " ")
    return " ".join(_AND.sub(" & ", text).split())


def _label_keys(label: str) -> Iterator[str]:
    """Most specific first: the whole path, "Segment / *" wildcards, then each part from the last to the first."""
    parts = [key for key in (label_key(part) for part in _PATH_SEPARATOR.split(label)) if key]
    if not parts:
        return
    yield " / ".join(parts)
    for end in range(len(parts) - 1, 0, -1):
        yield " / ".join(parts[:end]) + " / *"
    for part in reversed(parts):
        yield part
        if "/" in part:  # Ticketmaster genres such as "Hip-Hop/Rap" when the table lacks the pair
            yield from (piece.strip() for piece in reversed(part.split("/")) if piece.strip())


def _parse_label_value(path: Path, label: str, value: object) -> LabelMatch | None:
    if value is None:
        return None
    if isinstance(value, list) and value and all(isinstance(item, str) and item in TAXONOMY for item in value):
        return LabelMatch(category=None, candidates=tuple(value))
    category, _, subcategory = value.partition("/") if isinstance(value, str) else ("", "", "")
    if category not in TAXONOMY or (subcategory and PARENT.get(subcategory) != category):
        raise CategorizerError(SOURCE_LABELS_BAD.format(path=path, label=label, value=value))
    return LabelMatch(category=category, subcategory=subcategory or None)


def _combine(matches: Sequence[LabelMatch | None]) -> LabelMatch | None:
    """Several labels ("Music, Jazz"): they decide only if they agree; otherwise the model picks among them."""
    decided = [match for match in matches if match is not None and match.category]
    ambiguous = [match for match in matches if match is not None and not match.category]
    categories = {match.category for match in decided}
    if len(categories) == 1 and all(decided[0].category in match.candidates for match in ambiguous):
        return next((match for match in decided if match.subcategory), decided[0])
    names = categories.union(*(match.candidates for match in ambiguous))
    candidates = tuple(category for category in CATEGORIES if category in names)
    return LabelMatch(category=None, candidates=candidates) if candidates else None


class SourceLabels:
    """The label table, with a memo: a source sends the same few labels over and over."""

    def __init__(self, table: Mapping[str, object], *, path: Path = SOURCE_LABELS_PATH) -> None:
        self._table = {label_key(label): _parse_label_value(path, label, value) for label, value in table.items()}
        self._memo: dict[str, LabelMatch | None] = {}

    def mapped_labels(self) -> frozenset[str]:
        """Every label the table maps to a category, as labels are compared (``label_key``): a vocabulary of kinds."""
        return frozenset(key for key, value in self._table.items() if value is not None)

    def resolve(self, label: str | None) -> LabelMatch | None:
        if not label or not label.strip():
            return None
        found = self._memo.get(label, _ABSENT)
        if found is _ABSENT:
            if len(self._memo) >= LABEL_CACHE_LIMIT:
                self._memo.clear()
            found = self._memo[label] = self._resolve(label)
        return found  # type: ignore[return-value]

    def _resolve(self, label: str) -> LabelMatch | None:
        is_list = not _PATH_SEPARATOR.search(label) and _LIST_SEPARATOR.search(label)
        if not is_list or label_key(label) in self._table:  # "Film, Media & Entertainment" is one label
            return self._resolve_path(label)
        return _combine([self._resolve_path(part) for part in _LIST_SEPARATOR.split(label) if part.strip()])

    def _resolve_path(self, label: str) -> LabelMatch | None:
        for key in _label_keys(label):
            value = self._table.get(key)
            if value is not None:  # null entries say nothing: try the next, less specific part
                return value
        return None


@functools.lru_cache(maxsize=4)
def load_source_labels(path: Path = SOURCE_LABELS_PATH) -> SourceLabels:
    data = json.loads(path.read_text(encoding="utf-8"))
    return SourceLabels(data["labels"], path=path)
