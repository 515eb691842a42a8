"""A schedule's stated year over a mistyped weekday: under "2026 Board Meeting Dates", "Wednesday, June 18" is the
18th of June 2026 (a Thursday), not 2025's Wednesday the weekday rule of _page_dates.resolve_year would move it to.
Only for a date with no year of its own, under a heading that states exactly one year (_page_years.bare_year, or a
"June 2026" month heading; else the page's <title>, read alike); the date keeps its flag that the weekday does not
fall on it. Pure."""

from __future__ import annotations

import dataclasses

from sources.adapters._page_dates import DateHit, safe_date


def in_stated_year(hits: list[DateHit], year: int | None) -> list[DateHit]:
    """``hits`` with each year-less, weekday-moved date put back in the heading's ``year``."""
    if year is None:
        return hits
    return [_kept(hit, year) for hit in hits]


def _kept(hit: DateHit, year: int) -> DateHit:
    if hit.year_written or hit.weekday_agrees is None or hit.date.year == year:
        return hit  # its own year, no weekday written, or the weekday already fits the heading's year
    day = safe_date(year, hit.date.month, hit.date.day)
    if day is None:
        return hit  # "Monday, February 29" in a year without one: the weekday's year stays
    end = hit.end_date and safe_date(hit.end_date.year + year - hit.date.year, hit.end_date.month, hit.end_date.day)
    return dataclasses.replace(hit, date=day, end_date=end or None, weekday_agrees=False)
