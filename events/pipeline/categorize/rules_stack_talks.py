"""Keyword rules for a developers' talk named by the web platform, the infrastructure or the practice it is about
(rules_tables.py gathers the table), where rules.py's, rules_tech_talks.py's and rules_data_talks.py's subject lists
have no word for it: the issue's tech-meetup kind (helper cats39).

The seen corpora (bench/corpus pages, feeds, APIs: other projects' files, none a categories test split) hold developer
conferences' and user groups' programmes whose sessions are titled by the talk alone, and the categorizer read them as
other kinds: "Anatomy of a progressive web app" and "Curing Cancer With HTML5" (a concert, a sports fixture), "Pragmatic
TDD" (a concert), "Pentesting Do's and Dont's" (a sports fixture), "Introduction to the Hadoop ecosystem" (a class, by
its format word: it stays so). A Java user group's calendar (devnexus/ajug_website, training side) titles its nights
"Near Real-Time Retrieval Augmented Generation (RAG)", "Building a 4,000 Component Monorepo".
Each phrase below is a programmer's subject with no other common sense, read as rules.py's subjects are (mode "field":
the title decides, unless it names a class or a workshop, which stays the model's, education's to claim).

Left out: "https" and "http" (a title that carries a link), "azure" alone (a colour: "Azure Ball", "Côte d'Azur"),
"android" alone ("Android Jones", a painter), "prometheus" (the myth, the play, the film), "kafka" (the writer),
"spring boot" (the Java framework's, but "Spring Boot Camp" is a fitness class in spring), "service workers" (a
restaurant's staff: "Service Workers Appreciation Luncheon"), "rag" alone (a rag rug, "Rag Week", ragtime), "pwa" (an
agency's initials), "bdd" (body dysmorphic disorder's support groups), "capture the flag" (a children's field game),
"web performance" (a circus's aerial web act). "TDD" is also a deaf relay line's ("TDD/TTY"), but that is written in a
description or a contact line, which a "field" phrase never reads. "refactoring" is a programmer's word too, but it is
left to the model: this helper had read a test split's titles when building it, and a rule chosen after that reading
would make the split a seen one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .tokens import as_text

if TYPE_CHECKING:
    from .rules import RuleHit, RuleMode

# The web platform, by the names its developers give its parts.
WEB_PLATFORM = (
    "progressive web app", "progressive web apps", "html5", "css3", "css grid", "flexbox", "web components",
    "webrtc", "websocket", "websockets", "web assembly",
)  # fmt: skip
# Infrastructure and data platforms, by their product names with no other common sense.
PLATFORMS = (
    "hadoop", "apache spark", "apache kafka", "elasticsearch", "spring framework", "microsoft azure",
    "azure functions", "azure devops", "monorepo", "monorepos", "retrieval augmented generation",
    "retrieval-augmented generation",
)  # fmt: skip
# A programmer's practices, by their names.
PRACTICES = (
    "tdd", "test driven development", "test-driven", "behavior-driven development", "behaviour-driven development",
    "pentesting",
)  # fmt: skip
# Subjects the public hears about too (read-through 58: "Library Talk: Living with Large Language Models", "Agentic AI
# and Democracy: A Debate", "Penetration Testing Careers Fair"): a developers' session's where the title names no
# public format (``public_talk_hits``), else the model's.
PUBLIC_INTEREST = (
    "large language model", "large language models", "agentic ai", "pen testing", "penetration testing",
    "ethical hacking",
)  # fmt: skip
# A title's words for a talk, a debate or a fair for anyone, and for the developers a session is still theirs with.
PUBLIC_FORMATS = frozenset(
    "talk talks panel panels debate debates discussion discussions fair fairs careers career lecture lectures forum "
    "forums conversation conversations public librarians parents seniors".split()
)
DEVELOPER_WORDS = frozenset("developer developers devs engineers programmers coders hackers".split())
_WORD = re.compile(r"[^\W\d_]+")

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
STACK_TALK_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("tech", "tech_business/meetups", "field", WEB_PLATFORM),
    ("tech", "tech_business/meetups", "field", PLATFORMS),
    ("tech", "tech_business/meetups", "field", PRACTICES),
    ("tech", "tech_business/meetups", "field", PUBLIC_INTEREST),
)


def public_talk_hits(hits: list[RuleHit], record: Mapping[str, Any]) -> list[RuleHit]:
    """The hits without the public-interest subjects' rule where the title names a talk, a debate or a fair for
    anyone (PUBLIC_FORMATS) and no developers: the model reads such a title as it would with no rule."""
    if not any(hit.rule.phrases == PUBLIC_INTEREST for hit in hits):
        return hits
    title = set(_WORD.findall(as_text(record.get("title"))[:500].casefold()))
    if not title & PUBLIC_FORMATS or title & DEVELOPER_WORDS:
        return hits
    return [hit for hit in hits if hit.rule.phrases != PUBLIC_INTEREST]
