"""Second readings of rules_physique.py's hits against the whole title (helpers review59, mend59c; issue #13).

A bodybuilding word names a subject as often as a contest. Review59 probed "Pumping Iron: photographs of 1970s
bodybuilding" (an exhibition) and "Bodybuilding Expo & Supplement Fair" (a trade show); read-through 59 probed
"Documentary: Pumping Iron (bodybuilding film)", "Bodybuilding Posing Clinic", "Open Gym: Bodybuilding",
"Bodybuilding meetup: gym session" and "Women's Physique Photoshoot". Each was read as a contest watched. The
physique rule decides nothing where the title names an exhibition, a show of wares, a film, a talk, a clinic or a
gym's own session (NOT_A_CONTEST, and "open gym" as a pair: "Classic Physique Open" is a contest); "Mid-South
Bodybuilding Championships", "Regional Bodybuilding Show 2031" read as before. (Review59's check of a show's
"prejudging" went with the prejudging rule itself, which the lead dropped at merge.)

Called from rules_pastime_checks.pastime_hits (one of model.RECORD_PASSES). Pure: no database, no network.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .rules import RuleHit
from .rules_physique import PHYSIQUE
from .tokens import as_text
from .venues import name_words

__all__ = ["physique_hits"]

# Words that make bodybuilding a subject, or the gym's session rather than a contest: an exhibition's, a fair's or
# expo's, a film's, a talk's or a book's; a clinic, a meetup, a session, a photoshoot.
NOT_A_CONTEST = frozenset(
    (
        "exhibition exhibit photographs photography photos gallery expo exposition fair trade film movie screening "
        "documentary talk lecture book history clinic clinics meetup meetups session sessions photoshoot "
        "photoshoots camp"
    ).split()
)
OPEN_GYM = ("open", "gym")  # a gym's drop-in hours, not a contest's "Open"
MAX_TITLE = 300  # a title's characters read


def physique_hits(hits: list[RuleHit], record: Mapping[str, Any]) -> list[RuleHit]:
    """The hits without the physique rule where the title names an exhibition, a fair, a film, a talk, a clinic or a
    gym's session (see the module)."""
    if not any(hit.rule.phrases == PHYSIQUE for hit in hits):
        return hits
    words = name_words(as_text(record.get("title"))[:MAX_TITLE])
    pairs = set(zip(words, words[1:], strict=False))
    if set(words) & NOT_A_CONTEST or OPEN_GYM in pairs:
        return [hit for hit in hits if hit.rule.phrases != PHYSIQUE]
    return hits
