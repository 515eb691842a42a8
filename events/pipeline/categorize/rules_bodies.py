"""A working group's meeting: "Reentry Working Group", "Pretrial Practices Working Group: June 14, 2024" (rules.py
reads the phrase, model.py the pairing).

A public agency's calendar titles its working groups' meetings by the group's name, as it titles its committees' and
task forces' (rules.py's "public-body" row): the model, which learned "working" and "group" from other kinds of
events, read such meetings as sports_fitness and tech_business. Open-source and standards communities hold working
groups too ("Kubernetes Storage Working Group", "Python Packaging Working Group"), which is why rules.py leaves the
phrase to the model. Here it decides community_civic/government-boards, as a title rule, only where:

- the phrase ends the title's name (mode "head", as a committee's): inside a longer title the group only organizes
  the event ("Climate Working Group Potluck");
- and the title names no software community's subject: no other rule of the "tech" tag fires in it ("Kubernetes",
  "Linux", "open source", "developers") and none of SOFTWARE_COMMUNITIES is among its words (a programming language,
  a standards body). Beside one the hit is dropped and the title's other rules and the model decide, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .tokens import words

if TYPE_CHECKING:
    from .rules import RuleHit, RuleMode

WORKING_GROUP_TAG = "working-group"
TECH_TAG = "tech"  # rules.py's developers' subjects
# Names a working group of a software or standards community holds in its title, as words() reads them: programming
# languages and frameworks rules.py leaves out as too common alone ("Python" is also a snake, "Rust" a colour), and
# the standards bodies whose working groups meet in public.
SOFTWARE_COMMUNITIES = frozenset(
    words(
        "python rust java ruby rails django perl haskell scala kotlin elixir erlang clojure julia fortran cobol "
        "react angular vue ember jquery npm pypi cpan rubygems w3c ietf whatwg cncf openjs apache eclipse gnome kde "
        "debian fedora ubuntu mozilla wikimedia wikipedia osm openstreetmap"
    )
)

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
BODY_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    (WORKING_GROUP_TAG, "community_civic/government-boards", "head", ("working group", "working groups")),
)


def working_group_hits(hits: list[RuleHit], title: str) -> list[RuleHit]:
    """The hits without a working group's where the title names a software community's subject (a "tech" rule fired
    in the title, or a word of SOFTWARE_COMMUNITIES); elsewhere a working group's name ending the title decides as a
    committee's does."""
    if all(hit.rule.tag != WORKING_GROUP_TAG for hit in hits):
        return hits  # no working group's name: nothing to keep or drop
    software = any(hit.rule.tag == TECH_TAG and hit.in_title for hit in hits) or not SOFTWARE_COMMUNITIES.isdisjoint(
        words(title)
    )
    return [hit for hit in hits if hit.rule.tag != WORKING_GROUP_TAG or (hit.in_title and not software)]
