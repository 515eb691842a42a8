"""One meeting's agenda: a page whose lines are a meeting's order of business ("1. CALL TO ORDER", "2. PUBLIC
COMMENT", "3. APPROVAL OF AGENDA" … "10. ADJOURNMENT") under the header that gives its day and hour ("6:00 PM
Tuesday, February 7, 2023"). The page is that meeting; its other dates are what the items refer to: the minutes
of an earlier session up for approval ("Minutes for the January 24, 2023 Regular Session"), a report's state ("as
of 02-28-23"), the page's print stamp repeated at each page break ("Printed on 2/8/2023") and its running header
("February 7, 2023 County Council - Regular Session Agenda - Final"). Held-out batch 91 (a county's Legistar
agendas rendered to HTML: the meeting and five such dates read as a schedule). Pure.

Only when at least three distinct steps of an order of business open lines of the page, the page's one event has
a time of day, and no other dated line gives one on another day. Not: a council's page of upcoming meetings with
their hours (other days, timed), a page that merely mentions "public comment" or "adjournment" once or twice, an
agenda whose meeting line gives no hour (its day alone could as well be a reference's).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sources.adapters._page_lines import Line

if TYPE_CHECKING:
    from sources.adapters._page_schedule import Entry

# A step of a meeting's order of business opening a line, after its number ("7.", "4.A.", "A)"): English, German,
# French, Dutch, Spanish. Each alternative is one kind of step: three distinct kinds make an agenda.
AGENDA_STEP = re.compile(
    r"^\W{0,3}(?:[0-9A-Z]{1,3}[.)]\s*){0,2}(?:"
    r"(?P<order>call\s+to\s+order|opening(?:/roll\s+call)?|er[öo]ffnung|ouverture\s+de\s+la\s+s[ée]ance|"
    r"opening\s+en\s+mededelingen)|"
    r"(?P<roll>roll\s+call|pledge\s+of\s+allegiance|invocation|feststellung\s+der\s+beschlussf[äa]higkeit)|"
    r"(?P<agenda>approval\s+of\s+(?:the\s+)?agenda|genehmigung\s+der\s+tagesordnung|"
    r"approbation\s+de\s+l.ordre\s+du\s+jour|vaststelling\s+(?:van\s+de\s+)?agenda|"
    r"aprobaci[óo]n\s+del\s+orden\s+del\s+d[íi]a)|"
    r"(?P<minutes>approval\s+of\s+(?:the\s+)?minutes|genehmigung\s+(?:des|der)\s+(?:protokolls|niederschrift)|"
    r"approbation\s+du\s+proc[èe]s-verbal|aprobaci[óo]n\s+del\s+acta)|"
    r"(?P<comment>public\s+comments?|citizen\s+comments?|public\s+forum|einwohnerfragestunde|rondvraag|"
    r"ruegos\s+y\s+preguntas)|"
    r"(?P<consent>consent\s+agenda|consent\s+calendar)|"
    r"(?P<close>adjournment|adjourn|schlie(?:ß|ss)ung|sluiting|lev[ée]e\s+de\s+la\s+s[ée]ance|"
    r"levantamiento\s+de\s+la\s+sesi[óo]n)"
    r")\b",
    re.IGNORECASE,
)
# A year or a time of day after a step's words: a dated line ("Opening of the new wing - Saturday 8 March 2031,
# 11:00" in a library's listing) is an event named like a step, not one.
DATED_TAIL = re.compile(r"\d{4}|\d{1,2}[:.]\d{2}")
MIN_STEPS = 3  # distinct kinds of step
MAX_STEP_LINE = 90  # characters: a step is a line of its own, not a sentence that mentions one
AGENDA_EVIDENCE = "one meeting's agenda (its order of business); {count} date(s) its items refer to left out"
# An agenda's label closing a running header's words ("… Regular Session Agenda - Final", "… Agenda (Amended)").
AGENDA_TAIL = re.compile(
    r"\s(?:agenda|tagesordnung|ordre\s+du\s+jour|orden\s+del\s+d[íi]a)\W{0,3}(?:(?:final|amended|revised|draft|"
    r"updated)\W{0,2})?$",
    re.IGNORECASE,
)
MIN_NAME = 4  # characters of a meeting's name


def agenda_steps(lines: Sequence[Line]) -> int:
    """How many distinct kinds of an order of business's steps open the page's short lines."""
    kinds: set[str] = set()
    for line in lines:
        if len(line.text) > MAX_STEP_LINE:
            continue
        match = AGENDA_STEP.match(line.text)
        if match is not None and not DATED_TAIL.search(line.text, match.end()):
            kinds.update(name for name, value in match.groupdict().items() if value)
    return len(kinds)


def agenda_dates_off(lines: Sequence[Line], single: Entry | None, schedule: list[Entry]) -> list[Entry]:
    """The schedule without the dates an agenda's items refer to, when the page is one meeting's agenda (see the
    module docstring): nothing beside the page's one timed event, else the timed lines of the agenda's day only,
    named by its running header when that gives the meeting's name ("Board of Public Utilities Agenda - Final" on
    the same day). The schedule as it was otherwise."""
    timed = [entry for entry in schedule if entry.time is not None]
    meeting_day = _meeting_day(single, timed, untimed=len(timed) < len(schedule))
    if meeting_day is None or agenda_steps(lines) < MIN_STEPS:
        return schedule
    by_single = single is not None and single.time is not None
    kept = [] if by_single else timed
    names = [_header_name(entry.title) for entry in schedule if entry.time is None and entry.day == meeting_day]
    name = next((found for found in names if found), None)
    for entry in kept:
        if name is not None:
            entry.title = name
        entry.evidence.append(AGENDA_EVIDENCE.format(count=len(schedule) - len(kept)))
    if by_single and single is not None:
        single.evidence.append(AGENDA_EVIDENCE.format(count=len(schedule)))
        if name is not None and _bare_label(single.title):  # titled "Agenda" by the page's <title>
            single.title = name
    return kept


def _meeting_day(single: Entry | None, timed: list[Entry], *, untimed: bool) -> dt.date | None:
    """The agenda's meeting day: the page's one timed event's, when every timed line is on it; else the one day of
    the timed lines beside untimed ones (the dates the items refer to). None otherwise."""
    days = {entry.day for entry in timed}
    if single is not None and single.time is not None:
        return single.day if days <= {single.day} else None
    return next(iter(days)) if len(days) == 1 and untimed else None


def _bare_label(title: str | None) -> bool:
    """Whether a title is no name but the document's label alone ("Agenda", "Agenda - Final"), or missing."""
    match = AGENDA_TAIL.search(f" {title or 'agenda'}")
    return match is not None and match.start() == 0


def _header_name(title: str | None) -> str | None:
    """The meeting's name in an agenda's running header ("County Council - Regular Session Agenda - Final", its
    date read off): the words before the document's label, when there are some."""
    match = AGENDA_TAIL.search(title or "")
    name = (title or "")[: match.start()].strip(" -–—:|,") if match is not None else ""
    return name if len(name) >= MIN_NAME else None
