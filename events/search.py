"""Text search over events.

``filter_text`` is what the shared ``q`` filter uses. This module is the single place that knows how text is
matched: on SQLite every word must appear in the title, description, venue or tags (case-insensitive).
"""

from __future__ import annotations

import re

from django.db.models import Q, QuerySet

from events.models import Event

MAX_TERMS = 8
WORD = re.compile(r"\w[\w'-]*", re.UNICODE)


def terms(text: str) -> list[str]:
    """The words of a query, at most MAX_TERMS, in order."""
    return WORD.findall(text)[:MAX_TERMS]


def filter_text(queryset: QuerySet[Event], text: str) -> QuerySet[Event]:
    words = terms(text)
    if not words:
        return queryset
    for word in words:
        queryset = queryset.filter(
            Q(title__icontains=word)
            | Q(description__icontains=word)
            | Q(venue_name__icontains=word)
            | Q(tags__icontains=word)
        )
    return queryset
