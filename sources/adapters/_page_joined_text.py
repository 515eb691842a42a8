"""An element's text with its pieces joined as a reader sees them. Pure.

Readers join an element's text pieces (``itertext``) with a space, so that "<h3>The Quartet</h3><p>Dec 12" is not
"The QuartetDec 12". A time of day that the markup splits across two inline elements ("<small>music at 8</small>
</span><span class="time"><small>:30PM</small>") is one time, not "8 :30PM": a piece that ends with a digit and
the next that starts with a colon and a digit ("8" + ":30PM"), or one that ends with a digit and a colon and the
next that starts with a digit ("8:" + "30PM"), are joined with nothing between them. Whitespace written at the
boundary keeps the space. The leading underscore keeps this helper module out of the adapters package's
auto-import.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def joined_text(element: Any) -> str:
    """``element``'s words, pieces joined by a space except inside a time split by an inline boundary."""
    return " ".join(joined_pieces(element.itertext()).split())


def text_head(element: Any, reach: int) -> str:
    """``element``'s words (as ``text_content`` gives them, whitespace closed up) to about ``reach`` characters: a
    long block is read no further than that. Cut to ``reach``; a caller asking whether the text is short asks for
    one character more than it allows."""
    pieces: list[str] = []
    size = 0
    for piece in element.itertext():
        pieces.append(piece)
        size += len(piece)
        if size > reach * 4:  # an indented document's whitespace counts here, not in what is returned
            break
    return " ".join("".join(pieces).split())[:reach]


def joined_pieces(pieces: Iterable[str]) -> str:
    parts: list[str] = []
    for piece in pieces:
        if parts and not _continues_a_time(parts[-1], piece):
            parts.append(" ")
        parts.append(piece)
    return "".join(parts)


def _continues_a_time(before: str, after: str) -> bool:
    if before[-1:].isdigit():  # "8" + ":30PM"
        return after[:1] == ":" and after[1:2].isdigit()
    return before[-1:] == ":" and before[-2:-1].isdigit() and after[:1].isdigit()  # "8:" + "30PM"
