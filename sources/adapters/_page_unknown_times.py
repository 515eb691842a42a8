"""A time the page says is not known yet ("Time TBD", "Time: TBA", "Uhrzeit folgt", "Heure à confirmer"): the
event is on its day, with no time, and no time stated elsewhere on the page is to be filled in. Pure."""

from __future__ import annotations

import re

_NOT_YET = (
    r"(?:tbd|tba|tbc|t\.b\.[adc]\.?|to\s+be\s+(?:announced|determined|confirmed)|folgt|wird\s+noch\s+bekannt\s+gegeben"
    r"|noch\s+offen|[àa]\s+confirmer|[àa]\s+pr[ée]ciser|[àa]\s+venir|por\s+confirmar|da\s+definire|volgt)"
)
# "Time TBD", "Time: TBA", "Start time to be announced", "Uhrzeit folgt", "Beginn: tba", "Heure à confirmer".
TIME_NOT_YET = re.compile(
    r"\b(?:(?:start(?:ing)?\s+)?times?|start|hours|uhrzeit|zeit|beginn|heure|horaire|hora|horario|ora|orario|tijd"
    r"|aanvang)\b[ \t]{0,3}:?[ \t]{0,3}" + _NOT_YET + r"(?![\w])",
    re.IGNORECASE,
)


def time_not_yet(text: str) -> re.Match[str] | None:
    """Where ``text`` says its time is not known yet, or None."""
    return TIME_NOT_YET.search(text)
