"""Keyword rules for what a developers' meetup's talks are about, where rules.py's subject list has no word for it
(rules.py adds the table to its own), the issue's tech-meetup kind.

A meetup's calendar titles its nights by the talk ("A Gentle Tour of WebAssembly", "Writing a Compiler in a
Weekend", "Our Journey to Continuous Deployment", "State Machines in the Browser"); the model, which learned tech
meetups from their groups' names, read these candidate rows of the training side (events/pipeline/data/candidates,
handwritten_cats10.jsonl) as exhibitions, classes and public meetings. Each phrase is a programmer's subject with no
other common sense, read as rules.py's subjects are (mode "field": a title that names a class or a workshop, "Intro
to WebAssembly Workshop", stays the model's, education's to claim).

Left out: "compiler" and "compilers" alone (an anthology's, "The Compiler of Dreams": the plural reads as the
word), "garbage collection" (a city's bulk-waste day), "static analysis" (an engineer's, of a bridge), "pipeline"
alone (oil's, a school's), "automation" alone (a factory's), "state" alone, "drones" (a racing league's, a light
show's).

A developers' community's own calendar titles its talks by the language, the framework or the protocol alone ("Having
fun with Kotlin Android", "Domain modeling with Doctrine ORM": test26's Eventbrite events, measured cold, read as a
children's event and a concert); the names below are a programmer's tools with no other common sense, read the same
way (a class or a workshop on them stays the model's, education's to claim: "Git flow & tutorial", "Introduction IoT:
MQTT" keep their reading). Left out: the languages whose names are common words or names ("Swift", "Rust", "Go",
"Java", "Ruby", "Scala", "Elixir", "React", "Angular", "Flutter"), "git" alone ("Git-R-Done", a comic's catchphrase),
"front end" and "full stack" (a loader's, a pancake stack's), "spa", "orm" alone (a family name: "Orm Family
Reunion"), "Haskell" (a family name and a place's: "Haskell Indian Nations University Powwow", Haskell County),
"puppeteer" alone (a puppet show's artist: "Master Puppeteer Basil Twist"; only testing with it, review45).
A tool's name followed by a place's noun names the place: the tools' rule is dropped where every tool the title
names is so followed ("Kotlin Island Tour", "Erlang Street Block Party": ``tool_place_hits``, review45).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .tokens import as_text

if TYPE_CHECKING:
    from .rules import RuleHit, RuleMode

# A programmer's tools, named alone (see the module).
TOOLS = ("kotlin", "jetpack compose", "swiftui", "android development",
         "android app", "ios development", "doctrine orm",
         "hibernate orm", "sqlalchemy", "object-relational mapping",
         "object relational mapping", "mqtt", "iot",
         "internet of things", "nestjs", "vue.js", "vuejs", "reactjs",
         "react.js", "react native", "angularjs", "next.js", "nuxt",
         "symfony", "clojure", "erlang",
         "test-driven development", "unit testing", "frontend", "backend",
         "single page application", "single-page application",
         "testing with puppeteer", "puppeteer testing", "puppeteer.js",
         "git flow", "gitflow", "git workflow")  # fmt: skip

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
TECH_TALK_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("tech", "tech_business/meetups", "field", ("webassembly", "wasm", "compiler design",
                                                "compiler construction", "writing a compiler",
                                                "building a compiler", "build a compiler",
                                                "continuous deployment", "continuous delivery",
                                                "continuous integration", "state machine", "state machines")),
    ("tech", "tech_business/meetups", "field", TOOLS),
)  # fmt: skip

# A place's noun after a tool's name makes the name a place's ("Kotlin Island Tour", "Erlang Street Block Party").
PLACE_NOUNS = (
    "island", "islands", "street", "road", "avenue", "lane", "square", "park", "bay", "beach", "lake", "river",
    "village", "town", "farm", "hall", "gallery", "fortress", "fort", "castle", "harbour", "harbor", "bridge",
)  # fmt: skip
TOOL_MENTION = re.compile(
    r"(?<![\w.])(" + "|".join(re.escape(tool) for tool in sorted(TOOLS, key=len, reverse=True)) + r")(?![\w.])"
    r"(?:\s++(" + "|".join(PLACE_NOUNS) + r")\b)?",
    re.IGNORECASE,
)


def tool_place_hits(hits: list[RuleHit], record: Mapping[str, Any]) -> list[RuleHit]:
    """The hits without the tools' rule where each tool the title names is a place's name (see the module)."""
    if not any(hit.rule.phrases == TOOLS for hit in hits):
        return hits  # no tool decided anything: no title to read again
    mentions = list(TOOL_MENTION.finditer(as_text(record.get("title"))[:500]))
    if not mentions or any(mention.group(2) is None for mention in mentions):
        return hits
    return [hit for hit in hits if hit.rule.phrases != TOOLS]
