"""Titles that name a calendar's record, not a happening: a life's dates, a school's terms, a bin's collection day,
the sky's and the sea's times (helper review32). Pure. ``webpage.finalize`` drops a page's rows so titled (the
sky's and the moon's only on a page whose rows all are: a show may be called "Marée Haute", batch 51).

Ordinary pages read as events at confidence 0.6 to 0.8, each row titled by its label (review30's and review32's
probes): a biography's infobox and an obituary ("Born" 12 March 1961, "Died" 14 June 2031, "Penhallow died" from
"Penhallow died on 14 June 2031"), a school's term dates ("Term starts", "Half term", "Term ends", "Autumn term
2031", "Inset day"), a council's bin collection days ("Rubbish (black bin)", "Recycling (blue bin)", "Garden
waste", "Waste collection - General waste"), a tide table's rows ("High tide" 04:12, read by a table's reader that
``_page_sky_times`` did not guard), a forecast's days ("Sunny intervals, 21°C. Sunrise 04:44, sunset 21:30"), the
moon's phases ("Full moon", "First quarter"), a railway's engineering works ("No trains between Reading and
Oxford", "Fewer trains between London and Slough"), a road's closure and a parking bay's suspension, a holiday let's
weeks titled by its "Availability" heading.
A title that is only such a label names no happening one goes to. left35: a bin by its colour alone ("Blue bin",
"Green bin (garden waste)") or a German bin ("Gelbe Tonne", "Biotonne", "Restmüll"); and a bus's or a train's run
titled by its route ("Route 7 departs Market Square", "Route 9 – Station Road stop": ``TRANSIT_ROW``), only where
two rows of the page are so titled on one day (a band may be called "Route 66"; review40).

Not: "Born Free" or "Born to Run" (a name that goes on); "The Day the Music Died" (more than a name before
"died"); "Half term holiday club", "Summer term concert", "End of term disco" (a term's label that goes on);
"Recycling workshop", "Zero waste swap shop", "Bin art trail" (a waste word in a name that goes on); "Sunrise
yoga", a film called "Sunrise" alone (``_page_sky_times.LONE_TITLE``); "Full moon walk", "Full Moon Party" (a
name that goes on); "Steam trains weekend" (no disruption's words).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from sources.adapters._page_sky_times import lone_tide, sky_times
from sources.adapters.base import ParsedRecord, RawEvent

# A life's dates: "Born", "Died", "Date of death", "Geboren"; a name of one or two capitalised words before "died".
LIFE = re.compile(
    r"(?i:born|died|deceased|date\s+of\s+(?:birth|death)|geboren|gestorben|n[ée]e?|d[ée]c[ée]d[ée]e?"
    r"|nato|nata|morto|morta|nacido|nacida|fallecido|fallecida|overleden)"
    r"|(?:[A-Z][\w'’-]{0,30}\s){1,2}(?:died|passed\s+away)",
)
# A school's terms: "Term starts", "Half term", "Autumn term 2031", "Spring half term", "Inset day", "Term ends".
TERM = re.compile(
    r"(?:(?:autumn|spring|summer|winter|michaelmas|lent|trinity|easter|christmas|first|second|third)\s+)?"
    r"(?:half[\s-]?)?term(?:\s+(?:\d{4}|[12]|one|two|starts?|ends?|begins?|finishes|closes|opens|dates?|time))*"
    r"|(?:school\s+)?term\s+and\s+holiday\s+dates"
    r"|(?:inset|insett|teacher\s+training|staff\s+training)\s+days?",
    re.IGNORECASE,
)
# left37: "Training day" alone is a school's closed day only untimed among its term dates (another row a term's or a
# training day's); at a time, or alone, it is a film's name ("Training Day", 20:00) or a club's day (review40 left it).
TRAINING_DAY = re.compile(r"training\s+days?", re.IGNORECASE)
MIN_TERMS = 2
# A bin's collection: "Rubbish (black bin)", "Garden waste", "Recycling and glass", "Waste collection - Refuse".
WASTE_KIND = r"(?:(?:general|household|residual|garden|green|food|mixed|dry|glass|paper|plastics?|cardboard|bulky)\s+)?"
BIN_COLOUR = r"(?:black|blue|green|brown|grey|gray|purple|red|yellow|white|orange)"
WASTE = re.compile(
    rf"(?:(?:waste|bin|refuse|rubbish)\s+collections?\s*[-–:]\s*)?{WASTE_KIND}"
    rf"(?:waste|rubbish|refuse|recycling|bins?)"
    rf"(?:\s+(?:and|&)\s+{WASTE_KIND}(?:waste|recycling|glass|paper|cans|plastics?|cardboard))?"
    r"(?:\s*\((?:black|blue|green|brown|grey|gray|purple|red|yellow|white|orange)\s+(?:bin|box|bag|sack|caddy)\))?"
    # left35: a bin by its colour alone ("Blue bin", "Green bin (garden waste)"), a German bin ("Gelbe Tonne")
    rf"|{BIN_COLOUR}\s+(?:wheelie\s+)?(?:bins?|caddy|sacks?)(?:\s*\([^()\n]{{1,40}}\))?"
    r"|(?:gelbe|blaue|braune|graue|schwarze|gr[üu]ne)\s+tonne|bio-?tonne|restm[üu]ll(?:tonne)?|papiertonne"
    r"|gelber\s+sack|altpapier"
    # review40: a French or a Dutch bin ("Bac jaune", "Ordures ménagères", "GFT", "Restafval", "PMD", "Oud papier"),
    # two colours' bins ("Black and green bins"), a food caddy
    rf"|{BIN_COLOUR}\s+(?:and|&)\s+{BIN_COLOUR}\s+bins|food\s+(?:waste\s+)?caddy"
    r"|(?:bac|poubelle|conteneur)s?\s+(?:jaune|vert|verte|bleu|bleue|gris|grise|brun|marron|noir)s?"
    r"|ordures\s+m[ée]nag[èe]res|d[ée]chets\s+(?:verts|m[ée]nagers|recyclables)|collecte\s+s[ée]lective|encombrants"
    r"|gft(?:[\s-]afval)?|pmd|restafval|oud\s+papier(?:\s+en\s+karton)?|papier\s+en\s+karton",
    re.IGNORECASE,
)
# left35: a bus's or a train's run titled by its route ("Route 7 departs Market Square", "Route 9 – Station Road
# stop"), dropped only where two rows of the page are, on one day (a band may be called "Route 66").
TRANSIT_ROW = re.compile(
    r"(?:route|bus|train|tram|ferry|shuttle|coach)\s(?:no\.?\s?)?\d{1,4}[a-z]?"
    r"(?:\s+(?:departs|leaves|arrives|calls|stops|runs|to|from|towards|via)\b|$"
    # review40: after a dash only a stop ("Route 9 – Station Road stop"), not a name ("Route 66 – live at the Crown")
    r"|[ \t]{0,3}[-–—][ \t]{1,3}[^\n]{0,60}\b(?:stop|station|stand|interchange|terminus|halt)$)",
    re.IGNORECASE,
)
MIN_TRANSIT = 2
# A forecast's day: a weather word, then a temperature ("Sunny intervals, 21°C", "Heavy showers from 15:00, 16°C").
FORECAST = re.compile(
    r"(?:sunny|cloudy|partly|mostly|light|heavy|clear|overcast|rain|showers|drizzle|snow|sleet|fog|mist|thunder"
    r"|thundery|windy|dry|fair|bright|hazy)\b.{0,60}?-?\d{1,2}\s?°",
    re.IGNORECASE,
)
# The moon's phases ("Full moon" 03:02, "First quarter" 21:14): the sky's, as ``_page_sky_times``'s words are.
MOON = re.compile(
    r"(?:full|new|half)\s+moon|(?:first|last|third)\s+quarter(?:\s+moon)?|(?:waxing|waning)\s+(?:crescent|gibbous)"
    r"|vollmond|neumond|pleine\s+lune|nouvelle\s+lune|luna\s+(?:llena|nueva|piena|nuova)|volle\s+maan|nieuwe\s+maan",
    re.IGNORECASE,
)
# A line's or a road's disruption, opening its title ("No trains between Reading and Oxford", "Rail replacement buses
# run", "Temporary road closure – High Street", "Parking bay suspension"); a holiday let's "Availability".
DISRUPTION = re.compile(
    r"(?:no|fewer|reduced)\s+(?:trains|buses|trams|services|ferries)\b|rail\s+replacement\b|buses\s+replace\s+trains\b"
    r"|(?:temporary\s+)?road\s+closures?\b|parking\s+(?:bay\s+)?suspensions?\b|availability\b",
    re.IGNORECASE,
)
# What a table's row title puts between the table's heading and the row's own name ("Tide table - High Tide").
HEADING_TAIL = re.compile(r"\s[-–]\s")
MAX_TITLE = 80  # characters: such a label is short


def record_title(title: str) -> bool:
    """Whether a title is only a record's label: a life's date, a school term's, a bin's, the sky's or the moon's;
    or opens with a forecast or a disruption (a JSON list's items, all of them: ``_json_service_records``). "Training
    day" too there, as before left37 (no hour to tell a film's or a club's from a school's)."""
    return _label(title) or _sky(title) or TRAINING_DAY.fullmatch(_bare(title) or "-") is not None


def record_rows(records: Iterable[ParsedRecord]) -> list[ParsedRecord]:
    """A page's records without the rows titled by a record's label; the sky's and the moon's only when every row
    is such a record (a tide table), since a show may be called "Marée haute" or "New Moon" (batch 51)."""
    rows = list(records)
    events = [row for row in rows if isinstance(row, RawEvent)]
    terms = sum(1 for row in events if _term(row.title)) >= MIN_TERMS
    all_records = bool(events) and all(
        _label(row.title) or _school_day(row, terms) or _sky(row.title) for row in events
    )
    runs = _runs(events)
    return [
        row
        for row in rows
        if not isinstance(row, RawEvent)
        or not (
            _label(row.title)
            or _school_day(row, terms)
            or (all_records and _sky(row.title))
            or (runs and _transit(row.title))
        )
    ]


def _runs(events: list[RawEvent]) -> bool:
    """Whether two rows titled by a route run on one day (a bus's runs); a band called "Route 66", a cycle club's
    "Route 1 to Whitby" or a play "Bus 52" on different days are events (review40)."""
    days = [_day(row.start) for row in events if _transit(row.title)]
    return len(days) >= MIN_TRANSIT and len(set(days)) < len(days)


def _day(start: object) -> object:
    return start.date() if isinstance(start, dt.datetime) else start


def _transit(title: str) -> bool:
    return TRANSIT_ROW.match(_bare(title)) is not None


def _bare(title: str) -> str:
    bare = " ".join(title.split()).strip(" .,:;-–")
    return bare if len(bare) <= MAX_TITLE else ""


def _term(title: str) -> bool:
    bare = _bare(title)
    return bool(bare) and (TERM.fullmatch(bare) is not None or TRAINING_DAY.fullmatch(bare) is not None)


def _timed(row: RawEvent) -> bool:
    return isinstance(row.start, dt.datetime)


def _school_day(row: RawEvent, terms: bool) -> bool:
    """A school's "Training day": untimed, among the page's term dates (see TRAINING_DAY)."""
    bare = _bare(row.title)
    return terms and bool(bare) and not _timed(row) and TRAINING_DAY.fullmatch(bare) is not None


def _label(title: str) -> bool:
    bare = _bare(title)
    if not bare:
        return False
    lone = any(pattern.fullmatch(bare) is not None for pattern in (LIFE, TERM, WASTE))
    return lone or any(pattern.match(bare) is not None for pattern in (FORECAST, DISRUPTION))


def _sky(title: str) -> bool:
    bare = _bare(title)
    tail = HEADING_TAIL.split(bare)[-1]  # "Tide table - High Tide": a table's row titled by its heading first
    return bool(bare) and any(
        sky_times(part) or lone_tide(part) or MOON.fullmatch(part) is not None for part in {bare, tail}
    )
