"""A year's chronicle is no listing (held-out batch 106, helper pages106). Pure.

A club's history page "Chronik aus dem Jahr 2016" tells the year in the past tense, a paragraph around each bold
date: "Die Mitgliederversammlung wurde am 13.03.2016 im Gasthaus Hochbrücke abgehalten", a member's wedding, the
places won at championships. Five of its paragraphs were read as events. A page whose main heading says it is the
chronicle or the review of one year ("Chronik 2016", "Jahresrückblick 2016", "Year in review 2016", "Rétrospective
2016", "Terugblik 2016") reports that year: its records dated in that year are its report, not events to go to.

Not: a page whose heading only mentions a review ("Review meeting 2031"), a heading naming no year or two years, a
chronicle's record dated in another year (a date it announces beyond the year it tells). Nor (review49) a heading
that says more than the label and its year ("Annual Review Conference 2031", "Retrospective 2031: Kurosawa", a site
named "Chronicle Books 2031", "Rückblick 2031 und Ausblick": only joining words like "aus dem Jahr", "of the year"
may stand beside them), nor a review whose page goes on to what is coming (a later heading "Coming up", "Upcoming
events", "Ausblick", "Vorschau", "Termine", "Save the date": its records may be the year's events to come).
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
# The heading's words beside the label and the year that say no more than they do ("Chronik aus dem Jahr 2016").
JOINING = frozenset(
    "aus dem des der jahr jahres vom im of the year for in from our club's de del año van het jaar du l'année".split()
)
LABEL_WORDS = frozenset(
    "vereins jahres vereinschronik jahreschronik chronik rückblick ruckblick jahresrückblick jahresruckblick chronicle "
    "review annual rétrospective retrospective terugblik jaaroverzicht crónica cronica".split()
)
WORD = re.compile(r"[^\W\d_][\w'’]*")
COMING = re.compile(
    r"^\W{0,3}(?:coming\s{1,3}up|upcoming|what[’']?s\s{1,3}(?:next|on|coming)|next\s{1,3}(?:events?|year)|save\s{1,3}the"
    r"\s{1,3}date|ausblick|vorschau|termine|demn[äa]chst|veranstaltungen|[àa]\s{1,3}venir|agenda|vooruitblik)\b",
    re.IGNORECASE,
)
HEADINGS = ("h1", "h2", "h3")
MAX_HEADING = 80  # a heading, not a paragraph that starts like one


def chronicle_year(root: Any) -> int | None:
    """The year the page's main heading says it chronicles, or None (see the module)."""
    for element in root.iter(*HEADINGS):
        text = " ".join(element.text_content().split())
        if not text:
            continue
        years = set(YEAR.findall(text))
        if len(text) <= MAX_HEADING and CHRONICLE_LABEL.search(text) and len(years) == 1 and _only_label(text):
            return None if _coming_heading(root, element) else int(years.pop())
        return None  # the first heading is the page's: only it says what the page is
    return None


def _only_label(text: str) -> bool:
    """Whether the heading's words are the label's and joining words only ("Year in review 2016"), not a name's."""
    return all(word.casefold() in LABEL_WORDS | JOINING for word in WORD.findall(text))


def _coming_heading(root: Any, first: Any) -> bool:
    """Whether a heading after the page's first says what is coming ("Coming up", "Ausblick")."""
    return any(
        element is not first and COMING.match(" ".join(element.text_content().split()))
        for element in root.iter(*HEADINGS)
    )


def without_chronicle(records: list[ParsedRecord], root: Any) -> list[ParsedRecord]:
    """The records without a year's chronicle's report of that year (see the module)."""
    year = chronicle_year(root)
    if year is None:
        return records
    return [record for record in records if not (isinstance(record, RawEvent) and record.start.year == year)]
