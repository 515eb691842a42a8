"""A day's name read as an event's title. Pure.

A cinema's or a venue's strip of day tabs ("Sábado<br>07/02/2026", "Domingo<br>08/02/2026", … each a link to
that day's programme) is read as dated lines, each titled by the words beside its date: the weekday alone. A title
that is nothing but a weekday's name, in English or another language read here ("Saturday", "Sat.", "Sábado",
"Samstag", "lunes"), names a day, not an event; such a record with no time of day is left out. A weekday in a
longer name stays ("Saturday Night Fever", "Sunday Brunch", "Domingo de Ramos"), and so does a timed one (a weekly
class "Saturday" at 10:00, titled by its day).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sources.adapters._page_intl import weekday_number
from sources.adapters.base import ParsedRecord, RawEvent


def only_a_day(title: str) -> bool:
    """Whether ``title`` is a weekday's name and nothing else (its dot or comma aside)."""
    return day_named(title) is not None


def day_named(title: str) -> int | None:
    """The weekday (Monday 0) ``title`` names when it is a weekday's name and nothing else (``only_a_day``)."""
    name = title.strip().rstrip(".,:;").strip()
    return weekday_number(name) if name and " " not in name else None


def without_day_names(records: Iterable[ParsedRecord]) -> list[ParsedRecord]:
    """The page's records but the untimed events titled by a weekday's name alone."""
    return [
        record
        for record in records
        if not (
            isinstance(record, RawEvent)
            and only_a_day(record.title or "")
            and not isinstance(record.start, dt.datetime)
        )
    ]
