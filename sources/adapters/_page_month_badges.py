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
(review35: DAY_FIRST_BADGE), on the same terms: a line of its own."""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._intl_names import HEADING_MONTHS

_FINNISH = frozenset(name for name in HEADING_MONTHS if name.endswith("kuu"))
_NAMES = sorted((name for name in HEADING_MONTHS if name not in _FINNISH), key=len, reverse=True)

# The whole line: optional blanks, the month's name, at most one blank, a day of one or two digits, optional blanks.
MONTH_BADGE = re.compile(
    r"(?m)^[ \t]*(?P<month>" + "|".join(re.escape(name) for name in _NAMES) + r")[ \t]?"
    r"(?P<day>[12]\d|3[01]|0?[1-9])[ \t]*$",
    re.IGNORECASE,
)
# The day first: optional blanks, a day of one or two digits and an optional dot, at most one blank, the month's name.
DAY_FIRST_BADGE = re.compile(
    r"(?m)^[ \t]*(?P<day>[12]\d|3[01]|0?[1-9])\.?[ \t]?(?P<month>"
    + "|".join(re.escape(name) for name in _NAMES)
    + r")[ \t]*$",
    re.IGNORECASE,
)


def table_figure(line: Any) -> bool:
    """Whether ``line`` is a table's row that is a month's name and a number only ("Leden 12" from "<tr><td>Leden</td>
    <td>12</td></tr>"): a month's figure, not its day."""
    tag = getattr(getattr(line, "block", None), "tag", None)
    text = getattr(line, "text", "")
    return tag in ("tr", "td", "th") and bool(MONTH_BADGE.fullmatch(text) or DAY_FIRST_BADGE.fullmatch(text))
