"""A place element whose lines were run together, for the ``rss`` adapter. Pure.

Municipal calendar feeds (CivicPlus's ``calendarEvent:Location``) write a place the site shows on three lines —
venue, street, town — with the line breaks dropped and nothing in their stead: "Town Hall Annex40 Orchard
LnMillbrook, CO 80999". The item's description often shows the same lines with their breaks; then the place is
read from those lines. Otherwise it is parted where a house number follows a word's last letter ("Annex40 ") and
where a town's name follows a street word ("LnMillbrook"), and only kept parted when one part is a street line (a
house number, a name and a street word): "Studio54 Club" or "McKinley Park" stay as written. A number straight
after a word is no glued house number when another house number follows it before the next cut ("Covid19 Clinic
100 Main St", "Room4 12 Oak Ave": the street is already spaced, the number is the name's). A post-office box glued
to a street's last letter ("6th StreetP.O. Box 750") is parted before it, and a capitalised word straight after a
number ("P.O. Box 750Erie, PA 16501", "Suite 100Erie") only where the number ends a box or suite line ("P.O. Box
750", "Suite 100", "Ste 5", "Unit 3") and the place shows it was lines: another cut, or the town line after it ("Erie,
PA 16501"). "Stage 2West Hall", "Pier 39Fisherman's Wharf" or "Suite 5Restaurant" alone stay as written, and so
does a name with a glued number before a room's or a stand's ("Studio54 Room #2", "Gallery21 Unit 3"): a part
counts as a box line only when it is one, whole.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import html
import re

from sources.adapters._feed_listing import STREET_WORDS, street_line

# Where a description's (or a place element's) lines break: <br>, a block element's tags, a newline.
_BREAK = re.compile(r"<\s*br\s*/?\s*>|</?(?:p|div|li|tr|td|th|dt|dd|h[1-6]|address)\b[^>]*>|\n", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
MAX_LINES = 200  # a description's lines looked at
MAX_PARTS = 5  # lines a place is made of: venue, one or two street lines, town, country
MAX_PLACE = 300  # a longer place element is prose, not a glued address
# A house number straight after a word's last small letter ("Annex40 Orchard").
_NUMBER_GLUED = re.compile(r"(?<=[a-z])(?=\d{1,6}\s)")
# A capitalised word straight after a street word ("Orchard LnMillbrook", "1st StGulf Shores").
_TOWN_GLUED = re.compile(r"\b([A-Za-z]{2,10})\.?(?=[A-Z][a-z])")
# A post-office box straight after a word's last small letter ("6th StreetP.O. Box 750").
_BOX_GLUED = re.compile(r"(?<=[a-z])(?=P\.\s?O\.\s?Box\b|PO\s?Box\b)")
# A capitalised word straight after a number ("P.O. Box 750Erie"): a cut only after a box or suite line.
_WORD_AFTER_NUMBER = re.compile(r"(?<=\d)(?=[A-Z][a-z])")
# A line that ends in a box's, a suite's or a unit's number: "P.O. Box 750", "Suite 100", "Ste. 5", "Unit 3", "#200".
_BOX_LINE = re.compile(r"(?:\bP\.?\s?O\.?\s?Box|\bBox|\bSuite|\bSte\.?|\bUnit|\bApt\.?|#)\s?\d{1,6}$", re.IGNORECASE)
# "Erie, PA 16501": a town, a two-letter region and a postcode, the rest of the place.
_TOWN_LINE = re.compile(r"[^\W\d][\w .'-]{0,60},\s?[A-Z]{2}\s{1,3}\d{5}(?:-\d{4})?")
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
    town_cuts |= {match.start() for match in _BOX_GLUED.finditer(place)}  # "StreetP.O. Box 750"
    cuts = set(town_cuts)
    for match in _NUMBER_GLUED.finditer(place):
        following = min((cut for cut in town_cuts if cut > match.start()), default=len(place))
        part = place[match.start() : following].partition(",")[0]
        if not _HOUSE_NUMBER.search(part, _number_end(part)):  # "19 Clinic 100 Main St": the number is the name's
            cuts.add(match.start())
    cuts |= _box_cuts(place, cuts)
    if not cuts:
        return None
    edges = [0, *sorted(cuts), len(place)]
    parts = [place[start:end].strip(" ,") for start, end in zip(edges, edges[1:], strict=False)]
    parts = [part for part in parts if part]
    if len(parts) < 2 or not any(street_line(part.partition(",")[0]) or _boxed(part) for part in parts):
        return None
    return ", ".join(parts)


def _boxed(part: str) -> bool:
    """Whether a part is a box line ("P.O. Box 750"), or a street line ending in one ("123 Main St Suite 100"); not
    a name's words before a room's or a stand's number ("54 Room #2", "21 Unit 3")."""
    found = _BOX_LINE.search(part[-40:])
    if found is None:
        return False
    before = part[: len(part) - len(part[-40:]) + found.start()].strip(" ,")
    return not before or street_line(before)


def box_line(text: str) -> bool:
    """Whether a place's part is a post-office box's or a suite's line alone ("P.O. Box 750", "Suite 100"): an
    address's line, never a venue's name."""
    return _BOX_LINE.fullmatch(text.strip()[:40]) is not None


def _box_cuts(place: str, cuts: set[int]) -> set[int]:
    """Cuts before a capitalised word glued to a box's or suite's number ("P.O. Box 750Erie"), where the place
    shows it was lines: another cut, or the town line that follows ("Erie, PA 16501")."""
    found: set[int] = set()
    for match in _WORD_AFTER_NUMBER.finditer(place):
        cut = match.start()
        line = place[max((edge for edge in cuts if edge < cut), default=0) : cut].strip(" ,")
        if not _BOX_LINE.search(line[-40:]):
            continue
        if cuts or _TOWN_LINE.fullmatch(place[cut:].strip()):
            found.add(cut)
    return found


def _number_end(part: str) -> int:
    """Where the part's own leading number ends (its digits)."""
    return len(part) - len(part.lstrip("0123456789"))
