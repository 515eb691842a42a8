"""Two days of one month written as a pair before the month: "17th & 18th June", "Sat 17 and Sun 18 June". Pure.

A club's events card gives its weekend rally as two days joined by "&" ("33rd Vintage Rally & Country Fair", "17th &
18th June"; helper pages89): the card's date pattern finds the day written with its month, the second, and the event
was read on the 18th alone. When the day written just before that date's day is the day before it, joined by "&",
"and" or "+" (a weekday may stand before the second day), the two are one event over both days: ``paired_first``
gives that first day, and the card reader reads the pair as it reads "17-18 June".

Not: two days apart ("3rd & 10th June": two dates, not a run of days; left to the reader as before), a day that is a
count or a number in words before the date ("2 & 18 June" is no pair of consecutive days either), a pair after the
month read as "June 17" alone (left30 reads it: ``paired_last``), a time ("7 & 8pm").

After the month (left30, batch 89's "Left"): "June 17 & 18", "June 17th and 18th, 2031", "Sat June 17 & Sun 18": the
date pattern reads "June 17" and the 18 after it was lost. When the day written right after the date, joined by "&",
"and" or "+", is the day after it, and no month, hour or further day follows it, the two are one event over both
days. Not: "June 3 & 10" (days apart), "June 17 & 18 July" (the second is another month's: a date of its own),
"June 17 & 18:00" or "June 17 & 8pm" (an hour), "June 17 & 18 & 19" (a list of three).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from sources.adapters._page_dates import DateHit, safe_date
from sources.adapters._page_intl import numeric_weekday, weekday_number
from sources.adapters._page_weekday_lists import listed_start

# The first day and its joiner, right before the second day (and its weekday): "17th & ", "Sat 17 and Sun ".
PAIR_HEAD = re.compile(
    r"(?<![\w/.:-])(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?[ \t]{1,3}(?:&|and|\+)[ \t]{1,3}"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]{1,3})?$",
    re.IGNORECASE,
)
# left42: the same pair in other languages, a weekday before the second day ("Samedi 3 et Dimanche 4 Décembre",
# "Samstag 3. und Sonntag 4. Dezember", "sábado 3 y domingo 4 de diciembre", "lördag 3 och söndag 4 december"):
# the joining word of two days ("et", "und", "y", "e", "en", "og", "och", "ja", "i") and the second day's weekday,
# which ``paired_first`` checks is a weekday's name (a word between that is none, "Saal 6 und Bühne 7.", pairs
# nothing); nor a number that counts or costs something ("Saal 3 und Sonntag 4.", "Tickets €3 y domingo 4": _counted).
PAIR_HEAD_ABROAD = re.compile(
    r"(?<![\w/.:-])(?P<day>[12]\d|3[01]|0?[1-9])(?:er|\.|º)?[ \t]{1,3}(?:et|und|y|e|en|og|och|ja|i)[ \t]{1,3}"
    r"(?:(?P<weekday>[^\W\d_]{2,12})\.?,?[ \t]{1,3})?$",
    re.IGNORECASE,
)
_WORD_AT = re.compile(r"[^\W\d_]{2,12}")
PAIR_REACH = 24
# review57: the word right before the first day, when there is one, is that day's weekday or a small word ("les 6 et
# dimanche 7"); a noun counts something else: "Halle 6 und Sonntag 7. Dezember", "Salle 6 et Dimanche 7".
WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,40})[ \t]{1,3}$")  # whole word: linear (read-through 59)
_SMALL_WORDS = frozenset({"le", "les", "du", "au", "am", "vom", "den", "der", "el", "los", "il", "op", "på", "de"})
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]{1,3}"
# The second day and its joiner right after a date written month first: " & 18", "th and Sun 18th", " + 18, 2031".
# A dash after it refuses the pair only when a day or a month follows ("December 6 and 7 - 9"); a title may follow
# one ("December 6 and 7 - Open Weekend", read-through 58's F4).
PAIR_TAIL = re.compile(
    rf"(?:st|nd|rd|th)?[ \t]{{1,3}}(?:&|and|\+)[ \t]{{1,3}}(?:{_WEEKDAY})?(?P<day>[12]\d|3[01]|0?[1-9])"
    r"(?:st|nd|rd|th)?(?![\w:.]|[ \t]*(?:&|and\b|\+|[ap]\.?m\b|o'?clock|hrs?\b|uhr\b|h\b)"
    r"|[ \t]*[-–][ \t]*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
    re.IGNORECASE,
)  # the most characters the first day, its joiner and the second day's weekday take


# left31: a single clock right after the pair (a year between or not): "June 17 and 18th at 7:30pm", "17 & 18 June,
# 19:30". Two shows, one each evening (``_page_two_days`` reads them); not a day's hours ("10am – 5pm": a run).
_CLOCK = r"(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?[ \t]?[ap]\.?m\.?|(?:[01]?\d|2[0-3])[:.][0-5]\d)"
CLOCK_TEXT = _CLOCK  # a clock's pattern text, for the readers that write a clock beside these days (_page_own_days)
CLOCK_AFTER = re.compile(
    rf"(?:,?[ \t]{{1,3}}(?:19|20)\d\d)?[ \t]{{0,3}}[,;@–—-]?[ \t]{{0,3}}(?:at[ \t]{{1,3}}|from[ \t]{{1,3}})?{_CLOCK}(?!\w)"
    r"(?![ \t]{0,3}(?:-|–|—|to\b|until\b|till\b))",
    re.IGNORECASE,
)


def paired_first(first: dt.date, text: str, start: int) -> dt.date | None:
    """The day before ``first`` when ``text`` writes it just before ``first``'s day (which begins at ``start``) as
    the first of a pair of days ("17th & 18th June"); None otherwise (see the module)."""
    head = PAIR_HEAD.search(text, max(0, start - PAIR_REACH), start)
    if head is None:
        head = PAIR_HEAD_ABROAD.search(text, max(0, start - PAIR_REACH), start)
        named = _WORD_AT.match(text, start) if head is not None and head.group("weekday") is None else None
        weekday = head.group("weekday") if head is not None else None
        weekday = weekday or (named.group(0) if named is not None else None)  # the date read from its weekday on
        if head is None or weekday is None or day_name(weekday) is None or _counted(text, head.start()):
            return None
    day = safe_date(first.year, first.month, int(head.group("day")))
    return day if day is not None and (first - day).days == 1 else None


def paired_last(first: dt.date, text: str, end: int) -> dt.date | None:
    """The day after ``first`` when ``text`` writes it right after ``first``'s date (which ends at ``end``), month
    first, as the second of a pair of days ("June 17 & 18"); None otherwise (see the module)."""
    tail = PAIR_TAIL.match(text, end)
    if tail is None or CLOCK_AFTER.match(text, tail.end()):
        return None  # "June 17 and 18th at 7:30pm": two shows (left31, _page_two_days)
    day = safe_date(first.year, first.month, int(tail.group("day")))
    return day if day is not None and (day - first).days == 1 else None


# Two days of one month a week or two apart, a list of two (left30: _page_two_days reads each as an event).
_LISTED_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_LIST_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]{1,3})?"
_LIST_JOIN = r"[ \t]{1,3}(?:&|and|\+)[ \t]{1,3}"
_LIST_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
_NOT_MORE = r"(?![ \t]*(?:&|\+|-|–)|[ \t]+and\b)"  # no third day, no range after the list
# "Sat 21 and 28 June", "21st & Sat 28th June": the days before their month; after a label or in a sentence too
# ("Open days: 21 and 28 June", left31), not after a number, a price or a list's comma ("7, 14 & 21 June").
DAYS_BEFORE = re.compile(
    rf"(?<![\w/.:£$€,-])(?<![\d/.£$€,-] ){_LIST_WEEKDAY}(?P<first>{_LISTED_DAY}){_LIST_JOIN}{_LIST_WEEKDAY}"
    rf"(?P<second>{_LISTED_DAY})[ \t]{{1,3}}(?P<month>{_LIST_MONTH})(?!\w)",
    re.IGNORECASE,
)
# "June 21 & 28", "Jun 21st and Sat 28th": the days after their month.
DAYS_AFTER = re.compile(
    rf"(?<![\w/.:-])(?P<month>{_LIST_MONTH})[ \t]{{1,3}}(?P<first>{_LISTED_DAY}){_LIST_JOIN}{_LIST_WEEKDAY}"
    rf"(?P<second>{_LISTED_DAY})(?![\w:.]|[ \t]*(?:[ap]\.?m\b|o'?clock|hrs?\b|uhr\b|h\b)|[ \t]{{1,3}}{_LIST_MONTH})"
    rf"{_NOT_MORE}",
    re.IGNORECASE,
)

# left32: two consecutive days joined by a dash with one clock after them ("June 17 – 18 at 7:30pm", "17–18 June,
# 19:30"): two shows, as the pairs above (``_page_two_days`` reads them; the card's run steps aside, ``dash_nights``).
_DASH = r"[ \t]{0,3}[-–—][ \t]{0,3}"
DASH_BEFORE = re.compile(
    rf"(?<![\w/.:£$€,-])(?<![\d/.£$€,-] ){_LIST_WEEKDAY}(?P<first>{_LISTED_DAY}){_DASH}{_LIST_WEEKDAY}"
    rf"(?P<second>{_LISTED_DAY})[ \t]{{1,3}}(?P<month>{_LIST_MONTH})(?!\w)",
    re.IGNORECASE,
)
DASH_AFTER = re.compile(
    rf"(?<![\w/.:-])(?P<month>{_LIST_MONTH})[ \t]{{1,3}}(?P<first>{_LISTED_DAY}){_DASH}{_LIST_WEEKDAY}"
    rf"(?P<second>{_LISTED_DAY})(?![\w:.])",
    re.IGNORECASE,
)


def dash_nights(first: dt.date, last: dt.date, text: str, end: int) -> bool:
    """Whether a dash's run from ``first`` to ``last`` (written up to ``end`` in ``text``) is two consecutive days
    with one clock after them: two shows, not a run (left32)."""
    return (last - first).days == 1 and CLOCK_AFTER.match(text, end) is not None


def _counted(text: str, start: int) -> bool:
    """Whether a word before the first day is neither its weekday nor a small word: the number counts a hall, a stage
    or a room (review57); a price's sign right before it counts money ("Tickets €3 y domingo 4", read-through 57)."""
    if start > 0 and text[start - 1] in "€$£¥#№":
        return True
    word = WORD_BEFORE.search(text[max(0, start - 20) : start])
    if word is None:
        return False
    return day_name(word.group(1)) is None and word.group(1).lower() not in _SMALL_WORDS


def day_name(name: str) -> int | None:
    """A weekday's number from its name in English or another language, or from a short form in the page's own
    language (left44: German "Sa.", "So.": "Sa. 8. und So. 9. März" is a pair as "Sat 8 & Sun 9 March" is)."""
    found = weekday_number(name)
    return found if found is not None else numeric_weekday(name)


# The first day's own weekday before it: "Saturday 6 and", "Sat. 6 &", "samedi 6 et" (any language's word).
WEEKDAY_BEFORE = re.compile(r"(?<![\w])(?P<word>[^\W\d_]{2,12})\.?,?[ \t]{1,3}$")


@dataclasses.dataclass(frozen=True, slots=True)
class PairBegins:
    head: int  # where the pair's first day begins ("6 and ")
    start: int  # where its words begin: its weekday's, when one is written ("Saturday 6 and ")
    weekday: int | None  # that weekday's number


def pair_begins(text: str, start: int) -> PairBegins | None:
    """Where the pair of days whose second day's date begins at ``start`` begins, or None when there is no pair's
    head before it (``PAIR_HEAD``, ``PAIR_HEAD_ABROAD``)."""
    reach = max(0, start - PAIR_REACH)
    head = PAIR_HEAD.search(text, reach, start) or PAIR_HEAD_ABROAD.search(text, reach, start)
    if head is None:
        return None
    word = WEEKDAY_BEFORE.search(text, max(0, head.start() - 16), head.start())
    named = day_name(word.group("word")) if word is not None else None  # not "Festival 6 and 7 …"
    return PairBegins(head.start(), word.start() if word is not None and named is not None else head.start(), named)


def listed_run(first: dt.date, text: str, start: int) -> tuple[dt.date, int]:
    """The first of the days listed by weekday before a pair's first day, each the day before the next, and where
    its words begin ("Friday 5, Saturday 6 and Sunday 7 December": the 5th, left44); the pair's own first day and
    ``start`` (where its words begin) when none is (``_page_weekday_lists.listed_start``)."""
    return listed_start(text, DateHit(first, start, start, False, None)) or (first, start)


def paired_run(first: dt.date, text: str, start: int) -> dt.date | None:
    """``paired_first``, from the first of the days listed before the pair (``listed_run``): the card readers'."""
    pair = paired_first(first, text, start)
    begins = pair_begins(text, start) if pair is not None else None
    return pair if pair is None or begins is None else listed_run(pair, text, begins.start)[0]
