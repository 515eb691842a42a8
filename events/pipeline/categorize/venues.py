"""The venue as evidence: what a place's name says it hosts ("… Theatre", "… Comedy Club", "… Nature Center").

A venue name is a prior, not a verdict: a concert at a theatre is still music and a board meeting in a library is
still civic. So the prior only moves the model's scores (decide in model.py), never a keyword rule's decision or a
source's own label, and it counts most where the title says nothing the model can read (a bare show or performer
name, the <unknown> path of tokens.make_doc). Such a guess stays below the low-confidence bar.

Each kind has a strength: "strong" for places that host one kind of event almost always (a comedy club, a nature
centre, a council chamber), "weak" for places that host several (a library has talks and storytimes, a hotel
conferences and galas), "stage" for places whose listings that are only a name are the act on the bill (a name at an
arena, a park, a brewery or a church is a band or a singer; a game, a tasting or a service says what it is): there a
title with words the model knows takes the place's own kind as a weak prior, and only a bare name (the <unknown>
path) takes STAGE_CATEGORY.

Phrases are matched on the venue name's words as written (lower-cased, a possessive 's dropped, no plural folding:
"Blue Bottle" holds no "blues"). The longest match wins ("Children's Museum" over "Museum", "Opera House" over
"House"), then the last one in the name, which is an English name's head noun ("Lincoln Park Zoo" is a zoo, "Field
Museum" a museum). Words that are as often a modifier as a kind of place (HEAD_ONLY: "Temple Bar", "The Woods Bar",
"Arena Stage", "Blue Bottle") count only as the last word of the name or of a part of it before a comma, a dash or
a bracket ("Allstate Arena, Rosemont").
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping
from typing import Any, Literal

from .config import FIRST_NAMES_PATH
from .tokens import as_text, title_breaks

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
    # A bookshop's listing that is only a name is an author's reading or signing (helper cats33); it hosts game
    # nights, card leagues and knitting circles too, as a library does: a title the model reads takes it weakly
    # (NAMES_ONLY, review48).
    ("arts_culture/literature", "strong", ("bookstore", "bookshop", "book store", "book shop", "books",
                                           "booksellers", "bookseller", "book company", "bookstores",
                                           # chains, named without the word (as the hotel chains below; review48)
                                           "barnes and noble", "waterstones")),
    ("comedy/stand-up", "strong", ("comedy club", "comedy", "comedy theater", "comedy theatre", "improv",
                                   "laugh", "laughs", "funny bone")),
    ("music", "strong", ("concert hall", "music hall", "jazz club", "blues club", "symphony hall", "symphony center",
                         "orchestra hall", "recital hall", "philharmonic", "bandshell", "band shell", "blues",
                         "jazz", "ballroom", "amphitheater", "amphitheatre", "music venue", "music center",
                         "music centre", "roadhouse", "bandstand", "soundstage", "conservatory of music",
                         "school of music", "rock club", "rock bar", "music club", "music bar", "live music venue",
                         "concert venue", "jazz bar", "jazz lounge", "blues bar")),
    # A nightclub's listing that is only a name is the DJ on the bill: a club night. A lounge has bands as well.
    ("nightlife", "strong", ("night club", "nightclub", "discotheque", "disco", "dance club")),
    ("nightlife", "weak", ("lounge", "cocktail bar")),
    ("food_drink", "stage", ("brewery", "brewing", "brewing company", "taproom", "tap room", "brewpub",
                            # a beer garden is no park ("Ounces Taproom & Beer Garden" read as one: helper cats31)
                            "beer garden", "beer hall", "beerhall", "biergarten",
                            "distillery", "cidery", "meadery", "restaurant", "bistro", "food hall")),
    # A winery or a vineyard hosts tastings and dinners, and concerts on its lawn: its own kind, weakly.
    ("food_drink", "weak", ("winery", "vineyard", "vineyards")),
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
                                                 "botanical gardens", "state park", "national park",
                                                 "county park", "regional park", "trailhead", "trail",
                                                 "wildlife refuge", "wildlife sanctuary", "nature park", "woods",
                                                 "wetlands", "marsh", "prairie", "conservation area", "dunes",
                                                 # a city's wooded land kept wild, as its parks department names
                                                 # the sites of work parties and nature walks
                                                 "natural area", "greenbelt", "greenway", "greenspace",
                                                 # a conservatory alone is as often a school of music
                                                 "park conservatory", "botanical conservatory",
                                                 "conservatory garden", "conservatory gardens")),
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
                                 "senior center", "neighborhood house", "union hall", "church hall", "parish hall",
                                 "legion hall", "vfw hall", "vfw post", "masonic hall", "masonic lodge", "grange hall",
                                 "fellowship hall")),
    ("community_civic/faith", "stage", ("church", "cathedral", "chapel", "synagogue", "mosque", "temple",
                                       "parish", "basilica", "meeting house")),
    ("tech_business/conferences", "weak", ("convention center", "convention centre", "conference center",
                                           "conference centre", "expo center", "exhibition center",
                                           "exhibition hall", "convention hall", "expo hall", "coworking",
                                           "co-working", "innovation center", "incubator", "hotel",
                                           "training center", "training centre", "resort", "conference hotel",
                                           # hotel chains, named without the word "hotel" ("Hyatt Regency Chicago")
                                           "hyatt", "hyatt regency", "marriott", "jw marriott", "hilton",
                                           "doubletree", "sheraton", "westin", "swissotel", "radisson", "wyndham",
                                           "loews", "intercontinental", "crowne plaza", "holiday inn",
                                           "embassy suites", "hampton inn", "fairmont", "ritz carlton",
                                           "four seasons", "kimpton", "renaissance hotel", "hotel and suites")),
    # Where developers' and makers' groups meet; they hold classes there too, so weakly.
    ("tech_business/meetups", "weak", ("makerspace", "maker space", "hackerspace", "hacker space")),
    # Other languages' places, as their names write them ("Théâtre de la Ville", "Museo del Prado", "Stadhuis").
    # German and Dutch compounds ("Stadttheater", "Kunstmuseum", "Marktkirche") are read by their head below.
    ("arts_culture/theatre", "strong", ("théâtre", "teatro", "schauspielhaus", "oper", "opernhaus", "staatsoper",
                                        "opéra", "schouwburg", "stadsschouwburg", "opera di", "teatro comunale")),
    ("arts_culture/film", "strong", ("cinéma", "cine", "cines", "filmoteca", "kino", "lichtspiele",
                                     "lichtspielhaus", "kinemathek", "bioscoop", "filmhuis", "cinémathèque")),
    ("arts_culture/exhibitions", "strong", ("musée", "museo", "museu", "galerie", "galería", "galleria",
                                            "kunsthaus", "kunstverein", "pinacoteca")),
    ("music", "strong", ("konzerthaus", "tonhalle", "philharmonie", "konzertsaal", "musikclub", "salle de concert",
                         "sala de conciertos", "poppodium", "concertgebouw", "muziekcentrum", "auditorium maximum")),
    ("comedy/stand-up", "weak", ("kleinkunstbühne", "kabarett", "café-théâtre")),
    ("education", "weak", ("bibliothek", "stadtbibliothek", "bücherei", "stadtbücherei", "volkshochschule",
                           "universität", "hochschule", "bibliothèque", "médiathèque", "université", "biblioteca",
                           "universidad", "università", "bibliotheek", "universiteit", "hogeschool")),
    ("community_civic/government-boards", "strong", ("rathaus", "ratssaal", "sitzungssaal", "kreishaus",
                                                     "landratsamt", "hôtel de ville", "mairie", "salle du conseil",
                                                     "ayuntamiento", "salón de plenos", "casa consistorial",
                                                     "municipio", "sala consiliare", "palazzo comunale",
                                                     "stadhuis", "gemeentehuis", "raadzaal")),
    ("community_civic", "weak", ("gemeindehaus", "gemeindezentrum", "bürgerhaus", "quartierszentrum",
                                 "pfarrheim", "salle des fêtes", "maison de quartier", "centre social",
                                 "centro cívico", "centro social", "centro civico", "buurthuis", "wijkcentrum")),
    ("community_civic/faith", "stage", ("kirche", "münster", "dom", "kathedrale", "kapelle", "moschee",
                                       "synagoge", "église", "cathédrale", "chapelle", "iglesia", "catedral",
                                       "ermita", "chiesa", "duomo", "kerk")),
    ("sports_fitness/spectator-sports", "stage", ("stadion", "stade", "estadio", "stadio")),
    ("sports_fitness/fitness-classes", "weak", ("sporthalle", "turnhalle", "gymnase", "polideportivo",
                                                "palazzetto", "sporthal")),
    ("outdoors_nature/parks-gardens", "strong", ("botanischer garten", "naturschutzgebiet", "jardin botanique",
                                                 "jardín botánico", "orto botanico", "hortus")),
    ("family_kids/kids-activities", "weak", ("tierpark", "kindermuseum", "jugendhaus")),
    ("food_drink", "stage", ("brauerei", "wirtshaus", "gasthaus", "gasthof", "brasserie", "cervecería",
                            "birrificio", "brouwerij")),
    ("food_drink", "weak", ("weingut", "domaine", "bodega", "cantina")),
    ("tech_business/conferences", "weak", ("kongresszentrum", "tagungszentrum", "messezentrum",
                                           "palais des congrès", "centre de congrès", "palacio de congresos",
                                           "centro congressi", "congrescentrum")),
)  # fmt: skip


# As often a modifier as a kind of place: these count only as the last word of the name or of a part of it.
HEAD_ONLY = frozenset(
    ("blues", "jazz", "trail", "woods", "prairie", "temple", "laugh", "laughs", "arena", "books")
)  # "Comics & Books Cafe" is a café (review48)

# Words after a place's head: what it is of, or where it stands ("Books on Hawthorne", "Jazz at the Marina").
PLACE_FOLLOWERS = frozenset(("of", "on", "at", "in"))
# Kinds whose prior speaks for a bare name only: a title the model reads takes them as a weak one (review48: a
# bookshop's board-game night, Pokémon league or knitting circle were read as literature).
NAMES_ONLY = frozenset({("arts_culture", "literature")})

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")

# German and Dutch places name their kind in a compound's last part ("Stadttheater", "Kunstmuseum", "Marktkirche",
# "Stadtbibliothek", "Sportstadion", "Filmtheater"): a word that is no kind of place itself counts as the kind its
# longest ending below names. Endings no English word has.
COMPOUND_VENUES: dict[str, str] = {
    "theater": "theater", "bühne": "theater", "filmtheater": "kino", "kino": "kino", "museum": "museum",
    "kindermuseum": "kindermuseum", "galerie": "galerie", "kunsthalle": "kunsthalle", "konzerthaus": "konzerthaus",
    "konzertsaal": "konzertsaal", "bibliothek": "bibliothek", "bücherei": "bücherei", "rathaus": "rathaus",
    "kirche": "kirche", "kapelle": "kapelle", "stadion": "stadion", "brauerei": "brauerei", "bioscoop": "bioscoop",
    "schouwburg": "schouwburg", "kerk": "kerk", "bibliotheek": "bibliotheek", "stadhuis": "stadhuis",
}  # fmt: skip
_ENDING_LENGTHS = sorted({len(ending) for ending in COMPOUND_VENUES}, reverse=True)  # the longest ending first


def name_words(text: str) -> list[str]:
    """A venue name's words as written: lower-cased, hyphens split, a possessive 's dropped ("Children's" →
    "children"), no plural folding (so "Blue" is never "blues", nor "Wood" "woods")."""
    found = _WORD.findall(text.lower().replace("’", "'"))
    return [word[:-2] if word.endswith("'s") else word for word in found]


def _entry(target: str, strength: Strength, phrase: str) -> tuple[tuple[str, ...], VenuePrior]:
    category, _, subcategory = target.partition("/")
    return tuple(name_words(phrase)), VenuePrior(category, subcategory or None, strength, phrase)


VENUE_KINDS: dict[tuple[str, ...], VenuePrior] = dict(
    _entry(target, strength, phrase) for target, strength, phrases in _VENUE_TABLE for phrase in phrases
)
_LONGEST = max(len(key) for key in VENUE_KINDS)


def venue_prior(record: Mapping[str, Any]) -> VenuePrior | None:
    """What the record's venue_name says the place hosts, or None (no venue, or a name that says nothing)."""
    return _venue_kind(as_text(record.get("venue_name")))


@functools.lru_cache(maxsize=16_384)
def _venue_kind(venue_name: str) -> VenuePrior | None:
    """venue_prior of a venue's name: read once per name (a feed's venues repeat; several rules ask for one record)."""
    # "&" joins two kinds as "and" does ("Books & Brews", "Blues & BBQ"): a word before it is no name's head (review48)
    raw = venue_name.replace("’", "'").replace("&", " and ")
    name = name_words(raw)
    ends = title_breaks(raw)  # per word: the name, or a part of it, ends there
    best: tuple[int, int] | None = None  # (length, end) of the best match so far
    found: VenuePrior | None = None
    for start in range(len(name)):
        for length in range(min(_LONGEST, len(name) - start), 0, -1):
            key_words = tuple(name[start : start + length])
            prior = VENUE_KINDS.get(key_words) or (_compound_kind(key_words[0]) if length == 1 else None)
            if prior is not None and length == 1 and key_words[0] in HEAD_ONLY and not _ends_name(name, ends, start):
                prior = None  # a modifier here ("Temple Bar", "Arena Stage"): shorter matches are not tried either
            if prior is not None:
                key = (length, start + length)
                if best is None or key >= best:
                    best, found = key, prior
                break  # the longest match starting here; shorter ones inside it are the same place
    return found


def read_prior(venue: VenuePrior | None, bare: bool) -> VenuePrior | None:
    """The venue's prior for a title: weak where the title is read and the place's kind speaks for names only."""
    if venue is None or bare or (venue.category, venue.subcategory) not in NAMES_ONLY or venue.strength != "strong":
        return venue
    return dataclasses.replace(venue, strength="weak")


@functools.lru_cache(maxsize=65_536)
def _compound_kind(word: str) -> VenuePrior | None:
    """The kind of place a compound names by its last part ("Stadttheater" → "theater"), or None."""
    ending = next((word[-n:] for n in _ENDING_LENGTHS if n <= len(word) and word[-n:] in COMPOUND_VENUES), None)
    return VENUE_KINDS.get((COMPOUND_VENUES[ending],)) if ending is not None else None


def _ends_name(name: list[str], ends: tuple[bool, ...], index: int) -> bool:
    """Whether the word at `index` is a name's head: the name or a part of it ends there (not before "and": "Books &
    Brews" is a bar, review48), or "of" follows it ("Temple of Music" is a temple, "Conservatory of Flowers" a
    conservatory), or where it stands ("Powell's Books on Hawthorne")."""
    following = name[index + 1] if index + 1 < len(name) else None
    return index >= len(ends) or (ends[index] and following != "and") or following in PLACE_FOLLOWERS


_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*\.?|[A-Z]\.")


# First names that are also English words (months, seasons, virtues, flowers, stones, verbs, places): a title that
# starts with one is as often about the thing ("Summer Concert Series", "Grace Notes", "Mark Your Calendar").
WORD_NAMES = frozenset(
    ("April", "Autumn", "Summer", "Dawn", "Joy", "Faith", "Grace", "Holly", "Rose", "Daisy", "Heather", "Jasmine",
     "Crystal", "Diamond", "Amber", "Jade", "Angel", "Carol", "Mark", "Chase", "Grant", "Guy", "Bill", "Jack", "Max",
     "Frank", "Drew", "Destiny", "Melody", "Dale", "Glen", "Hunter", "Christian", "Earl", "Penny", "Misty", "Brandy",
     "Austin", "Virginia", "Madison", "Jordan", "Sydney", "Sierra", "Victoria", "Mercedes", "Tiffany")
)  # fmt: skip


@functools.cache
def first_names() -> frozenset[str]:
    lines = FIRST_NAMES_PATH.read_text(encoding="utf-8").splitlines()
    names = (line.strip() for line in lines if line.strip() and not line.startswith("#"))
    return frozenset(name for name in names if name not in WORD_NAMES)


def reads_as_person(title: str) -> bool:
    """Whether a title is only a person's name: two or three capitalized words, the first a common first name that is
    not also a word ("Diana Ross", "Carly Rae Jepsen"). At a theatre such a listing is most often a touring singer or
    comedian, but a show may be named for its hero ("Peter Pan"), so the theatre's prior is only reduced (model.py)."""
    parts = title.split()
    return 2 <= len(parts) <= 3 and all(_NAME_WORD.fullmatch(part) for part in parts) and parts[0] in first_names()


# How a performer's billing joins the name to the show's or the tour's ("Tom Quill: The Long Way Tour",
# "Ada Brook - Unrepeatable", "Ada Brook | Live"): the first of these in a title ends the performer's name.
BILLING_MARKS = (": ", " - ", " – ", " — ", " | ")


def billed_person(title: str) -> bool:
    """Whether a title bills a person's name with a show's or a tour's name after it ("Jim Gaffigan: The Skinny Tour",
    "Ada Brook - Unrepeatable"): the words before the first billing mark read as a person (reads_as_person) and words
    follow. At a theatre such a listing is a touring performer's show, as a person's name alone is; a show named for
    its hero ("Peter Pan: The Musical") says so in words the rules read, and they decide before any venue counts."""
    cuts = [index for mark in BILLING_MARKS if (index := title.find(mark)) > 0]
    if not cuts:
        return False
    cut = min(cuts)
    return bool(title[cut:].strip(" :-–—|")) and reads_as_person(title[:cut].strip())


# How listings join the acts on one bill ("Wilco with Sharon Van Etten", "Al Stewart and The Empty Pockets", "A + B",
# "Home vs Away"), and the small words inside names ("Lion of Judah", "Los Lobos", "Beck & the Beat").
_NAME_JOINERS = frozenset(("with", "w/", "and", "&", "+", "x", "vs", "vs.", "v", "v.", "feat", "feat.", "ft.",
                           "featuring", "b2b", "/", "-", "–", "—", ":", "|"))  # fmt: skip
_NAME_LINKS = frozenset(("the", "of", "a", "an", "de", "del", "la", "le", "les", "los", "las", "el", "y", "da", "do",
                         "van", "von", "der", "den", "du", "di", "in", "on", "for"))  # fmt: skip
# A support act's marker: a bill, not a play named for two people ("Romeo and Juliet", "Antony & Cleopatra").
_SUPPORT_JOINERS = frozenset(("with", "w/", "feat", "feat.", "ft.", "featuring", "b2b"))
_NAME_EDGES = "\"'“”‘’()[]{}!?,.;*#"


def _name_part(token: str) -> bool:
    """A word of a name as listings write it: a capital or a digit first ("Tin-Man", "(BornKinG)", "#IMOMSOHARD",
    "311", "P!nk")."""
    core = token.strip(_NAME_EDGES)
    return bool(core) and (core[0].isupper() or core[0].isdigit())


def reads_as_names(title: str) -> bool:
    """Whether a title is only names: words that start with a capital or a digit, joined by "with", "and", "&", "+",
    "x", "vs", a dash or a colon, with the small words names hold ("of", "the", "de"). A title of words in title case
    may still name an event ("Budget Forum"): model.py asks, beside this, that no word names a kind of event."""
    parts = title.split()
    if not parts or not any(_name_part(part) for part in parts):
        return False
    return all(_name_part(part) or part.lower() in _NAME_JOINERS or part.lower() in _NAME_LINKS for part in parts)


def names_a_bill(title: str) -> bool:
    """Whether a title of names lists a support act ("Carly Rae Jepsen with Mansionair", "X feat. Y"): a concert's bill."""
    return reads_as_names(title) and any(part.lower() in _SUPPORT_JOINERS for part in title.split())


def bill_headliner(title: str) -> str:
    """The words before a bill's first support joiner: the headliner ("Carly Rae Jepsen" of "Carly Rae Jepsen with
    Mansionair"), or the activity of an activity with its host ("Cookies" of "Cookies with Santa")."""
    parts = title.split()
    for index, part in enumerate(parts):
        if part.lower() in _SUPPORT_JOINERS:
            return " ".join(parts[:index])
    return title
