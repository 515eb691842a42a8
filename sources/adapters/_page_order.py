"""Dates of a run of rows read in the order the page lists them: a list sorted by date turns the year once (the
rows after December are in the next year), and a season's heading gives its two years to the rows under it. Pure."""

from __future__ import annotations

import datetime as dt
import itertools

from sources.adapters._page_dates import safe_date

# A list in order does not leave more than this many days between two rows at the turn of its year: a longer
# step back ("Jan 14, Apr 5, Mar 30") is a list out of order, whose dates are each read alone.
YEAR_TURN = 120
_LEAP = 2000  # a year with every month and day in it: where a month and day sit in a year


def _place(day: dt.date) -> int:
    return (dt.date(_LEAP, day.month, day.day) - dt.date(_LEAP, 1, 1)).days


def _on_or_after(like: dt.date, after: dt.date) -> dt.date | None:
    """The first date on or after ``after`` with ``like``'s month and day."""
    for year in range(after.year, after.year + 5):  # February 29 comes back within four years
        found = safe_date(year, like.month, like.day)
        if found is not None and found >= after:
            return found
    return None


def _on_or_before(like: dt.date, before: dt.date) -> dt.date | None:
    """The last date on or before ``before`` with ``like``'s month and day."""
    for year in range(before.year, before.year - 5, -1):
        found = safe_date(year, like.month, like.day)
        if found is not None and found <= before:
            return found
    return None


def _turns(places: list[int]) -> list[int] | None:
    """The rows at which a list sorted oldest first turns the year (its month and day go back), or None when
    the list is not in that order: more than one turn, or a step back longer than a turn of the year."""
    turns = [index for index in range(1, len(places)) if places[index] < places[index - 1]]
    if len(turns) > 1 or any((places[index] - places[index - 1]) % 366 > YEAR_TURN for index in turns):
        return None
    return turns


def _span(places: list[int]) -> int:
    """How many days a list sorted oldest first spans, from where its rows sit in the year."""
    return sum((later - earlier) % 366 for earlier, later in itertools.pairwise(places))


def _first_year(
    days: list[dt.date], turned: bool, *, today: dt.date, year: int | None, season: tuple[int, int] | None
) -> int:
    """The year of the oldest row of a list in order that writes no year."""
    if season is not None:  # a season that does not turn the year is in the half its months are in
        return season[0] if turned or days[0].month >= 7 else season[1]
    if year is not None:
        return year
    for first in (today.year - 1, today.year, today.year + 1):  # the first reading of it that reaches today
        last = _run_from(days, first)
        if last and last[-1] >= today:
            return first
    return today.year + 1


def _run_from(days: list[dt.date], first: int) -> list[dt.date] | None:
    start = safe_date(first, days[0].month, days[0].day)
    if start is None:
        return None
    run = [start]
    for day in days[1:]:
        following = _on_or_after(day, run[-1])
        if following is None:
            return None
        run.append(following)
    return run


def in_page_order(
    days: list[dt.date],
    anchored: list[bool],
    *,
    today: dt.date,
    year: int | None = None,
    season: tuple[int, int] | None = None,
) -> list[dt.date]:
    """The dates of one run of rows (a table, a section's lines) read in the order the page lists them.

    A date read alone (no year written) is the next one from ``today``, or in the heading's ``year``; in a
    list sorted by date, oldest or newest first, the rows after a turn of the year (December, then January)
    are in the next year (the one before, newest first). A row whose year is ``anchored`` (written, or fixed by
    its weekday) sets the year of the rows beside it; without one, the ``season``'s years are the list's (its
    first year before the turn; a list that does not turn is in the half its months are in), else the heading's
    ``year`` starts it, else the first reading of the list that reaches ``today``. A list that does not turn
    the year, is out of order or has one row keeps each date's own reading.
    """
    if len(days) < 2 or all(anchored):
        return list(days)
    places = [_place(day) for day in days]
    readings = [(_span(places), False)] if _turns(places) is not None else []
    if year is None and _turns(places[::-1]) is not None:  # "2025" over an archive newest first: all its year
        readings.append((_span(places[::-1]), True))
    if not readings:
        return list(days)
    newest_first = min(readings)[1]  # the reading that spans the fewest days; oldest first when they tie
    ordered = days[::-1] if newest_first else list(days)
    anchored = anchored[::-1] if newest_first else anchored
    found = _in_order(ordered, anchored, today=today, year=year, season=season)
    if found is None or season is not None and any(not season[0] <= day.year <= season[1] for day in found):
        return list(days)
    return found[::-1] if newest_first else found


def _in_order(
    days: list[dt.date], anchored: list[bool], *, today: dt.date, year: int | None, season: tuple[int, int] | None
) -> list[dt.date] | None:
    """``in_page_order`` on a list sorted oldest first."""
    if any(anchored):
        first = anchored.index(True)
        found: list[dt.date | None] = list(days)
        for index in range(first - 1, -1, -1):
            after = found[index + 1]
            found[index] = days[index] if anchored[index] or after is None else _on_or_before(days[index], after)
        for index in range(first + 1, len(days)):
            before = found[index - 1]
            found[index] = days[index] if anchored[index] or before is None else _on_or_after(days[index], before)
        return None if any(day is None for day in found) else [day for day in found if day is not None]
    turned = bool(_turns([_place(day) for day in days]))
    if not turned and season is None:  # "March 3, April 7" on March 10: each the next one from the clock
        return list(days)
    return _run_from(days, _first_year(days, turned, today=today, year=year, season=season))
