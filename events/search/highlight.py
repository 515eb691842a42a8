"""Highlighting: text with private-use markers around matches becomes escaped HTML with only our <mark>s."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

MARK_START, MARK_END = "\ue000", "\ue001"  # Unicode private use: never in real text (and removed if they are)
SNIPPET_CHARS = 220


def marked_html(text: str) -> SafeString:
    """Text carrying MARK_START/MARK_END pairs → escaped HTML with only <mark> elements."""
    pieces: list[str] = []
    position = 0
    for start, end in _marked_spans(text):
        pieces.append(escape(unmark(text[position:start])))
        pieces.append(f"<mark>{escape(unmark(text[start + 1 : end - 1]))}</mark>")
        position = end
    pieces.append(escape(unmark(text[position:])))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece was escaped above; <mark> is ours


def _marked_spans(text: str) -> Iterator[tuple[int, int]]:
    """Each MARK_START with the first MARK_END after it, left to right (what finditer of "START(.*?)END" finds).

    Two searches rather than that regex: with no MARK_END after them, each of n MARK_STARTs would scan to the
    end (quadratic); here the first one without an end stops the loop, as no later one has an end either.
    """
    position = 0
    while (start := text.find(MARK_START, position)) >= 0 and (end := text.find(MARK_END, start + 1)) >= 0:
        position = end + 1
        yield start, position


def unmark(text: str) -> str:
    return text.replace(MARK_START, "").replace(MARK_END, "")


def highlight_plain(text: str, needles: Iterable[str]) -> SafeString:
    """Every case-insensitive occurrence of a needle marked (the SQLite path and typo-path titles)."""
    cleaned = unmark(text)
    wanted = sorted({needle for needle in needles if needle}, key=len, reverse=True)
    if not wanted:
        return marked_html(cleaned)
    pattern = re.compile("|".join(re.escape(needle) for needle in wanted), re.I)
    return marked_html(pattern.sub(lambda m: f"{MARK_START}{m.group(0)}{MARK_END}", cleaned))


def snippet_plain(text: str, needles: Iterable[str], *, size: int = SNIPPET_CHARS) -> SafeString:
    """A window of the description around its first match (else its start), highlighted."""
    cleaned = " ".join(unmark(text).split())
    lowered = cleaned.lower()
    positions = [lowered.find(needle.lower()) for needle in needles if needle and needle.lower() in lowered]
    first = min(positions) if positions else 0
    start = max(0, first - size // 3)
    if start:
        start = cleaned.find(" ", start) + 1 or start
    end = min(len(cleaned), start + size)
    if end < len(cleaned):
        end = cleaned.rfind(" ", start, end) if cleaned.rfind(" ", start, end) > start else end
    window = ("… " if start else "") + cleaned[start:end] + (" …" if end < len(cleaned) else "")
    return highlight_plain(window, needles)
