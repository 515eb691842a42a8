"""An item's labelled fields written on one line between bars are lines of their own, for the ``rss`` adapter
(issue #13, feeds80). Pure.

A site's own feed script joins an event's fields into its description with bars: "Monthly meeting with updates on
bargaining. | Date: 2025-08-21 | Time: 12:00 PM - 1:00 PM | Location: Online via Zoom" (batch 80: a union's events
RSS). The label readers read a label at a line's start ("Location: …": ``_feed_place_label``), and on one line the
place label stood after the prose and the other fields: no place was read.

A line cut at its bars (" | ", a space or more on each side) is read as its parts, one a line, when at least
MIN_FIELDS of the parts are labelled fields: a short label of words, its colon and a space, then a value ("Date:
2025-08-21", "Location: MU 211"). Not cut: a line with one labelled part ("Tickets: $10 | Doors open early"), a title
or a menu of bars with no labels ("Home | About | Contact"), a bar with no space around it ("a|b"), a "label" of more
than MAX_LABEL_WORDS words (a sentence with a colon).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MIN_FIELDS = 2  # labelled parts a line needs to be read as a record of fields
MAX_LABEL_WORDS = 3
BAR = re.compile(r"(?<![ \t])[ \t]+\|[ \t]+")  # from a run's first space only: linear
# A field's label: up to three words of letters, its colon, a space, then the value's first character.
FIELD = re.compile(r"[^\W\d_]+(?:[ \t][^\W\d_]+){0,2}[ \t]?:[ \t]+\S")


def field_lines(lines: Iterable[str]) -> list[str]:
    """The lines, each one that is a record of labelled fields between bars cut into its parts."""
    out: list[str] = []
    for line in lines:
        parts = [part.strip() for part in BAR.split(line)]
        if len(parts) > 1 and sum(1 for part in parts if FIELD.match(part)) >= MIN_FIELDS:
            out.extend(part for part in parts if part)
        else:
            out.append(line)
    return out
