"""Attendee lists as CSV, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from events.people.rsvps.selectors import Attendee

HEADER = ("name", "email", "status", "position", "replied_at")
# A cell starting with one of these is taken for a formula by spreadsheet programs (CSV injection, OWASP) --
# also after leading whitespace (spaces, tabs, CR/LF, a no-break space), which some of them skip; the full-width
# forms too, which some convert.
FORMULA_START = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")
WHITESPACE_START = ("\t", "\r")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    # str.lstrip() with no argument strips every Unicode space: " ", "\t", "\r", "\n", "\u00a0", "\u3000"…
    risky = text.startswith(WHITESPACE_START) or text.lstrip().startswith(FORMULA_START)
    return "'" + text if risky else text


def attendees_csv(rows: Iterable[Attendee]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow(
            [
                safe_cell(row.name),
                safe_cell(row.email),
                safe_cell(row.status),
                safe_cell(row.position if row.position is not None else ""),
                safe_cell(row.replied_at.isoformat()),
            ]
        )
    return out.getvalue()
