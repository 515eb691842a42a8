"""What a schedule line that opens with its date in bold says beyond the date reader's reading (helper pages112). Pure
but for the entries it is given, which it mends.

A library's programme list writes each programme as one paragraph: its date in bold, its name in italics, then who
gives it and what it is about, all run together: "<p><b>April 13, 2011:</b> <i>Focus on Wellness</i> Anita
Scandurra / Peter Throm, integrative approaches to wellness …</p>". The line reader takes everything after the date
as the title. Two readings mend it:

* **The italic name** (``italic_title``): when the line's block opens with a bold element holding the line's first
  words and a digit, and the element right after it (nothing but spaces between) is an <i>, <em> or <cite> with
  words, that element's words are the title ("Focus on Wellness"). Not: an italic further into the line ("… reads
  from her book, <i>Haiti Mon Amour</i>": a work named in the description), a bold that does not open the block, an
  italic longer than MAX_TITLE; an italic that is no name (review55, ``no_name``): a quotation ("“The best talk of
  the year,” said …"), an event's status or a badge ("Cancelled", "Sold out", "New!"), a time of day ("7pm").
* **Listed days** (``listed_days``): "March 8, 15, 22, 2011:" writes one month's days as a list before one year; the
  date reader reads the first. Each further day is the same event on that day, an entry of its own; days that
  follow one another with no gap ("November 14 &amp; Nov. 15, 2010") are one event over them, the last its end day.
  Not: a list whose first day is not the entry's, days out of order or not of the month, a year not written right
  after the list ("March 8, 15 and 22 pupils": no year, no list). The date reader's own entry of the same line for
  a listed day (it reads "Nov 15, 2031" of "Nov 14 & Nov 15, 2031" too) is dropped: the day is the run's or its
  listed twin's already (review55).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from events import statuswords

MAX_TITLE = 120  # characters: a programme's name, not a paragraph set in italics
BOLD = frozenset({"b", "strong"})
ITALIC = frozenset({"i", "em", "cite"})
TITLE_EVIDENCE = "title from the italic name right after the line's bold date: {title!r}"
DAY_EVIDENCE = "one of the days the line lists before its year: {day}"
RUN_EVIDENCE = "the line lists days that follow one another: one event to {day}"
# "March 8, 15, 22, 2011", "November 14 & Nov. 15, 2010", "May 3 and 10, 2031": a month's name, a day, then more
# days after commas or one after "&"/"and" (its month's name may be repeated), then the year.
LISTED_DAYS = re.compile(
    r"^\W{0,3}(?P<month>[A-Za-z]{3,9})\.?\s{1,3}(?P<first>\d{1,2})"
    r"(?P<more>(?:\s{0,2},\s{0,2}\d{1,2}){1,10}(?:\s{0,2},?\s{1,3}(?:&|and)\s{1,3}\d{1,2})?"
    r"|\s{1,3}(?:&|and)\s{1,3}(?:(?P<again>[A-Za-z]{3,9})\.?\s{1,3})?\d{1,2})"
    r"\s{0,2},?\s{1,3}(?P<year>\d{4})\b"
)
NUMBER = re.compile(r"\d{1,2}")
QUOTE_OPENING = tuple("\"“”„‘’'«»‹›")  # a quotation set in italics, not a name
CLOCK_ONLY = re.compile(r"^\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m|p\.m|uhr|h)?\.?$", re.IGNORECASE)
BADGES = frozenset({"new", "free", "updated", "just added", "last chance", "sold out", "few tickets left", "featured"})


def _words(element: Any) -> str:
    return " ".join((element.text_content() or "").split())


def italic_title(line: Any) -> str | None:
    """The italic name right after the bold date that opens ``line``'s block, or None (see the module)."""
    block = getattr(line, "block", None)
    if block is None or (block.text or "").strip() or len(block) < 2:
        return None
    bold, italic = block[0], block[1]
    if not isinstance(bold.tag, str) or bold.tag not in BOLD or (bold.tail or "").strip():
        return None
    lead = _words(bold)
    if not any(char.isdigit() for char in lead) or not " ".join(line.text.split()).startswith(lead):
        return None
    if not isinstance(italic.tag, str) or italic.tag not in ITALIC:
        return None
    title = _words(italic).strip(" .:;,")
    return title if title and len(title) <= MAX_TITLE and not no_name(title) else None


def no_name(text: str) -> bool:
    """Whether an italic after a bold date is no programme's name: a quotation, a status or badge, a clock."""
    bare = statuswords.undecorated(text)
    return (
        text.startswith(QUOTE_OPENING)
        or CLOCK_ONLY.match(text) is not None
        or statuswords.status_of(bare) is not None
        or " ".join(bare.lower().split()) in BADGES
        or bare.lower() in statuswords.sold_out_words()
    )


def _more_days(entry: Any) -> list[dt.date]:
    """The further days the entry's line lists before its year, in order; empty when it lists none."""
    found = LISTED_DAYS.match(entry.text or "")
    if found is None or int(found.group("first")) != entry.day.day or int(found.group("year")) != entry.day.year:
        return []
    again = found.group("again")
    if again and again[:3].lower() != found.group("month")[:3].lower():
        return []  # "November 14 & Dec. 15": another month, not a list of one month's days
    days, last = [], entry.day
    for number in NUMBER.findall(found.group("more")):
        try:
            day = last.replace(day=int(number))
        except ValueError:
            return []
        if day <= last:
            return []
        days.append(day)
        last = day
    return days


def listed_days(entries: Sequence[Any]) -> list[Any]:
    """``entries`` with each further listed day an entry of its own, or a run of days one entry (see the module)."""
    out: list[Any] = []
    listed: set[tuple[Any, dt.date]] = set()  # (line, day) the lists gave, so the date reader's twin goes
    for entry in entries:
        if (getattr(entry, "line", None), entry.day) in listed:
            continue  # "Nov 15, 2031" of "Nov 14 & Nov 15, 2031": the run's second day, read twice
        out.append(entry)
        days = _more_days(entry)
        listed.update((getattr(entry, "line", None), day) for day in days)
        if not days:
            continue
        following = all((later - earlier).days == 1 for earlier, later in zip([entry.day, *days], days, strict=False))
        if following and entry.time is None and entry.end_day in (None, days[-1]):  # the pair read already (left43)
            entry.end_day = days[-1]
            entry.evidence.append(RUN_EVIDENCE.format(day=days[-1].isoformat()))
            continue
        for day in days:
            evidence = [*entry.evidence, DAY_EVIDENCE.format(day=day.isoformat())]
            out.append(dataclasses.replace(entry, day=day, evidence=evidence, sessions=list(entry.sessions)))
    return out


def date_led_lines(entries: Sequence[Any], lines: Sequence[Any]) -> list[Any]:
    """``entries`` with their italic names as titles and their listed days read (see the module)."""
    for entry in entries:
        if 0 <= entry.line < len(lines) and (title := italic_title(lines[entry.line])) is not None:
            entry.title = title
            entry.evidence.append(TITLE_EVIDENCE.format(title=title))
    return listed_days(entries)
