"""Keyword rules for pastimes a recreation catalogue, a ticket exchange or a club's listing names by the thing itself
(rules.py adds the table to its own): a sport as the title's subject or a fixture's last word, a pool's sessions, a
toy-brick club, a DJ named by the music they spin.

Helper cats33 measured test27 (Eventful's Portland listings, a ticket exchange's page, a city guide's tags) cold at
28/55 and read its misses with listings of its own: a parks department's catalogue titles a course "Baseball - You &
Me", "Swim Lessons - Pre - Goldfish" and the model read tech and nature; a college fixture titled "UMBC Retrievers at
Towson Tigers Baseball" read as music (a bare name at a park or a stadium is a band); "Lego Club (Tuesdays)" read as
sports; "Ben Nicky", described as "a British trance DJ", read as music or tech.

- A team sport's name where it ends the title's name ("… Tigers Baseball", "Baseball - You & Me", "Soccer: Jump
  Start", "Volleyball Session"): rules.py's "head" mode, so the sport must end a name (the title ends, punctuation
  follows, or a word such as "session" or "meeting"). Not: "Baseball Card Show", "Basketball Watch Party",
  "Soccer Mom Comedy Night", "Softball Fundraiser Dinner" (a word that is no follower comes after the sport), nor a
  sport a description names in passing.
- A pool's sessions, from the title: "swim lessons", "swimming lessons", "learn to swim", "lap swim", "open swim";
  "swim team" only where it ends the title's name (review48: "Swim Team Pancake Breakfast" is the team's
  fundraiser). Left out: "swim" alone (a "Sink or Swim" business talk, a lake's "Polar Bear Swim" charity dip is
  the model's), "swimming" alone (a nature walk past a swimming hole).
- A toy-brick club for children: "lego club", "lego build", "lego building", "lego challenge", "lego league",
  "lego robotics", "brick club", "duplo" from the title (audience beats activity: a robotics league of children is
  family_kids), unless the title names adults ("LEGO Club for Adults": rules_pastime_checks.py, review48). Left
  out: "lego" alone ("LEGO Serious Play", a facilitation method sold to businesses; an adult fans' "Lego
  Convention"), "bricks" alone (a builders' merchant).
- A DJ named by the music: "trance dj", "techno dj", "edm dj", "dubstep dj", "drum and bass dj", "nightclub
  presents" from the title or the description (a club night, as rules.py's "dj set" from the title; the corpus files
  a DJ's night as nightlife); "resident dj", "house dj" from the title only (review48: a brunch's, a bingo's or a
  prom's "music by our in-house DJ" is no club night). Left out: "dj" alone (a radio DJ's talk, a wedding DJ's
  fair), "nightclub" alone (a history talk on a city's nightclubs; the venue table reads a nightclub's name).
- A sport the title names as a subject ("The History of Baseball", "Author Talk: Baseball") decides nothing:
  rules_pastime_checks.py (review48).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
PASTIME_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("game", "sports_fitness/team-sports", "head", ("baseball", "softball", "basketball", "volleyball", "soccer",
                                                    "lacrosse", "water polo", "t-ball", "tee ball", "pickleball")),
    ("swimming", "sports_fitness/fitness-classes", "title", ("swim lessons", "swim lesson", "swimming lessons",
                                                             "swimming lesson", "learn to swim", "lap swim",
                                                             "open swim")),
    # A team's name: only where it ends the title's name ("Swim Team Tryouts" is the model's, "Swim Team Pancake
    # Breakfast" the team's fundraiser: review48).
    ("swimming", "sports_fitness/fitness-classes", "head", ("swim team",)),
    ("kids", "family_kids/kids-activities", "title", ("lego club", "lego build", "lego building", "lego challenge",
                                                      "lego league", "lego robotics", "brick club", "duplo")),
    ("dj", "nightlife/clubs-dj", "any", ("trance dj", "techno dj", "edm dj", "dubstep dj", "drum and bass dj",
                                         "nightclub presents")),
    # A venue's own DJ plays beside other things (a brunch, a bingo, a skate night, a prom: "music by our in-house
    # DJ"): the title's words only (review48).
    ("dj", "nightlife/clubs-dj", "title", ("resident dj", "house dj")),
)  # fmt: skip
