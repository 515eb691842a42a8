"""A page's one event named by the label of its date line: "Next Board Meeting: Thursday August 7th, 2025 at 6:00pm"
(held-out batch 114). Pure.

A club board's page (a fragment, no heading) says when its board usually meets, then in a box "<strong>Next Board
Meeting:</strong> Thursday August 7th, 2025 at 6:00pm – 7:30pm". With no main heading and no "Title:" field the page
reader had no name for it and read nothing. The label names the event: what follows "Next" ("Upcoming", "Nächste",
"Prochaine", "Próxima") before the colon, when a date follows the colon: "Board Meeting".

Not a name: a label without a date after it ("Next steps: call us"), a long label (a sentence), a label that is a
field's word ("Next date:", "Next session time:": when, not what).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from sources.adapters._page_dates import find_dates

MAX_NAME = 60
_ANY_DAY = dt.date(2000, 1, 1)  # whether a text holds a date, not which
NEXT_LABEL = re.compile(
    r"^\W*(?:(?:our|the)\s+)?(?:next|upcoming|nächste[nrs]?|prochaine?|próxim[oa]|prossim[oa])\s+"
    r"(?P<name>[^\W\d_][^:：]{2,60}?)\s*[:：]\s*(?=\S)",
    re.I,
)
# A label that says when, not what: "Next date:", "Next session time:", "Nächster Termin:".
WHEN_WORDS = re.compile(r"\b(?:date|dates|day|time|times|when|termine?|datum|date\s+et\s+heure|fecha|data)\s*$", re.I)


def next_named(window: Sequence[Any]) -> str | None:
    """The name a "Next …:" label gives the date after it, on the first such line; None when there is none."""
    for line in window:
        label = NEXT_LABEL.match(line.text)
        if label is None:
            continue
        name = " ".join(label.group("name").split())
        rest = line.text[label.end() :]
        if WHEN_WORDS.search(name) or len(name) > MAX_NAME or not find_dates(rest, year_hint=2000, today=_ANY_DAY):
            continue
        return name[0].upper() + name[1:]
    return None
