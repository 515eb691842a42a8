"""Keyword rules and the spaCy component that marks them (registered as a factory on import)."""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .config import NAMES_A_FORMAT, PARTS_START, RULE_SPANS, RULES_FACTORY, TITLE_BREAKS, TITLE_END, TITLE_FOLDED
from .rules_tables import MODULE_TABLES
from .tokens import fold, raw_words, words

# Keyword rules: phrases strong enough to decide a category alone, and weaker ones that only hint. Every rule
# yields a tag. Overlapping matches keep the longest, so "stand-up paddle" (outdoors) beats "stand-up" (comedy).
#
# Modes:
#   any       decides from the title, or from the description when the title has no deciding rule;
#   title     decides only from the title (in descriptions these phrases are too often a passing mention:
#             "food trucks on site" at a concert);
#   hint      never decides; names the subcategory when the category is settled otherwise ("open mic" is music
#             or comedy, "fundraiser" can be a comedy night);
#   audience  "kids", "teen", "toddler" in a title: audience beats activity, so a kids' yoga class is contested
#             between yoga and family_kids and the model settles it (a "Children's Hospital gala" stays charity);
#   head      decides only from the title, and only where the phrase ends a name: at the title's end, before
#             punctuation or before a word that continues a body's name (HEAD_FOLLOWERS). "Finance Committee",
#             "Committee on Housing", "Audit Committee Meeting", "Design Review Committee (DRC)" are the body's
#             meeting; in "Prom Committee Bake Sale" the committee only organizes the event, and the model decides.
#   field     a subject, not a kind of event ("programming", "GraphQL"): decides from the title as "title" does, but
#             only when the title names no teaching format (FORMAT_WORDS): a programming meetup is tech_business,
#             a programming class or workshop is education's to claim, so there the model decides;
#   field_any the same, deciding from the description too when the title has no deciding rule (as "any");
#   field_pair the same, but a description decides only when it names another subject of the same tag too (any
#             subject mode's phrase): one tool's name ("GitHub", "Docker") is a passing mention as often as a subject
#             (a choir's rehearsal tracks on GitHub, a car park on Docker Street); a talks night names several;
#   lead      decides only from the title, and only where the phrase begins it: French "Exposition : …" is an
#             exhibition, English "Home & Garden Exposition" a trade show the model weighs.
#   group     a subject groups meet over ("knitting", "runners"): decides as "title" beside a group's word for its
#             gatherings in the same text ("Knitting Meetup"), else are dropped (groups.py, rules_subjects.py).
#   profession a profession's association ("state bar"): decides as "title" where the title names its members'
#             gathering ("State Bar Annual Meeting"), else is dropped (rules_professions.py).
#
# A phrase that starts with COMPOUND ("-konzert") is a compound's head: it matches any one word that ends with it, the
# word itself included. German (and Dutch) join a noun to its modifiers, and the compound is a kind of its last part
# ("Orgelkonzert", "Sommerkonzert", "Jazzkonzert" are concerts; "Kunstausstellung" an exhibition), so a word list
# would never be complete. The longest head wins: "Vorlesung" (a university lecture) is not a "Lesung" (a reading),
# "Kinderkonzert" (for children) not only a "Konzert". Heads are chosen so that no English word ends with them.

RuleMode = Literal[
    "any", "title", "hint", "audience", "head", "field", "field_any", "field_pair", "lead", "group", "profession",
    "humour",
]  # fmt: skip

# Words that may follow a body's name and leave it the title's subject ("Committee on …", "Board of Directors Meeting").
HEAD_FOLLOWERS = frozenset(
    words("meeting on of for hearing session work workshop regular special agenda minutes retreat")
    # German, French, Spanish, Italian, Dutch: "Ausschuss für Umwelt", "Gemeinderat Sitzung", "Commissie voor …"
    + words("für sitzung öffentliche de du pour del per voor van vergadering")
)
COMPOUND = "-"
MAX_CACHED_WORDS = 200_000  # words whose compound head is remembered; the cache starts over past this
# Title words that name a teaching format: a subject rule (mode "field") stays silent beside them ("Intro to
# Programming", "JavaScript Workshop", "Python Classes for Beginners").
FORMAT_WORDS = frozenset(
    words(
        "workshop workshops class classes course courses lesson lessons tutorial tutorials training seminar "
        "seminars bootcamp intro introduction beginner beginners learn"
    )
)
# A men's or women's team named by its sport, as athletics departments' schedules title fixtures.
TEAM_SPORTS = tuple(
    f"{side} {sport}"
    for side in ("men's", "women's", "mens", "womens")
    for sport in (
        "basketball, football, soccer, golf, tennis, volleyball, baseball, softball, hockey, ice hockey, field hockey, "
        "lacrosse, rugby, swimming, swimming and diving, track and field, cross country, rowing, wrestling, water polo"
    ).split(", ")
)
# Modes that decide from the title (and, for these two, from the description) once the hit is kept.
TITLE_DECIDING = ("any", "title", "head", "field", "field_any", "field_pair", "lead")
DESCRIPTION_DECIDING = ("any", "field_any", "field_pair")
SUBJECT_MODES = ("field", "field_any", "field_pair")


@dataclasses.dataclass(frozen=True, slots=True)
class Rule:
    tag: str
    category: str | None
    subcategory: str | None
    mode: RuleMode
    phrases: tuple[str, ...]


_ENGLISH_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    # (tag, "category/subcategory" or "" for tag-only, mode, phrases)
    ("stand-up", "comedy/stand-up", "any", ("stand-up", "standup", "stand-up comedy", "comedian", "comedy club")),
    # The verb: a campaign's or a volunteer group's "stand up for tenants' rights" is no comedy. The longer phrase hides
    # "stand up" and only hints, so the model decides.
    ("activism", "community_civic/activism", "hint", ("stand up for", "stand up to", "stand up against",
                                                      "stand up and be counted")),
    ("improv", "comedy/improv", "any", ("improv", "improv comedy", "improvised comedy", "sketch comedy")),
    ("stand-up", "comedy/stand-up", "any", ("comedy night", "comedy show", "night of comedy", "evening of comedy")),
    ("comedy-open-mic", "comedy/comedy-open-mic", "any", ("comedy open mic", "open mic comedy", "comedy mic")),
    ("open-mic", "music/open-mic", "hint", ("open mic", "open-mic night")),
    ("open-mic", "comedy/comedy-open-mic", "hint", ("open mic", "open-mic night")),
    ("jam", "music/open-mic", "title", ("open jam", "jam session", "open stage")),
    # A brunch, a cruise or a dinner named for its music is a music event: the meal or the boat is where it happens.
    ("gospel", "music/concerts", "title", ("gospel choir",)),
    ("jazz", "music/jazz-blues", "title", ("jazz brunch", "jazz cruise", "jazz dinner")),
    # The jazz band that plays, named by its kind ("the Lakeside Big Band", "a jazz combo", "the Blue Note Jazz
    # Quartet"): the event is its gig wherever it plays, so the phrase decides from a description when the title names
    # no kind (a street fair's or a food festival's own title still decides). A brass band is left out: a fête's or a
    # feast day's list of attractions names one in passing ("tombola, cake stall and a brass band").
    ("jazz", "music/jazz-blues", "any", ("big band", "jazz combo", "jazz band", "jazz trio", "jazz quartet",
                                         "jazz quintet", "jazz ensemble", "jazz orchestra", "live jazz")),
    ("blues", "music/jazz-blues", "title", ("blues brunch",)),
    ("classical", "music/classical", "any", ("philharmonic", "symphony orchestra", "string quartet", "chamber music",
                                             "organ recital", "piano recital")),
    ("bluegrass", "music/folk-country", "title", ("bluegrass",)),
    ("dj", "nightlife/clubs-dj", "title", ("dj set", "dj night", "silent disco", "all night long")),
    ("karaoke", "nightlife/karaoke", "any", ("karaoke", "noraebang")),
    ("trivia", "nightlife/trivia-games", "any", ("pub quiz", "trivia night", "quiz night", "bar trivia",
                                                 "music bingo", "drag bingo")),
    ("bar-crawl", "nightlife/bars", "any", ("pub crawl", "bar crawl", "bar hop", "brewery crawl")),
    ("drag", "nightlife/lgbtq-nightlife", "title", ("drag show", "drag night", "drag brunch", "drag king")),
    ("film", "arts_culture/film", "any", ("film screening", "film festival", "film club", "double feature", "35mm",
                                          "70mm")),
    ("film", "arts_culture/film", "title", ("movie night", "outdoor movie", "movies in the park", "film night")),
    ("theatre", "arts_culture/theatre", "title", ("the musical", "west end")),
    # What a play is ("a new play by …", "a stage adaptation of …"): phrases no concert or talk uses for itself, so
    # they decide from a description too.
    ("theatre", "arts_culture/theatre", "any", ("new play", "stage adaptation", "one-act play")),
    # Broadway, the awards, playwrights and companies also fill a singer's or an author's biography ("Tony Award winner
    # … sings", "songs from Broadway musicals"): they decide from the title only, and in a description name the
    # subcategory once the model has read a play.
    ("theatre", "arts_culture/theatre", "title", ("broadway musical", "broadway show", "broadway production",
                                                  "broadway tour", "hit musical", "new musical",
                                                  "tony award", "tony-winning", "tony award-winning",
                                                  "olivier award", "playwright", "staged reading",
                                                  "theatre company", "theater company")),
    ("ballet", "arts_culture/dance", "any", ("ballet company", "dance theatre", "dance theater")),
    ("ballet", "arts_culture/dance", "title", ("ballet",)),
    ("exhibition", "arts_culture/exhibitions", "title", ("art exhibition", "gallery opening", "opening reception",
                                                         "private view", "open studio")),
    ("books", "arts_culture/literature", "title", ("book club", "book discussion", "book group", "reading group")),
    ("books", "arts_culture/literature", "title", ("book signing", "book launch", "poetry reading", "poetry slam",
                                                   "author reading", "literary festival")),
    ("heritage", "arts_culture/heritage", "any", ("re-enactment", "reenactment", "living history",
                                                  "heritage open day")),
    ("tasting", "food_drink/tastings", "any", ("wine tasting", "beer tasting", "whisky tasting", "whiskey tasting",
                                               "gin tasting", "rum tasting", "sake tasting", "coffee cupping")),
    ("cooking-class", "food_drink/cooking", "any", ("cooking class", "cookery class", "baking class",
                                                    "cooking workshop")),
    ("food-trucks", "food_drink/food-trucks", "title", ("food truck",)),
    ("supper-club", "food_drink/dining", "any", ("supper club", "tasting menu", "chef's table")),
    # A parish's, a lodge's or a fire company's fried-fish supper.
    ("supper-club", "food_drink/dining", "title", ("fish fry",)),
    ("food-festival", "food_drink/food-festivals", "title", ("food festival", "beer festival", "cook-off")),
    ("farmers-market", "markets_fairs/farmers-markets", "any", ("farmers market", "farmers' market",
                                                                "farmer's market", "greenmarket")),
    ("craft-market", "markets_fairs/craft-markets", "any", ("craft fair", "makers market", "maker's market",
                                                            "christmas market", "craft market")),
    ("flea-market", "markets_fairs/flea-markets", "title", ("flea market", "car boot", "boot fair",
                                                            "swap meet", "yard sale", "garage sale", "jumble sale",
                                                            "rummage sale", "antiques fair", "estate sale",
                                                            "stoop sale")),
    # A swap is a market where nothing is paid: named by what is swapped ("Clothes Swap", "Seed Swap").
    ("flea-market", "markets_fairs/flea-markets", "title", ("clothes swap", "clothing swap", "book swap",
                                                            "toy swap", "seed swap", "plant swap", "record swap",
                                                            "swap shop")),
    ("street-fair", "markets_fairs/street-fairs", "any", ("street fair", "block party", "night market")),
    ("fair", "markets_fairs/festivals", "any", ("county fair", "state fair", "renaissance faire")),
    # "Home vs Away" is how box offices and leagues name a game, but so do film nights and dance parties ("Godzilla
    # vs. Kong", "90s vs 2000s"): "vs" only names the subcategory once the model has read a game.
    ("game", "sports_fitness/spectator-sports", "hint", ("vs",)),
    # A college's or a club's men's or women's team named by its sport ("Men's Golf vs NCAA Regionals", "Women's
    # Volleyball at Northern State"): the team's fixture, from the title.
    ("game", "sports_fitness/spectator-sports", "title", TEAM_SPORTS),
    ("running", "sports_fitness/running", "any", ("half marathon", "parkrun", "trail race", "10k race")),
    # A riding club's or an eventing calendar's competitions, named by farm and season ("… Summer Horse Trials"):
    # words no concert, gallery or meeting uses for itself.
    ("equestrian", "sports_fitness/spectator-sports", "title", ("horse trials", "hunter trials", "dressage",
                                                                "show jumping", "showjumping", "hunter pace")),
    ("fun-run", "sports_fitness/running", "hint", ("fun run",)),
    ("fitness", "sports_fitness/fitness-classes", "any", ("spin class", "hiit", "crossfit", "bootcamp workout",
                                                          "zumba", "kettlebell")),
    ("martial-arts", "sports_fitness/martial-arts", "any", ("jiu-jitsu", "muay thai", "kickboxing", "taekwondo",
                                                            "karate", "judo", "krav maga")),
    ("hiking", "outdoors_nature/hiking", "any", ("guided hike", "day hike", "guided walk", "nature walk",
                                                 "hill walk")),
    # A nature centre's or a park district's programmes: hikes, night walks, wildflower and owl walks, stargazing.
    ("hiking", "outdoors_nature/hiking", "title", ("hike", "hiking", "owl prowl", "wildflower walk",
                                                   "full moon walk", "moonlight walk", "trail walk",
                                                   "naturalist-led")),
    ("nature", "outdoors_nature/wildlife", "any", ("nature program", "nature programme", "pond study",
                                                   "bird banding", "butterfly walk", "stargazing", "owl walk",
                                                   "monarch tagging")),
    # A bug hunt is a children's nature programme in a title, and a software team's or a security contest's too: the
    # longer phrases below hide it there. A star party is an astronomy club's night, and an all-star's or a rock star's
    # party: it only names the subcategory.
    ("nature", "outdoors_nature/wildlife", "title", ("bug hunt",)),
    # A park's or a nature centre's naturalist leads its nature programmes: "Join a park naturalist and …", "walk with a
    # naturalist". Decides from a description too.
    ("nature", "outdoors_nature/wildlife", "any", ("park naturalist", "park naturalists", "with a naturalist",
                                                   "with our naturalist", "a naturalist-led",
                                                   # A nature centre's own programme ("Come to the Nature Center for…").
                                                   "nature center", "nature centre")),
    # A nature centre's live-bird programmes ("Raptor Encounter", "Live Raptors!"); "Birds of Prey" alone is also a
    # film.
    ("nature", "outdoors_nature/wildlife", "title", ("raptor program", "raptor programme", "raptor encounter",
                                                     "live raptor", "owl program", "owl programme")),
    ("nature", "outdoors_nature/wildlife", "hint", ("star party",)),
    ("bug-bash", "tech_business/hackathons", "hint", ("security bug hunt", "software bug hunt", "bug bounty",
                                                      "bug bash")),
    ("birding", "outdoors_nature/wildlife", "any", ("birdwatching", "bird walk", "birding", "whale watching")),
    ("paddling", "outdoors_nature/water", "any", ("stand-up paddle", "stand-up paddleboard",
                                                  "stand-up paddleboarding", "paddleboard", "paddleboarding",
                                                  "paddle boarding", "kayak tour", "kayaking tour", "snorkel",
                                                  "snorkelling", "snorkeling")),
    ("clean-up", "outdoors_nature/clean-ups", "any", ("beach clean", "beach clean-up", "beach cleanup",
                                                      "litter pick", "tree planting", "river clean-up")),
    ("clean-up", "outdoors_nature/clean-ups", "any", ("park cleanup", "park clean-up", "creek cleanup",
                                                      "creek clean-up", "river cleanup", "shoreline cleanup",
                                                      "lakefront cleanup", "neighborhood cleanup",
                                                      "neighbourhood clean-up", "community cleanup",
                                                      "community clean-up", "cleanup day", "clean-up day",
                                                      "trash pickup", "litter cleanup", "habitat restoration",
                                                      "restoration workday", "stewardship workday",
                                                      "stewardship day", "invasive species removal",
                                                      "invasive plant removal", "trail maintenance",
                                                      "trail work day")),
    ("hackathon", "tech_business/hackathons", "any", ("hackathon", "game jam", "hack night", "hacknight", "hack day",
                                                      "datathon")),
    ("meetup", "tech_business/meetups", "any", ("user group", "lightning talk", "tech meetup",
                                                "developer meetup")),
    ("meetup", "tech_business/meetups", "title", ("tech talk", "code and coffee",
                                                  "open source meetup", "women in tech", "devops")),
    # What software people meet about: the words a developers' group's title uses for its subject. In a title they
    # name a tech meetup unless the title is a class or a workshop (mode "field"); a description decides only through
    # phrases no other kind of event uses ("programming languages", "GraphQL"), and never through "developer"
    # (a planning meeting's property developer), "software" or "coding" alone.
    ("tech", "tech_business/meetups", "field", ("programmer", "programming", "coder", "coding", "developer",
                                                "devs", "software", "hackerspace", "api", "sdk", "php",
                                                "golang", "rubyist", "pythonista", "pyladies", "pydata",
                                                "python meetup", "python user", "linux", "aws",
                                                "cloud native", "cybersecurity", "infosec", "blockchain",
                                                "web3", "indieweb", "indie web", "ux design", "ui/ux", "generative ai",
                                                "artificial intelligence", "llm", "serverless",
                                                "containerized", "observability", "ci/cd", "devsecops",
                                                "laravel", "node.js", "nodejs", "shell scripting",
                                                "chaos engineering", "cloud computing")),
    ("tech", "tech_business/meetups", "field_any", ("software developers", "software developer",
                                                    "web developers", "web developer", "software engineers",
                                                    "software engineering", "programming language",
                                                    "programming languages", "computer programming",
                                                    "javascript", "typescript", "graphql", "wordpress",
                                                    "wordcamp", "open source", "machine learning",
                                                    "data science")),
    # the names of the tools infrastructure people meet about: a title's decide, a description's two of them
    ("tech", "tech_business/meetups", "field_pair", ("kubernetes", "k8s", "docker", "microservices", "terraform",
                                                     "gitops", "opentelemetry", "github")),
    # Training for working professionals (an audit school, a CPE seminar, leadership training for managers) is a
    # trade's event, as its conferences are: the audience, not the format, makes it tech_business, not education.
    ("professional", "tech_business/conferences", "title", ("professional development", "leadership training",
                                                             "management training", "executive education",
                                                             "cpe", "continuing professional education",
                                                             "certification training", "certification course",
                                                             "certification exam", "compliance training",
                                                             "sales training",
                                                             "for executives", "trade show", "trade fair",
                                                             "industry expo", "business expo")),
    ("networking", "tech_business/networking", "any", ("networking event", "networking breakfast",
                                                       "networking night", "business networking",
                                                       "speed networking")),
    # Employers meeting job seekers: a working life's event (tech_business/networking), not a market.
    ("networking", "tech_business/networking", "title", ("job fair", "career fair", "career expo", "hiring event",
                                                         "jobs fair")),
    ("startups", "tech_business/startups", "any", ("pitch night", "demo day", "startup pitch",
                                                   "founder office hours")),
    ("conference", "tech_business/conferences", "any", ("tech conference", "developer conference")),
    # A conference or symposium of any trade (medical, legal, finance) is a conference in our taxonomy; only the title
    # says the event is one ("conference room" in a description does not). The longer phrases below are other senses of
    # the word: as longer matches they hide it, and decide themselves only where the sense is certain.
    ("conference", "tech_business/conferences", "title", ("conference", "symposium")),
    # A trade's or a profession's convention or congress is a conference too (an association's annual convention in a
    # hotel). Never "convention" alone: a fan convention, a party's convention or the convention centre as a place are
    # not a trade's. A party's convention is politics: its phrases decide community_civic, and beside the phrase
    # above ("Annual Convention of the County Democratic Party") the two disagree and the model decides.
    ("convention", "tech_business/conferences", "title", ("annual convention", "regional convention",
                                                          "convention & expo", "convention and expo",
                                                          "convention and exposition", "world congress",
                                                          "international congress", "annual congress")),
    ("party-convention", "community_civic/activism", "title", ("democratic party", "republican party",
                                                               "nominating convention", "party convention")),
    ("game", "sports_fitness/spectator-sports", "title", ("conference final", "conference championship",
                                                          "conference tournament", "conference semifinal")),
    ("game", "sports_fitness/spectator-sports", "hint", ("eastern conference", "western conference")),
    ("press-conference", "community_civic/public-meetings", "hint", ("press conference", "news conference")),
    ("parent-teacher", "education", "hint", ("parent teacher conference",)),
    ("lecture", "education/lectures", "any", ("public lecture", "guest lecture", "lecture series",
                                              "inaugural lecture")),
    ("class", "education/classes", "any", ("evening class", "evening course", "language class")),
    # Life-saving skills taught to anyone who comes (a certification course for professionals is the rule above's).
    ("class", "education/classes", "title", ("cpr class", "cpr training", "cpr course", "first aid class",
                                             "first aid course", "first aid training", "narcan training",
                                             "naloxone training")),
    # What a library or an adult school teaches newcomers and adults returning to study ("ESL" alone is also an
    # esports league: "ESL One").
    ("class", "education/classes", "title", ("esl class", "esl conversation", "esl course", "esl tutoring",
                                             "english conversation", "citizenship class", "citizenship test",
                                             "ged class", "ged prep", "hiset")),
    ("city-council", "community_civic/government-boards", "any", ("city council", "council meeting",
                                                                  "school board", "board of supervisors",
                                                                  "planning commission", "zoning board",
                                                                  "board of education", "board of aldermen",
                                                                  "county commissioners")),
    # A title that is a committee's, task force's or board's name is that body's meeting ("Special Committee on the
    # Chicago Casino", "Housing Task Force"); inside a longer title the body only organizes the event ("Prom Committee
    # Bake Sale"), so these decide at the name's end only. "Working group" is left to the model: open-source and
    # standards communities hold as many as public agencies do ("Kubernetes Storage Working Group"). "Commision" is the
    # body's name as a clerk's calendar misspells it ("Naperville Plan Commision").
    ("public-body", "community_civic/government-boards", "head", ("committee", "subcommittee", "task force",
                                                                  "council", "commission", "commision",
                                                                  "board of trustees",
                                                                  "board of commissioners", "board of directors")),
    # A public body's calendar often titles a meeting by its kind alone, the body being the calendar's own ("Work
    # Session", "Special Called Meeting", "Regular Session"): where the phrase ends the title's name it is a meeting.
    # Where another rule fires in the title too ("Python Users Group Regular Meeting") the model chooses between
    # them. "Study session" (a student's revision) and "retreat" (a yoga weekend) are left out; so is "annual
    # meeting" (a company's shareholders, a club's members).
    ("public-meeting", "community_civic/government-boards", "head", ("work session", "regular meeting",
                                                                    "special meeting", "called meeting",
                                                                    "special called meeting", "regular session",
                                                                    "executive session", "closed session",
                                                                    "budget meeting", "organizational meeting",
                                                                    "reorganization meeting", "joint session",
                                                                    "joint meeting", "special session",
                                                                    "regular business meeting", "caucus")),
    # A forum where the candidates for an office answer voters' questions, whoever hosts it.
    ("public-meeting", "community_civic/public-meetings", "title", ("candidate forum", "candidates forum",
                                                                    "candidate debate", "candidates debate")),
    ("public-meeting", "community_civic/public-meetings", "any", ("town hall meeting", "public hearing",
                                                                  "public comment", "community meeting",
                                                                  "public consultation",
                                                                  "neighborhood association",
                                                                  "listening session")),
    ("volunteering", "community_civic/volunteering", "title", ("volunteer shift", "volunteers needed",
                                                               "food bank volunteer", "blood drive")),
    ("volunteering", "community_civic/volunteering", "title", ("volunteer day", "volunteer opportunity",
                                                               "volunteer workday",
                                                               "volunteer event", "day of service",
                                                               "community service day", "volunteer fair")),
    ("public-meeting", "community_civic/public-meetings", "title", ("board meeting", "public meeting",
                                                                    "budget hearing", "zoning hearing",
                                                                    "community input meeting", "town hall")),
    # A town hall is also the building: "… at (the) Town Hall" names where a concert or a fair is held, so these longer
    # matches hide the meeting's phrase and only name the subcategory of a meeting the model has read.
    ("town-hall", "community_civic/public-meetings", "hint", ("at town hall", "at the town hall", "in town hall",
                                                              "in the town hall")),
    ("charity", "community_civic/charity", "any", ("charity gala", "charity auction", "fundraising dinner")),
    # A benefit's or a foundation's gala is how charities raise money ("Riverside Food Bank Benefit Gala").
    ("charity", "community_civic/charity", "title", ("charity ball", "benefit gala", "annual gala",
                                                     "benefit dinner", "benefit luncheon",
                                                     "fundraising gala")),
    ("fundraiser", "community_civic/charity", "hint", ("fundraiser",)),
    ("faith", "community_civic/faith", "any", ("worship service", "bible study", "shabbat", "jummah",
                                               "sunday service")),
    ("activism", "community_civic/activism", "title", ("rally", "protest", "vigil", "voter registration",
                                                       "march for", "march against")),
    # A campaign's own work: the fair, the training and the shifts where volunteers call, knock on doors and lobby
    # ("Civic Action Fair", "Advocacy Training: Now What?", "Saturday Phone Bank"). Decides from the title only: a
    # description's "canvass the options" or "civic engagement" names a subject in passing.
    ("activism", "community_civic/activism", "title", ("civic action", "advocacy training", "advocacy day",
                                                       "lobby day", "organizer training", "organizing training",
                                                       "phone bank", "phonebank", "phone banking", "text bank",
                                                       "textbanking", "canvass", "canvassing", "door knocking",
                                                       "get out the vote")),
    ("storytime", "family_kids/storytime", "any", ("storytime", "story time", "story hour", "rhyme time")),
    ("kids", "family_kids/kids-activities", "audience", ("kid", "children", "child", "toddler", "preschooler",
                                                         "under-5", "little one")),
    ("teens", "family_kids/teens", "audience", ("teen", "teenager")),
    ("yoga", "health_wellness/yoga", "any", ("yoga",)),
    ("meditation", "health_wellness/meditation", "any", ("meditation", "sound bath", "mindfulness", "tai chi",
                                                         "qigong", "breathwork")),
    # A recovery fellowship's meeting is a peer-support group's, whatever tradition it follows ("SMART Recovery",
    # "Recovery Dharma", "Al-Anon"); "recovery" alone is left out (a disaster-recovery plan, a muscle-recovery class),
    # and so are "recovery meeting" ("Data Recovery Meeting") and "12-step" alone (a marketing course's "12-step
    # framework", a line dance's "12-step routine"): a 12-step meeting or group is the fellowship's. "SMART Recovery"
    # decides in a title only (a description's "smart recovery after a marathon" is a runner's).
    ("mental-health", "health_wellness/mental-health", "any", ("support group", "anonymous meeting",
                                                               "recovery dharma", "al-anon", "alateen",
                                                               "12-step meeting", "12 step meeting",
                                                               "twelve step meeting", "twelve-step meeting",
                                                               "12-step group", "12-step recovery",
                                                               "addiction recovery")),
    ("mental-health", "health_wellness/mental-health", "title", ("smart recovery",)),
    # A training in helping someone through a crisis is health's, not a class's or a public body's.
    ("mental-health", "health_wellness/mental-health", "title", ("suicide prevention", "mental health first aid")),
    ("mental-health", "health_wellness/mental-health", "hint", ("mental health",)),
    # A clinic's testing or screening day, named by what is tested: "screening" alone is a film's, "testing" alone a
    # software team's, so only the medical phrases decide.
    ("health-screening", "health_wellness/health-screenings", "any", ("flu shot", "health screening",
                                                                      "blood pressure", "mammogram",
                                                                      "vaccination clinic", "hiv testing",
                                                                      "hiv test", "sti testing", "std testing",
                                                                      "sti screening", "hepatitis testing",
                                                                      "hepatitis c testing", "hep c testing",
                                                                      "hearing screening", "vision screening",
                                                                      "diabetes screening",
                                                                      "cholesterol screening", "cholesterol check",
                                                                      "skin cancer screening")),
    # A hospital's or a research centre's session for would-be participants: "trial" alone is sport to the model
    # (time trials, horse trials), so the study's own words decide, in a title only.
    ("health-screening", "health_wellness/health-screenings", "title", ("clinical trial", "drug trial",
                                                                        "vaccine trial")),
)  # fmt: skip

_TAG_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    # Tag-only: descriptive keywords with no say in the category.
    ("free", "", "hint", ("free entry", "free admission", "admission free", "free event", "no cover",
                          "free of charge")),
    ("online", "", "hint", ("online", "virtual", "zoom", "livestream", "live stream", "webinar")),
    ("outdoor", "", "hint", ("outdoor", "outdoors", "open air", "in the park", "rooftop")),
    ("kids", "", "hint", ("family friendly", "family-friendly")),
    ("all-ages", "", "hint", ("all ages", "allages")),  # age_limits.py writes a description's "all ages" so
    ("jazz", "", "hint", ("jazz",)),
    ("blues", "", "hint", ("blues",)),
    ("techno", "", "hint", ("techno",)),
    ("house", "", "hint", ("house music", "deep house")),
    ("hip-hop", "", "hint", ("hip-hop", "hip hop")),
    ("reggae", "", "hint", ("reggae", "dancehall")),
    ("latin", "", "hint", ("salsa", "reggaeton", "cumbia", "bachata")),
    ("classical", "", "hint", ("opera", "orchestra")),
    ("folk", "", "hint", ("folk",)),
    ("punk", "", "hint", ("punk",)),
    ("metal", "", "hint", ("metal",)),
    ("lgbtq", "", "hint", ("lgbtq", "queer", "pride")),
    ("vegan", "", "hint", ("vegan", "plant-based")),
    ("wine", "", "hint", ("wine",)),
    ("beer", "", "hint", ("beer", "brewery")),
    ("dog-friendly", "", "hint", ("dog-friendly", "dogs welcome")),
    ("accessible", "", "hint", ("wheelchair accessible", "step-free")),
)  # fmt: skip


def compound_head(phrase: str) -> str:
    """The word ending a COMPOUND phrase stands for, normalized as words() normalizes text ("-Konzerte" → "konzerte")."""
    head = words(phrase[len(COMPOUND) :])
    if len(head) != 1:
        raise ValueError(f"a compound's head is one word: {phrase!r}")
    return head[0]


def _rule(tag: str, target: str, mode: RuleMode, phrases: tuple[str, ...]) -> Rule:
    category, _, subcategory = target.partition("/")
    return Rule(tag=tag, category=category or None, subcategory=subcategory or None, mode=mode, phrases=phrases)


_RULE_TABLE = (*_ENGLISH_TABLE, *MODULE_TABLES, *_TAG_TABLE)
RULES = tuple(_rule(*row) for row in _RULE_TABLE)
RULE_IDS = {f"r{index}": rule for index, rule in enumerate(RULES)}


@dataclasses.dataclass(frozen=True, slots=True)
class RuleHit:
    rule: Rule
    in_title: bool


class CategoryRules:
    """Pipeline component: marks rule phrases as spans in ``doc.spans["category_rules"]`` (label = rule id)."""

    def __init__(self, vocab: Any) -> None:
        # ORTH on already-normalized words: the phrases go through words() too, so "Farmers' Markets" finds them.
        self.matcher = PhraseMatcher(vocab, attr="ORTH")
        # The same phrases folded as a raw title word is (tokens.fold), matched against the title words whose raw
        # reading differs from the stemmed one (tokens set it as NORM): "APIs", "CPR Classes", "Pub Quizzes".
        self.folded = PhraseMatcher(vocab, attr="NORM")
        self.heads: dict[str, list[str]] = {}  # a compound's head (a word's ending) → the rules it belongs to
        for rule_id, rule in RULE_IDS.items():
            plain = [phrase for phrase in rule.phrases if not phrase.startswith(COMPOUND)]
            if plain:
                self.matcher.add(rule_id, [Doc(vocab, words=words(phrase)) for phrase in plain])
                self.folded.add(
                    rule_id, [Doc(vocab, words=[fold(word) for word in raw_words(phrase)]) for phrase in plain]
                )
            for phrase in rule.phrases:
                if phrase.startswith(COMPOUND):
                    self.heads.setdefault(compound_head(phrase), []).append(rule_id)
        # A word's longest ending that is a head: the heads' lengths, longest first.
        self.head_lengths = sorted({len(head) for head in self.heads}, reverse=True)
        self.word_heads: dict[int, str | None] = {}  # a word's id (ORTH) → its head: words repeat across events

    def head_of(self, word: str) -> str | None:
        """The longest head the word ends with (the word itself may be one), or None."""
        return next((word[-n:] for n in self.head_lengths if n <= len(word) and word[-n:] in self.heads), None)

    def _compound_spans(self, doc: Doc) -> list[Span]:
        if not self.heads:
            return []
        if len(self.word_heads) > MAX_CACHED_WORDS:
            self.word_heads.clear()
        orths = doc.to_array("ORTH").tolist()
        strings = doc.vocab.strings
        for orth in set(orths).difference(self.word_heads):  # each new word's head, once
            self.word_heads[orth] = self.head_of(strings[orth])
        return [
            Span(doc, i, i + 1, label=rule_id)
            for i, orth in enumerate(orths)
            if (head := self.word_heads[orth]) is not None  # most words end with no head
            for rule_id in self.heads[head]
        ]

    def __call__(self, doc: Doc) -> Doc:
        spans = [*self.matcher(doc, as_spans=True), *self._compound_spans(doc)]
        if doc.user_data.get(TITLE_FOLDED):
            title_end = int(doc.user_data.get(TITLE_END, 0))
            found = {(span.start, span.end, span.label_) for span in spans}
            spans.extend(
                span
                for span in self.folded(doc, as_spans=True)
                if span.end <= title_end and (span.start, span.end, span.label_) not in found
            )
        # Longest match wins among the rules that name a category; tag-only phrases never hide them.
        named = filter_spans([span for span in spans if RULE_IDS[span.label_].category])
        named_ids = {(span.start, span.end) for span in named}
        same_place = [span for span in spans if (span.start, span.end) in named_ids and span not in named]
        tagging = filter_spans([span for span in spans if not RULE_IDS[span.label_].category])
        doc.spans[RULE_SPANS] = sorted([*named, *same_place, *tagging], key=lambda span: span.start)
        return doc


@Language.factory(RULES_FACTORY)
def make_category_rules(nlp: Language, name: str) -> CategoryRules:
    return CategoryRules(nlp.vocab)


def rule_hits(doc: Doc) -> list[RuleHit]:
    """The rules that fired, in text order, each once; a hit counts as a title hit if any match was in the title."""
    title_end = int(doc.user_data.get(TITLE_END, 0))
    # A developers' subject inside a joined-up name of the title ("NSCoder Night", "PHPUnit") names it as the title
    # would: the name's parts follow the description in the doc (tokens.make_doc), so that no other rule reads them.
    parts_start = int(doc.user_data.get(PARTS_START, len(doc) + 1))
    hits: dict[str, RuleHit] = {}
    span: Span
    spans = list(doc.spans[RULE_SPANS]) if RULE_SPANS in doc.spans else []  # Spans made once for both passes below
    # The subjects each tag's rules name outside the title ("GitHub", "chaos engineering"): a field_pair rule's
    # phrase decides from there only beside another.
    subjects: dict[str, set[str]] = {}
    for span in spans:
        rule = RULE_IDS[span.label_]
        if rule.mode in SUBJECT_MODES and span.start >= title_end:
            subjects.setdefault(rule.tag, set()).add(span.text.casefold())
    for span in spans:
        rule = RULE_IDS[span.label_]
        if rule.mode in SUBJECT_MODES and names_a_format(doc):  # (read only for a subject's hit: kept in the doc)
            continue
        in_title = (
            span.start < title_end
            and (rule.mode != "head" or _ends_a_name(doc, span, title_end))
            and (rule.mode != "lead" or _begins_the_title(span, title_end))
        ) or (rule.mode in SUBJECT_MODES and span.start >= parts_start)
        if rule.mode == "field_pair" and not in_title and len(subjects.get(rule.tag, ())) < 2:
            continue  # one tool named in passing
        previous = hits.get(span.label_)
        if previous is None or (in_title and not previous.in_title):
            hits[span.label_] = RuleHit(rule, in_title)
    return list(hits.values())


def names_a_format(doc: Doc) -> bool:
    """Whether the title names a teaching format (FORMAT_WORDS): a class or a workshop, whatever its subject. Read
    once per doc, kept in its user_data (NAMES_A_FORMAT) for the title's end it was read at."""
    title_end = int(doc.user_data.get(TITLE_END, 0))
    kept = doc.user_data.get(NAMES_A_FORMAT)
    if kept is not None and kept[0] == title_end:
        return bool(kept[1])
    length = (title_end - 1) // 2  # the doc holds the title twice, a separator between
    found = any(token.text in FORMAT_WORDS for token in doc[: max(length, 0)])
    doc.user_data[NAMES_A_FORMAT] = (title_end, found)
    return found


def _begins_the_title(span: Span, title_end: int) -> bool:
    """Whether a title match is the title's first words (in either of the doc's two copies of the title)."""
    length = (title_end - 1) // 2  # the doc holds the title twice, a separator between
    return span.start in (0, length + 1)


def _ends_a_name(doc: Doc, span: Span, title_end: int) -> bool:
    """Whether a title match ends a name: the title ends or punctuation follows, or a word that continues it."""
    length = (title_end - 1) // 2  # the doc holds the title twice, a separator between
    last = span.end - 1 if span.end <= length else span.end - 1 - (length + 1)
    breaks: tuple[bool, ...] = doc.user_data.get(TITLE_BREAKS, ())
    if last >= len(breaks) or breaks[last]:
        return True
    return doc[last + 1].text in HEAD_FOLLOWERS
