"""Names under two keys, and a record's name under its own prefix (issue #13, held-out batch 46).

**Twin title keys.** The items of one list may name themselves under one of two title keys, never both: a
GoToWebinar answer's webinars under ``"subject"``, one of them under ``"name"``. Neither key alone is in enough items
to be the title (a key in half the items names nothing), so the list did not read, or read without the others. Two
title-word keys of the same object (the same parent path), present in items that do not overlap and together in
more of them than either, are one title: the first read where it is present, the other where it is missing (the
mapping's ``fallback``). Not: two keys present together in an item (a "title" beside a "name": the title is chosen
among them as before), keys of different objects ("venue.name" and "title"), a key in every item.
The second key may be each item's own slug instead of a title word (a schedule's "title" on its plenary slots,
"talk": "https-for-the-rest-of-us" on its talks; ``_json_slug_names``, batch apis70): read as its words.

**The record's own prefix.** A record whose keys are its kind's word and its fields — ``"EventId"``,
``"EventDate"``, ``"EventStatus"``, ``"EventUrl"`` beside a bare ``"Event"`` (the Stockholm club Debaser's API) —
holds its name under that bare word. Read only where no title word names the items, where the bare key is an event
word (event, show, concert, session…), at least MIN_PREFIXED other keys of the records begin with it, and its values
are short texts (not addresses, dates or numbers). Not: an analytics log's ``"event": "Order Completed"`` beside
``"timestamp"`` and ``"properties"`` (no key of its record begins with "event"), nor one whose records are named
``"event_id"``, ``"event_type"``, ``"event_time"`` but whose "event" values repeat a few kinds (three in four of them
must differ), a record whose "title" is there.

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from sources.adapters._json_fields import EVENT_WORDS, TITLE_WORDS, Sample, word_weight
from sources.adapters._json_kinds import OCCURRENCE_KINDS
from sources.adapters._json_shapes import Column, date_shape, mean_length, text_column, url_share, words
from sources.adapters._json_slug_names import slug_format, slug_name_column

__all__ = ["PREFIX_EVIDENCE", "PREFIX_WEIGHT", "TWIN_EVIDENCE", "Twin", "own_prefix_title", "title_twins", "with_twin"]

EMPTY: tuple[Any, ...] = (None, "", [], {})
MIN_TWIN_SHARE = 0.6  # together in at least this share of the items (as a title must be)
MAX_TITLE_KEYS = 40  # title-word columns compared pairwise (a hostile sample's thousand "name" keys are not)
PREFIX_WORDS = EVENT_WORDS | OCCURRENCE_KINDS
MIN_PREFIXED = 2  # "EventId" and "EventDate" beside "Event": the word is the record's own prefix
PREFIX_WEIGHT = 1.5  # below "title" and "name", as a meeting's "topic" is
MAX_PREFIX_LENGTH = 200
TWIN_EVIDENCE = "; where it is missing, the same items' other name {path} (each item names itself under one of them)"
PREFIX_EVIDENCE = " (no title key: the bare {key!r} beside the record's own {key}… keys is its name)"


@dataclasses.dataclass(frozen=True, slots=True)
class Twin:
    """A title read from two keys: ``column`` holds the first's values, the other's where the first is missing."""

    column: Column
    other: str
    other_format: str | None = None  # "slug": the other key holds each item's slug, read as its words


def title_twins(sample: Sample) -> Twin | None:
    """The two title keys the items name themselves under, one each, merged into one column; None when none."""
    keyed = [column for column in sample.columns.values() if _title_word(column)][:MAX_TITLE_KEYS]
    best: tuple[float, float, Twin] | None = None
    for first in keyed:
        for second in keyed:
            if first is second or first.path.rpartition(".")[0] != second.path.rpartition(".")[0]:
                continue
            merged = _merged(first, second)
            if merged is None or merged.share < MIN_TWIN_SHARE or merged.share <= max(first.share, second.share):
                continue
            if not word_weight(first.key_words, TITLE_WORDS):
                continue  # a slug names an item only beside a title key (_json_slug_names)
            rank = (merged.share, word_weight(first.key_words, TITLE_WORDS))
            if best is None or rank > best[:2]:
                best = (*rank, Twin(merged, second.path, slug_format(second)))
    return best[2] if best is not None else None


def _title_word(column: Column) -> bool:
    named = word_weight(column.key_words, TITLE_WORDS) > 0 or slug_name_column(column)  # "talk": "https-for-…"
    return 0 < column.share < 1 and text_column(column) and named


def _merged(first: Column, second: Column) -> Column | None:
    """The first column with the second's values where it has none; None when an item holds both."""
    values: list[Any] = []
    for mine, theirs in zip(first.values, second.values, strict=False):
        if mine not in EMPTY and theirs not in EMPTY:
            return None
        values.append(mine if mine not in EMPTY else theirs)
    return Column(first.path, values)


def with_twin(spec: Any, evidence: str, twin: Twin | None) -> tuple[Any, str, list[str]]:
    """The title's spec with the twin's other key as its fallback (and that key, for the fields read after the
    title to leave alone), when the title is the twin's first key; the spec as it was otherwise."""
    if twin is None or spec != twin.column.path:
        return spec, evidence, []
    return (
        {
            "path": spec,
            "fallback": {"path": twin.other, **({"format": twin.other_format} if twin.other_format else {})},
        },
        evidence + TWIN_EVIDENCE.format(path=twin.other),
        [twin.other],
    )


def own_prefix_title(sample: Sample) -> Column | None:
    """The bare top-level key the records' other keys begin with ("Event" beside "EventId", "EventDate"), when it
    is an event word and holds each record's name; None otherwise."""
    keys = _top_keys(sample.items)
    for column in sample.columns.values():
        said = column.key_words
        if column.depth or len(said) != 1 or said[0] not in PREFIX_WORDS or column.share < MIN_TWIN_SHARE:
            continue
        prefixed = {key for key in keys if len(spoken := words(key)) > 1 and spoken[0] == said[0]}
        if len(prefixed) >= MIN_PREFIXED and _names(column):
            return column
    return None


def _top_keys(items: Iterable[Any]) -> set[str]:
    return {key for item in items if isinstance(item, Mapping) for key in item if isinstance(key, str)}


def _names(column: Column) -> bool:
    strings = column.strings()
    if not strings or not text_column(column) or url_share(column) > 0.5:
        return False
    if date_shape(column, numeric_ok=True) is not None or any(text.isdigit() for text in strings):
        return False
    if len(set(strings)) * 4 < len(strings) * 3:  # a log's few kinds over and over ("Order Completed"), not names
        return False
    return 2 <= mean_length(column) <= MAX_PREFIX_LENGTH
