"""Parts of the one event a page is about: a tournament's stages in its sub-navigation ("May 7–18 Playoffs",
"Apr 1–May 2 Group Stage", each a link to the stage's page under the event's own), a festival's weekends, a
course's terms. The page's event is the card its main heading names, a run of days; a card that is itself a run
of days inside that run and links to a page under the page's own address is a part of it, not another event:
it is left out. Pure.

Not: a single day or a timed show inside the run (a festival's concert is an event to list), a run that reaches
outside the event's, a card linking elsewhere (another event's page), a page with no such main run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from urllib.parse import urlsplit

from sources.adapters._page_info import PageInfo
from sources.adapters.base import ParsedRecord, RawEvent

PARTS_NOTE = (
    "left out {count} part(s) of the page's event {title!r} (their days inside its run, their pages under its own)"
)


def _run(event: RawEvent) -> tuple[dt.date, dt.date] | None:
    """A record's days when it is a run of two days or more, else None."""
    if isinstance(event.start, dt.datetime) or event.end is None:
        return None
    end = event.end.date() if isinstance(event.end, dt.datetime) else event.end
    return (event.start, end) if end > event.start else None


def _under(url: str | None, own: str) -> bool:
    """Whether ``url`` is a page below the page's own address (same host, its path one or more steps deeper)."""
    if not url:
        return False
    mine, other = urlsplit(own), urlsplit(url)
    base = mine.path.rstrip("/") + "/"
    return other.netloc.lower() == mine.netloc.lower() and other.path.startswith(base) and len(other.path) > len(base)


def _key(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def parts_off(
    records: Sequence[ParsedRecord | None], info: PageInfo, page_url: str | None
) -> list[ParsedRecord | None]:
    """The page's records (None for a card with no event) without the parts of its one event (see the module)."""
    own = info.canonical or page_url
    heading = _key(info.heading_name or info.heading)
    events = [record for record in records if isinstance(record, RawEvent)]
    mains = [(event, run) for event in events if heading and _key(event.title) == heading and (run := _run(event))]
    if own is None or len(mains) != 1:
        return list(records)
    main, main_run = mains[0]
    parts = {
        id(event)
        for event in events
        if event is not main
        and (run := _run(event)) is not None
        and main_run[0] <= run[0]
        and run[1] <= main_run[1]
        and _under(event.url, own)
    }
    if parts:
        main.evidence.append(PARTS_NOTE.format(count=len(parts), title=main.title))
    return [record for record in records if id(record) not in parts]
