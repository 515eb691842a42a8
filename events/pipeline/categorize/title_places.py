"""A listing titled by its site, and a volunteers' day of work at a natural site.

A listing titled by its site: where the record names no venue, a part of the title that is a place's name stands in
for the venue ("Ulistac Natural Area - Second Saturday", "Deer Hollow Preserve - Weed Pull"), read as the natural site it names.

A land trust's or a parks volunteer programme's calendar, a students' map of workdays, a walking club's list title a
listing by the place it happens at, and then the group or the day ("<Place> - <who or when>"), with no venue field of
its own. The title's words are then a name the model cannot read, and a bare name with no venue reads as the act on
a bill (music). The place part says what the venue name would have said; venues.py reads it as it reads a venue name,
and model.py weighs it exactly as a venue's prior: in full only where the title says nothing the model reads with
conviction, as a small share otherwise, and never against a keyword rule or a source's label.

Read only where all of these hold, because a title is not a venue name:

* the record names no venue (a named venue is the better witness: it is used as before);
* the title has at least two parts, split at a dash, a colon, an "@" or a bracket: a title that is one phrase ("Park
  Board", "Trail Blazers", "Woods") is the event's name, not its site;
* the part has at least two words and ends with the place phrase, the way a place's name ends with its kind
  ("Foothills Nature Preserve", "Lakeview Museum"); a part where the phrase is a modifier ("Trail Blazers", "Museum
  Late", "Theatre of War") says nothing of a place;
* the phrase names a natural site, one kind of place ("strong" outdoors_nature in venues.py: a preserve, a natural
  area, a marsh, a greenbelt, a nature center); a park, an arena, a church or a brewery hosts everything, and a bare
  name there reads as the act on the bill, which is the reading this module exists to avoid. The other strong kinds
  are left out: their head words are as often the last word of a team's, a band's or a show's name ("Hillcrest
  Blues", "Laugh Factory Live"), and a theatre's or a museum's listings name their venue.

A volunteers' day of work ("Volunteer Day", "Day of Service") is community_civic/volunteering by rules.py; where its
site, the venue or the title's place, is a natural site of one kind (a preserve, a natural area, a marsh), the day's
work is on the land, which the label policy files as outdoors_nature/clean-ups (site_work_hits, applied by model.py
after the other rules). A fair, a shift, a drive or an opportunity's listing, and any site that is a park, a
community centre or a food bank, are left to the volunteering rule.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping
from typing import Any

from .rules import TITLE_DECIDING, Rule, RuleHit
from .tokens import as_text, words
from .venues import VenuePrior, name_words, venue_prior

# Where a title's parts meet: a spaced dash, a colon, an "@", a bracket, a pipe ("Place - Group", "Place: Day",
# "Group @ Place", "Work (Place)"). A hyphen inside a word ("Pearson-Arastradero") splits nothing.
# One character each, with lookarounds for the spaces around it: no run of spaces is matched (a run read by "\s+" at
# every start is quadratic on a long run of spaces).
_PART_BREAK = re.compile(r"(?<=\s)[-\u2013\u2014|@](?=\s)|:(?=\s)|[()\[\]]")
# The kind of place a title's site is read as: the natural sites a workday, a walk or a field programme is titled by.
SITE_CATEGORY = "outdoors_nature"
# A part this long is a sentence, not a place's name.
MAX_PLACE_WORDS = 6


def title_place(record: Mapping[str, Any]) -> VenuePrior | None:
    """The kind of place a part of the title names, for a record with no venue name; None otherwise."""
    if as_text(record.get("venue_name")).strip():
        return None
    return _title_site(as_text(record.get("title")))


@functools.lru_cache(maxsize=8192)
def _title_site(title: str) -> VenuePrior | None:
    """title_place of a title: read once per title (several rules ask for one record's)."""
    parts = [part.strip() for part in _PART_BREAK.split(title) if part and part.strip()]
    if len(parts) < 2:
        return None
    for part in parts:
        words = name_words(part)
        if not 2 <= len(words) <= MAX_PLACE_WORDS:
            continue
        prior = venue_prior({"venue_name": part})
        if prior is None or prior.strength != "strong" or prior.category != SITE_CATEGORY:
            continue
        phrase = name_words(prior.phrase)
        if words[-len(phrase) :] == phrase and len(words) > len(phrase):
            return prior
    return None


# A volunteers' day of work, as a volunteering rule's title phrases name it; a fair, an opportunity's listing, a shift
# or a drive ("Volunteer Fair", "Volunteer Opportunity", "Volunteer Shift", "Blood Drive") is no work on the land.
WORK_DAYS = tuple(
    tuple(words(phrase))
    for phrase in ("volunteer day", "volunteer workday", "volunteer work day", "day of service",
                   "community service day", "service day")
)  # fmt: skip
# The policy's reading (bench/corpus/categories/manifest.json, 'label_policy'): volunteers' hands-on work on the land
# is outdoors_nature/clean-ups.
SITE_WORK_RULE = Rule(
    tag="clean-up",
    category="outdoors_nature",
    subcategory="clean-ups",
    mode="title",
    phrases=("a volunteers' day of work at a natural site",),
)


def site_work_hits(hits: list[RuleHit], record: Mapping[str, Any]) -> list[RuleHit]:
    """The hits with a volunteers' day of work at a natural site ("Coyote Valley Preserve - Volunteer Day", "Day of
    Service" at a nature preserve) deciding as the land work it is: the volunteering rule's title hits become hints
    (their tags stay) and a clean-up hit decides. Elsewhere the hits unchanged: a volunteer day at a community centre
    or a food bank, a volunteer fair or a shift at a nature centre, a site that is a park (a park hosts festivals and
    races as much as workdays)."""
    work = [
        hit
        for hit in hits
        if hit.in_title
        and hit.rule.mode in TITLE_DECIDING
        and (hit.rule.category, hit.rule.subcategory) == ("community_civic", "volunteering")
    ]
    if not work or not _names_a_work_day(as_text(record.get("title"))):
        return hits
    site = venue_prior(record) or title_place(record)
    if site is None or site.strength != "strong" or site.category != SITE_CATEGORY:
        return hits
    return decided_by(hits, work, SITE_WORK_RULE)


def decided_by(hits: list[RuleHit], set_aside: list[RuleHit], rule: Rule) -> list[RuleHit]:
    """The hits with ``set_aside`` made hints (their tags stay) and ``rule`` deciding from the title."""
    kept = [
        dataclasses.replace(hit, rule=dataclasses.replace(hit.rule, mode="hint")) if hit in set_aside else hit
        for hit in hits
    ]
    return [*kept, RuleHit(rule, in_title=True)]


def _names_a_work_day(title: str) -> bool:
    found = words(title)
    return any(found[start : start + len(day)] == list(day) for day in WORK_DAYS for start in range(len(found)))
