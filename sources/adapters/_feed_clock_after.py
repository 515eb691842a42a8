"""The clock a feed item's words write right after a date, in the forms Europe writes it, for the ``rss``
adapter's prose readers (``_feed_when`` in English, ``_feed_intl`` in other languages). Pure.

"samedi 12 décembre à 19h", "lørdag 12. desember kl. 19.00", "12 december 2026 kl. 19.00", "Samstag, 12. Dezember,
19 Uhr", "sábado 12 de diciembre a las 19:00", "zaterdag 12 december om 19.00 uur", "12 de dezembro às 19h30",
"12 grudnia, godz. 19:00": the clock is read as the page reader reads it (``_page_dates.find_clock``), when only
punctuation or a word of time stands between it and the date (``clock_after``). A bare hour counts after a word that
makes it one ("alle 19", "alle ore 21", "a las 19", "om 19 uur", "um 19", "godz. 19"); not before a capitalised word
("alle 19 Teilnehmer", "um 19 Euro": German's nouns), a number, a dot or a colon. Not a clock: one further on in the
sentence ("12 décembre, salle 3, ouverture 19h"), a dotted number after an English word ("at 12.50": a price as
often), "2 seats left".

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._intl_names import CLOCK_LEAD_WORDS
from sources.adapters._page_dates import ClockHit, find_clock

CLOCK_REACH = 40  # how far after a date its clock is looked for
# What sets a clock apart from its date: punctuation, then a word of time the clock reader does not take with the
# clock ("a las 19:00", "alle ore 21.00", "o godz. 19:00", "às 19h", "at 19:00"). Bounded: linear.
_APART = re.compile(r"[ \t,;:/|·–—-]{0,6}")
_LEAD_WORDS = re.compile(rf"(?:(?:{CLOCK_LEAD_WORDS})[ \t]{{1,3}})?", re.IGNORECASE)
# An English word of time leading the clock reader's match: "at 12.50" is a price as often as a time.
_ENGLISH_LEAD = re.compile(r"(?:from|at|until|to|till)\b", re.IGNORECASE)
# A bare hour after a word that makes it one ("alle 19", "alle ore 21", "a las 19", "om 19 uur", "um 19", "godz.
# 19"), with an hour's word after it or not; not followed by a number, a dot or a colon (a score, a price), a
# capitalised word ("alle 19 Teilnehmer", "um 19 Euro": German nouns) or a unit ("alle 19 km", "om 19 kr").
# Bounded: linear.
_NOT_AFTER_HOUR = (
    r"[\d.,:]|[ \t]{0,3}[-–—][ \t]{0,3}\d|[ \t]{1,3}(?-i:[A-ZÄÖÜ])"
    r"|[ \t]{0,3}(?:km|kg|m|min|minut\w{0,4}|euros?|eur|kr|år|anni|jahre|persone|personen|posti|%|€)(?![^\W\d_])"
)
BARE_HOUR = re.compile(
    r"(?:alle(?:[ \t]{1,3}ore)?|a[ \t]{1,3}las|om|um|(?:o[ \t]{1,3})?godz\.?)[ \t]{1,3}(?P<hour>[01]?\d|2[0-3])"
    rf"(?:[ \t]?(?:uur|uhr|h|ore|horas?|hod(?:in)?)\b\.?)?(?!{_NOT_AFTER_HOUR})",
    re.IGNORECASE,
)


def clock_after(text: str, position: int) -> ClockHit | None:
    """The clock written right after ``position`` of ``text`` (a date's end): with only punctuation or a word of
    time between, else None."""
    tail = text[position : position + CLOCK_REACH]
    rest = tail[_APART.match(tail).end() :]  # type: ignore[union-attr]  # {0,6} always matches
    hit = find_clock(rest, dated=True)
    if hit is not None and _LEAD_WORDS.fullmatch(rest[: hit.span[0]]) and not _ENGLISH_LEAD.match(rest, hit.span[0]):
        return hit
    bare = BARE_HOUR.match(rest)
    if bare is None:
        return None
    return ClockHit(dt.time(int(bare.group("hour"))), None, bare.span())
