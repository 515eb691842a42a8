"""A card's event (an event-like block found by _page_cards.event_blocks, read by _page_block_reader.BlockReader)
as a record: its title, moments, place, links and prices, with the end and place its own add-to-calendar link adds;
a card that cannot be read is one rejected record. Used by html.GenericPageAdapter."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._calendar_links import LinkedEvent, in_page_zone, read_calendar_link
from sources.adapters._online_place import online_only
from sources.adapters._page_article_dates import limited_card
from sources.adapters._page_block_reader import BlockReader
from sources.adapters._page_card_ends import labelled_end
from sources.adapters._page_card_fields import card_title, section_heading, status_of, venue_of
from sources.adapters._page_card_map_place import map_place
from sources.adapters._page_card_prices import prices_of
from sources.adapters._page_card_tail import last_day_line, place_after_clock
from sources.adapters._page_cards import block_text, heading_of
from sources.adapters._page_classes import post_class
from sources.adapters._page_dated_headings import dated_heading
from sources.adapters._page_dates import find_dates
from sources.adapters._page_day_cells import cell_moments
from sources.adapters._page_day_headings import after_day
from sources.adapters._page_history_dates import read_past_history
from sources.adapters._page_hours_cards import hours_card
from sources.adapters._page_menu_weeks import menu_dated
from sources.adapters._page_meta_places import meta_place
from sources.adapters._page_own_page import own_url
from sources.adapters._page_permalink_posts import permalink_post
from sources.adapters._page_post_marks import post_stamped
from sources.adapters._page_remote_meetings import ONLINE_ROOM_EVIDENCE
from sources.adapters._page_schedule import (
    NEWS_CONFIDENCE,
)
from sources.adapters._page_subheading_place import subheading_place
from sources.adapters._page_words import (
    meaningful,
    reads_as_closure,
    reads_as_news,
    residue,
)
from sources.adapters.base import (
    RECORD_ERRORS,
    AdapterContext,
    ParsedRecord,
    RawEvent,
    RejectedRecord,
)
from sources.adapters.webpage import (
    clean_paragraphs,
    fallback_id,
    in_zone,
)

BAD_BLOCK = "The event block could not be read ({error})."


BLOCK_EVIDENCE = "heading and date read from an event-like <{tag}> block"


# A card (an <article> or "event" block with a heading and a date) is a fair guess; a calendar link states it.
BLOCK_CONFIDENCE = 0.6


# A card's own add-to-calendar link states its end and place when the card's text does not show them.
LINKED_FIELDS = "end and place taken from the card's own {kind} calendar link (it starts when the card does)"


MAX_CARD_LINKS = 200  # links looked at in one card


# A card that reads as news (under a news heading, linking to an article, a headline): held for a moderator.
NEWS_EVIDENCE = "held: the card reads as news, not an event ({why}); its date is when it was published"


# A row or card that says a place is closed or gives its hours ("Library Closed", "Holiday Hours"): held.
CLOSURE_EVIDENCE = "held: {title!r} is a closure or opening-hours notice, not an event"


# How much of a rejected block's text is kept to find it again.
RAW_TEXT = 2000


def without_own_day(title: str, start: dt.date) -> str:
    """A card's title that ends with the card's own day, set off by a dash or a bar ("CHANTEUSE - 28 Mai 2027"):
    the name alone. A day inside the name ("Concert du 12 décembre"), another day, or a title that is nothing but
    its day is kept as written."""
    day = start.date() if isinstance(start, dt.datetime) else start
    hits = find_dates(title, year_hint=day.year, today=day)
    last = hits[-1] if hits else None
    if (
        last is None
        or last.date != day
        or title[last.end :].strip(" .)")
        or not OWN_DAY_SEPARATOR.search(title[: last.start])
    ):
        return title
    rest = residue(title, [(last.start, last.end)], [])
    return rest if meaningful(rest) else title


OWN_DAY_SEPARATOR = re.compile(r"\s(?:-|–|—|\||·)\s*$")  # what sets a day off after a card's name


def has_clock(start: dt.date) -> bool:
    """Whether a start has a time of its own (midnight is a table's empty time as often as a time)."""
    return isinstance(start, dt.datetime) and start.time() != dt.time(0)


def _same_moment(linked: dt.date | None, start: dt.date) -> bool:
    if isinstance(linked, dt.datetime) and isinstance(start, dt.datetime):
        return linked == start
    as_day = linked.date() if isinstance(linked, dt.datetime) else linked
    return as_day == (start.date() if isinstance(start, dt.datetime) else start)


def guarded_block(
    block: Any, index: int, reader: BlockReader, page_url: str | None, context: AdapterContext
) -> ParsedRecord | None:
    """One block's event; a block that cannot be read (hostile values) is one rejected record."""
    try:
        return block_event(block, reader, page_url, context)
    except RECORD_ERRORS as exc:
        return RejectedRecord(
            external_id=f"{page_url or 'page'}#block-{index}",
            reason=BAD_BLOCK.format(error=type(exc).__name__),
            raw={"text": block_text(block)[:RAW_TEXT]},
        )


def same_events_link(block: Any, start: dt.date, zone: Any) -> LinkedEvent | None:
    """The card's own add-to-calendar link (Google, Outlook, Yahoo…): one that starts when the card does."""
    for index, anchor in enumerate(block.iter("a")):
        if index >= MAX_CARD_LINKS:
            break
        linked = read_calendar_link(anchor.get("href") or "")
        if linked is None or linked.start is None:
            continue
        linked = in_page_zone(linked, zone)
        if _same_moment(linked.start, start):
            return linked
    return None


def linked_end(linked: LinkedEvent, start: dt.date) -> dt.date | None:
    """The link's end, in the card's zone, when it is of the card's kind (a time for a timed start)."""
    end = linked.end
    if isinstance(end, dt.datetime) and isinstance(start, dt.datetime):
        return end.astimezone(start.tzinfo) if end > start else None
    return None if isinstance(end, dt.datetime) or isinstance(start, dt.datetime) else end


def block_event(block: Any, reader: BlockReader, page_url: str | None, context: AdapterContext) -> RawEvent | None:
    heading, text = heading_of(block), block_text(block)
    raw_title = card_title(block, heading, text)
    if (
        post_stamped(text) or limited_card(text) or after_day(raw_title or "") or hours_card(block)
    ):  # _page_day_headings  # "✍️ Apr 19, 2026" (_page_post_marks), "closes on …" (review30), _page_hours_cards
        return None
    named = dated_heading(
        block, heading, raw_title
    )  # the act over "Monday 6th April at Venue, 7pm" (_page_dated_headings)
    raw_title, dated_place = named if named is not None else (raw_title, None)
    heading = block if heading is None else heading  # an untitled card's links and text are its own
    moments = cell_moments(reader, block, text) if raw_title else None  # a day cell's card: _page_day_cells
    moments = read_past_history(  # "Commémoration du 8 Mai 1945" beside a badge "08 Mai" (_page_history_dates)
        moments, block, text, reader.now.date(), lambda node, cleaned: cell_moments(reader, node, cleaned)
    )
    if not raw_title or moments is None:
        return None
    if menu_dated(text, moments.start):  # "Menüplan vom 11. - 15. Dezember": a menu's week (_page_menu_weeks)
        return None
    status, title = status_of(block, raw_title)
    start, zone_name = in_zone(moments.start, context.default_timezone)
    title = without_own_day(title, start)
    url = reader.link(block, heading)
    url = own_url(block, heading, url, reader.own_link(block, heading) if url else None, page_url)
    tickets = reader.tickets(block, heading)
    cost_type, price_min, price_max, currency = prices_of(text)
    evidence = [BLOCK_EVIDENCE.format(tag=block.tag), *([moments.evidence] if moments.evidence else [])]
    end, venue = moments.end or last_day_line(block, start), venue_of(block) or place_after_clock(block) or dated_place
    # "<a href='https://goo.gl/maps/…'>Penhale, Fradon</a>" (_page_card_map_place); "…, 7:30pm @ The Old Mill" on the
    # date line (_page_meta_places)
    venue = venue or map_place(block) or meta_place(block)
    venue = venue or (subheading_place(heading) if heading is not block else None)  # "<h6>Buurtkerk, Noordwijk</h6>"
    end = end or labelled_end(block, start, reader.text_moments)  # "Ends: Sun Oct 11, 2026 5pm" (_page_card_ends)
    linked = same_events_link(block, start, context.default_timezone)
    if linked is not None and (end is None and linked.end or venue is None and linked.location):
        end, venue = end or linked_end(linked, start), venue or linked.location
        evidence.append(LINKED_FIELDS.format(kind=linked.kind))
    online = bool(venue) and online_only(venue)  # "<p class='location'>Online</p>": how to attend, no venue (left42)
    if online:
        evidence.append(ONLINE_ROOM_EVIDENCE.format(place=(venue or "")[:60]))
        venue = None
    timed = isinstance(start, dt.datetime)
    news = (
        reads_as_news(text, title, section_heading(block), [url] if url else [], timed=timed)
        or (post_class(block) if not timed else None)  # "newsItem": a post, dated when it was published
        or permalink_post(url, moments.start)  # stamped to the second, its link "/2025/10/30/…" (_page_permalink_posts)
    )
    if news:
        evidence.append(NEWS_EVIDENCE.format(why=news))
    closure = reads_as_closure(title, timed=has_clock(start))
    if closure:
        evidence.append(CLOSURE_EVIDENCE.format(title=title))
    return RawEvent(
        source=context.source,
        external_id=url or fallback_id(page_url, title, start),
        title=title,
        description=clean_paragraphs(block_text(block, skip=heading)),
        start=start,
        end=end,
        all_day=not isinstance(start, dt.datetime),
        timezone=zone_name,
        venue_name=venue,
        online=online,
        url=url,
        ticket_url=tickets[0]["url"] if tickets else None,
        links=[*tickets, *reader.documents(block)],
        image_url=reader.image(block),
        cost_type=cost_type,
        price_min=price_min,
        price_max=price_max,
        currency=currency,
        status=status,
        confidence=NEWS_CONFIDENCE if news or closure else BLOCK_CONFIDENCE,
        evidence=evidence,
        # "RESCHEDULED: Luke Bryan" is published as "Luke Bryan" (rescheduled); the card's own words are kept
        source_title=raw_title if title != raw_title else None,
    )
