"""A dashed numeric date on a page that declares no language is read day first, as dotted ones are (held-out
batch 121). Pure.

A Flemish football club's events page (a site builder's export kept as a Jekyll page, no ``lang``, no month name)
writes its day "7-6-2013: Road to Brasil! BBQ DELUXE": the 7th of June, the evening of the Belgium–Serbia match it
shows. With no language said, a numeric date was read month first as an American slashed one is, the 6th of July.
Dashes between a day, a month and a four-digit year are how Dutch, Danish, Indian and many other writers give a
date; the month-first American form is slashed. So a dashed date on a page that says no language is read day
first when the page reads its dotted dates day first (``_page_dates.dotted_day_first``: its zone is not a US one,
and no dotted date on it has a second part over 12), and no dashed date in the same text puts a month first.

Not: a slashed date ("7/6/2013": the American form stays month first on such a page), a page that declares its
language (English reads month first there as before, another language already day first), a page in a US zone,
nor a text with "7-16-2013" beside it (a second part over 12: that writer puts the month first), nor a text with an
American sign in it (read-through 60): a twelve-hour clock ("12-5-2026, 10:00 AM") or a US state's code after a comma
("Springfield, IL", "Austin, TX 78701"). A page that says no language and no zone of its own (read in UTC) is not
thereby a non-US one; such a page writes its dates the American way, as a page that declares English is read.
"""

from __future__ import annotations

import functools
import re

from events.pipeline.places import US_STATES
from sources.adapters._page_intl import DAY_FIRST_NUMERIC, PAGE_LANGUAGE

MIN_KEPT = 1_000  # characters of a text whose reading is kept (_day_first_text)
# A dashed day-month-year or month-day-year, for the order the text's other dashed dates say.
DASHED = re.compile(r"(?<![\w/.-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?:19|20)\d\d(?![\w/])")
# An American sign in the text: a twelve-hour clock ("10:00 AM", "7pm") or a state's code after a comma ("Springfield,
# IL", "Austin, TX 78701"; the code in capitals, then its zip code or the line's end, not a word: "FEEST, DE HELE").
US_SIGN = re.compile(
    r"(?<![\w:.])(?:1[0-2]|0?[1-9])(?::[0-5]\d)?[ \t]?[AaPp]\.?[Mm]\b|"
    r",[ \t]{1,3}(?:" + "|".join(sorted(US_STATES)) + r")(?:[ \t]{1,3}\d{5}\b|[ \t]*(?:[,;)|\n]|$))"
)


def dashed_day_first(match: re.Match[str], *, day_first: bool | None) -> bool:
    """Whether a DAY_FIRST_NUMERIC ``match`` written with dashes is a date on a page that says no language and
    reads its dotted dates day first (``day_first``)."""
    if match.re is not DAY_FIRST_NUMERIC or match.group("dsep") != "-" or not day_first:
        return False
    if PAGE_LANGUAGE.get() is not None:
        return False
    text = match.string
    return _day_first_text(text) if len(text) >= MIN_KEPT else _read_day_first(text)  # a short one read afresh


@functools.lru_cache(maxsize=8)
def _day_first_text(text: str) -> bool:
    """Whether no dashed date in a long ``text`` puts its month first and no American sign is in it: read once per
    text, not once per dashed date (a large document of many dates rescanned itself for each); a few texts kept (32
    held 32 whole documents: readthrough61)."""
    return _read_day_first(text)


def _read_day_first(text: str) -> bool:
    if any(int(other.group("b")) > 12 for other in DASHED.finditer(text)):
        return False
    return US_SIGN.search(text) is None
