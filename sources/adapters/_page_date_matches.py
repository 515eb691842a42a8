"""The date patterns' matches in one text, found once however many readers ask. Pure (a cache of pure work).

A page's readers ask ``find_dates`` about the same text many times: a card's lines under each field reader, a
large document's whole text (a markdown page read as one block) under each rule that looks for a heading, a post
stamp or a day's sessions. The matches of a pattern depend on the pattern and the text only (what a reader then
accepts depends on its year, its clock and the page's conventions, and is decided afresh on every call), so they
are kept per text and per pattern, found lazily: a caller that stops after a few dates reads no further, the next
one that goes further extends the same list. A 400 KB document scanned by twenty-odd patterns costs about a second;
scanned once instead of five times, its readers cost a fifth.

The cache is per thread (a reader's work is never shared across threads) and bounded by texts and characters, the
least recently asked dropped first: a long run forgets, it does not grow. The kept matches count too, each as
MATCH_CHARS characters, and a pattern keeps at most MAX_KEPT of one text, a reader going further scanning afresh past
them as before the cache (readthrough61: a 2 MB text of "31.02.2031", no calendar day, kept 180,000 rejected matches,
32 MB, that no count of characters bounded).
"""

from __future__ import annotations

import itertools
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator

MAX_TEXTS = 256  # a page's cards, lines and blocks in play at once; more are found again, not wrong
MAX_CHARS = 8_000_000  # the kept texts' characters together: a few of the largest pages a fetch accepts
# Shorter texts are scanned afresh: a card's line costs a pattern a microsecond, no more than looking it up.
MIN_CHARS = 1_000
MAX_KEPT = 2_000  # one pattern's matches kept of one text: several times a text's most dates (MAX_DATES)
MATCH_CHARS = 100  # what a kept match weighs, in characters: a match object's bytes, about


class _Entry:
    """One text's patterns' matches, and its weight while it is cached (its characters and its kept matches')."""

    __slots__ = ("found", "kept", "size")

    def __init__(self, size: int) -> None:
        self.found: dict[int, _Found] = {}  # by id(pattern)
        self.size = size
        self.kept = True  # still counted in the cache's characters


class _Found:
    """One pattern's matches in one text, in ``finditer`` order, as far as anyone has read them."""

    __slots__ = ("entry", "matches", "pattern", "rest", "text")

    def __init__(self, pattern: re.Pattern[str], text: str, entry: _Entry) -> None:
        self.pattern = pattern  # kept alive, so that its id names it while it is cached
        self.text = text
        self.entry = entry
        self.matches: list[re.Match[str]] = []
        self.rest: Iterator[re.Match[str]] | None = pattern.finditer(text)

    def __iter__(self) -> Iterator[re.Match[str]]:
        index = 0
        while True:
            if index < len(self.matches):
                yield self.matches[index]
                index += 1
                continue
            if self.rest is None:
                if index >= MAX_KEPT:  # the kept are the first MAX_KEPT: the rest found afresh, not kept
                    yield from itertools.islice(self.pattern.finditer(self.text), index, None)
                return
            if index >= MAX_KEPT:
                self.rest = None
                continue
            match = next(self.rest, None)
            if match is None:
                self.rest = None
                return
            self.matches.append(match)
            self.entry.size += MATCH_CHARS
            if self.entry.kept:
                _TEXTS.chars += MATCH_CHARS


class _Texts(threading.local):
    def __init__(self) -> None:
        self.found: OrderedDict[str, _Entry] = OrderedDict()  # by text
        self.chars = 0


_TEXTS = _Texts()


def pattern_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the same matches in the same order, found once per text and pattern (a
    pattern's hash is its source's, rehashed on every call: its id names it)."""
    if len(text) < MIN_CHARS:
        return pattern.finditer(text)
    cache = _TEXTS
    entry = cache.found.get(text)
    if entry is None:
        entry = cache.found[text] = _Entry(len(text))
        cache.chars += len(text)
    else:
        cache.found.move_to_end(text)
    while len(cache.found) > MAX_TEXTS or (cache.chars > MAX_CHARS and len(cache.found) > 1):
        _, dropped = cache.found.popitem(last=False)  # never this text: it was put last
        cache.chars -= dropped.size
        dropped.kept = False
    found = entry.found.get(id(pattern))
    if found is None or found.pattern is not pattern:
        found = entry.found[id(pattern)] = _Found(pattern, text, entry)
    return iter(found)


def forget() -> None:
    """Drop this thread's kept matches (a benchmark's runs each start cold)."""
    for entry in _TEXTS.found.values():
        entry.kept = False
    _TEXTS.found.clear()
    _TEXTS.chars = 0
