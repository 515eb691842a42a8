"""A line under a date that says when something closes ("Skolan stänger 13:00." under "Studiedag 12 maj", "Library
closes at 1 pm", "Die Bibliothek schließt um 14 Uhr", "Fermeture à 16h"): the hour a school or a library shuts on
that day, a closure notice's, not the start of an event. The date's line takes no time from it. Pure."""

from __future__ import annotations

import re

# The closing verb or noun before the hour, in the languages of the corpus' pages; bounded and linear.
CLOSING = re.compile(
    r"\b(?:closes|shuts|closed\s+from|"  # English ("closing" is left out: a "Closing reception 6 pm" is an event)
    r"stänger|stängs|stenger|lukker|suljetaan|sulkeutuu|"  # Swedish, Norwegian, Danish, Finnish
    r"schlie(?:ß|ss)t|"  # German
    r"ferme\s+(?:à|a)|sluit\s+om|cierra\s+a|chiude\s+alle)\b",  # French ("la ferme" is a farm), Dutch, ...
    re.IGNORECASE,
)
MAX_CLOSING_LINE = 120


def closing_line(text: str) -> bool:
    """Whether a short line says something closes (its hour is the closing's, not an event's start)."""
    return len(text) <= MAX_CLOSING_LINE and CLOSING.search(text) is not None
