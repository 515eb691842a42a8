"""A day whose clocks are a list of their own is still only a date (held-out batch apis80). Pure.

A university's agenda API (Pontifical Catholic University of Chile, batch apis80) dates each activity by a list of
days, each with its hours in a list of their own: "dates": [{"day": "20200215", "hours": [{"hora_inicio": "15:00",
"hora_termino": "18:00"}]}]. The inference reads a list whose objects are only dates as the occurrences of the record
they sit in (``_json_infer._dates_readings``); "hours" is no date word, so the days were not taken for dates, and an
activity answered alone ("activity": {..., "dates": [4 days]}) was read as its three screenshots instead.

``clock_list`` says a value is such a list: objects (the first few looked at, one at least), each of whose keys
names a date, a time, a start or an end. Not: a list of objects with any other key ("hours": [{"open", "close",
"note"}]: a note is no clock), a list of strings or numbers, an empty list, a single object.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

SAMPLE = 5  # elements of the list looked at


def clock_list(value: Any, date_key: Callable[[object], bool]) -> bool:
    """Whether ``value`` is a list of objects whose keys all name a date, a time, a start or an end (``date_key``)."""
    if not isinstance(value, list) or not value:
        return False
    sample = value[:SAMPLE]
    return all(isinstance(each, Mapping) and each and all(date_key(key) for key in each) for each in sample)
