"""The venue as evidence: what a place's name says it hosts ("… Theatre", "… Comedy Club", "… Nature Center").

A venue name is a prior, not a verdict: a concert at a theatre is still music and a board meeting in a library is
still civic. So the prior only moves the model's scores (decide in model.py), never a keyword rule's decision or a
source's own label, and it counts most where the title says nothing the model can read (a bare show or performer
name, the <unknown> path of tokens.make_doc). Such a guess stays below the low-confidence bar.

Each kind has a strength: "strong" for places that host one kind of event almost always (a comedy club, a nature
centre, a council chamber), "weak" for places that host several (a library has talks and storytimes, a hotel
conferences and galas), "stage" for places whose listings that are only a name are the act on the bill (a name at an
arena, a park, a brewery or a church is a band or a singer; a game, a tasting or a service says what it is): there a
title the model can read takes the place's own kind as a weak prior, and a bare name takes STAGE_CATEGORY. Phrases are matched on words() of the venue name; the
longest match wins ("Children's Museum" over "Museum", "Opera House" over "House"), then the last one in the name,
which is an English name's head noun ("Lincoln Park Zoo" is a zoo, "Field Museum" a museum).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping
from typing import Any, Literal

from .config import FIRST_NAMES_PATH
from .tokens import as_text, words

Strength = Literal["strong", "weak", "stage"]
# The category a bare name (a title the model cannot read) takes at a "stage": the act on the bill.
STAGE_CATEGORY = "music"


@dataclasses.dataclass(frozen=True, slots=True)
class VenuePrior:
    category: str
    subcategory: str | None
    strength: Strength
    phrase: str  # the words of the venue name that matched, for tests and explanations


_VENUE_TABLE: tuple[tuple[str, Strength, tuple[str, ...]], ...] = (
    # ("category/subcategory", strength, phrases)
    ("arts_culture/theatre", "strong", ("theatre", "theater", "playhouse", "opera house", "performing arts center",
                                        "performing arts centre", "center for the performing arts",
                                        "centre for the performing arts", "shakespeare theater", "repertory",
                                        "children's theatre", "children's theater", "dinner theater",
                                        "dinner theatre", "black box", "cabaret")),
    ("arts_culture/film", "strong", ("cinema", "cinemas", "movie theater", "movie theatre", "film center",
                                     "film centre", "picture house", "drive-in")),
    ("arts_culture/exhibitions", "strong", ("museum", "gallery", "art center", "art centre", "arts center",
                                            "arts centre", "art museum", "sculpture park", "kunsthalle")),
    ("arts_culture/dance", "strong", ("dance center", "dance centre", "dance studio", "ballet")),
    ("comedy/stand-up", "strong", ("comedy club", "comedy", "comedy theater", "comedy theatre", "improv",
                                   "laugh", "laughs", "funny bone")),
    ("music", "strong", ("concert hall", "music hall", "jazz club", "symphony hall", "symphony center",
                         "orchestra hall", "recital hall", "philharmonic", "bandshell", "band shell", "blues",
                         "jazz", "ballroom", "amphitheater", "amphitheatre", "music venue", "music center",
                         "music centre", "roadhouse", "music shell", "bandstand", "soundstage")),
    # "… Live" names a stage for bands ("Rams Head Live", "Sony Hall Live"): weak, since clubs and theatres use it too.
    ("music", "weak", ("live", "live music")),
    # A hall ("Thalia Hall", "Memorial Hall") hosts concerts, shows, meetings and weddings; the hall of a city, a town
    # or a union, a lecture or an exhibition hall is a longer match with its own kind. A bare name there is an act.
    ("music", "weak", ("hall",)),
    ("nightlife", "weak", ("night club", "nightclub", "lounge", "cocktail bar", "discotheque", "disco", "dance club")),
    ("food_drink", "stage", ("brewery", "brewing", "brewing company", "taproom", "tap room", "brewpub", "winery",
                            "vineyard", "vineyards", "distillery", "cidery", "meadery", "restaurant", "bistro",
                            "food hall")),
    ("sports_fitness/spectator-sports", "stage", ("stadium", "ballpark", "arena", "field")),
    ("sports_fitness/spectator-sports", "weak", ("speedway", "raceway", "velodrome", "ice rink", "ice arena",
                                                 "racecourse", "sports complex", "golf course", "golf club",
                                                 "country club")),
    ("sports_fitness/fitness-classes", "strong", ("gym", "fitness center", "fitness centre", "fitness studio",
                                                  "climbing gym", "crossfit")),
    ("health_wellness/yoga", "strong", ("yoga studio", "yoga center", "yoga centre", "yoga")),
    ("health_wellness", "weak", ("wellness center", "wellness centre", "meditation center", "meditation centre")),
    ("outdoors_nature/parks-gardens", "strong", ("nature center", "nature centre", "nature preserve",
                                                 "forest preserve", "preserve", "nature reserve", "arboretum",
                                                 "botanic garden", "botanical garden", "botanic gardens",
                                                 "botanical gardens", "conservatory", "state park", "national park",
                                                 "county park", "regional park", "trailhead", "trail",
                                                 "wildlife refuge", "wildlife sanctuary", "nature park", "woods",
                                                 "wetlands", "marsh", "prairie", "conservation area", "dunes")),
    ("outdoors_nature/parks-gardens", "stage", ("park", "garden", "gardens", "beach")),
    ("family_kids/kids-activities", "strong", ("children's museum", "kids museum", "discovery center",
                                               "science center", "science centre", "play space", "playground")),
    ("family_kids/kids-activities", "weak", ("zoo", "aquarium")),
    ("education", "weak", ("library", "public library", "university", "college", "school", "academy", "institute",
                           "lecture hall", "learning center", "learning centre")),
    ("community_civic/government-boards", "strong", ("city hall", "town hall", "village hall", "council chamber",
                                                     "council chambers", "county building", "municipal building",
                                                     "municipal center", "government center", "civic center",
                                                     "courthouse", "county courthouse", "administration building",
                                                     "board room", "boardroom", "statehouse", "capitol")),
    ("community_civic", "weak", ("community center", "community centre", "community hall", "recreation center",
                                 "senior center", "neighborhood house", "union hall")),
    ("community_civic/faith", "stage", ("church", "cathedral", "chapel", "synagogue", "mosque", "temple",
                                       "parish", "basilica", "meeting house")),
    ("tech_business/conferences", "weak", ("convention center", "convention centre", "conference center",
                                           "conference centre", "expo center", "exhibition center",
                                           "exhibition hall", "convention hall", "expo hall", "coworking",
                                           "co-working", "innovation center", "incubator", "hotel",
                                           "executive center", "training center", "training centre")),
)  # fmt: skip


def _entry(target: str, strength: Strength, phrase: str) -> tuple[tuple[str, ...], VenuePrior]:
    category, _, subcategory = target.partition("/")
    return tuple(words(phrase)), VenuePrior(category, subcategory or None, strength, phrase)


VENUE_KINDS: dict[tuple[str, ...], VenuePrior] = dict(
    _entry(target, strength, phrase) for target, strength, phrases in _VENUE_TABLE for phrase in phrases
)
_LONGEST = max(len(key) for key in VENUE_KINDS)


def venue_prior(record: Mapping[str, Any]) -> VenuePrior | None:
    """What the record's venue_name says the place hosts, or None (no venue, or a name that says nothing)."""
    name = words(as_text(record.get("venue_name")))
    best: tuple[int, int] | None = None  # (length, end) of the best match so far
    found: VenuePrior | None = None
    for start in range(len(name)):
        for length in range(min(_LONGEST, len(name) - start), 0, -1):
            prior = VENUE_KINDS.get(tuple(name[start : start + length]))
            if prior is not None:
                key = (length, start + length)
                if best is None or key >= best:
                    best, found = key, prior
                break  # the longest match starting here; shorter ones inside it are the same place
    return found


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*\.?|[A-Z]\.")


@functools.cache
def first_names() -> frozenset[str]:
    lines = FIRST_NAMES_PATH.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def reads_as_person(title: str) -> bool:
    """Whether a title is only a person's name: two or three capitalized words, the first a common first name ("Diana
    Ross", "Carly Rae Jepsen"). At a theatre such a listing is a touring singer or comedian, not a play: plays are named
    otherwise ("Frozen", "The Winter's Tale", "Rock of Ages"), so the theatre's prior is not applied to it."""
    parts = title.split()
    return 2 <= len(parts) <= 3 and all(_NAME_WORD.fullmatch(part) for part in parts) and parts[0] in first_names()
