"""A group's name is who holds the event, for the inference's organizer (``_json_field_scores.organizer_score``).

Meetup's answers, and the APIs of community platforms written like them, name who holds a gathering as the group's
name, not as an organizer: ``"group": {"name": "NOVA Labs", "urlname": …}`` on a single event, ``"group_name"`` or
``"groupName"`` on a flat one. That name is what the categorizer reads as the organizer ("Krakow Ruby Users Group"
says what a "Monthly Meetup" is: ``events.pipeline.categorize.groups``), and an adapter that drops it leaves a
bare title to guess from. Meetup's own lists are read by the Meetup adapter, which passes the name; a single event
(``/:urlname/events/:id``) and an unknown API's list come here.

Not a group's name: a bracket's group ("group": "A", ``"group": {"name": "Group B"}`` in a tournament's fixtures,
"Pool 1"), an age or a price group ("ageGroup": {"name": "Adults"}: the object holding the name is then not the
group alone), a list of audience groups ("groups": [{"name": "Kids"}]); nor, by its values (review27), an age
group, a school year or class, a level or a numbered track ("U12 Boys", "Under 9s", "Year 7", "Class 3B",
"Beginners", "Adults", "Track 2"): a youth league's fixtures, a pool's lessons, a school's evenings, a conference's
sessions say whom or where a session is for, not who holds it.

Pure: no database, no network.
"""

from __future__ import annotations

import re

from sources.adapters._json_shapes import Column

HOLDER = frozenset({"group"})
# A tournament's group or pool, one or two letters or digits after the word ("Group A", "Grupo B", "Pool 1").
BRACKET = re.compile(r"(?:group|grupo|gruppe|groupe|girone|pool|poule)\s?\w{1,2}", re.IGNORECASE)

# ... an audience's group: an age, a school year or class, a level, a numbered track or room (review27).
AUDIENCE = re.compile(
    r"(?:u|under|over|ages?|years?|yr|grade|class|form|p|s)[ -]?\d{1,2}[a-z]?(?:s|\+)?(?:[ -]\w{1,12})?"
    r"|(?:track|stream|room|hall|stage|team|level|squad|cohort)\s?\w{1,2}"
    r"|(?:all[ -]levels?|beginners?|improvers?|intermediates?|advanced|adults?|kids|children|juniors?|seniors?|teens?|"
    r"youth|famil(?:y|ies)|toddlers|babies|women|men|boys|girls|mixed|open)",
    re.IGNORECASE,
)


def group_name(column: Column) -> bool:
    """Whether the column is a group's name ("group.name", "group_name", "groupName") whose values are no
    tournament's brackets."""
    names = column.key_words
    if not ((names == ["name"] and column.holder_words == HOLDER) or names == ["group", "name"]):
        return False
    strings = [text.strip() for text in column.strings()]
    labels = sum(1 for text in strings if BRACKET.fullmatch(text) or AUDIENCE.fullmatch(text))
    return bool(strings) and 2 * labels < len(strings)
