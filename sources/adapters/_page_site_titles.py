"""A performance titled by the site's name, beside performances titled by the page's own. Pure.

A cinema's booking page for one film lists its performances; a row may carry the site's name where the others
carry the film's ("<div class=item-venue>BFI IMAX</div>" under the first date, "The Odyssey" links under the
others, on a page whose <title> is "… | BFI IMAX" and whose heading is "The Odyssey"): read as the line under
its date, the first performance was titled "Bfi Imax". A title that is only the site's name (its og:site_name, or
its <title>'s last part) is the place's name, not the show's, when another event of the page is titled as the
page names itself (its heading, else its og:title or <title>): that event's title is given to it, and the
page's wording stays its ``source_title``. A page whose events have no title in common with its own name (a
festival site's programme that lists "Jazz Fest" itself among other acts) keeps every title.
"""

from __future__ import annotations

from collections.abc import Iterable

from sources.adapters._page_day_label_titles import page_name
from sources.adapters._page_info import PageInfo
from sources.adapters.base import ParsedRecord, RawEvent

SITE_TITLE_EVIDENCE = "titled {title!r}, the site's name, like no show: given the page's own name {name!r}"


def _key(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def site_titles_off(records: Iterable[ParsedRecord], info: PageInfo) -> list[ParsedRecord]:
    """The page's records, an event titled by the site's name retitled by the page's (see the module)."""
    kept = list(records)
    site = _key(info.site_name)
    if not site:
        return kept
    heading = info.heading if _key(info.heading) not in ("", site) else None
    name = heading or page_name(info.og_title, info.doc_title, None, info.site_name)
    events = [record for record in kept if isinstance(record, RawEvent) and record.title]
    if not name or not any(_key(event.title) == _key(name) for event in events):
        return kept
    for event in events:
        if _key(event.title) == site:
            event.evidence = [*(event.evidence or []), SITE_TITLE_EVIDENCE.format(title=event.title, name=name)]
            event.source_title = event.source_title or event.title
            event.title = name
    return kept
