"""Cards of three lines — a date, a time alone, a place — under a bold label that names them (helper pages100: a
parents' association's "<p><b>Vorstandssitzungen</b></p><div><p>Do. 13.04.2023</p><p>20 Uhr</p><p>Kita im
Treff</p></div><div>…</div>"). The line after the time was read as the event's name (a cinema's day: a time, then
the film, _page_time_pairs), or the label was the name and the last line was left unread. Here the label is the
name of every card under it and the last line is where. Pure.

Only when the card holds exactly those three lines, the last is short and names no date nor time, and the first
child of the cards' parent is the label: a short text all in bold (or a heading's), no date, no clock. A card of a
cinema's day (several times and films) or a card with prose stays as it was read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sources.adapters._page_cards import _EPOCH
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_schedule import Entry
from sources.adapters._page_time_lines import clock_alone
from sources.adapters._page_words import meaningful

LABEL_EVIDENCE = "the cards' label {label!r} names them; the card's last line is the place: {place!r}"
MAX_LABEL = 80
MAX_PLACE = 80
BOLD = ("b", "strong")
HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _text(node: Any) -> str:
    return " ".join((node.text_content() or "").split())


def _label(card: Any) -> str | None:
    """The bold label that opens the cards' parent, when it is one (see the module)."""
    group = card.getparent()
    if group is None:
        return None
    first = next((child for child in group if isinstance(child.tag, str)), None)
    if first is None or first is card:
        return None
    text = _text(first)
    if not text or len(text) > MAX_LABEL or not meaningful(text):
        return None
    if find_dates(text, year_hint=2000, today=_EPOCH) or find_clock(text, dated=True):
        return None
    bold = first.tag in HEADINGS or "".join(_text(node) for node in first.iter(*BOLD)) == text
    return text if bold else None


def label_cards(found: list[Entry], lines: Sequence[Any], line: Any) -> list[Entry]:
    """``found`` (the date line's one entry) named by its cards' label and placed by its last line, when the date
    line opens such a card; ``found`` as it was otherwise."""
    if len(found) != 1 or line.block is None or line.index + 2 >= len(lines):
        return found
    card = line.block.getparent()
    if card is None:
        return found
    own = [other for other in lines[max(0, line.index - 1) : line.index + 4] if other.block is not None]
    inside = [other for other in own if other.block.getparent() is card]
    if len(inside) != 3 or inside[0] is not line:
        return found
    clock, place = inside[1].text.strip(), " ".join(inside[2].text.split())
    if clock_alone(clock, dated=True, limit=24) is None or not place or len(place) > MAX_PLACE:
        return found
    if find_dates(place, year_hint=2000, today=_EPOCH) or find_clock(place, dated=True):
        return found
    label = _label(card)
    entry = found[0]
    if label is None or entry.title not in (place, label, None):
        return found
    entry.title, entry.location = label, place
    entry.evidence.append(LABEL_EVIDENCE.format(label=label[:60], place=place[:60]))
    return found


def label_cards_listed(entries: list[Entry], min_rows: int) -> None:
    """Cards read under labels are one list when there are ``min_rows`` of them or more, though each label holds
    fewer: a group of one card is not a lone date in a paragraph. Mutates the entries' structure."""
    labelled = [entry for entry in entries if any(note.startswith("the cards' label ") for note in entry.evidence)]
    if len(labelled) < min_rows:
        return
    for entry in labelled:
        if entry.structure == "lone":
            entry.structure = "list"
