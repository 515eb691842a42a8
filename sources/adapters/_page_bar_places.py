"""A card's date line that names its place after a bar, its event's name the heading right under it (held-out
batch 99, a community calendar: "so, 11 dez. | Mergener Hof e.V." over "<h2>Ukrainische Abendparty</h2>"): the
part after the bar is where, the heading is what. Read by _page_line_neighbours.follow_lines. Pure.

Only when the line is a date (and its weekday) before one bar and a short name after it, and the line right under
it is a heading of the same card (a sibling in the date's own element) that is no date itself: "May 3 | Jazz Night"
with no heading under it keeps its name; a bar's part that is a sentence, a time or a long text is no place.
review38: nor a remark or a status ("Sold out", "Cancelled", "Tickets £12", "All ages"), a programme's kind, a
language or an age ("Comedy", "Music & Family", "Deutsch", "18+": ``_page_listing_kinds``), a phone number; the bar
may be a spaced bullet ("·", "•"), and the date may keep its clock ("Sa, 13. Dez. 19 Uhr | Tufa Trier").
left37: a byline either side of the bar ("12 May 2031 | Posted by Jane Smith", "By Tom Brown | 19 May 2031") is no
place and no name (``_page_bylines``): the heading under it names the card.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_bars import hours_line, is_sentence
from sources.adapters._page_bylines import byline
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_line_places import NOT_PLACE
from sources.adapters._page_lines import Line
from sources.adapters._page_listing_kinds import listing_kind
from sources.adapters._page_not_places import a_remark
from sources.adapters._page_schedule import Entry
from sources.adapters._page_sold_out import sold_out_label
from sources.adapters._page_words import meaningful, status_in

# "so, 11 dez. | Mergener Hof e.V.": what is before the one bar, and after it.
# One line's parts (no line break in either: a run of breaks is no date, however long).
# The bar may be a bullet ("Sa, 13. Dez. · Tufa", review38), spaced then.
DATE_BAR = re.compile(
    r"^(?P<date>[^|·•\n]{1,40}?)(?:[^\S\n]{0,3}\||[^\S\n]{1,3}[·•])[^\S\n]{0,3}(?P<place>[^|·•\n]{2,60})$"
)
# The byline first ("By Tom Brown | 19 May 2031", left37): the same parts the other way round.
BYLINE_BAR = re.compile(
    r"^(?P<place>[^|·•\n]{2,60}?)(?:[^\S\n]{0,3}\||[^\S\n]{1,3}[·•])[^\S\n]{0,3}(?P<date>[^|·•\n]{1,40})$"
)
# What the date's part may keep beside its date: a weekday's short or full name and punctuation only.
WEEKDAY_ONLY = re.compile(r"^[\W\d_]*(?:[^\W\d_]{1,12}\.?)?[\W\d_]*$")
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
SIBLINGS_BEFORE = 10  # the date's preceding siblings looked at for a heading of its own
PLACE_WORDS = 6  # a place's name is short ("Mergener Hof e.V.", "Trier")
_ANY_DAY = dt.date(2000, 1, 1)


def place_over_heading(entry: Entry, lines: list[Line], line: Line) -> None:
    """Set the entry's place from its date line's part after the bar and its name from the heading under it."""
    if line.is_heading or line.block is None or line.index + 1 >= len(lines):
        return
    match = _date_and_part(line.text.strip())
    if match is None or entry.location:
        return
    place = match.group("place").strip()
    hits = find_dates(match.group("date"), year_hint=2000, today=_ANY_DAY)
    if len(hits) != 1:
        return
    a_place, a_tag = _a_place(place), _a_tag(place)
    if not a_place and not a_tag:
        return
    rest = match.group("date")[: hits[0].start] + match.group("date")[hits[0].end :]
    clock = find_clock(rest)  # "Sa, 13. Dez. 19 Uhr | Tufa": the date's clock (review38)
    if clock is not None:
        rest = rest[: clock.span[0]] + rest[clock.span[1] :]
    if not WEEKDAY_ONLY.match(rest):
        return
    below = lines[line.index + 1]
    if not _heading_of_card(below, line):
        return
    entry.title = below.text.strip()
    if not a_place:  # "Fri 14 Mar | Sold out" over the name: a remark, no place; its status the card's (review38)
        entry.status = status_in(place) if entry.status == "scheduled" else entry.status
        entry.sold_out = entry.sold_out or sold_out_label(place)
        entry.evidence.append(f"the name in the heading under the date, no place after its bar: {place[:60]!r}")
        return
    entry.location = place
    entry.evidence.append(f"the place after the date's bar, the name in the heading under it: {place[:60]!r}")


def _date_and_part(text: str) -> re.Match[str] | None:
    """The date and the part beside it: after the bar, or a byline before it ("By Tom Brown | 19 May 2031")."""
    reverse = BYLINE_BAR.match(text)
    if reverse is not None and byline(reverse.group("place")):
        return reverse
    return DATE_BAR.match(text)


def _a_place(text: str) -> bool:
    return (
        meaningful(text)
        and len(text.split()) <= PLACE_WORDS
        and text[:1].isupper()
        and not is_sentence(text)
        and hours_line(text, dated=True) is None
        and not NOT_PLACE.search(text)
        and not a_remark(text)  # "Sold out", "Cancelled", "Tickets £12" (review38)
        and not listing_kind(text)  # "Comedy", "Deutsch", "18+", a phone number (review38)
        and not byline(text)  # "Posted by Jane Smith" (left37)
    )


def _a_tag(text: str) -> bool:
    """A short remark, status, programme's kind or language after the bar, where a place could be (review38)."""
    return (
        len(text.split()) <= PLACE_WORDS
        and not is_sentence(text)
        and (a_remark(text) or listing_kind(text) or bool(NOT_PLACE.search(text)) or byline(text))
    )


def _heading_of_card(below: Line, line: Line) -> bool:
    """Whether ``below`` is a heading in the date line's own element (its sibling), naming something, no date."""
    if not below.is_heading or below.block is None or line.block is None:
        return False
    if below.block.getparent() is not line.block.getparent():
        return False
    # A heading before the date in the same element: headings then dates ("<h3>Quiz</h3><p>Sat 13 Dec | The
    # Crown</p><h3>Carols</h3>…"), so the heading under the date is the next event's (review38).
    for count, sibling in enumerate(line.block.itersiblings(preceding=True)):
        if count >= SIBLINGS_BEFORE:
            break
        if sibling.tag in HEADINGS:
            return False
    text = below.text.strip()
    return meaningful(text) and not find_dates(text, year_hint=2000, today=_ANY_DAY)
