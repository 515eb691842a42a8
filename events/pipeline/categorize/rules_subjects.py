"""The subjects groups meet over: what a "… Meetup" is when its title or its group's name says (rules.py reads them).

"Meetup" is a group's word for its gatherings, whatever the group is about: a knitting circle, a running club, a
parents' playgroup, a language exchange. The shipped model learned the word from developers' groups and reads every
"… Meetup" as tech_business; the group's subject says what the gathering is, as our taxonomy files that activity.

These phrases have mode "group": they decide only beside a group's word for its gatherings in the same text
(groups.GROUP_WORDS: "Knitting Meetup", an organizer "Quorvane Valley Runners Meetup"); anywhere else they are
dropped, so "Dog Owners", "Photography" or a school's "Parents' Evening" are read as before. The kinds each subject is filed
under follow the training corpus's labels (a knitting or sewing session is education/workshops, a board game night
nightlife/trivia-games, a language class education/classes). Words that are also a developers' verb or tool are left
out or taken only in a phrase: "running" (a talk's "Running Kubernetes …") only as "running club" or "running meetup",
"beer" and "coffee" (a tech meetup's refreshments) only as "craft beer"; "singles" only as "singles night" and its kin
("single" is a single-page app's too). A subject with a rule of its own elsewhere (yoga, hiking, book club,
meditation) decides through that rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# (tag, "category/subcategory" or "category", mode, phrases), as rules._RULE_TABLE.
SUBJECT_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("parents", "family_kids/kids-activities", "group", ("mom", "moms", "mum", "mums", "mommy", "mommies", "mama",
                                                         "mamas", "mother", "dad", "dads", "father", "parent",
                                                         "parents", "new parents", "parenting", "playdate",
                                                         "play date", "playgroup", "stroller", "homeschool",
                                                         "homeschooling")),
    ("singles", "nightlife/bars", "group", ("singles meetup", "singles meet up", "singles night", "singles mixer",
                                            "singles social", "for singles", "speed dating", "dating")),
    ("dogs", "outdoors_nature/parks-gardens", "group", ("dog", "dogs", "dog owners", "dog lovers", "dog walkers",
                                                        "puppy", "puppies", "pup", "pups")),
    ("gardening", "outdoors_nature/parks-gardens", "group", ("gardening", "gardener", "gardeners", "community garden")),
    ("hiking", "outdoors_nature/hiking", "group", ("hiker", "hikers", "walkers", "walking group", "ramblers",
                                                   "backpacker", "backpackers", "backpacking")),
    ("photography", "arts_culture", "group", ("photography", "photographer", "photographers", "photo", "photos",
                                              "photo walk", "photowalk", "sketching", "sketchers", "drawing",
                                              "painting", "painters", "artists")),
    ("film", "arts_culture/film", "group", ("film", "films", "movie", "movies", "cinema", "cinephiles",
                                            "film buffs")),
    ("dance", "arts_culture/dance", "group", ("dance", "dancing", "dancers", "swing dance", "salsa dancing",
                                              "ballroom")),
    ("books", "arts_culture/literature", "group", ("writer", "writers", "writing group", "poetry", "poets",
                                                   "book lovers", "bookworms", "readers", "reading club")),
    ("music", "music", "group", ("musicians", "ukulele", "singers", "songwriters", "choir", "drum circle")),
    ("games", "nightlife/trivia-games", "group", ("board game", "board games", "boardgame", "boardgames",
                                                  "boardgamers", "tabletop", "game night", "games night", "chess",
                                                  "mahjong", "scrabble", "dungeons and dragons", "d&d",
                                                  "card games", "trivia")),
    ("crafts", "education/workshops", "group", ("knit", "knitting", "knitters", "crochet", "sewing", "quilting",
                                                "quilters", "embroidery", "stitch", "stitching", "craft",
                                                "crafts", "crafting", "crafters", "craft night", "crafternoon")),
    ("language-exchange", "education/classes", "group", ("language exchange", "language learners",
                                                         "language learning", "language practice",
                                                         "conversation club", "conversation practice",
                                                         "conversation group", "polyglot", "polyglots")),
    ("running", "sports_fitness/running", "group", ("runner", "runners", "run club", "running club",
                                                    "running group", "running meetup", "joggers", "jogging",
                                                    "trail running", "social run", "group run")),
    ("cycling", "sports_fitness/cycling", "group", ("cyclist", "cyclists", "cycling", "bike", "bikes", "bike ride",
                                                    "group ride", "social ride", "bicycle")),
    ("team-sports", "sports_fitness/team-sports", "group", ("soccer", "pickup soccer", "volleyball", "basketball",
                                                            "pickleball", "ultimate frisbee", "kickball",
                                                            "softball")),
    ("tasting", "food_drink/tastings", "group", ("wine", "wine lovers", "wine club", "craft beer", "beer lovers",
                                                 "whisky", "whiskey", "homebrewers", "homebrewing",
                                                 "foodie", "foodies", "food lovers")),
    ("support", "health_wellness/mental-health", "group", ("grief", "bereavement", "anxiety", "depression",
                                                           "sober", "sobriety")),
    ("volunteering", "community_civic/volunteering", "group", ("volunteer", "volunteers")),
    ("faith", "community_civic/faith", "group", ("prayer", "bible", "christian", "christians")),
    # Developers' subjects that hold a word above: the longer phrase hides it and names a tech meetup (mode "field").
    ("tech", "tech_business/meetups", "field", ("technical writers", "technical writing", "tech writers",
                                                "screen reader", "screen readers")),
)  # fmt: skip
