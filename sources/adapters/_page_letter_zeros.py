"""Zeros typed as the letter o in a clock or a year: "2o.oo Uhr", "3. Februar 2oo5". Pure.

A user group's meetings page (batch 104) writes "Donnerstag, 3. Februar 2oo5, 2o.oo Uhr" and "jeden 1. Donnerstag
im Monat, 2o.oo Uhr": the clock was no clock, the meeting a day with no time. A token of digits and the letter o (at
least one of each) is read with its o's as zeros only in these shapes:

* a clock before a clock's word: "2o.oo Uhr", "1o:3o h", "8.oo pm", "2o:oo o'clock" (one or two places, a dot or a
  colon, two places; "Uhr", "h", "am", "pm", "o'clock" after it);
* a year right after a month's name or a dotted day: "Februar 2oo5", "3.2.2oo5", "Mai 2o12".

Not: "Room 2o1", "Top 1o", "go.oo", "Lo:oo", a token with no digit ("oo.oo Uhr"), "2o.oo" with no clock's word after
it, a year-like token beside no month ("Team 2oo5"). The text nodes are mended in place; nothing else changes.
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._intl_names import INTL_MONTHS
from sources.adapters._page_dates import MONTHS as PAGE_MONTHS

MAX_TEXT = 2_000  # characters of one text node looked at
MAX_NODES = 5_000
_MONTH_NAMES = "|".join(
    sorted({re.escape(name) for name in (*PAGE_MONTHS, *INTL_MONTHS) if len(name) >= 3}, key=len, reverse=True)
)
CLOCK = re.compile(
    r"(?<![\w.:])(?P<token>[0-2oO]?[\doO][.:][0-5oO][\doO])(?=\s{0,2}(?:uhr\b|h\b|am\b|pm\b|a\.m\.|p\.m\.|o['’]clock))",
    re.IGNORECASE,
)
YEAR = re.compile(
    rf"(?:(?<![\w])(?:{_MONTH_NAMES})\.?,?\s{{1,3}}|(?<![\w.])\d{{1,2}}\.\d{{1,2}}\.)(?P<token>[12][\doO]{{3}})(?![\w])",
    re.IGNORECASE,
)


def _zeros(token: str) -> str | None:
    """``token`` with its o's as zeros, when it holds both a digit and an o; else None."""
    if not any(char.isdigit() for char in token) or not any(char in "oO" for char in token):
        return None
    return token.replace("o", "0").replace("O", "0")


def mended(text: str) -> str:
    """``text`` with the clocks and years written with o's for zeros written with zeros (see the module)."""
    if len(text) > MAX_TEXT or ("o" not in text and "O" not in text):
        return text
    for pattern in (CLOCK, YEAR):
        text = pattern.sub(lambda match: _swap(match), text)
    return text


def _swap(match: re.Match[str]) -> str:
    token = match.group("token")
    zeros = _zeros(token)
    if zeros is None:
        return match.group(0)
    start = match.start("token") - match.start(0)
    return match.group(0)[:start] + zeros + match.group(0)[start + len(token) :]


def letter_zeros_mended(root: Any) -> None:
    """Every text of ``root`` mended (see ``mended``)."""
    for count, node in enumerate(root.iter()):
        if count >= MAX_NODES:
            return
        if not isinstance(node.tag, str):
            continue
        if node.text and ("o" in node.text or "O" in node.text):
            node.text = mended(node.text)
        if node.tail and ("o" in node.tail or "O" in node.tail):
            node.tail = mended(node.tail)
