"""A page with no heading named by its one ``data-title`` that an element shows whole.

A ticketing page may keep its event's name out of every heading: a ``<div class="title">`` under a container
that carries the same name as data for its scripts (``<div class="container" data-title="Абзал Утешов Алматыда
(7 қазан, 16:00)">``), while its ``<title>`` and og:title are a keyword-stuffed line for search engines ("… билеты
купить - Концерт - расписание, цены, контакты"). The data attribute and the element agreeing word for word is the
page naming its event; that element is the page's heading.

Only when the page has one such name: a listing's cards carry one each, and a name no element shows (a share
button's "Share this") names nothing, nor does a form's field ("data-name="phone"" beside a label "Phone"). Read only when the page has no ``<h1>`` and no element classed as the event's
title (``_page_single.page_info`` tries those first).
"""

from __future__ import annotations

from typing import Any

# Attributes that hold an item's name as data for a script.
NAME_ATTRIBUTES = ("data-title", "data-name", "data-event-title", "data-event-name")
MIN_NAME, MAX_NAME = 6, 200
# A form's fields name their data ("data-name="email"" beside a label "Email"): no event's name.
FORM_TAGS = frozenset({"input", "select", "textarea", "button", "option", "form", "label", "fieldset"})
MAX_ELEMENTS = 20_000  # elements looked at: a hostile page of millions costs no more


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


def data_title_heading(root: Any) -> Any:
    """The element that shows the page's one data-title whole, or None (see the module's docstring)."""
    holders: list[tuple[Any, str]] = []
    for count, element in enumerate(root.iter()):
        if count >= MAX_ELEMENTS:
            return None
        if not isinstance(element.tag, str) or element.tag in FORM_TAGS:
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
        if element is holder or not isinstance(element.tag, str) or element.tag in FORM_TAGS:
            continue
        if _words(element.text_content()).casefold() == value.casefold():
            return element
    return None
