"""Schedules on pages without structured data: tables and lines whose rows carry dates. Pure.

A table is read by its header ("Date | Time | Location | Agenda"), or row by row without one. Lines are list
items, paragraph lines split at <br>, menu options and headings that start with (or are little more than) a
date; a "2019" line above year-less dates gives their year, and a "January 2024" heading gives the month of
the day numbers under it ("14 – Regular meeting"). A time or place the page states once for all meetings
("Meetings are held at 601 Lakeside Ave", "all meetings start at 9:30 AM") fills rows that lack their own.

Each entry says how sure the reading is (``confidence``) and why (``evidence``): a table with a date column
is a strong signal, a lone date in a paragraph a weak one.

This module holds the entry, the page's and a section's stated defaults and the merging of a day's rows; the
readers are _page_schedule_lines.py (lines) and _page_tables.py (tables).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from events import statuswords
from sources.adapters._page_body_meets import stated_body
from sources.adapters._page_dates import CLOCK, MONTHS, ClockHit, find_clock, find_dates
from sources.adapters._page_deadline_clocks import heading_clock
from sources.adapters._page_lines import Line
from sources.adapters._page_listed_clock import another_session, listed_clock, listed_place
from sources.adapters._page_loose_lines import loose_row_line
from sources.adapters._page_meet_names import meet_named
from sources.adapters._page_notice_rules import kind_clock, kind_hours
from sources.adapters._page_order import in_page_order
from sources.adapters._page_place_sentences import place_sentence_cut
from sources.adapters._page_start_lines import said_start
from sources.adapters._page_stated_abroad import place_abroad, stated_for_all
from sources.adapters._page_words import EVENT_WORDS, SEPARATORS, meaningful

# A post's byline and counts ("By Anna", "4 comments", "5 min read"): about the post, not a meeting's name.
BYLINE = re.compile(
    r"^\s*(?:by|posted\s+by|written\s+by|author:)\s|^\s*\d+\s+(?:comments?|replies|responses|likes|views)\s*$"
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
    # ... and as other languages head them ("Datum | Bezeichnung | Ort", "Fecha | Evento | Lugar")
    ("date", re.compile(r"\b(?:dates?|day|when|datum|fecha|data|\u0434\u0430\u0442\u0430)\b", re.I)),  # ... "Дата"
    (
        "time",
        re.compile(
            r"\b(?:time|start|hour)s?\b|\b(?:uhrzeit|zeit|beginn|heure|hora|orario|tijd|\u0432\u0440\u0435\u043c\u044f)\b",
            re.I,
        ),
    ),
    (
        "location",
        re.compile(
            r"\b(?:location|place|where|venue|address|room|ort|veranstaltungsort|lieu|lugar|luogo|localit[àa]|locatie|"
            r"plaats|miejsce|místo|plats|sted|paikka|stadium|stadion|arena|\u0441\u0442\u0430\u0434\u0438\u043e\u043d|\u043c\u0435\u0441\u0442\u043e|"
            r"\u0430\u0440\u0435\u043d\u0430|museums?|museo|mus[ée]e|gallery|galerie|library|bibliothek|spielort)(?!\w)",  # ... "Арена"; a venue kind heading its column (batch 110)
            re.I,
        ),
    ),
    # A column headed by the town alone, or with its country ("City", "Stadt", "City, Country"; not "City Council"):
    # the rows' place when no column is headed as one; beside a "Location" column, the town a meeting is about (_roles).
    (
        "town",
        re.compile(
            r"^\W{0,3}(?:city|town|stadt|ville|ciudad|citt[àa]|stad)"
            r"(?:\s{0,3}[,/&]\s{0,3}(?:country|state|region|county|land|pays|pa[ií]s|paese))?\W{0,3}$",
            re.I,
        ),
    ),
    # "What" alone heads a What/Where/When table's names; "What to bring" is a note; a parish's "Gottesdienst in …"
    # (batch 92). Spanish "Nombre (del evento)" is a name; French "Nombre de places", "Nombre d'inscrits" a count.
    (
        "title",
        re.compile(
            r"\b(?:meeting|event|name|title|description|body|committee|subject|type|board|bezeichnung|veranstaltung|"
            r"titel|titre|\u00e9v\u00e9nement|evento|titolo|naam|nome|nom|teams|match|gottesdienst(?:e)?|anlass|ereignis|"
            # Russian: "Команды" (the teams), "Матч", "Мероприятие", "Событие", "Название"
            r"\u043a\u043e\u043c\u0430\u043d\u0434\u044b|\u043c\u0430\u0442\u0447|"
            r"\u043c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u0435|\u0441\u043e\u0431\u044b\u0442\u0438\u0435|"
            r"\u043d\u0430\u0437\u0432\u0430\u043d\u0438\u0435)\b|^what\W*$|"
            r"\bnombre\b(?!\s{0,3}d['\u2019]|\s{1,3}de\s(?!\s{0,3}(?:la|las|el|los)\b))",
            re.I,
        ),
    ),
    ("status", re.compile(r"\b(?:status|notes?)\b", re.I)),
    # A shows table's billed name, the header cell alone ("Date | Artist | Doors | Show"): the rows' title when no
    # column is headed as one (_page_table_header_rows.column_roles; left58). "Artist info", "Act now" are none.
    (
        "billed",
        re.compile(
            r"^\W{0,3}(?:artists?|bands?|performers?|acts?|headliners?|k\u00fcnstler(?:in(?:nen)?)?|artistes?|"
            r"artistas?|line-?up)\W{0,3}$",
            re.I,
        ),
    ),
    # A session's topic alone ("Week | Date | Topic"; not "Topics covered"): the title if none is
    # (_page_table_header_rows.column_roles)
    (
        "topic",
        re.compile(
            r"^\W{0,3}(?:topics?|them[ae]n?|temat?|sujet|th[eè]me|onderwerp|\u0442\u0435\u043c\u0430)\W{0,3}$", re.I
        ),
    ),
)
# A dated column that says when something else happens: a member's term, a filing deadline, a posting.
NOT_MEETING_COLUMN = re.compile(
    r"\b(?:term|terms|expires?|expiration|ends?|deadline|due|posted|updated|adopted|approved|appointed|born|"
    r"filed|effective|published|birth|schonzeit(?:en)?|fangzeit|sperrzeit|laichzeit|(?:closed?|open|fishing|hunting)\s{1,3}season|valid(?:ity)?|g[üu]ltig(?:keit)?)\b",  # a rule's season (batch 110)
    re.I,
)
HEADER_CELL = 40
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
MONTH_SPAN = re.compile(
    rf"\b(?P<first>{_MONTH_NAME})\.?\s+(?:through|thru|to|until|[-–—])\s+(?P<last>{_MONTH_NAME})\b", re.I
)
# A "Duration" cell: "01h 45m", "1 hr 45 min", "45 min", "1:45" (hours and minutes). A meeting's, not a day's.
# Each run of spaces is read whole (what follows it is a digit, a letter or the end): a blank cell's spaces
# are not shared out between the leading and trailing "\s*" (quadratic).
DURATION = re.compile(
    r"^\s*+(?:(?P<h>\d{1,2})\s*+(?:h|hrs?|hours?)\b\.?\s*+)?(?:(?P<m>\d{1,3})\s*+(?P<unit>m|mins?|minutes?)\b\.?)?\s*$"
    r"|^\s*+(?P<hc>\d{1,2}):(?P<mc>[0-5]\d)(?::[0-5]\d)?\s*$",
    re.I,
)
MAX_DURATION = dt.timedelta(hours=16)
QUALIFIER_LENGTH = 60  # a place name or a topic, not a paragraph  # a header cell is a short label ("Date", "Term Ends"), not a sentence
# "Meetings are held at …", "all meetings start at 9:30 AM in Room 407": the page's own defaults.
DEFAULTS_SENTENCE = re.compile(r"\b(?:meet|meets|meetings?|hearings?|sessions?|convenes?)\b", re.I)
# …nor one asking to contact someone by a time ("Please contact … at jdoe@city.gov by 11 a.m. the morning of the
# meeting"): that time is a deadline.
NOT_DEFAULTS = re.compile(r"\b(?:hours|office|call|phone|email|contact|deadline|submit|due|registration)\b|\w@\w", re.I)
# A place's name may hold an abbreviation's dot ("St. Mel's Church", "E. 9th St."): not the sentence's end.
_PLACE_CHAR = r"(?:[^.;]|\.(?=,)|(?:(?<=\bSt)|(?<=\bAve)|(?<=\bRd)|(?<=\bMt)|(?<=\bDr)|(?<=\bBlvd)|(?<=\b[A-Z]))\.)"
_DEFAULT_VERB = r"\b(?:held|meets?|meet|located|take place|takes place|convenes?|starts?|begins?)\b"
# The sentence is split already (sentences()), so a dot inside it is an abbreviation's ("the David L. Lawrence
# Convention Center"): only the one that ends it ends the place.
# The place after "at"/"in" is looked for up to the next verb only: from there that verb's own match finds the
# same place (no "." or ";" between them), so every verb does not scan the rest of the sentence (quadratic on
# "begin begin …"). Only the place is read (_defaults_in); a match may start at the later verb.
DEFAULT_PLACE = re.compile(
    _DEFAULT_VERB + r"(?:(?!" + _DEFAULT_VERB + r")(?:[^.;]|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.))*?\b(?:at|in)\s++"
    rf"(?!\d{{1,2}}(?::\d\d)?\s*[aApP]\.?[mM])(?P<place>(?:the\s+)?[A-Z0-9]{_PLACE_CHAR}{{3,120}}?)"
    r"(?=,?\s+located\b|\s+(?:at|every|beginning|starting|unless|and\s+(?:begins?|starts?|commences?|convenes?)|"
    r"on\s+(?:[a-z]+days?|the\s+(?:first|second|third|fourth|last)))\b"
    r"|;|\.\s*$|$)",
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
# A line of only a status (events.statuswords) or how to attend: "(CANCELED)", "Abgesagt", "Tentative", "Hybrid".
STATUS_ONLY = re.compile(
    r"^\W*(?:"
    + statuswords.alternation((*statuswords.words(), *statuswords.phrases(), *statuswords.TENTATIVE))
    + r"|virtual|in person|hybrid)\W*$",
    re.I,
)
DASH_LEAD = re.compile(r"^\s*[-–—]\s")  # " - Santa Barbara": what follows a date after a spaced dash
NAME_BEFORE_DATE = 120
# "… PFA: VIA ZOOM Web Link …": how to attend follows. Starts only after a non-space, so a long run of spaces is
# tried once, not from each of its positions.
ATTEND_AFTER = re.compile(r"(?<!\s)\s*:\s*(?=(?:via|by)\s)", re.I)
# "Posted Aug 8, 2022 4:53 PM", "updated on 3/1/2022": a note of when, followed by its date ("Amended Agenda –
# 6:00 PM" is the meeting's time).
POSTING = re.compile(
    r"\b(?:posted|updated|published|uploaded|amended|revised)\s+(?:on\s+)?(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
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
# A text that is a place: a street address, after a name and a dash ("Community Board 3 Office - 59 East 4th
# Street (btwn 2nd Ave and Bowery)", "PS 20 - 166 Essex Street") or alone ("59 East 4th Street").
PLACE_FORM = re.compile(r"(?:[^\W\d][^,;:\-–—]{0,60}?\s[-–—]{1,2}\s)?(?=\d)")


def reads_as_place(text: str) -> bool:
    lead = PLACE_FORM.match(text)
    return lead is not None and ADDRESS.match(text, lead.end()) is not None


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
    end_day: dt.date | None = None  # the last day of a range ("January 6 – March 15, 2026")
    time: dt.time | None = None
    end_time: dt.time | None = None
    end_days: int = 0  # the end is this many days after the day, as the row's range names them ("– Thu 7th 7:30")
    title: str | None = None  # its own; None takes the schedule's (the section or page heading)
    location: str | None = None
    links: list[dict[str, str]] = dataclasses.field(default_factory=list)
    url: str | None = None
    status: str = "scheduled"
    sold_out: bool = False  # a cell of its own says "Sold out" (_page_sold_out)
    text: str = ""
    structure: str = "lone"
    evidence: list[str] = dataclasses.field(default_factory=list)
    weekday_agrees: bool | None = None
    year_written: bool = True  # False: the row writes no year (it was taken from the context or the clock)
    line: int = 0  # the line it was read from
    heading: str | None = None  # the section heading above it: the title when the row has none
    heading_line: int | None = None  # that heading's line: a time or place stated in its section is the row's
    qualifier: str | None = None  # a table cell that tells this row's meeting from the others ("Broadview Hts.")
    news: bool = False  # the line reads as news: its date is when it was published
    wording: str | None = None  # the line as the source wrote it, when its title was cut out of it
    document_name: str | None = None  # its own words, document words only ("Notice and Agenda"): see html.entry_event
    all_day: bool = False  # the row says "All Day": no time is to be filled in from the page
    continued: bool = False  # the row is the rest of an event listed above it ("(Begins Apr 29)")
    labelled: bool = False  # the date is a field's value ("Aika | Ti 20.10.2020"): its row's lines are other fields
    # the day's later sessions the line gives ("09:45 – 11:30 Uhr und 14:00 – 15:45 Uhr"): each its own entry
    sessions: list[ClockHit] = dataclasses.field(default_factory=list)
    online: bool = False  # held online: the page or its row says so, and names no room (_page_remote_meetings)
    closing: bool = False  # the line under its date says something closes that day (_page_closing_lines)

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
    # "at 10:00 a.m. … March through October, and at 10:30 a.m. from November through February": a time a season
    seasons: tuple[tuple[frozenset[int], ClockHit], ...] = ()
    # a start line ("Status call starts at 11:00 am"): the time of the page's untitled meetings, not its titled shows
    untitled_only: bool = False
    # "Regular board meetings … begin at 1 p.m. … Committee meetings … begin at 8:30 a.m.": an hour for each kind
    kinds: tuple[tuple[str, ClockHit], ...] = ()

    def time_for(self, day: dt.date) -> ClockHit | None:
        return next((clock for months, clock in self.seasons if day.month in months), self.time)


def page_defaults(lines: list[Line]) -> Defaults:
    """The first sentence about when or where meetings are held that names a time or a place, else the first
    short line saying when they start ("Status call starts at 11:00 am"), for the untitled meetings only."""
    for index, line in enumerate(lines):
        listed = listed_clock(lines, index)  # "Meetings" over "<li>8 p.m.</li>" (_page_listed_clock)
        if listed is not None:
            place = listed_place(lines, index, ADDRESS)  # "<li>Commission Chambers, …, 710 Washington Road</li>"
            return Defaults(listed, place, f"{lines[index - 1].text}: {line.text.strip()}")
        # a bare date's row is that date's, not the page's statement (_page_loose_lines)
        found = None if loose_row_line(lines, index) else _defaults_in(line.text)
        if found is not None:
            return found
    for line in lines:
        clock = said_start(line.text)
        if clock is not None:
            return Defaults(clock, None, line.text.strip(), untitled_only=True)
    return Defaults(subject=stated_body(part for line in lines for part in sentences(line.text)))  # _page_body_meets


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
        english = bool(DEFAULTS_SENTENCE.search(sentence)) and not NOT_DEFAULTS.search(sentence)
        if len(sentence) > 300 or not (english or stated_for_all(sentence)):  # "Die Sitzungen …", "all matches …"
            continue
        if another_session(sentence) or meet_named(sentence):  # "the Swap Meet from 8:30 am": one meet's hours
            continue  # "6:30 p.m., preceding regularly scheduled meetings": a session's time, not the meetings'
        if find_dates(sentence, year_hint=2000, today=dt.date(2000, 1, 1)):
            continue  # a sentence about one meeting, not all of them
        clock = find_clock(sentence)
        match = DEFAULT_PLACE.search(sentence)
        place = place_sentence_cut(match.group("place").strip()) if match else None  # "… St. Parking is …"
        place = place if english else place_abroad(sentence)  # "im Ratssaal des Rathauses"
        place = place if place and meaningful(place) else None  # "unless otherwise posted in Agenda": no place
        if not (clock or place):
            continue
        if found is None:
            found = Defaults(clock, place, sentence.strip(), meets_subject(sentence), _seasons(sentence))
        elif found.time is None and clock or found.place is None and place:
            said = f"{found.said} {sentence.strip()}"
            found = Defaults(found.time or clock, found.place or place, said, found.subject, found.seasons)
        if found.time and found.place:
            break
    kinds = kind_hours(sentences(text)) if found is not None and found.time is not None else ()
    return dataclasses.replace(found, kinds=kinds) if found is not None and kinds else found


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
    if entry.heading_line not in memo and entry.heading_line < len(lines):
        own = heading_hour(lines[entry.heading_line].text)
        if own is not None:
            memo[entry.heading_line] = (len(lines), entry.heading_line, own)
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


def heading_hour(text: str) -> Defaults | None:
    """The usual hour a section heading states for its group ("Finance Committee – 6:30 PM", "Northside District,
    1 p.m.,"): a short heading with one clock and no date, that hour for the dates under it (before the page's)."""
    if len(text) > 120 or find_dates(text, year_hint=2000, today=dt.date(2000, 1, 1)):
        return None
    clock = heading_clock(text)  # not "Anmeldung bis 9:30 Uhr" (left44), its "Beginn 10 Uhr" (read-through 59)
    if clock is None or clock.start is None:
        return None
    return Defaults(clock, None, text.strip())


def without_heading_hour(heading: str) -> str:
    """A heading that states its group's usual hour, named without it and what follows ("Finance Committee – 6:30
    PM" is "Finance Committee"); any other heading as it is, and as it is when nothing would be left."""
    own = heading_hour(heading)
    if own is None or own.time is None:
        return heading
    name = heading[: own.time.span[0]].strip(" \t,;:-–—|(")
    return name if re.search(r"[^\W\d_]{2,}", name) else heading


def apply_defaults(entries: list[Entry], defaults: Defaults, lines: list[Line] | None = None) -> None:
    """Fill rows without their own time or place from their section's statement, else the page's."""
    memo: SectionMemo = {}
    for entry in entries:
        own = section_defaults(lines, entry, memo) if lines else None
        rule = own or defaults
        clock = kind_clock(rule.kinds, entry.title or entry.heading) or rule.time_for(entry.day)
        if entry.time is None and clock is not None and not entry.all_day and not (rule.untitled_only and entry.title):
            entry.time, entry.end_time = clock.start, clock.end
            entry.evidence.append(f"time from the page's own statement: {rule.said!r}")
        place_rule = rule if rule.place else defaults  # a section that says only when: the page says where
        if entry.location is None and place_rule.place:
            entry.location = place_rule.place
            entry.evidence.append(f"place from the page's own statement: {place_rule.said!r}")


def order_years(
    entries: list[Entry], *, today: dt.date, year: int | None = None, season: tuple[int, int] | None = None
) -> None:
    """The years of one run of rows (a table, a section's lines) read in the order the page lists them: rows
    after a turn of the year in a list sorted by date are in the next year, a season's in its years."""
    anchored = [entry.year_written or entry.weekday_agrees is True for entry in entries]
    days = in_page_order([entry.day for entry in entries], anchored, today=today, year=year, season=season)
    why = f"the heading's season {season[0]}–{season[1]}" if season else "the order of the rows"
    for entry, day in zip(entries, days, strict=True):
        if day != entry.day:
            entry.evidence.append(f"year {day.year} from {why} (read alone: {entry.day.isoformat()})")
            if entry.end_day is not None:
                entry.end_day += day - entry.day
            entry.day = day


def one_occasion(entries: list[Entry], single: Entry) -> bool:
    """Whether a "schedule" is the page's one event written more than once (a banner "16. 5. 2026, 16:00:
    Landesmeisterschaft" over its "Datum und Beginn:" field): every row on the day the page's own reading of
    one event gives, at its hour or none. Rows of a day's programme have hours of their own."""
    hours = {entry.time for entry in entries if entry.time is not None}
    if not all(entry.day == single.day for entry in entries):
        return False
    # Only a heading that names the meeting and its day on one line: a blog's name over a dated subheading is not.
    named_with_day = single.title is not None and bool(single.title) and single.title in (single.text or "")
    if single.time is None and len(hours) == 1 and named_with_day:
        # A notice's heading "Board Meeting | February 17, 2026" over its lines "Tuesday, February 17, 2026, at
        # 1:00 PM" and "The meeting will be held on: February 17, 2026, 1:00 p.m.": one meeting, at their hour.
        single.time = next(iter(hours))
        single.evidence.append(f"time {single.time:%H:%M} from the lines that repeat the heading's day")
        return True
    return hours <= {single.time}
