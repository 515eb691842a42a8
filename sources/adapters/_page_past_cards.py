"""A listing's own past, as cards: the cards under a heading that says they are past ("Events Archive", "Past
events", "Vergangene Veranstaltungen" — ``_page_more_dates.PAST_LABEL``) on a page whose other cards are to come.
An art space's events page (held-out batch 92) shows its current and forthcoming events as cards and, below, an
"Events Archive" of its last three: the page says those are over, and they were read as three more events. The
rows of a table or list under such a heading are left out the same way (_page_past_sections). Pure.

Not: a page that is only an archive (every card under such a heading: read as before), a section under such a
heading with a card on or after the reading day (the heading is then no statement of the past), a page with nothing
coming outside the section, a heading that only mentions the past (the label must be the heading's whole text)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sources.adapters._page_card_fields import section_heading
from sources.adapters._page_more_dates import PAST_LABEL
from sources.adapters._page_post_cards import posts_off
from sources.adapters.base import ParsedRecord, RawEvent

PAST_CARDS_NOTE = "left out {count} card(s) under {heading!r}: the page lists them as past, beside what is coming"


def _last_day(record: RawEvent) -> dt.date:
    last = record.end or record.start
    return last.date() if isinstance(last, dt.datetime) else last


def past_cards_off(
    blocks: list[Any], records: list[ParsedRecord | None], today: dt.date, notes: list[str]
) -> list[ParsedRecord | None]:
    """``records`` (one per block, in the same order) without the cards of the page's past sections (see the
    module), a note for each section left out; without a blog's posts too (_page_post_cards)."""
    records = posts_off(blocks, records, today, notes)
    events = [
        (record, section_heading(block))
        for block, record in zip(blocks, records, strict=False)
        if isinstance(record, RawEvent)
    ]
    labelled = {heading for _, heading in events if heading and PAST_LABEL.match(heading)}
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
