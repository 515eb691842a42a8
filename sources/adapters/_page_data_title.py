"""A page with no heading named by its one ``data-title`` that an element shows whole.

A ticketing page may keep its event's name out of every heading: a ``<div class="title">`` under a container
that carries the same name as data for its scripts (``<div class="container" data-title="Абзал Утешов Алматыда
(7 қазан, 16:00)">``), while its ``<title>`` and og:title are a keyword-stuffed line for search engines ("… билеты
купить - Концерт - расписание, цены, контакты"). The data attribute and the element agreeing word for word is the
page naming its event; that element is the page's heading.

Only when the page has one such name: a listing's cards carry one each, and a name no element shows (a share
button's "Share this") names nothing. Read only when the page has no ``<h1>`` and no element classed as the event's
title (``_page_single.page_info`` tries those first).
"""

from __future__ import annotations

from typing import Any

# Attributes that hold an item's name as data for a script.
NAME_ATTRIBUTES = ("data-title", "data-name", "data-event-title", "data-event-name")
MIN_NAME, MAX_NAME = 3, 200
MAX_ELEMENTS = 20_000  # elements looked at: a hostile page of millions costs no more


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


def data_title_heading(root: Any) -> Any:
    """The element that shows the page's one data-title whole, or None (see the module's docstring)."""
    holders: list[tuple[Any, str]] = []
    for count, element in enumerate(root.iter()):
        if count >= MAX_ELEMENTS:
            return None
        if not isinstance(element.tag, str):
            continue
        for name in NAME_ATTRIBUTES:
            value = _words(element.get(name))
            if MIN_NAME <= len(value) <= MAX_NAME:
                holders.append((element, value))
    if len({value.casefold() for _, value in holders}) != 1:
        return None
    holder, value = holders[0]
    for count, element in enumerate(holder.iter()):
        if count >= MAX_ELEMENTS:
            break
        if element is holder or not isinstance(element.tag, str) or element.tag in ("title", "option", "script"):
            continue
        if _words(element.text_content()).casefold() == value.casefold():
            return element
    return None
