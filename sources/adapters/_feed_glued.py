"""A place element whose lines were run together, for the ``rss`` adapter. Pure.

Municipal calendar feeds (CivicPlus's ``calendarEvent:Location``) write a place the site shows on three lines —
venue, street, town — with the line breaks dropped and nothing in their stead: "Town Hall Annex40 Orchard
LnMillbrook, CO 80999". The item's description often shows the same lines with their breaks; then the place is
read from those lines. Otherwise it is parted where a house number follows a word's last letter ("Annex40 ") and
where a town's name follows a street word ("LnMillbrook"), and only kept parted when one part is a street line (a
house number, a name and a street word): "Studio54 Club" or "McKinley Park" stay as written. A number straight
after a word is no glued house number when another house number follows it before the next cut ("Covid19 Clinic
100 Main St", "Room4 12 Oak Ave": the street is already spaced, the number is the name's).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import html
import re

from sources.adapters._feed_listing import STREET_WORDS, street_line

# Where a description's (or a place element's) lines break: <br>, a block element's tags, a newline.
_BREAK = re.compile(r"<\s*br\s*/?\s*>|</?(?:p|div|li|tr|td|th|h[1-6]|address)\b[^>]*>|\n", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
MAX_LINES = 200  # a description's lines looked at
MAX_PARTS = 5  # lines a place is made of: venue, one or two street lines, town, country
MAX_PLACE = 300  # a longer place element is prose, not a glued address
# A house number straight after a word's last small letter ("Annex40 Orchard").
_NUMBER_GLUED = re.compile(r"(?<=[a-z])(?=\d{1,6}\s)")
# A capitalised word straight after a street word ("Orchard LnMillbrook", "1st StGulf Shores").
_TOWN_GLUED = re.compile(r"\b([A-Za-z]{2,10})\.?(?=[A-Z][a-z])")
# A house number starting a word run: digits with a space after them, at a word's start.
_HOUSE_NUMBER = re.compile(r"\b\d{1,6}\s")


def unglued(place: str | None, description: str | None) -> str | None:
    """The place with its lines parted by ", " when it is lines run together; else the place as it was."""
    if not place or len(place) > MAX_PLACE:
        return place
    lines = html_lines(description or "")
    from_lines = _from_lines(place, lines)
    if from_lines:
        return from_lines
    return _parted(place) or place


def html_lines(markup: str) -> list[str]:
    """The text's lines as a reader sees them (at most MAX_LINES): broken at <br>, block tags and newlines, each
    without its tags, unescaped, its spaces joined; empty lines left out. Shared with ``_feed_place_lines``."""
    lines: list[str] = []
    for part in _BREAK.split(markup):
        line = _SPACE.sub(" ", html.unescape(_TAG.sub(" ", part))).strip()
        if line:
            lines.append(line)
        if len(lines) >= MAX_LINES:
            break
    return lines


def _squeezed(text: str) -> str:
    return "".join(text.split()).casefold()


def _from_lines(place: str, lines: list[str]) -> str | None:
    """Consecutive lines of the description that, run together, are the place (spaces aside)."""
    target = _squeezed(place)
    if not target:
        return None
    for first in range(len(lines)):
        joined = ""
        for last in range(first, min(len(lines), first + MAX_PARTS)):
            joined += _squeezed(lines[last])
            if not target.startswith(joined):
                break
            if joined == target:
                return ", ".join(lines[first : last + 1]) if last > first else None
    return None


def _parted(place: str) -> str | None:
    town_cuts = {match.end() for match in _TOWN_GLUED.finditer(place) if match.group(1).casefold() in STREET_WORDS}
    cuts = set(town_cuts)
    for match in _NUMBER_GLUED.finditer(place):
        following = min((cut for cut in town_cuts if cut > match.start()), default=len(place))
        part = place[match.start() : following].partition(",")[0]
        if not _HOUSE_NUMBER.search(part, _number_end(part)):  # "19 Clinic 100 Main St": the number is the name's
            cuts.add(match.start())
    if not cuts:
        return None
    edges = [0, *sorted(cuts), len(place)]
    parts = [place[start:end].strip(" ,") for start, end in zip(edges, edges[1:], strict=False)]
    parts = [part for part in parts if part]
    if len(parts) < 2 or not any(street_line(part.partition(",")[0]) for part in parts):
        return None
    return ", ".join(parts)


def _number_end(part: str) -> int:
    """Where the part's own leading number ends (its digits)."""
    return len(part) - len(part.lstrip("0123456789"))
