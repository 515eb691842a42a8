"""A record's day written day, month's name and year joined by hyphens (issue #13, feeds batch 78). Pure.

A community's hand-kept events XML writes its days in one column every which way: "28-May-2022", "02-June-2022",
"01-Sept-2022", "08-October-2022", "06-Aug-2022", and once "Dec 4, 2022". No one day format reads most of such a
column ("%d-%b-%Y" takes "Aug" but not "June" or "Sept", "%d-%B-%Y" the reverse), so no start was found and the
document stayed unread. A value under a key naming a date or a day that is wholly a day of the month, a month's
English name (whole, three letters, or "Sept") and a four-digit year joined by hyphens, or the month's name, the
day and a comma before the year ("Dec 4, 2022", the one other form such a column mixes in), is written as that day
(ISO), which any date column then reads. A value there that names a month and a year and no day ("Jan-2022", "Jan
2022": an events catalogue over the year) or a year still to be told ("TBD 2022", "TBA 2023") gives no day: it is
read as absent, as a placeholder date is, so the column's other values decide how it reads.

Not: a value with a clock or anything else after it ("28-May-2022 10:00"), a month's name this does not know
("28-Mai-2022"), a day the month has not ("31-June-2022"), a year of two digits, a value under a key that names no
date ("title", "code": "12-Dec-2022" as a batch number).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._page_dates import MONTHS
from sources.adapters.common import plausible

_KEY = re.compile(r"[^a-z]")
_DATE_KEY = re.compile(r"date|day|^(?:start|end|from|until|begin)")
_NO_DAY = re.compile(r"(?P<word>[a-z]{3,9})\.?[\s-]{1,3}\d{4}", re.IGNORECASE)
_UNTOLD = frozenset({"tba", "tbc", "tbd"})
_DAY = re.compile(
    r"(?:(?P<day>\d{1,2})-(?P<month>[a-z]{3,9})\.?-|(?P<month_first>[a-z]{3,9})\.?\s{1,2}(?P<day_after>\d{1,2}),\s{1,2})"
    r"(?P<year>\d{4})",
    re.IGNORECASE,
)


def month_name_days(node: Mapping[Any, Any]) -> dict[Any, Any] | None:
    """The object with each hyphenated named-month day under a date key written as ISO, and each value naming no
    day written as absent; None if there is none."""
    out: dict[Any, Any] | None = None
    for key, value in node.items():
        if not isinstance(key, str) or not _DATE_KEY.search(_KEY.sub("", key.lower())):
            continue
        day = hyphen_day(value)
        if day is not None or no_day(value):
            out = dict(node) if out is None else out
            out[key] = day.isoformat() if day is not None else None
    return out


def no_day(value: Any) -> bool:
    """Whether a value names a month and a year only ("Jan-2022") or a year still to be told ("TBD 2022")."""
    match = _NO_DAY.fullmatch(value.strip()) if isinstance(value, str) and len(value) <= 20 else None
    return match is not None and (match["word"].lower() in MONTHS or match["word"].lower() in _UNTOLD)


def hyphen_day(value: Any) -> dt.date | None:
    """The day "28-May-2022", "01-Sept-2022" or "Dec 4, 2022" names; None for anything else."""
    match = _DAY.fullmatch(value.strip()) if isinstance(value, str) and len(value) <= 30 else None
    month = MONTHS.get((match["month"] or match["month_first"]).lower()) if match else None
    if match is None or month is None:
        return None
    try:
        day = dt.date(int(match["year"]), month, int(match["day"] or match["day_after"]))
    except ValueError:
        return None
    return day if plausible(day) else None
