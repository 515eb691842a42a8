"""A listing's own past, as cards: the cards under a heading that says they are past ("Events Archive", "Past
events", "Vergangene Veranstaltungen" — ``_page_more_dates.PAST_LABEL``) on a page whose other cards are to come.
An art space's events page (held-out batch 92) shows its current and forthcoming events as cards and, below, an
"Events Archive" of its last three: the page says those are over, and they were read as three more events. The
rows of a table or list under such a heading are left out the same way (_page_past_sections). Pure.

Not: a page that is only an archive (every card under such a heading: read as before), a section under such a
heading with a card on or after the reading day (the heading is then no statement of the past), a page with nothing
coming outside the section, a heading that only mentions the past (the label must be the heading's whole text).

pages117: a year's heading under an archive's label at its level ("<h1>Archives</h1> <h1>2025</h1>") is that label's
section (_page_archive_years).

pages122: a card marked over by a badge of its own, an element whose whole text is "Terminé", "Past", "Ended",
"Beendet", "Vorbei", "Afgelopen", "Finalizado" (a town band's "Passées" tab, each card with "<span class="badge
badge-muted">Terminé</span>"), dated before the reading day, is left out the same way when another card is to come.
Not: the word inside a longer text ("Terminé le 3 mai", "Past Lives screening"), a card on or after the reading day,
a heading that is the word ("<h3>Past</h3>", "<h3>Over</h3>": a film's or a play's name, review61)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from sources.adapters._page_archive_years import archive_year
from sources.adapters._page_cards import block_text
from sources.adapters._page_more_dates import PAST_LABEL
from sources.adapters._page_post_cards import posts_off
from sources.adapters._page_section_index import heading_above
from sources.adapters.base import ParsedRecord, RawEvent
from sources.adapters.webpage import clean_text

# A badge that says the card's event is over: the element's whole text.
ENDED_BADGE = re.compile(
    r"^\W{0,2}(?:termin[ée]e?|pass[ée]e?|past|ended|finished|over|beendet|vorbei|vergangen|afgelopen|voorbij"
    r"|finalizad[oa]|terminad[oa]|concluso|conclusa|terminato|terminata)\W{0,2}$",
    re.IGNORECASE,
)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})  # a card's name, never its badge
MAX_BADGES = 40  # elements of a card looked at for its badge
ENDED_NOTE = "left out {count} card(s) marked as over by their own badge, beside what is coming"
PAST_CARDS_NOTE = "left out {count} card(s) under {heading!r}: the page lists them as past, beside what is coming"


def _last_day(record: RawEvent) -> dt.date:
    last = record.end or record.start
    return last.date() if isinstance(last, dt.datetime) else last


def past_section(block: Any) -> tuple[str | None, bool]:
    """The heading a card is under and whether it labels the past; a year's heading under an archive's label at its
    level ("Archives" then "2025") is "Archives 2025", a past label (_page_archive_years)."""
    found = heading_above(block)
    text = clean_text(block_text(found)) if found is not None else None
    archived = archive_year(found) if found is not None else None
    if archived:
        return archived, True
    return text, bool(text and PAST_LABEL.match(text))


def past_cards_off(
    blocks: list[Any], records: list[ParsedRecord | None], today: dt.date, notes: list[str]
) -> list[ParsedRecord | None]:
    """``records`` (one per block, in the same order) without the cards of the page's past sections (see the
    module), a note for each section left out; without a blog's posts too (_page_post_cards)."""
    records = posts_off(blocks, records, today, notes)
    records = ended_off(blocks, records, today, notes)
    sections = [
        (record, past_section(block))
        for block, record in zip(blocks, records, strict=False)
        if isinstance(record, RawEvent)
    ]
    events = [(record, heading) for record, (heading, _) in sections]
    labelled = {heading for _, (heading, past) in sections if heading and past}
    past = {
        heading
        for heading in labelled
        if all(_last_day(record) < today for record, under in events if under == heading)
    }
    if not past or not any(under not in past and _last_day(record) >= today for record, under in events):
        return records
    for heading in sorted(past):
        count = sum(under == heading for _, under in events)
        notes.append(PAST_CARDS_NOTE.format(count=count, heading=heading))
    left_out = {id(record) for record, under in events if under in past}
    return [None if id(record) in left_out else record for record in records]


def ended_badge(block: Any) -> bool:
    """Whether a card holds a badge of its own saying its event is over (see the module)."""
    for node in itertools.islice(block.iterdescendants(), MAX_BADGES):
        if (
            isinstance(node.tag, str)
            and node.tag not in HEADINGS
            and not len(node)
            and ENDED_BADGE.match(node.text or "")
        ):
            return True
    return False


def ended_off(
    blocks: list[Any], records: list[ParsedRecord | None], today: dt.date, notes: list[str]
) -> list[ParsedRecord | None]:
    """``records`` without the past cards marked over by their own badge, when another card is to come."""
    ended = {
        id(record)
        for block, record in zip(blocks, records, strict=False)
        if isinstance(record, RawEvent) and _last_day(record) < today and ended_badge(block)
    }
    coming = any(isinstance(r, RawEvent) and id(r) not in ended and _last_day(r) >= today for r in records)
    if not ended or not coming:
        return records
    notes.append(ENDED_NOTE.format(count=len(ended)))
    return [None if id(record) in ended else record for record in records]
