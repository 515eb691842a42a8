"""A volunteers' work party or workday held at a park or a natural site, titled by the work alone ("Work Party",
"Saturday Work Party", "Workday") or by the volunteer day it is ("Volunteer Day" at a preserve: title_places.py).

A parks programme's or a friends group's calendar lists its land work under the bare word for it, and its venue field
names the park or the green space ("Work Party" at Magnuson Park, "Saturday Work Party" at Carkeek Park: listings of our
own in a city green-space programme's shape, and the training side's candidate rows "East Duwamish Work Party",
"Cleaning Up and Enjoying Dead Horse Canyon"). With no word the model reads with conviction, those read as a tech
meetup or the act on a bill. rules_land_work.py reads a work party named by the land ("Creek Work Party"); here the
venue names it: a work party, a workday or a work morning whose venue (or the title's site: title_places.py) is a park,
a garden or a natural site is the volunteers' work on the land, outdoors_nature/clean-ups by the label policy.

A park hosts festivals and races as much as workdays (title_places.py keeps a "Volunteer Day" at a park with the
volunteering rule for that reason); a title that says "work party" or "workday" names the work itself, so a park is
enough here. Not: a work party with no venue or at any other kind of place (an office's, a brewery's, a church's:
"Office Work Party", "Work Party" at a taproom), a title whose other words a rule reads as another kind ("Work Party
Karaoke Night" at a park stays the model's and the rules' reading), a "Volunteer Workday" at a food bank.

A title may also name its site itself, right before the work, with no break between ("Busse Woods South Workday": a
forest preserve district's volunteer calendar, test26's one restoration day read as civic volunteering): a site's name
followed by a compass point or an upper/lower is that site's part ("Busse Woods South", "Deer Grove East"), so the words
before the work, without that qualifier, are read as a venue's name (_site_before_work). Not: a prefix that names no
natural site or only a weak one ("Office Park East Workday", "Westfield Woods Mall Work Party", "Church East Workday"),
nor one whose site word is not its last ("Marsh Family Work Party": a family's name, review45).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from .rules import TITLE_DECIDING, RuleHit
from .title_places import SITE_CATEGORY, SITE_WORK_RULE, decided_by, title_place
from .tokens import as_text, words
from .venues import VenuePrior, name_words, venue_prior

# The work's own words, as words() reads them ("workday" is one word, "work day" two).
WORK_WORDS = tuple(
    tuple(words(phrase))
    for phrase in ("work party", "workday", "work day", "work morning")  # words() stems: "Work Parties" matches too
)
WORK_FIRST_WORDS = frozenset(work[0] for work in WORK_WORDS)
# The hits a work party keeps deciding beside it: a volunteering rule's (the work is the volunteering, on the land).
VOLUNTEERING = ("community_civic", "volunteering")
# A site's part named after its name ("Busse Woods South", "Deer Grove East", "Upper Creek Lower").
QUALIFIERS = frozenset(("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "upper",
                        "lower", "central"))  # fmt: skip
# A work word as name_words() reads a title (no stemming): where the site's name before it ends.
WORK_STARTS = {"workday": (), "workdays": (), "work": ("day", "days", "party", "parties", "morning")}
WORK_PARTY_RULE = dataclasses.replace(SITE_WORK_RULE, phrases=("a work party at a park or a natural site",))


def work_party_hits(hits: list[RuleHit], record: Mapping[str, Any]) -> list[RuleHit]:
    """The hits with a clean-up deciding where the title names a work party or a workday and the venue (or the
    title's site) is a park, a garden or a natural site: a volunteering rule's title hits become hints (their tags
    stay). Unchanged where another kind's rule decides from the title, where the title names no such work, or where
    the place is of another kind or unnamed."""
    title = as_text(record.get("title"))
    if not _names_work(title):
        return hits
    deciding = [hit for hit in hits if hit.in_title and hit.rule.mode in TITLE_DECIDING]
    if any((hit.rule.category, hit.rule.subcategory) not in (VOLUNTEERING, _clean_up()) for hit in deciding):
        return hits
    site = venue_prior(record) or title_place(record) or _site_before_work(record)
    if site is None or site.category != SITE_CATEGORY:
        return hits
    return decided_by(hits, deciding, WORK_PARTY_RULE)


def _clean_up() -> tuple[str | None, str | None]:
    return WORK_PARTY_RULE.category, WORK_PARTY_RULE.subcategory


def _names_work(title: str) -> bool:
    found = words(title)
    if WORK_FIRST_WORDS.isdisjoint(found):
        return False  # no work's first word: most titles
    return any(found[start : start + len(work)] == list(work) for work in WORK_WORDS for start in range(len(found)))


def _site_before_work(record: Mapping[str, Any]) -> VenuePrior | None:
    """The natural site a title names right before its work ("Busse Woods South Workday": Busse Woods), for a record
    with no venue name; None where the words before the work, without a trailing qualifier, name no strong site."""
    if as_text(record.get("venue_name")).strip():
        return None
    found = name_words(as_text(record.get("title")))
    for index, word in enumerate(found):
        following = WORK_STARTS.get(word)
        if following is not None and (
            not following or found[index + 1 : index + 2] in ([after] for after in following)
        ):
            name = found[:index]
            break
    else:
        return None
    if name and name[-1] in QUALIFIERS:
        name = name[:-1]
    if len(name) < 2:
        return None
    prior = venue_prior({"venue_name": " ".join(name)})
    if prior is None or prior.strength != "strong" or prior.category != SITE_CATEGORY:
        return None
    # A site's name ends with its kind ("Busse Woods", "Heron Marsh Nature Preserve"); the word inside other words
    # is a family's or a firm's name ("Marsh Family Work Party", review45).
    return prior if name[-len(prior.phrase.split()) :] == prior.phrase.split() else None
