"""A revision or publication stamp written in a feed item's words, for the ``rss`` adapter. Pure.

A news or incident feed often heads an item, or ends it, with when the item was written or last changed:
"Uppdaterad 2022-02-09 08:20:44 09 februari 08:11, Stöld/inbrott, Karlskrona" (a police incident report), "Last
updated on June 9, 2031", "Posted: June 9", "Aktualisiert am 09.06.2031, 10:15 Uhr". That date is the item's own,
never the day or time of an event it announces. ``stamped`` says whether a date found at a position of a text stands
right after such a word (with its joining word or colon: "on", "am", "le", "el", ":"); the ISO, prose and dotted
readers of an item's words pass over it, as they pass over a deadline's date (``_feed_not_event_dates``).

German's "Erstellt am" (created on) and "Stand:" or "Stand vom" (as of), Dutch "Geplaatst op" (posted on) are such
words; "Stand" only with its colon or "vom", as "am Stand 20.11." names a booth.

Only right before the date: "Updated schedule for the 2031-06-14 concert" or "Posted Letters reading, June 14" keep
their date. A word glued to letters before it is another word ("Outdated 2031-06-20").

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

# How far before a date its stamp's words may stand ("Zuletzt aktualisiert am ", "Senast uppdaterad: ").
LEAD = 40
# A revision or publication word, in the languages feeds are written in most: English, Swedish, Danish, Norwegian,
# German, Dutch, French, Spanish, Portuguese, Italian, Finnish, Polish; then its joining word or colon.
_STAMP_WORD = (
    r"(?<![\w-])(?:(?:last|zuletzt|senast|sist)\s++)?"
    r"(?:updated|modified|edited|revised|posted|published|uppdaterad|uppdaterat|publicerad|publicerat|ändrad"
    r"|ändrat|opdateret|offentliggjort|oppdatert|publisert|aktualisiert|geändert|veröffentlicht|bijgewerkt"
    r"|gewijzigd|gepubliceerd|geplaatst|erstellt|stand(?=\s*+:|\s++vom\b)"
    r"|mis\s++à\s++jour|modifié|publié|actualizado|modificado|publicado|atualizado"
    r"|aggiornato|modificato|pubblicato|päivitetty|muokattu|julkaistu|zaktualizowano|opublikowano)"
    r"(?:\s++(?:on|at|am|vom|den|le|el|em|il|op|the))?[\s:–—-]*+$"
)
STAMP_BEFORE = re.compile(_STAMP_WORD, re.IGNORECASE)


def said_before(pattern: re.Pattern[str], text: str, start: int, lead: int = LEAD) -> bool:
    """Whether ``pattern`` (anchored at its end, ``$``) matches the words right before ``start`` of ``text``, within
    ``lead`` characters: how a date's stamp, deadline or validity words are told (_feed_not_event_dates,
    _feed_valid_from)."""
    return pattern.search(text[max(0, start - lead) : start]) is not None


def stamped(text: str, start: int) -> bool:
    """Whether the date found at ``start`` of ``text`` is a revision or publication stamp: its word stands right
    before it."""
    return said_before(STAMP_BEFORE, text, start)
