"""A weekly timetable's lines read as series (_page_weekly_lines): "Tuesday 7pm – Beginners' class", each line the
weekly series it states, expanded in the source's window. Moved out of html.py (helper left41) with its evidence
wording and confidence; the page reader calls weekly_events when a page's lines are a timetable. Pure but for the
series budget the adapter's run keeps."""

from __future__ import annotations

import datetime as dt

from sources.adapters._page_info import PageInfo
from sources.adapters._page_lines import Line
from sources.adapters._page_weekly_lines import weekly_lines
from sources.adapters._page_weekly_place import ALL_PLACE_EVIDENCE, weekly_place
from sources.adapters._page_weekly_singular import SINGULAR_EVIDENCE, singular_timetable
from sources.adapters._page_weekly_transit import transport_timetable
from sources.adapters._record_series import occurrences, series_budget
from sources.adapters.base import Adapter, ParsedRecord, RawEvent
from sources.adapters.webpage import fallback_id, in_zone

WEEKLY_EVIDENCE = "a weekly timetable's line {line!r}: every {byday} at {time}"
WEEKLY_INHERITED = "the line names no weekday: the weekday of the timetable's line before it"
WEEKLY_CONFIDENCE = 0.6  # a guess at a list's meaning, each line checked alike: a moderator sees the run


def weekly_events(
    adapter: Adapter, lines: list[Line], info: PageInfo, page_url: str | None, today: dt.date
) -> list[ParsedRecord]:
    """A weekly timetable's lines (_page_weekly_lines), each the series it states expanded in the window."""
    zone = adapter.context.default_timezone
    budget = series_budget()
    records: list[ParsedRecord] = []
    if transport_timetable(lines, (info.heading, info.og_title, info.doc_title)) is not None:
        return records  # "Route 5 timetable": its runs and stops are no events (_page_weekly_transit)
    timetable = weekly_lines(lines, today)
    named = None
    if not timetable:  # "Tuesday 7pm – Beginners' class": weekly only on an undated page named a timetable
        named = singular_timetable(lines, (info.heading, info.og_title, info.doc_title), today)
        timetable = weekly_lines(lines, today, singular=True) if named is not None else []
    stated = weekly_place(lines, [line.text for line in timetable]) if timetable else None
    for line in timetable:
        day = line.first_day(today)
        start, zone_name = in_zone(dt.datetime.combine(day, line.time, tzinfo=zone or dt.UTC), zone)
        end = dt.datetime.combine(day, line.end, tzinfo=zone or dt.UTC) if line.end is not None else None
        evidence = [WEEKLY_EVIDENCE.format(line=line.text, byday=line.byday, time=f"{line.time:%H:%M}")]
        if line.inherited:
            evidence.append(WEEKLY_INHERITED)
        if named is not None:
            evidence.append(SINGULAR_EVIDENCE.format(named=named))
        if stated is not None:
            evidence.append(ALL_PLACE_EVIDENCE.format(said=stated[1]))
        series = RawEvent(
            source=adapter.context.source,
            external_id=fallback_id(page_url, f"{line.title} {line.byday}", start),
            title=line.title,
            description=line.text,
            start=start,
            end=end,
            timezone=zone_name,
            url=info.canonical or page_url,
            venue_name=stated[0] if stated is not None else None,
            rrule=f"FREQ=WEEKLY;BYDAY={line.byday}",
            confidence=WEEKLY_CONFIDENCE,
            evidence=evidence,
            source_title=line.text if line.text != line.title else None,
        )
        expanded = occurrences(series, adapter, budget)
        records.extend(expanded if expanded is not None else [series])
    return records
