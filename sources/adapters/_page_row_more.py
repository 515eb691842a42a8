"""A schedule row's "More info" link: its event's own page, when its name links none. Pure.

Steam's events table names each fest in a cell of plain text and links its page from another cell's "More info"
("Cyberpunk Fest | Registration details | Games in cyberpunk settings. More info"; held-out batch 77). A row whose
name is no link, holding one link that only says to read more ("More info", "Details", "Learn more", "Read more",
"Event details", "View event", "Mehr Infos", "En savoir plus", "Más información", "Meer info"), has that page as its
own; so does one whose text lists what its page holds, an information word among them ("Infos, Trailer, Tickets",
"Info & Tickets", "Details und Karten": a cinema's row links its film's page so; held-out batch 94). Not: a row whose name links its page (that link stays its page), a row with two such links (which is the
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
# "Infos, Trailer, Tickets", "Info & Tickets": two to four words of what the page holds, joined by a comma, "&", "+",
# "/" or "and"; one of them an information word (INFO_WORD: not "Trailer, Tickets", a booking's).
_HOLDS = r"(?:infos?|information|details|trailer|tickets?|karten)"
INFO_LIST = re.compile(
    rf"^\W{{0,3}}{_HOLDS}(?:(?:[ \t]{{0,2}}[,&+/][ \t]{{0,2}}|[ \t]{{1,2}}(?:und|and|et|y|en)[ \t]{{1,2}}){_HOLDS}){{1,3}}"
    r"\W{0,3}$",
    re.IGNORECASE,
)
INFO_WORD = re.compile(r"\b(?:infos?|information|details)\b", re.IGNORECASE)


def _says_more(text: str) -> bool:
    return bool(READ_MORE.match(text) or (INFO_LIST.match(text) and INFO_WORD.search(text)))


def more_page(texts_and_urls: Iterable[tuple[str, str]]) -> str | None:
    """The one link's address whose text only says to read more, or None (none, or two that differ)."""
    pages = {url for text, url in texts_and_urls if _says_more(" ".join(text.split()))}
    return next(iter(pages)) if len(pages) == 1 else None
