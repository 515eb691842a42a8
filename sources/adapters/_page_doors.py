"""The doors' time and the show's: a venue's listing that writes both starts when the show starts. Pure.

"Doors 7pm / Show 8pm", "Doors: 19:00 | Show: 20:00", "7pm doors, 8pm show", "8:00PM doors -- music at 8:30PM",
"Doors open at 6.30pm, first band on at 7.15pm", "Einlass 19 Uhr, Beginn 20 Uhr", "Ouverture des portes 19h,
concert 20h", "Apertura puertas 20:00 / Inicio 21:00": the first time written is the doors', the event (what
people come for) starts at the second. A meeting's time before the start's reads the same way ("Treffen 17:00,
Beginn 17:30", "Treffpunkt 13:00 Uhr, Anpfiff 15:00 Uhr").

The doors' word stands right before its time or right after it; the show's word right before its time or right
after it; only separators (a slash, a bar, a comma, dashes, "and") stand between the two. Anything else between
them, or a show's time earlier than the doors', and nothing is changed. A doors' time alone ("7pm doors",
"Doors: 7pm") stays the start: it is the only time the listing gives, and the show follows it closely. Words that
only look alike are not the doors': "doorstep", "door prizes", "doors close", "doors lock", a venue's name
("The Blue Door, 8pm"), "Show and tell at 6pm".

The clock reader is the caller's (``read``: a text to its first time, with that time's span), so this module
needs nothing of _page_dates, which calls it from ``find_clock``. The leading underscore keeps this helper
module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Protocol, TypeVar

# How far before a time its doors' words may start ("Ouverture des portes ", "Apertura de puertas a las ").
DOORS_REACH = 30
_LATIN = "A-Za-zÀ-ÖØ-öø-ÿ"

# The doors' (or a meeting's) words before their time, ending where the time starts: "Doors", "Door:",
# "Doors open at", "Einlass um", "Ouverture des portes", "Apertura puertas", "Treffpunkt", "Meeting point".
DOORS_BEFORE = re.compile(
    r"\b(?:doors?(?:\s{1,3}open(?:s|ing)?)?|einlass|(?:ouverture\s{1,3}des\s{1,3})?portes"
    r"|(?:apertura\s{1,3}(?:de\s{1,3})?)?puertas|treff(?:en|punkt|zeit)?|sammeln"
    r"|meet(?:ing)?(?:\s{1,3}(?:point|time))?"
    # Swedish, Danish, Norwegian, Dutch, German, Italian and Finnish doors (batch 98: "Dörrar 18:00 På scen 20:00")
    r"|dörr(?:ar(?:na)?)?(?:\s{1,3}öppnar)?|dør(?:ene|ane)?(?:\s{1,3}(?:åbner|åpner|opnar))?|dør(?:åbning|åpning)|insläpp"
    r"|deuren(?:\s{1,3}open)?|zaal\s{1,3}open|türöffnung|apertura\s{1,3}porte|ovet(?:\s{1,3}(?:avataan|aukeavat))?)"
    r"(?:\s{1,3}(?:at|um|à|dès|a\s{1,3}las|a\s{1,3}partir\s{1,3}de))?\s{0,3}[:\-–]?\s{0,3}$",
    re.IGNORECASE,
)
# The doors' word right after their time ("7pm doors", "8:00PM doors", "19h portes"), the time's own "Uhr" or
# "h" first when the reader left it; never "7pm door prizes", "7pm doors close".
DOORS_AFTER = re.compile(
    r"(?:\s?(?:uhr|h)\b\.?)?\s{0,3}[:\-–]?\s{0,3}(?:doors(?:\s{1,3}open)?|einlass|portes|puertas)"
    rf"(?![{_LATIN}])(?!\s{{1,3}}(?:close|lock|shut))",
    re.IGNORECASE,
)
# What may stand between the doors' part and the show's: the time's own "Uhr" or "h" when the reader left it,
# separators ("/", "|", ",", " -- ", "·"), an "and".
BETWEEN = re.compile(
    r"(?:\s?(?:uhr|h)\b\.?)?\s{0,3}[/|,;.·•\-–—]{0,3}\s{0,3}(?:(?:and|und|et|y|&)\s{1,3})?",
    re.IGNORECASE,
)
# The show's words before its time: "Show", "Show:", "music at", "first band on at", "Beginn", "concert", "Inicio".
SHOW_BEFORE = re.compile(
    r"(?:show(?:\s{0,2}time)?|(?:live\s{1,3})?music|concert|performance|curtain|film|program(?:me)?|starts?"
    r"|start\s{1,3}time|(?:first\s{1,3})?(?:band|act|set)s?(?:\s{1,3}on)?|beginn|spielbeginn|anpfiff"
    r"|ansto(?:ß|ss)|kick[\s-]?off|d[ée]but|spectacle|aanvang|inizio|inicio|comienzo|concierto|funci[oó]n"
    r"|på\s{1,3}scen(?:en)?|(?:konsert|koncert|show|scen)start|kon[sc]ert(?:en|ti)?|föreställning(?:en)?(?:\s{1,3}börjar)?"
    r"|forestilling(?:en)?|voorstelling|vorstellung|esitys(?:\s{1,3}alkaa)?)"
    r"(?:\s{1,3}(?:at|um|starts?|time|à|a\s{1,3}las))?\s{0,3}[:\-–]?\s{0,3}",
    re.IGNORECASE,
)
# The show's word right after its time: "8pm show", "20h concert", "9pm start".
SHOW_AFTER = re.compile(
    r"(?:\s?(?:uhr|h)\b\.?)?\s{0,3}[:\-–]?\s{0,3}(?:show|music|concert|performance|start|beginn|concierto|spectacle)"
    rf"(?![{_LATIN}])",
    re.IGNORECASE,
)


class Clock(Protocol):
    @property
    def start(self) -> dt.time: ...

    @property
    def span(self) -> tuple[int, int]: ...


C = TypeVar("C", bound=Clock)


def show_after_doors(text: str, hit: C, read: Callable[[str], C | None]) -> tuple[C, tuple[int, int]] | None:
    """The show's time when ``hit`` (a time found in ``text``) is the doors', with the span from the doors' words
    to the show's (its start relative to ``text``, as ``hit``'s is); None when ``hit`` is no doors' time or no show's
    time follows it. ``read`` finds the first time in a text, its span relative to that text."""
    reach = max(0, hit.span[0] - DOORS_REACH)
    before = DOORS_BEFORE.search(text[reach : hit.span[0]])
    after = DOORS_AFTER.match(text, hit.span[1]) if before is None else None
    if before is None and after is None:
        return None
    between = BETWEEN.match(text, after.end() if after is not None else hit.span[1])
    if between is None:  # it matches the empty text too; only an odd input leaves it unmatched
        return None
    found = _show(text, between.end(), read)
    if found is None or found[0].start < hit.start:  # a show before its doors: not this shape
        return None
    first = reach + before.start() if before is not None else hit.span[0]
    return found[0], (first, found[1])


def _show(text: str, at: int, read: Callable[[str], C | None]) -> tuple[C, int] | None:
    """The show's time written at ``at`` with its word before it ("Show 8pm") or after it ("8pm show"), and where
    that writing ends."""
    label = SHOW_BEFORE.match(text, at)
    if label is not None and label.end() > at:
        later = read(text[label.end() :])
        if later is not None and later.span[0] == 0:
            return later, label.end() + later.span[1]
    later = read(text[at:])
    if later is None or later.span[0] != 0:
        return None
    word = SHOW_AFTER.match(text, at + later.span[1])
    return (later, word.end()) if word is not None else None


# "Doors at 7, show at 8", "Doors 7 / Show 8:30": the doors' and the show's hours with no meridiem on either, as an
# English listing writes an evening's (a bare hour is never read as a time alone). A meridiem, "h" or "Uhr" after
# either hour, or a second number, and it is not this shape.
# A bare hour: not followed by a meridiem or another notation's mark, nor by a noun it counts ("8 days a week").
_BARE_HOUR = (
    r"(?P<{h}>1[01]|[1-9])(?:[:.](?P<{m}>[0-5]\d))?(?![\d:.]|\s{{0,2}}(?:[ap]\.?m\b|h\b|uhr\b|o'?clock)"
    r"|\s{{1,3}}(?:days?|nights?|weeks?|months?|years?|times?|hours?|hrs?|min(?:ute)?s?|bands?|acts?|people)\b)"
)
BARE_DOORS_SHOW = re.compile(
    r"\bdoors?(?:\s{1,3}open(?:s|ing)?)?(?:\s{1,3}at)?\s{0,3}[:\-–]?\s{0,3}"
    + _BARE_HOUR.format(h="h1", m="m1")
    + r"\s{0,3}[/|,;·•\-–—]{0,3}\s{0,3}(?:(?:and|&)\s{1,3})?"
    r"(?:show(?:\s{0,2}time)?|(?:live\s{1,3})?music|concert|performance|curtain|(?:first\s{1,3})?(?:band|act|set)s?"
    r"(?:\s{1,3}on)?|starts?)(?:\s{1,3}(?:at|starts?))?\s{0,3}[:\-–]?\s{0,3}" + _BARE_HOUR.format(h="h2", m="m2"),
    re.IGNORECASE,
)
EVENING = 12  # hours added to a bare evening hour


def bare_doors_show(text: str) -> tuple[dt.time, tuple[int, int]] | None:
    """The show's time (in the evening) and the span of both when ``text`` writes the doors' and the show's hours
    with no meridiem ("Doors at 7, show at 8": 8 pm); None otherwise, or when the show's hour is before the doors'."""
    match = BARE_DOORS_SHOW.search(text)
    if match is None:
        return None
    doors = (int(match.group("h1")), int(match.group("m1") or 0))
    show = (int(match.group("h2")), int(match.group("m2") or 0))
    if show < doors:
        return None
    return dt.time(show[0] + EVENING, show[1]), match.span()
