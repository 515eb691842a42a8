"""An item's days in elements named for a span's two ends, "from" and "to", for the ``rss`` adapter. Pure.

Some CMS themes add their own fields to a feed's items: a WordPress university feed writes
``<date_from>01/05/2022</date_from> <date_to>24/06/2022</date_to> <hour_from></hour_from> <hour_to></hour_to>``
(held-out batch 67). Neither is a start-named element (``_feed_extras.START_NAMES``: "from" alone names too much to
be read on its own), so these names are read here, by local name whatever their namespace, in English and the
languages of the other feeds met (``date_debut``/``date_fin``, ``fecha_inicio``/``fecha_fin``,
``data_inizio``/``data_fine``, ``datum_von``/``datum_bis``): the first day, the last day, and the clocks when the
hour fields hold one ("14:00", "14h00"). Empty hour fields leave whole days.

A numeric date "01/05/2022" reads either way round. The pair decides when one of its days cannot be a month
("24/06/2022": day first); else the zone does, as the JSON reader's does (``_json_infer.DayOrder``): month first in
an American zone, day first elsewhere. An ISO date ("2022-05-01") is read as written. A "from" with no readable day
is no date here (the item is left to the other readings); a "to" that cannot be read, or is before the "from",
is dropped.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Mapping
from typing import Any

from sources.adapters._feed_extras import local_value
from sources.adapters._feed_when import When, make_when, plausible, read_moment

FROM_NAMES = (
    "date_from", "datefrom", "from_date", "fromdate", "date_debut", "datedebut", "fecha_inicio", "data_inizio",
    "datum_von",
)  # fmt: skip
TO_NAMES = ("date_to", "dateto", "to_date", "todate", "date_fin", "datefin", "fecha_fin", "data_fine", "datum_bis")
FROM_CLOCK_NAMES = ("hour_from", "time_from", "from_time", "heure_debut", "hora_inicio", "ora_inizio", "zeit_von")
TO_CLOCK_NAMES = ("hour_to", "time_to", "to_time", "heure_fin", "hora_fin", "ora_fine", "zeit_bis")
AMERICAN_ZONES = "America/"  # as _json_infer.DayOrder: the United States' order, month first

# A whole value that is a numeric date: "01/05/2022", "1.5.2022", "01-05-2022".
NUMERIC_DAY = re.compile(r"(?P<first>\d{1,2})(?P<mark>[/.-])(?P<second>\d{1,2})(?P=mark)(?P<year>\d{4})")
# A whole value that is a clock: "14:00", "14:00:00", "14h00", "14h", "9.30".
LONE_CLOCK = re.compile(r"(?P<hour>[01]?\d|2[0-3])(?:[:.h](?P<minute>[0-5]\d)(?::[0-5]\d)?|h)")


def from_to_when(entry: Mapping[str, Any], zone: zoneinfo.ZoneInfo | None) -> When | None:
    """The span the item's "from"/"to" elements give (see the module's note), else None."""
    first_text = local_value(entry, FROM_NAMES)
    if first_text is None:
        return None
    last_text = local_value(entry, TO_NAMES)
    stamped = read_moment(first_text.strip()[:40], zone)
    if isinstance(stamped, dt.datetime):  # "2022-05-01T14:00:00": an instant, read as written
        end = read_moment(last_text.strip()[:40], zone) if last_text else None
        return make_when(stamped, end if isinstance(end, dt.datetime) else None, zone=zone, exclusive_end=False)
    month_first = _month_first([first_text, last_text], zone)
    first = _day(first_text, month_first)
    if first is None:
        return None
    last = _day(last_text, month_first) if last_text else None
    if last is not None and last < first:
        last = None
    start_clock = _clock(local_value(entry, FROM_CLOCK_NAMES))
    end_clock = _clock(local_value(entry, TO_CLOCK_NAMES))
    if start_clock is None:
        return make_when(first, last, zone=zone, exclusive_end=False)
    tz = zone or dt.UTC
    start = dt.datetime.combine(first, start_clock, tzinfo=tz)
    end = dt.datetime.combine(last or first, end_clock, tzinfo=tz) if end_clock is not None else None
    if end is not None and end <= start:
        end = None
    return make_when(start, end, zone=zone, exclusive_end=False)


def _month_first(texts: list[str | None], zone: zoneinfo.ZoneInfo | None) -> bool:
    """Whether the pair's numeric dates are month first: a number above 12 says which; else the zone does."""
    for text in texts:
        match = NUMERIC_DAY.fullmatch((text or "").strip())
        if match is None:
            continue
        if int(match["first"]) > 12:
            return False
        if int(match["second"]) > 12:
            return True
    return zone is not None and zone.key.startswith(AMERICAN_ZONES)


def _day(text: str | None, month_first: bool) -> dt.date | None:
    value = (text or "").strip()[:40]
    match = NUMERIC_DAY.fullmatch(value)
    if match is None:
        moment = read_moment(value, None)
        return moment.date() if isinstance(moment, dt.datetime) else moment  # a "to" stamped with a clock: its day
    first, second = int(match["first"]), int(match["second"])
    month, day = (first, second) if month_first else (second, first)
    try:
        moment = dt.date(int(match["year"]), month, day)
    except ValueError:
        return None
    return moment if plausible(moment) else None


def _clock(text: str | None) -> dt.time | None:
    match = LONE_CLOCK.fullmatch((text or "").strip()[:20])
    if match is None:
        return None
    return dt.time(int(match["hour"]), int(match["minute"] or 0))
