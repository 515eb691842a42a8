"""The last sentence's stop before a point of a text, found in the text's stops once (review of large documents).
Pure.

``_page_article_dates`` reads the words of a date's sentence before it, ``_page_limit_sentences`` the stop before a
limit's date; each listed every stop from the text's start (or the row's date) to the date, for every date: on a
400 KB document read as one line, hundreds of dates each rescanned the text before them. The stops are the same
for every date of a text, so they are found once per text and the last one before a point is a bisection.

A stop is ``SENTENCE_END``'s match (a mark, then a space or the end): its matches never overlap (the space after a
mark cannot begin one), so those of the whole text are those of any stretch of it, but for a mark that ends the
stretch (the end of the stretch, ``$``, stands for the space a whole text's match needs after it).

Only a long text's stops are kept, of the last KEPT_TEXTS long texts asked about, as an array: a short one's are found
afresh (as cheap as looking them up), and the cache holds a few whole documents, not 32 (readthrough61: four 2 MB
texts of short sentences kept 80 MB, their texts and their stops as a tuple of ints).
"""

from __future__ import annotations

import array
import bisect
import functools
import re
from collections.abc import Sequence

SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_MARKS = ".!?"


MIN_KEPT = 1_000  # characters of a text whose stops are kept
KEPT_TEXTS = 8  # the long texts whose stops are kept: a page's whole text and a few blocks


def _stops(text: str) -> Sequence[int]:
    return _kept_stops(text) if len(text) >= MIN_KEPT else [found.start() for found in SENTENCE_END.finditer(text)]


@functools.lru_cache(maxsize=KEPT_TEXTS)
def _kept_stops(text: str) -> Sequence[int]:
    return array.array("q", (found.start() for found in SENTENCE_END.finditer(text)))


def last_stop(text: str, after: int, start: int) -> int | None:
    """Where the last match of ``SENTENCE_END.finditer(text, after, start)`` starts; None when there is none."""
    if start <= after:
        return None
    if text[start - 1] in _MARKS:  # "… 2031." right before the point: a stop at the stretch's end
        return start - 1
    stops = _stops(text)
    index = bisect.bisect_left(stops, start - 1) - 1  # a stop of the whole text whose space is in the stretch
    return stops[index] if index >= 0 and stops[index] >= after else None


def sentence_start(text: str, start: int) -> int:
    """Where the sentence (and the line) that ``start`` is in begins: after the last stop before it, or the last
    line break, whichever is later."""
    stop = last_stop(text, 0, start)
    end = 0 if stop is None else start if stop == start - 1 else stop + 2
    return max(end, text.rfind("\n", 0, start) + 1)
