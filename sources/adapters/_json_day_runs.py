"""A record's first and last day written as one numeric run in its date field (issue #13, feeds batch 78). Pure.

A club's hand-kept events XML dates each weekend tournament as a run of two US-style days in one field, the year
written once at the end or after each day, and typed by hand: ``<date>1/18-1/19/20</date>``, ``1/25/20-1/26/20``,
``2/01/20-2/02.20`` (a dot for the last slash). Read by the day formats, the first day only read where its year was
written after it, the run's end was lost and "1/18-1/19/20" was no date at all. A field named as the record's date
("date", "when", "eventDate") whose whole value is such a run is written as its first day (ISO), and its last day is
added as the record's end ("endDate"), which the JSON reading then maps like any start and end.

Which number is the month: month first (as US clubs write it, and as ``_json_summary`` reads a tie) when that reads
as a run, else day first ("12/01/20-14/01/20"); review59: when both read, the shorter run ("05/06-06/06/31" is 5 to 6
June, not 6 May to 6 June: a run of days in one field is a weekend's or a few days', not a month's). Read-through 59
(mend59c): the document decides the order where its values do (``_json_written_hints``: "20/9-21/9/31" beside
"1/5-2/5/31" makes them all day first), and a run of more than MAX_AMBIGUOUS_DAYS from numbers that could be read
either way ("3/4-4/4/31" in a month-first list: a month?) is none. The first day's year, when not written, is the
last day's (the year before, for a run from December into January).

Not: a run whose last day is not after its first, or more than MAX_RUN_DAYS after it (two dates, not a run), one
day alone ("1/18/20": the day formats read it), a value with anything else in it ("1/18-1/19/20 TBD"), an object
that already gives an end, a field not named as the record's date, a year written twice that disagrees.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._json_shapes import words
from sources.adapters.common import plausible

END_KEY = "endDate"
MAX_RUN_DAYS = 31
MAX_AMBIGUOUS_DAYS = 21  # a run read from numbers that could be either order: a few weeks at most
MAX_KEY = 100  # a key's characters read for its words
DATE_KEYS = frozenset({"date", "dates", "when", "eventdate", "eventdates", "dateheld"})
_KEY = re.compile(r"[^a-z]")
# A key naming the record's end, as a word (read-through 59: not "topic", "town", "total", "weekend", "legend"):
# first ("end_date", "endTime", "ends_at", "to", "until"), last ("dateEnd"), or glued to a date's or a time's word in
# one lower-case key ("enddate", "endtime", "dateend", "todate").
END_FIRST = frozenset({"end", "ends", "ending", "until", "till", "to", "finish", "finishes"})
END_LAST = frozenset({"end", "ends", "until", "finish"})
END_GLUED = frozenset({"date", "time", "datetime", "day", "at", "on", "s", "dt"})
_RUN = re.compile(
    r"(?P<a1>\d{1,2})/(?P<b1>\d{1,2})(?:/(?P<y1>\d{4}|\d{2}))?\s{0,3}[-–]\s{0,3}"
    r"(?P<a2>\d{1,2})/(?P<b2>\d{1,2})[/.](?P<y2>\d{4}|\d{2})"
)


def day_run(node: Mapping[Any, Any], day_first: bool | None = None) -> dict[Any, Any] | None:
    """The object with its date field's run written as its first day and an added end, or None. ``day_first``: the
    document's order (``_json_written_hints``), None where it does not decide one."""
    key = only_field(node, DATE_KEYS)
    run = numeric_run(node[key], day_first) if key is not None else None
    if run is None:
        return None
    return {**node, key: run[0].isoformat(), END_KEY: run[1].isoformat()}


def only_field(node: Mapping[Any, Any], names: frozenset[str], *, dated: bool = False) -> str | None:
    """The one key of ``node`` whose letters, lowered, are one of ``names`` and whose value is text; None when there
    is none or more than one, when a key names an end (the object gives its own), or (``dated``) when no key names a
    date or a day."""
    keys = {_KEY.sub("", key.lower()): key for key in node if isinstance(key, str)}
    ends = any(names_end(key) for key in keys.values())
    if ends or (dated and not any("date" in name or name == "day" for name in keys)):
        return None
    found = [key for name, key in keys.items() if name in names]
    return found[0] if len(found) == 1 and isinstance(node[found[0]], str) else None


def names_end(key: str) -> bool:
    """Whether a key names an end as a word (see ``END_FIRST``)."""
    said = words(key[:MAX_KEY])
    if not said:
        return False
    first, last = said[0], said[-1]
    if first in END_FIRST or last in END_LAST:
        return True
    glued = any(first.startswith(head) and first[len(head) :] in END_GLUED for head in ("end", "until", "finish"))
    glued = glued or first in ("todate", "totime", "todatetime")  # not "today"
    return glued or any(last.endswith(tail) and last[: -len(tail)] in END_GLUED for tail in ("end", "until"))


def numeric_run(text: str, day_first: bool | None = None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a numeric run ("1/18-1/19/20"): in the document's order where it decides one
    (``day_first``), else the shorter of its month-first and day-first readings, month first on a tie; a run of
    more than MAX_AMBIGUOUS_DAYS from a value whose own numbers could be either order is none."""
    match = _RUN.fullmatch(text.strip()) if len(text) <= 40 else None
    if match is None:
        return None
    orders = (True, False) if day_first is None else (not day_first,)
    runs = [run for month_first in orders if (run := _run(match, month_first=month_first)) is not None]
    # read-through 59: "1/5-2/5/31" in a UK club's list, 5 January to 5 February month first: a month from numbers
    # that could be read either way is suspect (a weekend in the other order, or two dates)
    if max(int(match[name]) for name in ("a1", "b1", "a2", "b2")) <= 12:
        runs = [run for run in runs if (run[1] - run[0]).days <= MAX_AMBIGUOUS_DAYS]
    # review59: both read ("05/06-06/06/31": 6 May to 6 June, or 5 to 6 June): the shorter run, a weekend's, not a
    # month's; month first on a tie
    return min(runs, key=lambda run: (run[1] - run[0]).days) if runs else None


def _run(match: re.Match[str], *, month_first: bool) -> tuple[dt.date, dt.date] | None:
    first = (int(match["a1"]), int(match["b1"]))
    last = (int(match["a2"]), int(match["b2"]))
    (m1, d1), (m2, d2) = (first, last) if month_first else (first[::-1], last[::-1])
    year = _year(match["y2"])
    try:
        end = dt.date(year, m2, d2)
        start_year = _year(match["y1"]) if match["y1"] else year - (1 if m1 > m2 else 0)
        start = dt.date(start_year, m1, d1)
    except ValueError:
        return None
    if not plausible(start) or not 0 < (end - start).days <= MAX_RUN_DAYS:
        return None
    return start, end


def _year(text: str) -> int:
    return int(text) + (2000 if len(text) == 2 else 0)
