"""An outing titled only by its place: "Fletcher Point", "Torrey Pines", "Bolin Creek/Carolina North" (model.decide).

A hiking club lists its hikes by the trail or the peak, with the hike's figures below ("Meet Time: 8 am. Meet
Location: Lot P103. Distance: 5.8 mi"), and the shipped model, reading a place's name, took such hikes for family
outings or sports. What is around the name says it is a hike: hiking words in the description or the organizer's name
("hike", "hikers", "trailhead", "elevation gain"), or a distance in miles or kilometres beside a meeting point ("meet").

So a title read as a place's name (``titled_by_a_place``: one to five capitalized words, venues.reads_as_names, no
rule fired in it, and none of its words a kind of event in the model's event words unless it is a place's word:
"Pancake Breakfast" is no place, "Torrey Pines" and "Mission Trails" are) decides outdoors_nature/hiking, as a description's rule, with that evidence, unless a ride, a run or
a race is named ("Distance: 40 mi ride": cycling and running are sports_fitness) or another description rule speaks
(then the model chooses between them). A concert at a park, a lodge "2 mi from the beach" and a council meeting in the
"Torrey Pines Room" (its title's rule) are left as they were.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .rules import Rule, RuleHit
from .tokens import as_text, content_words, words
from .venues import reads_as_names

PLACE_TAG = "place-outing"
MAX_PLACE_WORDS = 5
PLACE_RULE = Rule(PLACE_TAG, "outdoors_nature", "hiking", "any", ())
# Hiking words, as words() reads them ("hikes" → "hike", "hikers" → "hiker"), and a two-word phrase.
HIKING_WORDS = frozenset(words("hike hikes hiking hikers trailhead trailheads"))
HIKING_PAIRS = (tuple(words("elevation gain")),)
# The words places are named with that the model's event words hold too ("Mission Trails", "Palomar Mountain").
PLACE_WORDS = frozenset(
    words(
        "park parks creek mountain mountains trail trails peak peaks lake lakes beach falls point preserve farm canyon "
        "ridge river island forest woods hill hills valley bay cove mesa pines pine reserve gardens garden meadow "
        "meadows springs spring rock rocks dunes marsh wetlands overlook summit loop"
    )
)
DISTANCE_UNITS = frozenset(words("mi mile miles km kilometre kilometres kilometer kilometers"))
MEETING_WORDS = frozenset(words("meet meeting carpool"))
# A ride, a run or a race over a distance is a sport, not a hike.
SPORT_WORDS = frozenset(
    words("ride rides riding bike bikes biking cycling cyclists run runs running runners race racing marathon swim")
)


def titled_by_a_place(title: str, event_words: frozenset[str] | None) -> bool:
    """Whether a title reads as a place's name: one to five capitalized words (a "/" between two names is one), none
    of them a kind of event (`event_words`, the model's; None: no place can be told) but a place's word."""
    if event_words is None:
        return False
    text = title.replace("/", " / ")
    content = content_words(words(text))
    return (
        bool(content)
        and len(content) <= MAX_PLACE_WORDS
        and reads_as_names(text.replace(" / ", " - "))
        and all(word in PLACE_WORDS or word not in event_words for word in content)
    )


def _has_pair(found: list[str], pair: tuple[str, ...]) -> bool:
    return any(tuple(found[start : start + len(pair)]) == pair for start in range(len(found)))


def _names_a_distance(found: list[str]) -> bool:
    """Whether words() of a text hold a distance: a number before a unit ("5 mi", "4-5 miles") or both in one ("5mi")."""
    for index, word in enumerate(found):
        if word in DISTANCE_UNITS and index and found[index - 1].isdigit():
            return True
        for unit in ("mi", "km"):
            if word.endswith(unit) and word[: -len(unit)].isdigit():
                return True
    return False


def names_a_hike(description: str, organizer: str) -> bool:
    """Whether the description or the organizer's name holds hiking words, or the description a distance beside a
    meeting point; never where a ride, a run or a race is named."""
    text, name = words(description), words(organizer)
    if not SPORT_WORDS.isdisjoint(text) or not SPORT_WORDS.isdisjoint(name):
        return False
    if not HIKING_WORDS.isdisjoint(text) or not HIKING_WORDS.isdisjoint(name):
        return True
    if any(_has_pair(text, pair) for pair in HIKING_PAIRS):
        return True
    return _names_a_distance(text) and not MEETING_WORDS.isdisjoint(text)


def place_hits(
    hits: Sequence[RuleHit], record: Mapping[str, Any], organizer: str, event_words: frozenset[str] | None
) -> list[RuleHit]:
    """A hike's hit (as a description's) for an outing titled by its place with hiking evidence; none elsewhere."""
    title = as_text(record.get("title"))
    if any(hit.in_title for hit in hits) or not titled_by_a_place(title, event_words):
        return []
    if not names_a_hike(as_text(record.get("description")), organizer):
        return []
    return [RuleHit(PLACE_RULE, in_title=False)]
