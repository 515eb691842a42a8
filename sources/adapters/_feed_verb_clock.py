"""The clock a German item writes after its day and the verb of the sentence: "Am Montag, 02.03.2026, findet um
18.00 Uhr im Sitzungssaal des Rathauses die Ratssitzung statt", for the ``rss`` adapter. Pure.

A town's news feed invites to its council's and committees' meetings in one fixed sentence: the day first, then the
verb (German puts it second: "findet … statt", "beginnt", "startet", "tagt"), then "um" and the clock with "Uhr". The
day was read (from the title's "am 02.03.2026", or from that sentence), the clock was not: the readers that take a
clock right after a date (``_feed_dotted``, ``_feed_day_clock``) allow punctuation or "um" between them, not a verb.

``verb_clock_day`` gives a day read alone (no clock, no end) the one clock its texts write after a restatement of that
same day (dotted, day first, the year maybe) and such a verb: at most a comma, the verb, then "um", a clock
("18.00", "18:00", "18") and "Uhr". Only when the texts give that day exactly one such clock.

Not changed: another day's sentence, a clock without "Uhr" after it ("findet um 18.00 statt" may be a price or a
score as often), a clock after another verb or after words between the verb and "um" ("findet nicht um 18 Uhr"),
two different clocks for the day, a day that already has its clock or an end.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from collections.abc import Sequence

from sources.adapters._feed_when import TEXT_SCAN_LIMIT, When, make_when

# A dotted day (a year maybe), a comma, the verb, "um", the clock, "Uhr". Bounded, nothing nested: linear.
VERB_CLOCK = re.compile(
    r"(?<![\w.,/:-])(?P<day>0?[1-9]|[12]\d|3[01])\.(?P<month>0?[1-9]|1[0-2])\.(?:(?:19|20)\d\d)?"
    r"[ \t]{0,2},?[ \t]{1,3}(?:findet|beginnt|startet|tagt|trifft[ \t]sich|öffnet)[ \t]{1,3}um[ \t]{1,3}"
    r"(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?[ \t]?uhr\b",
    re.IGNORECASE,
)
MAX_MATCHES = 20  # restated days looked at per text


def verb_clock_day(when: When, texts: Sequence[str | None], zone: zoneinfo.ZoneInfo | None) -> When:
    """``when`` (one day, no clock, no end) at the one clock its ``texts`` write after that same day and the
    sentence's verb, in ``zone``; else ``when`` as it is."""
    day = when.start
    if not lone_day(when):
        return when
    clocks: set[tuple[int, int]] = set()
    for text in texts:
        for count, match in enumerate(VERB_CLOCK.finditer((text or "")[:TEXT_SCAN_LIMIT])):
            if count >= MAX_MATCHES:
                break
            if (int(match["day"]), int(match["month"])) == (day.day, day.month):
                clocks.add((int(match["hour"]), int(match["minute"] or 0)))
    return at_one_clock(when, clocks, zone)


def lone_day(when: When) -> bool:
    """Whether ``when`` is one day read alone: no clock, no end."""
    return when.all_day and not isinstance(when.start, dt.datetime) and when.end is None


def at_one_clock(when: When, clocks: set[tuple[int, int]], zone: zoneinfo.ZoneInfo | None) -> When:
    """``when``'s day at the one (hour, minute) of ``clocks``, in ``zone``; ``when`` itself for none or several."""
    if len(clocks) != 1:
        return when
    hour, minute = next(iter(clocks))
    start = dt.datetime.combine(when.start, dt.time(hour, minute), tzinfo=zone or dt.UTC)
    return dataclasses.replace(make_when(start, None, zone=zone, exclusive_end=False), doubt=when.doubt)
