"""A year's chronicle is no listing (held-out batch 106, helper pages106). Pure.

A club's history page "Chronik aus dem Jahr 2016" tells the year in the past tense, a paragraph around each bold
date: "Die Mitgliederversammlung wurde am 13.03.2016 im Gasthaus Hochbrücke abgehalten", a member's wedding, the
places won at championships. Five of its paragraphs were read as events. A page whose main heading says it is the
chronicle or the review of one year ("Chronik 2016", "Jahresrückblick 2016", "Year in review 2016", "Rétrospective
2016", "Terugblik 2016") reports that year: its records dated in that year are its report, not events to go to.

Not: a page whose heading only mentions a review ("Review meeting 2031"), a heading naming no year or two years, a
chronicle's record dated in another year (a date it announces beyond the year it tells).
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters.base import ParsedRecord, RawEvent

CHRONICLE_LABEL = re.compile(
    r"^\W{0,3}(?:vereins|jahres)?(?:chronik|r[üu]ckblick)\b|^\W{0,3}(?:chronicle|year\s{1,3}in\s{1,3}review|"
    r"annual\s{1,3}review|review\s{1,3}of\s{1,3}(?:the\s{1,3})?year|r[ée]trospective|terugblik|jaaroverzicht|"
    r"cr[oó]nica)\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
HEADINGS = ("h1", "h2", "h3")
MAX_HEADING = 80  # a heading, not a paragraph that starts like one


def chronicle_year(root: Any) -> int | None:
    """The year the page's main heading says it chronicles, or None (see the module)."""
    for element in root.iter(*HEADINGS):
        text = " ".join(element.text_content().split())
        if not text:
            continue
        years = set(YEAR.findall(text))
        if len(text) <= MAX_HEADING and CHRONICLE_LABEL.search(text) and len(years) == 1:
            return int(years.pop())
        return None  # the first heading is the page's: only it says what the page is
    return None


def without_chronicle(records: list[ParsedRecord], root: Any) -> list[ParsedRecord]:
    """The records without a year's chronicle's report of that year (see the module)."""
    year = chronicle_year(root)
    if year is None:
        return records
    return [record for record in records if not (isinstance(record, RawEvent) and record.start.year == year)]
