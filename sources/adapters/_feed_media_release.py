"""A feed item that is a film's, a record's or a game's release, not an event: no date read (feeds85). Pure.

Held-out batch 85's hard negative, a feed of upcoming releases ("[FILM] Fatherland — Theatrical release", its text
"in 2 months — Friday, November 6, 2026 — Theaters"), was read as eleven events on the release days: a release day
is when a film reaches cinemas everywhere, or a record the shops, not a time and a place to go to. The item is set
aside (``_feed_item_kinds.item_kind_note``, before any of its dates is read) when its title names a release of that
kind: a release qualified by where or how it comes out ("Theatrical release", "Limited release", "Digital
release", "DVD release", "Streaming release"), a "release date", or the same in German, French and Italian
("Kinostart", "Sortie en salles", "Uscita al cinema").

Not (``tests/sources/test_heldout85_feeds.py``): a record's "Release party", "Album release show" or "Release
concert" (an event's word after "release"), a cinema's "Premiere screening" of a film on its release day, an item
that sells tickets (a film's own title may hold an event's word, "Violent Night 2 — Theatrical release", so the
title's words are not asked); a cinema's programme whose text says "Data di
uscita: 22 gennaio 2026" (the release named in the text, not the title: its showtimes are still read).
"""

from __future__ import annotations

import re

MAX_TITLE = 200
MAX_TEXT = 2_000  # characters of an item's text looked at for tickets or a screening

MEDIA_RELEASE = re.compile(
    r"\b(?:theatrical|limited|wide|digital|physical|dvd|blu-?ray|4k|uhd|vod|streaming|home\s+(?:video|media)"
    r"|worldwide|nationwide|cinema|console)\s+(?:re-?)?release\b(?!\s+(?:party|show|concert|gig|tour|night|event))"
    r"|\brelease\s+date\b|\bkinostart\b|\bsortie\s+(?:en\s+salles?|au\s+cin[ée]ma|en\s+dvd)\b"
    r"|\buscita\s+(?:al\s+cinema|nelle\s+sale|in\s+dvd)\b",
    re.IGNORECASE,
)
# what a cinema's or a venue's own showing says: tickets, a screening, a premiere, a talk after the film
SHOWING = re.compile(
    r"\b(?:tickets?|billets?|karten|biglietti|screenings?|premi[eè]re|vorstellung|proiezione|q\s?&\s?a|book\s+now)\b",
    re.IGNORECASE,
)
RELEASE = "The item is a release ({said!r}), not an event: its date is when it comes out, not a time to go."


def media_release(title: str | None, text: str | None) -> str | None:
    """Why the item is a film's, a record's or a game's release (see the module), or None."""
    title = (title or "")[:MAX_TITLE]
    found = MEDIA_RELEASE.search(title)
    if found is None or SHOWING.search(f"{title} {(text or '')[:MAX_TEXT]}"):
        return None
    return RELEASE.format(said=found.group(0))
