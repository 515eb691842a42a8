"""A council's or a legislature's roll-call votes are no events, though each has a date and a name (batch 74, APIs).

The Open Civic Data API's votes (``{"results": [{"bill": {"name": "Docket #0156"}, "date": "2013-01-16",
"organization": "Boston City Council", "motion": "Councilor Murphy offered the following: …", "passed": false,
"vote_counts": [{"count": 4, "vote_type": "yes"}, {"count": 9, "vote_type": "no"}, …]}]}``) were read as six events
titled by their dockets. A vote is a decision recorded, not something anyone attends: the meeting it was taken at
is the event, and a list of meetings says so with its own records.

A record is a vote when it carries a tally: numbers for both sides of a question, either under keys that name the
sides ("yeas": 8, "nays": 5; "yes_count", "no_count") or as a short list of counts each naming its side
(``[{"count": 4, "vote_type": "yes"}, {"count": 9, "vote_type": "no"}]``, Open States' ``"counts": [{"option":
"yes", "value": 12}]``). Both a yes and a no must be there, each with a count (a whole number, not a flag). A list
is one of votes when nearly all its items are; only an item's own keys and the lists right under them are read.

A key names a side only where it says nothing else than the side and a count (TALLY_WORDS: "yeas", "yes_count",
"no_votes"), and a list of counts is a tally only under a key that names votes or counts ("vote_counts", "counts"):
review48 found a meetup's events with "rsvp_yes"/"rsvp_no" tallies, an event's "ticket_no" beside an
"attendees_yes" count, and events carrying a "poll" of yes/no counts refused whole.

Not: an event with a poll's "votes" count (one number, no sides), a ballot's options with no counts, a meeting
record whose votes are nested further down (its items are read as meetings), answers "yes"/"no" as flags
(``"rsvp": "yes"``).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._json_news import nearly_all
from sources.adapters._json_shapes import words

__all__ = ["vote_items"]

YES_WORDS = frozenset({"yes", "yea", "yeas", "aye", "ayes"})
NO_WORDS = frozenset({"no", "nay", "nays", "noes"})
# The other words of a key that names a side's count ("yes_count", "total_yeas", "no_votes"), and of a list's key
# that holds a tally ("vote_counts", "counts", "tally").
TALLY_WORDS = frozenset({"count", "counts", "total", "totals", "vote", "votes", "tally", "num", "number"})
LIST_WORDS = frozenset({"vote", "votes", "voting", "count", "counts", "tally", "tallies", "rollcall", "roll"})
# The words that make a tally a vote's by themselves ("yeas", "no_votes", "vote_counts"); "yes_count" or a list of
# "counts" alone is also an event's tally of answers (an RSVP's), a vote's only beside what was decided (review50).
VOTE_WORDS = frozenset(
    {"yea", "yeas", "aye", "ayes", "nay", "nays", "noes", "vote", "votes", "voting", "rollcall", "option"}
)  # "option": Open States' {"option": "yes", "value": 12}; an RSVP's entry says "response"
# A record's key that names what was decided: its motion, bill, question, result ("motion_text", "passed").
DECISION_WORDS = frozenset({"motion", "bill", "bills", "passed", "measure", "resolution", "amendment",
                            "legislation", "ordinance", "docket", "legislator", "legislators", "adopted",
                            "carried"})  # fmt: skip
# Keys that name what was decided only by what they hold (review52): a vote's "result": "pass", "question": "On
# Passage", "chamber": "upper", but a match's "result": "W 3-1", a poll's "question": "Can you bring a dish?", a
# concert's "chamber": "Chamber Music Society" beside an RSVP's "yes_count"/"no_count" are no decision's.
HELD_DECISION_WORDS = frozenset({"question", "result", "outcome", "decision", "chamber"})
OUTCOME_WORDS = frozenset({"pass", "passed", "fail", "failed", "adopted", "carried", "agreed", "agreeing", "rejected",
                           "defeated", "approved", "passage", "cloture", "motion", "bill", "amendment", "resolution",
                           "nomination", "veto", "concur", "suspend", "upper", "lower", "house", "senate",
                           "assembly", "legislature", "council"})  # fmt: skip
MAX_OUTCOME = 120  # a held decision's text read (a question's or a result's words)
# Not a vote's, whatever words it holds (review53): a question put to the reader ("Can you bring a dish to pass?",
# "Will you help at the school assembly?"; a ballot's "Shall the city adopt …?" is a vote's) or a match's result, its
# side's letter or word and a score ("W 3-1 (House League)", "Lost 1-2, upper bracket"); a vote's "Passed 7-2" or
# "Approved 5-0" still decides.
POLL_WORDS = frozenset({"you", "your", "you're", "youre"})
MATCH_RESULT = re.compile(
    r"\(?(?:w|l|d|t|won|lost|drew|drawn|win|loss|draw|tie|tied)\b[\s:,(]{0,3}\d{1,3}\s?[-–:]\s?\d{1,3}\b", re.I
)
MAX_KEYS = 60  # keys of an item looked at
MAX_OPTIONS = 12  # a tally's entries: yes, no, abstain, absent, excused, not voting, other...
MAX_ENTRY_KEYS = 8  # keys of one tally entry
MAX_SIDE = 16  # a side's name longer than this is text, not an option


def vote_items(items: list[Any]) -> bool:
    """Whether the list's items are roll-call votes (see the module)."""
    return nearly_all(items, _tallied)


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _tallied(record: Mapping[Any, Any]) -> bool:
    sides: set[str] = set()
    voted = decided = False
    for key, value in itertools.islice(record.items(), MAX_KEYS):  # not a copy of a hostile item's every key
        said = {word.lower() for word in words(str(key))}
        decided = decided or bool(said & DECISION_WORDS) or (bool(said & HELD_DECISION_WORDS) and _outcome(value))
        if _count(value) and said - YES_WORDS - NO_WORDS <= TALLY_WORDS:
            found, named = _sides(said), said
        elif isinstance(value, list) and 1 < len(value) <= MAX_OPTIONS and said & LIST_WORDS:
            found, named = _listed_sides(value)
            named |= said
        else:
            continue
        sides |= found
        voted = voted or bool(found and named & VOTE_WORDS)
    return sides == {"yes", "no"} and (voted or decided)


def _outcome(value: object) -> bool:
    """Whether a held decision's value says a vote's outcome or question: true/false, "pass", "On Passage", "upper"."""
    if isinstance(value, bool):
        return True
    if isinstance(value, Mapping):
        return True  # a nested record ("result": {"passed": …}, "chamber": {"name": …}): a vote's own part
    if not isinstance(value, str):
        return False
    said = {word.lower() for word in words(value[:MAX_OUTCOME])}
    asked = "?" in value[:MAX_OUTCOME] and not value.lstrip().lower().startswith("shall ")  # a ballot's "Shall …?"
    if asked or said & POLL_WORDS or MATCH_RESULT.match(value.strip()):
        return False
    return not OUTCOME_WORDS.isdisjoint(said)


def _sides(said: set[str]) -> set[str]:
    return ({"yes"} if said & YES_WORDS else set()) | ({"no"} if said & NO_WORDS else set())


def _listed_sides(entries: list[Any]) -> tuple[set[str], set[str]]:
    """The sides a list of counts names: each entry one count and one side's name (``{"count": 4, "vote_type":
    "yes"}``); with the words of the keys that name them ("vote_type", Open States' "option")."""
    sides: set[str] = set()
    named: set[str] = set()
    for entry in entries:
        if not isinstance(entry, Mapping) or len(entry) > MAX_ENTRY_KEYS:
            continue
        if not any(_count(value) for value in entry.values()):
            continue
        for key, value in entry.items():
            side = _sides({value.strip().lower()}) if isinstance(value, str) and len(value) <= MAX_SIDE else set()
            if side:
                sides |= side
                named |= {word.lower() for word in words(str(key))}
    return sides, named
