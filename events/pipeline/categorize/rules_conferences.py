"""A developers' conference named by a joined-up word: "ReactConf 2019", "CSSConf Asia", "RailsConf" (rules.py reads
the phrase in a title's word and in the parts of its joined-up names, tokens.subwords).

Developers' conferences are named "<subject>Conf" ("JSConf", "RustConf", "NodeConf"), and the shipped model, reading
"ReactConf 2019" without a description, took it for a concert. The joined name's part "Conf" (or the word alone, "Conf &
Apéro") is a conference's name, which our taxonomy files under tech_business/conferences whatever the trade; in the
training corpus every title with it is one. Mode "field", as the developers' subjects: a title's word or a joined
name's part decides unless the title names a teaching format ("Conf Workshop: …"), and a description's "conf" decides
nothing. "Con" is left out: fans' conventions are named so too ("WonderCon", "Comic-Con": arts_culture).

The tokenizer reads a French "Conférence" (a talk: education) as "conf" and "rence", so the hit is kept only where a
word of the title as written is "Conf" or ends with it (``names_a_conf``), paired in model.decide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleHit, RuleMode

CONFERENCE_TAG = "joined-conference"
_EDGES = "\"'“”‘’()[]{}!?,.;:*#"

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
CONFERENCE_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    (CONFERENCE_TAG, "tech_business/conferences", "field", ("conf",)),
    # An unconference (an open-space conference whose sessions the attendees propose on the day) is a conference too,
    # joined up so that rules.py's "conference" does not match it: the model read "Unconference" as a concert.
    ("conference", "tech_business/conferences", "title", ("unconference", "un-conference")),
)


def names_a_conf(title: str) -> bool:
    """Whether a word of the title as written is "Conf" or ends with it ("ReactConf", "CSSConf", "Conf & Apéro")."""
    return any(word.strip(_EDGES).endswith("Conf") for word in title.split())


def conference_hits(hits: list[RuleHit], title: str) -> list[RuleHit]:
    """The hits without the joined name's "conf" where no word of the title is "Conf" or ends with it (a tokenized
    "Conférence", or a description's "conf")."""
    if all(hit.rule.tag != CONFERENCE_TAG for hit in hits):
        return hits  # no "conf" read: nothing to drop
    named = names_a_conf(title)
    return [hit for hit in hits if hit.rule.tag != CONFERENCE_TAG or (named and hit.in_title)]
