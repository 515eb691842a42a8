"""Schedules on pages without structured data: tables and lines whose rows carry dates. Pure.

A table is read by its header ("Date | Time | Location | Agenda"), or row by row without one. Lines are list
items, paragraph lines split at <br>, menu options and headings that start with (or are little more than) a
date; a "2019" line above year-less dates gives their year, and a "January 2024" heading gives the month of
the day numbers under it ("14 – Regular meeting"). A time or place the page states once for all meetings
("Meetings are held at 601 Lakeside Ave", "all meetings start at 9:30 AM") fills rows that lack their own.

Each entry says how sure the reading is (``confidence``) and why (``evidence``): a table with a date column
is a strong signal, a lone date in a paragraph a weak one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from typing import Any

from sources.adapters._page_dates import (
    CLOCK,
    MONTHS,
    ClockHit,
    DateHit,
    bare_year,
    find_clock,
    find_dates,
    leading_day,
    month_heading,
)
from sources.adapters._page_lines import PSEUDO_HEADING, Anchor, Line
from sources.adapters._page_words import (
    BODY_WORDS,
    DOCUMENT_WORD,
    END_LABEL,
    EVENT_WORDS,
    GATHERING_WORDS,
    PAGE_DATES,
    SEPARATORS,
    document_label,
    is_document_link,
    meaningful,
    reads_as_news,
    residue,
    split_place,
    status_in,
    without_status,
)
from sources.adapters.webpage import absolute_url

# A post's byline and counts ("By Anna", "4 comments", "5 min read"): about the post, not a meeting's name.
BYLINE = re.compile(
    r"^\s*(?:by|posted\s+by|written\s+by|author:?)\s|^\s*\d+\s+(?:comments?|replies|responses|likes|views)\s*$"
    r"|\b\d+\s+min(?:ute)?s?\s+read\b|^\s*(?:tags?|categor(?:y|ies)|filed\s+under)\s*:",
    re.I,
)
# The class of a post's byline list ("ul.meta", "div.entry-meta"): its dated item is the post's date.
POST_META = re.compile(r"(?:^|[\s_-])(?:meta|byline|post-meta|entry-meta|post-info|entry-info)(?:$|[\s_-])", re.I)
ROW_TEXT = 2000  # one meeting's row (its name, date, place, documents) is shorter than this
MAX_LINE_ENTRIES = 60  # a line of dated agenda links holds a year of meetings, not thousands
# A line is a schedule line when its date comes early or the line is short: a date deep in prose is not one.
DATE_LEADS_WITHIN = 40
SHORT_LINE = 110
SHORT_HEADING = 200
# Column roles, by the words of a table's header cells.
COLUMN_ROLES = (
    ("duration", re.compile(r"\b(?:duration|running time)\b", re.I)),  # not "length": a swim's is 50 m
    ("date", re.compile(r"\b(?:date|day|when)\b", re.I)),
    ("time", re.compile(r"\b(?:time|start|hour)s?\b", re.I)),
    ("location", re.compile(r"\b(?:location|place|where|venue|address|room)\b", re.I)),
    ("title", re.compile(r"\b(?:meeting|event|name|title|description|body|committee|subject|type|board)\b", re.I)),
    ("status", re.compile(r"\b(?:status|notes?)\b", re.I)),
)
# A dated column that says when something else happens: a member's term, a filing deadline, a posting.
NOT_MEETING_COLUMN = re.compile(
    r"\b(?:term|terms|expires?|expiration|ends?|deadline|due|posted|updated|adopted|approved|appointed|born|"
    r"filed|effective|published|birth)\b",
    re.I,
)
HEADER_CELL = 40
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
MONTH_SPAN = re.compile(
    rf"\b(?P<first>{_MONTH_NAME})\.?\s+(?:through|thru|to|until|[-–—])\s+(?P<last>{_MONTH_NAME})\b", re.I
)
# A "Duration" cell: "01h 45m", "1 hr 45 min", "45 min", "1:45" (hours and minutes). A meeting's, not a day's.
DURATION = re.compile(
    r"^\s*(?:(?P<h>\d{1,2})\s*(?:h|hrs?|hours?)\b\.?\s*)?(?:(?P<m>\d{1,3})\s*(?P<unit>m|mins?|minutes?)\b\.?)?\s*$"
    r"|^\s*(?P<hc>\d{1,2}):(?P<mc>[0-5]\d)(?::[0-5]\d)?\s*$",
    re.I,
)
MAX_DURATION = dt.timedelta(hours=16)
QUALIFIER_LENGTH = 60  # a place name or a topic, not a paragraph  # a header cell is a short label ("Date", "Term Ends"), not a sentence
# "Meetings are held at …", "all meetings start at 9:30 AM in Room 407": the page's own defaults.
DEFAULTS_SENTENCE = re.compile(r"\b(?:meet|meets|meetings?|hearings?|sessions?|convenes?)\b", re.I)
NOT_DEFAULTS = re.compile(r"\b(?:hours|office|call|phone|email|deadline|submit|due|registration)\b", re.I)
# A place's name may hold an abbreviation's dot ("St. Mel's Church", "E. 9th St."): not the sentence's end.
_PLACE_CHAR = r"(?:[^.;]|(?:(?<=\bSt)|(?<=\bAve)|(?<=\bRd)|(?<=\bMt)|(?<=\bDr)|(?<=\bBlvd)|(?<=\b[A-Z]))\.)"
DEFAULT_PLACE = re.compile(
    r"\b(?:held|meets?|meet|located|take place|takes place|convenes?|starts?|begins?)\b[^.;]*?\b(?:at|in)\s+"
    rf"(?!\d{{1,2}}(?::\d\d)?\s*[aApP]\.?[mM])(?P<place>(?:the\s+)?[A-Z0-9]{_PLACE_CHAR}{{3,120}}?)"
    r"(?=,\s+located\b|\s+(?:at|every|beginning|starting|unless|and\s+(?:begins?|starts?|commences?|convenes?)|"
    r"on\s+(?:[a-z]+days?|the\s+(?:first|second|third|fourth|last)))\b"
    r"|[.;]|$)",
)
# "The Board of Zoning Appeals meets on Monday mornings …": the name before the verb, when it is a body's name.
MEETS_SUBJECT = re.compile(
    r"^\s*(?:[Tt]he\s+)?(?P<subject>[A-Z][\w&'’./-]*(?:\s+[\w&'’./-]+){0,9}?)\s+"
    r"(?:meets|meet|convenes|will\s+meet|holds\s+(?:its\s+)?(?:regular\s+)?meetings)\b"
)
BODY_NAME = re.compile(
    r"\b(?:board|commission|committee|council|authority|trustees|task force|district|caucus|panel|assembly|"
    r"directors|advisory|commissioners)\b",
    re.IGNORECASE,
)
# Words a sentence does not end on: "St. Mel's Church", "5000 Euclid Ave. Suite 2", "E. 9th Street".
ABBREVIATION = re.compile(
    r"(?:^|\s)(?:st|ave|rd|blvd|dr|ln|ct|pl|sq|hwy|pkwy|mt|ft|no|rm|ste|bldg|dept|mr|mrs|ms|dr|[A-Z])\.$"
    r"|\d\s?[ap]\.m\.$",  # "at 10:00 a.m. during the months of …": the time, not the sentence's end
    re.I,
)
HEADING_ABOVE = "preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6][1]"
MIN_ROWS = 2  # one dated row is a lone date, not a schedule
# What is left of a date line that says how to attend ("Via Webinar", "Sacramento and via Zoom"): a place.
REMOTE_PLACE = re.compile(
    r"^(?:[\w.'’-]+\s+and\s+)?(?:via|by)\s+(?:webinar|zoom|teleconference|video\s?conference|webex|"
    r"gotowebinar|microsoft\s+teams|teams|phone|telephone|livestream|live\s?stream)\b",
    re.I,
)
# Under a heading that is only a date ("November 3(TH), 2022"), the lines up to the next date say the rest:
# the meeting's name, its hours ("9:00am-2:30pm"), its place and address, its documents.
BELOW_LINES = 12
STATUS_ONLY = re.compile(r"^\W*(?:cancel+ed|postponed|rescheduled|tentative|virtual|in person|hybrid)\W*$", re.I)
DASH_LEAD = re.compile(r"^\s*[-–—]\s")  # " - Santa Barbara": what follows a date after a spaced dash
NAME_BEFORE_DATE = 120
ATTEND_AFTER = re.compile(r"\s*:\s*(?=(?:via|by)\s)", re.I)  # "… PFA: VIA ZOOM Web Link …": how to attend follows
# "Posted Aug 8, 2022 4:53 PM", "updated on 3/1/2022": a note of when, followed by its date ("Amended Agenda –
# 6:00 PM" is the meeting's time).
POSTING = re.compile(
    r"\b(?:posted|updated|published|uploaded)\s+(?:on\s+)?(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"mon|tue|wed|thu|fri|sat|sun|\d))",
    re.I,
)
WORDING = 120  # a line kept as the source's wording of a title cut out of it ("February 2- Board Meeting")
BELOW_LINE_LENGTH = 100
ADDRESS = re.compile(
    r"\b\d{1,6}\s+(?:[NSEW]\.?\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}\s+(?:street|st|avenue|ave|road|rd|boulevard|blvd|"
    r"drive|dr|way|lane|ln|place|pl|court|ct|parkway|pkwy|highway|hwy)\b\.?|\b[A-Z]{2}\s+\d{5}\b",
    re.I,
)
# Where an entry was read, and how much that alone says it is an event (a time, documents and a place add).
CONFIDENCE = {
    "table-header": 0.8,
    "table": 0.65,
    "list": 0.6,
    "month": 0.6,
    "single-close": 0.6,
    "options": 0.55,
    "lone": 0.35,
}
# A list line with a date and nothing else that says "event" (no time, document, place, nor a meeting or
# event word in it or its heading): news and notices are dated list lines too. Below the 0.5 bar: held.
BARE_LIST_CONFIDENCE = 0.45
BARE_LIST_STRUCTURES = frozenset({"list", "month"})
# A dated line that reads as news (a news heading, an article's link, a headline): held for a moderator.
NEWS_CONFIDENCE = 0.3


@dataclasses.dataclass(slots=True)
class Entry:
    """One meeting read from a row or line: local date and time, what it says, how sure the reading is."""

    day: dt.date
    time: dt.time | None = None
    end_time: dt.time | None = None
    title: str | None = None  # its own; None takes the schedule's (the section or page heading)
    location: str | None = None
    links: list[dict[str, str]] = dataclasses.field(default_factory=list)
    url: str | None = None
    status: str = "scheduled"
    text: str = ""
    structure: str = "lone"
    evidence: list[str] = dataclasses.field(default_factory=list)
    weekday_agrees: bool | None = None
    line: int = 0  # the line it was read from
    heading: str | None = None  # the section heading above it: the title when the row has none
    heading_line: int | None = None  # that heading's line: a time or place stated in its section is the row's
    qualifier: str | None = None  # a table cell that tells this row's meeting from the others ("Broadview Hts.")
    news: bool = False  # the line reads as news: its date is when it was published
    wording: str | None = None  # the line as the source wrote it, when its title was cut out of it

    def confidence(self) -> float:
        """How many signals agree: the structure it came from, a time, documents, a weekday that fits."""
        score = CONFIDENCE[self.structure]
        if self.structure in BARE_LIST_STRUCTURES and not self.says_event():
            score = BARE_LIST_CONFIDENCE
        score += 0.1 if self.time else 0.0
        score += 0.1 if self.links else 0.0
        score += 0.05 if self.location else 0.0
        score -= 0.2 if self.weekday_agrees is False else 0.0
        if self.news:
            score = min(score, NEWS_CONFIDENCE)
        return round(min(0.95, max(0.05, score)), 2)

    def says_event(self) -> bool:
        """A time, a document, a place, a weekday written with the date (a schedule's way, rarely news's), or a
        meeting or event word in the line, its title or its heading."""
        if self.time or self.links or self.location or self.weekday_agrees is not None:
            return True
        return bool(EVENT_WORDS.search(" ".join(part for part in (self.text, self.title, self.heading) if part)))


@dataclasses.dataclass(frozen=True, slots=True)
class Defaults:
    """A time or place the page states once for every meeting."""

    time: ClockHit | None = None
    place: str | None = None
    said: str = ""
    subject: str | None = None  # "The Board of Zoning Appeals meets …": who meets, a name for its meetings
    # "at 10:00 a.m. during the months of March through October, and at 10:30 a.m. from November through
    # February": a time for each season (months 1-12)
    seasons: tuple[tuple[frozenset[int], ClockHit], ...] = ()

    def time_for(self, day: dt.date) -> ClockHit | None:
        return next((clock for months, clock in self.seasons if day.month in months), self.time)


def page_defaults(lines: list[Line]) -> Defaults:
    """The first sentence about when or where meetings are held that names a time or a place."""
    for line in lines:
        found = _defaults_in(line.text)
        if found is not None:
            return found
    return Defaults()


def sentences(text: str) -> list[str]:
    """``text`` split after "." or ";", except after an abbreviation ("St. Mel's", "E. 9th St.")."""
    found: list[str] = []
    for piece in re.split(r"(?<=[.;])\s+", text):
        if found and ABBREVIATION.search(found[-1]):
            found[-1] = f"{found[-1]} {piece}"
        else:
            found.append(piece)
    return found


def _defaults_in(text: str) -> Defaults | None:
    """The time and the place one paragraph states for all meetings, from its first sentence naming either;
    a later sentence of the paragraph fills what that one leaves out ("The meetings commence at 10:00 a.m.
    … Most meetings are held at the … Board Room")."""
    found: Defaults | None = None
    for sentence in sentences(text):
        if len(sentence) > 300 or not DEFAULTS_SENTENCE.search(sentence) or NOT_DEFAULTS.search(sentence):
            continue
        if find_dates(sentence, year_hint=2000, today=dt.date(2000, 1, 1)):
            continue  # a sentence about one meeting, not all of them
        clock = find_clock(sentence)
        match = DEFAULT_PLACE.search(sentence)
        place = match.group("place").strip() if match else None
        if not (clock or place):
            continue
        if found is None:
            found = Defaults(clock, place, sentence.strip(), meets_subject(sentence), _seasons(sentence))
        elif found.time is None and clock or found.place is None and place:
            said = f"{found.said} {sentence.strip()}"
            found = Defaults(found.time or clock, found.place or place, said, found.subject, found.seasons)
        if found.time and found.place:
            break
    return found


def _months(first: str, last: str) -> frozenset[int]:
    start, end = MONTHS.get(first[:3].lower()), MONTHS.get(last[:3].lower())
    if start is None or end is None:
        return frozenset()
    return frozenset(((start - 1 + step) % 12) + 1 for step in range((end - start) % 12 + 1))


def _seasons(sentence: str) -> tuple[tuple[frozenset[int], ClockHit], ...]:
    """A time for each span of months a sentence gives ("10:00 a.m. … March through October, and 10:30 a.m.
    from November through February"); none unless every time it names has its months."""
    clocks = list(CLOCK.finditer(sentence))[:4]
    if len(clocks) < 2:
        return ()
    seasons = []
    for index, match in enumerate(clocks):
        stretch = sentence[match.end() : clocks[index + 1].start() if index + 1 < len(clocks) else len(sentence)]
        span = MONTH_SPAN.search(stretch)
        clock = find_clock(sentence[match.start() :])
        if span is None or clock is None:
            return ()
        seasons.append((_months(span.group("first"), span.group("last")), ClockHit(clock.start, None, match.span())))
    return tuple(seasons)


def meets_subject(sentence: str) -> str | None:
    """Who a "… meets …" sentence is about, when that is a body's proper name ("Board of Zoning Appeals")."""
    match = MEETS_SUBJECT.match(sentence)
    if not match:
        return None
    subject = " ".join(match.group("subject").split()).strip(SEPARATORS)
    # "The Committee meets": a body's bare kind names nothing; a proper name has another capitalised word.
    named = [word for word in re.findall(r"[A-Z][\w'’]+", subject) if not BODY_NAME.fullmatch(word)]
    return subject if BODY_NAME.search(subject) and named and len(subject) <= 80 else None


# Per section heading: how far its lines were read, and the first statement found (its line, what it says).
SectionMemo = dict[int, tuple[int, int, Defaults | None]]


def section_defaults(lines: list[Line], entry: Entry, memo: SectionMemo | None = None) -> Defaults | None:
    """A time or place stated between the entry's section heading and the entry: its section's own rule. With
    ``memo`` (one per page), each section's lines are read once for all its entries, not once per entry."""
    if entry.heading_line is None:
        return None
    memo = {} if memo is None else memo
    scanned, at, found = memo.get(entry.heading_line, (entry.heading_line + 1, -1, None))
    if found is None:
        for index in range(scanned, min(entry.line, len(lines))):
            found = _defaults_in(lines[index].text)
            if found is not None:
                at = index
                break
        scanned = max(scanned, min(entry.line, len(lines)))
        memo[entry.heading_line] = (scanned, at, found)
    return found if found is not None and at < entry.line else None


def apply_defaults(entries: list[Entry], defaults: Defaults, lines: list[Line] | None = None) -> None:
    """Fill rows without their own time or place from their section's statement, else the page's."""
    memo: SectionMemo = {}
    for entry in entries:
        own = section_defaults(lines, entry, memo) if lines else None
        rule = own or defaults
        clock = rule.time_for(entry.day)
        if entry.time is None and clock is not None:
            entry.time, entry.end_time = clock.start, clock.end
            entry.evidence.append(f"time from the page's own statement: {rule.said!r}")
        place_rule = rule if rule.place else defaults  # a section that says only when: the page says where
        if entry.location is None and place_rule.place:
            entry.location = place_rule.place
            entry.evidence.append(f"place from the page's own statement: {place_rule.said!r}")


def merge_same_meeting(entries: list[Entry]) -> list[Entry]:
    """One meeting per day and section: the same date in an agenda menu and a minutes menu is one meeting.

    Rows merge when they share the day, the section heading and the time (or one has none), and neither has
    a title of its own that the other lacks; the merged row keeps every document and the first row's reading.
    """
    kept: list[Entry] = []
    index: dict[tuple[dt.date, str | None, str | None], Entry] = {}
    named: dict[dt.date, Entry] = {}  # the day's last row with a title of its own
    for entry in entries:
        key = (entry.day, entry.heading, entry.title)
        twin = index.get(key)
        if twin is None and _is_documents_row(entry) and entry.day in named:
            twin = (
                None if _names_another_body(entry, named[entry.day]) else named[entry.day]
            )  # "View/Download October 12th - 13th Meeting Materials": that meeting's
        if twin is None or (twin.time and entry.time and twin.time != entry.time):
            index.setdefault(key, entry)
            kept.append(entry)
            if entry.title and not _is_documents_row(entry):
                named[entry.day] = entry
            continue
        seen = {link["url"] for link in twin.links}
        twin.links += [link for link in entry.links if link["url"] not in seen]
        twin.time, twin.end_time = twin.time or entry.time, twin.end_time or entry.end_time
        twin.location = twin.location or entry.location
        twin.evidence.append(f"the same day read again from line {entry.line + 1}: its documents joined to this one")
    return kept


def _names_another_body(documents: Entry, meeting: Entry) -> bool:
    """A documents row of another body than the day's meeting ("Planning Commission Agenda" beside "City Council
    Regular Meeting"): its words name a body, and not with the meeting's words."""
    said = " ".join([documents.title or "", *(link.get("label", "") for link in documents.links)])
    if not BODY_WORDS.search(said):
        return False
    own = {word.lower() for word in re.findall(r"[^\W\d_]{3,}", meeting.title or "")}
    words = re.findall(r"[^\W\d_]{3,}", DOCUMENT_WORD.sub(" ", said))
    return any(word.lower() not in own for word in words if word[0].isupper())


def _is_documents_row(entry: Entry) -> bool:
    """A row that is only links to a meeting's documents ("View/Download … Meeting Materials", "Agenda")."""
    return bool(entry.links) and entry.time is None and (entry.title is None or bool(DOCUMENT_WORD.search(entry.title)))


# --- lines --------------------------------------------------------------------------------------------------
@dataclasses.dataclass(slots=True)
class _Context:
    today: dt.date
    year: int | None = None
    month: tuple[int, int] | None = None
    section: Line | None = None  # the nearest heading above (without a date of its own)


def _links(anchors: list[Anchor], heading: str | None, title: str | None) -> tuple[list[dict[str, str]], str | None]:
    """The line's document links (labelled) and, apart, a link that is the event's own page."""
    links, url = [], None
    for anchor in anchors:
        if anchor.href.startswith(("mailto:", "tel:")):
            continue
        if title and anchor.text and anchor.text in title and not is_document_link(anchor.text, anchor.href):
            url = url or anchor.href
            continue
        links.append({"label": document_label(anchor.text, anchor.href, heading), "url": anchor.href})
    return links, url


def _before_posting(text: str) -> str:
    """The text up to a note of when the page or document was posted ("Aug 11, 2022 — Posted Aug 8, 2022
    4:53 PM"): a time after it is the posting's, not the meeting's."""
    note = POSTING.search(text)
    return text[: note.start()] if note else text


def _clock_near(text: str, hit: DateHit) -> tuple[ClockHit | None, tuple[int, int] | None]:
    """The time written after the date ("June 3 at 7 pm"), else before it ("7 pm, June 3"), with its span."""
    after = find_clock(_before_posting(text[hit.end :]))
    if after is not None:
        return after, (after.span[0] + hit.end, after.span[1] + hit.end)
    before = find_clock(text[: hit.start])
    return before, (before.span if before else None)


def _entry_from(
    line: Line, hit: DateHit, rest_spans: list[tuple[int, int]], heading: str | None, *, several: bool = False
) -> Entry:
    clock, clock_span = _clock_near(line.text, hit)
    spans = [(hit.start, hit.end), *rest_spans, *([clock_span] if clock_span else [])]
    labels = [anchor.text for anchor in line.anchors if anchor.text and is_document_link(anchor.text, anchor.href)]
    title, place = split_place(without_status(residue(line.text, spans, labels)))
    named = _name_date_place(line.text, hit, clock_span)
    if named is not None and not place:  # "Commission Meeting: October 12 - 13, 2022 - Santa Barbara"
        title, place = named
    if STATUS_ONLY.match(title):  # "Thursday, May 19, 2022 (CANCELED)": a status, the schedule's meeting
        title = ""
    if REMOTE_PLACE.match(title) and not place:  # "February 3rd, 2022 - Via Webinar": how to attend, not what
        title, place = "", title
    own_title = title if meaningful(title) else None
    anchors = _anchors_of(line, hit) if several else line.anchors
    links, url = _links(anchors, heading, own_title)
    written = " ".join(line.text.split())
    wording = written if own_title and not several and written != own_title and len(written) <= WORDING else None
    return Entry(
        day=hit.date,
        time=clock.start if clock else None,
        end_time=clock.end if clock else None,
        title=own_title,
        location=place or None,
        links=links,
        url=url,
        status=status_in(line.text),
        text=line.text,
        weekday_agrees=hit.weekday_agrees,
        line=line.index,
        heading=heading,
        wording=wording,
    )


def _name_date_place(text: str, hit: DateHit, clock_span: tuple[int, int] | None) -> tuple[str, str] | None:
    """("Commission Meeting", "Santa Barbara - Cabrillo Pavilion") from "Commission Meeting: October 12(W) -
    13(TH), 2022 - Santa Barbara - Cabrillo Pavilion": a name before the date, a place after a dash."""
    before = text[: hit.start].strip(SEPARATORS)
    after_start = max(hit.end, clock_span[1] if clock_span and clock_span[0] >= hit.end else hit.end)
    after = text[after_start:]
    if not DASH_LEAD.match(after) or not meaningful(before) or len(before) > NAME_BEFORE_DATE:
        return None
    place = after.strip(SEPARATORS)
    if not meaningful(place) or DOCUMENT_WORD.search(place) or find_clock(place) or not _looks_like_place(place):
        return None
    return before, place


# Words about who may come or what it costs ("Members only", "Free, all ages welcome"): not a place.
NOT_PLACE = re.compile(
    r"\b(?:only|free|required|welcome|tickets?|registration|register|rsvp|members|ages?|open\s+to|sold\s+out|"
    r"cost|fee|donations?)\b",
    re.I,
)
PLACE_NOUN = re.compile(
    r"\b(?:hall|room|park|library|cent(?:er|re)|church|school|pavilion|auditorium|chambers?|building|theat(?:er|re)|"
    r"museum|gallery|stadium|arena|club|cafe|café|pub|bar|campus|plaza|square|field|courthouse|office)\b",
    re.I,
)


def _looks_like_place(text: str) -> bool:
    """A place's name or address ("Santa Barbara - Cabrillo Pavilion", "Room 3", "12 Oak St"), not a remark."""
    if NOT_PLACE.search(text) or _is_sentence(text):
        return False
    if ADDRESS.search(text) or PLACE_NOUN.search(text) or REMOTE_PLACE.match(text):
        return True
    words = [word for word in re.findall(r"[^\W\d_][\w'’.]*", text) if word.lower() not in ("of", "the", "and", "de")]
    return bool(words) and len(words) <= 8 and all(word[0].isupper() for word in words)


def _anchors_of(line: Line, hit: DateHit) -> list[Anchor]:
    """On a line of several dates, the links whose text is that date ("January 14" → its agenda)."""
    written = line.text[hit.start : hit.end].strip()
    if not written:
        return []
    alone = re.compile(rf"(?<![\w]){re.escape(written)}(?![\w])")  # "July 2" is not in "July 20"
    return [anchor for anchor in line.anchors if alone.search(anchor.text)]


def _is_schedule_line(line: Line, hits: list[DateHit]) -> bool:
    if not hits or PAGE_DATES.search(line.text[: hits[0].start + 1]):
        return False
    short = SHORT_HEADING if line.is_heading else SHORT_LINE  # a heading is a line however long its place
    return hits[0].start <= DATE_LEADS_WITHIN or len(line.text) <= short


def _is_section_heading(line: Line) -> bool:
    return line.is_heading and not find_dates(line.text, year_hint=2000, today=dt.date(2000, 1, 1))


def _month_line(line: Line, context: _Context) -> list[DateHit]:
    """A day number under a "January 2024" heading, as a date hit over the day's digits."""
    if context.month is None:
        return []
    lead = leading_day(line.text)
    if lead is None:
        return []
    year, month = context.month
    try:
        day = dt.date(year, month, lead[0])
    except ValueError:
        return []
    return [DateHit(day, lead[1], lead[2], True, None)]


def _update_context(line: Line, context: _Context) -> bool:
    """Year and month headings set the context for the lines under them; True when the line was one."""
    month = month_heading(line.text)
    if month is not None:
        context.month, context.year = month, month[0]
        return True
    year = bare_year(line.text, context.today) if (line.is_heading or len(line.text) <= 60) else None
    if year is not None:
        context.year, context.month = year, None
        return True
    if line.is_heading and line.level < PSEUDO_HEADING:
        context.month = None
    return False


def _line_entries(line: Line, context: _Context) -> list[Entry]:
    hits = find_dates(line.text, year_hint=context.year, today=context.today)
    structure = "list"
    day_first = _month_line(line, context)  # "11 – Regular meeting (moved to Feb 18)": the 11th is the meeting
    if day_first and (not hits or hits[0].start >= day_first[0].end):
        hits, structure = day_first, "month"
    if not _is_schedule_line(line, hits):
        return []
    section = context.section
    heading = section.text if section is not None else None
    written = find_dates(line.text, year_hint=context.year, today=context.today) if structure == "month" else hits
    spans = sorted({(hit.start, hit.end) for hit in (*hits, *written)})
    mostly_dates = len(hits) > 1 and len(residue(line.text, spans, [])) <= 30
    chosen = hits[:MAX_LINE_ENTRIES] if mostly_dates else hits[:1]
    entries = []
    for hit in chosen:
        rest = [span for span in spans if span != (hit.start, hit.end)]
        entry = _entry_from(line, hit, rest, heading, several=len(chosen) > 1)
        entry.heading_line = section.index if section is not None else None
        entry.structure = "options" if line.kind == "option" else structure
        how = "a menu option" if line.kind == "option" else f"a {line.kind} line"
        entry.evidence.append(f"date {hit.date.isoformat()} read from {how}: {line.text[:120]!r}")
        if not hit.year_written:
            entry.evidence.append(f"year {hit.date.year} taken from the context (no year written)")
        if hit.weekday_agrees is False:
            entry.evidence.append("the weekday written beside the date does not fall on it: the year may be wrong")
        hrefs = [anchor.href for anchor in line.anchors]
        news = reads_as_news(line.text, entry.title, heading, hrefs, timed=entry.time is not None)
        if news:
            entry.news = True
            entry.evidence.append(
                f"held: the line reads as news, not a meeting ({news}); its date is when it was published"
            )
        entries.append(entry)
    return entries


def line_entries(lines: list[Line], *, today: dt.date, skip_blocks: set[Any]) -> list[Entry]:
    """Entries from every schedule line; lines inside ``skip_blocks`` (tables already read) are left out."""
    context = _Context(today=today)
    entries: list[Entry] = []
    groups: Counter[Any] = Counter()
    for line in lines:
        if _is_section_heading(line):
            context.section = line  # however far above: a long menu of dates is still under its heading
        if line.aside or _inside(line, skip_blocks):
            continue  # an "Upcoming events" sidebar lists other events, not this page's meetings
        if _ends_an_event(line, lines):
            continue  # "End date: 9/5/2019-11:30 PM" is when a meeting is over, not another meeting
        if _update_context(line, context):
            continue
        found = _line_entries(line, context)
        if len(found) == 1 and line.is_heading:
            _read_below(found[0], lines, line)
        elif len(found) == 1 and found[0].title is None:
            _name_in_row(found[0], lines, line)
        groups[_group_of(line)] += len(found)
        entries += found
    # Lists of one shape ("<ul class='listitems'>" under each month heading) are one schedule however few
    # dated lines each holds: a month with one meeting is not a lone date.
    shapes: Counter[tuple[str, str]] = Counter()
    for group, count in groups.items():
        shapes[_shape_of(group)] += count
    for entry, line in ((entry, lines[entry.line]) for entry in entries):
        group = _group_of(line)
        if groups[group] < MIN_ROWS and shapes[_shape_of(group)] < MIN_ROWS and entry.structure == "list":
            entry.structure = "lone"
    return entries


def _shape_of(group: Any) -> tuple[str, str]:
    """A list's tag and class: lists written by one template share it. A bare <div> or <p> shares nothing."""
    if group is None or not isinstance(group.tag, str):
        return ("", str(id(group)))
    classes = (group.get("class") or "").strip()
    if group.tag not in ("ul", "ol", "dl", "tbody", "table") and not classes or POST_META.search(classes):
        return (group.tag, str(id(group)))  # a post's byline list ("ul.meta") is each post's own, no schedule
    return (group.tag, classes)


def _read_below(entry: Entry, lines: list[Line], heading: Line) -> None:
    """A date heading's meeting: its name, hours, place and documents from the lines under it, up to the next
    date or the next heading of its rank."""
    places: list[str] = []
    titled = entry.title is not None
    placing = True  # the place is the short lines after the name, up to the first that is not one
    for line in lines[heading.index + 1 : heading.index + 1 + BELOW_LINES]:
        if find_dates(line.text, year_hint=2000, today=dt.date(2000, 1, 1)):
            break
        if line.is_heading and line.level <= heading.level and not line.anchors:
            break  # the next section (a bold line of links is not one)
        text = line.text.strip()
        clock = _hours_line(text)
        if entry.title is not None and titled:  # a titled heading: only its hours and documents are below
            if clock is not None and entry.time is None:
                entry.time, entry.end_time = clock.start, clock.end
            entry.links += _document_links(line)
            continue
        if clock is not None and entry.time is None:
            entry.time, entry.end_time = clock.start, clock.end
            entry.evidence.append(f"time read from the line under the date: {text[:60]!r}")
        elif entry.title is None and not line.anchors and len(text) <= BELOW_LINE_LENGTH and meaningful(text):
            entry.title = without_status(text)
            entry.evidence.append(f"title read from the line under the date: {text[:60]!r}")
        elif entry.title is not None and not line.anchors and clock is None and placing:
            placing = len(text) <= BELOW_LINE_LENGTH and not _is_sentence(text)
            places += [text] if placing else []
        entry.links += _document_links(line)
    if entry.location is None and any(ADDRESS.search(place) for place in places):
        entry.location = ", ".join(places[:4])


def _is_sentence(text: str) -> bool:
    """Prose ("We bought seeds at 123 Main Street, the old hardware store."), not a name or an address line."""
    return text.rstrip().endswith((".", "!", "?")) and len(text.split()) > 4


def _hours_line(text: str) -> ClockHit | None:
    """The hours a line under a date heading gives when it is only a time or a range ("9:00am-2:30pm", "9:30AM -
    Via Webinar"), not a sentence that names an hour ("I woke at 7 am to water them before work.")."""
    if len(text) > BELOW_LINE_LENGTH or _is_sentence(text):
        return None
    clock = find_clock(text)
    if clock is None:
        return None
    rest = residue(text, [clock.span], [])
    return clock if len(rest) <= 30 and len(rest.split()) <= 4 else None


def _name_in_row(entry: Entry, lines: list[Line], line: Line) -> None:
    """A line that holds only the date (a link "Sep 6, 2022 6:30 PM") in a row of its own (IQM2's
    "div.MeetingRow"): the meeting's name is the row's first line below it that is neither a document link
    nor a date ("Mayor and Council - Regular Meeting"). The row is what holds both lines and no other date."""
    if line.block is None:
        return
    for below in lines[line.index + 1 : line.index + 1 + BELOW_LINES]:
        text = below.text.strip()
        if below.is_heading or below.block is None or find_dates(text, year_hint=2000, today=dt.date(2000, 1, 1)):
            return
        if below.anchors or not meaningful(text) or BYLINE.search(text):
            continue  # "Agenda", "Agenda Packet", "Video": the row's documents; "By Anna", "4 comments"
        if len(text) > BELOW_LINE_LENGTH or not _one_date_holds(line.block, below.block):
            return
        entry.title = without_status(text)
        entry.evidence.append(f"title read from the line under the date in its row: {text[:60]!r}")
        anchor = line.anchors[0] if len(line.anchors) == 1 else None
        if anchor is not None and entry.url is None and anchor.text == line.text.strip():
            entry.url = anchor.href  # the date is the link to the meeting's own page, not a document
            entry.links = [link for link in entry.links if link["url"] != anchor.href]
        return


def _one_date_holds(first: Any, second: Any) -> bool:
    """Whether the nearest element holding both holds one date only: one meeting's row, not a list of them."""
    above = [first, *first.iterancestors()]  # held, so that each element keeps its one proxy
    row = next((element for element in (second, *second.iterancestors()) if any(element is a for a in above)), None)
    if row is None or row.tag in ("body", "html"):
        return False
    text = _bounded_text(row, ROW_TEXT)
    return text is not None and len(find_dates(text, year_hint=2000, today=dt.date(2000, 1, 1))) == 1


def _bounded_text(element: Any, limit: int) -> str | None:
    """The element's text, or None when it is longer than ``limit`` (a list of meetings, not one's row): read
    only so far, so that asking for each date line of a long page costs the row, not the page."""
    parts, size = [], 0
    for piece in element.itertext():
        size += len(piece) + 1
        if size > limit:
            return None
        parts.append(piece)
    return " ".join(parts)


def _document_links(line: Line) -> list[dict[str, str]]:
    return [
        {"label": document_label(anchor.text, anchor.href, None), "url": anchor.href}
        for anchor in line.anchors
        if not anchor.href.startswith(("mailto:", "tel:"))
    ]


def _ends_an_event(line: Line, lines: list[Line]) -> bool:
    """A line labelled as an end: "Ends: …" itself, or the value under a "End date:" label (a <dt>/<dd> pair)."""
    label = END_LABEL.match(line.text)
    if label is not None:
        return True
    above = lines[line.index - 1] if line.index > 0 else None
    if above is None:
        return False
    label = END_LABEL.match(above.text)
    return label is not None and label.end() >= len(above.text.rstrip())


def _inside(line: Line, blocks: set[Any]) -> bool:
    if line.block is None or not blocks:
        return False
    return line.block in blocks or any(ancestor in blocks for ancestor in line.block.iterancestors())


def _group_of(line: Line) -> Any:
    """Lines of one list: items of one <ul>, paragraphs side by side, lines of one <p> split at <br>."""
    return line.block.getparent() if line.block is not None else None


# --- tables -------------------------------------------------------------------------------------------------
def _cells(row: Any) -> list[Any]:
    return [cell for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")]


def _cell_text(cell: Any) -> str:
    return " ".join((cell.text_content() or "").split())


def _roles(header: list[str]) -> dict[int, str]:
    roles: dict[int, str] = {}
    for column, text in enumerate(header):
        for role, pattern in COLUMN_ROLES:
            if pattern.search(text) and role not in roles.values():
                roles[column] = role
                break
    return roles


def _header(rows: list[Any], today: dt.date) -> tuple[list[str], int]:
    """The header cells' texts and the index of the first data row ([] and 0 without a header).

    A header row is all <th>, or names a date column, or is a row of short bold labels ("<td><strong>Name
    </strong></td><td><strong>Term Ends</strong></td>"), as tables typed into a CMS are written.
    """
    for index, row in enumerate(rows[:3]):
        cells = _cells(row)
        texts = [_cell_text(cell) for cell in cells]
        if any(find_dates(text, year_hint=today.year, today=today) for text in texts):
            return [], 0
        if cells and (all(cell.tag == "th" for cell in cells) or "date" in _roles(texts).values()):
            return texts, index + 1
        if len(cells) > 1 and all(_is_label_cell(cell, text) for cell, text in zip(cells, texts, strict=True)):
            return texts, index + 1
    return [], 0


def _is_label_cell(cell: Any, text: str) -> bool:
    if not text or len(text) > HEADER_CELL:
        return False
    bold = " ".join(" ".join((node.text_content() or "").split()) for node in cell.iter("strong", "b"))
    return bold.strip() == text


@dataclasses.dataclass(slots=True)
class _Table:
    header: list[str]
    roles: dict[int, str]
    base: str | None
    today: dt.date
    year: int | None = None  # the year its caption or heading names ("2022", "2022 JDAMA Meetings")


def _row_date(texts: list[str], table: _Table) -> tuple[DateHit | None, int]:
    date_columns = [column for column, role in table.roles.items() if role == "date"]
    for column in [*date_columns, *range(len(texts))]:
        if column < len(texts):
            hits = find_dates(texts[column], year_hint=table.year, today=table.today)
            if hits:
                return hits[0], column
    return None, -1


def _row_anchors(cells: list[Any], table: _Table) -> list[tuple[Anchor, str | None]]:
    found = []
    for column, cell in enumerate(cells):
        heading = table.header[column] if column < len(table.header) else None
        for node in cell.iter("a"):
            url = absolute_url(node.get("href"), table.base)
            if url:
                found.append((Anchor(" ".join((node.text_content() or "").split()), url), heading))
    return found


def _table_entry(cells: list[Any], table: _Table) -> Entry | None:
    texts = [_cell_text(cell) for cell in cells]
    hit, date_column = _row_date(texts, table)
    if hit is None:
        return None
    if date_column < len(table.header) and NOT_MEETING_COLUMN.search(table.header[date_column]):
        return None  # "Term Ends: 8/31/2020" is when a member's term ends, not a meeting
    role_of = {role: column for column, role in table.roles.items()}
    time_text = texts[role_of["time"]] if role_of.get("time", 99) < len(texts) else texts[date_column]
    clock = find_clock(_before_posting(time_text)) or find_clock(_before_posting(texts[date_column][hit.end :]))
    end_time = clock.end if clock else None
    if clock and end_time is None and role_of.get("duration", 99) < len(texts):
        end_time = _end_after(clock.start, texts[role_of["duration"]])
    title_column = role_of.get("title")
    title = texts[title_column] if title_column is not None and title_column < len(texts) else None
    if title_column is None and date_column < len(cells):
        title = _cell_name(cells[date_column], texts[date_column], hit) or _named_link(cells[date_column], table)
    place_column = role_of.get("location")
    links, url = [], None
    for anchor, heading in _row_anchors(cells, table):
        if title and anchor.text and anchor.text == title and not is_document_link(anchor.text, anchor.href):
            url = url or anchor.href
        elif not anchor.href.startswith(("mailto:", "tel:")):
            links.append({"label": document_label(anchor.text, anchor.href, heading), "url": anchor.href})
    entry = Entry(
        day=hit.date,
        time=clock.start if clock else None,
        end_time=end_time,
        qualifier=_qualifier(cells, texts, table, date_column),
        title=title if title and meaningful(title) else None,
        location=(texts[place_column] or None) if place_column is not None and place_column < len(texts) else None,
        links=links,
        url=url,
        status=status_in(" ".join(texts)),
        text=" | ".join(texts),
        structure="table-header" if "date" in table.roles.values() else "table",
        weekday_agrees=hit.weekday_agrees,
    )
    column_name = table.header[date_column] if date_column < len(table.header) else "a cell"
    entry.evidence.append(f"date {hit.date.isoformat()} read from a table row ({column_name!r}): {entry.text[:120]!r}")
    return entry


def _cell_name(cell: Any, text: str, hit: DateHit) -> str | None:
    """The date cell's own words beside the date, its time and its links, when they name an event ("March 5,
    2026 <a>Register for the Sales Meeting</a> Product launch party"): preferred to a link's words."""
    clock = find_clock(text[hit.end :])
    spans = [(hit.start, hit.end), *([(clock.span[0] + hit.end, clock.span[1] + hit.end)] if clock else [])]
    labels = [" ".join((node.text_content() or "").split()) for node in cell.iter("a")]
    own = residue(text, spans, labels)
    return own if len(own) <= WORDING and meaningful(own) and EVENT_WORDS.search(own) else None


def _named_link(cell: Any, table: _Table) -> str | None:
    """With no title column, a link beside the date whose words name a meeting ("Regular Joint Meeting of the
    Avenal City Council / Successor Agency/ PFA: VIA ZOOM Web Link …"): the name, up to how to attend. A link
    that names a document ("Agenda") or carries a date is not one."""
    for node in cell.iter("a"):
        if not absolute_url(node.get("href"), table.base):
            continue
        text = " ".join((node.text_content() or "").split())
        name = ATTEND_AFTER.split(text, maxsplit=1)[0].strip(SEPARATORS)
        if (
            len(name) <= WORDING
            and GATHERING_WORDS.search(" ".join(name.split()[:LINK_NAME_WORDS]))
            and not ABOUT_A_MEETING.search(name)
            and not DOCUMENT_WORD.search(name)
            and not find_dates(name, year_hint=None, today=table.today)
        ):
            return name
    return None


# A link beside the date names the meeting when a gathering word comes in its first words ("Regular Joint
# Meeting of …"), not when it is about one ("Photos from last year's Leadership Summit", "Register for …").
LINK_NAME_WORDS = 4
ABOUT_A_MEETING = re.compile(
    r"\b(?:photos?|pictures?|gallery|register|registration|recap|video|watch|slides|tickets?|sign\s+up|rsvp|"
    r"highlights|review)\b",
    re.I,
)


def _end_after(start: dt.time, written: str) -> dt.time | None:
    """The end a "Duration" cell gives ("01h 45m" after 5:32 PM: 7:17 PM); none for nought or past midnight."""
    match = DURATION.match(written)
    if not match or not any(match.groupdict().values()):
        return None
    if (match.group("unit") or "").lower() == "m" and not match.group("h"):
        return None  # "50 m" alone may be metres; "01h 45m" is minutes
    hours = int(match.group("h") or match.group("hc") or 0)
    minutes = int(match.group("m") or match.group("mc") or 0)
    length = dt.timedelta(hours=hours, minutes=minutes)
    if not length or length > MAX_DURATION:
        return None
    end = dt.datetime.combine(dt.date(2000, 1, 1), start) + length
    return end.time() if end.date() == dt.date(2000, 1, 1) else None


def _heading_before(table: Any) -> str | None:
    """The table's caption, else the nearest heading above it."""
    caption = table.find("caption")
    if caption is not None and _cell_text(caption):
        return _cell_text(caption)
    found = table.xpath(HEADING_ABOVE)
    return (_cell_text(found[0]) or None) if found else None


def _qualifier(cells: list[Any], texts: list[str], table: _Table, date_column: int) -> str | None:
    """The row's cell under a header that is no date, time, place, title, status or document column ("City"):
    what tells this row's meeting from the others of one body ("Tax Incentive Review Council - Parma")."""
    for column, header in enumerate(table.header):
        if column in table.roles or column == date_column or column >= len(texts) or not texts[column]:
            continue
        if (
            DOCUMENT_WORD.search(header)
            or DOCUMENT_WORD.search(texts[column])
            or next(cells[column].iter("a"), None) is not None
        ):
            continue
        if len(texts[column]) <= QUALIFIER_LENGTH and meaningful(texts[column]):
            return texts[column]
    return None


def _dates_other_things(table: _Table) -> bool:
    """A table whose header names a date column for something else ("Term Ends") and none for meetings."""
    return "date" not in table.roles.values() and any(NOT_MEETING_COLUMN.search(text) for text in table.header)


def _keep_distinguishing(entries: list[Entry]) -> None:
    """A qualifier the same in every row (or in none) tells no meeting from another: it is dropped."""
    if len({entry.qualifier for entry in entries}) < MIN_ROWS:
        for entry in entries:
            entry.qualifier = None


def table_entries(root: Any, *, base: str | None, today: dt.date) -> tuple[list[Entry], set[Any]]:
    """Entries from every innermost table with at least two dated rows, and the tables read."""
    entries: list[Entry] = []
    read: set[Any] = set()
    for element in root.iter("table"):
        if next(element.iterdescendants("table"), None) is not None:
            continue  # a layout table: its inner tables and lines are read instead
        rows = list(element.iter("tr"))
        header, first = _header(rows, today)
        # Rows that write no year ("January 14 10:00 AM EST") are in the year the table's heading names.
        year = bare_year(_heading_before(element) or "", today)
        table = _Table(header=header, roles=_roles(header), base=base, today=today, year=year)
        if _dates_other_things(table):
            read.add(element)  # a members' table ("Term Ends"): neither its rows nor its lines are meetings
            continue
        found = [entry for entry in (_table_entry(_cells(row), table) for row in rows[first:]) if entry]
        # One dated row under a header that names the date column ("Name | Date"): a schedule with one
        # meeting in it (an "Upcoming Events" table), not a lone date.
        if len(found) >= MIN_ROWS or (found and "date" in table.roles.values()):
            heading = _heading_before(element)
            _keep_distinguishing(found)
            for entry in found:
                entry.heading = heading
            entries += found
            read.add(element)
    return entries, read
