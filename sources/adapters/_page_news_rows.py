"""A news item's headline that names a day of its own is part of that news item, not an event.

A ticker stamps each headline with its publication day in square brackets and puts the headline under it, in one
row: ``<dl><dt>[2028/01/01]</dt><dd>【注目番組】1/4(木)放送！特別番組</dd></dl>``. The stamp line reads as news
(``_page_words.reads_as_news``) and is held; the headline under it names the day of what it announces (a
broadcast, a release, a sale), and since month/day dates with a bracketed weekday are read (helper pages64) that
line became a dated entry of its own. One such entry was enough for a ticker of news to outweigh the page's own
event (the page's title and its date block): the schedule no longer read as "all news".

The line right under a news line that is only its stamp (no word beside the date), in the same row (its element's
parent is the stamp's), is that news item's headline: it is held as news too, with why. Refused: a dated line under
a line that is no news (a listing's rows, each with its own date); under a news line with words of its own (a
headline among meetings, "Council approves budget at meeting - March 3": the next line is the next item); in
another row than the stamp's.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from collections.abc import Sequence

from sources.adapters._page_lines import Line
from sources.adapters._page_schedule import Entry

HEADLINE_EVIDENCE = "held: the line is the headline of the news item stamped on the line above it ({stamp!r})"


def _row(line: Line) -> object:
    block = line.block
    parent = block.getparent() if block is not None and hasattr(block, "getparent") else None
    return parent if parent is not None else block


def _worded(text: str) -> bool:
    """Whether a line holds a word beside its date: a stamp is digits and marks ("[2028/01/01]", "2028.01.01 |")."""
    return any(character.isalpha() for character in text)


def news_headlines(schedule: Sequence[Entry], lines: Sequence[Line]) -> None:
    """Mark as news each entry read from the line right under a news entry's line, in the same row."""
    news_at = {entry.line: entry for entry in schedule if entry.news}
    for entry in schedule:
        stamp = news_at.get(entry.line - 1)
        if entry.news or stamp is None or not 0 < entry.line < len(lines):
            continue
        if _row(lines[entry.line]) is not _row(lines[stamp.line]) or _worded(lines[stamp.line].text):
            continue
        entry.news = True
        entry.evidence.append(HEADLINE_EVIDENCE.format(stamp=lines[stamp.line].text[:40]))
