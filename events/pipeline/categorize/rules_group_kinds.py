"""An event decided by what its group is: a software group's talk, a service club's meeting or charity walk, a book
club's meeting titled by its book (model.decide reads it with the organizer).

A group's calendar titles its events by what is on that night, not by what kind of event it is: a Go user group's
meetup by its first talk ("Porting a Shell Script to Go - Tom Hudson"), a Lions club's by its cause ("Strides for
Sight & Sound", "Night of Spectacles") or its routine ("Monthly Club Meeting"), a book club's by its book. The title
names no kind of event and the model reads the talk's or the cause's words: education, arts, comedy, health. The
organizer's name says what the group is, but groups.organizer_hits counts only the rules' description phrases there
("user group", "hackathon"), and a programming language, a service club or a book club is none of them.

So, as a description's rule (it decides only where the title's own rules are silent, as groups.organizer_hits):

- **A software group** (``software_group``): the organizer's name, or a part of its joined-up name ("GoSheffield",
  "PyData"), holds a programming community's word (languages and frameworks, "Go", "PyData") or a technical
  subject groups form around ("IoT", "data analytics", "data science", "machine learning", "DevOps", "coders"). A
  word that is also an English word or a name ("Go", "Rust", "Ruby", "Julia", "Swift", "Crystal") counts only where
  the title or the description writes it with its capital inside a sentence ("… to Go", "in Go 1.22"): "Let's Go
  Quorvane" whose walks "go at your own pace" is no Go group. → tech_business/meetups.
- **A service club** (``service_club``): Lions, Rotary, Kiwanis, Circle K and their kin, by the names they use
  ("Lions Club", "Rotary Club of …", "Kiwanis"); "Detroit Lions" is no club. → community_civic, the subcategory
  left to the model. The club's fundraiser, gala or charity walk is its civic work; a meal it serves ("Annual Seafood
  Boil", "Pancake Breakfast") or a party is what the title says, so the rule is silent there.
- **A book club** (the rules' own "book club", "book group", "reading group" phrases in the organizer's name) →
  arts_culture/literature: its meeting is titled by the book ("The Quiet Orchard by Ana Quorvane").

None decides beside a title that names a teaching format ("Intro to Rust Workshop": education's to claim) or an
occasion any group holds (groups.OCCASIONS, for a service club only its social and food ones), nor where the
organizer's name fires a rule of another kind ("Rust Belt Runners Club").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .groups import OCCASIONS
from .rules import Rule, RuleHit
from .tokens import as_text, subwords, words

SOFTWARE_TAG = "software-group"
SERVICE_TAG = "service-club"
BOOK_TAG = "book-club"
GROUP_TAGS = frozenset((SOFTWARE_TAG, SERVICE_TAG, BOOK_TAG))
BOOKS_TAG = "books"  # rules.py's book club phrases ("book club", "book group", "reading group", "book discussion")
SOFTWARE_RULE = Rule(SOFTWARE_TAG, "tech_business", "meetups", "any", ())
SERVICE_RULE = Rule(SERVICE_TAG, "community_civic", None, "any", ())
BOOK_RULE = Rule(BOOK_TAG, "arts_culture", "literature", "any", ())

# Programming languages' and frameworks' communities as words() reads them (rules_bodies.SOFTWARE_COMMUNITIES without
# its standards bodies, foundations and distributions, whose names are places and words too: "Apache", "Eclipse").
SOFTWARE_NAMES = frozenset(
    words(
        "python rust java ruby rails django perl haskell scala kotlin elixir erlang clojure julia react angular vue "
        "ember jquery go golang pydata pyladies rustaceans gophers javascript typescript php linux swift crystal elm"
    )
)
# Of those, the ones that are also English words or names ("Java" a coffee, "Django" a guitarist): counted only where
# the title or the description writes them as a name.
COMMON_WORDS = frozenset(
    words("go rust ruby julia swift crystal rails react elm ember java scala vue angular elixir django haskell perl")
)
# Technical subjects a group forms around, as word sequences of words().
SUBJECTS: tuple[tuple[str, ...], ...] = tuple(
    tuple(words(phrase))
    for phrase in (
        "iot",
        "devops",
        "coders",
        "data analytics",
        "data science",
        "big data",
        "machine learning",
        "software craftsmanship",
        "web developers",
    )
)
# Service clubs, as word sequences of words() ("Lions Club" → ("lion", "club")).
SERVICE_CLUBS: tuple[tuple[str, ...], ...] = tuple(
    tuple(words(phrase))
    for phrase in (
        "lions club",
        "lions clubs",
        "lions international",
        "lioness club",
        "rotary club",
        "rotary international",
        "rotary district",
        "rotaract",
        "kiwanis",
        "circle k",
        "key club",
        "soroptimist",
        "optimist club",
        "civitan",
        "ruritan",
        "exchange club",
        "sertoma",
        "zonta",
        "altrusa",
        "jaycees",
    )
)
# A Rotary club may be named by its town and "Rotary" alone ("Quorvane Sunrise Rotary"): the name's last word.
ROTARY = "rotary"
# Social and food occasions (of groups.OCCASIONS, and a club's meals): a service club's is what its title says. Its
# charity occasions (fundraiser, benefit, gala, auction, raffle, awards) are its civic work.
MEALS = frozenset(
    words("breakfast brunch lunch dinner supper boil fry cookout feast picnic potluck barbecue bbq luncheon banquet")
)
CHARITY = frozenset(words("fundraiser benefit gala auction raffle awards ceremony"))
# A word written as a name inside a sentence: a capital after a lower-case word or a comma ("… to Go", "in Go 1.22").
_NAMED = re.compile(r"(?<=[a-z,:;\"'(]) +[\"']?([A-Z][a-z]+)\b")


def _holds(found: Sequence[str], phrase: tuple[str, ...]) -> bool:
    return any(tuple(found[start : start + len(phrase)]) == phrase for start in range(len(found)))


def _written_as_name(word: str, *texts: str) -> bool:
    """Whether a text writes `word` (as words() reads it) as a name inside a sentence ("porting a script to Go")."""
    return any(words(match)[:1] == [word] for text in texts for match in _NAMED.findall(text))


def software_group(organizer: str, title: str, description: str) -> bool:
    """Whether the organizer's name is a software group's: a programming community's name (one that is also an English
    word only where the title or description writes it as a name) or a technical subject groups form around."""
    found = words(organizer)
    if any(_holds(found, subject) for subject in SUBJECTS):
        return True
    named = SOFTWARE_NAMES.intersection([*found, *subwords(organizer)])
    return any(name not in COMMON_WORDS or _written_as_name(name, title, description) for name in named)


def service_club(organizer: str) -> bool:
    """Whether the organizer's name is a service club's ("Quorvane Lions Club", "Rotary Club of Quorvane", "Kiwanis")."""
    found = words(organizer)
    return found[-1:] == [ROTARY] or any(_holds(found, club) for club in SERVICE_CLUBS)


def group_kind_hits(
    hits: Sequence[RuleHit],
    record: Mapping[str, Any],
    organizer: str,
    organizer_rules: Sequence[RuleHit],
    formatted: bool,
) -> list[RuleHit]:
    """The group's kind's hit (as a description's), or none. `hits` are the event's hits so far, `organizer_rules`
    every rule the organizer's name fires read as a title, `formatted` whether the title names a teaching format."""
    if not organizer or formatted:
        return []
    title = as_text(record.get("title"))
    titled = set(words(title))
    if any(hit.rule.tag in GROUP_TAGS for hit in hits):
        return []
    if organizer_rules and any(hit.rule.tag == BOOKS_TAG for hit in organizer_rules):
        rule = BOOK_RULE
    elif service_club(organizer):
        rule = SERVICE_RULE
        if titled & MEALS or (titled & OCCASIONS) - CHARITY:
            return []
    elif software_group(organizer, title, as_text(record.get("description"))):
        rule = SOFTWARE_RULE
    else:
        return []
    if rule is not SERVICE_RULE and titled & OCCASIONS:
        return []
    if any(hit.rule.category not in (None, rule.category) for hit in organizer_rules):
        return []
    return [RuleHit(rule, in_title=False)]
