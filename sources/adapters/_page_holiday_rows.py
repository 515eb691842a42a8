"""A meeting schedule's row that only names a public holiday or wishes a happy one: the day off, no event. Pure.

A group's table of weekly meetings marks the week it does not meet with the holiday's name where the meeting's words
would be: "JUL 04 2018 | [July 4th Holiday] | happy independence day!", "25 Dec | Christmas Day", "Mon 26 May | Bank
Holiday – no meeting". Read as a row, it became an event titled "happy independence day!" on the holiday. When the
schedule's other rows have their clock and the row has none and no page of its own, a name that is only a public
holiday's ("Independence Day", "July 4th", "Christmas Day", "Thanksgiving", "Bank Holiday", "Holiday"), a greeting for
one ("happy independence day!", "Merry Christmas!", "Happy Holidays"), or both, with nothing else ("no meeting",
"observed" and the like), is the day off: ``days_on`` drops it as a dark day.

Not: a row with an event's word or more words ("Independence Day Parade", "July 4th Fireworks", "Christmas Day
service"), a row with its own clock ("Christmas Day 10am"), a schedule with no timed row (a list of holidays, or a
festival's untimed days: an "Independence Day" celebration listed by its day alone is left as read), a greeting for
no holiday ("Happy hour", "Happy Mondays": a bar's and a band's names).
"""

from __future__ import annotations

import re

from sources.adapters._page_schedule import Entry
from sources.adapters._page_words import EVENT_WORDS

# A public holiday's name (English; the ones schedules of meetings skip), or "holiday(s)" itself.
HOLIDAY = re.compile(
    r"\b(?:(?:bank|public|federal|national|state|july\s+4(?:th)?|4th\s+of\s+july)\s+)?holidays?\b"
    r"|\b(?:independence|christmas|boxing|new\s+year'?s|labou?r|memorial|veterans'?|presidents'?|columbus"
    r"|thanksgiving|mlk|martin\s+luther\s+king(?:\s+jr\.?)?|remembrance|anzac|australia|canada|victoria)\s+day\b"
    r"|\b(?:christmas|new\s+year'?s)\s+eve\b|\bchristmas\b|\bthanksgiving\b|\bjuneteenth\b|\bgood\s+friday\b"
    r"|\beaster\s+(?:sunday|monday)\b|\bjuly\s+4(?:th)?\b|\b(?:4th|fourth)\s+of\s+july\b",
    re.IGNORECASE,
)
# A greeting for a holiday ("happy …!", "merry …"), and the words a day-off row adds ("no meeting", "observed").
GREETING = re.compile(r"\b(?:happy|merry|joyful|enjoy\s+the|have\s+a\s+(?:happy|safe|great))\b", re.IGNORECASE)
FILLER = re.compile(
    r"\b(?:no\s+meetings?|no|observed|the|a|and|to|all|everyone|you|your|safe|great|day|weekend|break|closed|off)\b",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W\d_]{2,}")
MAX_NAME = 60


def holiday_name(name: str | None) -> bool:
    """Whether a row's words are only a public holiday's name, a greeting for one, or both (see the module)."""
    if not name or len(name) > MAX_NAME:
        return False
    named = HOLIDAY.search(name) is not None
    rest = FILLER.sub(" ", GREETING.sub(" ", HOLIDAY.sub(" ", name)))  # "no meeting" goes: the day off's words
    return named and not EVENT_WORDS.search(rest) and not WORD.search(rest)


def holiday_row(entry: Entry) -> bool:
    """Whether an untimed schedule row with no page of its own is named only by a holiday (its title, else its cells
    besides the date: "JUL 04 2018 |  | happy independence day!")."""
    if entry.time is not None or entry.url:
        return False
    name = entry.title or entry.qualifier or " ".join(entry.text.split(" | ")[1:])
    return holiday_name(" ".join(name.split()))
