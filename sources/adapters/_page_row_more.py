"""A schedule row's "More info" link: its event's own page, when its name links none. Pure.

Steam's events table names each fest in a cell of plain text and links its page from another cell's "More info"
("Cyberpunk Fest | Registration details | Games in cyberpunk settings. More info"; held-out batch 77). A row whose
name is no link, holding one link that only says to read more ("More info", "Details", "Learn more", "Read more",
"Event details", "View event", "Mehr Infos", "En savoir plus", "Más información", "Meer info"), has that page as its
own. Not: a row whose name links its page (that link stays its page), a row with two such links (which is the
event's?), a booking's or a registration's link ("Buy tickets", "Register", "Registration details": the way in, kept
among its links), an add-to-calendar link.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

READ_MORE = re.compile(
    r"^\W{0,3}(?:more[ \t]+(?:info|information|details)|details|learn[ \t]+more|read[ \t]+more|find[ \t]+out[ \t]+more|"
    r"event[ \t]+(?:details|info|page)|view[ \t]+(?:the[ \t]+)?(?:event|details)|mehr[ \t]+(?:infos?|details)|"
    r"en[ \t]+savoir[ \t]+plus|m[áa]s[ \t]+informaci[óo]n|meer[ \t]+info)\W{0,3}$",
    re.IGNORECASE,
)


def more_page(texts_and_urls: Iterable[tuple[str, str]]) -> str | None:
    """The one link's address whose text only says to read more, or None (none, or two that differ)."""
    pages = {url for text, url in texts_and_urls if READ_MORE.match(" ".join(text.split()))}
    return next(iter(pages)) if len(pages) == 1 else None
