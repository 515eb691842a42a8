"""A game's day beside its start written where its state goes: the start is the instant (held-out batch 82, APIs).

A basketball API (balldontlie's ``/games``, kept by an NBA stats app) dates each game by its day alone, written as
that day's midnight in UTC (``"date": "2024-04-04T00:00:00.000Z"``: the American day of the game, not a moment), and
until the game is played writes its tip-off where the game's state will go (``"status": "2024-04-04T23:30:00Z"``,
7:30 pm in New York; "Final" or "3rd Qtr" once it is under way or over). Read by its date alone, every game started
at midnight UTC, the evening before in America.

``instant_in_state`` gives the start to such a column when:

- the start read is one column (no fallback yet) whose every value is a day: a bare date, or a midnight in UTC
  ("T00:00:00Z", "T00:00:00.000Z", "+00:00");
- another column, keyed as the record's state ("status", "state", "gameStatus": ``STATE_WORDS``), holds for at least
  one item an instant with its offset, later than that item's day's midnight and less than ``WINDOW`` after it (the
  day's evening in the Americas is the next day in UTC), and for no item an instant outside that window.

Then the start is that column, and the day where the state is words ("Final", "Postponed"): the mapping reads a
fallback where the first path reads nothing. Not: a state that is words only (a season played out), an instant on
another day (a state's "updated" stamp a week later), a state beside a start with its own clock (the start stays),
an instant under any other key ("updated_at", "end": the record's stamp, the game's end).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sources.adapters._json_fields import Moment, Sample
from sources.adapters._json_shapes import words

__all__ = ["instant_in_state"]

STATE_WORDS = frozenset({"status", "state", "statut", "estado", "stato"})
WINDOW = dt.timedelta(hours=36)  # a day's last games, in the Americas, start the next day in UTC
MAX_TEXT = 40  # characters of a value read as an ISO instant


def instant_in_state(sample: Sample, start: Moment) -> Moment | None:
    """The start read from a state column that holds each game's instant on its day (see the module), else None."""
    if len(start.paths) != 1 or start.fallback_paths or start.paths[0] not in sample.columns:
        return None
    values = sample.columns[start.paths[0]].values
    days = [_day(value) for value in values]
    if not any(days) or any(day is None and value not in (None, "") for day, value in zip(days, values, strict=True)):
        return None  # a start with a clock of its own, or no day at all
    for column in sample.columns.values():
        if column.path == start.paths[0] or not set(words(column.path.rpartition(".")[2])) & STATE_WORDS:
            continue
        if _on_their_days(days, column.values):
            return Moment(
                {"path": column.path, "fallback": start.spec},
                (column.path,),
                start.named,
                f"{column.path} (ISO 8601: each game's instant on its day, written where its state goes); "
                f"where it is words, {start.evidence}",
                fallback_paths=start.paths,
            )
    return None


def _on_their_days(days: list[dt.datetime | None], values: list[Any]) -> bool:
    """Whether some value is an instant within WINDOW after its item's day's midnight and none is outside it."""
    agreeing = False
    for day, value in zip(days, values, strict=True):
        instant = _instant(value)
        if instant is None:
            continue
        if day is None or not dt.timedelta(0) < instant - day < WINDOW:
            return False
        agreeing = True
    return agreeing


def _day(value: Any) -> dt.datetime | None:
    """A day's midnight in UTC, from a bare date or a midnight written in UTC; else None."""
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        return None
    if len(value) == len("2024-04-04"):
        try:
            return dt.datetime.combine(dt.date.fromisoformat(value), dt.time(), dt.UTC)
        except ValueError:
            return None
    moment = _instant(value)
    if moment is None or moment.utcoffset() != dt.timedelta(0) or moment.time() != dt.time():
        return None
    return moment


def _instant(value: Any) -> dt.datetime | None:
    """An ISO 8601 date and time with its offset ("2024-04-04T23:30:00Z"), else None."""
    if not isinstance(value, str) or not (len("2024-04-04T00:00Z") <= len(value) <= MAX_TEXT) or "T" not in value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None
