"""A link to a venue's own page names the event's place, as a "location" class would (helper venues55). Pure but for
mutating the tree it is given.

Event themes and calendars link an event's place to the site's page about it: The Events Calendar
``/venue/<slug>/``, Events Manager ``/locations/<slug>/``, Localist ``/venue/<slug>``, a festival's ``/venues/<slug>``,
German ``/orte/<slug>`` or ``/spielorte/``, French ``/lieux/``, Dutch ``/locaties/``, Spanish ``/lugares/``, Italian
``/luoghi/``. Often that link is the only mark the place has ("<p><a href="/venues/the-old-mill">The Old Mill</a></p>"
under a card's date). Such a link is given the class "location", which the card and single-event readers already
take for the element holding the place; a link that is all its line's words gives it to that line (the single-event
reader reads a line's block, not an inline element in it).

Only a link whose path names one venue (the folder then a slug: not ``/venues/`` itself, the list of them), whose
words are a name (some words, not a date or a time, not a label or a call to look: "Venues", "View venue", "All
locations", "Get directions") and which stands in the page's content: not in a menu, a header, a footer or an aside,
not a heading (a venue directory's card), not one item of a list of such links alone (a menu of venues).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from urllib.parse import urlsplit

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_place_icons import map_label

VENUE_PATH = re.compile(
    r"/(?:venues?|locations?|places?|lieux|lieu|orte|ort|spielorte|spielstaetten|veranstaltungsorte|locaties|locatie"
    r"|lugares|luoghi|sedi|salles|miejsca|platser|steder)/(?!page/|\d+/?$)[^/?#]*[^\W\d_][^/?#]*/?$",
    re.I,
)
LABEL_WORDS = frozenset(
    "view all see our more the a venue venues location locations place places details info information page map "
    "directions website find us here click lieu lieux ort orte locatie locaties lugar luogo".split()
)
CHROME = frozenset({"nav", "header", "footer", "aside", "menu", "select", "option"})
CHROME_CLASS = re.compile(r"(?<![a-z])(?:nav|navbar|menu|breadcrumbs?|pagination|footer|header|sidebar)(?![a-z])", re.I)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
INLINE = frozenset({"a", "span", "b", "strong", "em", "i", "small", "font"})
PLACE_CLASS_NAME = "location"
MAX_WORDS = 10
MAX_LINKS = 5_000  # links looked at: a hostile page of millions costs no more
_EPOCH = dt.date(2000, 1, 1)  # any day: only whether a text holds a date matters here


def _words(element: Any) -> str:
    return " ".join((element.text_content() or "").split())


def _venue_href(href: str) -> bool:
    try:
        path = urlsplit(href).path
    except ValueError:
        return False
    return bool(VENUE_PATH.search(path))


def _a_name(text: str) -> bool:
    words = re.findall(r"[^\W_]+", text.casefold())
    if not words or len(text.split()) > MAX_WORDS or all(word in LABEL_WORDS for word in words):
        return False
    return not (map_label(text) or find_clock(text) or find_dates(text, year_hint=2000, today=_EPOCH))


def _in_chrome(link: Any) -> bool:
    for ancestor in link.iterancestors():
        if ancestor.tag in CHROME or ancestor.tag in HEADINGS or CHROME_CLASS.search(ancestor.get("class") or ""):
            return True
    return False


def _menu_item(link: Any) -> bool:
    """Whether the link is all of a list item among others of the same kind (a menu or directory of venues)."""
    item = link.getparent()
    if item is None or item.tag != "li" or _words(item) != _words(link):
        return False
    listing = item.getparent()
    alike = 0
    for other in listing if listing is not None else ():
        anchor = other.find("a") if isinstance(other.tag, str) else None
        if anchor is not None and other is not item and _venue_href(anchor.get("href") or ""):
            alike += 1
    return alike > 0


def venue_links_as_classes(root: Any) -> None:
    """Give each link to one venue's page in the content the class "location" (see the module). Mutates ``root``."""
    for count, link in enumerate(root.iter("a")):
        if count >= MAX_LINKS:
            break
        if not _venue_href(link.get("href") or "") or not _a_name(_words(link)):
            continue
        if _in_chrome(link) or _menu_item(link):
            continue
        target = link
        while target.tag in INLINE:  # a link that is all its line's words: the line is the place ("<p><a>Hall</a></p>")
            above = target.getparent()
            if above is None or above.tag in ("body", "html", "main") or _words(above) != _words(link):
                break
            target = above
        target.set("class", f"{target.get('class') or ''} {PLACE_CLASS_NAME}".strip())
