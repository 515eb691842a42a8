"""A booking grid whose sessions are only in data attributes: ``<button class="slot" data-date="2031-06-14"
data-time="10:00">10:00</button>`` (left32). Pure.

A studio's or a club's "book a session" page draws its sessions as buttons or cells that say only the hour; the day
and the time are in the element's data attributes (``data-date`` with ``data-time`` / ``data-start``, or one
``data-datetime`` / ``data-start`` holding both), for the page's script to book. No reader took them: a line "10:00"
names no day, and the day's heading may be drawn by the script. Each such element is a session: on its date at its
time, to its ``data-end`` when one is given, named by its own ``data-title`` / ``data-name`` / ``data-event`` when
it has one, else by the page's main heading (what is booked); its place from ``data-location`` / ``data-venue`` /
``data-room``.

Only a booking's controls: a button, an input, an option or a link, or an element whose class or id says a slot,
a session, a booking or a time ("slot", "session", "book", "time"), whose own words are only a slot's ("10:00",
"Book", "3 places left", "Full") unless it names its session in a data attribute; at least two sessions. Not: a date picker's days
(a date, no time), a calendar heat map's cells, an element whose date is no ISO day, a page that books a table, an
appointment, a delivery, a treatment or a viewing, or names guests (``NOT_EVENTS``: a restaurant's, a surgery's, a shop's, a salon's,
an estate agent's slots are no events), a TV guide's programmes; a service's appointments (review34: an MOT, a car's
service, a dentist's, an optician's, a barber's), a page headed only by a booking's words ("Book a slot", "Book
online") whose slots name nothing. A class's or a tour's slots ("Beginners pottery class — book a slot below, 6
places available") stay.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_slot_grid import SlotItem, slot_grid_items
from sources.adapters.common import absolute_url

MAX_ELEMENTS = 2000  # elements looked at: a hostile page of many costs no more
MAX_SESSIONS = 400
MIN_SESSIONS = 2
DAY = re.compile(r"^\s*(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\s*$")
CLOCK = re.compile(r"^\s*(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?::[0-5]\d)?\s*$")
MOMENT = re.compile(r"^\s*(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)[T ](?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)")
DAY_KEYS = ("data-date", "data-day", "data-slot-date", "data-session-date", "data-start-date")
TIME_KEYS = ("data-time", "data-start-time", "data-slot-time", "data-session-time", "data-start", "data-hour")
MOMENT_KEYS = ("data-datetime", "data-start", "data-slot", "data-start-datetime", "data-starts")
END_KEYS = ("data-end", "data-end-time", "data-ends")
NAME_KEYS = ("data-title", "data-name", "data-event", "data-session-name", "data-activity")
PLACE_KEYS = ("data-location", "data-venue", "data-room")
CONTROLS = frozenset({"button", "input", "option", "a"})
SLOT_CLASS = re.compile(r"slot|session|book|time", re.IGNORECASE)
# What a page books that is no event: a table, an appointment, a delivery, a treatment, a viewing; a TV guide.
NOT_EVENTS = re.compile(
    r"\b(?:tables?\s+for|(?:book|reserve)\s+a\s+table|party\s+size|covers|guests?|appointments?|deliver(?:y|ies)|click\s*(?:&|and)\s*"
    r"collect|collection\s+slots?|basket|haircuts?|stylists?|treatments?|consultations?|viewings?|test\s+drives?|"
    r"tv\s+guide|channels?|epg)\b"
    # A service's appointment (review34): an MOT, a car's service, a dentist's, an optician's, a barber's chair.
    r"|\b(?:(?-i:MOTs?)|(?:car|vehicle|full|interim|major|minor|annual)\s+servic(?:e|ing)|servicing|tyre\s+fitting|"
    r"dentists?|dental|hygienists?|check[-\s]?ups?|opticians?|eye\s+tests?|barbers?|barbershop|hairdressers?|"
    r"(?:hair|beauty|nail)\s+salons?|beard\s+trims?|physio(?:therapy|therapist)?|vaccinations?|blood\s+tests?)\b",
    re.IGNORECASE,
)
# A page heading that names only a booking, not what is booked ("Book a slot", "Book online", "Choose a time"): its
# slots are a service's times, no event's (review34); a class's or a tour's page names the class or the tour.
BOOKING_ONLY = re.compile(
    r"(?:(?:book|reserve|choose|select|pick)\s+(?:an?\s+|your\s+)?(?:slot|time|date|appointment|visit)s?|book(?:ing)?"
    r"(?:\s+(?:online|now|form))?|online\s+booking|availability|available\s+(?:slots|times))[\s!.:]*",
    re.IGNORECASE,
)
# A slot's own words, when it has any: its time, a booking's word, what is left ("10:00", "Book", "3 places left",
# "Full"); a programme's name ("News", "Film: Jaws") is no booking slot's.
SLOT_WORDS = re.compile(
    r"(?:\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)?|\d+|book(?:\s+now)?|select|choose|reserve|available|availability|"
    r"places?|spaces?|spots?|seats?|left|remaining|full|sold\s+out|wait(?:ing)?\s*list|join|free|open|closed|[-–—/|,.:()])",
    re.IGNORECASE,
)
EVIDENCE = "a booking grid's slot, its day and time in its data attributes ({day} {time})"


def _first(element: Any, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = element.get(key)
        if value and value.strip():
            return value.strip()
    return None


def _at(found: re.Match[str]) -> dt.datetime:
    """The naive local moment a ``MOMENT`` match writes (the page's zone is put on by the reader)."""
    day = dt.date(int(found["y"]), int(found["m"]), int(found["d"]))
    return dt.datetime.combine(day, dt.time(int(found["h"]), int(found["mi"])))


def _moment(element: Any) -> dt.datetime | None:
    """The slot's start from its data attributes, or None."""
    day, clock = DAY.match(_first(element, DAY_KEYS) or ""), None
    for key in TIME_KEYS:
        clock = CLOCK.match(element.get(key) or "")
        if clock:
            break
    try:
        if day and clock:
            date = dt.date(int(day["y"]), int(day["m"]), int(day["d"]))
            return dt.datetime.combine(date, dt.time(int(clock["h"]), int(clock["mi"])))
        both = next((found for key in MOMENT_KEYS if (found := MOMENT.match(element.get(key) or ""))), None)
        if both is None:
            return None
        return _at(both)
    except ValueError:  # "2031-02-30"
        return None


def _end(element: Any, start: dt.datetime) -> dt.datetime | None:
    value = _first(element, END_KEYS) or ""
    clock = CLOCK.match(value)
    if clock:
        end = dt.datetime.combine(start.date(), dt.time(int(clock["h"]), int(clock["mi"])))
        return end if end > start else None
    both = MOMENT.match(value)
    if both is None:
        return None
    try:
        end = _at(both)
    except ValueError:
        return None
    return end if start < end <= start + dt.timedelta(days=1) else None


def _says_only_slot(element: Any) -> bool:
    """Whether the element's own words are only a slot's (see ``SLOT_WORDS``), or it has none."""
    return not SLOT_WORDS.sub(" ", element.text_content() or "").strip()


def _control(element: Any) -> bool:
    if not (_first(element, NAME_KEYS) or _says_only_slot(element)):
        return False  # "News", "Film: Jaws": a programme's name, not a slot to book
    if element.tag in CONTROLS:
        return True
    return bool(SLOT_CLASS.search(f"{element.get('class') or ''} {element.get('id') or ''}"))


def _heading(root: Any) -> str | None:
    for tag in ("h1", "title"):
        node = next(root.iter(tag), None)
        text = " ".join((node.text_content() or "").split()) if node is not None else ""
        if text:
            return text[:200]
    return None


def data_slot_items(root: Any, base: str | None, today: dt.date) -> list[SlotItem]:
    """The sessions of a booking grid drawn in data attributes (see the module); [] when the page has none."""
    found: list[tuple[Any, dt.datetime]] = []
    for count, element in enumerate(root.iter()):
        if count >= MAX_ELEMENTS or len(found) >= MAX_SESSIONS:
            break
        if not isinstance(element.tag, str) or not any(key.startswith("data-") for key in element.attrib):
            continue
        start = _moment(element)
        if start is not None and _control(element):
            found.append((element, start))
    if len(found) < MIN_SESSIONS or NOT_EVENTS.search(" ".join(root.itertext())[:20000]):
        return []
    heading = _heading(root)
    if heading is not None and BOOKING_ONLY.fullmatch(heading) and not any(_first(e, NAME_KEYS) for e, _ in found):
        return []  # "Book a slot" over a barber's times: what is booked is never named
    items: list[SlotItem] = []
    seen: set[tuple[dt.datetime, str]] = set()
    for element, start in found:
        title = _first(element, NAME_KEYS) or heading
        if title is None or (start, title) in seen:
            continue
        seen.add((start, title))
        href = element.get("href") if element.tag == "a" else None
        evidence = EVIDENCE.format(day=start.date().isoformat(), time=start.strftime("%H:%M"))
        url = absolute_url(href, base) if href and not href.startswith("#") else base
        items.append(SlotItem(title, url, start, _end(element, start), _first(element, PLACE_KEYS), evidence))
    return items if len(items) >= MIN_SESSIONS else []


def slot_items(root: Any, base: str | None, today: dt.date) -> list[SlotItem]:
    """A schedule by time slot's sessions (``_page_slot_grid``), else a booking grid's in data attributes."""
    return slot_grid_items(root, base, today) or data_slot_items(root, base, today)
