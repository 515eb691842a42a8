"""A microdata event's start kept in a data attribute of its own element, when no property gives it (pages98).

A concert hall's calendar marks each performance ``<li itemscope itemtype="https://schema.org/MusicEvent">`` with
its name and url, and writes the time on the element itself: ``data-fulldate="2026-09-19"
data-fulltime="2026-09-19 10:00:00"``; only some cards repeat it in a hidden ``itemprop="startDate"``. The other
cards were skipped for want of a start, so a listing of five gave one event.

Before the microdata pass, an element typed as an event with no ``startDate`` property of its own has one added when
its own data attributes name a start's moment (a name with "date", "time" or "start" in it: ``data-date``,
``data-start``, ``data-fulltime``, ``data-event-date``) and hold an ISO date, or a date and a wall time: the one with
a clock when they agree on the day, the date alone when none has one. A wall time is written without a zone, so the
page's zone applies as for any naive ``startDate``.

Not read: an end's, a posting's or an edit's attribute (``data-end``, ``data-published``, ``data-updated``,
``data-modified``, ``data-created``, ``data-expires``; a sale's, an announcement's or a sign-up's anywhere in a
part: ``data-onsale-time``, ``data-announced-date``, ``data-registration-date``), a value with more than the moment in it, attributes that
disagree (two days, or two clocks on one day: which one starts it is a guess), an empty value (a card "announced
without a date" stays skipped), an element that is no event (an article, a product), and an event nested in another
event's element.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.etree

MAX_EVENTS = 500  # event elements looked into on one page

_EVENT_ELEMENTS = lxml.etree.XPath(
    "//*[@itemscope and re:test(@itemtype, 'schema\\.org/[A-Za-z]*(Event|Festival)$')]",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)
# An attribute naming a start's moment: data-date, data-start, data-fulltime, data-event-date, data-startdate.
START_NAME = re.compile(r"^data-(?:[a-z]{1,20}-?)?(?:date|time|start|datetime|startdate|starttime)$")
# A part of the name that makes it an end's, a posting's or an edit's moment, never the start ("data-end-date",
# "data-published", "data-updatetime"); matched per part, so "data-calendar-date" is a start's.
NOT_START = re.compile(r"^(?:end|until|stop|publish|post|updat|modif|creat|expir|deadline|sale|clos)", re.IGNORECASE)
# Anywhere in a part: a sale's, an announcement's, a sign-up's or a release's moment, never the event's
# ("data-onsale-time", "data-presale-date", "data-announced-date", "data-registration-date"; review37).
NOT_START_IN = re.compile(r"(?:sale|announc|regist|signup|release|publish|deadline|expir)", re.IGNORECASE)
# An ISO date, and a wall time after it (a "T" or one space), seconds optional: "2026-09-19 10:00:00".
MOMENT = re.compile(r"(?P<day>\d{4}-\d{2}-\d{2})(?:[T ](?P<clock>[0-2]\d:[0-5]\d(?::[0-5]\d)?))?")


def with_data_starts(tree: Any) -> Any:
    """``tree`` with a ``<meta itemprop="startDate">`` added to each event element whose start is only in its own
    data attributes (see module doc). The tree is changed in place and returned."""
    for element in _EVENT_ELEMENTS(tree)[:MAX_EVENTS]:
        if _inside_event(element) or _has_start(element):
            continue
        start = data_start(element.attrib)
        if start is not None:
            meta = element.makeelement("meta", {"itemprop": "startDate", "content": start})
            element.insert(0, meta)
    return tree


def data_start(attributes: Any) -> str | None:
    """The start the data attributes agree on: the date and wall time, or the date alone; None when they name
    none, or disagree."""
    moments = set()
    for name, value in attributes.items():
        name = str(name).lower()
        if not START_NAME.match(name) or any(
            NOT_START.match(part) or NOT_START_IN.search(part) for part in name[len("data-") :].split("-")
        ):
            continue
        found = MOMENT.fullmatch(str(value).strip())
        if found is not None:
            moments.add((found.group("day"), found.group("clock")))
    days = {day for day, _ in moments}
    clocks = {clock for _, clock in moments if clock}
    if len(days) != 1 or len(clocks) > 1:
        return None
    day = days.pop()
    return f"{day}T{clocks.pop()}" if clocks else day


def _has_start(element: Any) -> bool:
    """Whether the element has a startDate property of its own (not one of a nested item's)."""
    for node in element.iterdescendants():
        if "startDate" in (node.get("itemprop") or "").split() and _owner(node) is element:
            return True
    return False


def _owner(node: Any) -> Any:
    """The item a property belongs to: its nearest ancestor with itemscope."""
    return next((up for up in node.iterancestors() if up.get("itemscope") is not None), None)


def _inside_event(element: Any) -> bool:
    return any(
        up.get("itemscope") is not None and re.search(r"(Event|Festival)$", up.get("itemtype") or "")
        for up in element.iterancestors()
    )
