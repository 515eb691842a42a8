"""Days a place is closed, listed under a sentence that says so: no events. Pure.

A laser-tag arena's price page (batch 104, a hard negative) writes "Wir haben an folgenden Tagen geschlossen:" and
under it a grid of days and holidays ("24.12.25 | Weihnachten", "31.12.25 | Silvester", "01.01.26 | Neujahr"): each
day was read as an event titled by the box's heading ("Wichtig"). A short lead (at most ``MAX_LEAD`` characters) that
says a place is closed ("geschlossen", "closed", "fermé", "cerrado", "chiuso", "gesloten", "stängt", "lukket",
"suljettu") on days or holidays ("an folgenden Tagen", "on the following days", "over the holidays", "les jours
fériés", "los días festivos") and ends with a colon is a closures' lead: the elements after it in its parent, while
each holds a date (and no clock), are its list and are dropped; a lead that lists its days itself ("Closed on the
following days: 24.12., 25.12.") is dropped with them.

Not: "Closed meeting:" or "Closed session: 12 May 2031" (a closed meeting is an event: no word of days), "We are
closed on Mondays. Upcoming events:" (no colon after the closure; an event's word), a closures' lead over timed rows
("closed on these days: 24.12. 10:00 Christmas concert": a clock is a programme), a lead with no dated element
after it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_dates import find_clock, find_dates

MAX_LEAD = 160  # characters: a sentence, not a paragraph
MAX_LIST = 1_500  # characters of one element of the list
MAX_LEADS = 20  # leads looked at on a page
MAX_NODES = 5_000
EPOCH = dt.date(2000, 1, 1)  # the day year-less dates are read against: only whether there is one matters
BLOCKS = frozenset({"div", "p", "li", "ul", "ol", "table", "tr", "td", "section", "article", "dl", "dd", "dt"})
CLOSED = re.compile(
    r"\b(?:geschlossen|closed|ferm[ée]e?s?|cerrad[oa]s?|chius[oaie]|gesloten|st[äa]ngt|lukket|stengt|suljettu|"
    r"zamkni[eę]t[ye]|zav[řr]eno)\b",
    re.IGNORECASE,
)
DAYS = re.compile(
    r"\b(?:tage[n]?|days?|jours?|d[ií]as?|giorni|giornate|dag(?:en|ar|e|er)?|p[äa]ivin[äa]|dni|dnech|"
    r"feiertage[n]?|holidays?|f[ée]ri[ée]s|festivos|festivi|feestdagen|helgdagar|helligdage)\b",
    re.IGNORECASE,
)
EVENT_WORDS = re.compile(
    r"\b(?:events?|veranstaltung(?:en)?|termine|programm[e]?|concerts?|konzerte?|meetings?|sessions?|sitzung(?:en)?|"
    r"[ée]v[ée]nements?|eventos?|eventi|evenementen)\b",
    re.IGNORECASE,
)


def closures_lead(text: str) -> bool:
    """Whether ``text`` leads a list of the days a place is closed (see the module)."""
    text = " ".join(text.split())
    if not text or len(text) > MAX_LEAD or EVENT_WORDS.search(text):
        return False
    closed = CLOSED.search(text)
    return closed is not None and DAYS.search(text) is not None and ":" in text[closed.start() :]


def _dated(element: Any) -> bool:
    text = " ".join(" ".join(element.itertext()).split())  # "<p>24.12.31</p><p>Weihnachten</p>": two words
    if not text or len(text) > MAX_LIST or find_clock(text) is not None:
        return False
    return bool(find_dates(text, year_hint=None, today=EPOCH))


def closing_days_dropped(root: Any) -> None:
    """The lists of closing days under a closures' lead (see the module) taken out of ``root``."""
    leads: list[Any] = []
    for count, element in enumerate(root.iter()):
        if count >= MAX_NODES or len(leads) >= MAX_LEADS:
            break
        inline = isinstance(element.tag, str) and not any(child.tag in BLOCKS for child in element)
        if inline and closures_lead(element.text_content()):
            leads.append(element)
    for lead in leads:
        after = lead.getnext()
        listed = []
        while after is not None and isinstance(after.tag, str) and _dated(after):
            listed.append(after)
            after = after.getnext()
        text = " ".join(lead.text_content().split())
        own = bool(find_dates(text[text.index(":") :], year_hint=None, today=EPOCH)) and find_clock(text) is None
        if not listed and not own:
            continue
        for element in listed:
            element.drop_tree()
        lead.drop_tree()
