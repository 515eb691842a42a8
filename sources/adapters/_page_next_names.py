"""A page's one event named by the label of its date line: "Next Board Meeting: Thursday August 7th, 2025 at 6:00pm"
(held-out batch 114). Pure.

A club board's page (a fragment, no heading) says when its board usually meets, then in a box "<strong>Next Board
Meeting:</strong> Thursday August 7th, 2025 at 6:00pm – 7:30pm". With no main heading and no "Title:" field the page
reader had no name for it and read nothing. The label names the event: what follows "Next" ("Upcoming", "Nächste",
"Prochaine", "Próxima") before the colon, when a date follows the colon: "Board Meeting".

Not a name: a label without a date after it ("Next steps: call us"), a long label (a sentence), a label that is a
field's word ("Next date:", "Next session time:": when, not what), a label naming no gathering (review56: "Next
review:", "Next collection:", "Next issue:", "Next payment:", "Next ticket release:" are a document's, a service's
or a sale's next day, no event's: the name holds a gathering's word, ``OCCASION``, or a compound ending in one).
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
# What a gathering is called (review56): "Board Meeting", "Session", "Class", "Concert", "Mitgliederversammlung". A
# body's word alone is none: "Next council tax payment:", "Next club newsletter:", "Next board vacancy closes:".
OCCASION = re.compile(
    r"\b(?:meetings?|meet|meetups?|sessions?|events?|class(?:es)?|courses?|workshops?|shows?|concerts?|services?|mass|"
    r"gatherings?|talks?|lectures?|games?|match(?:es)?|fixtures?|performances?|screenings?|walks?|rides?|runs?|"
    r"hikes?|tours?|nights?|evenings?|days?|fairs?|markets?|festivals?|parties|party|socials?|hearings?|assembly|"
    r"conferences?|seminars?|webinars?|rehearsals?|practices?|training|tournaments?|races?|clinics?|quiz|dances?|"
    r"exhibitions?|open\s+house|celebrations?|ceremon(?:y|ies)|picnics?|breakfasts?|lunch(?:eon)?|dinners?|"
    r"worship|camps?|forums?|summits?|retreats?|sitting|"
    r"réunion|conseil|assemblée|séance|reunión|sesión|asamblea|riunione|incontro|termin|treffen|probe|sitzung|"
    r"versammlung|gottesdienst|konzert|vortrag|lesung|kurs)\b",
    re.I,
)
# A compound ending in a gathering's word, as German and Dutch write them ("Vorstandssitzung", "ledenvergadering").
COMPOUND_END = re.compile(r"(?:sitzung|versammlung|treffen|probe|kurs|vortrag|lesung|konzert|vergadering)\b", re.I)
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
        if not OCCASION.search(name) and not COMPOUND_END.search(name):
            continue  # "Next review:", "Next collection:": no gathering's (review56)
        return name[0].upper() + name[1:]
    return None
