"""The small word that led a date, dropped with the date from the end of a title. Pure.

A title that ends with its own date ("Einladung zur Ratssitzung am 02.03.2026", "Fest vom 12.05.2031", "Concert on
2031-05-01") lost the date to the readers that take the event's own date out of its title (``_feed_cut_date``), and
kept the word that introduced it: "Einladung zur Ratssitzung am" (batch 70, feeds). When the date was the title's
end, one such word left last before it goes with it: "am", "vom", "ab" (German), "on" (English), "le", "du"
(French), "op" (Dutch), "il", "el" (Italian, Spanish).

Not dropped: such a word when words follow the date ("Ratssitzung am 02.03.2026 im Rathaus" keeps what follows
whole, the date cut from its middle), a word that is part of a name ("Kino am Markt" ends with no date), the only
word left, a word written with a capital ("Lights On 01.12.2031", "Game On", "Hold On": the event's name, review51).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

# A date's leading word at the end of what came before the date. Bounded: linear.
# Written in lower case, as a preposition in a title is: "Lights On", "Game On", "Hold On" name the event (review51).
_LEADING = re.compile(r"[ \t]{1,3}(?:am|vom|ab|on|le|du|op|il|el)$")


def without_date_word(before: str, after: str) -> str:
    """``before`` (a title's part before its cut date) without the date's leading word, when nothing came after
    the date (``after`` empty) and a word is left; else ``before`` as it is."""
    if after:
        return before
    found = _LEADING.search(before)
    if found is None or not before[: found.start()].strip():
        return before
    return before[: found.start()].rstrip()
