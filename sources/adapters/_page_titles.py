"""A site's name or tagline in the titles a page gives its events. Pure.

A venue may write its tagline or name before (or after) every event's name ("Live music since 1987 - The
Quartet", "The Quartet – The Blue Note"), and a page's <title> may hold a slogan ("Live music since 1987 - The
Blue Note"). Neither is part of an event's name: an affix that every event of the page shares, cut off at a
separator, is removed when it is the site's (its name, a part of the page's <title>) or a tagline (a history:
"since 1987", "est. 1990"), and says nothing of what the events are (no body or event word: "City Council -
Regular Meeting" keeps its body). The title as the page wrote it stays the event's ``source_title``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sources.adapters._page_dates import BARE_YEAR
from sources.adapters._page_day_label_titles import page_name, page_named_sessions
from sources.adapters._page_day_names import without_day_names
from sources.adapters._page_genre_places import genre_places_off
from sources.adapters._page_info import PageInfo
from sources.adapters._page_lead_day import lead_days_off
from sources.adapters._page_side_card import side_card_merged
from sources.adapters._page_site_titles import site_titles_off
from sources.adapters._page_site_venue_titles import site_venue_titles
from sources.adapters._page_words import EVENT_WORDS, meaningful
from sources.adapters._page_work_titles import without_work_tails
from sources.adapters._page_years import YEAR_HISTORY
from sources.adapters._title_doubled import doubled_words_off
from sources.adapters.base import ParsedRecord, RawEvent

# Where a title's affix ends: a spaced dash, bar or bullet, or a colon ("Live music since 1987: The Quartet"). The
# spaces before the mark start after a non-space, so a long run of spaces is tried once, not from each position.
AFFIX_SEPARATOR = re.compile(r"(?<!\s)\s+(?:[-–—|·•»]|::)\s+|(?<=\w):\s+")
AFFIX_LENGTH = 60  # a name or a slogan, not a sentence
AFFIX_EVIDENCE = "the site's {what} {affix!r}, written {where} every event's name, left out of the title"
MIN_SHARED = 2  # one title alone shows no affix shared by the page's events


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def is_tagline(text: str) -> bool:
    """A slogan about the site's history ("Live music since 1987", "Est. 1990"): a year and a history word,
    no word that says what an event is."""
    return bool(YEAR_HISTORY.search(text) and BARE_YEAR.search(text)) and not EVENT_WORDS.search(text)


def _split(title: str, side: str) -> tuple[str, str] | None:
    """(affix, rest) of ``title`` at its first separator (a prefix) or its last (a suffix)."""
    found = list(AFFIX_SEPARATOR.finditer(title))
    if not found:
        return None
    cut = found[0] if side == "prefix" else found[-1]
    before, after = title[: cut.start()].strip(), title[cut.end() :].strip()
    return (before, after) if side == "prefix" else (after, before)


def _site_words(info: PageInfo) -> set[str]:
    return {_key(part) for part in (info.site_name, *info.title_parts) if part}


def shared_affix(titles: list[str], info: PageInfo) -> tuple[str, str, str] | None:
    """(side, affix, what it is) when every title carries the same affix that is the site's name or tagline. The
    same title on every event ("Dracula - muzikalova show" on each night of the show) shows no affix: it is the
    show's name, which the page's <title> repeats."""
    if len({_key(title) for title in titles}) < MIN_SHARED:
        return None
    site = _site_words(info)
    for side in ("prefix", "suffix"):
        parts = [_split(title, side) for title in titles]
        if any(part is None or not meaningful(part[1]) for part in parts):
            continue
        affixes = {_key(part[0]) for part in parts if part is not None}
        affix = parts[0][0] if parts[0] is not None else ""
        if len(affixes) != 1 or len(affix) > AFFIX_LENGTH or EVENT_WORDS.search(affix):
            continue
        if is_tagline(affix):
            return side, affix, "tagline"
        if _key(affix) in site:
            return side, affix, "name"
    return None


def without_site_affix(records: Iterable[ParsedRecord], info: PageInfo) -> list[ParsedRecord]:
    """The page's records, their titles without the site's name or tagline that every one of them carries, nor a
    film's bracketed year or language version (_page_work_titles), nor a weekday's name as an event (_page_day_names)."""
    kept = genre_places_off(records)  # a card's "Kino", "Divadlo" line: its kind, not its venue (_page_genre_places)
    kept = lead_days_off(kept)  # "24/08/2026 Council Meeting": the day is its date (_page_lead_day)
    kept = doubled_words_off(kept)  # "Arts Committee Committee Meeting": the portal's join (_title_doubled)
    kept = side_card_merged(kept, info.heading)  # the hour and place in a card beside the heading (_page_side_card)
    named = page_name(info.og_title, info.doc_title, info.heading, info.site_name)
    kept = without_work_tails(without_day_names(page_named_sessions(kept, named)))  # _page_day_label_titles
    kept = site_titles_off(kept, info)  # the site's name on one performance, the show's on the others
    kept = site_venue_titles(kept, info)  # "Jazz Night at The Old Mill" on The Old Mill's site (left42)
    events = [record for record in kept if isinstance(record, RawEvent) and record.title]
    found = shared_affix([event.title for event in events], info)
    if found is None:
        return kept
    side, affix, what = found
    for event in events:
        split = _split(event.title, side)
        if split is None:
            continue
        event.source_title = event.source_title or event.title
        event.title = split[1]
        where = "before" if side == "prefix" else "after"
        event.evidence = [*(event.evidence or []), AFFIX_EVIDENCE.format(what=what, affix=affix, where=where)]
    return kept


VENUE_LENGTH = 80  # "@ Crystal Lounge": a venue's name, not a sentence


def title_at_venue(cell_text: str, link_text: str | None) -> tuple[str, str] | None:
    """(title, venue) of an event cell that is a link and "@ Venue (City, ST)" after it ("<a>HEAT.WAV</a> @
    Substation (Seattle, WA)"): the link's text is the title, the rest the venue without its bracketed city. An
    "@" inside the link's text, or without a link, is the title's own ("Live @ The Hall", "Jazz @ Noon")."""
    link = " ".join((link_text or "").split())
    text = " ".join(cell_text.split())
    if not link or not text.startswith(link) or not meaningful(link):
        return None
    rest = text[len(link) :].strip()
    if rest.startswith("@"):
        venue = rest[1:].strip()
    elif rest[:3].casefold() == "at ":
        venue = rest[3:].strip()
    else:
        return None
    if venue.endswith(")") and "(" in venue:  # "(Seattle, WA)": the city, not the venue's name
        venue = venue[: venue.rfind("(")].strip()
    if not 2 <= len(venue) <= VENUE_LENGTH or any(sign in venue for sign in "@()"):
        return None
    return link, venue
