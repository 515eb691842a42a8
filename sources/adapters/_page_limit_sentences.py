"""A limit's sentence cut whole from a dated line's title (left31). Pure.

A concert list's row "Brass band – Saturday 28 June 2031, 19:30. Booking closes on Friday 27 June 2031." is read on
its first date; the second date is a limit's (``_page_article_dates.limited_day``) and was cut from the title as any
other date is, which left "Booking closes ." in it. When such a date stands in a sentence of its own after the row's
date, the whole sentence is cut. Not: a limit in the row's own sentence ("Exhibition until 28 June 2031" keeps its
words), a date that is no limit ("Second show Sunday 29 June 2031." is left to the title as before).
"""

from __future__ import annotations

import dataclasses

from sources.adapters._page_article_dates import limited_day
from sources.adapters._page_sentence_stops import SENTENCE_END, last_stop


@dataclasses.dataclass(frozen=True)
class _At:
    start: int


def limit_sentences(text: str, spans: list[tuple[int, int]], after: int) -> list[tuple[int, int]]:
    """``spans`` (other dates in ``text``), each a limit's date in a sentence that begins after ``after`` (the row's
    own date's end) widened to that whole sentence and the stop before it (see the module)."""
    widened = []
    for start, end in spans:
        first = last_stop(text, after, start)  # the stop before the date's sentence, by bisection
        if first is not None and limited_day(text, _At(start), worded=True):
            stop = SENTENCE_END.search(text, end)
            widened.append((first, stop.end() if stop else len(text)))
        else:
            widened.append((start, end))
    return widened
