"""The field that names a dated line's event, written on the line right above it: a blog's or a venue's block of
labelled fields ("名称：新宿花園ゴールデン街 桜まつり2017" over "日程：2017年4月16日（日）", "時間：13:00～22:00",
"場所：新宿ゴールデン街"), whose heading above names the block ("◆…の日程・時間・場所", the schedule, the time and the
place), not the event. Pure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sources.adapters._page_single import NAME_LABEL
from sources.adapters._page_words import meaningful

if TYPE_CHECKING:
    from sources.adapters._page_lines import Line
    from sources.adapters._page_schedule import Entry

LONGEST_NAME = 120  # characters: a longer value is a sentence, not a name


def name_above(entry: Entry, lines: list[Line], line: Line) -> None:
    """The event's name from the labelled name field on the line right above its date line, in the same block."""
    if line.index == 0 or line.block is None:
        return
    above = lines[line.index - 1]
    label = NAME_LABEL.match(above.text)
    if label is None or above.block is not line.block:
        return
    name = " ".join(above.text[label.end() :].split())
    if name and len(name) <= LONGEST_NAME and meaningful(name):
        entry.title = name
        entry.evidence.append(f"title from the field naming it above the date: {above.text.strip()[:120]!r}")
