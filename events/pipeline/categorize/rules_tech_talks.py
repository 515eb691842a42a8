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
Reunion"), "Haskell" (a family name and a place's: "Haskell Indian Nations University Powwow", Haskell County).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
TECH_TALK_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("tech", "tech_business/meetups", "field", ("webassembly", "wasm", "compiler design",
                                                "compiler construction", "writing a compiler",
                                                "building a compiler", "build a compiler",
                                                "continuous deployment", "continuous delivery",
                                                "continuous integration", "state machine", "state machines")),
    ("tech", "tech_business/meetups", "field", ("kotlin", "jetpack compose", "swiftui", "android development",
                                                "android app", "ios development", "doctrine orm",
                                                "hibernate orm", "sqlalchemy", "object-relational mapping",
                                                "object relational mapping", "mqtt", "iot",
                                                "internet of things", "nestjs", "vue.js", "vuejs", "reactjs",
                                                "react.js", "react native", "angularjs", "next.js", "nuxt",
                                                "symfony", "clojure", "erlang",
                                                "test-driven development", "unit testing", "frontend", "backend",
                                                "single page application", "single-page application", "puppeteer",
                                                "git flow", "gitflow", "git workflow")),
)  # fmt: skip
