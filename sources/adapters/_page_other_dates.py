"""Dated lines that say when something other than the event happens: a registration's or a sign-up's opening or
closing, an application's or a call for papers' deadline ("Registration Open: Dec 1, 2024", "Registration Close:
Jan 10, 2025", "Sign-up deadline: May 3", "CFPs Due: 2019-06-30", "Call for papers closes at: 4 November"). A trip's or a course's page lists them beside its own day; they are no events of a
schedule. So is a dated line whose name is a deadline's, the date first ("August 31 - Registration Deadline (11:59pm
PDT)", "May 3: Application deadline"; held-out batch 77): ``deadline_name``. Not: a name that goes on after the word
("Deadline Comedy Night"), the word alone or after an article ("Deadline", "The Deadline": a film's or a show's name).
Pure."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_dates import find_dates
from sources.adapters._page_hire_offers import hire_offer
from sources.adapters._page_notice_dates import downtime_line
from sources.adapters._page_opening_sentences import opening_sentence
from sources.adapters._page_stamp_labels import stamp_label

# The label before the colon: what opens, closes or is due (a registration, a sign-up, a call for papers or its
# submissions), and that it opens, closes or is due. A bare "Registration: 8:00 AM" (the event's own check-in) is not
# one, nor a conference's own "Submissions: 3 tracks".
OTHER_DATE_LABEL = re.compile(
    r"^\s*(?:online\s+|early[\s-]?bird\s+|member\s+)?"
    r"(?:registration|regist(?:er|ering)|sign[\s-]?ups?|enrol(?:l)?ment|applications?|rsvps?|ticket\s+sales?"
    r"|cfps?|calls?\s+for\s+(?:papers|proposals|speakers|talks|submissions|abstracts)|submissions?|abstracts?)"
    r"\s+(?:opens?|closes?|open|close|begins?|starts?|ends?|deadline|due(?:\s+date)?|cut[\s-]?off)"
    r"(?:\s+(?:date|on|at))?\s*:",
    re.I,
)

# A window's label: a registration's, a sign-up's or an application's word alone, or with its period, before the
# colon ("Registration: March 1 - March 20", "Sign-up period: …"); it is another date only when its value spans two
# days (a bare "Registration: 8:00 AM" is the event's own check-in). A deadline's label is one whatever its value.
WINDOW_LABEL = re.compile(
    r"^\s*(?:online\s+|early[\s-]?bird\s+|member\s+)?"
    r"(?:registration|sign[\s-]?ups?|enrol(?:l)?ment|applications?|rsvps?|ticket\s+sales?)"
    r"(?:\s+(?:period|window|dates?))?\s*:",
    re.I,
)
DEADLINE_LABEL = re.compile(r"^\s*(?:\w+[\s-]){0,2}?(?:deadline|cut[\s-]?off|anmeldeschluss|date\s+limite)\s*:", re.I)
# Review30: the labels of other days than an event's on ordinary pages, before their colon: a vacancy's closing date
# and interviews ("Closing date: Monday 30 June 2031, 12:00", "Interview date:", "Date limite de candidature :",
# "Entretiens :", "Bewerbungsfrist:", "Vorstellungsgespräche:"), a stay's check-in and check-out ("Check-in: Saturday
# 14 June 2031 from 15:00"), a parcel's delivery ("Estimated delivery:", "Consegna prevista:", "Livraison prévue :").
# Not: "Closing party:", "Check-in opens at 8:00" (no colon after the label), "Date:" / "Start date:" (the event's).
ERRAND_LABEL = re.compile(
    r"^\s*(?:closing\s+date|applications?\s+close|interviews?(?:\s+(?:date|day)s?)?|entretiens?|"
    r"bewerbungs(?:frist|schluss)|vorstellungsgespr(?:ä|ae)che?|(?:date|fecha)\s+l[ií]mite(?:\s+de\s+[^\W\d_]+){0,2}|"
    r"check[\s-]?(?:in|out)(?:\s+(?:date|time))?|(?:estimated|expected)\s+delivery(?:\s+date)?|"
    r"consegna\s+prevista|livraison\s+pr[ée]vue|voraussichtliche\s+lieferung)\s*:",
    re.I,
)
_EPOCH = dt.date(2000, 1, 1)
# A deadline's name, whole: one or two words of what is due, then the word ("Registration Deadline", "Early-bird
# cut-off", "Abstract submission deadline"); no article among those words ("Beat the Deadline" is a session's
# name: review25).
DEADLINE_NAME = re.compile(
    r"(?:(?!(?:the|a|an)\b)[^\W\d_]+[ -]){1,2}(?:deadline|cut[ -]?off|anmeldeschluss)[ .]?", re.IGNORECASE
)


def a_window(text: str) -> bool:
    """A registration's window ("Registration: March 1, 2026 9:00 AM - March 20, 2026 5:00 PM") or a deadline
    ("Deadline: March 20, 2026"): no event's start nor end."""
    if DEADLINE_LABEL.match(text) or ERRAND_LABEL.match(text):
        return True
    label = WINDOW_LABEL.match(text)
    if label is None:
        return False
    hits = find_dates(text[label.end() :], year_hint=None, today=_EPOCH)
    days = {hit.date for hit in hits} | {hit.end_date for hit in hits if hit.end_date is not None}
    return len(days) >= 2


def another_date(text: str) -> bool:
    """A line labelled as another date than the event's: a registration's opening or closing, its window, a
    deadline."""
    return (
        OTHER_DATE_LABEL.match(text) is not None
        or a_window(text)
        or opening_sentence(text)  # a sentence's too
        or downtime_line(text)  # "… will be unavailable on 13 June 2031 due to a system upgrade." (review38)
        or hire_offer(text)  # "The hall is available for hire from 1 June 2031" (left37)
    )


def other_date_line(line: Any, lines: list[Any]) -> bool:
    """A line labelled as another date ("Registration Close: Jan 10, 2025"), or the value under a line that is only
    such a label (a ``<dt>``/``<dd>`` pair)."""
    if another_date(line.text):
        return True
    if line.index <= 0:
        return False
    above = lines[line.index - 1].text
    if stamp_label(above):  # "Publicerad" over "10 maj": when a post was published (_page_stamp_labels)
        return True
    label = OTHER_DATE_LABEL.match(above)
    return label is not None and label.end() >= len(above.rstrip())


def deadline_name(title: str) -> bool:
    """Whether a dated line's name is a deadline's ("Registration Deadline"): a date no event starts on."""
    return DEADLINE_NAME.fullmatch(" ".join(title.split())) is not None
