"""An item's date and time written as labelled rows of a table or a definition list in its description (``rss``).

Calendars with no event elements write the event's facts into the item's body as a little table or a definition
list: ``<dl><dt>Date</dt><dd>Friday, June 20, 2031</dd><dt>Time</dt><dd>7:00 PM - 9:00 PM</dd></dl>``,
``<table><tr><th>Date:</th><td>06/20/2031</td></tr><tr><th>Time:</th><td>7:00pm</td></tr></table>``. Read as prose,
the day and its clock are cells apart (a slashed date alone on its line, the clock on another) and the day is
read without its time, or not at all. Here each row is a (label, value) pair: a ``<dt>`` and the ``<dd>`` after
it, or a table row whose first cell is a short label and whose other cells are the value. The value of a day's
label (Date, When, Event date, Start, Day) with the value of a clock's label (Time, Times, Hours, Start time), and
an end's label's (End, Ends, End date, End time, Until), are the start and the end, read as a date in words, a
slashed or an ISO date is.

A row counts only under a label of its own: a table of results or of prices, a cell that is a sentence, a label
with no date in its value give nothing. A "Date" row that restates the item's pubDate day is the post's own date
(a press release's header), not an event's.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from sources.adapters._feed_when import When, make_when, read_moment, slash_moment, text_when

MAX_SCAN = 20_000  # characters of a body looked at
MAX_ROWS = 60  # rows of one body read
MAX_LABEL = 30  # a longer first cell is a sentence, not a label
MAX_VALUE = 120  # a longer value is prose
_COLONS = " \t:：-–—"
DAY_LABELS = frozenset({
    "date", "dates", "day", "when", "event date", "event dates", "date(s)", "date and time", "date & time",
    "date/time", "date / time", "start", "starts", "start date", "begins", "from", "event start", "start date/time",
    "start date and time", "date and hours", "airdate", "air date",
})  # fmt: skip
CLOCK_LABELS = frozenset({
    "time", "times", "hours", "start time", "event time", "starts at", "begins at", "doors", "airtime", "air time",
})  # fmt: skip
END_LABELS = frozenset({
    "end", "ends", "end date", "until", "to", "event end", "end date/time", "end date and time", "finishes",
})  # fmt: skip
END_CLOCK_LABELS = frozenset({"end time", "ends at", "finish time"})


@dataclasses.dataclass(frozen=True, slots=True)
class Facts:
    day: str | None = None
    clock: str | None = None
    end: str | None = None
    end_clock: str | None = None


def fact_rows(markup: str | None) -> list[tuple[str, str]]:
    """(label, value) of the body's definition-list terms and two-or-more-cell table rows, in order."""
    if not markup or ("<dt" not in markup.lower() and "<tr" not in markup.lower()):
        return []
    try:
        root = lxml_html.fragment_fromstring(markup[:MAX_SCAN], create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    rows: list[tuple[str, str]] = []
    for element in root.iter("dt", "tr"):
        if len(rows) >= MAX_ROWS:
            break
        pair = _term(element) if element.tag == "dt" else _row(element)
        if pair is not None:
            rows.append(pair)
    return rows


def _text(element: Any) -> str:
    return " ".join(element.text_content().split())


def _term(term: Any) -> tuple[str, str] | None:
    following = term.getnext()
    if following is None or following.tag != "dd":
        return None
    return _pair(_text(term), _text(following))


def _row(row: Any) -> tuple[str, str] | None:
    cells = [cell for cell in row if cell.tag in ("th", "td")]
    if len(cells) < 2:
        return None
    return _pair(_text(cells[0]), " ".join(_text(cell) for cell in cells[1:]))


def _pair(label: str, value: str) -> tuple[str, str] | None:
    label = label.strip(_COLONS)
    if not label or len(label) > MAX_LABEL or not value or len(value) > MAX_VALUE:
        return None
    return label.casefold(), value


def facts(rows: list[tuple[str, str]]) -> Facts:
    """The first value under each kind of label."""
    found: dict[str, str] = {}
    for label, value in rows:
        kind = next(
            (kind for kind, labels in _KINDS if label in labels),
            None,
        )
        if kind is not None:
            found.setdefault(kind, value)
    return Facts(**found)


_KINDS = (("day", DAY_LABELS), ("clock", CLOCK_LABELS), ("end", END_LABELS), ("end_clock", END_CLOCK_LABELS))


def fact_when(
    markup: str | None,
    zone: zoneinfo.ZoneInfo | None,
    reference: dt.datetime,
    published: dt.datetime | None = None,
) -> When | None:
    """The start (and end) the body's labelled rows give, or None."""
    found = facts(fact_rows(markup))
    if found.day is None:
        return None
    start = _moment(found.day, found.clock, zone, reference)
    if start is None or start.start is None or _restates(start.start, published, found.clock):
        return None
    if start.end is not None or found.end is None and found.end_clock is None:
        return start
    if found.end is None:
        clocks = f"{found.clock or _clock_of(start.start)} - {found.end_clock}"
        return _moment(found.day, clocks, zone, reference) or start
    end = _moment(found.end, found.end_clock, zone, reference)
    if end is None or type(end.start) is not type(start.start) or not end.start > start.start:
        return start
    return make_when(start.start, end.start, zone=zone, exclusive_end=False)


def _clock_of(moment: dt.date) -> str:
    return f"{moment:%H:%M}" if isinstance(moment, dt.datetime) else ""


def _moment(day: str, clock: str | None, zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> When | None:
    """A day's value, with a clock's value when it has none of its own: read as prose, else as one moment."""
    written = f"{day} {clock}" if clock else day
    when = text_when([written], zone=zone, reference=reference)
    if when is not None:
        return when
    moment = read_moment(day, zone) or slash_moment(day, zone)
    if moment is None:
        return None
    if clock and not isinstance(moment, dt.datetime):
        timed = text_when([f"{moment:%B} {moment.day}, {moment.year} {clock}"], zone=zone, reference=reference)
        if timed is not None and isinstance(timed.start, dt.datetime) and timed.start.date() == moment:
            return timed
    return make_when(moment, None, zone=zone, exclusive_end=False)


def _restates(start: dt.date, published: dt.datetime | None, clock: str | None) -> bool:
    """A day alone that is the item's pubDate day: the post's own date."""
    if published is None or clock or isinstance(start, dt.datetime):
        return False
    return start == published.date()
