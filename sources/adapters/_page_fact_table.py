"""One meeting told by a small table of facts: a label/value row per fact. Pure.

The shape: a table whose every row is a label and its value ("<th>Sitzung:</th><td><a>Rat</a>, 28. Sitzung</td>",
"<td><strong>Date:</strong></td><td>Tuesday, 16 March 2027</td>"), or a definition list of such terms
("<dt>When:</dt><dd>…</dd>"), that labels the meeting's body or name ("Sitzung", "Gremium", "Meeting", "Committee",
"Séance", "Vergadering"…) and its date ("Termin", "Datum", "Date", "When"…), and may label its time ("Zeit",
"Time", "Heure", "Tijd"…) and its place ("Ort", "Raum", "Location", "Where", "Venue", "Lieu", "Locatie"…). Such a
table is one event: its title the name row's value (the link that opens it, when one does: "<a>Rat</a>, 28. XI.
Ratsperiode Sitzung" is the council's meeting), its start the date row's date at the time written beside it or in
the time row, its place the place row's lines. Its other rows (the agenda's, the minutes' documents) are not
events: the dates they carry are the documents' ("(exportiert: 01.10.2024)"), and so are such stamped dates in the
page's other tables and lines (``stamped``). A table with a header row over several dated rows ("Date | Time |
Location") has rows of three cells, or values as its labels, and stays a schedule; two fact tables are two
meetings.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

import lxml.etree

from sources.adapters._page_dates import ClockHit, find_clock, find_dates
from sources.adapters._page_ranges import joined_ranges
from sources.adapters._page_schedule import Entry
from sources.adapters._page_table_cells import cell_text, cells
from sources.adapters._page_words import document_label, is_document_link
from sources.adapters._place_labels import PLACE_OR_WHERE
from sources.adapters.webpage import absolute_url

_END = r"\s*(?::\s*)?"  # spaces, then a colon and spaces: one way to read a run of spaces, not two
LABELS: dict[str, re.Pattern[str]] = {
    "name": re.compile(
        r"(?:sitzung|gremium|ausschuss|veranstaltung|meeting|committee|board|body|event|s[ée]ance|instance|"
        r"r[ée]union|[ée]v[ée]nement|vergadering|commissie|orgaan|bijeenkomst|evenement|reuni[óo]n|riunione|"
        r"evento|sesi[óo]n|seduta|organo)" + _END,
        re.IGNORECASE,
    ),
    "date": re.compile(
        r"(?:termin|datum|sitzungstermin|sitzungsdatum|tag|wann|date|meeting\s+date|day|when|quand|wanneer|fecha|"
        r"data|cu[áa]ndo|quando)" + _END,
        re.IGNORECASE,
    ),
    "time": re.compile(
        r"(?:zeit|uhrzeit|beginn|time|start|starts|start\s+time|heure|horaire|tijd|aanvang|hora|ora|orario)" + _END,
        re.IGNORECASE,
    ),
    "place": re.compile(PLACE_OR_WHERE + _END, re.IGNORECASE),  # every reader's words (_place_labels)
    # When it ends: "End", "Ends", "End time", "Finish", "Until", "Ende", "Fin", "Einde" (a date, a time or both).
    "end": re.compile(
        r"(?:end|ends|end\s+time|end\s+date|finish|finishes|until|ende|fin|einde|termina|fine\s+ora)" + _END,
        re.IGNORECASE,
    ),
}
# The labels a start is written under ("Start", "Begins"): such a row's value with a day in it is the start's day
# and time, not a time beside a date row (the meeting's "Start: 7 pm" beside "Date:" stays its time).
START_LABEL = re.compile(
    r"(?:start|starts|start\s+time|begin|begins|beginn|d[ée]but|aanvang|inizio|inicio)" + _END, re.IGNORECASE
)
# A value that is an ISO moment ("2020-03-31T17:30:00Z", "2026-05-02 19:00", "2026-05-02T19:00+02:00"): its
# offset, when it writes one, is read into the page's zone.
ISO_MOMENT = re.compile(
    r"(20\d\d-[01]\d-[0-3]\d)(?:[T ]([0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?)(Z|[+-][0-2]\d:?[0-5]\d)?)?"
)
# The words a document's own date is stamped with: "(exportiert: 01.10.2024)", "(published 3 May 2026)",
# "Stand: 12.01.2025", "mis en ligne le 4 mars 2027". Read over the few characters before a date.
DOCUMENT_STAMP = re.compile(
    r"(?:exportiert|erstellt|ver[öo]ffentlicht|hochgeladen|aktualisiert|ge[äa]ndert|stand|exported|published|"
    r"posted|uploaded|updated|modified|created|publi[ée]e?|mis\s+en\s+ligne|mise?\s+[àa]\s+jour|gepubliceerd|"
    r"bijgewerkt|ge[üu]pload|publicado|actualizado|pubblicato|aggiornato)"
    r"\s*(?:on|am|le|op|el|il|:)?\s*:?\s*$",
    re.IGNORECASE,
)
STAMP_REACH = 30  # characters before a date its stamp word may take
LABEL_LENGTH = 30  # characters: a longer first cell is a row's own text, not a field's label
MAX_FACTS = 12  # rows: a longer table of label/value rows is a record's sheet, not one meeting's facts
PAIR = 2
_BREAKS = frozenset({"br", "p", "div", "li", "tr"})


@dataclasses.dataclass(slots=True)
class _Facts:
    element: Any
    rows: list[tuple[str, Any]]  # a label's text and its value's element(s)


def _label_role(label: str) -> str | None:
    text = " ".join(label.split())
    if not text or len(text) > LABEL_LENGTH:
        return None
    return next((role for role, pattern in LABELS.items() if pattern.fullmatch(text)), None)


def _value_lines(values: list[Any]) -> list[str]:
    """The value's lines, a line break or a block between them ("Rathaus<br/>12345 Teststadt<br/>Ratssaal")."""
    parts: list[str] = []
    for value in values:
        parts.append(value.text or "")
        for event, node in lxml.etree.iterwalk(value, events=("start", "end")):
            if node is value:
                continue
            tag = node.tag if isinstance(node.tag, str) else ""
            if event == "start":
                parts.append("\n" if tag in _BREAKS else "")
                parts.append(node.text or "" if tag else "")
            else:
                parts.append("\n" if tag in _BREAKS else "")
                parts.append(node.tail or "")
        parts.append("\n")
    return [line for line in (" ".join(piece.split()) for piece in "".join(parts).split("\n")) if line]


def _name(values: list[Any]) -> str:
    """The name row's value; a link that opens it is the name ("<a>Rat</a>, 28. XI. Ratsperiode Sitzung")."""
    first = values[0]
    lead = next((node for node in first if isinstance(node.tag, str)), None)
    if lead is not None and lead.tag == "a" and not (first.text or "").strip():
        linked = " ".join(lead.text_content().split())
        if linked:
            return linked
    return " ".join(" ".join(cell_text(value) for value in values).split())


def _table_facts(table: Any) -> _Facts | None:
    rows: list[tuple[str, Any]] = []
    for row in table.iter("tr"):
        found = cells(row)
        if not found:
            continue
        if len(found) != PAIR:  # a label and its value
            return None
        rows.append((cell_text(found[0]), [found[1]]))
    return _Facts(table, rows)


def _list_facts(listing: Any) -> _Facts | None:
    rows: list[tuple[str, Any]] = []
    label: str | None = None
    for node in listing.iterchildren("dt", "dd", "div"):
        if node.tag == "div":  # <div><dt/><dd/></div>, as HTML allows
            facts = _list_facts(node)
            if facts is None:
                return None
            rows += facts.rows
        elif node.tag == "dt":
            label = cell_text(node)
        elif label is not None:
            rows.append((label, [node]))
            label = None
    return _Facts(listing, rows)


def _documents(others: list[tuple[str, list[Any]]], base: str | None) -> list[dict[str, str]]:
    """The meeting's documents its other rows link ("Tagesordnung: <a>….pdf</a>"), named by their rows' labels."""
    links: list[dict[str, str]] = []
    for label, values in others:
        for value in values:
            for link in value.iter("a"):
                href, text = link.get("href") or "", " ".join(link.text_content().split())
                url = absolute_url(href, base)
                if url and is_document_link(text, href):
                    links.append({"label": document_label(label.rstrip(": "), href), "url": url})
    return links


def _iso_moment(text: str, zone: dt.tzinfo | None) -> tuple[dt.date, dt.time | None] | None:
    """The day and time of the value's ISO moment, in the page's zone when it writes its offset ("…T17:30:00Z")."""
    found = ISO_MOMENT.search(text)
    if found is None:
        return None
    day, clock, offset = found.groups()
    raw = day if clock is None else f"{day}T{clock}{(offset or '').replace('Z', '+00:00')}"
    try:
        moment = dt.datetime.fromisoformat(raw) if clock is not None else dt.date.fromisoformat(raw)
    except ValueError:
        return None
    if not isinstance(moment, dt.datetime):
        return moment, None
    if moment.tzinfo is not None and zone is not None:
        moment = moment.astimezone(zone)
    return moment.date(), moment.time().replace(tzinfo=None)


def _when(values: list[Any], *, today: dt.date, zone: dt.tzinfo | None) -> tuple[Any, ClockHit | None] | None:
    """The day a value gives (an ISO moment's, else a written date's) and its clock; None without a day."""
    said = " ".join(cell_text(value) for value in values)
    moment = _iso_moment(said, zone)
    if moment is not None:
        clock = ClockHit(start=moment[1], end=None, span=(0, 0)) if moment[1] is not None else None
        return _Day(moment[0]), clock
    # "Monday 21 July 2031 - Saturday 26 July 2031": one hit from the first day to the last (_page_ranges)
    hits = joined_ranges(said, find_dates(said, year_hint=today.year, today=today))
    if not hits:
        return None
    hit = hits[0]
    return hit, find_clock(f"{said[: hit.start]} {said[hit.end :]}", dated=True)


@dataclasses.dataclass(slots=True)
class _Day:
    """An ISO moment's day, read as a written date would be."""

    date: dt.date
    end_date: dt.date | None = None
    weekday_agrees: bool | None = None
    year_written: bool = True


def _ends(values: list[Any], day: dt.date, *, today: dt.date, zone: dt.tzinfo | None) -> tuple[Any, Any]:
    """The end row's last day (when another than the start's) and its time."""
    when = _when(values, today=today, zone=zone)
    if when is None:
        clock = find_clock(" ".join(cell_text(value) for value in values), dated=True)
        return None, clock.start if clock is not None else None
    hit, clock = when
    last = hit.date if hit.date > day else None
    return last, clock.start if clock is not None else None


def _roles(facts: _Facts, *, today: dt.date, zone: dt.tzinfo | None) -> tuple[dict[str, list[Any]], list] | None:
    """Each fact's role by its label. With no date row, a start's label over a day ("Start | 2020-03-31T17:30:00Z")
    is the date's (and marks the table as told by its start); beside a date row it stays the time's."""
    roles: dict[str, list[Any]] = {}
    others: list[tuple[str, list[Any]]] = []
    dated = any(_label_role(label) == "date" for label, _values in facts.rows)
    for label, values in facts.rows:
        role = _label_role(label)
        if not dated and START_LABEL.fullmatch(" ".join(label.split())) and _when(values, today=today, zone=zone):
            role = "started"
        if role is None:
            others.append((label, values))
        elif role in roles:
            return None  # two dates or two names: not one meeting's facts
        else:
            roles[role] = values
    if "started" in roles:
        roles["date"] = roles["started"]
    return roles, others


def _entry(
    facts: _Facts, *, base: str | None, today: dt.date, zone: dt.tzinfo | None = None, heading: str | None = None
) -> Entry | None:
    if not 1 < len(facts.rows) <= MAX_FACTS:
        return None
    found_roles = _roles(facts, today=today, zone=zone)
    if found_roles is None:
        return None
    roles, others = found_roles
    # No name row: the page's one event told by its start (and end), the page's heading its title.
    nameless = "name" not in roles and heading is not None and ("started" in roles or "end" in roles)
    if ("name" not in roles and not nameless) or "date" not in roles:
        return None
    name = _name(roles["name"]) if "name" in roles else heading
    when = _when(roles["date"], today=today, zone=zone)
    if not name or when is None:
        return None
    hit, clock = when
    if clock is None and "time" in roles:
        clock = find_clock(" ".join(cell_text(value) for value in roles["time"]), dated=True)
    last, end_time = _ends(roles["end"], hit.date, today=today, zone=zone) if "end" in roles else (None, None)
    place = ", ".join(_value_lines(roles["place"])) if "place" in roles else None
    entry = Entry(
        day=hit.date,
        end_day=last or hit.end_date,
        time=clock.start if clock is not None else None,
        end_time=end_time or (clock.end if clock is not None else None),
        title=name,
        location=place or None,
        text=" | ".join(f"{label} {cell_text(values[0])}" for label, values in facts.rows)[:500],
        structure="table",
        weekday_agrees=hit.weekday_agrees,
        year_written=hit.year_written,
    )
    entry.links = _documents(others, base)
    what = "the page's one event's fact table, its heading the title" if nameless else "one meeting's fact table"
    entry.evidence.append(f"{what}: {entry.text[:120]!r}")
    return entry


def fact_table_entries(
    root: Any, *, base: str | None, today: dt.date, zone: dt.tzinfo | None = None, heading: str | None = None
) -> tuple[list[Entry], set[Any]]:
    """A meeting for each innermost table or definition list of its facts, and the elements read. With the page's
    ``heading``, a table of one event's start (and end) with no name row is that event, when it is the page's only
    such table (two are a listing's, each under its own name)."""
    entries: list[Entry] = []
    read: set[Any] = set()
    nameless: list[tuple[Entry, Any]] = []
    for element in root.iter("table", "dl"):
        if next(element.iterdescendants("table", "dl"), None) is not None:
            continue
        facts = _table_facts(element) if element.tag == "table" else _list_facts(element)
        entry = _entry(facts, base=base, today=today, zone=zone) if facts is not None else None
        if entry is not None:
            entries.append(entry)
            read.add(element)
        elif facts is not None and heading is not None:
            alone = _entry(facts, base=base, today=today, zone=zone, heading=heading)
            nameless += [(alone, element)] if alone is not None else []
    if not entries and len(nameless) == 1:
        entries.append(nameless[0][0])
        read.add(nameless[0][1])
    return entries, read


def stamped(text: str, *, today: dt.date) -> bool:
    """Every date in the text is a document's, stamped as exported, published or updated on it."""
    hits = find_dates(text, year_hint=today.year, today=today)
    return bool(hits) and all(DOCUMENT_STAMP.search(text[max(0, hit.start - STAMP_REACH) : hit.start]) for hit in hits)
