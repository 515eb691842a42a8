"""A start written for people beside a naive one that says otherwise: the written one is the event's (held-out batch
82, APIs).

An events aggregator's answer (AllEvents, as a crawler keeps it) writes one start three ways: ``"start_time":
"1761505200"`` (the wall clock counted as UTC), ``"start_datetime": "2025-10-27T03:00:00"`` (naive, eight hours
off: a zone applied twice) and, for its readers, ``"start_time_display": "Sun Oct 26 2025 at 07:00 pm"`` beside
``"timezone": "-04:00"``. The inference took the best-named key, the naive one, and the concert at Madison Square
Garden moved to three in the morning.

A naive date and time is a wall clock, and so is what a listing shows its readers. When they disagree, the one the
listing shows is the event's: ``written_for_people`` reads the start (and the end) from a key that says it is written
for display ("start_time_display", "app_display_time", "formatted_start", "startDisplay": ``DISPLAY_WORDS`` with a
date's or a start's word, ``WHEN_WORDS``; an end's word for the end, none for the start) when:

- the field's mapped column is one path of naive ISO 8601 date-times (no offset, no epoch: an instant may differ from
  a local display by the zone's offset and be right);
- every sampled value of the display column reads by one format built from the value itself (``written_format``:
  weekday and month names, a four-digit year, a day, a clock with or without a meridiem, the words between kept as
  they are), with a year, a month's name, a day and a clock: nothing left to guess;
- at least one item's written wall clock differs from its naive one (where all agree, nothing changes).

The display column is then read first, the naive column where an item has no display. Not: a display without a year
or a clock ("Sun, 26 Oct"), a display whose wall clock agrees, a start with an offset or an epoch, a display key
that names an end for the start ("end_time_display"). Review60: nor a display of another moment of the event
("doors_time_display", "onsale_date_display", "registration_deadline_display", "updated_time_display":
``OTHER_MOMENTS``): the doors' seven o'clock is no correction of the show's eight.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import MutableMapping
from typing import Any

from sources.adapters._json_fields import Sample
from sources.adapters._json_shapes import words
from sources.adapters._json_utc_clocks import naive_moment

__all__ = ["written_for_people", "written_format"]

DISPLAY_WORDS = frozenset({"display", "displayed", "formatted", "pretty", "human", "readable", "shown"})
WHEN_WORDS = frozenset({"start", "starts", "begin", "date", "datetime", "time", "when"})
END_WORDS = frozenset({"end", "ends", "finish", "until", "stop"})
# Other moments an event's record shows its readers (review60): the doors', a sale's, a deadline's, the record's own.
OTHER_MOMENTS = frozenset({"door", "doors", "entry", "admission", "sale", "sales", "onsale", "presale", "booking",
                           "registration", "deadline", "published", "updated", "created", "modified", "posted",
                           "announced", "checkin", "check"})  # fmt: skip
MAX_TEXT = 60  # characters of a written date read
# One token of a written date: a run of digits, a run of letters, or one other character.
TOKEN = re.compile(r"\d+|[^\W\d_]+|\W|_")
WEEKDAYS = {name.lower(): "%A" for name in calendar.day_name} | {name.lower(): "%a" for name in calendar.day_abbr}
MONTHS = {name.lower(): "%B" for name in calendar.month_name if name} | {
    name.lower(): "%b" for name in calendar.month_abbr if name
}
MERIDIEMS = frozenset({"am", "pm"})
NEEDED = ("%Y", "%d", "%M")  # a year, a day and a clock's minutes, beside a month's name and an hour


def written_for_people(sample: Sample, mapping: MutableMapping[str, Any], evidence: list[str]) -> None:
    """Read the start and the end from their displayed columns where their naive columns disagree with them."""
    for field in ("start", "end"):
        naive = _naive_path(sample, mapping.get(field))
        if naive is None:
            continue
        for column in sample.columns.values():
            said = set(words(column.path.rpartition(".")[2]))
            if said & OTHER_MOMENTS:
                continue  # "doors_time_display": another moment's (review60)
            if not said & DISPLAY_WORDS or not said & WHEN_WORDS or bool(said & END_WORDS) != (field == "end"):
                continue
            value_format = _disagreeing(sample.columns[naive].values, column.values)
            if value_format is not None:
                mapping[field] = {"path": column.path, "format": value_format, "fallback": naive}
                evidence.append(
                    f"{field} ← {column.path} ({value_format!r}, written for the listing's readers; "
                    f"{naive}, a naive clock, disagrees with it and is read where it is missing)"
                )
                break


def written_format(text: str) -> str | None:
    """The strptime format of a date written for people ("Sun Oct 26 2025 at 07:00 pm" → "%a %b %d %Y at %I:%M
    %p"), or None when it has no year, month name, day and clock, or does not read back."""
    if len(text) > MAX_TEXT:
        return None
    tokens = TOKEN.findall(text)
    meridiem = any(token.lower() in MERIDIEMS for token in tokens)
    parts: list[str] = []
    for index, token in enumerate(tokens):
        lower = token.lower()
        clock = index + 2 < len(tokens) and tokens[index + 1] == ":" and tokens[index + 2].isdigit()
        if token.isdigit():
            after_colon = index > 0 and tokens[index - 1] == ":"
            parts.append(_digits(token, clock=clock, after_colon=after_colon, meridiem=meridiem))
        else:
            parts.append(
                WEEKDAYS.get(lower) or MONTHS.get(lower) or ("%p" if lower in MERIDIEMS else token.replace("%", "%%"))
            )
    built = "".join(parts)
    if not all(part in built for part in NEEDED) or not ("%b" in built or "%B" in built):
        return None
    try:
        dt.datetime.strptime(text, built)  # noqa: DTZ007 - a wall clock, compared with another wall clock
    except ValueError:
        return None
    return built


def _digits(token: str, *, clock: bool, after_colon: bool, meridiem: bool) -> str:
    if after_colon:
        return "%M"
    if clock:
        return "%I" if meridiem else "%H"
    return "%Y" if len(token) == len("2025") else "%d"


def _naive_path(sample: Sample, spec: Any) -> str | None:
    """The field's one column when every value it holds is a naive ISO 8601 date and time."""
    path = spec if isinstance(spec, str) else None
    if path is None or path not in sample.columns:
        return None
    values = [value for value in sample.columns[path].values if value not in (None, "")]
    return path if values and all(naive_moment(value) is not None for value in values) else None


def _disagreeing(naive_values: list[Any], written_values: list[Any]) -> str | None:
    """The written column's one format when every written value reads by it and some differs from its naive
    value; else None."""
    formats: set[str] = set()
    differs = False
    for naive_value, written in zip(naive_values, written_values, strict=True):
        if written in (None, ""):
            continue
        value_format = written_format(written) if isinstance(written, str) else None
        if value_format is None:
            return None
        formats.add(value_format)
        naive = naive_moment(naive_value)
        shown = dt.datetime.strptime(written, value_format)  # noqa: DTZ007 - a wall clock
        differs = differs or (naive is not None and naive.replace(second=0, microsecond=0) != shown)
    return formats.pop() if differs and len(formats) == 1 else None
