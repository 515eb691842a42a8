"""An event's name in the sentence that announces it: "The 12th CASSINI Hackathon - EU Space for Peace and Resilience
will take place from 27 - 29 November 2026." On a page with no heading of its own the single event was named by the
page's <title>, which is often the site's name ("CASSINI Hackathons | Official Website"); a sentence that says
"<name> will take place / takes place / will be held <the same day>" names the event itself.

Only a sentence whose words after the verb read the event's own day, and only a name that reads as one: two to twelve
words, the first capitalised or a number, not a pronoun's or a generic phrase's ("It will take place", "The event
will be held", "Registration takes place"), that shares a word with the page's title (the page's event, not one of
its parts: "The Opening Ceremony will take place on …" on a festival's page). English, French, Spanish, Italian and German ("findet … statt").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from sources.adapters._page_dates import find_dates

# The verb that announces: the name stands before it, the day after it.
ANNOUNCING = re.compile(
    r"\s(?:will\s++take\s++place|takes\s++place|will\s++be\s++held|is\s++(?:being\s++)?held|aura\s++lieu"
    r"|tendr[áa]\s++lugar|se\s++celebrar[áa]|si\s++terr[àa]|avr[àa]\s++luogo|(?P<findet>findet|finden))\b",
    re.IGNORECASE,
)
GERMAN_END = re.compile(r"\bstatt\b", re.IGNORECASE)  # "findet am 27. November statt"
SENTENCE_END = re.compile(r"[.!?;:]\s")  # the name starts after the last one before the verb
ARTICLE = re.compile(r"(?:the|le|la|les|el|los|las|il|lo|der|die|das)\s++", re.IGNORECASE)
NOT_A_NAME = frozenset(
    {"it", "this", "that", "which", "who", "our", "your", "their", "event", "events", "registration", "everything",
     "all", "there", "ceci", "cela", "il", "elle", "es", "esto", "questo", "sie", "er", "veranstaltung", "dies"}
)  # fmt: skip
WORD = re.compile(r"[^\W_]++")
MIN_SHARED = 4  # letters of a word the name and the page's title share
MAX_LINES = 300  # lines of a page looked at
MAX_NAME = 90  # characters: a name, not a paragraph
DAY_WITHIN = 200  # characters after the verb where the day is read (not the rest of a page written as one line)
MIN_WORDS, MAX_WORDS = 2, 12
EVIDENCE = "title from the sentence announcing it: {sentence!r}"


def announced_name(lines: Sequence[Any], day: dt.date, today: dt.date) -> tuple[str, str] | None:
    """(name, sentence) of the first of the page's ``lines`` that announces an event on ``day`` by its name, or
    None."""
    for line in lines[:MAX_LINES]:
        text = line.text
        for verb in ANNOUNCING.finditer(text):
            rest = text[verb.end() : verb.end() + DAY_WITHIN]
            if verb.group("findet") and GERMAN_END.search(rest) is None:
                continue
            name = _name_before(text[: verb.start()])
            hits = find_dates(rest, year_hint=None, today=today) if name else []
            if name and hits and hits[0].date == day:
                return name, text[:160]
    return None


def announced_title(lines: Sequence[Any], day: dt.date, today: dt.date, *, title: str, source: str) -> tuple[str, str]:
    """The single event's title and the evidence of where it came from: when it came from the page's <title>
    (``source`` "title": no heading, no field naming it), a sentence announcing the event by name on ``day``
    names it instead."""
    announced = announced_name(lines, day, today) if source == "title" else None
    if announced is None or not _shares_a_word(announced[0], title):
        return title, f"title from the page's {source}: {title[:120]!r}"
    return announced[0], EVIDENCE.format(sentence=announced[1])


def _shares_a_word(name: str, title: str) -> bool:
    """Whether the announced name and the page's title share a word of four letters or more, one word the other's
    start ("Hackathon" in "CASSINI Hackathons"): the sentence is about the page's event, not one of its parts ("The
    Opening Ceremony will take place on …" on a festival's page)."""
    ours = {word for word in WORD.findall(title.casefold()) if len(word) >= MIN_SHARED}
    return any(
        word.startswith(other) or other.startswith(word)
        for word in WORD.findall(name.casefold())
        if len(word) >= MIN_SHARED
        for other in ours
    )


def _name_before(head: str) -> str | None:
    """The name ending ``head`` (after the last sentence's end, its article off), when it reads as a name."""
    start = 0
    for end in SENTENCE_END.finditer(head):
        start = end.end()
    name = head[start:].strip(" \t\"'“”«»")
    article = ARTICLE.match(name)
    if article is not None:
        name = name[article.end() :]
    words = name.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS or len(name) > MAX_NAME:
        return None
    if words[0].lower() in NOT_A_NAME or not words[0][:1].isupper() and not words[0][:1].isdigit():
        return None
    return name
