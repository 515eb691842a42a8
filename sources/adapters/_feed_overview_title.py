"""The heading an overview item's body gives its first event, for the ``rss`` adapter's names. Pure.

A club's Hugo "Termine" section (batch 65) has, beside one item per event, an overview item titled
"Jahresprogramm": its body is the year's programme, one section each, a heading naming the event and under it a
heading or paragraph with its day ("<h3>Jahreshauptversammlung</h3> <h4>Donnerstag, 10.04.2025, 19:00 Uhr</h4>").
The item's date is read from that first section (the general meeting, which has no item of its own), and the event
was named "Jahresprogramm": the name of the list, not of the meeting.

When the item's title is only a word for a programme or an overview ("Jahresprogramm", "Programm 2025",
"Übersicht", "Termine", "Schedule", "Programme", "Overview", "Agenda", "Calendar", "Calendrier", "Programa"…,
a year beside it or not), the event is named by the heading (h1 to h6) that comes right before the first element
of the body that writes the event's own day: the heading's text, when it is a name (no digit, not a month's name,
at most MAX_NAME characters). The item's title is kept as the source's.

A year in the heading is kept with it ("Jahreshauptversammlung 2031", review39). Not renamed either: a heading that
only labels the field under it ("Wann?", "Date & Time", "Datum:"), an item titled otherwise ("Sommerfest", "Jahresprogramm der Gartenfreunde – Pflanzentauschbörse"); a
body whose day is not under its own heading, or under a heading that writes the day itself ("15. Januar –
Neujahrstreffen"), or under a month's heading ("<h2>April</h2>" straight before the day).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from sources.adapters._feed_dotted import dotted_text_when
from sources.adapters._feed_fields import Naming
from sources.adapters._feed_intl import intl_text_when
from sources.adapters._feed_when import text_when
from sources.adapters._intl_names import INTL_MONTHS
from sources.adapters._page_dates import MONTHS

MAX_SCAN = 20_000  # characters of a body looked at
MAX_NAME = 80
MAX_ELEMENTS = 400  # elements of a body looked at
OVERVIEW_TITLE = re.compile(
    r"\A[ \t]{0,3}(?:jahres|monats|semester|saison)?(?:programm|programme|program|programa|programma|[üu]bersicht"
    r"|[üu]berblick|termine|terminkalender|schedule|overview|agenda|calendar|calendrier|kalender|calendario"
    r"|veranstaltungen|events)(?:[ \t]{1,3}\d{4}(?:/\d{2,4})?)?[ \t]{0,3}\Z",
    re.IGNORECASE,
)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # "Jahreshauptversammlung 2031": a year beside a name is still a name
LABEL_SPLIT = re.compile(r"[\s&/,+-]+")
# A heading made of these words only labels the field under it ("When", "Date & Time", "Wann", "Datum und Uhrzeit").
LABEL_WORDS = frozenset({"", "when", "where", "date", "dates", "time", "times", "and", "details", "info",
                         "information", "location", "venue", "wann", "wo", "datum", "zeit", "uhrzeit", "und", "ort",
                         "termin", "quand", "où", "lieu", "heure", "horaires", "et", "cuándo", "dónde", "fecha",
                         "hora", "lugar", "y"})  # fmt: skip
EVIDENCE = "named after the heading over its date in the item's overview ({title!r})"


def overview_naming(naming: Naming, description: str | None, start: dt.date, zone: zoneinfo.ZoneInfo | None) -> Naming:
    """``naming`` with the heading over the event's day as its title when the item is an overview; else itself."""
    if not description or naming.source_title or not OVERVIEW_TITLE.match(naming.title[:100]):
        return naming
    heading = _heading_before_day(description, start, zone)
    if heading is None:
        return naming
    return dataclasses.replace(
        naming,
        title=heading,
        source_title=naming.title,
        evidence=[*naming.evidence, EVIDENCE.format(title=naming.title)],
    )


def _heading_before_day(markup: str, start: dt.date, zone: zoneinfo.ZoneInfo | None) -> str | None:
    try:
        root = lxml_html.fragment_fromstring(markup[:MAX_SCAN], create_parent="div")
    except (etree.ParserError, ValueError):
        return None
    day = start.date() if isinstance(start, dt.datetime) else start
    previous: Any = None
    for index, element in enumerate(root.iter()):
        if index > MAX_ELEMENTS:
            return None
        if not isinstance(element.tag, str) or element is root:
            continue
        text = " ".join(element.text_content().split())
        if previous is not None and _writes_day(text, day, zone):
            return _name(previous)
        previous = element if element.tag in HEADINGS else (None if text else previous)
    return None


def _writes_day(text: str, day: dt.date, zone: zoneinfo.ZoneInfo | None) -> bool:
    if not text or not any(character.isdigit() for character in text):
        return False
    reference = dt.datetime.combine(day - dt.timedelta(days=200), dt.time(), tzinfo=zone or dt.UTC)
    for reader in (dotted_text_when, intl_text_when, text_when):
        when = reader([text[:300]], zone=zone, reference=reference)
        if when is not None:
            found = when.start.date() if isinstance(when.start, dt.datetime) else when.start
            return found == day
    return False


def _name(heading: Any) -> str | None:
    text = " ".join(heading.text_content().split())
    if not text or len(text) > MAX_NAME or any(character.isdigit() for character in YEAR.sub("", text)):
        return None
    if text[-1] in "?:" or set(LABEL_SPLIT.split(text.casefold())) <= LABEL_WORDS:
        return None  # a field's label over the day ("Wann?", "Date & Time"), not the event's name (review39)
    return None if text.casefold() in MONTHS or text.casefold() in INTL_MONTHS else text
