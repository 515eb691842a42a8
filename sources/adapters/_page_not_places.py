"""What is never an event's place, whichever reader found it: a line that says only when ("Sat 14th Mar 2026,
8:00pm", a "Venue" label joined to the date under it), and a remark written where a place could be ("Doors Open",
"Free Entry", "Sold Out", "Tickets on sale now", "Eintritt frei", "Ingresso libero", "Deuren open"). Pure."""

from __future__ import annotations

import datetime as dt
import re

from events import statuswords
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_intl import NUMERIC_WEEKDAYS
from sources.adapters._page_place_notices import place_notice
from sources.adapters._page_place_nouns import PLACE_NOUN
from sources.adapters._page_weekday_numbers import ENGLISH_WEEKDAYS
from sources.adapters._place_not_yet import place_not_yet

_EPOCH = dt.date(2000, 1, 1)
# The words a line that says only when keeps once its dates and times are out ("at", "from", "to", "doors").
WHEN_WORDS = re.compile(r"[^\W\d_]+")
WHEN_FILLERS = frozenset(
    {
        "at",
        "from",
        "to",
        "until",
        "till",
        "and",
        "on",
        "the",
        "of",
        "st",
        "nd",
        "rd",
        "th",
        "um",
        "ab",
        "bis",
        "à",
        "de",
    }
)
MAX_WHEN_LINE = 200  # a longer text is a sentence, read as such elsewhere
# A remark on tickets, entry or doors where a place could be; "doors" or "tickets" before a place's noun is part of
# its name ("The Doors Bar", "Ticket Hall"), no remark.
_NAMED = rf"(?!\s{{1,3}}{PLACE_NOUN.pattern})"
# "Doors" as a remark: opening the text ("Doors 7pm", "Door tax"), before when they open ("… doors open 7:30",
# "doors at 8", "doors: 19:00") or at the door ("Pay at the door"); a venue whose name ends with the word ("The Blue
# Door", "Stage Door") is a place.
_DOORS = (
    rf"(?:(?<![\w\s])|^)doors?{_NAMED}|doors?(?=\s{{0,3}}(?:open|opening|at\b|[:@]|\d|tax|fee|sales?\b|only\b))"
    r"|(?<=\bat\sthe\s)doors?"
)
REMARK = re.compile(
    rf"\b(?:{_DOORS}|free\s+(?:entry|admission|entrance|event)|(?:entry|admission)\s+(?:is\s+)?free|on\s+sale|tickets?{_NAMED}|"
    r"book(?:ing)?\s+now|"
    r"buy\s+now|sold\s+out|last\s+(?:few|tickets|places|seats)|few\s+(?:tickets|places|seats)\s+left|waiting\s+list|"
    r"waitlist|all\s+welcome|everyone\s+welcome|eintritt(?:\s+frei)?|einlass|ausverkauft|entr[ée]e\s+(?:libre|gratuite)"
    r"|complet|agotado|tba|tbc|tbd"
    # the same in the other languages the reader reads: Spanish and Portuguese, Italian, Dutch, Danish, Swedish
    # and Norwegian, Czech, Polish, Finnish ("Entrada libre", "Ingresso libero", "Deuren open", "Fri entré",
    # "Vstup zdarma", "Wstęp wolny", "Vapaa pääsy"); a place's own word ("Ingresso principale") is none
    r"|entrada\s+(?:libre|gratuita|gratis|livre|franca)|apertura\s+(?:de\s+)?(?:puertas|porte)|abertura\s+(?:das\s+)?portas"
    r"|esgotad[oa]s?|bilhetes|ingressos|ingresso\s+(?:libero|gratuito|gratis)|biglietti|esaurit[oi]"
    r"|deuren(?:\s+open)?|zaal\s+open|(?:gratis|vrije)\s+toegang|toegang\s+gratis|(?:gratis\s+)?entree\s+gratis|uitverkocht"
    r"|d[øö]r(?:ene|rarna|e)\s+(?:åbner|åpner|öppnar)|insläpp|(?:fri|gratis)\s+(?:entré|inngang|inträde)|fritt\s+inträde"
    r"|billetter|biljetter|udsolgt|utsolgt|slutsålt"
    r"|vstup\s+(?:zdarma|volný)|vstupné(?:\s+dobrovolné)?|vstupenky|vyprodáno"
    r"|wstęp\s+(?:wolny|bezpłatny)|wejście\s+bezpłatne|bilety|wyprzedane|otwarcie\s+drzwi"
    r"|ovet\s+(?:avataan|aukeavat)|vapaa\s+pääsy|liput|loppuunmyyty)\b",
    re.IGNORECASE,
)


# A price ("£12", "8 EUR", "Free") and a call to act ("Book now", "Read more", "Tickets", "RSVP") where a place's line
# could be: one list for the card readers (a card's bare line under its date, a date line's part after its date).
PRICE = re.compile(r"[£$€¥₹]|\d\s*(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|CZK|Kč|zł|kr)\b|\bfree\b", re.I)
CALL = re.compile(
    r"^(?:read|learn|find\s+out|see|view|show)\s+more\b|^more\s+(?:info|information|details)\b|^details\b"
    r"|^(?:book(?:ing)?|buy|get|reserve)\b|^tickets?\b|^register\b|^sign\s+up\b|^add\s+to\b|^rsvp\b|^info\b",
    re.I,
)


def price_or_call(text: str) -> bool:
    """Whether a line where a place could be is a price or a call to act (PRICE, CALL), not a place."""
    return bool(PRICE.search(text) or CALL.search(text))


def says_only_when(text: str) -> bool:
    """Whether ``text`` gives a date or a time and nothing else: its dates and times taken out, only weekday names,
    joining words and separators are left."""
    if len(text) > MAX_WHEN_LINE:
        return False
    hits = find_dates(text, year_hint=_EPOCH.year, today=_EPOCH)
    spans = [(hit.start, hit.end) for hit in hits]
    rest = text
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    clocks = 0
    while (clock := find_clock(rest)) is not None and clocks < len(text):
        rest, clocks = rest[: clock.span[0]] + " " + rest[clock.span[1] :], clocks + 1
    if not spans and not clocks:
        return False
    words = [word.lower().rstrip(".") for word in WHEN_WORDS.findall(rest)]
    return all(word in WHEN_FILLERS or word in ENGLISH_WEEKDAYS or word in NUMERIC_WEEKDAYS for word in words)


def a_remark(text: str) -> bool:
    """Whether ``text`` is a remark on tickets, doors or entry, or a status, rather than a place."""
    word = statuswords.undecorated(text)
    if statuswords.status_of(word) is not None or " ".join(word.lower().split()) in statuswords.sold_out_words():
        return True
    return bool(REMARK.search(text))


def not_a_place(text: str) -> bool:
    """Whether ``text``, read as an event's place, is none (see says_only_when and a_remark), or says the place is not
    known yet ("wird noch bekannt gegeben", "bude upřesněno": _place_not_yet, review35)."""
    return says_only_when(text) or a_remark(text) or place_not_yet(text) or place_notice(text)


# The parts of a date line after its date ("14.03.2026, Abgesagt", "Sat 14 Mar, 8pm · Cancelled").
PART_BREAK = re.compile(r"\s[-–—|·•]\s|[,;]")


def date_line_status(line: str) -> str | None:
    """The status a part of a dated line after its date is ("14.03.2026, Abgesagt": cancelled), or None."""
    if len(line) > MAX_WHEN_LINE:
        return None
    hits = find_dates(line, year_hint=_EPOCH.year, today=_EPOCH)
    if not hits:
        return None
    for part in PART_BREAK.split(line[hits[0].end :]):
        if (status := statuswords.status_of(statuswords.undecorated(part.strip()))) is not None:
            return status
    return None
