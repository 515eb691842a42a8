"""The sun's, the moon's and the tide's times are no events (helper review30). Pure.

A weather page's days ("<h3>Wednesday 11 June</h3><p>Sunny intervals, 21°C</p><p>Sunrise 04:38, sunset 21:36</p>")
were read as one event a day titled "Sunrise" at 04:38 (a time and a name on a line under a date heading,
``_page_bars.timed_row``). A name that is only the sky's or the sea's times — sunrise, sunset, moonrise, moonset,
dawn, dusk, twilight, high or low tide, in the languages the pages read — names no happening one goes to.

Not: "Sunrise yoga", "Sunset cruise", "Dawn chorus walk", "Easter sunrise service" (a name that goes on), a film
called "Sunrise" in a line of its own with its showing (a cinema's rows are read by other readers first); a lone
"Sunrise", "Sunset", "Twilight", "Dusk" or "Dawn" with its time (review32 for the sun's words) (a cinema's day under a date heading: a film's name, review31; beside
another sky word, "Dawn 04:02, dusk 22:12", they are the sky's); a lone "High tide" or "Low tide" with its time (review34: a band or
a film called "High Tide" in a day's rows; a tide table's rows all are such, ``_page_record_titles``).
"""

from __future__ import annotations

import re

SKY_WORD = (
    r"(?:sun|moon)(?:rise|set)|dawn|dusk|twilight|first\s+light|last\s+light|(?:high|low)\s+(?:tide|water)"
    r"|sonnen(?:aufgang|untergang)|mond(?:aufgang|untergang)|(?:hoch|niedrig)wasser|d[ae]mmerung"
    r"|lever\s+du\s+soleil|coucher\s+du\s+soleil|mar[ée]e\s+(?:haute|basse)|amanecer|atardecer|puesta\s+del\s+sol"
    r"|salida\s+del\s+sol|alba|tramonto|zonsopgang|zonsondergang|soluppg[aå]ng|solnedg[aå]ng|auringon\s+(?:nousu|lasku)"
)
CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?|\b\d{1,2}\s?[ap]\.?m\b\.?", re.IGNORECASE)
SKY_TIMES = re.compile(rf"(?:{SKY_WORD})(?:[\s,;:/&|·•–-]+(?:and\s+|und\s+|et\s+|y\s+)?(?:{SKY_WORD}))*", re.IGNORECASE)
# Alone, a film's or a show's name as often as a table's row ("Twilight 19:30" in a cinema's day): sky times only
# beside another sky word ("Dawn 04:02, dusk 22:12"). Review31; "Sunrise 21:00" (Murnau's film), review32: a
# weather page gives the sun's both times.
LONE_TITLE = re.compile(
    r"(?:sun|moon)(?:rise|set)|dawn|dusk|twilight|first\s+light|last\s+light|d[ae]mmerung|alba|amanecer|atardecer"
    r"|(?:high|low)\s+(?:tide|water)|hochwasser|mar[ée]e\s+(?:haute|basse)",
    re.IGNORECASE,
)
# The tide's words alone (review34): "High Tide 21:00" in a cinema's or a venue's day is a film's or a band's name; a
# tide table is known by its heading (``_page_record_kinds``) or by all its rows being such (``_page_record_titles``).
LONE_TIDE = re.compile(r"(?:high|low)\s+(?:tide|water)|(?:hoch|niedrig)wasser|mar[ée]e\s+(?:haute|basse)", re.I)


def sky_times(name: str) -> bool:
    """Whether a row's name is only the sun's, the moon's or the tide's times ("Sunrise, sunset", "High tide")."""
    bare = " ".join(CLOCK.sub(" ", name).split())  # "Sunrise, sunset 21:36": the other time left in the name
    bare = bare.strip(" .,:;-–")
    return SKY_TIMES.fullmatch(bare) is not None and LONE_TITLE.fullmatch(bare) is None


def lone_tide(name: str) -> bool:
    """Whether a row's name is only a tide's ("High tide", "Low water"), its time left out: the sky's when every row
    of the page is (``_page_record_titles``)."""
    bare = " ".join(CLOCK.sub(" ", name).split()).strip(" .,:;-–")
    return LONE_TIDE.fullmatch(bare) is not None
