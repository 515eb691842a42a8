"""Whether a line or a heading is only a day ("za 11 feb", "Fri 12 Dec", "25. 10. 2025 - Sobota"): the card's date
printed large, a day divider, or a bare date over its loose row, not a name. Pure.

Read by the card reader (``_page_cards``, which re-exports it) and by the loose lines' reader (``_page_loose_lines``),
which the schedule reader imports: a module of its own, so that neither imports the other's reader.
"""

from __future__ import annotations

import datetime as dt

from sources.adapters._page_dates import find_dates
from sources.adapters._page_intl import weekday_alone
from sources.adapters._page_words import meaningful, residue

_EPOCH = dt.date(2000, 1, 1)  # any clock: only which days a block names matters
MAX_NAME_LENGTH = 200  # a name, not a paragraph


def date_alone(text: str) -> bool:
    """A heading that is only a day ("za 11 feb", "Fri 12 Dec"): the card's date, printed large, not its name. The
    weekday may follow the date in a language read here ("25. 10. 2025 - Sobota", a Czech club's day divider)."""
    if len(text) > MAX_NAME_LENGTH:
        return False
    hits = find_dates(text, year_hint=None, today=_EPOCH)
    rest = residue(text, [(hit.start, hit.end) for hit in hits], []) if hits else ""
    return bool(hits) and (not meaningful(rest) or weekday_alone(rest))
