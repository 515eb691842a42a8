"""``{% load event_documents %}{{ event.links|documents }}``: an event's documents as the page may link them.

The writer keeps only absolute http(s) links (events/services/writing/fields.event_links), but a column can be
written by other paths (an import, a shell, a later migration): the page checks again before an href is made.
"""

from __future__ import annotations

from typing import Any

from django import template

from events.services.writing.fields import event_links

register = template.Library()


@register.filter
def documents(links: Any) -> list[dict[str, str]]:
    return event_links(links)
