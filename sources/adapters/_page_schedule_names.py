"""What names a schedule's rows when they name nothing themselves, and what a page's relative links resolve
against: helpers of the generic page adapter (html.py), kept apart so that module stays small. Pure."""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_booking_words import booking_prompt
from sources.adapters._page_info import PageInfo
from sources.adapters._page_notice_rules import notice_heading
from sources.adapters._page_schedule import without_heading_hour
from sources.adapters._page_titles import is_tagline
from sources.adapters._page_words import DOCUMENT_WORD, FIELD_LABEL, GENERIC_HEADING, meeting_title, without_status
from sources.adapters.webpage import absolute_url


def link_base(root: Any, page_url: str | None) -> str | None:
    """What relative links resolve against: the page's <base href> (itself relative to the page), else its URL."""
    node = next(root.iter("base"), None)
    href = (node.get("href") or "").strip() if node is not None else ""
    return (absolute_url(href, page_url) or page_url) if href else page_url


def schedule_title(heading: str | None, info: PageInfo, subject: str | None = None) -> tuple[str, str, bool]:
    """A schedule row's title when it has none, the page's own wording of it, and whether the page's "… meets"
    sentence gave it: the section heading, else who the page says meets, else the page's heading or title."""
    named = schedule_name(heading, info, subject)
    if named is not None and named is heading:  # "Finance Committee – 6:30 PM": the group, its hour read apart
        named = without_heading_hour(named)
    if named is not None:
        wording = without_status(named)
        return meeting_title(wording), wording, named is subject and named != heading
    wording = info.site_name or "Meeting"
    return meeting_title(wording), wording, False


def schedule_name(heading: str | None, info: PageInfo, subject: str | None = None) -> str | None:
    """What names a schedule's rows on the page: its section heading, who the page says meets, the page's heading
    or title; None when the page names them nowhere."""
    for candidate in (heading, subject, info.heading, info.og_title, info.doc_title):
        if not candidate or not re.search(r"[^\W\d_]{2,}", candidate) or GENERIC_HEADING.match(candidate):
            continue
        if booking_prompt(candidate) or FIELD_LABEL.match(candidate):  # "Choose a date and time", "When?": no name
            continue
        if DOCUMENT_WORD.fullmatch(candidate.strip()) or (info.site_name and candidate == info.site_name):
            continue
        if notice_heading(candidate):  # "Meetings are held in …. Meetings are open to the public.": a notice
            continue
        if is_tagline(candidate):  # "Live music since 1987": the site's slogan, not its events' name
            continue
        return candidate
    return None
