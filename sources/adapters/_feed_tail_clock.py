"""The clock of an item dated only by its title's tail day (left45, from the lead's read-through after review59). Pure.

"Konzert im Park - am Sa 30.08." over the description "Beginn 19:30 Uhr. Eintritt frei." was read all day on 30
August (``_feed_tail_day.tail_when``): the description's clock stands beside no date, so the dotted reader does not
join it. When the item writes one clock (a start, perhaps with its end or after the doors': "Einlass 19 Uhr, Beginn
20 Uhr" is the show's 20:00), that clock is the tail day's time.

Not (hard negatives): an item with two clocks that are not one start ("Führungen 11 Uhr und 15 Uhr": which?), a
deadline's clock ("Anmeldung bis 12 Uhr": ``_page_deadline_clocks``), an opening hour's ("Geöffnet 10-17 Uhr",
"Öffnungszeiten 10:00": the words of ``_page_series_hours.OPENING`` right before the clock), a day-month written
like a clock ("Vorverkauf ab 12.09."), a run of days ("- 02.-03.09.": each day's hours are not said).
Review60: nor a sale's or a box office's hour ("Vorverkauf ab 10 Uhr im Rathaus", "Abendkasse ab 18 Uhr": ``SALE``),
an end alone ("Die Bar ist bis 2 Uhr geöffnet", "Ende ca. 23 Uhr": ``END_LEAD``), a place's hours after the clock
("… bis 2 Uhr geöffnet": ``OPEN_AFTER``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo

from sources.adapters._feed_when import When, make_when
from sources.adapters._page_date_clocks import find_clock
from sources.adapters._page_dates import ClockHit
from sources.adapters._page_deadline_clocks import REACH, START_BEFORE, deadline_clock
from sources.adapters._page_series_hours import OPENING

__all__ = ["with_one_clock"]

TEXT_LIMIT = 2_000  # characters of the item's words looked at
OPENING_REACH = 30  # characters before the clock where an opening hour's words stand
# A day and a month written like a clock: "12.09." (the clock's text, then a full stop).
DAY_MONTH = re.compile(r"\d{1,2}\.\d{2}$")
# review60: the words before a clock that make it a sale's or a box office's hour, or an end's, not the start's.
SALE = re.compile(
    r"(?<!\w)(?:vorverkauf\w*|\w*kasse|ticketverkauf|kartenverkauf|box[ \t]office|presale|pre-sale|billetterie|"
    r"caisse|taquilla)(?!\w)",
    re.IGNORECASE,
)
END_LEAD = re.compile(
    r"(?<!\w)(?:bis|until|till|ende|schluss|jusqu'à|jusqu’à)(?:[ \t]+(?:ca\.?|um|gegen))?[ \t]*$", re.I
)
CLAUSE_BREAK = re.compile(r"(?<!\bca)[.!?;][ \t]|[,\n]")
OPEN_AFTER = re.compile(r"^[ \t]*(?:uhr[ \t]+)?(?:geöffnet|offen|open|ouvert)(?!\w)", re.IGNORECASE)


def with_one_clock(when: When | None, texts: list[str | None], zone: zoneinfo.ZoneInfo | None) -> When | None:
    """``when`` (a tail day, all day) at the item's one clock, when its words write one (see the module)."""
    if when is None or not when.all_day or when.end is not None:
        return when
    clock = _one_clock(" \n".join(text for text in texts if text)[:TEXT_LIMIT])
    if clock is None or clock.start is None:
        return when
    start = dt.datetime.combine(when.start, clock.start, tzinfo=zone or dt.UTC)
    end = dt.datetime.combine(when.start, clock.end, tzinfo=zone or dt.UTC) if clock.end is not None else None
    if end is not None and end <= start:
        end += dt.timedelta(days=1)  # "22:00 - 01:00" ends the next day
    return make_when(start, end, zone=zone, exclusive_end=False)


def _one_clock(text: str) -> ClockHit | None:
    hit = find_clock(text)
    if hit is not None and deadline_clock(text, _digits_at(text, hit)):
        hit = _start_after(text, hit)  # "Anmeldung bis 12 Uhr, Beginn 14 Uhr": the start's
    if hit is None or find_clock(text[hit.span[1] :]) is not None:
        return None  # none, or two: not the item's one start
    written = text[hit.span[0] : hit.span[1]]
    if DAY_MONTH.search(written) and text[hit.span[1] : hit.span[1] + 1] == ".":
        return None  # "Vorverkauf ab 12.09.": a day
    at = _digits_at(text, hit)
    lead = text[max(0, at - OPENING_REACH) : at]
    clause = CLAUSE_BREAK.split(lead)[-1]  # "Vorverkauf: 15 Fr. Beginn 19:30": the start's own clause
    if SALE.search(clause) or END_LEAD.search(clause) or OPEN_AFTER.match(text, hit.span[1]):
        return None  # "Abendkasse ab 18 Uhr", "bis 2 Uhr geöffnet": a sale's or an end's hour (review60)
    return None if OPENING.search(lead) else hit  # "Geöffnet 10-17 Uhr"


def _digits_at(text: str, hit: ClockHit) -> int:
    """Where the clock's own digits begin (its span may hold its lead: "bis 12 Uhr", "um 19 Uhr")."""
    found = re.search(r"\d", text[hit.span[0] : hit.span[1]])
    return hit.span[0] + (found.start() if found else 0)


def _start_after(text: str, deadline: ClockHit) -> ClockHit | None:
    """The clock a start's word leads after a deadline's ("…, Beginn 14 Uhr"), as a heading's is read."""
    rest = text[deadline.span[1] :]
    later = find_clock(rest)
    if later is None:
        return None
    at = _digits_at(rest, later)
    if START_BEFORE.search(rest[max(0, at - REACH) : at]) is None:
        return None
    return dataclasses.replace(later, span=(deadline.span[1] + later.span[0], deadline.span[1] + later.span[1]))
