"""A title's tail that promises its details or leads into what follows it, not the event's name: "Quiz Night and
Supper - Details to follow.", "ANNUAL GENERAL MEETING, followed by" (the talk after it in a heading of its own),
"Sommerfest – Infos folgen", "Repas (détails à venir)" (pages batch 102, a history society's programme). The name is
the words before it; a title that is nothing but such words is kept as written. Pure."""

from __future__ import annotations

import re

# "- Details to follow.", "(more details to come)", "– Infos folgen", "(détails à venir)", "- más detalles pronto".
_DETAILS = (
    r"(?:(?:more|further|full)[ \t]{1,3})?details?[ \t]{1,3}(?:to[ \t]{1,3}(?:follow|come)|tba|tbc|(?:coming[ \t]{1,3})?soon)"
    r"|(?:weitere[ \t]{1,3})?(?:details|infos?|informationen)[ \t]{1,3}folgen(?:[ \t]{1,3}(?:noch|bald))?"
    r"|(?:plus[ \t]{1,3}de[ \t]{1,3})?d[ée]tails[ \t]{1,3}(?:à|a)[ \t]{1,3}venir"
    r"|(?:m[áa]s[ \t]{1,3})?detalles[ \t]{1,3}(?:pr[óo]ximamente|pronto)"
)
PENDING_TAIL = re.compile(
    rf"[ \t]{{0,3}}(?:[-–—:,]|\()[ \t]{{0,3}}(?:{_DETAILS})[ \t]{{0,3}}[.!)]{{0,3}}[ \t]{{0,3}}$"
    # "…, followed by", "… then", "…, suivi de", "…, gefolgt von": a lead into the next line's item
    # (after a comma or a dash: "Nothing Followed By" is a name; review42)
    r"|(?:,|[ \t]{1,3}[-–—])[ \t]{1,3}(?:followed[ \t]{1,3}by|gefolgt[ \t]{1,3}von|suivie?s?[ \t]{1,3}d[e']|seguid[oa][ \t]{1,3}de)"
    r"[ \t]{0,3}[.:]{0,3}[ \t]{0,3}$",
    re.IGNORECASE,
)
MIN_NAME = 3  # the fewest characters a name left before such a tail has


def without_pending_tail(title: str) -> str:
    """The title without a tail that promises details or leads into what follows (see the module)."""
    tail = PENDING_TAIL.search(title)
    if tail is None:
        return title
    name = title[: tail.start()].rstrip(" ,;:-–—")
    return name if len(name) >= MIN_NAME else title
