"""A card's place set as an unlabelled sub-heading right under its name: "<h4>Folklore Fusion met Garth
Knox</h4><h6>Buurtkerk, Noordwijk aan Zee</h6><p class="time">1 april 2024 - 15u00</p>" (held-out batch 122, a Dutch
chamber music festival's concerts: every card's place, no label, no icon). Pure.

The card's next element after its title heading is a heading of a lower level whose text reads as a place: a name,
a comma, and a town (each word capitalised but the small words that join a name: "Noordwijk aan Zee",
"Pont-de-Roide", "Saint-Jean sur Mer"), short, undated, no clock, no sentence, no tagline and no billing
("Quartet", "with …", "vs"). It is read only when the card has no other place (the last fallback of the card
reader's places).

Not: a sub-heading that is a second title ("<h5>An evening of chamber music</h5>"), a date or a time ("<h5>Saturday,
March 3</h5>"), a paragraph under the title, a sub-heading of the same or a higher level, one with no comma ("<h6>Oude
Jeroenskerk</h6>" names a place only when the page says so), a list of names in lower case; a list of single names
("<h6>Beethoven, Brahms</h6>", "Jazz, Blues": the venue's part must be a building's word or more than one word,
"Buurtkerk", "De Muze") and a performer with their instrument or voice ("Anna de Vries, Piano"; review61).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_billed_lines import billed
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_place_first_lines import PLACE_WORD
from sources.adapters._page_subtitle_place import JOINING_WORDS, SENTENCE, TAGLINE_WORD

MAX_PLACE = 70  # characters: a place's name and its town
MAX_WORDS = 9
MAX_PARTS = 3  # "Venue, Street, Town" at most
# Words that join a town's name too: Dutch "aan", "op", German "bei", "ob", French "sur", "sous", "lès".
TOWN_JOINS = frozenset({"aan", "op", "bei", "ob", "sur", "sous", "lès", "les", "en"})
# A performer's instrument or voice after their name ("Anna de Vries, Piano", "Sarah Jones, Soprano").
ROLE_END = re.compile(
    r"(?:piano|klavier|viool|violin[ea]?|violon|viola|altviool|cello|violoncel(?:lo)?|contrabas|kontrabass|double bass"
    r"|orgel|organ|orgue|gitaar|gitarre|guitar[e]?|fluit|fl[öû]te|flute|harp|harfe|harpe|klarinet(?:te)?|clarinet"
    r"|hobo|oboe|hautbois|trompet|trompete|trumpet|trompette|sopraan|sopran|soprano|alto|alt|mezzo(?:sopraan|sopran)?"
    r"|tenor|t[ée]nor|bariton|baritone|bass|bas|basse|zang|gesang|voice|vocals|chant|dirigent|conductor|drums|slagwerk"
    r"|percussion|saxofoon|saxophon|saxophone)",
    re.IGNORECASE,
)
_RANK = re.compile(r"^h([1-6])$")
_EPOCH = dt.date(2000, 1, 1)


def _rank(node: Any) -> int | None:
    found = _RANK.match(node.tag) if isinstance(node.tag, str) else None
    return int(found.group(1)) if found else None


def _capitalised(part: str) -> bool:
    words = part.split()
    if not words or not words[0][:1].isupper():
        return False
    for word in words:
        bare = word.strip("()\"'«»“”")
        if bare and not (bare[:1].isupper() or bare[:1].isdigit() or bare.lower() in JOINING_WORDS | TOWN_JOINS):
            return False
    return True


def subheading_place(heading: Any) -> str | None:
    """The place a card's lower sub-heading right after its title ``heading`` names (see the module), else None."""
    rank = _rank(heading) if heading is not None else None
    if rank is None:
        return None
    below = heading.getnext()
    if below is None or (below_rank := _rank(below)) is None or below_rank <= rank:
        return None
    text = " ".join(" ".join(below.itertext()).split())
    parts = [part.strip() for part in text.split(",")]
    if (
        not 2 <= len(parts) <= MAX_PARTS
        or len(text) > MAX_PLACE
        or len(text.split()) > MAX_WORDS
        or not all(_capitalised(part) for part in parts)
        or SENTENCE.search(text)
        or TAGLINE_WORD.search(text)
        or billed(text)
        or not (PLACE_WORD.search(parts[0]) or len(parts[0].split()) > 1)
        or ROLE_END.fullmatch(parts[-1])
    ):
        return None
    if find_clock(text) or find_dates(text, year_hint=_EPOCH.year, today=_EPOCH):
        return None
    return text
