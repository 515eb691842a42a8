"""Second readings of rules_physique.py's hits against the whole title (helper review59, issue #13).

Review59 probed cats40's physique rules with listings of its own:

- "Prejudging" is the judges' first round of many a show, not only of a physique contest: a county fair's "Dog Show
  Pre-Judging", "County Quilt Show: Pre-Judging Day", "Wine Competition Prejudging" were read as a sport watched. The
  lead dropped that title rule at merge (it was fitted to one dev row), so nothing is left to check for it here.
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
from .rules_physique import PHYSIQUE
from .tokens import as_text
from .venues import name_words

__all__ = ["physique_hits"]

# Words that make bodybuilding a subject: an exhibition's, a fair's or expo's, a film's, a talk's or a book's.
NOT_A_CONTEST = frozenset(
    (
        "exhibition exhibit photographs photography photos gallery expo exposition fair trade film movie screening "
        "documentary talk lecture book history"
    ).split()
)
MAX_TITLE = 300  # a title's characters read


def physique_hits(hits: list[RuleHit], record: Mapping[str, Any]) -> list[RuleHit]:
    """The hits without the physique rule where the title names an exhibition, a fair, a film or a talk (see the
    module)."""
    if not any(hit.rule.phrases == PHYSIQUE for hit in hits):
        return hits
    title = set(name_words(as_text(record.get("title"))[:MAX_TITLE]))
    if not title & NOT_A_CONTEST:
        return hits
    return [hit for hit in hits if hit.rule.phrases != PHYSIQUE]
