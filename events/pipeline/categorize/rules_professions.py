"""A profession's or a trade's own association meeting as a body: "State Bar Annual Meeting", "County Medical Society
Annual Meeting", "Chamber of Commerce Annual Convention" (rules.py reads the phrases, model.py the pairing).

A bar association, a medical society or a chamber of commerce is a working life's association, not a public body:
its annual meeting is a conference of its members (sessions, exhibits, awards), which our taxonomy files under
tech_business/conferences, as cats9's "annual convention" rule does for a trade's. The model learned "Annual Meeting"
and "Board" from councils' and public agencies' calendars and reads "State Bar Annual Meeting" as a government
board's meeting.

These phrases have mode "profession": they decide (as a title rule) only where the same title names the members'
gathering (PROFESSION_GATHERINGS: "annual meeting", "midyear meeting", "convention", "conference", "summit"); anywhere
else they are dropped, so a bar association's pro bono clinic, a medical society's blood drive or a chamber's ribbon
cutting are read as before. An association of residents or owners ("Neighborhood Association Annual Meeting",
"Homeowners Association Annual Meeting") is no profession and stays community_civic.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .tokens import words

if TYPE_CHECKING:
    from .rules import RuleHit, RuleMode

PROFESSION_MODE = "profession"

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
PROFESSION_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("profession", "tech_business/conferences", "profession", ("state bar", "bar association", "bar associations",
                                                               "medical society", "medical association",
                                                               "dental society", "dental association",
                                                               "nurses association", "pharmacists association",
                                                               "chamber of commerce", "association of realtors",
                                                               "board of realtors")),
)  # fmt: skip

# What a profession's members gather for, in the title: a conference of the association, not one of its services.
PROFESSION_GATHERINGS = tuple(
    tuple(words(phrase))
    for phrase in ("annual meeting", "midyear meeting", "mid-year meeting", "convention", "conference", "summit")
)


def names_a_gathering(title: str) -> bool:
    """Whether ``title`` names a members' gathering (PROFESSION_GATHERINGS) as consecutive words."""
    found = words(title)
    for phrase in PROFESSION_GATHERINGS:
        if phrase and phrase[0] not in found:
            continue  # a quick no: the phrase's first word is not there
        size = len(phrase)
        if any(tuple(found[start : start + size]) == phrase for start in range(len(found) - size + 1)):
            return True
    return False


def profession_hits(hits: list[RuleHit], title: str) -> list[RuleHit]:
    """The hits with a profession's association (mode "profession") made a title rule where the title names its
    members' gathering ("State Bar Annual Meeting"); elsewhere such a hit is dropped and the other rules and the
    model decide ("Bar Association Pro Bono Clinic")."""
    if not any(hit.rule.mode == PROFESSION_MODE for hit in hits):
        return list(hits)  # (the title's gathering is read only for a profession's hit)
    gathering = names_a_gathering(title)
    return [
        dataclasses.replace(hit, rule=dataclasses.replace(hit.rule, mode="title"))
        if hit.rule.mode == PROFESSION_MODE
        else hit
        for hit in hits
        if hit.rule.mode != PROFESSION_MODE or (gathering and hit.in_title)
    ]
