"""The date patterns' matches in one text, found once however many readers ask. Pure (a cache of pure work).

A page's readers ask ``find_dates`` about the same text many times: a card's lines under each field reader, a
large document's whole text (a markdown page read as one block) under each rule that looks for a heading, a post
stamp or a day's sessions. The matches of a pattern depend on the pattern and the text only (what a reader then
accepts depends on its year, its clock and the page's conventions, and is decided afresh on every call), so they
are kept per text and per pattern, found lazily: a caller that stops after a few dates reads no further, the next
one that goes further extends the same list. A 400 KB document scanned by twenty-odd patterns costs about a second;
scanned once instead of five times, its readers cost a fifth.

The cache is per thread (a reader's work is never shared across threads) and bounded by texts and characters, the
least recently asked dropped first: a long run forgets, it does not grow.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterator

MAX_TEXTS = 256  # a page's cards, lines and blocks in play at once; more are found again, not wrong
MAX_CHARS = 8_000_000  # the kept texts' characters together: a few of the largest pages a fetch accepts
# Shorter texts are scanned afresh: a card's line costs a pattern a microsecond, no more than looking it up.
MIN_CHARS = 1_000


class _Found:
    """One pattern's matches in one text, in ``finditer`` order, as far as anyone has read them."""

    __slots__ = ("matches", "pattern", "rest")

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.pattern = pattern  # kept alive, so that its id names it while it is cached
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
                return
            match = next(self.rest, None)
            if match is None:
                self.rest = None
                return
            self.matches.append(match)


class _Texts(threading.local):
    def __init__(self) -> None:
        self.found: OrderedDict[str, dict[int, _Found]] = OrderedDict()  # by text, then by id(pattern)
        self.chars = 0


_TEXTS = _Texts()


def pattern_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the same matches in the same order, found once per text and pattern (a
    pattern's hash is its source's, rehashed on every call: its id names it)."""
    if len(text) < MIN_CHARS:
        return pattern.finditer(text)
    cache = _TEXTS
    by_pattern = cache.found.get(text)
    if by_pattern is None:
        by_pattern = cache.found[text] = {}
        cache.chars += len(text)
        while len(cache.found) > MAX_TEXTS or (cache.chars > MAX_CHARS and len(cache.found) > 1):
            dropped, _ = cache.found.popitem(last=False)
            cache.chars -= len(dropped)
    else:
        cache.found.move_to_end(text)
    found = by_pattern.get(id(pattern))
    if found is None or found.pattern is not pattern:
        found = by_pattern[id(pattern)] = _Found(pattern, text)
    return iter(found)


def forget() -> None:
    """Drop this thread's kept matches (a benchmark's runs each start cold)."""
    _TEXTS.found.clear()
    _TEXTS.chars = 0
