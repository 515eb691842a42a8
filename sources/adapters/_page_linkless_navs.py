"""A <nav> that links nowhere is no navigation: a listing a theme wrote in a <nav> element (helper pages112).

Every reader leaves a page's <nav> out (its menus, its breadcrumbs, its pager): a site's navigation is not its
content. Some themes write a list of dated entries in one, as a landmark a screen reader can jump to ("<nav
class="events-list" aria-label="Termine 2026">" holding nine "<div class="event-item">" of a date block, a title and
"10:00 – 12:00 Uhr": an allotment club's year of dates). Such a <nav> holds no link, no button and no form control:
nothing in it navigates anywhere. When it also holds dates (MIN_DATES or more, read from its words), it is made a
<div> (marked ``LINKLESS_NAV``) before anything is read, and the readers read its entries as any other block's.

Not touched: a <nav> with a link anywhere in it (a menu, a pager of "‹ May 2031 | July 2031 ›" links, a breadcrumb
of links), with a button, select or input (a calendar's month switcher, a date picker), or with fewer than two
dates (a breadcrumb of plain words, a "Termine 2026" label alone), or with an element a script makes a control of
(an ``onclick``, a ``role`` of button, link or tab, a ``tabindex``: a pager of "<span onclick>‹ 1 March 2031</span>")
or that a pager's marks label ("‹", "»", "Previous", "Next", "Older": review55). Mutates the tree it is given; pure otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_dates import iter_dates

LINKLESS_NAV = "data-linkless-nav"
CONTROLS = ("a", "button", "select", "input", "textarea")
MIN_DATES = 2  # a list of dates, not one label
MAX_NAVS = 200  # <nav> elements looked at: a hostile page of thousands costs no more
MAX_TEXT = 20_000  # characters of a <nav>'s words read for its dates
SCRIPTED = ("onclick", "tabindex", "data-href", "data-url")  # an element a script makes go somewhere
SCRIPTED_ROLES = frozenset({"button", "link", "tab", "menuitem"})
# a pager's marks: a class naming one ("prev", "next", "pager", "pagination"), an arrow in an element's words, or
# words that open with "Previous", "Next", "Older", "Newer" ("Next month", not "Sommerfest, next year again")
PAGER_CLASS = re.compile(r"(?<![a-z])(?:prev|previous|next|pager|pagination|paging)(?![a-z])", re.I)
PAGER_TEXT = re.compile(r"[‹›«»←→]|^\W{0,3}(?:prev|previous|next|older|newer|zurück|weiter)\b", re.I)
_EPOCH = dt.date(2000, 1, 1)  # any day: only whether the words hold dates matters here


def _dates_in(nav: Any) -> int:
    words = " ".join(" ".join(nav.itertext()).split())[:MAX_TEXT]
    count = 0
    for _hit in iter_dates(words, year_hint=2000, today=_EPOCH):
        count += 1
        if count >= MIN_DATES:
            break
    return count


def linkless_navs_as_blocks(root: Any) -> None:
    """Each <nav> that holds no link nor control and MIN_DATES dates or more made a <div> (see the module)."""
    for index, nav in enumerate(list(root.iter("nav"))):
        if index >= MAX_NAVS:
            break
        if next(nav.iter(*CONTROLS), None) is not None or _scripted(nav):
            continue  # something in it goes somewhere: a menu, a pager, a month switcher
        if _dates_in(nav) < MIN_DATES:
            continue  # a breadcrumb of words, one label: nothing a reader would miss
        nav.tag = "div"
        nav.set(LINKLESS_NAV, "1")


def _scripted(nav: Any) -> bool:
    """Whether a script makes something in ``nav`` a control, or a pager's marks label it (see the module)."""
    for element in nav.iter():
        if not isinstance(element.tag, str):
            continue
        if any(element.get(name) is not None for name in SCRIPTED) or element.get("role") in SCRIPTED_ROLES:
            return True
        if PAGER_CLASS.search(element.get("class") or "") or PAGER_TEXT.search((element.text or "").strip()):
            return True
    return False
