"""Keyword rules for programmes a listing names as families' or children's own (rules_tables.py gathers the table;
helper cats36, issue #13).

Councils, libraries, museums and parks name a programme for families by putting "Family" before the activity:
"Family Concert", "Family Movie Night", "Family Nature Walk", "Family Yoga", "Family Tour", "Family Game Night". The
model reads "Family …" as family_kids, but an activity's own rule decided first ("concert" music, "movie night" film,
"nature walk" and "hike" outdoors, "yoga" health, "game night" a bar's trivia), so the family's programme went to the
activity: the audience beats the activity (the training corpus labels "Family Movie Night Under the Stars", "Family
Music Festival", "Family Sports Day" family_kids, and so do the held-out parts' tables). These phrases are the
programme's whole name and longer than the activity's, so the longest match wins and they decide from the title.

Left out: "family" before a word that is no activity or names something else: "Family History Workshop" (genealogy),
"Family Law", "Family Caregiver Support Group", "Family Medicine", "Family Business Forum", "Family Promise Gala",
"Family Feud", "Family Dinner", "Family Reunion", "The Addams Family Musical" ("family musical" is not listed),
"Sly and the Family Stone"; "Family Day" alone (Canada's and Australia's public holiday in a holiday feed);
"family-friendly" (a hint already: a brewery's or a festival's family-friendly afternoon is still theirs).

And the events only children's calendars hold, named by what is done: an egg hunt, a touch-a-truck, a trunk-or-treat,
breakfast or photos with Santa, a StoryWalk (a picture book's pages along a path), a playgroup, stay-and-play or messy
play, a parent-and-toddler class, a homeschool day. Not "story walk" in two words (the training corpus's are literary
walking tours, arts_culture), nor "Santa" alone (a Santa Run, a SantaCon pub crawl), nor "home school" (a parish's
Home School Association meets as parents), nor "homeschool" alone (a homeschool co-op's board meeting). "Tween" joins
"teen" as an audience word: it puts family_kids in the running and the model settles ("Tween Book Club").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# Activities a "Family …" programme is named by (each phrase is "family " + one of these).
FAMILY_ACTIVITIES = (
    "concert", "concerts", "concert series", "music", "music time", "movie", "movies", "movie night",
    "movie nights", "film", "films", "film club", "film series", "cinema", "matinee", "theatre", "theater",
    "show", "shows", "puppet show", "yoga", "hike", "hikes", "walk", "walks", "nature walk", "nature walks",
    "bike ride", "ride", "skate", "skating", "swim", "swimming", "fishing", "camping", "campout", "camp out",
    "bingo", "game night", "games night", "tour", "tours", "workshop", "workshops", "craft", "crafts",
    "art", "art workshop", "science", "science night", "dance", "disco", "ceilidh", "fun", "picnic", "trail",
    "drop-in", "sunday", "sundays", "saturday", "saturdays", "program", "programme", "programs", "programmes",
    "activities", "activity", "night", "coding",
)  # fmt: skip

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
FAMILY_EVENT_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("kids", "family_kids", "title", tuple(f"family {activity}" for activity in FAMILY_ACTIVITIES)),
    ("kids", "family_kids/kids-activities", "title", ("egg hunt", "egg hunts", "touch a truck", "touch-a-truck",
                                                      "trunk or treat", "trunk-or-treat", "breakfast with santa",
                                                      "photos with santa", "pictures with santa",
                                                      "visit with santa", "storywalk", "playgroup",
                                                      "stay and play", "stay & play", "messy play",
                                                      "sensory play", "mommy and me", "baby and me",
                                                      "parent and tot", "parent and toddler", "homeschool day",
                                                      "homeschool days", "homeschool program",
                                                      "homeschool programme", "homeschool class",
                                                      "homeschool classes", "homeschool hangout",
                                                      "homeschool club", "baby ballet", "baby sensory")),
    ("teens", "family_kids/teens", "audience", ("tween", "tweens")),
)  # fmt: skip
