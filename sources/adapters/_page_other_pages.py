"""Pages about something other than an event, which the page-about-one-event reader leaves (helper review30). Pure.

- a place's opening hours, its main heading only their name ("Opening hours", "Openingstijden":
  ``_page_hours_sections``), or every dated line of the page under such a heading ("<h1>Stadtbibliothek</h1>
  <h2>Sonderöffnungszeiten</h2>" over "24.12. (Mi) 10:00 – 14:00": held-out batch 94's self-review);
- a job ad: two lines at least labelled as a vacancy's facts — its pay, its closing date, its interviews ("Salary",
  "Closing date", "Interview date", "Date limite de candidature", "Entretiens", "Gehalt", "Bewerbungsfrist"), alone
  or before a colon. Its "Start date: 1 September 2031" and "Saturdays 10:00–16:00" were the page's event
  (confidence 0.75), once its closing date and interviews were no events (``_page_other_dates.ERRAND_LABEL``).

Not: an event page with one such label ("Closing date: 1 June" for a competition's entries, beside its own day), a
page naming a salary in its text ("Salary negotiation workshop"), a careers fair's page with a "Salary" and a
"Closing date" (for its stands) beside a line of its own day and hour ("Thursday 10 July 2031, 10:00–15:00, Town
Hall"): a dated and timed line that is neither such a label nor the value right under one says an event's day
(review31).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_card_dates import clock
from sources.adapters._page_dates import find_dates
from sources.adapters._page_hours_rows import MIN_NAMED, named
from sources.adapters._page_hours_sections import hours_section

VACANCY_LABEL = re.compile(
    r"(?:salary|salaire|gehalt|salario|stipendio|salaris|closing\s+date|applications?\s+close|interviews?"
    r"(?:\s+dates?)?|date\s+limite\s+de\s+candidature|entretiens?|bewerbungs(?:frist|schluss)|vorstellungsgespr(?:ä|ae)che?"
    r"|type\s+de\s+contrat|contract\s+type|hours\s+per\s+week)\s*(?::.*)?",
    re.IGNORECASE,
)
MIN_LABELS = 2
MAX_LINES = 80  # lines looked at from the page's top
_EPOCH = dt.date(2000, 1, 1)


def other_page(title: str, lines: list[Any]) -> bool:
    """Whether the page is a place's hours or a job ad (see the module), not an event's page."""
    if hours_section(title) or _hours_first(lines):
        return True
    texts = [line.text.strip() for line in lines[:MAX_LINES]]
    labelled = [VACANCY_LABEL.fullmatch(text) is not None for text in texts]
    if sum(labelled) < MIN_LABELS:
        return False
    return not any(
        not labelled[index] and not (index and labelled[index - 1]) and _dated_timed(text)
        for index, text in enumerate(texts)
    )


def _dated_timed(text: str) -> bool:
    """Whether a line writes a day with a time of day ("Thursday 10 July 2031, 10:00–15:00")."""
    return clock(text) is not None and bool(find_dates(text, year_hint=None, today=_EPOCH))


def _hours_first(lines: list[Any]) -> bool:
    """Whether every dated line of the page's top sits under a heading that is only an opening hours' name, two
    lines at least and fewer than two of them naming anything but days, clocks, closures and holidays
    (``_page_hours_rows.named``; "closed for stocktaking" names one thing). One dated line under another heading
    (an exhibition's "Eröffnung"), a fun day's one day under "Opening hours" or an arts centre's events below its
    "Öffnungszeiten" leave the page to its reader."""
    heading, dated, names = None, 0, 0
    for line in lines[:MAX_LINES]:
        if line.is_heading:
            heading = line.text
        elif find_dates(line.text, year_hint=None, today=_EPOCH):
            if not hours_section(heading):
                return False
            dated, names = dated + 1, names + named(line.text)
    return dated >= MIN_NAMED > names
