"""An element a site builder's test or script hook names as the event's place, classed as the place (helper venues55).
Pure but for mutating the tree it is given.

Site builders and app frameworks mark their fields with data attributes rather than classes, whose class names are
hashed ("<p data-hook="event-full-location" class="a1x9k">The Old Mill, 12 Mill Lane</p>" on a Wix event page,
``data-testid="event-venue"``, ``data-field="location"``). Such an element is given the class "location", which the
card and single-event readers already take for the element holding the place.

Only the hook attributes (``data-hook``, ``data-testid``, ``data-test``, ``data-qa``, ``data-field``) whose value
names a location, a venue or an address as a whole part ("event-location", "venue"), not a control or a label about
one ("location-filter", "venue-map", "address-button", "location-icon", "venue-label"), and an element with words
that are no date or time and no longer than a place and its address are written.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_place_icons import map_label

HOOKS = ("data-hook", "data-testid", "data-test", "data-qa", "data-field")
PLACE_HOOK = re.compile(r"(?<![a-z])(?:location|venue|address)(?![a-z])", re.I)
NOT_THE_FIELD = re.compile(
    r"(?<![a-z])(?:filters?|maps?|search|input|select|buttons?|btn|icons?|links?|labels?|titles?|toggle|picker"
    r"|dropdown|modal|tooltip|email|web)(?![a-z])",
    re.I,
)
PLACE_CLASS_NAME = "location"
MAX_TEXT = 150  # a place and its address are written in fewer characters
MAX_HOOKED = 5_000  # elements looked at: a hostile page of millions costs no more
_EPOCH = dt.date(2000, 1, 1)  # any day: only whether a text holds a date matters here


def _hook_names_place(element: Any) -> bool:
    for name in HOOKS:
        value = element.get(name) or ""
        if value and PLACE_HOOK.search(value) and not NOT_THE_FIELD.search(value):
            return True
    return False


def place_hooks_as_classes(root: Any) -> None:
    """Give each element a hook attribute names as the place the class "location" (see the module)."""
    xpath = " | ".join(f"//*[@{name}]" for name in HOOKS)
    for count, element in enumerate(root.xpath(xpath)):
        if count >= MAX_HOOKED:
            break
        if not _hook_names_place(element):
            continue
        text = " ".join((element.text_content() or "").split())
        if not text or len(text) > MAX_TEXT or map_label(text):
            continue
        if find_clock(text) or find_dates(text, year_hint=2000, today=_EPOCH):
            continue
        element.set("class", f"{element.get('class') or ''} {PLACE_CLASS_NAME}".strip())
