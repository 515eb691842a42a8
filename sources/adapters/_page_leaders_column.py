"""A programme table of dates and the people who lead them ("Date | Leaders"), read as rows, each titled by the
table's heading. Pure.

* ``column_headers``: a header row's "Date" beside "Leaders" is a table's two column names, not a card's label and
  its value (``_page_cards.labelled``): a section holding such a table under its heading ("TUESDAY WALKS") is no
  single card dated by its first row, so the table's rows are read, one event each.
* ``people_titles`` (after reading, ``_page_after_reading``): a row titled "TUESDAY WALKS - Ann Batty" by the
  schedule reader (the heading, then the row's distinguishing cell) drops the cell when its column's header says
  the cells are the people who lead, guide or host it ("Leader", "Leaders", "Led by", "Walk leader", "Host",
  "Guide", "Contact"): a person tells no walk from another by its name; the heading names them all. A cell there
  that names an outing instead ("Bolton Abbey Coach Ramble": a walk word, a trip, a coach, a social; a ride, a run, a
swim, review51: "Beginners' Ride") titles its row.
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_body_meets import quoted_evidence
from sources.adapters.base import ParsedRecord, RawEvent

# A column header naming the people who lead an outing, not what it is: "Leaders", "Led by", "Walk Leader(s)".
PEOPLE_HEADER = re.compile(
    r"^\s*(?:(?:walk|ride|trip|tour|group|session)\s+)?"
    r"(?:leaders?|leader\(s\)|led\s+by|hosts?|hosted\s+by|guides?|guided\s+by|contacts?|organi[sz]ers?)\s*:?\s*$",
    re.IGNORECASE,
)
# A cell under the leaders' column that names an outing rather than a person ("Bolton Abbey Coach Ramble").
OUTING = re.compile(
    r"\b(?:walk|ramble|hike|ride|run|cycle|paddle|swim|climb|trip|outing|excursion|visit|tour|coach|social|party|picnic|"
    r"lunch|dinner|meal|holiday|"
    r"weekend|agm|meeting|celebration|festival|fair)s?\b",
    re.IGNORECASE,
)
QUALIFIED = "the row's own cell tells it from the body's other meetings: {qualifier!r}"  # html.QUALIFIED_TITLE
PEOPLE_EVIDENCE = "{qualifier!r} is under the column {header!r}: who leads it, not its name; titled {title!r}"
MAX_TABLES = 200  # a page of more tables than this is not a walks programme: left as read


def column_headers(node: Any, value: Any) -> bool:
    """Whether a label and its value are two header cells of one table row ("<th>Date</th><th>Leaders</th>")."""
    return bool(node.tag == "th" and value.tag == "th")


def _people_cells(root: Any) -> dict[str, str]:
    """Each cell text under a people column of the page's tables, with the column's header."""
    found: dict[str, str] = {}
    for index, table in enumerate(root.iter("table")):
        if index >= MAX_TABLES:
            break
        header = next(table.iter("tr"), None)
        if header is None:
            continue
        names = [" ".join(cell.text_content().split()) for cell in header if cell.tag in ("th", "td")]
        columns = [column for column, name in enumerate(names) if PEOPLE_HEADER.match(name)]
        if not columns or all(cell.tag != "th" for cell in header):
            continue
        for row in table.iter("tr"):
            cells = [cell for cell in row if cell.tag in ("th", "td")]
            for column in columns:
                if column < len(cells) and cells[column].tag == "td":
                    text = " ".join(cells[column].text_content().split())
                    if text:
                        found.setdefault(text, names[column])
    return found


def people_titles(records: list[ParsedRecord], root: Any) -> None:
    """Rows titled by their heading and a leader's name: titled by the heading alone (see the module)."""
    qualified: list[tuple[RawEvent, str]] = []
    for record in records:
        qualifier = (
            quoted_evidence(record.evidence, (QUALIFIED.split("{", 1)[0],)) if isinstance(record, RawEvent) else None
        )
        if isinstance(record, RawEvent) and qualifier:
            qualified.append((record, qualifier))
    if not qualified:
        return
    people = _people_cells(root)
    for record, qualifier in qualified:
        header, suffix = people.get(qualifier), f" - {qualifier}"
        if header is not None and record.title.endswith(suffix) and len(record.title) > len(suffix):
            # "Bolton Abbey Coach Ramble" in the leaders' column: that day's outing, named by the cell
            record.title = qualifier if OUTING.search(qualifier) else record.title[: -len(suffix)]
            record.evidence.append(PEOPLE_EVIDENCE.format(qualifier=qualifier, header=header, title=record.title))
