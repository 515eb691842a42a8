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

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_ranges import joined_ranges
from sources.adapters._page_schedule import Entry
from sources.adapters._page_table_cells import cell_text, cells
from sources.adapters._page_words import document_label, is_document_link
from sources.adapters._place_labels import PLACE_OR_WHERE
from sources.adapters.webpage import absolute_url

_END = r"\s*:?\s*"
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
}
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


def _entry(facts: _Facts, *, base: str | None, today: dt.date) -> Entry | None:
    if not 1 < len(facts.rows) <= MAX_FACTS:
        return None
    roles: dict[str, list[Any]] = {}
    others: list[tuple[str, list[Any]]] = []
    for label, values in facts.rows:
        role = _label_role(label)
        if role is None:
            others.append((label, values))
        elif role in roles:
            return None  # two dates or two names: not one meeting's facts
        else:
            roles[role] = values
    if "name" not in roles or "date" not in roles:
        return None
    name = _name(roles["name"])
    said = " ".join(cell_text(value) for value in roles["date"])
    # "Monday 21 July 2031 - Saturday 26 July 2031": one hit from the first day to the last (_page_ranges)
    hits = joined_ranges(said, find_dates(said, year_hint=today.year, today=today))
    if not name or not hits:
        return None
    hit = hits[0]
    clock = find_clock(f"{said[: hit.start]} {said[hit.end :]}", dated=True)
    if clock is None and "time" in roles:
        clock = find_clock(" ".join(cell_text(value) for value in roles["time"]), dated=True)
    place = ", ".join(_value_lines(roles["place"])) if "place" in roles else None
    entry = Entry(
        day=hit.date,
        end_day=hit.end_date,
        time=clock.start if clock is not None else None,
        end_time=clock.end if clock is not None else None,
        title=name,
        location=place or None,
        text=" | ".join(f"{label} {cell_text(values[0])}" for label, values in facts.rows)[:500],
        structure="table",
        weekday_agrees=hit.weekday_agrees,
        year_written=hit.year_written,
    )
    entry.links = _documents(others, base)
    entry.evidence.append(f"one meeting's fact table: {entry.text[:120]!r}")
    return entry


def fact_table_entries(root: Any, *, base: str | None, today: dt.date) -> tuple[list[Entry], set[Any]]:
    """A meeting for each innermost table or definition list of its facts, and the elements read."""
    entries: list[Entry] = []
    read: set[Any] = set()
    for element in root.iter("table", "dl"):
        if next(element.iterdescendants("table", "dl"), None) is not None:
            continue
        facts = _table_facts(element) if element.tag == "table" else _list_facts(element)
        entry = _entry(facts, base=base, today=today) if facts is not None else None
        if entry is not None:
            entries.append(entry)
            read.add(element)
    return entries, read


def stamped(text: str, *, today: dt.date) -> bool:
    """Every date in the text is a document's, stamped as exported, published or updated on it."""
    hits = find_dates(text, year_hint=today.year, today=today)
    return bool(hits) and all(DOCUMENT_STAMP.search(text[max(0, hit.start - STAMP_REACH) : hit.start]) for hit in hits)
