"""Times a key says are UTC. Pure.

APIs that keep a local and a universal copy of each time name the universal one ("showDateTimeUtc",
"utc_start_date", "StartTimeUTC", "date_gmt"), and some write it without an offset ("2027-03-01 23:30:00",
The Events Calendar's ``utc_start_date``; .NET's ``DateTime`` serialized bare): read in the source's zone, such a
time is off by the zone's offset, and a late-evening start falls on the wrong day. A start or end read from a key
naming UTC or GMT is therefore read as UTC where its value states no offset (then shown in the source's zone); a
value with an offset keeps it. A day read in the source's zone ("local-day") is the source's own day, not UTC's.

A time under a key naming the local time ("start_date_local") is the event's wall clock even when it ends with a
"Z": Strava writes 5:30 in Orlando as "2018-01-05T05:30:00Z". That Z is dropped (``local_wall``), so the time is
read in the source's zone; a real offset ("+02:00") on such a value still counts.

Where a start could be read from either, a key naming UTC ranks below a local one (its values are often written
without their offset), unless every value states its offset (FotMob's ``"utcTime": "2026-09-04T19:00:00.000Z"``
beside ``"time": "04.09.2026 21:00"``, the requester's wall clock): then it is the exact one (``states_offset``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from sources.adapters._json_days import TIMED_DAY_FORMATS
from sources.adapters._json_key_words import key_words

UTC_WORDS = frozenset({"utc", "gmt"})


def names_utc(paths: Sequence[str]) -> bool:
    """Whether a field's key (the last part of any of its paths) names UTC or GMT ("startTimeUtc", "date_gmt")."""
    return any(UTC_WORDS.intersection(key_words(path.rsplit(".", 1)[-1])) for path in paths)


def reading_zone(
    paths: Sequence[str], value_format: str | tuple[str, ...] | None, tz: dt.tzinfo | None, *, utc: bool = False
) -> dt.tzinfo | None:
    """The zone a field's values without an offset are read in: UTC when its key says so, or when the source's
    config does (``utc``: "utc_clocks", _json_utc_clocks), else ``tz``."""
    formats = value_format if isinstance(value_format, tuple) else (value_format,)
    if any(each and each.startswith(TIMED_DAY_FORMATS) for each in formats) or not (utc or names_utc(paths)):
        return tz
    return dt.UTC


# A clock time with its offset at the end of a value: "…19:00:00.000Z", "…09:15:00+0200", "…21:00 +02:00".
_CLOCK_OFFSET = re.compile(r"\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?\s?(?:Z|[+-]\d{2}:?\d{2})\s*$")


def states_offset(values: Sequence[object]) -> bool:
    """Whether every value is a time written with its offset ("2026-09-04T19:00:00.000Z"): a key naming UTC over
    such values is as exact as any other, so it ranks as one (``_json_fields``)."""
    present = [value for value in values if value not in (None, "")]
    return bool(present) and all(
        isinstance(value, str) and _CLOCK_OFFSET.search(value[-24:]) is not None for value in present
    )


LOCAL_WORDS = frozenset({"local"})


def local_wall(paths: Sequence[str], value: object) -> object:
    """The value without its trailing "Z" when its key names the local time ("start_date_local"), else as given."""
    text = value.rstrip() if isinstance(value, str) else ""
    if len(text) < 2 or text[-1] != "Z" or not text[-2].isdigit():
        return value
    named = any(LOCAL_WORDS.intersection(key_words(path.rsplit(".", 1)[-1])) for path in paths)
    return text[:-1] if named else value


def iso_instant(value: object, *, naive_utc: bool = False) -> dt.datetime | None:
    """An ISO 8601 date and clock with its offset ("2027-03-10T19:30:00Z"), or None; a value with no offset is
    None, or UTC with ``naive_utc``. A bare date is no instant."""
    if not isinstance(value, str) or len(value) < 16:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=dt.UTC) if naive_utc else None
    return parsed
