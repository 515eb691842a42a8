"""A listing's date slot written relative to the day it was shown ("TODAY", "Tomorrow", "THIS WEDNESDAY") among
slots of the same kind written as dates ("JANUARY 08"): the day it names, counted from the day the page is read
(``FetchWindow.reading_day``, the day after the window's start). Used by html.read_page, after _page_prepare;
mutates the tree it is given.

The shape: a calendar whose cards each carry a date label in one element of one tag and class (<span
class="text-secondary">JANUARY 08</span>), the first card's label saying "THIS WEDNESDAY" because the meeting is
days away. The card read no date and was dropped. Now its label is written as the date it names: today for
"Today"/"Tonight", the day after for "Tomorrow", the next such weekday (today's own included) for "This Wednesday".

Not: such a word in a sentence ("This Wednesday only: half price"), a lone "Today" link in a menu, a label with
no element of its tag and class beside it that holds a date (nothing says that slot is a date's), or a label
whose row holds only a span of hours under an opening-times heading ("Opening hours": "Today 10:00 – 17:00",
"Tomorrow 10:00 – 17:00", "24 December 10:00 – 14:00" are when a museum is open, not events).

Other languages (helper pages65): a Dutch match list writes its recent rows' days "Gisteren", "Vandaag", "Morgen"
among rows of "6 jul", each slot a cell that holds its day and, in an element of its own, the kick-off ("<td
class=nowrap>Vandaag <div>18:00</div></td>"). Yesterday, today and tomorrow are read in the languages the pages are
written in, and a slot whose other element is only a time of day is still a label: its own text is the day. The
opening-times headings are read in those languages too ("Openingstijden", "Horaires", "Öffnungszeiten").
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from sources.adapters._page_dates import clock_ranges, find_clock, find_dates
from sources.adapters.webpage import clean_text

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Yesterday, today (tonight) and tomorrow as the pages' languages write them alone in a label: Dutch, French,
# Spanish, Portuguese, Italian, German, Polish, Czech, Swedish, Danish/Norwegian, Finnish.
_TODAY = (
    r"today|tonight|vandaag|vanavond|aujourd['\u2019]hui|ce\s+soir|hoy|esta\s+noche|hoje|oggi|stasera|heute|"
    r"heute\s+abend|dzi[śs]|dzisiaj|dnes|idag|i\s+dag|ikv[äa]ll|i\s+kv[äa]ll|i\s+aften|i\s+kveld|t[äa]n[äa][äa]n"
)
_TOMORROW = r"tomorrow|morgen|demain|ma[ñn]ana|amanh[ãa]|domani|jutro|z[íi]tra|imorgon|i\s+morgen|huomenna"
_YESTERDAY = r"yesterday|gisteren|hier|ayer|ontem|ieri|gestern|wczoraj|v[čc]era|ig[åa]r|i\s+g[åa]r|eilen"
RELATIVE_DAY = re.compile(
    rf"^(?:(?P<today>{_TODAY})|(?P<tomorrow>{_TOMORROW})|(?P<yesterday>{_YESTERDAY})|(?:this|coming)\s++(?P<weekday>"
    + "|".join(WEEKDAYS)
    + r"))$",
    re.IGNORECASE,
)
MAX_LABEL = 20  # characters of an element's text looked at ("THIS WEDNESDAY" is 14)
MAX_ELEMENTS = 20_000  # elements looked at: a hostile page of millions of them costs no more
_EPOCH = dt.date(2000, 1, 1)  # any day: only whether a label holds a date matters
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A heading over a place's opening hours: "Opening hours", "Opening times", "Hours", "Visiting hours", "When we're open".
HOURS_HEADING = re.compile(
    r"^(?:our\s++|today's\s++)?(?:(?:opening|visiting|museum|gallery|library|office|business)\s++)?(?:hours|times)\b"
    r"|^when\s++we(?:'re|\s++are)\s++open\b"
    # the same heading in the pages' other languages
    r"|^(?:openingstijden|openingsuren|horaires?|heures\s++d['\u2019]ouverture|horarios?|orari|[öo]ffnungszeiten|"
    r"godziny\s++otwarcia|otev[íi]rac[íi]\s++doba|[öo]ppettider|[åa]pningstider|[åa]bningstider|aukioloajat)\b",
    re.IGNORECASE,
)
CLOSED = re.compile(r"^closed\.?$", re.IGNORECASE)
MAX_ROW = 60  # characters of a label's row looked at: "Today 10:00 – 17:00" is 19


def named_day(label: str, today: dt.date) -> dt.date | None:
    """The day a relative label names, counted from ``today``; None for any other text."""
    found = RELATIVE_DAY.match(" ".join(label.split()))
    if found is None:
        return None
    if found["today"]:
        return today
    if found["tomorrow"]:
        return today + dt.timedelta(days=1)
    if found["yesterday"]:
        return today - dt.timedelta(days=1)
    ahead = (WEEKDAYS.index(found["weekday"].lower()) - today.weekday()) % 7
    return today + dt.timedelta(days=ahead)


def _slot(element: Any) -> tuple[str, str] | None:
    """The kind of slot an element is: its tag and class, when it has a class."""
    marks = " ".join((element.get("class") or "").split())
    return (element.tag, marks) if marks else None


def _only_a_clock(text: str) -> bool:
    """Whether a text is a time of day and nothing else ("18:00", "9.30 pm")."""
    hit = find_clock(text, dated=True)
    return hit is not None and hit.start is not None and hit.span == (0, len(text))


def _leaf_text(element: Any) -> str | None:
    """The element's text when it holds no other element's block of text (a label, not a card); or its own text
    before its children when those are only a time of day ("Vandaag <div>18:00</div>": the label is "Vandaag")."""
    children = [clean_text(child.text_content()) or "" for child in element if isinstance(child.tag, str)]
    if any(children):
        own = clean_text(element.text or "") or ""
        if not own or len(own) > MAX_LABEL or not _only_a_clock(" ".join(" ".join(children).split())):
            return None
        return own
    text = clean_text(element.text_content()) or ""
    return text if 0 < len(text) <= MAX_LABEL else None


def _short_text(element: Any, limit: int) -> str:
    """The element's text, its first ``limit`` characters or so (a hostile page's long row costs no more)."""
    return (clean_text(" ".join(itertools.islice(element.itertext(), 12))) or "")[:limit]


def _hours_row(element: Any, label: str) -> bool:
    """Whether the label's row (its parent) holds besides it only a span of hours ("10:00 – 17:00") or "Closed"."""
    parent = element.getparent()
    row = _short_text(parent, MAX_ROW + 1) if parent is not None else ""
    rest = row.replace(label, "", 1).strip(" :,-–—")
    if not rest or len(row) > MAX_ROW:
        return False
    spans = clock_ranges(rest)
    return bool(CLOSED.match(rest)) or (len(spans) == 1 and spans[0].span == (0, len(rest)))


def relative_days_into_cells(root: Any, *, today: dt.date) -> None:
    """Each relative day label (see the module's docstring) written as the date it names, when another element of
    its tag and class holds a date."""
    relative: list[tuple[Any, dt.date]] = []
    dated_slots: set[tuple[str, str]] = set()
    hours_heading = False  # whether the last heading seen is an opening-times one
    for count, element in enumerate(root.iter()):
        if count >= MAX_ELEMENTS:
            break
        if element.tag in HEADINGS:
            hours_heading = bool(HOURS_HEADING.match(_short_text(element, 80)))
        if not isinstance(element.tag, str) or (slot := _slot(element)) is None:
            continue
        text = _leaf_text(element)
        if text is None:
            continue
        day = named_day(text, today)
        if day is not None:
            if not (hours_heading and _hours_row(element, text)):
                relative.append((element, day))
        elif slot not in dated_slots and find_dates(text, year_hint=None, today=_EPOCH):
            dated_slots.add(slot)
    for element, day in relative:
        if _slot(element) in dated_slots:
            element.text = f"{day:%B} {day.day}, {day.year} "
