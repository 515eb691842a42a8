"""A bill of acts: a headliner and its support act ("Black Marble with Public Circuit", "A w/ B", "X feat. Y") or a
run of acts' names set off by commas ("Drug Church, White Reaper, S.P.Y, Public Opinion"). Helper cats30, from the
training-side candidate rows' misses (a rock club's and a live-music calendar's listings read as tech, civic or food
by the everyday words inside the bands' names: "Public", "Safety", "Crown", "Grave").

Who plays on such a bill is a musician or a comedian. A listing with no description that is a bill is read as a name
(model._read_names: the model's prior for names, not its bands' words), and the choice is narrowed to those two kinds
as a performer's named tour narrows it (touring.py). A keyword rule that decides another kind from the title keeps
the title its own ("Yoga with Ada", "Story Time with Ms. Lee"): the narrowing is skipped (model.Categorizer.decide).

Not a bill: an activity with its host ("Cookies with Santa", "Coffee with a Cop", "An Evening with …": a headliner of
one word the model knows), a title with lower-case words other than a name's small words ("Brunch with friends"), a
heading's run of its subjects or a film's billing after a colon ("Ada Lee: Compilers, Grammars, and Parsers",
"Dune: Part Two, The IMAX Experience, Rated PG-13"), a list of two (a place and its town: "Riverside Park, Springfield"),
a list closed by "and" ("Arts, Crafts, and Games"), a part of more than MAX_ACT_WORDS words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .config import CATEGORIES
from .groups import names_an_occasion
from .rules import FORMAT_WORDS, Rule, RuleHit
from .rules_musicians import STAGE_WORDS
from .tokens import WordCheck, content_words, words
from .venues import BILLING_MARKS, bill_headliner, names_a_bill, reads_as_names

# A comma list of acts names this many at least ("A, B, C"); two names and a comma are often a place and its town.
MIN_LISTED_ACTS = 3
MAX_ACT_WORDS = 4
# A reading of another kind this sure keeps the title its own ("Harlem Globetrotters: Spread Game Tour" read as sport
# at 0.81, "Disney on Ice: Road Trip Adventures Tour" as outdoors at 0.90); the bills the candidate rows miss are read
# at most 0.64 ("Faouzia - The Film Noir Tour" as arts).
OTHER_KIND_SURE = 0.7


def listed_acts(title: str) -> bool:
    """Whether `title` is a comma list of at least MIN_LISTED_ACTS names, none longer than MAX_ACT_WORDS words."""
    # A heading's run of its subjects or a film's billing after a colon is no bill; nor is a list closed by "and".
    if ":" in title:
        return False
    parts = [part.strip() for part in title.split(",")]
    if len(parts) < MIN_LISTED_ACTS or not all(parts) or parts[-1].lower().startswith(("and ", "& ")):
        return False
    return all(len(part.split()) <= MAX_ACT_WORDS and reads_as_names(part) for part in parts)


# What a guest is met for, when it heads "… with <guest>": a hosted activity, not an act ("Meet and Greet with Santa"
# read as music, "Q&A with the Director" as comedy: found after cats30, on titles of our own).
HOSTED_ACTIVITIES = frozenset(
    words("greet signing signings photos pictures chat conversation interview breakfast brunch lunch dinner supper tea")
)


def names_an_activity(name: str, event_words: frozenset[str]) -> bool:
    """Whether a name's last word names a kind of event (the training titles' event words) or a hosted activity:
    the head of an activity's or a place's name ("Knitting Circle", "Chess Club", "Open Mic", "Riverside Park",
    "Meet and Greet", "Q&A"), not an act's ("Black Marble", "Crown Magnetar")."""
    found = words(name)
    if found[-2:] == ["q", "a"]:  # "Q&A", "Q & A"
        return True
    content = content_words(found)
    return bool(content) and (content[-1] in event_words or content[-1] in HOSTED_ACTIVITIES)


def acts_billed(title: str, known: WordCheck, event_words: frozenset[str]) -> bool:
    """Whether `title` is a bill of acts: a support act's bill or a comma list of names, whose headliner is not one
    word the model knows (an activity with its host: "Cookies with Santa") and none of whose names (the headliner's,
    or every listed one's) ends in a word naming a kind of event ("Chess Club with Coach Lee")."""
    listed = listed_acts(title)
    if not (listed or names_a_bill(title)):
        return False
    headliner = title.split(",")[0] if listed else bill_headliner(title)
    head = content_words(words(headliner))
    if len(headliner.split()) > MAX_ACT_WORDS or (len(head) == 1 and known(head[0], title)):
        return False
    # A headliner with a billing mark is a series' or a group's session with its guest ("Quorvane.js Meetup - Learn
    # with Telliph"), not an act's name.
    if any(mark.strip() in headliner.split() for mark in BILLING_MARKS) or ":" in headliner:
        return False
    names = title.split(",") if listed else [headliner]
    return not any(names_an_activity(name, event_words) for name in names)


def other_kind_sure(scores: Mapping[str, float], kinds: Sequence[str]) -> bool:
    """Whether the model reads the title as a category outside `kinds` with at least OTHER_KIND_SURE."""
    for name in CATEGORIES:  # (a loop, not any() over a generator: this runs for every record)
        if scores.get(name, 0.0) >= OTHER_KIND_SURE and name not in kinds:
            return True
    return False


# The last word of a band's name ("Greene and Bleus Band", "The Jim Jones Trio"): of the training side's titles that
# end so, 30 are music and two an activity with its "Live Band" (a dance social, a karaoke night).
ACT_NAME_ENDS = frozenset(("band", "trio", "quartet", "quintet", "sextet", "septet", "octet"))
ACT_NAME_TAG = "act-name"
ACT_NAME_RULE = Rule(ACT_NAME_TAG, "music", "concerts", "any", ())


def act_name_hits(title: str) -> list[RuleHit]:
    """A music hit, as a description's (the title's own rules outvote it), where the title is only names and ends in a
    band's word ("Greene and Bleus Band"). Not a live band beside an activity ("Metal Karaoke — Live Band"), a stage
    show's band (STAGE_WORDS: "Musical Theatre Band"), nor a class or an occasion ("Band Workshop", "Band Camp")."""
    found = words(title)
    if len(found) < 2 or found[-1] not in ACT_NAME_ENDS or found[-2] == "live" or not reads_as_names(title):
        return []
    if STAGE_WORDS.intersection(found) or names_an_occasion(title) or FORMAT_WORDS.intersection(found):
        return []
    return [RuleHit(ACT_NAME_RULE, in_title=False)]


# A tribute band's or a tribute show's night ("You Can Call Me Paul (A Paul Simon Tribute)", "An Evening with the Rush
# Tribute Project", read as theatre): of the training side's titles with "tribute", 11 of 13 are music.
TRIBUTE_WORDS = frozenset(("tribute", "tributes"))
# Not a comic's or a DJ's tribute night (the other two: "Comedy For Good: Tribute to Norm Macdonald", a DJ's "Tribute
# Night" names no DJ in its title and stays music), nor a tribute held for people: a dinner, a ceremony, veterans.
NOT_MUSIC_TRIBUTE = frozenset(
    words(
        "comedy comedian comedians comic comics standup improv dj djs dinner luncheon lunch gala breakfast "
        "ceremony veterans veteran memorial award awards honoring honouring fallen heroes service"
    )
)
TRIBUTE_TAG = "tribute"
TRIBUTE_RULE = Rule(TRIBUTE_TAG, "music", "concerts", "title", ())


def tribute_hits(title: str) -> list[RuleHit]:
    """A music hit in the title where it names a tribute and no comic's, DJ's or people's occasion."""
    found = set(words(title))
    if not found & TRIBUTE_WORDS or found & NOT_MUSIC_TRIBUTE:
        return []
    return [RuleHit(TRIBUTE_RULE, in_title=True)]
