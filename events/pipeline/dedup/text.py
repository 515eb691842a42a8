"""Comparison forms of the strings two listings share: titles, venue and city names, URLs. Pure, cached."""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Mapping

from events.pipeline.urls import canonical_url as stored_url

STOPWORDS = frozenset(
    {"at", "the", "a", "an", "and", "of", "in", "on", "with", "w", "presents", "present", "presented", "live"}
    | {"featuring", "feat", "ft", "tickets", "ticket", "to"}
)
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
_MOVED = re.compile(r"\b(?:moved|rescheduled|postponed|new date|date change[d]?)\b(?:\s+to\s+\w+)?")
# Availability and cancellation are states of one event, not a different event (Event.sold_out, status).
_STATUS = re.compile(r"\b(?:sold\s*out|cancell?ed|canceled|few tickets left|last tickets)\b")
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


def fold(text: str) -> str:
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


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
    moved: bool


@functools.lru_cache(maxsize=65536)
def _title(title: str) -> _Title:
    """Title tokens for comparison: folded, status words and stopwords dropped, numbers and times normalized."""
    text = fold(title)
    moved = bool(_MOVED.search(text))
    text = _STATUS.sub(" ", _MOVED.sub(" ", text))
    headline = _SUPPORT.sub(" ", text)
    text = headline if _WORD.search(headline) else text
    text = _CLOCK_24.sub(lambda m: f" {int(m.group(1)):02d}h{m.group(2)} ", _CLOCK_12.sub(_clock, text))
    text = _ORDINAL.sub(r"\1", text)
    words = _numbered(_WORD.findall(text))
    kept = tuple(word for word in words if word not in STOPWORDS) or tuple(words)
    return _Title(
        tokens=kept,
        prefixes=frozenset(word[:PREFIX] for word in kept),
        numbers=frozenset(word for word in kept if _is_number(word)),
        sessions=frozenset(word for word in words if word in SESSION_WORDS),
        is_pass=any(word in PASS_WORDS for word in words),
        moved=moved,
    )


@functools.lru_cache(maxsize=16384)
def _name_tokens(name: str) -> tuple[str, ...]:
    words = _numbered(_WORD.findall(_ORDINAL.sub(r"\1", fold(name))))
    return tuple(word for word in words if word not in STOPWORDS) or tuple(words)


@functools.lru_cache(maxsize=4096)
def _folded_name(name: str) -> str:
    return " ".join(_WORD.findall(fold(name)))
