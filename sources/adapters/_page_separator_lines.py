"""A line that is only a separator between a date and its time: the time's line is the one after it. Pure.

A festival's film page writes each screening as three labels in a row, the hall's over the date's and the time's
set apart by a slash between them (``<label>02.11.2031</label> / <label>16:15</label>``). A <label> starts a line of
its own (_page_lines.LINE_BREAKS: a form's labels stand apart), so the slash was a line of its own too, between the
date's line and the time's: the time was no longer "the line under the date" and the screening was read all day.

A line that holds nothing but one such mark ("/", "|", "·", "•", "–", "—", "-", "@") joins its neighbours and says
nothing of its own: the line under the date is the one after it (``past_separator``), when the mark's element holds
the date's and the time's (or is theirs). Not: a line with any word or digit beside the mark ("/ 20 €", "| Tickets"), two marks ("//", "- -"), or
a mark outside the element of the date or the time (a menu's divider between two blocks).
"""

from __future__ import annotations

import re
from typing import Any

# A lone separating mark: nothing else on the line (its blanks stripped).
SEPARATOR_LINE = re.compile(r"[/|·•–—@-]")


def past_separator(lines: list[Any], index: int) -> int:
    """The index of the line under line ``index``, passing over one separator-only line of the same element."""
    after = index + 1
    if after + 1 >= len(lines) or SEPARATOR_LINE.fullmatch(lines[after].text.strip()) is None:
        return after
    holder = lines[after].block  # the mark's element: the date's own, or the row around the date's and the time's
    if holder is None or not all(_within(lines[at].block, holder) for at in (index, after + 1)):
        return after
    return after + 1


def _within(block: Any, holder: Any) -> bool:
    """Whether ``block`` is ``holder`` or inside it."""
    return block is not None and (block is holder or any(parent is holder for parent in block.iterancestors()))
