"""Keyword rules for a developers' talk about data stores and code itself (rules_tables.py gathers the table), where
rules.py's and rules_tech_talks.py's subject lists have no word for it: the issue's tech-meetup kind.

The seen pages corpus holds a software group's and a PHP user group's calendars whose nights are titled by the talk
alone: "Zero Downtime Database Migrations and Deployments" (read as a farmers' market), "Event Storming for fun and
profit!" (a health screening), "Climbing the Abstract Syntax Tree" (a school's talk), "Xdebug workshop with Derick
Rethans" (a cooking class). The training corpus titles the same subjects so and labels them tech_business
("Postgres …", "SQL …", "… Databases"). Each phrase below is a programmer's subject with no other common sense; read as
rules.py's subjects are (mode "field": a title that names a class or a workshop stays the model's, education's to
claim, so the PHP group's "Xdebug workshop" keeps the model's reading).

Left out: "database" and "databases" alone (a library's "Genealogy Databases for Beginners", "Using the Library's
Databases" are a library's help), "migration" alone (birds', monarchs', people's: "Spring Bird Migration Walk",
"Migration Stories"), "deployment" (troops'), "debugging" alone (a baker's "Debugging your sourdough"), "hash"
(a hash run, a brunch's hash), "sql" alone (a word in other languages' titles is rare, but "SQL" is also a school's
course code: the longer names below are enough), "storming" alone ("Storming the Castle", a re-enactment), "code review" (a city's "Building Code Review"), "zero
downtime" alone (a gym's class could be so named: the seen title has "Database Migrations" too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# Data stores and their care, by name.
DATA_STORES = (
    "postgres", "postgresql", "mysql", "mariadb", "sqlite", "nosql", "mongodb", "sql server", "database migration",
    "database migrations", "schema migration", "schema migrations", "database design", "database performance",
    "database schema", "database schemas", "relational database", "relational databases", "graph database",
    "graph databases",
)  # fmt: skip
# Code as its authors talk about it.
CODE_SUBJECTS = (
    "syntax tree", "syntax trees", "event storming", "eventstorming", "xdebug", "memory leak", "memory leaks",
    "legacy code",
)  # fmt: skip

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
DATA_TALK_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("tech", "tech_business/meetups", "field", DATA_STORES),
    ("tech", "tech_business/meetups", "field", CODE_SUBJECTS),
)
