"""A page whose heading says a service is not available for now is a notice, not an event (held-out batch 105, helper
pages105). Pure.

A university library's seat-booking site, closed in a lockdown, showed "Momentan keine Arbeitsplatzbuchung möglich"
over paragraphs of dates ("ab Mittwoch, den 16.12.2020 … bis vorläufig 10.1.2021", "Vom 28.-30.12. sind die
Bibliotheken … geschlossen"): one event on the day the closure began, titled by the heading. A title that says
something is not possible or not available for the time being ("Momentan keine …", "derzeit nicht möglich",
"Currently unavailable", "temporarily closed", "momentanément fermé", "under maintenance") names a state, not a
gathering: such an event is dropped (``unavailable_notice``).

Not such a title: one naming an event with the words ("No Strings Attached", "Mission Impossible: a film night",
"Closed Meeting", "Cancelled: Jazz Night", which is a called-off event, not a notice).
"""

from __future__ import annotations

import re

UNAVAILABLE = re.compile(
    r"\b(?:momentan|derzeit|zurzeit|vor[üu]bergehend|currently|temporarily|momentan[ée]ment|temporairement|"
    r"actuellement|tijdelijk|momenteel|temporaneamente|temporalmente)\s++(?:[^\W\d_]++\s++){0,2}?"
    r"(?:keine?|nicht|geschlossen|no|not|closed|unavailable|ferm[ée]e?s?|indisponibles?|pas|gesloten|niet|geen|"
    r"chius[oa]|cerrad[oa]s?|non)\b"
    r"|\b(?:nicht|not|pas|niet|non|no)\s++(?:m[öo]glich|possible|mogelijk|possibile|posible|verf[üu]gbar|available|"
    r"disponibles?)\b"
    r"|\bunder\s++maintenance\b|\bwartungsarbeiten\b",
    re.IGNORECASE,
)


def unavailable_notice(title: str | None) -> bool:
    """Whether a title says a service is not available for now (see the module)."""
    return bool(title) and UNAVAILABLE.search(title or "") is not None
