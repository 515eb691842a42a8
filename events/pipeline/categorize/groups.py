"""Who holds the event as evidence of its kind: the organizer's name, and a group's own word for its gatherings.

A developers' group titles its meetups by their talk ("Building resilient systems with Rust", "Intro to LLM agents"):
the title names no kind of event, while the organizer's name does ("Seattle Rust User Group", "Portland Python
Developers"). Two readings follow from that:

- **The organizer's name is read by the keyword rules** (``organizer_hits``) and its hits count as a description's:
  they decide only where the title's own rules are silent. Only phrases that may decide from a description ("user
  group", "nature center", "hackathon") and a developers' subjects ("developers", "python", "devops": the rules'
  subject modes) count; a title-only phrase ("conference": a church's "Annual Conference" holds services) or a public
  body's or an association's name ("City Council" also runs the fireworks: ORGANIZER_SKIPPED) says who, not what, and
  is left out. A subject does not decide
  beside a title that names a teaching format ("Rust Workshop": education's to claim), as in a title; nor does the
  organizer's kind beside a title that names an occasion any group holds ("Community Picnic" by a yoga studio, "Annual
  Fundraiser Gala" by an orchestra: OCCASIONS), which the title's own reading keeps.
- **"Meetup" is a group's word for its gatherings** (``group_prior``): in the title or the organizer's name it moves the
  model's scores towards tech_business/meetups as a venue's kind does (in full when the model reads the text without
  conviction, a small share otherwise). It never decides: a hiking group's or a parents' meetup keeps its own rule or
  the model's sure reading.
- **A meetup's kind is its group's subject** (``subject_hits``, helper cats11): the rules' subjects groups meet over
  (rules_subjects.py, mode "group": "knitting", "runners", "moms", "board games") decide as a title's rule beside a
  group's word in the title ("Knitting Meetup"), and as a description's in an organizer's name that holds one
  ("Quorvane Valley Runners Meetup"). The word and the subject must be in the same text: a talk's "Running Kubernetes
  …" by "… DevOps Meetup" names no runners. Elsewhere a subject is no evidence (not even a subcategory's hint).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from typing import Any

from .rules import SUBJECT_MODES, RuleHit
from .tokens import as_text, words
from .venues import VenuePrior

# Rule modes an organizer's name decides by: what a description decides by, and a developers' subjects.
ORGANIZER_MODES = ("any", *SUBJECT_MODES)
# A public body's or an association's name ("City Council", "Neighborhood Association") says who holds the event, not
# what it is: councils and residents' groups hold fetes, fireworks and clean-ups as well as meetings.
ORGANIZER_SKIPPED = frozenset(("government-boards", "public-meetings"))
# Occasions any kind of group holds, as words() reads them: beside one in the title, the organizer's kind ("Riverside
# Yoga Studio", "Downtown Comedy Club") says who holds the picnic, the gala or the open house, not what it is.
OCCASIONS = frozenset(
    words(
        "picnic potluck barbecue bbq gala fundraiser benefit auction raffle open house festival fair party "
        "celebration anniversary reception banquet luncheon social mixer parade ceremony awards bake sale"
    )
)
GROUP_MODE = "group"  # rules_subjects.py: a subject groups meet over, deciding beside a group's word only
# A group's own word for its gatherings, as words() reads it ("Meetup", "Meetups", "meet-up").
GROUP_WORDS: dict[tuple[str, ...], VenuePrior] = {
    ("meetup",): VenuePrior("tech_business", "meetups", "strong", "meetup"),
    ("meet", "up"): VenuePrior("tech_business", "meetups", "strong", "meet-up"),
}


def organizer_name(record: Mapping[str, Any]) -> str:
    """The organizer's name: a string, or the "name" of an object (as JSON-LD and some APIs give it)."""
    organizer = record.get("organizer")
    if isinstance(organizer, Mapping):
        organizer = organizer.get("name")
    return as_text(organizer).strip()


def names_an_occasion(title: str) -> bool:
    """Whether a title names an occasion any group holds ("Community Picnic", "Open House", "Fall Festival")."""
    found = words(title)
    return any(word in OCCASIONS for word in found) or "open house" in " ".join(found)


def organizer_hits(
    title_hits: list[RuleHit], formatted: bool, grouped: bool = False, occasion: bool = False
) -> list[RuleHit]:
    """The organizer's rule hits (read as a title: `title_hits`) that count, as a description's hits: mode "any" (a
    subject's mode is read as "any", so it decides from there too). A subject is dropped where the event's title names
    a teaching format (`formatted`); a group's subject (mode "group") counts only where the name holds a group's word
    (`grouped`: "Quorvane Knitters Meetup"); none counts where the title names an occasion any group holds
    (`occasion`: names_an_occasion)."""
    if occasion:
        return []
    found = []
    for hit in title_hits:
        mode = hit.rule.mode
        if mode == GROUP_MODE:
            if grouped:
                found.append(RuleHit(dataclasses.replace(hit.rule, mode="any"), in_title=False))
            continue
        if (
            mode not in ORGANIZER_MODES
            or (formatted and mode in SUBJECT_MODES)
            or hit.rule.subcategory in ORGANIZER_SKIPPED
        ):
            continue
        found.append(RuleHit(dataclasses.replace(hit.rule, mode="any"), in_title=False))
    return found


@functools.lru_cache(maxsize=8192)
def group_word(text: str) -> VenuePrior | None:
    """The kind the group's word for its gatherings in `text` names ("Knitting Meetup"), or None. Read once per text
    (a record's title is asked for by several rules, an organizer's name recurs over its feed)."""
    found = words(text)
    for key, prior in GROUP_WORDS.items():
        if key and key[0] not in found:
            continue  # a quick no: the phrase's first word is not there
        if any(tuple(found[start : start + len(key)]) == key for start in range(len(found))):
            return prior
    return None


def group_prior(record: Mapping[str, Any]) -> VenuePrior | None:
    """The kind a group's word for its gatherings names in the title or the organizer's name, or None."""
    return group_word(as_text(record.get("title"))) or group_word(organizer_name(record))


def subject_hits(hits: list[RuleHit], title: str) -> list[RuleHit]:
    """The title's hits with a group's subject (mode "group") made a title rule where the title holds a group's word
    ("Knitting Meetup"). Elsewhere such a hit is dropped: a basketball game's or a wine dinner's subcategory, and its
    tags, stay what the other rules and the model say."""
    if all(hit.rule.mode != GROUP_MODE for hit in hits):
        return hits  # no group's subject: the title's group word is not read
    grouped = group_word(title) is not None
    return [
        RuleHit(dataclasses.replace(hit.rule, mode="title"), in_title=True) if hit.rule.mode == GROUP_MODE else hit
        for hit in hits
        if hit.rule.mode != GROUP_MODE or (grouped and hit.in_title)
    ]


# A weekday names when a recurring night happens, not what it is ("Velvet Tuesday", "Salt Thursdays"), as words() reads
# it. model.reads_flat reads a title of names with a weekday as a name: the day's other uses ("Tuesday Night Ride")
# are no evidence of a pub's night, whose venue and description say what it is.
WEEKDAYS = frozenset(words("monday tuesday wednesday thursday friday saturday sunday"))
NIGHT_WORDS = frozenset(words("night nights"))


def weekday_night(content: list[str]) -> bool:
    """Whether a title's content words hold a weekday and a word that is neither a weekday nor "night" ("Velvet
    Tuesday", "Salt Thursday Night"); model.reads_flat still asks that those words name no kind of event."""
    days = [word for word in content if word in WEEKDAYS]
    rest = [word for word in content if word not in WEEKDAYS and word not in NIGHT_WORDS]
    return bool(days) and bool(rest)
