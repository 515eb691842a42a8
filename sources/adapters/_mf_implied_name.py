"""hCalendar's implied name, which mf2py (2.x) does not give a "vevent" (helper pagefix).

``name`` is no hCalendar property: an hCalendar event names itself with ``summary``. One without it (a session list
whose events mark their title ``class="name"``, as hCard would) is named, as microformats parsing implies a name
for any item without one, by its whole text: the microformats test suite's ``includes/heventitemref`` expects
"Monetizing Android Apps - spaekers: Chrix Finne, Kenneth Lui - Room 10 Moscone Center, San Francisco Session 01 is
between: 3:45PM to 4:45PM". mf2py implies no name for a backward-compatible root, so such an event read as one with
no name and was dropped.

Before the microformats pass, a "vevent" with a start and no ``summary`` (nor an mf2 ``p-name``) has its content
wrapped in one ``summary`` element: the pattern mf2py reads, its value the event's whole text. Only a short text is a
name: a vevent whose text is longer than MAX_NAME stays without one (a page's whole body marked as one event is no
event's name). An element that is also an mf2 root (``h-event``) is read by its mf2 classes, as it is.
"""

from __future__ import annotations

from typing import Any

import lxml.html

from sources.adapters.webpage import html_tree

MAX_NAME = 200  # characters of text: longer is a body, not a name
MAX_EVENTS = 500  # vevents rewritten on one page
NAMED = frozenset({"summary", "p-name"})
STARTS = frozenset({"dtstart", "dt-start"})
DATES = frozenset({"dtstart", "dt-start", "dtend", "dt-end", "duration", "dt-duration"})
MIN_LETTERS = 3  # a name holds a word of at least this many letters besides its dates


def with_implied_names(text: str) -> str:
    """The page with each unnamed hCalendar event's text as its ``summary``; the page as it is when it has none."""
    if "vevent" not in text:
        return text
    tree = html_tree(text)
    changed = 0
    for element in tree.iter():
        if changed >= MAX_EVENTS:
            break
        if not isinstance(element.tag, str) or not _unnamed_event(element):
            continue
        wrapper = lxml.html.Element("span", {"class": "summary"})
        wrapper.text, element.text = element.text, None
        for child in list(element):
            wrapper.append(child)  # moves the child, its tail with it
        element.append(wrapper)
        changed += 1
    return lxml.html.tostring(tree, encoding="unicode") if changed else text


def _classes(element: Any) -> set[str]:
    value = element.get("class")
    return set(value.split()) if isinstance(value, str) else set()


def _unnamed_event(element: Any) -> bool:
    """A "vevent" (not an mf2 root) with a start, no name of its own and a short text."""
    own = _classes(element)
    if "vevent" not in own or "h-event" in own:
        return False
    started = False
    for inner in element.iterdescendants():
        if not isinstance(inner.tag, str):
            continue
        inner_classes = _classes(inner)
        if "vevent" in inner_classes or "h-event" in inner_classes:
            return False  # events inside events: each is read as it is
        if inner_classes & NAMED:
            return False
        started = started or bool(inner_classes & STARTS)
    text = " ".join(element.text_content().split())
    return started and 0 < len(text) <= MAX_NAME and _words_besides_dates(element)


def _words_besides_dates(element: Any) -> bool:
    """Whether the event's text outside its date properties holds a word ("Wed 3/05" alone in a day's cell, the
    day's date and nothing else, names no event)."""
    parts: list[str] = []
    _outside_dates(element, parts)
    return any(sum(ch.isalpha() for ch in word) >= MIN_LETTERS for word in " ".join(parts).split())


def _outside_dates(element: Any, parts: list[str]) -> None:
    """The element's text, the text inside its date properties left out (iteratively: a page nests deep)."""
    stack = [element]
    while stack:
        node = stack.pop()
        if node is not element:
            parts.append(node.tail or "")
        if not isinstance(node.tag, str) or _classes(node) & DATES:
            continue
        parts.append(node.text or "")
        stack.extend(reversed(list(node)))
