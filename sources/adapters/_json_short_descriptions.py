"""A short description is still the event's, when nothing longer describes it (left35). Pure.

``_json_field_scores.description_score`` wants 20 characters of a description on average: a webinar's link label
("Universal Link") and a seat zone ("A+ Orchestra") are shorter, and apis69 found that taking a shorter column
under any description's name took those over a real long description. So a campus app's one event kept its
"description": "Boston Pops concert" unread. Now, only when no column scores as a description, the item's own key
named exactly as one (``OWN_NAMES``: "description", "summary", "desc", "beschreibung"…, at the item's top level, not
a link's, a zone's or a venue's) is read when it is text with words (not a link, not a number, not a date) and is
not only a repeat of the title ("Concert" under "Concert") or of the day ("12 March").

Not: a nested "links.0.description", "zones.0.description", "venue.description"; a column of ids or codes ("A1",
"#204"); values that are all the item's title; a date written as the description.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._json_shapes import Column, text_column, url_share

OWN_NAMES = frozenset(
    {"description", "desc", "summary", "beschreibung", "descripcion", "descripción", "descrizione", "beschrijving",
     "opis", "popis", "kuvaus", "beskrivning", "beskrivelse", "resume", "résumé", "abstract", "teaser", "blurb"}
)  # fmt: skip
MIN_SHARE = 0.1
MIN_LETTERS = 4  # "Jazz" describes; "A1" does not
# A value that is only a day, a clock or a number ("12 March", "2031-03-12", "20:00", "#204").
DATE_ONLY = re.compile(
    r"[\W\d_]*(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*[\s,.]*)?[\d\s./:-]*"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)?\w{0,7}[\s,.]*[\d\s./:-]*",
    re.IGNORECASE,
)


def _date_only(text: str) -> bool:
    return any(char.isdigit() for char in text) and DATE_ONLY.fullmatch(text) is not None


def _letters(text: str) -> int:
    return sum(1 for char in text if char.isalpha())


def _title_values(columns: Mapping[str, Column], title: Any) -> list[Any]:
    column = columns.get(title) if isinstance(title, str) else None
    return column.values if column is not None else []


def short_description(columns: Mapping[str, Column], mapping: Mapping[str, Any], used: set[str]) -> Column | None:
    """The item's own short description column (see the module), or None."""
    titles = _title_values(columns, mapping.get("title"))
    for column in columns.values():
        if column.path in used or "." in column.path or column.path.casefold() not in OWN_NAMES:
            continue
        present = column.present
        if not present or len(present) < MIN_SHARE * len(column.values) or not text_column(column):
            continue
        if url_share(column) > 0:
            continue
        kept = 0
        for index, value in enumerate(column.values):
            if not isinstance(value, str) or not value.strip():
                continue
            text = " ".join(value.split())
            title = titles[index] if index < len(titles) else None
            same = isinstance(title, str) and text.casefold().strip(" .!") == " ".join(title.split()).casefold()
            if _letters(text) >= MIN_LETTERS and not same and not _date_only(text):
                kept += 1
        if kept:
            return column
    return None
