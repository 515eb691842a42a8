"""A place's label whose value says the place is not known yet ("Wo: wird noch bekannt gegeben", "Kde: bude
upřesněno", "Location: TBA", "Lieu : à confirmer", "Location: Location not posted"), or says so in a sentence ("Wo: Das fragen uns viele – der Ort
steht noch nicht fest."): no place (review35; batch 97's "Kde:" label made the first two places). Pure.

A value that is only such words, or holds one of the longer phrases ("noch nicht fest", "to be announced"), names
none; a place's own name with a short word of these ("Folgt Hall") is left to the label's reader."""

from __future__ import annotations

import re

MAX_VALUE = 160  # a label's value, not a paragraph

# The whole value: a short "not yet" in the pages' languages (English, German, Czech, Slovak, Polish, French, Spanish,
# Italian, Dutch, Swedish).
_ALONE = (
    r"tba|tbc|tbd|t\.b\.[acd]\.?|n/?a|folgt|offen|noch\s+offen|später|upřesníme|bude\s+upřesněno|bude\s+oznámeno"
    r"|upresníme|bude\s+upresnené|do\s+ustalenia|wkrótce|[àa]\s+confirmer|[àa]\s+pr[ée]ciser|[àa]\s+venir"
    r"|por\s+confirmar|por\s+definir|da\s+definire|da\s+confermare|volgt|nog\s+niet\s+bekend|meddelas\s+senare"
)
# Phrases that say it anywhere in the value.
_PHRASE = (
    r"to\s+be\s+(?:announced|confirmed|determined|decided)|(?:announced|confirmed)\s+(?:soon|later)"
    r"|wird\s+noch\s+bekannt\s*gegeben|(?:steht|ist)\s+noch\s+nicht\s+(?:fest|bekannt)|noch\s+nicht\s+festgelegt"
    r"|bude\s+(?:upřesněno|oznámeno|upřesněn)|zatím\s+(?:není\s+známo|neznámé)|zostanie\s+(?:podane|ogłoszone)"
    r"|sera\s+(?:communiqué|précisé|annoncé)|se\s+(?:anunciará|confirmará)|sarà\s+comunicat[oa]"
    r"|wordt\s+nog\s+bekend\s*gemaakt"
    # "Location not posted", "Venue not yet known", "Details coming soon" (feeds80: a union's events RSS)
    r"|not\s+(?:yet\s+)?(?:posted|known|set|decided)|(?:details|location|venue|place)\s+(?:coming\s+soon|to\s+follow)"
)
NOT_YET = re.compile(rf"^\W*(?:{_ALONE})\W*$|(?<!\w)(?:{_PHRASE})(?!\w)", re.IGNORECASE)


def place_not_yet(value: str | None) -> bool:
    """Whether a place label's value says the place is not known yet (see the module)."""
    return bool(value) and len(value) <= MAX_VALUE and NOT_YET.search(value) is not None  # type: ignore[arg-type]
