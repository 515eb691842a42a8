"""A single-event page's event whose own url is a video-meeting link ("Link: https://….zoom.us/j/…", schema.org
``itemprop="url"`` on a city calendar's event page): that link is how to join, not the event's page. The event keeps
the page's own address as its url and the meeting link as a document ("Online meeting"); and a title opening with
the event's own start hour loses it (``_title_lead_day.lead_hour_off``: "6:00 PM Human Rights Commission"). The
page's one "Download Agenda" / "Minutes" link (outside its navigation, header and footer) is the event's document too;
a label linked twice or more ("Agenda" for each of a year's meetings) or in the plural ("Agendas & Minutes": an
archive) is no one event's.

Pure. The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._meeting_hosts import is_meeting_url
from sources.adapters._title_lead_day import lead_hour_off
from sources.adapters.base import RawEvent
from sources.adapters.common import absolute_url

MEETING_LABEL = "Online meeting"
URL_EVIDENCE = "the event's url {url!r} is a video meeting's link, kept as a document; the page is the event's own"
# The link's words, their spaces made single: "Download Agenda", "Minutes (PDF)", "View the Agenda Packet".
DOCUMENT_LINK = re.compile(
    r"(?:(?:download|view|read|open) )?(?:the )?(?P<label>agenda|minutes|agenda packet|meeting packet)(?: \(pdf\))?",
    re.IGNORECASE,
)
APART = {"nav", "header", "footer"}  # a site's menus: their "Agenda" is the site's, not the event's
DOCUMENT_EVIDENCE = "the page's one {label!r} link is the event's document"
HOUR_EVIDENCE = "the title's opening hour is the event's own start, not its name: {title!r}"


def single_event_tidied(record: RawEvent, own: str | None, tree: Any = None, base: str | None = None) -> None:
    """``record`` (the page's only event) with a meeting link for url moved to its links, ``own`` (the page's
    address) in its place, its title without its own opening start hour, and the page's one agenda link kept."""
    for label, href in page_documents(tree, base):
        if all(link.get("url") != href for link in record.links):
            record.links = [*record.links, {"label": label, "url": href}]
            record.evidence = [*(record.evidence or []), DOCUMENT_EVIDENCE.format(label=label)]
    url = record.url
    if url and own and is_meeting_url(url) and not is_meeting_url(own):
        if all(link.get("url") != url for link in record.links):
            record.links = [*record.links, {"label": MEETING_LABEL, "url": url}]
        record.url = own
        record.evidence = [*(record.evidence or []), URL_EVIDENCE.format(url=url)]
    title = lead_hour_off(record.title, record.start) if record.title and record.start is not None else None
    if title is not None and title != record.title:
        record.source_title = record.source_title or record.title
        record.evidence = [*(record.evidence or []), HOUR_EVIDENCE.format(title=record.title)]
        record.title = title


def page_documents(tree: Any, base: str | None) -> list[tuple[str, str]]:
    """(label, url) of each document label ("Agenda", "Minutes") linked exactly once on the page, outside its
    navigation, header and footer."""
    if tree is None:
        return []
    found: dict[str, list[str]] = {}
    for anchor in tree.iter("a"):
        href = absolute_url(anchor.get("href"), base)
        text = " ".join("".join(anchor.itertext()).split())
        match = DOCUMENT_LINK.fullmatch(text) if href and len(text) <= 40 else None
        if href is None or match is None or any(ancestor.tag in APART for ancestor in anchor.iterancestors()):
            continue
        found.setdefault(match["label"].capitalize(), []).append(href)
    return [(label, hrefs[0]) for label, hrefs in found.items() if len(hrefs) == 1]
