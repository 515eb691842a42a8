"""A schedule row that is only its date, and the date is a link to a web page: that page is the event's own.

A user group's Events page lists the year's meetup dates under "Upcoming Events" ("26th February 2025", "30th April
2025", …), the first one linked to its Meetup page as soon as that page exists. The row has no name of its own (the
heading above names it); the link it is, whole, is where the meetup is announced: the event's page, not a document
of it. Not: a date that links to a file (an agenda's PDF, a recording's MP4), to a file host's page (a shared
drive's document) or a video host's (a meeting's recording or stream on Vimeo or Granicus: review28, the
``VIDEO_HOSTS`` the row documents know), or to a page its address calls a document's ("…/minutes/2031-03-03",
"…/agenda-packet?id=7", a video's); dates under a heading that says what they link to ("Minutes", "Agendas"); a link
that is only part of the line ("12 March 2031 – <a>Agenda</a>", a name beside the date); a row that already has a
page or a name of its own.
"""

from __future__ import annotations

import re

from sources.adapters._page_lines import Line
from sources.adapters._page_schedule import Entry
from sources.adapters._page_words import DOCUMENT_FILE, DOCUMENT_WORD, VIDEO_HOSTS
from sources.adapters.common import http_url

# Where a shared file opens: a document's viewer, not an event's page.
FILE_HOST = re.compile(
    r"^https?://(?:[\w-]+\.)*(?:drive\.google\.com|docs\.google\.com|dropbox\.com|onedrive\.live\.com|1drv\.ms"
    r"|box\.com|sharepoint\.com|scribd\.com|issuu\.com)(?:[:/?#]|$)",
    re.IGNORECASE,
)
EVIDENCE = "the date is a link to the event's own page: {href!r}"


def date_link_pages(entries: list[Entry], lines: list[Line]) -> None:
    """Give each nameless row whose line is wholly one link to a web page that page as its URL (see the module)."""
    for entry in entries:
        if entry.url is not None or entry.title is not None or not 0 <= entry.line < len(lines):
            continue
        if entry.heading and DOCUMENT_WORD.search(entry.heading):
            continue  # "Minutes" over a list of dates: each date is its minutes' link
        line = lines[entry.line]
        if len(line.anchors) != 1 or " ".join(line.anchors[0].text.split()) != line.text.strip():
            continue
        href = http_url(line.anchors[0].href)
        if (
            href is None
            or DOCUMENT_FILE.search(href)
            or FILE_HOST.match(href)
            or VIDEO_HOSTS.search(href)
            or DOCUMENT_WORD.search(href.replace("_", "-"))
        ):
            continue
        entry.url = href
        entry.links = [link for link in entry.links if link.get("url") != href]
        entry.evidence.append(EVIDENCE.format(href=href[:120]))
