"""Titles: tidy what sources shout, and read the status words they put in titles and descriptions. Pure.

"SOLD OUT! JAZZ NIGHT!!! – Sat Dec 5 @ Blue Lantern 🎷🎷🎷" becomes "Jazz Night", sold out; the date and the
venue are only dropped when they are the event's own (its start and venue, or one of the venue's names), so a
title that names another date or place keeps it. A place is dropped only when what is left is still a title
on its own: "Indie Folk Night at the Pier" → "Indie Folk Night", but "Breakfast at Tiffany's" at a cinema
called Tiffany's stays whole ("Breakfast" alone is not the event's name).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Iterator
from typing import Literal

from rapidfuzz import fuzz

from events import statuswords
from events.pipeline.places import place_key
from events.pipeline.title_acronyms import written_acronym
from events.pipeline.title_actions import name_from_sentence
from events.pipeline.title_badges import without_badge
from events.pipeline.title_city_region import is_city_and_region, with_region_joined
from events.pipeline.title_labels import without_title_label
from events.pipeline.title_numbered import numbered_kind
from events.pipeline.title_pending import without_pending_tail
from events.statuswords import Status

TitleStatus = Status
# When several status words appear, the strongest wins.
STATUS_RANK = statuswords.STATUS_RANK
MIN_TITLE = 3  # never strip a title below this many characters

# --- Status markers in titles ---------------------------------------------------------------------------------
# The status words of every language (events.statuswords: "Konzert – ABGESAGT", "[Annulé] Bal folk", "Koncert
# (aflyst)"), the phrases beside them ("Board Meetings - NO MEETING", "Work Session (No Meeting)": a body's
# calendar keeps the date and says it is off; "New date!") and the sold-out words ("Ausverkauft", "Complet").
INTL_SOLD_OUT = frozenset(statuswords.sold_out_words())
_WORDS = (*statuswords.words(), *statuswords.phrases(), *INTL_SOLD_OUT)
_MARKER = r"(?P<marker>sold[\s-]?out|" + statuswords.alternation(_WORDS) + ")"
_MARKER_UPPER = r"(?P<marker>SOLD[\s-]?OUT|" + statuswords.alternation(_WORDS, upper=True) + ")"
_TAIL = r"(?:\s+(?:to|for|until|till)\s+[^()\[\]|]{1,40})?"  # "Postponed to January"
_SEP = r"(?:[-–—:|•]+|!+)"
# The same separator, never started inside a run of its own characters (the run's first one matches the same),
# and kept whole once read: nothing after it can take its characters. Linear on "!!!!…" (was quadratic).
_SEP_ONCE = r"(?:(?<![-–—:|•])[-–—:|•]++|(?<!!)!++)"
# What may close a title after the marker: spaces, "!" and ".", spaces. Each run is disjoint from the next, so
# reading each whole (possessive) accepts the same ends without trying every split of a long run of spaces.
_CLOSE = r"\s*+[!.]*+\s*+"
# A marker counts when it is set apart: bracketed, followed/preceded by a separator, or shouted in a
# title that is not itself all capitals ("Cancelled Plans: a comedy show" is a title, not a status).
MARKER_PREFIXES = (
    re.compile(r"^\s*[\[(*]+\s*" + _MARKER + _TAIL + _CLOSE + r"[\])*]+\s*" + _SEP + r"?\s*", re.I),
    re.compile(r"^\s*" + _MARKER + r"\s*+[!.]*\s*+" + _SEP + r"\s*", re.I),  # "!" may be the separator
    re.compile(r"^\s*" + _MARKER_UPPER + r"\s+(?=.*[a-z])"),
)
MARKER_SUFFIXES = (
    # Never started inside a run of spaces or brackets: the run's first character starts the same match.
    re.compile(
        r"(?<!\s)\s*+" + _SEP_ONCE + r"?+\s*+(?<![\[(*])[\[(*]++\s*" + _MARKER + _TAIL + _CLOSE + r"[\])*]++\s*+$",
        re.I,
    ),
    re.compile(r"(?<!\s)\s*+" + _SEP_ONCE + r"\s*+" + _MARKER + _TAIL + _CLOSE + r"$", re.I),
    re.compile(r"(?<=[a-z])\s+" + _MARKER_UPPER + r"\s*+!*+\s*+$"),
)

# --- Status in descriptions -------------------------------------------------------------------------------------
STATUS_LOOKBACK, STATUS_LOOKAHEAD = 60, 30  # the longest status phrase fits in this window around its keyword
_STATE = r"(" + statuswords.alternation(statuswords.words(languages=("en",))) + ")"  # English grammar around it
_ADVERB = r"(?:(?:now|officially|sadly|unfortunately|regrettably|hereby)\s++)?"
# A status word alone at a line's start, after at most STATUS_LOOKBACK spaces: _near never shows the pattern
# more before the keyword it looks around. Unbounded, each line start in a run of line breaks read the rest of
# the run (quadratic); bounded, each reads at most that many. Every other run of spaces is followed by a word
# and read whole.
_LINE_START = rf"^\s{{0,{STATUS_LOOKBACK}}}+"
DESCRIPTION_STATUS = re.compile(
    r"(?:" + _LINE_START + _STATE + r"\s*+[:!.\-–—]"
    r"|\b(?:has|have)\s++been\s++" + _ADVERB + _STATE + r"\b"
    r"|\b(?:is|are|was|were)\s++" + _ADVERB + _STATE + r"\b"
    r"|\b(?:event|show|concert|gig|performance|class|session|meetup|match|game|screening|festival|tour|workshop|"
    r"talk|party|market|fair|race|run)\s++" + _STATE + r"\b"
    r"|\bwe\s++(?:have|had|'ve|’ve)\s++(?:had\s++)?to\s++(cancel|postpone|reschedule)\b)"
    r"(?!\s*+\?)",
    re.M,  # on lowercased text: case-insensitive matching is slower
)
STATUS_KEYWORD = re.compile("|".join(stem for stem, _ in statuswords.STEMS))
SOLD_KEYWORD = re.compile("sold")
SOLD_OUT = re.compile(
    r"(?:" + _LINE_START + r"sold[\s-]?out\b"
    r"|\b(?:is|are|has|have|now|tickets?)\s++(?:now\s++|completely\s++|totally\s++|officially\s++)?"
    r"sold[\s-]?out\b|\bsold[\s-]?out\s*+!)(?!\s*+\?)",
    re.M,
)
# Words just before a status phrase that undo it: "not cancelled", "if the show is cancelled", "almost sold out".
NEGATION_BEFORE = re.compile(
    r"\b(?:not|never|no\s+longer|if|unless|in\s+case|should|whether|in\s+the\s+event|may|might|could|would|will|"
    r"almost|nearly|about\s+to|before|until|likely|expected)\b|n['’]t\b",
    re.I,
)
# ... and just after: "sold out in previous years", "cancelled last year".
NEGATION_AFTER = re.compile(
    r"^\W*(?:in\s+(?:the\s+)?past|previously|last\s+year|every\s+year|before|in\s+\d{4})\b", re.I
)
VERB_STATES: dict[str, TitleStatus] = {"cancel": "cancelled", "postpone": "postponed", "reschedule": "rescheduled"}
NEGATION_WINDOW = 40

# --- Capitals -----------------------------------------------------------------------------------------------------
ALL_CAPS_RATIO = 0.8
ALL_CAPS_MIN_LETTERS = 4
# Words kept as written (keys are upper case): acronyms, numerals and a few spellings.
KEEP_WORDS = {
    word.upper(): word
    for word in (
        "DJ", "DJs", "MC", "MCs", "NYC", "NY", "LA", "SF", "DC", "UK", "USA", "EU", "UN", "LGBTQ+", "LGBTQIA+",
        "LGBT", "2SLGBTQ+", "AI", "ML", "EDM", "R&B", "Q&A", "BBQ", "DIY", "NYE", "VIP", "UFC", "NBA", "NFL",
        "MLB", "NHL", "MLS", "WWE", "IPL", "ISL", "RCB", "FC", "AFC", "B2B", "UX", "UI", "API", "AWS", "SQL",
        "SEO", "CEO", "HR", "PR", "TV", "EP", "LP", "3D", "2D", "4K", "HIV", "ADHD", "STEM", "NGO", "NASA",
        "TEDx", "TED", "PhD", "MBA", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "K-pop",
        "J-pop", "iPhone", "eBay", "feat.", "ft.", "vs", "vs.", "w/", "am", "pm", "a.m.", "p.m.",
    )
}  # fmt: skip
KEEP_WORDS["FEAT"] = "feat."
SMALL_WORDS = frozenset("a an the and but or nor for of at by to in on vs via with from as per into onto over".split())
# Lead, core (up to its last letter, digit, "+", "&" or "."), trail. The core was lazy, "(.*?)", which rescanned
# the trail at every step: "Word" and 20,000 dashes took 19 s. The same groups.
_WORD_EDGES = re.compile(r"^([^\w+&]*)((?:.*[\w+&.])?)([^\w+&.]*)$")
_DIGIT_WORD = re.compile(r"^\d")

# --- Noise ----------------------------------------------------------------------------------------------------------
_EMOJI = (
    "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\u2190-\u21ff\u25a0-\u25ff\u3030\u303d"
    "\u3297\u3299\u203c\u2049"
)
_EMOJI_CLUSTER = r"[" + _EMOJI + r"][\ufe0f\u200d\U0001f3fb-\U0001f3ff" + _EMOJI + r"]*"
# Spaces and clusters at either edge. "(?:\s*<cluster>)+" read a run of n emoji as any of 2^(n-1) splits into
# clusters (20 emoji before a word: 0.4 s, 30: minutes); written as one emoji, then tail characters or spaces
# and an emoji, each text has one reading (and the same matches). The end alternative does not start where an
# earlier start provably matches the same: after a space or an emoji, or after an emoji and up to three
# modifiers (a stray modifier after a letter still lets an emoji after it match, as before).
_MODIFIER = "\ufe0f\u200d\U0001f3fb-\U0001f3ff"
_EMOJI_SEQUENCE = rf"\s*[{_EMOJI}](?:[{_MODIFIER}{_EMOJI}]|\s+[{_EMOJI}])*+"
_NOT_INSIDE = "".join(rf"(?<![{_EMOJI}]{f'[{_MODIFIER}]' * count})" for count in range(1, 4))
EDGE_EMOJI = re.compile(rf"^{_EMOJI_SEQUENCE}\s*|(?<![\s{_EMOJI}]){_NOT_INSIDE}{_EMOJI_SEQUENCE}\s*$")
EMOJI_RUN = re.compile(r"(" + _EMOJI_CLUSTER + r")(?:\s*" + _EMOJI_CLUSTER + r")+")
REPEATED_MARKS = re.compile(r"([!?])[!?]+")
LONG_DOTS = re.compile(r"\.{4,}|…{2,}")
DECORATION_RUN = re.compile(r"([*~=_#\-–—•·|])\1{2,}")
# The end alternative never starts inside a run of decoration (the run's start matches the same); a run at the
# end that begins right after the leading run (with "," or ";") is read by the first alternative instead.
# A run of two or more slashes after a space at the end ("Monthly Update //", its date taken off) is one too; tried
# only at a run's first slash, possessively. Slashes inside a name ("AC/DC", "Rock // Roll") are not at the end.
EDGE_DECORATION = re.compile(
    r"^[\s*~=_|•·:–—-]+(?:[,;][\s*~=_|•·:,;–—-]*$)?|(?<![\s*~=_|•·:,;–—-])[\s*~=_|•·:,;–—-]+$|(?<=\s)/{2,}+\s*+$"
)

# Title segments: "Jazz Night – Sat Dec 5 @ Blue Lantern" → "Jazz Night", "Sat Dec 5", "Blue Lantern".
# Never started at a space after a space: the run's first space starts the same match (linear on long runs).
SEGMENT_SEPARATOR = re.compile(r"(?!(?<=\s)\s)(?:\s+(?:[-–—|•·]|@|at)\s+|\s*[|•·]\s*|\s+@)|,\s+|:\s+")
WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "weds": 2, "wednesday": 2, "thu": 3,
    "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4, "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}  # fmt: skip
# Weekdays other languages write before a date ("Do Jan 1 2015: …", "sam. 5 déc", "vr 4/12"), full names and the short
# forms listings use; an abbreviation may name different days in two languages (German "Do" is Thursday, Spanish
# "Do" Sunday), so each word names the set of days it may be. A title's date segment is judged against the event's
# own start, so a word counts only when its day is the start's. "mar" is left out: in English it is March.
_OTHER_WEEKDAY_NAMES = (  # Monday to Sunday
    "montag mo maandag ma lundi lun lunes lu lunedi",
    "dienstag di dinsdag mardi martes ma martedi",
    "mittwoch mi woensdag wo mercredi mer miercoles mie mercoledi",
    "donnerstag do donderdag jeudi jeu jueves jue ju giovedi gio",
    "freitag fr vrijdag vr vendredi ven viernes vie vi venerdi",
    "samstag sonnabend sa zaterdag za samedi sam sabado sab sabato",
    "sonntag so zondag zo dimanche dim domingo dom do domenica",
)


def _weekday_sets(rows: tuple[str, ...]) -> dict[str, frozenset[int]]:
    found: dict[str, frozenset[int]] = {}
    for index, row in enumerate(rows):
        for name in row.split():
            found[name] = found.get(name, frozenset()) | {index}
    return found


OTHER_WEEKDAYS = _weekday_sets(_OTHER_WEEKDAY_NAMES)
MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
DATE_FILLER = frozenset({"on", "at", "from", "doors", "the", "of", "to", "and", "&", "-", "–", "—", "till", "until"})
DATE_TOKEN = re.compile(
    r"(?P<numeric>\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)"
    r"|(?P<time>\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)|\d{1,2}:\d{2})"
    r"|(?P<year>(?:19|20)\d\d)\b"
    r"|(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    r"|(?P<word>[a-z]+\.?|&|[-–—])",
    re.I,
)
VENUE_SEGMENT_CUTOFF = 90.0
# A trailing "(The Pier)": the bracketed part is judged like a segment after a separator.
TRAILING_BRACKET = re.compile(r"^(?P<rest>.*\S)\s*\((?P<inner>[^()]{2,80})\)$")
_TITLE_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# One word that names an event by itself, so "Festival at the Pier" may lose "at the Pier". Meals ("Dinner at
# Eight"), "Live" and "Night" are not on it: alone they are a fragment of a name, not a title.
EVENT_WORDS = frozenset(
    """
    festival concert meetup workshop gala fundraiser market fair marathon exhibition exhibit conference hackathon
    tournament recital showcase symposium seminar webinar lecture convention expo parade carnival rally vigil
    jamboree powwow rodeo regatta triathlon screening premiere open-house cleanup clean-up potluck
    """.split()
)
MIN_TITLE_WORDS = 2  # words of substance (not "the", "at", …) a title keeps after losing a place


@dataclasses.dataclass(frozen=True, slots=True)
class TitleResult:
    title: str
    status: TitleStatus | None = None
    sold_out: bool = False


@dataclasses.dataclass(frozen=True, slots=True)
class StatusSignal:
    status: TitleStatus | None = None
    sold_out: bool = False


def _marker_state(marker: str) -> TitleStatus | Literal["sold_out"]:
    word = " ".join(marker.lower().split())
    if word.startswith("sold") or word in INTL_SOLD_OUT:
        return "sold_out"
    return statuswords.status_of(word) or "rescheduled"


def _stronger(current: TitleStatus | None, new: TitleStatus) -> TitleStatus:
    return new if current is None or STATUS_RANK[new] > STATUS_RANK[current] else current


def _strip_markers(title: str) -> tuple[str, TitleStatus | None, bool]:
    status: TitleStatus | None = None
    sold_out = False
    for _ in range(4):  # "SOLD OUT! Jazz Night (Rescheduled)": a few markers at most
        match = next((m for p in (*MARKER_PREFIXES, *MARKER_SUFFIXES) if (m := p.search(title))), None)
        if match is None or len(title) - len(match.group()) < MIN_TITLE:
            break
        state = _marker_state(match["marker"])
        if state == "sold_out":
            sold_out = True
        else:
            status = _stronger(status, state)
        title = (title[: match.start()] + " " + title[match.end() :]).strip()
    return title, status, sold_out


def is_shouting(text: str) -> bool:
    """Mostly capitals, among the letters that have case (Devanagari and Kannada have none)."""
    upper = sum(map(str.isupper, text))  # counted in C: a character is upper, lower or neither, never both
    cased = upper + sum(map(str.islower, text))
    return cased >= ALL_CAPS_MIN_LETTERS and upper / cased >= ALL_CAPS_RATIO


def _case_core(core: str, *, first: bool, following: str = "") -> str:
    if core.upper() in KEEP_WORDS:
        return KEEP_WORDS[core.upper()]
    if not core.isupper() or written_acronym(core, following):
        return core  # written with care ("iPad", "with"), or an acronym ("GB", "AGM", "LXV"): leave it
    if _DIGIT_WORD.match(core):
        return core.lower()  # "90S" → "90s", "2ND" → "2nd", "7PM" → "7pm"
    if not first and core.lower() in SMALL_WORDS:
        return core.lower()
    return "-".join(part.capitalize() for part in core.split("-"))


def title_case(text: str) -> str:
    """ALL CAPS → Title Case, keeping acronyms (DJ, NYC, LGBTQ+), numerals (II) and "feat."."""
    words = text.split(" ")
    cased: list[str] = []
    for index, word in enumerate(words):
        match = _WORD_EDGES.match(word)
        if match is None or not match[2]:
            cased.append(word)
            continue
        lead, core, trail = match.groups()
        # The first word, and a word after a colon or dash, starts a phrase: "The", not "the".
        first = index == 0 or cased[-1].endswith((":", "–", "—", "-")) or lead.startswith("(")
        following = words[index + 1] if index + 1 < len(words) else ""
        cased.append(lead + _case_core(core, first=first, following=following) + trail)
    return " ".join(cased)


def tidy_marks(text: str) -> str:
    """Repeated punctuation and emoji runs trimmed, decoration at the edges removed, spaces collapsed."""
    text = " ".join(text.split())
    if not text.isascii():  # emoji are never ASCII: most titles skip both patterns
        text = EMOJI_RUN.sub(r"\1", EDGE_EMOJI.sub("", text))
    if "!!" in text or "??" in text or "!?" in text or "?!" in text:
        text = REPEATED_MARKS.sub(r"\1", text)
    if "...." in text or "……" in text:
        text = LONG_DOTS.sub("…", text)
    text = DECORATION_RUN.sub(" ", text)
    return " ".join(EDGE_DECORATION.sub("", text).split())


# --- Date and venue noise -------------------------------------------------------------------------------------------


def _numeric_matches(value: str, start: dt.date) -> bool:
    parts = [int(part) for part in re.split(r"[/.-]", value) if part]
    if len(parts) == 3 and parts[0] > 31:  # 2026-12-05
        return (parts[1], parts[2]) == (start.month, start.day)
    first, second = parts[0], parts[1]
    # Day/month or month/day: either reading that names the event's date will do.
    return (first, second) in ((start.month, start.day), (start.day, start.month))


def _date_token_ok(match: re.Match[str], start: dt.date, start_hour: int | None) -> bool | None:
    """True when the token agrees with the start, False when it contradicts it, None for a filler word."""
    if match["numeric"]:
        return _numeric_matches(match["numeric"], start)
    if match["time"]:
        return start_hour is None or _hour(match["time"]) == start_hour
    if match["year"]:
        return int(match["year"]) == start.year
    if match["day"]:
        return int(match["day"]) == start.day
    word = match["word"].lower().rstrip(".")
    if word in WEEKDAYS:
        return WEEKDAYS[word] == start.weekday()
    if word in MONTHS:
        return MONTHS[word] == start.month
    if word in OTHER_WEEKDAYS:
        return start.weekday() in OTHER_WEEKDAYS[word]
    if word in DATE_FILLER or match["word"] in DATE_FILLER:
        return None
    return False


def _hour(value: str) -> int:
    digits = re.match(r"\d{1,2}", value)
    hour = int(digits.group()) if digits else -1
    lowered = value.lower()
    if "p" in lowered and hour < 12:
        hour += 12
    if "a" in lowered and hour == 12:
        hour = 0
    return hour


def is_own_date(segment: str, start: dt.date | dt.datetime | None) -> bool:
    """The segment only names the event's own date and/or time ("Sat Dec 5", "12/5 8pm")."""
    if start is None:
        return False
    day = start.date() if isinstance(start, dt.datetime) else start
    hour = start.hour if isinstance(start, dt.datetime) else None
    position, agreed = 0, False
    for match in DATE_TOKEN.finditer(segment):
        if segment[position : match.start()].strip(" ,."):
            return False  # something that is not a date token
        verdict = _date_token_ok(match, day, hour)
        if verdict is False:
            return False
        agreed = agreed or verdict is True
        position = match.end()
    return agreed and not segment[position:].strip(" ,.")


def is_own_place(
    segment: str,
    venue_name: str | None,
    city: str | None,
    aliases: tuple[str, ...] = (),
    country: str | None = None,
    region: str | None = None,
) -> bool:
    """The segment names the event's city, or its venue by the record's name or one of the venue's aliases."""
    key = re.sub(r"^the ", "", place_key(segment))
    if not key:
        return False
    if city and (key == place_key(city) or is_city_and_region(segment, city, country, region)):  # "Boston, MA"
        return True
    for name in (venue_name, *aliases):
        venue_key = re.sub(r"^the ", "", place_key(name))
        if venue_key and fuzz.token_set_ratio(key, venue_key) >= VENUE_SEGMENT_CUTOFF:
            return True
    return False


# Prose, no name (left37, moved here from sources/adapters/_page_listing_one.py): two sentences' ends inside a text
# ("Host your event with us! Weddings, parties … from £500. Enquire for dates …"). One is a name's ("Mamma Mia! The
# Party"); an initial's or an abbreviation's stop is none ("Talk by Dr. J. R. Smith", "St. Mary's. Mr. Brown").
SENTENCE_END = re.compile(r"[.!?][ \t]{1,3}(?=[A-Z])")
NOT_SENTENCE_END = frozenset("dr mr mrs ms st prof rev jr sr no vs mt ft nr co inc ltd feat ft dept".split())
PROSE_ENDS = 2
MAX_ABBREVIATION = 8  # letters looked at before a stop: the longest abbreviation above fits


def is_prose(text: str) -> bool:
    """Whether ``text`` is two sentences or more (see SENTENCE_END), not an event's name."""
    ends = 0
    for found in SENTENCE_END.finditer(text):
        head = text[max(0, found.start() - MAX_ABBREVIATION) : found.start()]
        word = head[len(head.rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")) :]
        if text[found.start()] == "." and (len(word) == 1 or word.casefold() in NOT_SENTENCE_END):
            continue  # "J. R. Smith", "Dr. Jane"
        ends += 1
        if ends >= PROSE_ENDS:
            return True
    return False


def is_full_title(text: str) -> bool:
    """Still an event's name on its own: two words of substance, or one word that names an event; no prose of two
    sentences (``is_prose``)."""
    if is_prose(text):
        return False
    substantial = [word for word in _words(text) if word not in SMALL_WORDS]
    if len(substantial) >= MIN_TITLE_WORDS:
        return True
    return len(substantial) == 1 and substantial[0] in EVENT_WORDS


def _words(text: str) -> list[str]:
    """The title's words, casefolded."""
    return [word.casefold() for word in _TITLE_WORD.findall(text)]


def _segments(title: str) -> list[str]:
    pieces: list[str] = []
    position = 0
    for match in SEGMENT_SEPARATOR.finditer(title):
        pieces.extend((title[position : match.start()], match.group()))
        position = match.end()
    pieces.append(title[position:])
    return pieces  # text, separator, text, …


def strip_own_noise(
    title: str,
    *,
    start: dt.date | dt.datetime | None,
    venue_name: str | None,
    city: str | None,
    aliases: tuple[str, ...] = (),
    country: str | None = None,
    region: str | None = None,
) -> str:
    """Drop leading/trailing segments that repeat the event's own date, venue or city.

    A date goes whenever it is the event's own; a place only when what remains is still a full title.
    """

    def noise(segment: str, rest: str) -> bool:
        if is_own_date(segment, start):
            return True
        own = is_own_place(segment, venue_name, city, aliases, country, region) and is_full_title(rest)
        return own and not numbered_kind(_words(rest), EVENT_WORDS, SMALL_WORDS)  # "Meetup #3 @ CIC": title_numbered

    bracket = TRAILING_BRACKET.match(title)
    if bracket and noise(bracket["inner"], bracket["rest"]):
        title = bracket["rest"]
    # "Boston", ", ", "MA" as one piece (title_city_region)
    pieces = with_region_joined(_segments(title), city, country, region)
    while len(pieces) >= 3 and noise(pieces[-1], "".join(pieces[:-2])):
        pieces = pieces[:-2]
    while len(pieces) >= 3 and noise(pieces[0], "".join(pieces[2:])):
        pieces = pieces[2:]
    stripped = _without_trailing_date("".join(pieces).strip(), start)
    return stripped if len(stripped) >= MIN_TITLE else title


# The event's own month and day at the end of a title's last segment, its year cut after a comma already
# ("Special Board Meeting Agenda June 2, 2025" → "… June 2"): "June 2", "2 June", "Jun 2nd".
TRAILING_MONTH_DAY = re.compile(
    r"(?<!\s)\s++(?:(?P<month>[a-z]{3,9})\.?\s++\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s++(?P<month2>[a-z]{3,9})\.?)$",
    re.I,
)


def _without_trailing_date(title: str, start: dt.date | dt.datetime | None) -> str:
    """The title without the event's own month and day at its end, when a full title is left."""
    found = TRAILING_MONTH_DAY.search(title)
    if found is None or (found["month"] or found["month2"]).lower() not in MONTHS:
        return title
    rest = title[: found.start()].rstrip(" ,-–—")
    return rest if is_own_date(found.group().strip(), start) and is_full_title(rest) else title


@functools.lru_cache(maxsize=16_384)
def clean_title(
    title: str,
    *,
    start: dt.date | dt.datetime | None = None,
    venue_name: str | None = None,
    city: str | None = None,
    venue_aliases: tuple[str, ...] = (),
    country: str | None = None,
    region: str | None = None,
) -> TitleResult:
    """A tidy title and the status words it carried. Never returns an empty title for a non-empty one.

    ``venue_aliases``: other names of the event's venue (the name of the venue it was matched to).
    """
    original, text, status, sold_out = _title_head(title)
    # Noise first, so that "JAZZ NIGHT – Sat Dec 5 @ Blue Lantern" is judged on "JAZZ NIGHT" alone.
    text, later, sold_later = _title_tail(
        strip_own_noise(
            text, start=start, venue_name=venue_name, city=city, aliases=venue_aliases, country=country, region=region
        )
    )
    status = _stronger(status, later) if later else status
    sold_out = sold_out or sold_later
    # A sentence about the event ("Watch the Board Meeting", "The Board meeting will be held on"): its name.
    text = name_from_sentence(text) if text else text
    text = without_pending_tail(text) if text else text  # "Quiz Night - Details to follow." (title_pending)
    return TitleResult(text or original, status, sold_out)


# clean_title's steps before and after the event's own noise read the text alone: remembered by text, since one
# title recurs over a series' dates, sources and venues (clean_title's own cache is keyed by all of those).
@functools.lru_cache(maxsize=16_384)
def _title_head(title: str) -> tuple[str, str, TitleStatus | None, bool]:
    """(the title's spaces collapsed, then tidied with its markers taken out and tidied again, status, sold out)."""
    original = " ".join(title.split())
    text, status, sold_out = _strip_markers(tidy_marks(original))
    return original, tidy_marks(without_badge(without_title_label(text))), status, sold_out  # "… PREMIÄR", "Title:"


@functools.lru_cache(maxsize=16_384)
def _title_tail(text: str) -> tuple[str, TitleStatus | None, bool]:
    """The title after its noise: tidied, a marker the event's own date stood after ("Board Meetings - NO MEETING -
    Dec 31 2024") taken out, shouting calmed; with that marker's status and sold-out flag. A title of one word in
    capitals ("IMAX", "ABBA", "NASA") is a name as its owner styles it, not shouting."""
    text, later, sold_later = _strip_markers(tidy_marks(text))
    if " " in text and is_shouting(text):
        text = title_case(text)
    return text, later, sold_later


def _undone(text: str, start: int, end: int) -> bool:
    before = re.split(r"[.!?\n]", text[max(0, start - NEGATION_WINDOW) : start])[-1]
    after = text[end : end + NEGATION_WINDOW]
    return NEGATION_BEFORE.search(before) is not None or NEGATION_AFTER.search(after) is not None


def _near(regex: re.Pattern[str], keyword: re.Pattern[str], lowered: str) -> Iterator[re.Match[str]]:
    """Matches of ``regex`` around each occurrence of ``keyword`` only.

    The keyword scan is a literal search (fast); the full pattern, which a regex engine can only try at
    every position, then runs on a short stretch. ``pos``/``endpos`` keep "^" and look-behinds honest.
    """
    seen: set[int] = set()
    for hit in keyword.finditer(lowered):
        window_start = max(0, hit.start() - STATUS_LOOKBACK)
        window_end = min(len(lowered), hit.end() + STATUS_LOOKAHEAD)
        for match in regex.finditer(lowered, window_start, window_end):
            if match.start() <= hit.start() < match.end() and match.start() not in seen:
                seen.add(match.start())
                yield match


def detect_status(text: str | None) -> StatusSignal:
    """Status words in running text ("This show has been cancelled"), read carefully: "not cancelled",
    "if the event is cancelled", "rain or shine" and "almost sold out" do not count."""
    if not text:
        return StatusSignal()
    lowered = text.lower()
    status: TitleStatus | None = None
    for match in _near(DESCRIPTION_STATUS, STATUS_KEYWORD, lowered):
        if _undone(lowered, match.start(), match.end()):
            continue
        word = next(group for group in match.groups() if group)
        found = VERB_STATES.get(word) or _marker_state(word)
        if found != "sold_out":
            status = _stronger(status, found)
    sold_out = any(not _undone(lowered, m.start(), m.end()) for m in _near(SOLD_OUT, SOLD_KEYWORD, lowered))
    return StatusSignal(status, sold_out)
