"""A fragment's one unlinked top heading names its event when the text right under it is a date's label and a date.

A calendar program's view of one event, or an invitation as a mail program shows it, is a fragment: no <h1>, an
empty <title>, no og:title. Its one <h2> ("1. Testtermin Uhrzeit") heads a table whose first row is the label
"When:" and the event's day and hours ("1 Jan 2015 11:00:00 - 12:00:00"): the heading names the event, as an <h1>
would. Not: a widget's lone heading over anything else ("<h2>Newsletter</h2>" over a sign-up form or a dated post's
title); a generic heading ("Upcoming events", "Calendar"), a section's ("Event details", "Save the date",
"You're invited"), a greeting ("Hi Ann,") or a place's hours ("Opening hours") over a labelled date; a line over a
"What:" field (the event is named there, the line is a venue's); a label whose value is no date ("Date: to be
announced"); a label further down, after other text (a post's "Posted on:" line under its teaser).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_series_heading import pieces_after
from sources.adapters._page_weekly_lines import HOURS_HEADING
from sources.adapters._page_words import GENERIC_HEADING

# The label of when, alone or before its value on the first text under the heading ("When:", "Date:", "Wann:").
LABEL = re.compile(
    r"^\s*(?:when|date|dates|date\s*(?:&|and)\s*time|wann|datum|termin)\s*:\s*(?P<rest>.*)$", re.I | re.S
)
VALUE_CHARS = 120  # a longer value is prose, not a date's field
FIELDS = 6  # label and value pairs looked at under the name
FIELD_LABEL = re.compile(r"^\s*[^\W\d][^\W\d]*(?:[ -][^\W\d]+){0,2}\s*:\s*$")  # "Location:", "Date:", "Start time:"
TIME_LABEL = re.compile(r"^\s*(?:time|times|hours|uhrzeit|zeit|heure|hora)\s*:\s*$", re.I)
BLOCKS = {"td", "th", "p", "div", "li"}
# A heading that names a message's or a page's section, not an event (review26): "Event details", "Information",
# "Save the date", "You're invited", "Join us", "Our next meeting", "Event reminder", a booking e-mail's "Booking
# confirmation", "Your tickets", "Order #12345", "Thank you for registering!", a notice's "Event update", "Change of
# time", "Postponed", "New date", a greeting "Hi Ann,".
SECTION = re.compile(
    r"^\W*(?:(?:(?:event|meeting|booking|ticket|order|your|more|the|registration|reservation)\s+){0,2}"
    r"(?:details|information|info|summary|reminder|confirmation|confirmed|update|updates)"
    r"|save\s+the\s+date|you(?:'|’)?re\s+invited|you\s+are\s+invited|join\s+us"
    r"|(?:our\s+)?next\s+(?:event|meeting|session|meetup|gathering)"
    r"|your\s+(?:tickets?|booking|order|reservation|registration|invitation|e-?tickets?)"
    r"|(?:booking|order|reservation|ticket)\s*(?:no\.?|number|#)?\s*#?\s*[\w-]{0,20}\d[\w-]{0,20}"
    r"|(?:thank\s+you|thanks)(?:\s+for\s+(?:registering|booking|ordering|joining|signing\s+up|your\s+\w+))?"
    r"|change\s+of\s+(?:time|date|venue|plan)"
    r"|cancell?ed|postponed|rescheduled|new\s+date|date\s+change)\W*$"
    r"|^\W*(?:hi|hello|dear|hey)\b[^.!?:,]{0,40},\s*$",
    re.IGNORECASE,
)
# A field that names the event itself ("What: Jazz Night", "Event: …", "Artist: The Trio"): the line above it is then
# no event's name but a venue's or a sender's ("<b>Riverside Arts Centre</b>" over What / Date / Time).
NAME_LABEL = re.compile(
    r"^\s*(?:what|event|event\s+name|title|summary|subject|was|titel|artists?|band|performers?|film|movie|show"
    r"|play|speakers?|course|class|activity|programme|program)\s*:",
    re.IGNORECASE,
)
# Only whether the value writes a date matters here, not the year a year-less one would fall in: any day will do.
ANY_DAY = dt.date(2000, 1, 1)


def dated_by_label(heading: Any) -> bool:
    """Whether the text after ``heading`` is a date's label with a day and an hour as its value, or a few labelled
    fields among which a date's and a time's (see the module)."""
    name = " ".join((heading.text_content() or "").split())
    if GENERIC_HEADING.match(name) or HOURS_HEADING.search(name) or SECTION.match(name):
        return False  # "Upcoming events", "Opening hours" over a day's hours: no event's name
    return _dated_fields(list(itertools.islice(pieces_after(heading), 2 * FIELDS)))


def _dated_fields(pieces: list[str]) -> bool:
    """Whether ``pieces`` open with "When: <day and hour>", or with label and value pairs ("Location:", "Room 3",
    "Date:", "30 September 2015", "Time:", "03:00:00") that give a day under a date's label and an hour under it
    or a time's."""
    label = LABEL.match(pieces[0]) if pieces else None
    if label is not None and label.group("rest").strip():
        return _day(label.group("rest")) and _hour(label.group("rest"))
    dated = timed = False
    for name, value in zip(pieces[::2], pieces[1::2], strict=False):
        if not FIELD_LABEL.match(name) or len(value) > VALUE_CHARS:
            break
        if NAME_LABEL.match(name):
            return False  # "What: Jazz Night": the event is named below, the line above is a venue's or a sender's
        if LABEL.match(name) and _day(value):
            dated, timed = True, timed or _hour(value)
        elif TIME_LABEL.match(name) and _hour(value):
            timed = True
    return dated and timed  # an issue's or a post's date has no hour


def _day(value: str) -> bool:
    return len(value) <= VALUE_CHARS and bool(find_dates(" ".join(value.split()), year_hint=None, today=ANY_DAY))


def _hour(value: str) -> bool:
    return find_clock(" ".join(value.split()), dated=True) is not None


def bold_name(root: Any) -> Any:
    """A fragment with no heading at all: its first bold line standing alone in its block ("<td><b><u>Plánovací
    meeting</u></b></td>") when the text after it is the dated fields ``_dated_fields`` reads; else None."""
    if any(_text(node) for tag in ("h1", "h2", "h3", "h4") for node in root.iter(tag)):
        return None
    bold = next((node for node in root.iter("b", "strong") if _text(node)), None)
    block = next((node for node in bold.iterancestors() if node.tag in BLOCKS), None) if bold is not None else None
    if bold is None or block is None or _text(block) != _text(bold):
        return None
    if GENERIC_HEADING.match(_text(bold)) or HOURS_HEADING.search(_text(bold)) or SECTION.match(_text(bold)):
        return None
    pieces = list(itertools.islice((p for p in bold.xpath("following::text()") if p.strip()), 2 * FIELDS))
    return bold if _dated_fields(pieces) else None


def _text(node: Any) -> str:
    return " ".join((node.text_content() or "").split())
