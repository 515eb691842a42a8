"""hCalendar's value-title pattern, which mf2py (2.x) does not read.

A microformat's date property may keep its machine-readable value in the ``title`` of an empty child marked
``value-title``, the visible text beside it being for people::

    <h5 class="dtstart"><span class="value-title" title="2016-01-25T00:00:00-08:00"></span>Mon 1/25</h5>

mf2py gives such a ``dtstart`` no value at all, so an event list marked up this way (ticketing themes for music
venues did it for every show) reads as events without a start. Before the microformats pass, each such child is
marked ``value`` instead, its title as its text: the pattern mf2py does read.

A stamp at exactly midnight whose property shows people no time of day ("Mon 1/25") is the day alone: the template
wrote the day's date as a date-time, and the show's time, if the page gives one, is elsewhere.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html

from sources.adapters.webpage import html_tree

# The date properties of hCalendar and of microformats 2.
_DATE_PROPERTIES = frozenset({"dtstart", "dtend", "dt-start", "dt-end"})
# A stamp's day when its time is midnight on the dot ("2016-01-25T00:00:00-08:00", "2016-01-25 00:00").
_MIDNIGHT_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
# A time of day as people read it: "8:00", "20.30", "8 pm", "8pm".
_SHOWN_TIME = re.compile(r"\d[:.]\d\d\b|\d\s?[ap]\.?m\b", re.I)
# At most this many value-titles are rewritten on one page (a year's calendar is a few hundred).
MAX_VALUE_TITLES = 2_000


def with_value_titles(text: str) -> str:
    """The page with each date property's value-title child readable by mf2py; the page as it is when it has
    none."""
    if "value-title" not in text:
        return text
    tree = html_tree(text)
    changed = 0
    for element in tree.iter():
        if changed >= MAX_VALUE_TITLES:
            break
        if not isinstance(element.tag, str) or "value-title" not in classes(element):
            continue
        owner = date_property(element)
        stamp = (element.get("title") or "").strip()
        if owner is None or not stamp:
            continue
        # As "value" alone: mf2py passes over an element still marked "value-title".
        element.set("class", " ".join(name if name != "value-title" else "value" for name in classes(element)))
        element.text = day_only(stamp, owner) or stamp
        for child in list(element):
            element.remove(child)
        changed += 1
    return lxml.html.tostring(tree, encoding="unicode") if changed else text


def classes(element: Any) -> list[str]:
    return (element.get("class") or "").split()


def date_property(element: Any) -> Any:
    """The date property the value-title belongs to: its parent, or the parent's parent (``value-title`` in a
    wrapper), when that element is marked as one."""
    for ancestor in list(element.iterancestors())[:2]:
        if _DATE_PROPERTIES & set(classes(ancestor)):
            return ancestor
    return None


def day_only(stamp: str, owner: Any) -> str | None:
    """The stamp's day when it is midnight on the dot and the property shows people no time of day."""
    midnight = _MIDNIGHT_STAMP.fullmatch(stamp)
    if midnight is None or _SHOWN_TIME.search(owner.text_content() or ""):
        return None
    return midnight.group(1)
