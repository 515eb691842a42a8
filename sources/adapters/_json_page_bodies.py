"""A CMS's JSON answer whose page is an events page with its events only in its text: the page read as HTML (left32).

A village hall's WordPress site keeps its events on a page, not in an events plugin: ``/wp-json/wp/v2/pages`` answers
``[{"id": 12, "type": "page", "slug": "events", "title": {"rendered": "Events"}, "content": {"rendered": "<h2>Events
</h2><p>Friday 20 June 2031, 7pm — Quiz night, Village Hall</p>…"}, "author": 1, "modified": …}]``. The JSON reader
rightly takes no publication date for an event (``_json_posts``: a blog's posts are no events), and the answer was
refused whole. When no reader takes the answer and an item at the top (or in a "data", "items", "pages" or "posts"
list) is titled as an events page (its title or slug: "Events", "What's on", "Diary", "Calendar", "Programme",
"Upcoming events", "Fixtures") and holds its body as HTML (``content``, ``body``, ``html``: a string or its
``rendered`` / ``html`` / ``value``), that body is read as a page under the item's title, at the item's link: the
page readers find its dated lines (or find none, and the answer gives no events). Only the events on or after the
item's last edit are kept (``since_edit``): a page lists what is coming when it is written; a post titled "Events"
that tells of last month's quiz gives none.

Not: a post titled otherwise ("New kitchen opened", "AGM minutes": its dates are what was written about), an item
whose body is plain text with no markup, a body longer than ``MAX_BODY``, an answer some reader takes.

left34: every events page of the answer is read, not only the first ("Events" and "Fixtures" pages in one list),
and so is a page's own section titled as events (a headless CMS's ``"sections"`` / ``"blocks"`` / ``"components"``
list: ``{"heading": "Upcoming events", "html": …}``), each under its own title; a section titled otherwise
("Opening hours", "Our menu") is not read, nor a page titled otherwise around it. At most ``MAX_PAGES`` pages.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import json
import re
from collections.abc import Mapping
from typing import Any

MAX_PAYLOAD = 2_000_000  # bytes of JSON looked at
MAX_BODY = 500_000  # characters of one page's body
MAX_ITEMS = 50
MAX_PAGES = 10  # events pages (and sections) read from one answer
SECTION_KEYS = ("sections", "blocks", "components")
TITLE_KEYS = ("title", "heading", "name")
LIST_KEYS = ("data", "items", "pages", "posts", "results")
BODY_KEYS = ("content", "body", "html")
BODY_TEXT_KEYS = ("rendered", "html", "value", "raw")
EVENTS_TITLE = re.compile(
    r"^\W{0,3}(?:(?:upcoming|forthcoming|future|our|club|village|community|hall|church|"
    r"kommende|aktuelle|unsere|nos|prochains?|próximos|prossimi|komende)[ \t-]{1,3}){0,2}"
    r"(?:events?|what'?s[ \t-]{1,3}on|diary|calendar|programme|program|fixtures|listings|gigs|concerts|"
    # German, French, Spanish, Italian, Dutch, Polish, Czech, Ukrainian, Russian (review38)
    r"veranstaltungen|termine|veranstaltungskalender|kalender|programm|[ée]v[ée]nements|calendrier|"
    r"eventos|eventi|calendario|evenementen|wydarzenia|akce|kalendář|події|афіша|мероприятия|афиша)"
    r"(?:[ \t-]{1,3}(?:20\d\d|calendar|diary|list|listings|page|[àa][ \t]venir))?\W{0,3}$",
    re.IGNORECASE,
)
EDIT_KEYS = ("modified", "modified_gmt", "updated", "updated_at", "date", "published_at")
ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
MARKUP = re.compile(r"<(?:p|h[1-6]|li|div|table|br)\b", re.IGNORECASE)


def _text(value: Any, keys: tuple[str, ...]) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return next((found for key in keys if isinstance(found := value.get(key), str)), None)
    return None


def _items(document: Any) -> list[Any]:
    if isinstance(document, list):
        return document[:MAX_ITEMS]
    if isinstance(document, Mapping):
        for key in LIST_KEYS:
            if isinstance(document.get(key), list):
                return document[key][:MAX_ITEMS]
        return [document]
    return []


@dataclasses.dataclass(frozen=True)
class PageBody:
    html: bytes
    link: str | None
    edited: dt.date | None  # the item's last edit (else its date): a coming event is on or after it
    title: str = ""  # the page's or the section's own title ("Events")


def _day(value: Any) -> dt.date | None:
    match = ISO_DAY.match(value) if isinstance(value, str) else None
    try:
        return dt.date.fromisoformat(match.group(0)) if match else None
    except ValueError:
        return None


def since_edit(records: list[Any], page: PageBody) -> list[Any]:
    """The records the page's body gives on or after its last edit: a page lists what is coming when it is written;
    the days before it are what a post tells of ("On Friday 16 May we held our quiz")."""
    if page.edited is None:
        return records
    kept = []
    for record in records:
        start = getattr(record, "start", None)
        day = start.date() if isinstance(start, dt.datetime) else start
        if not isinstance(day, dt.date) or day >= page.edited:
            kept.append(record)
    return kept


def own_named(records: list[Any], page: PageBody) -> list[Any]:
    """The records that have a name of their own: one the page reader titled with the page's own title ("Events"
    over "Host your event with us! … Enquire for dates from 1 June 2031": a venue hire's offer) names nothing that
    happens (review38)."""
    own = " ".join(page.title.split()).casefold()
    return [
        record
        for record in records
        if not own or " ".join(str(getattr(record, "title", "") or "").split()).casefold() != own
    ]


def _title(item: Mapping[Any, Any]) -> str:
    return next((found for key in TITLE_KEYS if (found := _text(item.get(key), BODY_TEXT_KEYS))), "")


def _page(item: Any) -> PageBody | None:
    if not isinstance(item, Mapping):
        return None
    title = html.unescape(_title(item)).strip()
    slug = _text(item.get("slug"), ()) or ""
    if not (EVENTS_TITLE.match(title) or EVENTS_TITLE.match(slug.replace("-", " "))):
        return None
    body = next((found for key in BODY_KEYS if (found := _text(item.get(key), BODY_TEXT_KEYS))), None)
    if not body or len(body) > MAX_BODY or not MARKUP.search(body):
        return None
    name = html.escape(title or slug.replace("-", " ").capitalize())
    document = f"<html><head><meta charset='utf-8'><title>{name}</title></head><body><main><h1>{name}</h1>{body}"
    return PageBody(f"{document}</main></body></html>".encode(), _link(item), _edited(item), title)


def _link(item: Mapping[Any, Any]) -> str | None:
    link = item.get("link") or item.get("url")
    return link if isinstance(link, str) else None


def _edited(item: Mapping[Any, Any]) -> dt.date | None:
    return max((day for key in EDIT_KEYS if (day := _day(item.get(key))) is not None), default=None)


def loaded(payload: bytes) -> Any:
    """The JSON document of an answer small enough to look at, or None."""
    if len(payload) > MAX_PAYLOAD or payload.lstrip()[:1] not in (b"[", b"{"):
        return None
    try:
        return json.loads(payload)
    except (ValueError, RecursionError):
        return None


def _sections(item: Any) -> list[Any]:
    if not isinstance(item, Mapping):
        return []
    lists = (found for key in SECTION_KEYS if isinstance(found := item.get(key), list))
    return [section for found in lists for section in found[:MAX_ITEMS]]


def events_pages(document: Any) -> list[PageBody]:
    """Every events page of an already loaded JSON answer (the items at its top, and their sections titled as
    events; see the module): the page as HTML, its address and its last edit; at most ``MAX_PAGES``."""
    pages: list[PageBody] = []
    for item in _items(document):
        for part in (item, *_sections(item)):
            if (page := _page(part)) is not None and len(pages) < MAX_PAGES:
                pages.append(page if part is item else _within(page, item))
    return pages


def _within(section: PageBody, item: Mapping[Any, Any]) -> PageBody:
    """A section's address and last edit are its page's when it states none."""
    link = section.link if section.link is not None else _link(item)
    return dataclasses.replace(section, link=link, edited=section.edited or _edited(item))
