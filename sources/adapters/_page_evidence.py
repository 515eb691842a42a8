"""A page's own evidence of when its structured events start, and the cross-check against it. Pure.

Structured data is sometimes wrong in a way a reader of the page would never be: a plugin writes a UTC time
without its offset ("2023-12-14T14:30" for a 9:30 AM meeting in New York), or a template fills in a stale
time. What the page shows a person — the time written near the event's name, a ``<time datetime>`` element,
the event's add-to-calendar links, a linked ``.ics`` — is checked against the structured start:

* any piece of evidence showing the structured time: it stands (nothing is said);
* a structured time written without an offset whose UTC reading is what the page shows, while nothing shows
  the structured time as read: it was UTC, and the start (and end) move by that offset;
* the reverse, a structured time labelled UTC ("Z", "+00:00") whose clock time is what the page shows in a
  zone that is not UTC: it was the local time with the wrong label, and it is read as local;
* two independent kinds of evidence (the page's text and its calendar link, say) agreeing on one other
  time, and nothing showing the structured time: the start takes that time;
* anything else (one unexplained visible time, evidence that disagrees with itself, no evidence, a page
  without a timezone) is ambiguous: the structured value stays and nothing is said.

A correction is written into the event's ``evidence`` in words, for moderators. Only times of day are
corrected, never a date on a visible date alone (pages show dates in too many ways to overrule a machine
date with one of them).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
import re
import zoneinfo
from collections.abc import Iterable, Iterator
from typing import Any

from sources.adapters._calendar_links import ICS, LinkedEvent
from sources.adapters._page_dates import clock_ranges
from sources.adapters.base import RawEvent
from sources.adapters.common import parse_datetime

# Words, not codes: these reach moderators.
CORRECTED_UTC = "start corrected from the {syntax} {was} (read as UTC) to {source}'s {shown}"
CORRECTED_LOCAL = "start corrected from the {syntax} {was} (labelled UTC) to {source}'s {shown}: a local time"
CORRECTED_AGREED = "start corrected from the {syntax} {was} to {shown}, which {sources} agree on"

TEXT, TIME_ELEMENT, CALENDAR_LINK = "the page's text", "the page's <time> element", "its calendar link"
SOURCE_NAMES = {TEXT: "the page", TIME_ELEMENT: "the page's <time> element", CALENDAR_LINK: "its calendar link"}
LINKED_CALENDAR = "its linked .ics calendar"
_CALENDARS = frozenset({SOURCE_NAMES[CALENDAR_LINK], LINKED_CALENDAR})

# Text this long around an event's name is still "its block" (a card, a table row, a detail section).
BLOCK_CHARS = 1500
# Elements whose own text is longer than this cannot be an event's name.
NAME_CHARS = 400
MAX_HOLDERS = 2_000  # elements looked at for one title: past that, the first of the shortest wins
MAX_EVENTS = 200  # events cross-checked per page; more is a listing that no visible text can settle
_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "title", "svg"})

_HALF_DAY = re.compile(r"(?<![\d:])(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?(?::[0-5]\d)?\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)
_FULL_DAY = re.compile(r"(?<![\d:.])([01]?\d|2[0-3])[:h]([0-5]\d)(?::[0-5]\d)?(?![\d])")
_RANGE_DASH = re.compile(
    r"(?<!\s)\s*(?:-|–|—|to|until|bis)\s*", re.IGNORECASE
)  # what parts a range, for its start's words
_NOON = re.compile(r"\bnoon\b", re.IGNORECASE)
_OFFSET = re.compile(r"(?:Z|[+-]\d{2}(?::?\d{2})?)$", re.IGNORECASE)
_UTC_LABEL = re.compile(r"(?:Z|[+-]00(?::?00)?)$", re.IGNORECASE)
_WORDS = re.compile(r"\W+")
# A machine stamp printed as it is, with its own offset ("2014-01-01T12:00:00+00:00"): not a wall clock.
_OFFSET_STAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?\s?(?:Z|[+-]\d{2}:?\d{2})(?![\w:])"
)


@dataclasses.dataclass(frozen=True, slots=True)
class Sighting:
    """A start time the page shows: local wall clock in the page's zone, and its day when stated."""

    source: str  # TEXT, TIME_ELEMENT, CALENDAR_LINK or LINKED_CALENDAR
    time: dt.time
    shown: str  # as the page wrote it ("9:30 AM")
    day: dt.date | None = None
    end: dt.datetime | None = None  # a calendar link's end, local


# --- reading a page's text ---------------------------------------------------------------------------------
def words(text: object) -> str:
    return " ".join(_WORDS.sub(" ", str(text or "")).casefold().split())


def visible_text(element: Any, *, skip: frozenset[Any] = frozenset()) -> str:
    """The text a person sees in an element: scripts, styles and the like left out, spacing collapsed;
    without the elements in ``skip`` (their tails are kept)."""
    parts: list[str] = []
    collect_text(element, parts, skip)
    return " ".join(" ".join(parts).split())


def collect_text(element: Any, parts: list[str], skip: frozenset[Any] = frozenset()) -> None:
    if not isinstance(element.tag, str) or element.tag.lower() in _HIDDEN or element in skip:
        return
    if element.text:
        parts.append(element.text)
    for child in element:
        collect_text(child, parts, skip)
        if child.tail:
            parts.append(child.tail)


def text_times(text: str) -> list[tuple[dt.time, str]]:
    """Times of day written in text: "9:30 AM", "8:00 p.m.", "7pm", "19:30", "19h30", "noon".

    A range ("7:00 - 8:00pm", "19.00 - 21:00 Uhr") is one sighting, of its start: its end is when the event
    finishes, and read as a start of its own it "corrected" a right start to the end. An ISO stamp written
    with its own offset ("2014-01-01T12:00:00+00:00") is no sighting: its clock is that offset's, not the
    page's zone's, so it cannot say that a start labelled UTC was meant as a local time.
    """
    text = masking(text, [match.span() for match in _OFFSET_STAMP.finditer(text)])
    ranges = clock_ranges(text)
    found = [(hit.start, _RANGE_DASH.split(text[hit.span[0] : hit.span[1]], maxsplit=1)[0]) for hit in ranges]
    masked = masking(text, [hit.span for hit in ranges])
    halves = list(_HALF_DAY.finditer(masked))
    for match in halves:
        hour = int(match.group(1)) % 12 + (12 if match.group(3).lower() == "p" else 0)
        found.append((dt.time(hour, int(match.group(2) or 0)), match.group(0).strip()))
    masked = masking(masked, [match.span() for match in halves])
    for match in _FULL_DAY.finditer(masked):
        found.append((dt.time(int(match.group(1)), int(match.group(2))), match.group(0)))
    found += [(dt.time(12, 0), match.group(0)) for match in _NOON.finditer(masked)]
    return found


def masking(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span blanked out (same length, so later positions hold)."""
    if not spans:
        return text
    parts: list[str] = []
    at = 0
    for start, end in sorted(spans):
        parts += [text[at:start], " " * (end - start)]
        at = end
    parts.append(text[at:])
    return "".join(parts)


class PageText:
    """A page's elements with their visible text, to find each event's block by its name.

    Indexed once per page: every short text joined into one string (searched in C, not element by element
    for each event), an exact-text lookup, and each title's answer kept, so a listing of 200 events on a
    page of 100,000 elements does not read every element 200 times.
    """

    def __init__(self, root: Any) -> None:
        self.root = root
        self.named: list[tuple[Any, str]] = []
        # Each element's visible length, measured once (the dict also keeps lxml's element proxies alive,
        # so they stay the same objects when blocks are widened).
        self.lengths: dict[Any, int] = {}
        self.exact: dict[str, Any] = {}
        for element in root.iter():
            if isinstance(element.tag, str) and element.tag.lower() not in _HIDDEN:
                text = words(visible_text(element))
                self.lengths[element] = len(text)
                if text and len(text) <= NAME_CHARS:
                    self.named.append((element, text))
                    self.exact.setdefault(text, element)
        # words() leaves no control characters, so a title never matches across the separator.
        self.joined = "\x00".join(text for _, text in self.named)
        self.offsets = list(itertools.accumulate((len(text) + 1 for _, text in self.named), initial=0))
        self.found: dict[str, Any | None] = {}
        body = root.find(".//body")
        self.body = body if body is not None else root

    def block(self, title: str) -> Any | None:
        """The smallest element that shows ``title``, widened to its card or section (at most BLOCK_CHARS)."""
        wanted = words(title)
        if not wanted:
            return None
        if wanted not in self.found:
            element = self.holder(wanted)
            self.found[wanted] = self.widened(element) if element is not None else None
        return self.found[wanted]

    def holder(self, wanted: str) -> Any | None:
        """The element with the shortest text that contains ``wanted`` (its exact text when one has it);
        among the first MAX_HOLDERS that contain it, for a title as common as a single letter."""
        exact = self.exact.get(wanted)
        if exact is not None:
            return exact
        best: tuple[int, Any] | None = None
        at = self.joined.find(wanted)
        for _ in range(MAX_HOLDERS):
            if at < 0:
                break
            position = bisect.bisect_right(self.offsets, at) - 1
            element, text = self.named[position]
            if best is None or len(text) < best[0]:
                best = (len(text), element)
            at = self.joined.find(wanted, self.offsets[position + 1])
        return best[1] if best is not None else None

    def widened(self, element: Any) -> Any:
        while True:
            parent = element.getparent()
            if parent is None or self.lengths.get(parent, BLOCK_CHARS + 1) > BLOCK_CHARS:
                return element
            element = parent


# --- the evidence of one event -------------------------------------------------------------------------------
def local_time(moment: dt.datetime, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    return moment.astimezone(zone) if moment.tzinfo is not None else moment


def time_elements(block: Any, zone: zoneinfo.ZoneInfo) -> list[tuple[Any, Sighting]]:
    """``<time datetime>`` elements that are not the structured data itself (no itemprop), with their sighting."""
    found = []
    for element in block.iter("time"):
        if element.get("itemprop") is not None:
            continue
        moment = parse_datetime(element.get("datetime"), tz=zone)
        if isinstance(moment, dt.datetime):
            local = local_time(moment, zone)
            sighting = Sighting(TIME_ELEMENT, local.time().replace(second=0), element.get("datetime"), local.date())
            found.append((element, sighting))
    return found


def link_sightings(events: Iterable[LinkedEvent], zone: zoneinfo.ZoneInfo) -> Iterator[Sighting]:
    for event in events:
        if not isinstance(event.start, dt.datetime) or event.start.tzinfo is None:
            continue  # floating or all-day: says nothing about the time in this zone
        local = local_time(event.start, zone)
        end = local_time(event.end, zone) if isinstance(event.end, dt.datetime) and event.end.tzinfo else None
        source = LINKED_CALENDAR if event.kind == ICS else CALENDAR_LINK
        yield Sighting(source, local.time().replace(second=0), local.strftime("%H:%M"), local.date(), end)


def linked_to(event: RawEvent, links: Iterable[LinkedEvent], *, only_event: bool) -> list[LinkedEvent]:
    """The calendar links that describe ``event``: same title (or the page's only event), same or next day."""
    day = event.start.date() if isinstance(event.start, dt.datetime) else event.start
    title = words(event.title)
    chosen = []
    for link in links:
        link_day = link.start.date() if isinstance(link.start, dt.datetime) else link.start
        if link_day is None or abs((link_day - day).days) > 1:
            continue
        link_title = words(link.title)
        if only_event or (link_title and (link_title in title or title in link_title)):
            chosen.append(link)
    return chosen


def sightings(
    event: RawEvent,
    *,
    page: PageText,
    links: list[LinkedEvent],
    zone: zoneinfo.ZoneInfo,
    only_event: bool,
) -> list[Sighting]:
    """Every start time the page shows for ``event``: in its block, or anywhere on a single-event page."""
    block = page.body if only_event else page.block(event.title)
    found: list[Sighting] = []
    if block is not None:
        # A <time> element is one witness: its datetime, not also its own text ("9:30 AM") as the page's text.
        elements = time_elements(block, zone)
        shown = visible_text(block, skip=frozenset(element for element, _ in elements))
        found += [Sighting(TEXT, time, words) for time, words in text_times(shown)]
        found += [sighting for _, sighting in elements]
    found += link_sightings(linked_to(event, links, only_event=only_event), zone)
    return found


# --- the cross-check ---------------------------------------------------------------------------------------------
def written_without_offset(raw_start: object) -> bool:
    return isinstance(raw_start, str) and "T" in raw_start.upper() and not _OFFSET.search(raw_start.strip())


def stated_offset(raw_start: object) -> bool:
    """A start written with its own offset that is not UTC's ("2026-12-14T14:30:00-05:00")."""
    if not isinstance(raw_start, str) or "T" not in raw_start.upper():
        return False
    return bool(_OFFSET.search(raw_start.strip())) and not labelled_utc(raw_start)


def labelled_utc(raw_start: object) -> bool:
    return isinstance(raw_start, str) and bool(_UTC_LABEL.search(raw_start.strip()))


def shows(sighting: Sighting, moment: dt.datetime) -> bool:
    same_day = sighting.day is None or sighting.day == moment.date()
    return same_day and sighting.time == moment.time().replace(second=0, microsecond=0)


def describe(sighting: Sighting) -> str:
    return sighting.shown if sighting.source in (TEXT, TIME_ELEMENT) else sighting.time.strftime("%H:%M")


def check_start(
    event: RawEvent,
    *,
    raw_start: object,
    syntax: str,
    found: list[Sighting],
    zone: zoneinfo.ZoneInfo | None,
) -> None:
    """Cross-check ``event``'s start against what the page shows; correct it only on clear evidence."""
    if zone is None or not isinstance(event.start, dt.datetime) or not found:
        return
    local = event.start.astimezone(zone)
    if any(shows(sighting, local) for sighting in found):
        return  # the page agrees
    was = local.strftime("%H:%M")
    if written_without_offset(raw_start):
        as_utc = local.replace(tzinfo=dt.UTC).astimezone(zone)
        backing = [sighting for sighting in found if shows(sighting, as_utc)]
        if as_utc != local and backing:
            source = SOURCE_NAMES.get(backing[0].source, backing[0].source)
            note = CORRECTED_UTC.format(syntax=syntax, was=was, source=source, shown=describe(backing[0]))
            move(event, local, as_utc, note, end=linked_end(backing))
            return
    if labelled_utc(raw_start):
        as_local = event.start.astimezone(dt.UTC).replace(tzinfo=zone)
        backing = [sighting for sighting in found if shows(sighting, as_local)]
        if as_local.utcoffset() and backing:
            source = SOURCE_NAMES.get(backing[0].source, backing[0].source)
            written = event.start.astimezone(dt.UTC).strftime("%H:%M")  # as the markup writes it, not as read
            note = CORRECTED_LOCAL.format(syntax=syntax, was=written, source=source, shown=describe(backing[0]))
            move(event, local, as_local, note, end=linked_end(backing))
            return
    agreed = agreed_time(found, local.date(), needs_calendar=stated_offset(raw_start))
    if agreed is not None:
        time, kinds, link_end = agreed
        corrected = local.replace(hour=time.hour, minute=time.minute, second=0, microsecond=0)
        note = CORRECTED_AGREED.format(
            syntax=syntax, was=was, shown=time.strftime("%H:%M"), sources=" and ".join(sorted(kinds))
        )
        move(event, local, corrected, note, end=link_end)


def linked_end(backing: list[Sighting]) -> dt.datetime | None:
    """The end a backing calendar link states: the event's own end, better than the old end moved along."""
    return next((sighting.end for sighting in backing if sighting.end is not None), None)


def agreed_time(
    found: list[Sighting], day: dt.date, *, needs_calendar: bool = False
) -> tuple[dt.time, set[str], dt.datetime | None] | None:
    """The one time of ``day`` that two kinds of evidence show, if exactly one time has that backing.

    With ``needs_calendar`` (a start stated with its own non-UTC offset, which is rarely a slip) the two
    must be independent: a calendar link or linked calendar, and the page itself.
    """
    kinds: dict[dt.time, set[str]] = {}
    ends: dict[dt.time, dt.datetime] = {}
    for sighting in found:
        if sighting.day is not None and sighting.day != day:
            continue
        kinds.setdefault(sighting.time, set()).add(SOURCE_NAMES.get(sighting.source, sighting.source))
        if sighting.end is not None:
            ends.setdefault(sighting.time, sighting.end)
    backed = [time for time, sources in kinds.items() if len(sources) >= 2]
    if needs_calendar:
        backed = [time for time in backed if kinds[time] & _CALENDARS and kinds[time] - _CALENDARS]
    if len(backed) != 1:
        return None
    return backed[0], kinds[backed[0]], ends.get(backed[0])


def move(event: RawEvent, was: dt.datetime, start: dt.datetime, note: str, *, end: dt.datetime | None = None) -> None:
    """A new start (``was`` the old one); the end moves with it (or takes the evidence's own end), and the
    note is kept."""
    shift = start - was
    if end is not None and end > start:
        event.end = end
    elif isinstance(event.end, dt.datetime):
        event.end = event.end.astimezone(start.tzinfo) + shift
    event.start = start
    event.evidence.append(note)
