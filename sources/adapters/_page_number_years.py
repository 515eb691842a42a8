"""Whether numbers read as a date are one: a two-digit year near the reader's clock, a dotted number that is no
section or version number (used by _page_dates.iter_dates). Pure.

"Sat 12 Dec 10 - 12" is no 2010 and "Updated 14-Feb-99" no 2099: a two-digit year counts only within
``SHORT_YEAR_REACH`` years of the reader's clock. "Section 3.4.12" and "Python 3.11.12" are no dates, and a dotted
date with a two-digit year ("7.21.22") is one only on a line about a meeting, or after a weekday's short name.
"""

from __future__ import annotations

import datetime as dt
import re

# How far a two-digit year may lie from the reader's clock to be one.
SHORT_YEAR_REACH = 2
# What a dotted number after these words is: a section, version or rule number, not a date.
NUMBERED_THING = re.compile(
    r"(?:\b(?:sections?|sec|chapters?|ch|articles?|art|titles?|rules?|codes?|versions?|ver|v|releases?|"
    r"build|no|nos|numbers?|items?|paragraphs?|para|clauses?|python|django|php|node|java|ios|android)\.?|[§#])"
    r"\s*$",
    re.I,
)
# A dotted date with a two-digit year ("7.21.22") is one only on a line about a meeting or its documents.
MEETING_LINE = re.compile(
    r"\b(?:meet(?:s|ing|ings)?|agendas?|minutes|sessions?|hearings?|council|board|commission|committee|"
    r"workshops?|events?)\b",
    re.I,
)
# A weekday's short name set off before a date by its dot and a comma ("Fr., ", "Mi, ", "Tue, "): a letter word of
# two or three letters, at the start of the text or after a space.
SHORT_WEEKDAY_BEFORE = re.compile(r"(?:^|\s)[^\W\d_]{2,3}\.?,\s{1,3}$")


def short_year_far(year: str | None, today: dt.date) -> bool:
    """Whether a two-digit year ("99") lies too far from the reader's clock to be one; a four-digit one never."""
    return year is not None and len(year) == 2 and abs(2000 + int(year) - today.year) > SHORT_YEAR_REACH


def dotted_rejected(text: str, match: re.Match[str], *, year_less: bool = False, today: dt.date | None = None) -> bool:
    """A dotted number that is no date: after "Section"/"Version"…, or with a two-digit year off a meeting line,
    unless a weekday's short name leads it ("Fr., 20.03.26") and the year is near the reader's clock."""
    if NUMBERED_THING.search(text[max(0, match.start() - 20) : match.start()]):
        return True
    if year_less or len(match.group("year")) != 2 or MEETING_LINE.search(text):
        return False
    near = today is not None and not short_year_far(match.group("year"), today)
    return not (near and SHORT_WEEKDAY_BEFORE.search(text[max(0, match.start() - 8) : match.start()]))


# A card's day, month and two-digit year (read by _page_short_years, which writes its century out).
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# "1 Oct 26", "31st May 26": the day, the month's name and the two-digit year on one line; not followed by more
# digits, a time's or a number's marks, an hour's word, a range's dash and number, a lower-case word or a month.
SHORT_YEAR_DATE = re.compile(
    rf"\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?[ \t]{{1,3}}{_MONTH_NAME}\.?[ \t]{{1,3}}(?P<year>\d\d)"
    rf"(?![\d:./]|[ \t]*(?:[ap]\.?m\b|o'?clock\b|h\b|hrs?\b|uhr\b)|[ \t]*(?:-|–|—|to\b)[ \t]*\d"
    rf"|[ \t]+(?-i:[a-z])|[ \t]+{_MONTH_NAME}\b)",
    re.IGNORECASE,
)
