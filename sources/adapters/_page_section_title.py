"""A page titled only by its section ("Events") names its one event in the heading right over the event's date.

A small site's Events page built from a markdown file (Jekyll, Hugo) has no <h1>; its <title> and og:title say the
section ("Events - MicroHAMS", "Events"), and its content is one event: an <h3> "June 2025 Field Day" over a list
whose first item is the date's label and the date ("<strong>Date</strong>: June 27–29, 2025"), then its place and
details. The heading names the event, not the section's title. Read only when every title the page has is a section's
name (the generic "Events", "Upcoming events", "Calendar"), the content's headings of the highest rank it uses are
one, and the first text under that heading is a date's label with a day as its value. Not: a page titled with a
name of its own ("Spring Fair"); a heading that names a list or a section ("Upcoming events", "Event details",
"Opening hours"); two or more headings (a list of events, read as rows); a heading over prose, or over a label whose
value is no day ("Date: to be announced").

Also (``crumb_heading``): a page whose <h1> is the site's name is named by the heading that repeats its breadcrumb's
current item. A small site's template puts the organisation's name in every page's <h1> ("PHP USERGROUP DRESDEN
e.V.") and the page's own name twice lower down: as the breadcrumb's last item (Home › Events › "Xdebug workshop
with Derick Rethans", the current page, no link) and as the content's heading (an <h2> over the date line). When the
<h1> differs from that current item and exactly one <h2>/<h3> outside the trail says the same words, that heading
names the page. Not: an <h1> that is the current item (a news article's title repeated in its trail) or that the
page's <title> says (a shop's product over its category); a current item that is a link; a section's generic
name ("Events", "Calendar") as the current item; a one-step trail; no heading or two headings with the item's
words; (review28) a heading below a date the <h1> stands over (a workshop page whose trail ends in its category,
"Workshops", repeated by a sidebar's <h3> under the page's date line; a club page whose <h2> repeating the trail
stands under its date): the <h1> names that dated content, and the date is not looked for under the lower heading.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from sources.adapters._page_dates import find_dates
from sources.adapters._page_labelled_heading import LABEL, SECTION, _day, _text
from sources.adapters._page_series_heading import pieces_after
from sources.adapters._page_weekly_lines import HOURS_HEADING
from sources.adapters._page_words import GENERIC_HEADING

CRUMB_WORD = "breadcrumb"  # the trail's class, id or aria-label ("breadcrumbs", "c-breadcrumb__list")
_EPOCH = dt.date(2000, 1, 1)  # any clock: only whether a text holds a date matters here
BETWEEN_TEXTS = 200  # pieces of text looked at between the <h1> and the heading
PIECES = 3  # "Date", ": June 27–29, 2025" (a bold label and its value), or "Date: June 27–29, 2025" in one


def section_heading(root: Any, titles: tuple[str | None, ...], branding: Any) -> Any:
    """The heading that names a section page's one event (see the module), else None. ``titles`` are the page's
    <title> first part and og:title; ``branding`` says whether a heading is the site's name in the banner."""
    named = [title for title in titles if title]
    if not named or not all(GENERIC_HEADING.match(title) for title in named):
        return None
    for tag in ("h2", "h3"):
        found = [node for node in root.iter(tag) if _text(node) and not branding(node)]
        if not found:
            continue
        if len(found) != 1:
            return None
        name = _text(found[0])
        if GENERIC_HEADING.match(name) or SECTION.match(name) or HOURS_HEADING.search(name):
            return None
        pieces = [" ".join(piece.split()) for piece in itertools.islice(pieces_after(found[0]), PIECES)]
        for count in (1, 2):
            label = LABEL.match(" ".join(pieces[:count])) if len(pieces) >= count else None
            if label is not None and label.group("rest").strip():
                return found[0] if _day(label.group("rest")) else None
        return None
    return None


def crumb_heading(root: Any, h1: Any) -> Any:
    """The heading that names the page in place of ``h1`` (see the module's "Also"), else ``h1`` itself."""
    if h1 is None:
        return None
    current, name = _current_item(root), _text(h1).casefold()
    titles = [_text(node).casefold() for node in root.iter("title")]
    if current is None or name == current.casefold() or any(name in title for title in titles):
        return h1  # the <h1> is the current item, or the page's <title> says it: it names the page
    found = [
        node
        for tag in ("h2", "h3")
        for node in root.iter(tag)
        if _text(node).casefold() == current.casefold() and not _in_trail(node)
    ]
    return found[0] if len(found) == 1 and not _dated_before(h1, found[0]) else h1


def _dated_before(h1: Any, heading: Any) -> bool:
    """Whether a date stands between the <h1> and ``heading`` outside the trail (the <h1> is over the page's dated
    content: the heading lower down names a list of its section), or the heading is not within reach after it."""
    pieces: list[str] = []
    for count, text in enumerate(h1.xpath("following::text()")):
        owner = text.getparent()
        if count >= BETWEEN_TEXTS:
            return True
        if owner is not None and any(node is heading for node in (owner, *owner.iterancestors())):
            return bool(find_dates(" ".join(pieces), year_hint=None, today=_EPOCH))
        if owner is not None and not _in_trail(owner):
            pieces.append(str(text))
    return True


def _current_item(root: Any) -> str | None:
    """The breadcrumb's last item when it is plain text (the current page), and not a section's generic name."""
    trail = next((node for node in root.iter() if isinstance(node.tag, str) and _is_trail(node)), None)
    items = [item for item in trail.iter("li") if _text(item)] if trail is not None else []
    if len(items) < 2 or any(True for _ in items[-1].iter("a")):
        return None
    name = _text(items[-1])
    return None if GENERIC_HEADING.match(name) else name


def _is_trail(node: Any) -> bool:
    mark = f"{node.get('class') or ''} {node.get('id') or ''} {node.get('aria-label') or ''}".casefold()
    return CRUMB_WORD in mark and node.tag in ("ul", "ol", "nav", "div")


def _in_trail(node: Any) -> bool:
    return any(isinstance(el.tag, str) and _is_trail(el) for el in (node, *node.iterancestors()))
