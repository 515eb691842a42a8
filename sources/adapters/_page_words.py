"""The words pages without structured data use around their events: documents, statuses, titles, places. Pure.

Shared by the schedule and single-event readers, so a "Minutes" link or a "CANCELLED" marker means the same
thing in a table row, a list line and a page of its own.
"""

from __future__ import annotations

import re
from collections import Counter

from events import statuswords
from sources.adapters._page_dates import find_clock
from sources.adapters._page_every_weekday import every_weekday_only
from sources.adapters._page_lines import url_words
from sources.adapters._page_notice_rules import without_sequence_note
from sources.adapters._place_labels import LABEL_BEFORE
from sources.adapters._title_status import status_off

# What the documents beside a meeting are called, in link text, column headers or file names.
DOCUMENT_LABELS = (
    ("meeting minutes", "Minutes"),
    ("minutes", "Minutes"),
    ("agenda packet", "Packet"),
    ("agenda", "Agenda"),
    ("packet", "Packet"),
    ("notice", "Notice"),
    ("video", "Video"),
    ("audio", "Audio"),
    ("recording", "Recording"),
    ("livestream", "Video"),
    ("youtube", "Video"),
    ("presentation", "Presentation"),
    ("slides", "Presentation"),
    ("slideshow", "Presentation"),
    ("transcript", "Transcript"),
    ("summary", "Summary"),
    ("materials", "Materials"),
    ("handout", "Handout"),
    ("resolution", "Resolutions"),
    ("report", "Report"),
    ("previous version", "Previous Versions"),  # an agenda centre's list of a document's earlier versions
)
DOCUMENT_WORD = re.compile(r"\b(?:" + "|".join(re.escape(word) for word, _ in DOCUMENT_LABELS) + r")s?\b", re.I)
# Link text that says nothing about the document: the column header or the file name says it instead.
GENERIC_LINK = re.compile(
    r"^(?:pdf|docx?|download|view|open|link|here|click here|details?|more|read more|file|document|watch|"
    r"listen|\W*)$",
    re.IGNORECASE,
)
DOCUMENT_FILE = re.compile(r"\.(?:pdf|docx?|pptx?|xlsx?|mp3|mp4|m4a|txt|rtf)(?:$|[?#])", re.IGNORECASE)
VIDEO_HOSTS = re.compile(
    r"//(?:[\w-]+\.)*(?:youtube(?:-nocookie)?\.com|youtu\.be|vimeo\.com|granicus\.com|swagit\.com)/", re.I
)

# Status words on a row or a line ("Koncert · Aflyst", "Lesung – abgesagt", "Annulé", "Cancellation", "Moved to
# the Annex"), strongest first: the words of every language (events.statuswords), their phrases and nouns.
STATUS_MARKERS = tuple(
    (
        re.compile(
            r"\b(?:"
            + statuswords.alternation(
                (*statuswords.words(status), *statuswords.phrases(status), *statuswords.nouns(status))
            )
            + (  # not a person's move in a biography: "He moved to New York with his family" (batch 110)
                r"|(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\bwe\s)(?<!\bwho\s)(?<!\bi\s)(?<!\bfamily\s)"
                + statuswords.alternation(statuswords.MOVED)
                # nor a move told with its year: "the band moved to Berlin in 2019" (a biography's, review54)
                + r"\s+to(?![^.!?\n]{0,40}\b(?:in|since)\s(?:19|20)\d\d\b)"
                if status == "rescheduled"
                else ""
            )
            + r")\b",
            re.I,
        ),
        status,
    )
    for status in statuswords.STATUSES
)
# Headings that name a list, not an event ("Download Agendas", "2019 Meeting Dates"): the title comes from
# further up.
GENERIC_HEADING = re.compile(
    r"^\W*(?:(?:upcoming|past|previous|current|future|public|regular|download|view|select|browse|\d{4})\s+)*"
    r"(?:meetings?|meeting (?:schedule|dates|calendar|information|archives?)|schedule|calendar|dates|events?|"
    r"agendas?(?: (?:and|&) minutes)?|minutes|documents|archives?|notices?|downloads?|resources)"
    r"(?:\s+\d{4})?\W*$",
    re.IGNORECASE,
)
# What a body that meets is called: its name alone as a title gets "meeting" added.
BODY_WORDS = re.compile(
    r"\b(?:board|commission|committee|council|authority|trustees|task force|district|caucus|panel|assembly|"
    r"directors|advisory)\b",
    re.IGNORECASE,
)
GATHERING_WORDS = re.compile(
    r"\b(?:meetings?|hearings?|sessions?|workshops?|forums?|conferences?|summits?|retreats?)\b", re.I
)
LIST_TAIL = re.compile(
    r"(?<!\s)\s*(?:[-–—:|]\s*)?\b(?:archives?|schedule|calendar|dates|agendas?(?: (?:and|&) minutes)?|minutes)\s*$",
    re.I,
)
# "Last updated March 3, 2019", "Posted on …", "© 2017", "(Released February 18, 2026)": dates about the page
# or a document of it, not events.
PAGE_DATES = re.compile(
    r"\b(?:posted|updated|published|released|revised|modified|copyright|adopted|approved|effective|passed|filed|due|"
    r"deadlines?)\b|©",
    re.I,
)
# A dated line that is news, not a meeting: under a news heading, linking to an article, or a headline (a
# name then a reporting verb: "Council approves budget at meeting", "Board names new director"). Its date
# is when it was published, whatever meeting word it holds.
NEWS_HEADING = re.compile(
    r"\b(?:news|press\s+releases?|blog|stories|headlines|articles?|newsroom|"
    r"in\s+the\s+news|media\s+center)\b",
    re.I,
)
NEWS_PATH = re.compile(r"/(?:news|press(?:-releases?)?|blog|stories|articles?|announcements?|newsroom)(?:/|-|$)", re.I)
# "/events/…", "/news-and-events/…", "/community-calendar/…": a path of events, whatever else it names.
EVENT_PATH = re.compile(r"/(?:[^/?#]*(?<![a-z])(?:events?|calendars?)(?![a-z])[^/?#]*|meetings?|agendas?)(?:/|$)", re.I)
HEADLINE = re.compile(
    r"^\W*[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,5}?\s+(?:approves|announces|adopts|awards|names|hires|appoints|"
    r"launches|receives|reports|votes|celebrates|honors|welcomes|recognizes|selects|unveils|"
    r"completes|earns|wins|responds|extends|expands|reminds|seeks|urges|warns|confirms|elects|"
    r"approved|announced|adopted|awarded|named|hired|appointed|launched|received|released|voted|passed|"
    r"recognized|selected|unveiled|completed|elected)\b"
)


# A line that is only a date in square brackets ("[2018/01/01]", "[12.03.2024]" over its headline's link): the stamp a
# news ticker or a changelog gives its items, not a meeting's day.
BRACKETED_STAMP = re.compile(r"^\s*\[\s*[\d./\-年月日\s]{6,20}\]\s*$")


def reads_as_news(text: str, title: str | None, heading: str | None, hrefs: list[str], *, timed: bool) -> str | None:
    """Why a dated line is news rather than a meeting (None when nothing says so). A line with a time of day is
    not news whatever its section ("Town news: Tree lighting — December 2, 6 pm"): an article is dated, not timed."""
    if timed:
        return None
    if BRACKETED_STAMP.match(text):
        return "its date stands alone in square brackets, as a news list stamps its items"
    if heading and NEWS_HEADING.search(heading) and not EVENT_WORDS.search(heading):
        return f"it is under the news heading {heading[:60]!r}"
    for href in hrefs:
        path = href.split("?")[0]
        if NEWS_PATH.search(path) and not EVENT_PATH.search(path):
            return f"it links to an article ({path[-60:]!r})"
    headline = HEADLINE.match(title or text)
    if headline and not GATHERING_SUBJECT.search(headline.group(0).rsplit(None, 1)[0]):
        return "it reads as a headline (a name, then a reporting verb)"
    return None


# A row that says a place is closed or gives its hours ("Library Closed – MLK Day", "Holiday Hours", "No school",
# "Montag, 25. Dezember geschlossen"): a notice, not an event. A closed session or a closed-door meeting is a meeting (its words say so).
CLOSURE = re.compile(
    r"\b(?:closed|closures?)\b(?![\s-]+(?:session|door|caption))"
    # the same word in the languages pages are written in ("Montag, 25. Dezember geschlossen", "fermé")
    r"|\b(?:geschlossen|ferm[ée]e?|cerrado|chiuso|gesloten|stängt|lukket|suljettu)\b"
    r"|\b(?:holiday|opening|open|modified|reduced|special|extended|summer|winter|library|building|"
    r"business)\s+hours\b|\bhours\s+of\s+operation\b|\bno\s+(?:school|classes|programs?|programming|storytimes?)\b"
    # a school's day without pupils, the staff's ("Studiedag 12 maj", "INSET day", "Teacher workday", "journée
    # pédagogique"): the school is closed. Not the English "study day" (a museum's or a society's day of talks).
    r"|\b(?:studiedag(?:ar|en|e)?|planeringsdag(?:ar|en)?|inset\s+days?|teacher\s+work\s?days?|"
    r"staff\s+(?:training|development)\s+days?|in-?service\s+days?|journ[ée]es?\s+p[ée]dagogiques?|"
    r"p[äa]dagogische[rn]?\s+tag)\b",
    re.I,
)


def reads_as_closure(title: str | None, *, timed: bool = False) -> bool:
    """Whether a row's title is a closure or hours notice, with no meeting or event word besides. A row with a
    time of its own is one only when the notice is all its title says ("Holiday Hours"; not "Extended Hours Study
    Hall for Finals", "Closed Circuit with Static Bloom", "No School Day Camp": events named with the words)."""
    found = CLOSURE.search(title or "")
    rest = CLOSURE.sub(" ", title or "")
    if found is None or EVENT_WORDS.search(rest):
        return False
    return not timed or len(NOTICE_REST_WORD.findall(rest)) <= NOTICE_REST_WORDS


def closing_day(closing: bool, title: str | None) -> bool:
    """Whether an untimed row whose line under the date says something closes ("Skolan stänger 13:00." under
    "Studiedag 12 maj", "Library closes at 1 pm" under "Thanksgiving Eve, Nov 25") is that closure's notice: its
    title names no gathering ("Bake sale" or "Open house" over "the school closes at 1 pm" stay events)."""
    words = title or ""
    return closing and not EVENT_WORDS.search(words) and not GATHERING_SUBJECT.search(words)


NOTICE_REST_WORD = re.compile(r"[^\W\d_]{3,}")  # a word beside a timed notice ("Branch Holiday Hours")
NOTICE_REST_WORDS = 1


# A gathering as a headline's subject ("Public forum on water issues", "Fair celebrates 100 years"): an event.
GATHERING_SUBJECT = re.compile(
    r"\b(?:meetings?|hearings?|sessions?|workshops?|forums?|conferences?|summits?|retreats?|concerts?|"
    r"festivals?|fairs?|lectures?|talks?|tours?|performances?|screenings?|exhibitions?|markets?|celebrations?|"
    r"part(?:y|ies)|ceremon(?:y|ies)|open house|storytimes?|webinars?|trainings?|potlucks?|sales?|breakfasts?|"
    r"dinners?|galas?|premieres?|parades?|classes)\b",
    re.I,
)


# Words that say a dated list line is something people go to, not news ("Town wins award — January 2").
EVENT_WORDS = re.compile(
    r"\b(?:meet(?:s|ing|ings)?|hearings?|sessions?|workshops?|forums?|conferences?|summits?|retreats?|events?|"
    r"concerts?|festivals?|fairs?|class(?:es)?|lectures?|talks?|tours?|performances?|screenings?|exhibitions?|"
    r"markets?|celebrations?|part(?:y|ies)|ceremon(?:y|ies)|open house|storytimes?|webinars?|trainings?|"
    r"board|commission|committee|council|authority|trustees|task force|caucus|panel|assembly|directors|"
    r"advisory)\b",
    re.I,
)
WEEKDAY_WORDS = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?s?\b\.?|\b(?:at|from|to|on|and|the)\b", re.I
)
PLACE_SPLIT = re.compile(r"(?:^|\s|,)(?:at|@|in|location:|place:|where:)\s+(?=(?-i:[A-Z0-9#]))", re.IGNORECASE)
SEPARATORS = " \t-–—|•·,;:*/()[]"
# A deadline's, a sign-up's or an office's word ("Register by 5 p.m.", "Registration 6:30 pm", "RSVP before 6 pm",
# "Office: 9am-5pm", "Box office opens at 6"): the clock it governs is not the event's time; the line's other
# clock may be ("Registration 6:30 pm, show 7:30 pm"), and "(registration required)" governs none.
NOT_THE_EVENTS_TIME = re.compile(
    r"\b(?:regist(?:er|ration)|rsvp|sign[\s-]?ups?|deadlines?|apply|applications?|enrol(?:l|ls|ment)|due|by|before)"
    r"\b|\boffices?(?=\s*(?::|hours\b|opens?\b|closes?\b))",
    re.IGNORECASE,
)
# The words between such a word and the clock it governs ("… opens at", "… by", ": ").
GOVERNED_LEAD = re.compile(
    r"(?:[\s:.\-–—]*(?:by|before|until|till|opens?|closes?|ends?|begins?|starts?|at|from|is|are|hours|due)\b)*"
    r"[\s:.\-–—]*",
    re.IGNORECASE,
)


def without_deadlines(text: str) -> str:
    """The text with each clock a deadline's or an office's word governs blanked, from the word to the clock's end
    (same length, so spans still match): what is left is the event's own time, if the line gives it."""
    blanked = text
    for word in NOT_THE_EVENTS_TIME.finditer(text):
        lead = GOVERNED_LEAD.match(text, word.end())
        after = lead.end() if lead else word.end()
        hit = find_clock(text[after:])
        if hit is not None and hit.span[0] == 0:
            end = after + hit.span[1]
            blanked = blanked[: word.start()] + " " * (end - word.start()) + blanked[end:]
    return blanked


# A line or a part that labels its place before a colon ("Location: Main Branch", "Where: Oak Room", "Lieu : Salle
# B", "Raum: Sitzungssaal 2", "場所：新宿ゴールデン街"); the place may be empty when it stands on the next line
# ("Where:<br><a>Kaserne</a>"). The words are every reader's (_place_labels).
PLACE_LABEL = LABEL_BEFORE
# A line about who runs an event or how to reach them ("Organised by …", "Mail: 12 Oak St", "Questions? Visit us
# at …", "Our office: …"): its address is an office's, not where the event is. A label needs its colon or question
# mark, and "the office" a word before it: "Contact Theatre", "Info Shop Cafe", "The Office Tavern" are places.
NOT_THE_PLACE = re.compile(
    r"\b(?:organi[sz]ed|hosted|presented|sponsored)\s+by\b|^\W*(?:mail(?:ing)?(?:\s+address)?|phone|tel|fax|"
    r"e-?mail|contact|office|info(?:rmation)?|questions?)\s*[:?]|\bour\s+offices?\b|(?<=\w\s)the\s+office\b"
    r"|\bvisit\s+us\b|\bcontact\s+us\b",
    re.I,
)
# What a number leading a line counts, when it is not the day under a month heading ("6 out of 20 volunteers
# signed up", "12 spots left", "3 x 45 min"), or what a list's card holds ("17 available presentations", "3
# videos", "12 comments"): a quantity, so the line is no date. Matched where the spaces after the number end (a
# leading \s* would make a search over a long run of spaces quadratic).
COUNTED = re.compile(
    r"(?:out\s+of\b|of\s+\d|/\s*\d|[%×+]|x\b|(?:people|persons?|spots?|seats?|places?|tickets?|volunteers?|"
    r"participants?|attendees?|members?|left|remaining|registered|signed|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|"
    r"months?|years?|km|miles?|available|presentations|videos|recordings|photos|comments|replies|views)\b)",
    re.IGNORECASE,
)
# "End date: 9/5/2019-11:30 PM", "Ends:": when an event is over, not another meeting.
END_LABEL = re.compile(r"^\s*(?:ends?|end\s*(?:date|time)|until|enddatum|ende|bis)\s*:\s*", re.I)


# A link's text that only says a file's type and size ("Pdf, 245 Kb", "PDF (88 KB)", "[DOC 1.2 MB]", "245 KB"): a
# note on the file, not the document's name.
FILE_NOTE = re.compile(
    r"^\W*+(?:(?:pdf|docx?|xlsx?|pptx?|rtf|txt|mp3|mp4|zip)\b\W*+)?"
    r"(?:\d{1,6}(?:[.,]\d{1,3})?\s?(?:[kmg]i?b|bytes?|kbytes|mbytes)|pdf|docx?|xlsx?|pptx?|rtf)\b\W*+$",
    re.IGNORECASE,
)


def document_label(text: str, href: str, heading: str | None = None, row: str | None = None) -> str:
    """What a document link is: its text, else the column or section heading, else its file name's words. A text
    that only gives the file's type and size ("Pdf, 245 Kb") is no name: the document word of its ``row``'s own
    text ("Special Meeting Agenda"), else the heading or the file name says it."""
    clean = " ".join(text.split())
    note = FILE_NOTE.match(clean)
    if note is not None:
        clean = ""  # "Pdf, 245 Kb", "(PDF 88 KB)": the file's note alone
    if clean and not GENERIC_LINK.match(clean) and not _is_dateish(clean):
        return clean
    sized = note is not None and not clean
    for source in (clean, *((row or "",) if sized else ()), heading or "", url_words(href)):  # "11/3: Agenda"
        for word, label in DOCUMENT_LABELS:
            if word in source.lower():
                return label
    if VIDEO_HOSTS.search(href):
        return "Video"
    return (heading or "").strip() or "Document"


def _is_dateish(text: str) -> bool:
    return bool(re.search(r"\b(?:19|20)\d\d\b|\b\d{1,2}[/:]\d{1,2}\b", text)) or bool(
        re.match(r"^\W*(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", text, re.I)
    )


def is_document_link(text: str, href: str) -> bool:
    """A link to a meeting document (by its text, its file type or a video host), not to a page about something."""
    return bool(
        DOCUMENT_FILE.search(href) or VIDEO_HOSTS.search(href) or DOCUMENT_WORD.search(text) or not text.strip()
    )


def status_in(text: str) -> str:
    for pattern, status in STATUS_MARKERS:
        if pattern.search(text):
            return status
    return "scheduled"


# "Regular meeting (rescheduled to Feb 18)": a status note in brackets, what the status field now says.
STATUS_NOTE = re.compile(
    r"(?<!\s)\s*[(\[]\s*(?:"
    + statuswords.alternation((*statuswords.words(), *statuswords.phrases(), *statuswords.MOVED))
    + r")\b[^)\]]*(?:[)\]]|$)",
    re.I,
)


def without_status(title: str) -> str:
    """``title`` without a status note in brackets and a status word it opens or ends with (_title_status)."""
    title = without_sequence_note(title)  # "(following the … Committee meeting)" (_page_notice_rules)
    return status_off(STATUS_NOTE.sub("", title)).strip() or title


LEADING_YEAR = re.compile(r"^(?:19|20)\d\d\b[\s:–—-]*(?=[^\W\d_])")


def meeting_title(name: str) -> str:
    """A body's name as an event title: "Board of Trustees" → "Board of Trustees meeting"; list words cut."""
    name = " ".join(name.split())  # one space between words: LIST_TAIL's \s* on a run of spaces is quadratic
    title = trim_separators(LIST_TAIL.sub("", name)) or name
    title = LEADING_YEAR.sub("", title) or title  # "2022 JDAMA Meetings": the year is the list's, not the name's
    title = re.sub(r"\bMeetings\b", "Meeting", title)
    title = re.sub(r"\bmeetings\b", "meeting", title)
    if BODY_WORDS.search(title) and not GATHERING_WORDS.search(title):
        title = f"{title} meeting"
    return title


# The word that led into a date or time cut out of a line ("…, at Noon — Board Working Session"; "Meeting on
# June 3"; "Glass Today – Through April 30"; "Doors 7pm / Show 8pm"), or into a time in another language ("22/05 às
# 19:00", "à 20h", "um 19 Uhr", "om 20:00", "alle 21", "kl. 19"): it goes with what it led into. Not German's and
# the Nordic languages' "für alle", "for alle" (for everyone: "Yoga für alle 18:00" keeps its title; review24). The
# word for "on" before a day in German, French, Spanish and Italian too ("Meetup IV/2022 am 09. November 2022",
# "Concert le 3 mars", "Concierto el 5 de mayo", "Concerto il 5 maggio"; helper left29), but not "am" after an
# hour's number ("9 am", "7:30 am": English's morning; a year is no hour), nor after "I" ("Who I Am 14 June 2031":
# English's verb, a title's last word; review29), nor Dutch "op" (English's "photo op"). "ab", "vanaf", "dès" (from)
# only in lower case: "Sommerfest ab 15 Uhr", not a fitness class's "Core Ab 18:00" (review54).
LEADS_INTO = re.compile(
    r"(?:^|(?<=[\s,]))(?:at|on|@|through|thru|until|till|from|från|fra|doors?(?:\s{1,3}open)?(?:\s{1,3}at)?"
    r"|às|à|a\s{1,3}las|um|om|(?-i:ab|vanaf|dès)|(?<!für\s)(?<!fur\s)(?<!for\s)(?<!til\s)(?<!an\s)alle|kl\.?|klo"
    r"|(?<!\b\d\s)(?<!\b\d\d\s)(?<!\bI\s)am|le|el|il)\s*$",
    re.I,
)


SPACE_BEFORE_COMMA = re.compile(r" (?=[,;])")


def residue(text: str, spans: list[tuple[int, int]], drop: list[str]) -> str:
    """``text`` without the given spans (dates, times) and phrases (link labels), its separators trimmed."""
    kept, cursor = [], 0
    for start, end in sorted(spans):
        kept.append(LEADS_INTO.sub("", text[cursor:start]) if start > cursor else "")
        cursor = max(cursor, end)
    kept.append(text[cursor:])
    rest = SPACE_BEFORE_COMMA.sub("", " ".join("".join(kept).split()))  # "Pianobar , 23+" where a time was
    # Each link's label is cut once, the last it can be (a row's documents follow its name): "Notice and Agenda"
    # beside one "Agenda" link keeps its own word.
    counts = Counter(phrase for phrase in drop if phrase)
    for phrase in sorted(counts, key=len, reverse=True):
        rest = " ".join(rest.rsplit(phrase, counts[phrase]))
    return trim_separators(" ".join(rest.split()))


BRACKETS = {")": "(", "]": "["}


def trim_separators(text: str) -> str:
    """``text`` without the separators around it ("– Band (DE) –" → "Band (DE)"): a closing bracket that closes
    one the text opens is the text's own, not a separator."""
    core = text.strip(SEPARATORS)
    if not core:
        return core
    lead = len(text) - len(text.lstrip(SEPARATORS))
    unclosed = {closing: core.count(opening) - core.count(closing) for closing, opening in BRACKETS.items()}
    kept = []
    for char in text[lead + len(core) :]:
        if unclosed.get(char, 0) <= 0:
            break
        unclosed[char] -= 1
        kept.append(char)
    return core + "".join(kept)


# What is left of a date line that opens with "@" ("2025年10月12日(日)＠【東京】", "Fri 3 May @ Jazz Cellar"): where,
# whatever follows; the lenticular brackets Japanese listings set a city in are not the place's name.
AT_LEAD = re.compile(r"^\s*[@＠]\s*")
MOVED_LEAD = re.compile(r"^\s*+(?:rescheduled|moved|postponed|changed)\s++(?:to|until)\b", re.IGNORECASE)
# A "place" that is only a clock ("… at 10.45.", "at 7pm"): the row's second time, no place (held-out batch 114).
CLOCK_PLACE = re.compile(
    r"^[ \t]{0,3}\d{1,2}(?:[:.]\d{2})?[ \t]{0,2}(?:[ap]\.?[ \t]?m\.?)?[ \t]{0,2}\.?[ \t]{0,3}$", re.I
)
AT_THE = re.compile(r"(?:^|(?<=\s))at\s++the\s++(?=[A-Z0-9])")  # "at the Library Services Center"


def split_place(rest: str) -> tuple[str, str]:
    """("Regular meeting", "City Hall") from "Regular meeting at City Hall"; a leading "at …" is all place. The
    place ends where a sentence about the organiser starts ("… at Riverside Park. Questions? Visit us at …")."""
    lead = AT_LEAD.match(rest)
    if lead is not None:
        return "", trim_separators(rest[lead.end() :].replace("【", " ").replace("】", " "))
    match = PLACE_SPLIT.search(rest)
    if not match:
        # A leftover with no name of its own before "at the …" ("to at the Library Services Center (LSC)", once
        # "RESCHEDULED" and its new day were read): the place. "Night at the Museum" has a name: no split.
        lower = AT_THE.search(rest)
        if lower is not None and not meaningful(MOVED_LEAD.sub("", rest[: lower.start()])):
            return "", trim_separators(rest[lower.end() :])
        return rest, ""
    place = rest[match.end() :]
    if CLOCK_PLACE.match(place):  # "… at 10.45.": a second time, no place (held-out batch 114)
        return rest, ""
    if NOT_THE_PLACE.search(place):
        kept = []
        for sentence in SENTENCE_BREAK.split(place):
            if NOT_THE_PLACE.search(sentence):
                break
            kept.append(sentence)
        place = " ".join(kept).rstrip(".?!") if kept else place
    return trim_separators(rest[: match.start()]), trim_separators(place)


# Where a sentence ends: after a word of three small letters or more ("Park. Questions?"), not an abbreviation
# ("St. Mary's", "Ave. B"); after a question or an exclamation mark.
SENTENCE_BREAK = re.compile(r"(?<=[a-z]{3}\.)\s+|(?<=\d\.)\s+|(?<=[?!])\s+")


# A line that is only a field's label, in the languages pages are written in: "Aika" (Finnish: time), "Wann",
# "Datum", "Ort", "Lieu", "Fecha", "Hinta" (price), "Kiedy?" (Polish, asked as a question). In a block of label and value rows ("Aika | Ti 20.10.2020 klo
# 19:00") it is the label of the value beside it, never the event's name.
FIELD_LABEL = re.compile(
    r"^\W*(?:(?:date|day|time)\s?(?:&|and|/|,|\+)\s?(?:time|place|location|venue)|"  # "Date & Time", "Time/Place"
    r"when|date|dates|time|times|day|where|place|location|venue|price|cost|"  # English
    r"start\s*date|end\s*date|organi[sz]er|organi[sz]ers|host|hosts|contact|phone|category|categories|tags|"
    r"aika|päivä|päivämäärä|ajankohta|kellonaika|paikka|hinta|"  # Finnish
    r"wann|am|datum|startdatum|enddatum|beginn|einlass|ende|zeit|uhrzeit|termin|termindetails|wo|ort|"
    r"veranstaltungsort|veranstalter|kontakt|preis|eintritt|vvk|abendkasse|"  # German
    r"tid|tidspunkt|dato|dag|sted|plats|pris|"  # Scandinavian
    r"wanneer|tijd|waar|locatie|prijs|"  # Dutch
    r"quand|heure|lieu|prix|cuándo|cuando|fecha|hora|lugar|precio|quando|ora|luogo|dove|prezzo|data|"  # Romance
    r"kiedy|gdzie|czas|miejsce|cena|kdy|kde|čas|místo|termín|"  # Polish, Czech
    r"когда|где|дата|время|место|цена|"  # Russian
    r"коли|де|час|місце|ціна|адреса|"  # Ukrainian (review38)
    r"日時|日付|時間|場所|会場|料金|日期|时间|地点|地點)\s*[:?]?\s*$",
    re.IGNORECASE,
)


# A time's own letters ("12pm–4pm", "10 a.m.", "19 Uhr"): no words of a title (helper left58).
CLOCK_WORDS = re.compile(r"(?<=\d)[ \t]?(?:[ap]\.?m\b\.?|uhr\b)", re.I)


def meaningful(text: str) -> bool:
    """Whether what is left of a line is a title: words beyond weekdays, prepositions, document labels and a
    field's label alone."""
    if FIELD_LABEL.match(text) or every_weekday_only(text):  # "Datum: Varje onsdag" (_page_every_weekday)
        return False
    rest = CLOCK_WORDS.sub(" ", WEEKDAY_WORDS.sub(" ", DOCUMENT_WORD.sub(" ", text)))
    return len(re.findall(r"[^\W\d_]{2,}", rest)) >= 1 and len(re.sub(r"\W", "", rest)) >= 3


# What joins document words into a row's name ("Notice and Agenda", "Agenda & Minutes"), and a date written after
# it in another notation ("Notice and Agenda 2.11.27"), cut from that name.
DOCUMENT_JOINS = re.compile(r"\b(?:and|of|for|the)\b|&", re.I)
TRAILING_DATE = re.compile(r"\s\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")
DOCUMENT_NAME_LENGTH = 60


def document_name(text: str) -> str | None:
    """A row's own words when they are document words only, two or more ("Notice and Agenda 2.11.27" → "Notice and
    Agenda"): not a title while the page names its meetings some other way (a heading, its title), but the row's
    name when it names nothing else. A single label ("Agenda", "Agenda Packet") is the row's document, not its name."""
    name = TRAILING_DATE.sub("", " ".join(text.split())).strip(" -–—:|,")
    if len(name) > DOCUMENT_NAME_LENGTH or len(DOCUMENT_WORD.findall(name)) < 2:
        return None
    return None if DOCUMENT_JOINS.sub(" ", DOCUMENT_WORD.sub(" ", name)).strip() else name
