"""What a whole document says about how its hand-written days and hours are to be read (read-through 59, mend59c).

feeds78 reads a numeric run of days in a record's date field (``_json_day_runs``: "1/18-1/19/20") and a clock range
in its time field (``_json_clock_spans``: "7:30-9:00pm"), each value on its own. Read-through 59 found two ways a
value alone misleads where the document around it does not:

- A UK club's weekend "1/5-2/5/31" was read month first, 5 January to 5 February (review59 then took the shorter of
  the two readings). The document's other values decide the order once: a value whose first part is over 12
  ("12/6-13/6/31", "20/9-21/9/31") can only be day first, one whose second part is over 12 ("1/18-1/19/31") month
  first (``day_first``; neither or both: undecided).
- A US society's "7:00-9:00" (its evening meetings, the "pm" left out) was read as a morning. A clock range without
  a meridiem is read on a 24-hour clock only where the document writes one (``clock_24``: an hour from 13 or an hour
  with a leading zero, "18:00", "07:30", in a time field); where the document's time fields write one meridiem only
  ("7:30-9:00pm" in the other records), that one is the range's too (``meridiem``).

Only the fields those two modules read are looked at (``DATE_KEYS``, ``TIME_KEYS``), each value as short as theirs.
The leading underscore keeps this helper module out of the adapters package's auto-import. Pure.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._json_clock_spans import TIME_KEYS
from sources.adapters._json_day_runs import _KEY, _RUN, DATE_KEYS

__all__ = ["WrittenHints", "written_hints"]

MAX_DEPTH = 40  # as deep as the XML reading goes
MAX_NODES = 50_000  # objects and lists visited
MAX_VALUE = 40  # a value's characters: as the readers' own limit
# A clock in a time field: its hour, its minutes, its meridiem if written.
_CLOCK = re.compile(r"(?<!\d)(\d{1,2}):[0-5]\d(?!\d)(?:\s{0,2}([ap])\.?m\b)?", re.IGNORECASE)


@dataclasses.dataclass(frozen=True, slots=True)
class WrittenHints:
    """The document's reading of its numeric day runs and clock ranges (see the module)."""

    day_first: bool | None = None
    clock_24: bool = False
    meridiem: str | None = None  # "a" or "p": the only one the document's time fields write


NO_HINTS = WrittenHints()


@dataclasses.dataclass(slots=True)
class _Seen:
    day_first: bool = False
    month_first: bool = False
    clock_24: bool = False
    meridiems: set[str] = dataclasses.field(default_factory=set)


def written_hints(data: Any) -> WrittenHints:
    """The hints the document's date and time fields give (see the module)."""
    seen = _Seen()
    stack: list[tuple[Any, int]] = [(data, 0)]
    budget = MAX_NODES
    while stack and budget > 0:
        node, depth = stack.pop()
        budget -= 1
        if depth > MAX_DEPTH:
            continue
        if isinstance(node, list):
            stack.extend((element, depth + 1) for element in node)
        elif isinstance(node, Mapping):
            for key, value in node.items():
                if isinstance(value, str):
                    _note(seen, key, value)
                elif isinstance(value, list | Mapping):
                    stack.append((value, depth + 1))
    order = seen.day_first if seen.day_first != seen.month_first else None
    meridiem = next(iter(seen.meridiems)) if len(seen.meridiems) == 1 else None
    return WrittenHints(day_first=order, clock_24=seen.clock_24, meridiem=meridiem)


def _note(seen: _Seen, key: Any, value: str) -> None:
    if not isinstance(key, str) or len(value) > MAX_VALUE:
        return
    name = _KEY.sub("", key.lower())
    if name in DATE_KEYS and (run := _RUN.fullmatch(value.strip())) is not None:
        seen.day_first = seen.day_first or max(int(run["a1"]), int(run["a2"])) > 12
        seen.month_first = seen.month_first or max(int(run["b1"]), int(run["b2"])) > 12
    elif name in TIME_KEYS:
        for clock in _CLOCK.finditer(value):
            hour = clock.group(1)
            if clock.group(2):
                seen.meridiems.add(clock.group(2).lower())
            elif int(hour) >= 13 or (len(hour) == 2 and hour.startswith("0")):
                seen.clock_24 = True
