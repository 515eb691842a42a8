"""A promoter's name before "presents" is who sells the show, not what it is (helper cats31).

"ICON Concerts Presents Becky Robinson: The Beasts In Me Tour" (a comedian's tour, its description says "comedian"):
the promoter's "Concerts" was a title rule's hit, and a title's hit outvotes the description's, so the comic's show
was read as a concert. A listing that bills a promoter before "presents" ("Presenta", "Présente", "Präsentiert") names
the event after it; a rule that only the promoter's words fire ("Concerts", "Jazz Society", "Comedy Works") is evidence
of what the promoter usually sells, weaker than what the presented part's words or the description say it is. So such
a hit counts as the description's (in_title False: its title-only rules no longer decide) where the presented part's
own words or the description fire a deciding rule of another kind. Where nothing else speaks ("Comedy Works Presents
Dana Quorvane", no description) the promoter's word still decides, as before; so does a hit the presented part fires
too ("Jazz Society Presents: A Night of Jazz").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from .rules import DESCRIPTION_DECIDING, TITLE_DECIDING, RuleHit

# The word a listing puts between a promoter and the show it presents, in the languages the rules read (not "present":
# as often "Past and Present" as a promoter's plural).
PRESENTING = frozenset(
    ("presents", "presenta", "presentan", "présente", "présentent", "präsentiert", "präsentieren",
     "presenteert", "presenteren")
)  # fmt: skip


def promoter_split(title: str) -> tuple[str, str] | None:
    """(promoter, presented part) of a title that bills a promoter before "presents", or None: the first such word
    that has words on both sides ("Tawoos Presents: LMNL" → ("Tawoos", "LMNL"))."""
    if "sent" not in title.lower():
        return None  # every PRESENTING word holds "sent": most titles end here, unsplit
    parts = title.split()
    for index in range(1, len(parts) - 1):
        if parts[index].lower().rstrip(":") in PRESENTING:
            presented = " ".join(parts[index + 1 :]).lstrip(" :-–—")
            return (" ".join(parts[:index]), presented) if presented else None
    return None


def promoter_hits(hits: Sequence[RuleHit], title: str, read: Callable[[str], list[RuleHit]]) -> list[RuleHit]:
    """`hits` with the title hits only the promoter's words fire counted as the description's, where the presented
    part or the description fires a deciding rule of another category. `read` gives a text's title hits (a label's,
    model.Categorizer.label_hits)."""
    split = promoter_split(title)
    if split is None:
        return list(hits)
    promoter, presented = split
    own = {hit.rule for hit in read(presented)}
    promoters = {hit.rule for hit in read(promoter)} - own
    if not promoters:
        return list(hits)
    sold = {rule.category for rule in promoters}
    other = {hit.rule.category for hit in read(presented) if hit.rule.mode in TITLE_DECIDING}
    other |= {hit.rule.category for hit in hits if not hit.in_title and hit.rule.mode in DESCRIPTION_DECIDING}
    if not (other - sold - {None}):
        return list(hits)
    return [dataclasses.replace(hit, in_title=False) if hit.in_title and hit.rule in promoters else hit for hit in hits]
