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

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# The web platform, by the names its developers give its parts.
WEB_PLATFORM = (
    "progressive web app", "progressive web apps", "html5", "css3", "css grid", "flexbox", "web components",
    "webrtc", "websocket", "websockets", "web assembly",
)  # fmt: skip
# Infrastructure and data platforms, by their product names with no other common sense.
PLATFORMS = (
    "hadoop", "apache spark", "apache kafka", "elasticsearch", "spring framework", "microsoft azure",
    "azure functions", "azure devops", "monorepo", "monorepos", "retrieval augmented generation",
    "retrieval-augmented generation", "large language model", "large language models", "agentic ai",
)  # fmt: skip
# A programmer's practices, by their names.
PRACTICES = (
    "tdd", "test driven development", "test-driven", "behavior-driven development", "behaviour-driven development",
    "pentesting", "pen testing", "penetration testing", "ethical hacking",
)  # fmt: skip

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
STACK_TALK_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("tech", "tech_business/meetups", "field", WEB_PLATFORM),
    ("tech", "tech_business/meetups", "field", PLATFORMS),
    ("tech", "tech_business/meetups", "field", PRACTICES),
)
