"""The place a line under a date names before its time and a comma ("Divadlo Lucie Bílé, v 10:00 hodin", "Kino Máj,
v 16:00 hodin", "Stadthalle, 19:30 Uhr"): a listing that writes the venue and the hour on one line (batch 97). Pure;
a card's "Zaal Nova, Gent — 20u30" (a spaced dash, any card line) is _page_clock_places'.

The line is the place's only when it is that shape: the place, a comma or a dash, then the time (led by "at", "v",
"um", "à"...; followed by its word, "hodin", "Uhr", "h") closing the line. What stands before the time is a place
only when it is a short name: a few words, no label of the time's part ("Doors, 7 pm", "Beginn, 19:00"), no
sentence, no date, no price. A line that goes on after the time ("Kino Máj, 16:00, vstup zdarma") is not read.

Nor a word that says when or what, not where (review35): a weekday ("Sobota, v 19:00 hodin", "Every Sunday, 11:00"),
a day's word ("Heute, 20:00 Uhr", "Tonight, at 8:00", "Daily, 10:00"), the evening's part or kind ("Premiere, 19:30
Uhr", "Vernissage, 19 Uhr", "Matinee, 13:00", "Eröffnung, 18:00 Uhr")."""

from __future__ import annotations

import re

from sources.adapters._page_dates import ClockHit
from sources.adapters._page_intl import intl_weekday
from sources.adapters._page_line_places import looks_like_place
from sources.adapters._page_relative_days import RELATIVE_DAY, WEEKDAYS
from sources.adapters._page_time_lines import TIME, label_rank

# The words that lead into a time, at the end of what precedes it: Czech and Slovak "v", "ve", "od", English "at",
# "from", German "um", "ab", French "à", Spanish and Italian "a las", "alle", Dutch "om", Polish "o", "godz.", Nordic
# "kl.", "klo".
_LEAD = re.compile(r"(?:^|(?<=\s))(?:v|ve|od|at|from|um|ab|à|a\s++las|alle|om|o|godz\.?|kl\.?|klo)$", re.IGNORECASE)
# What may follow the time before the line ends: its word ("hodin", "hod.", "Uhr", "h", "hrs", "godz.", "uur").
_TAIL = re.compile(r"\s*+(?:(?:hodin|hod|uhr|h|hrs?|godz|uur)\b)?+\.?+\s*+", re.IGNORECASE)
# The separators between the place and its time (the last character before the time's lead, blanks trimmed).
_SEPARATORS = (",", "–", "—", "-")
# What a place's name holds no part of: a colon (a label), a currency or a price, a digit run that is a date.
_NOT_A_NAME = re.compile(r"[:€$£]|\d{1,2}[./]\d{1,2}|\b(?:doors?|einlass|beginn|start|registration|check-?in)\b", re.I)
MAX_WORDS = 6
# Words that say when, not where: how often, in the pages' languages ("Every Sunday", "Daily", "Täglich").
HOW_OFTEN = re.compile(
    r"daily|nightly|weekly|every|each|täglich|jeden|jede|denně|každý|každou|codziennie|quotidien|chaque|diario|"
    r"dagelijks|elke",
    re.IGNORECASE,
)
# An evening's part or kind, alone before the time ("Premiere, 19:30 Uhr"); in a longer name it may be a place's
# ("Opening Hall", "The Lunch Box").
WHAT = re.compile(
    r"premi[eè]re|premiéra|premiera|derni[eè]re|derniéra|vernissage|vernisáž|wernisaż|finissage|matin[eé]e|"
    r"soir[eé]e|opening|eröffnung|zahájení|otevření|otwarcie|inauguration|lunch|brunch|dinner",
    re.IGNORECASE,
)


def place_beside_clock(text: str, clock: ClockHit) -> str | None:
    """The place ``text`` names before its time ``clock`` (found in ``text``), or None when the line is not
    "<place>, <time>"."""
    start, end = clock.span
    if _TAIL.fullmatch(text[end:]) is None or label_rank(text) != TIME:
        return None
    before = text[:start].rstrip()
    before = _LEAD.sub("", before).rstrip()
    if not before.endswith(_SEPARATORS):
        return None
    place = before[:-1].strip()
    words = place.split()
    if not words or len(words) > MAX_WORDS or not place[0].isupper() or _NOT_A_NAME.search(place):
        return None
    if any(_when(word) for word in words) or (len(words) == 1 and WHAT.fullmatch(words[0].strip(".,;"))):
        return None
    return place if looks_like_place(place) else None


def _when(word: str) -> bool:
    """A weekday, a day's word, or how often (see the module): no place's word."""
    word = word.strip(".,;").lower()
    return (
        word in WEEKDAYS
        or intl_weekday(word) is not None
        or RELATIVE_DAY.fullmatch(word) is not None
        or HOW_OFTEN.fullmatch(word) is not None
    )
