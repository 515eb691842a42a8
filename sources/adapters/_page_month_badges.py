"""A month's name in the nominative set over its day, as a listing's date badge prints it ("Únor14", "Luty 3",
"Май 14"): the month in one element, the day in the next, the page's text joining them with no space or one. Pure;
the pattern sits at the end of _page_dates' list.

Czech, Polish and Russian write a date's month in the genitive ("14. února", "3 lutego", "14 мая", which INTL_DATE
reads); the nominative ("únor", "luty", "май", HEADING_MONTHS) names a month alone, over a programme. Before a day
number it is a badge: read only as a line of its own (a heading, a badge element), never inside a sentence or a
title ("Únor 2026" is a month's heading, "Květen 14 dní" no date). Finnish's nominative months are left out: its
headings write the year after them ("HELMIKUU 2012") and its dates are numbers ("18.2.").

A table's row of a month's name and a number only ("Leden | 12" in "Měsíc | Akcí", a statistics table's month and
its count) is no badge: a badge sits in its card, over its event's name (review35: ``table_figure``).

A badge that sets the day over the month ("14" over "ÚNOR": "14Únor", "14 Únor", "14. Únor") is that day too
(review35: DAY_FIRST_BADGE), on the same terms: a line of its own.

Czech badges abbreviate their months to three letters ("Úno 14", "Bře 3", "Čvn 21", "14 Zář": review36,
``CZECH_SHORT``). Those that are words as well ("led" ice, "dub" oak, "lis" a press, "srp" a sickle, "pro" for, and
"PRO14" a rugby league, "Pro 11" a tablet's size, "LED 3" a lamp) are read in lower case before a blank ("led 14")
or with their dot ("Pro. 14"); the others in any case, and they may touch the day ("Úno14")."""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._intl_names import HEADING_MONTHS
from sources.adapters._page_intl import heading_month

_FINNISH = frozenset(name for name in HEADING_MONTHS if name.endswith("kuu"))
_NAMES = sorted((name for name in HEADING_MONTHS if name not in _FINNISH), key=len, reverse=True)
# Czech months' three-letter abbreviations (review36); the first five are words too: a blank or a dot must follow.
CZECH_SHORT = {
    "led": 1, "dub": 4, "srp": 8, "lis": 11, "pro": 12,
    "úno": 2, "bře": 3, "kvě": 5, "čvn": 6, "čvc": 7, "zář": 9, "říj": 10,
}  # fmt: skip
_WORDS_TOO = ("led", "dub", "srp", "lis", "pro")
_MONTH = (
    "|".join(re.escape(name) for name in _NAMES)
    + "|"
    + "|".join(name for name in CZECH_SHORT if name not in _WORDS_TOO)
    + r"|(?-i:"
    + "|".join(_WORDS_TOO)
    + r")(?=[ \t.])|(?:"
    + "|".join(_WORDS_TOO)
    + r")(?=\.)"
)

# The whole line: optional blanks, the month's name, at most one blank, a day of one or two digits, optional blanks.
MONTH_BADGE = re.compile(
    r"(?m)^[ \t]*(?P<month>" + _MONTH + r")\.?[ \t]?"
    r"(?P<day>[12]\d|3[01]|0?[1-9])[ \t]*$",
    re.IGNORECASE,
)
# The day first: optional blanks, a day of one or two digits and an optional dot, at most one blank, the month's name.
DAY_FIRST_BADGE = re.compile(
    r"(?m)^[ \t]*(?P<day>[12]\d|3[01]|0?[1-9])\.?[ \t]?(?P<month>" + _MONTH.replace(r"(?=[ \t.])", "") + r")\.?[ \t]*$",
    re.IGNORECASE,
)

BADGES = (MONTH_BADGE, DAY_FIRST_BADGE)


def table_figure(line: Any) -> bool:
    """Whether ``line`` is a table's row that is a month's name and a number only ("Leden 12" from "<tr><td>Leden</td>
    <td>12</td></tr>"): a month's figure, not its day."""
    tag = getattr(getattr(line, "block", None), "tag", None)
    text = getattr(line, "text", "")
    return tag in ("tr", "td", "th") and bool(MONTH_BADGE.fullmatch(text) or DAY_FIRST_BADGE.fullmatch(text))


def badge_month(name: str) -> int | None:
    """The month a badge names: a nominative month (``heading_month``) or a Czech abbreviation ("úno")."""
    return CZECH_SHORT.get(name.lower().rstrip(".")) or heading_month(name)


MAX_BADGE_NODES = 200  # elements of a card looked at for its badge


def badge_in(block: Any) -> bool:
    """Whether a card holds a badge of its own: an element whose whole text is a month and its day ("Luty 14" in
    ``<div class="badge">``), which the card's text, joined on one line, hides from the line's patterns. Only a card
    with a link (its event's page): a statistics card's "Luty 14" over "1200 osób" names a month's figure."""
    if next(block.iterfind(".//a[@href]"), None) is None:
        return False
    for count, node in enumerate(block.iter()):
        if count >= MAX_BADGE_NODES:
            return False
        if isinstance(node.tag, str) and not len(node):
            text = " ".join((node.text or "").split())
            if text and any(badge.fullmatch(text) for badge in BADGES):
                return True
    return False
