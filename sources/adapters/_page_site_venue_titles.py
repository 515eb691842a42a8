"""A listing's "Title at Venue" where the venue is the page's own place: the venue of an event that names none. Pure.

A venue's own site lists its shows as "Jazz Night at The Old Mill", "Folk Session at The Old Mill" and writes the
place nowhere else on the card: the site is the venue ("The Old Mill" its og:site_name or its <title>'s last part).
Such an event with no place of its own is at that venue; the pipeline's title rule then drops the trailing place
from the title, as it does for any event's own venue (``events.pipeline.titles.strip_own_noise``: only when what
remains is a full title), and ``source_title`` keeps the page's wording.

Not: a title naming another place ("Jazz Night at The Crown" on The Old Mill's site), an event with a place of its own
(a card's "Corn Exchange" stays), an online event, a title whose rest is no full title on its own ("Breakfast at
Tiffany's" on a cinema's site named Tiffany's: the film's name), a page that names no site.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from events.pipeline.places import place_key
from events.pipeline.titles import is_full_title
from sources.adapters._page_info import PageInfo
from sources.adapters.base import ParsedRecord, RawEvent

# "at" or "@" before a title's place; the last one is read ("Night at the Museum at The Old Mill").
AT = re.compile(r"(?<![ \t])[ \t]++(?:at|@)[ \t]++", re.IGNORECASE)
MAX_PLACE = 80
EVIDENCE = "place from the title's 'at {place}', the site's own name: the page is that venue's"


def _key(name: str) -> str:
    return re.sub(r"^the ", "", place_key(name))


def site_venue_titles(records: Iterable[ParsedRecord], info: PageInfo) -> list[ParsedRecord]:
    """The records, those with no place whose title ends "at <the site's name>" placed there (see the module)."""
    kept = list(records)
    site = _key(info.site_name or "")
    if not site:
        return kept
    for record in kept:
        if not isinstance(record, RawEvent) or record.venue_name or record.address or record.online:
            continue
        title = record.title or ""
        found = list(AT.finditer(title))[-1:]
        place = title[found[0].end() :].strip() if found else ""
        if not place or len(place) > MAX_PLACE or _key(place) != site or not is_full_title(title[: found[0].start()]):
            continue
        record.venue_name = " ".join((info.site_name or place).split())  # the site's own spelling
        record.evidence = [*(record.evidence or []), EVIDENCE.format(place=record.venue_name)]
    return kept
