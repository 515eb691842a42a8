"""Hours that are a duration, not a time of day, in French prose: "4h de marche", "11h de route", "2 heures d'atelier".

A whole number of hours written with "h" or "heures" and followed by "de"/"d'" and a word says how long something
takes; a time of day is followed by a place, a comma or the end ("19h devant la mairie", "à 19 heures, salle des
fêtes"). ``_page_intl.intl_clock`` skips such hours. Pure.
"""

from __future__ import annotations

import re

# Bounded and not nested: linear on any text.
HOURS_OF = re.compile(r"[ \t]{1,3}(?:de[ \t]{1,3}|d['’][ \t]{0,2})[^\W\d]", re.IGNORECASE)


def hours_of_something(text: str, match: re.Match[str]) -> bool:
    """Whether ``match`` (of ``_page_intl.INTL_CLOCK``) is a whole number of hours written with "h" or "heures" and
    followed by "de"/"d'" and a word (``HOURS_OF``): a duration."""
    if (
        match.group("r1") is not None
        or match.group("m")
        or match.group("m_")
        or match.group("hm_")
        or match.group("um_")
    ):
        return False
    unit = (match.group("suffix") or match.group("suffix2") or match.group(0)).rstrip(" .").lower()
    return unit.endswith(("h", "heure", "heures")) and HOURS_OF.match(text, match.end()) is not None
