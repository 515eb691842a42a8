"""A single event's venue set as an unlabelled subtitle right under its main heading ("<h1>Concierto de primavera</h1>
<p class="subtitle">Teatro de la Ciudad</p>"): the event's place when the page labels none. Pure.

The line is taken only when it reads as a place's name: short, undated, no sentence, written as a name (every word
capitalised but the small words that join a name: "de la", "of the", "am"), and holding a venue's noun in one of
the languages read here ("Teatro", "Sala", "Auditorio", "Hall", "Théâtre", "Kulturzentrum"…). A tagline under the
heading ("Una noche de música clásica", "An evening of chamber music") or a second title is no place.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_billed_lines import billed
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_lines import Line
from sources.adapters._page_place_nouns import PLACE_NOUN

MAX_SUBTITLE = 60  # characters: a venue's name, not a paragraph
MAX_WORDS = 8
# A venue's noun beyond English's (_page_place_nouns): Spanish, Portuguese, French, Italian, German, Dutch.
VENUE_NOUN = re.compile(
    r"(?<!\w)(?:teatro|sala|auditorio|audit[óo]rio|museo|museu|mus[ée]e|centro|foro|f[óo]rum|galer[íi]a|"
    r"biblioteca|biblioth[èe]que|parque|plaza|pra[çc]a|iglesia|igreja|[ée]glise|catedral|cath[ée]drale|estadio|"
    r"est[áa]dio|casa|palacio|pal[áa]cio|palais|th[ée][âa]tre|salle|op[ée]ra|espace|chiesa|piazza|"
    r"theater|saal|halle|kirche|kulturzentrum|kulturhaus|stadthalle|konzerthaus|schouwburg|zaal|kerk|"
    r"arena|cine|cinema|cin[ée]ma|kino|auditorium|pavilh[ãa]o|pabell[óo]n)(?!\w)",
    re.IGNORECASE,
)
# The small words inside a name ("Teatro de la Ciudad", "Museum of the City", "Theater am Markt").
JOINING_WORDS = frozenset(
    "de del la las los el y e da do das dos di della delle du des le et of the and on am im an der die das "
    "und van het 'n".split()
)
_EPOCH = dt.date(2000, 1, 1)  # any day: only whether the line writes a date matters
# A tagline's words, title-cased as it may be ("An Evening at the Music Hall", "Una Noche con la Orquesta"): an
# indefinite article to open it, or a word that tells what happens there or with whom.
TAGLINE_WORD = re.compile(
    r"^(?:an?|un|una|uma|une|ein|eine|een)\s|\b(?:at|with|con|com|avec|mit|met|featuring|presents?|presenta)\b", re.I
)
SENTENCE = re.compile(r"[.!?:;]\s*$|[.!?]\s")


def subtitle_place(lines: list[Line], heading: int) -> str | None:
    """The line right under the page's main heading (index ``heading`` in ``lines``) when it reads as a venue's
    name (see the module's docstring); None otherwise, and for a heading that is the page's last line."""
    if heading < 0 or heading + 1 >= len(lines):
        return None
    line = lines[heading + 1]
    text = " ".join(line.text.split())
    if line.is_heading or not text or len(text) > MAX_SUBTITLE or SENTENCE.search(text) or TAGLINE_WORD.search(text):
        return None
    words = text.split()
    if len(words) > MAX_WORDS or not _name_shaped(words):
        return None
    if not (VENUE_NOUN.search(text) or PLACE_NOUN.search(text)) or billed(text):  # "Villa-Lobos Quartet"
        return None
    if find_clock(text) or find_dates(text, year_hint=_EPOCH.year, today=_EPOCH):
        return None
    return text


def _name_shaped(words: list[str]) -> bool:
    """Every word capitalised (or a number, or "&"), but the small words that join a name; the first capitalised."""
    if not words[0][:1].isupper():
        return False
    for word in words:
        bare = word.strip(",()\"'«»“”")
        if not bare or bare[:1].isupper() or bare[:1].isdigit() or bare in {"&", "-", "–"}:
            continue
        if bare.lower() not in JOINING_WORDS:
            return False
    return True
