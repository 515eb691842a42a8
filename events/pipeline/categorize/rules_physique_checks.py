"""Second readings of rules_physique.py's hits against the whole title (helper review59, issue #13).

Review59 probed cats40's physique rules with listings of its own:

- "Prejudging" is the judges' first round of many a show, not only of a physique contest: a county fair's "Dog Show
  Pre-Judging", "County Quilt Show: Pre-Judging Day", "Wine Competition Prejudging" were read as a sport watched. The
  prejudging rule decides nothing where the title names another thing judged (JUDGED: a quilt, a dog, a wine, a
  flower, livestock, a pageant, art…); "NPC Tri-State Prejudging", "Coastal Classic - PRE-JUDGING" read as before.
- A bodybuilding word names a subject as often as a contest: "Pumping Iron: photographs of 1970s bodybuilding" (an
  exhibition), "Bodybuilding Expo & Supplement Fair" (a trade show) were read as a contest. The physique rule decides
  nothing where the title names an exhibition, a show of wares, a film or a talk (NOT_A_CONTEST); "Mid-South
  Bodybuilding Championships", "Regional Bodybuilding Show 2031" read as before.

Called from rules_pastime_checks.pastime_hits (one of model.RECORD_PASSES). Pure: no database, no network.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .rules import RuleHit
from .rules_physique import PHYSIQUE, PREJUDGING
from .tokens import as_text
from .venues import name_words

__all__ = ["physique_hits"]

# Things judged at a show's prejudging that are no physique contest.
JUDGED = frozenset(
    (
        "quilt quilts dog dogs canine cat cats wine wines beer beers cider flower flowers floral rose roses garden "
        "cake cakes baking livestock cattle sheep goat goats horse horses pony poultry rabbit rabbits pig pigs 4 h "
        "pageant miss art arts photo photos photography exhibit exhibits vegetable vegetables produce chili bbq "
        "barbecue choir band bands cheer poster essay science"
    ).split()
)
# Words that make bodybuilding a subject: an exhibition's, a fair's or expo's, a film's, a talk's or a book's.
NOT_A_CONTEST = frozenset(
    (
        "exhibition exhibit photographs photography photos gallery expo exposition fair trade film movie screening "
        "documentary talk lecture book history"
    ).split()
)
MAX_TITLE = 300  # a title's characters read


def physique_hits(hits: list[RuleHit], record: Mapping[str, Any]) -> list[RuleHit]:
    """The hits without the prejudging rule where the title names another thing judged, and without the physique
    rule where it names an exhibition, a fair, a film or a talk (see the module)."""
    kinds = {hit.rule.phrases for hit in hits}
    if PHYSIQUE not in kinds and PREJUDGING not in kinds:
        return hits
    title = set(name_words(as_text(record.get("title"))[:MAX_TITLE]))
    dropped: set[tuple[str, ...]] = set()
    if PREJUDGING in kinds and title & JUDGED:
        dropped.add(PREJUDGING)
    if PHYSIQUE in kinds and title & NOT_A_CONTEST:
        dropped.add(PHYSIQUE)
    return [hit for hit in hits if hit.rule.phrases not in dropped] if dropped else hits
