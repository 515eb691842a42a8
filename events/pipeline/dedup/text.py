"""Comparison forms of the strings two listings share: titles, venue and city names, URLs. Pure, cached."""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Mapping

from events import statuswords
from events.pipeline.urls import canonical_url as stored_url

STOPWORDS = frozenset(
    {"at", "the", "a", "an", "and", "of", "in", "on", "with", "w", "presents", "present", "presented", "live"}
    | {"featuring", "feat", "ft", "tickets", "ticket", "to", "tix"}
)
# Words an aggregator adds to a body's name ("Finance Committee Meeting", "… Mtg"), which also tell events apart
# ("Community Meeting" / "Community Potluck"): dropped only from two titles that are otherwise the same.
SOFT_WORDS = frozenset({"meeting"})
WORD_ALIASES: Mapping[str, str] = {"mtg": "meeting", "mtng": "meeting"}
# Nouns that name a site: a part of a title holding one may say where the event is ("… - Longfellow Creek",
# "… @ Kubota Forest"); a date, a time, "Regular Meeting" or an agency's name does not.
SITE_NOUNS = frozenset(
    {"park", "parks", "creek", "river", "lake", "pond", "beach", "bay", "shore", "island", "forest", "woods",
     "wood", "woodland", "garden", "gardens", "trail", "trailhead", "greenway", "ravine", "hill", "point",
     "marsh", "wetland", "wetlands", "meadow", "preserve", "reserve", "pier", "dock", "harbor", "harbour",
     "plaza", "square", "street", "st", "avenue", "ave", "road", "rd", "way", "boulevard", "blvd", "campus",
     "library", "branch", "center", "centre", "hall", "room", "building", "church", "school", "field", "fields",
     "stadium", "arena", "theatre", "theater", "club", "bar", "pub", "brewery", "cafe", "studio", "gallery",
     "museum", "market", "station", "community"}
)  # fmt: skip
# The site nouns a named site ends with ("Ives Park", "Alki Beach"); not those that also name what an event is
# ("Book Club", "Wine Bar", "Writing Room", "Community Meeting").
NAMED_SITE_NOUNS = SITE_NOUNS - {"club", "bar", "pub", "room", "community", "studio", "way", "school", "hall"}
SESSION_WORDS = frozenset({"early", "late", "matinee", "evening", "afternoon", "morning", "midnight"})
PASS_WORDS = frozenset({"pass", "passes", "wristband", "wristbands"})
# A number after these words names an instalment: "day one", "part II", "vol. 3".
NUMBER_MARKERS = frozenset(
    {"day", "part", "pt", "vol", "volume", "chapter", "episode", "ep", "night", "week", "round", "session", "act"}
    | {"no", "edition", "show", "book", "season", "series", "heat", "stage"}
)
SLOT_WORDS = frozenset({"show", "set", "seating", "session", "performance", "screening"})  # "second show"
NUMBER_WORDS: Mapping[str, str] = {
    **{word: str(n) for n, word in enumerate("one two three four five six seven eight nine ten".split(), 1)},
    **{word: str(n) for n, word in enumerate("first second third fourth fifth sixth seventh eighth".split(), 1)},
    **{word: str(n) for n, word in enumerate("i ii iii iv v vi vii viii ix x".split(), 1)},
}

PREFIX = 4
_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script


def fold(text: str) -> str:
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# The status words of every language (events.statuswords), folded like the titles they are looked for in.
_PUT_OFF = statuswords.alternation(fold(word) for word in statuswords.words("postponed", "rescheduled"))
_OFF = statuswords.alternation(fold(word) for word in statuswords.words("cancelled"))
_MOVED = re.compile(r"\b(?:moved|" + _PUT_OFF + r"|new date|date change[d]?)\b(?:\s+to\s+\w+)?")
# Only these say the date itself moved; "rescheduled" / "postponed" beside the same start is the event's status.
_MOVED_DATE = re.compile(r"\b(?:moved|new date|date change[d]?)\b")
# Availability and cancellation are states of one event, not a different event (Event.sold_out, status).
_STATUS = re.compile(r"\b(?:sold\s*out|" + _OFF + r"|few tickets left|last tickets)\b")
# Aggregator decorations around the name, none of which names another event: a promoter in front ("Live Nation
# presents: …", "An Evening with …"), an age limit ("(18+)", "All Ages"), the date spelled out beside the title
# ("(April 18, 2012)", "- 09.13.2017", "Sat Sep 14"). Times stay: they tell an early show from a late one.
_PROMOTER = re.compile(r"^(?:[^:|]{1,80}?\bpresents?\b\s*[:\-–—|]\s*|an evening with\s+)")
# "<performer> Tickets - <venue>", "<category> Tickets: <match>": the word ends a part of the title, it never
# swallows the part before it (the performer). The parts are then trimmed per pair like any other separator.
# A match never starts inside a run of spaces (a space after a space): the run's first space starts the same
# match, its \s* taking the whole run. Trying every space made 20,000 of them cost seconds.
_TICKETS = re.compile(r"(?!(?<=\s)\s)\s*\btickets?\s*[:\-–—|]\s*")
# An age limit: "18+", "(21+)", "All Ages". Not "Part 1 + 2" or "1+1". The number is kept aside: "Kids 5+" and
# "Kids 12+" are two classes.
_AGES = re.compile(r"(?<![\w+])(?:(\d{1,2})\+|all\s+ages)(?![\w+])")
# Whole month words only: "Marathon", "Octet", "Junebug" are names, not dates.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?\s+)?"
_DATE = re.compile(
    rf"\b{_WEEKDAY}(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})(?![\w+])"
)
# Where a title's own name ends and a place, a promoter or an agency begins: "… at <venue>", "… @ <venue>",
# "<agency>: …", "… - <venue>", "… | …", "… in the <room>", "… (<room or agency>)".
# Never started at a space after a space (as _TICKETS): the same matches, linear on long runs.
_SEPARATOR = re.compile(r"(?!(?<=\s)\s)(?:\s+(?:at|@|in\s+the|[-–—|])\s+|\s*[:@|]\s+|\s+@|\s*[()\[\]]\s*)")
# A support act is billed by one listing and not the other: the headliner names the event.
_SUPPORT = re.compile(r"\b(?:with\s+)?(?:very\s+)?special\s+guests?\b.*|\b(?:supported by|support from)\b.*")
_CLOCK_12 = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\b\.?")
_CLOCK_24 = re.compile(r"\b(\d{1,2}):(\d{2})\b")
_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b")
_OCCURRENCE = re.compile(r"^\d{4}-\d{2}-\d{2}")


# --- URLs -----------------------------------------------------------------------------------------------------


def _host(netloc: str) -> str:
    for prefix in ("www.", "m."):
        if netloc.startswith(prefix) and netloc.count(".") >= 2:
            return netloc[len(prefix) :]
    return netloc


@functools.lru_cache(maxsize=65_536)
def canonical_url(url: str | None) -> str | None:
    """The comparison form of an http(s) URL, None for anything else.

    Built on the stored form (`urls.canonical_url`: lowercase scheme and host, no default port, fragment or
    tracking parameters), then folded further for comparison only: no "www." or "m.", no trailing slash,
    the parameters sorted. Those spellings name one page in practice, but a site may tell them apart, so
    stored links keep them.
    """
    stored = stored_url(url) if isinstance(url, str) else None
    if stored is None:
        return None
    scheme, _, rest = stored.partition("://")
    netloc, slash, tail = rest.partition("/")
    path, _, query = (slash + tail).partition("?")
    canonical = f"{scheme}://{_host(netloc)}{path.rstrip('/')}"
    return f"{canonical}?{'&'.join(sorted(query.split('&')))}" if query else canonical


def _url_key(url: object) -> str | None:
    """A comparison key: the canonical URL without its scheme. A site's home page identifies no event."""
    canonical = canonical_url(url)
    if canonical is None:
        return None
    key = canonical.split("://", 1)[1]
    return key if "/" in key or "?" in key else None


# --- Text -----------------------------------------------------------------------------------------------------


def _clock(match: re.Match[str]) -> str:
    hour, minute = int(match.group(1)) % 12, int(match.group(2) or 0)
    if match.group(3) == "p":
        hour += 12
    return f" {hour:02d}h{minute:02d} "


def _numbered(words: list[str]) -> list[str]:
    """Numbers in one spelling: "007" → "7", "day one" / "part II" / "second show" → "day 1" / "part 2" /
    "2 show". Number words elsewhere stay words: "First Friday" is a name, not an instalment."""
    out: list[str] = []
    for position, word in enumerate(words):
        following = words[position + 1] if position + 1 < len(words) else ""
        if word.isdecimal():
            word = str(int(word))
        elif word in NUMBER_WORDS and ((out and out[-1] in NUMBER_MARKERS) or following in SLOT_WORDS):
            word = NUMBER_WORDS[word]
        out.append(word)
    return out


def _is_number(token: str) -> bool:
    return token[0].isdigit()


@dataclasses.dataclass(frozen=True, slots=True)
class _Title:
    tokens: tuple[str, ...]
    prefixes: frozenset[str]  # blocking keys: a shared word, forgiving its ending ("theatre" / "theater")
    numbers: frozenset[str]
    sessions: frozenset[str]
    is_pass: bool
    moved: bool  # says it moved or was rescheduled
    moved_date: bool  # says the date itself moved ("moved", "new date"), not only its status
    segments: tuple[tuple[str, ...], ...] = ()  # the tokens between separators, for trimming a place or agency
    ages: frozenset[str] = frozenset()  # age limits taken out of the tokens: "5" for "Kids 5+"
    token_set: frozenset[str] = frozenset()
    # Sites the title names by name: a word that says which place, then a site noun, within one part ("Ives
    # Park" of "Family Storytime at Ives Park"); and whether each was in a part after the first (where a site is
    # attached, not the event's own name, as in "Book Club").
    sites: frozenset[tuple[str, str, bool]] = frozenset()
    kind_sites: frozenset[str] = frozenset()  # a part that is only site nouns: "… in the Park" says of what kind


def _clean(text: str) -> str:
    """The folded title without what says nothing about which event: status, promoter, age limit, date."""
    text = _STATUS.sub(" ", _MOVED.sub(" ", text))
    headline = _SUPPORT.sub(" ", text)
    text = headline if _WORD.search(headline) else text
    stripped = _DATE.sub(" ", _AGES.sub(" ", _PROMOTER.sub("", text.strip())))
    return stripped if _WORD.search(stripped) else text


def _words(text: str) -> list[str]:
    text = _CLOCK_24.sub(lambda m: f" {int(m.group(1)):02d}h{m.group(2)} ", _CLOCK_12.sub(_clock, text))
    return _numbered([WORD_ALIASES.get(word, word) for word in _WORD.findall(_ORDINAL.sub(r"\1", text))])


@functools.lru_cache(maxsize=65536)
def _title(title: str) -> _Title:
    """Title tokens for comparison: folded, decorations, status words and stopwords dropped, numbers and times
    normalized; also the same tokens cut at the separators where a venue or an agency may be attached."""
    folded = fold(title)
    text = _clean(_TICKETS.sub(" | ", folded))
    words = _words(text)
    kept = tuple(word for word in words if word not in STOPWORDS) or tuple(words)
    segments = tuple(
        segment
        for part in _SEPARATOR.split(text)
        if (segment := tuple(word for word in _words(part) if word not in STOPWORDS))
    )
    segments = segments if sum(map(len, segments)) == len(kept) else (kept,)
    return _Title(
        tokens=kept,
        prefixes=frozenset(word[:PREFIX] for word in kept),
        numbers=frozenset(word for word in kept if _is_number(word)),
        sessions=frozenset(word for word in words if word in SESSION_WORDS),
        is_pass=any(word in PASS_WORDS for word in words),
        moved=bool(_MOVED.search(folded)),
        moved_date=bool(_MOVED_DATE.search(folded)),
        segments=segments,
        ages=frozenset(str(int(age)) for age in _AGES.findall(folded) if age),
        token_set=frozenset(kept),
        sites=_sites(segments),
        kind_sites=frozenset(
            word for segment in segments[1:] if all(w in NAMED_SITE_NOUNS for w in segment) for word in segment
        ),
    )


def _sites(segments: tuple[tuple[str, ...], ...]) -> frozenset[tuple[str, str, bool]]:
    """(which, noun, attached) for each site noun a part names after a word of its own that is not a kind of
    place: ("pigeon", "point", False) of "Pigeon Point Park Restoration Event", ("ives", "park", True) of
    "Storytime at Ives Park". A kind word before the noun ("Community Garden", "Regional Library") names none."""
    found = set()
    for position, segment in enumerate(segments):
        for word, noun in zip(segment, segment[1:], strict=False):
            if noun in NAMED_SITE_NOUNS and word not in SITE_NOUNS and word not in PLACE_KINDS and not _is_number(word):
                found.add((word, noun, position > 0))
    return frozenset(found)


# One spelling for the words addresses abbreviate, so "118 N. Clark St." and "118 North Clark Street" agree.
STREET_WORDS: Mapping[str, str] = {
    "n": "north", "s": "south", "e": "east", "w": "west", "st": "street", "ave": "avenue", "av": "avenue",
    "blvd": "boulevard", "rd": "road", "dr": "drive", "ln": "lane", "pl": "place", "sq": "square", "fl": "floor",
}  # fmt: skip


# What kind of place a venue is, not which one: "Humboldt Park" and "Garfield Park" differ by their other words.
PLACE_KINDS = frozenset(
    {"room", "rooms", "hall", "building", "center", "centre", "theatre", "theater", "park", "church", "library"}
    | {"school", "club", "bar", "cafe", "chamber", "chambers", "floor", "auditorium", "stadium", "arena", "field"}
    | {"gallery", "museum", "house", "lounge", "stage", "studio", "ballroom", "branch", "suite", "main", "board"}
    | {"street", "avenue", "boulevard", "road", "drive", "lane", "place", "square", "north", "south", "east", "west"}
    # A library system's or a civic building's rooms and branches say the same of each other: "Roseland Meeting
    # Room at Roseland Regional Library", "Children's Area (Roseland)", "Northwest Teen Area".
    | {"regional", "meeting", "area", "children", "teen"}
)


@functools.lru_cache(maxsize=16384)
def _name_marks(name: tuple[str, ...]) -> frozenset[str]:
    """The words that say which place a venue name is, without its kind ("humboldt" of "Humboldt Park"); none
    for a street address ("118 N. Clark St."), which names no place of its own."""
    if not name or _is_number(name[0]):
        return frozenset()
    return frozenset(word for word in name if word not in PLACE_KINDS and not _is_number(word))


@functools.lru_cache(maxsize=16384)
def _name_tokens(name: str) -> tuple[str, ...]:
    words = [STREET_WORDS.get(word, word) for word in _numbered(_WORD.findall(_ORDINAL.sub(r"\1", fold(name))))]
    return tuple(word for word in words if word not in STOPWORDS) or tuple(words)


@functools.lru_cache(maxsize=4096)
def _folded_name(name: str) -> str:
    return " ".join(_WORD.findall(fold(name)))
