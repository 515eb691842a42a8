"""A time of day still to be told: "TBC", "TBA", "TBD" ("to be confirmed", "to be announced", "to be decided")
written where a start's or a kickoff's time goes. Pure.

The event is still read, on its date, its time unknown: such a value is no date of its own, so the column's shape
is judged on the other values (``_json_shapes.date_shape`` sets it aside as it does a placeholder date), and a
date followed by it ("2031-09-10 TBC", or a date path and a time path joined) is read as the date alone
(``_json_mapping``). The placeholder is never a title or a place: a title or venue column reads it as before
(``_place_not_yet``, ``_json_date_titles.UNTOLD``), never from here.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
from typing import Any

# On stripped text: the placeholder alone, maybe dotted ("T.B.C."), or spelled out.
UNTOLD = re.compile(
    r"(?:t\.?\s?b\.?\s?[acd]\.?|to\s{1,3}be\s{1,3}(?:confirmed|announced|advised|decided|determined|arranged))",
    re.IGNORECASE,
)
# A date, then the placeholder after a space or a "T"/comma: "2031-09-10 TBC", "2031-09-10T TBA", "10/09/2031, TBD".
_AFTER_DATE = re.compile(
    r"(?P<date>\d[\d./-]{5,9}\d)(?:[T ,]\s{0,3}|\s{1,3}(?:at|@)\s{1,3})" + UNTOLD.pattern, re.IGNORECASE
)


def untold(text: Any) -> bool:
    """Whether a value is a time still to be told, and nothing else ("TBC", "t.b.a.", "To be confirmed")."""
    return isinstance(text, str) and len(text) <= 40 and UNTOLD.fullmatch(text.strip()) is not None


def told_date(value: Any) -> str | None:
    """The date before a placeholder time ("2031-09-10 TBC" → "2031-09-10"); None for anything else."""
    if not isinstance(value, str) or len(value) > 60:
        return None
    found = _AFTER_DATE.fullmatch(value.strip())
    return found["date"] if found else None


def date_formats(value_format: str | None) -> list[str | None]:
    """The formats a told date is tried by: the value's own, then its date part (a datetime's format cut before
    its clock: "%d/%m/%Y %H:%M" → "%d/%m/%Y"), then ISO 8601 (None)."""
    formats: list[str | None] = [value_format] if isinstance(value_format, str) else []
    if isinstance(value_format, str) and (cut := _CLOCK_PART.search(value_format)) and cut.start() > 0:
        formats.append(value_format[: cut.start()])
    return [*formats, None]


_CLOCK_PART = re.compile(r"(?:[T ,]\s{0,3})?%[HIl]")
