"""Categorize normalized events: category, subcategory, confidence and tags (ARCHITECTURE.md §4.3). Pure.

Three deciders, strongest first:

1. the source's own label (``source_category``: Ticketmaster "Music / Rock / Alternative Rock", Eventbrite
   "Food & Drink", a Meetup topic, a SeatGeek taxonomy…) mapped through ``data/source_labels.json``, when it names
   exactly one category;
2. high-precision keyword rules ("stand-up", "farmers market", "hackathon", "storytime"…), when they agree on one
   category (a hit in the title outvotes a passing mention in the description);
3. a bag-of-words text classifier (spaCy ``textcat``) trained on the hand-labelled corpus in ``data/corpus``.

The spaCy pipeline is ``spacy.blank("en")`` + the rule component + two ``textcat`` components (top level, and
subcategories, read only within the chosen category). ``manage.py train_categorizer`` builds it into ``model/``;
it is loaded once per process and cached.

Boundaries the corpus is labelled by (and the rules follow): a DJ club night is nightlife, a concert is music;
stand-up is comedy even in a theatre; workshops, classes, talks and lectures are education, while meetups,
hackathons, conferences and networking are tech_business; yoga is health_wellness; hiking is outdoors_nature
while races are sports_fitness; a market is markets_fairs even when it sells food. Audience beats activity: an
event made for children (a kids' coding workshop, a toddler music class) is family_kids, because that is where
parents look for it.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import filter_spans, fix_random_seed, minibatch

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_MODEL_DIR = PACKAGE_DIR / "model"
CORPUS_DIR = PACKAGE_DIR / "data" / "corpus"
SOURCE_LABELS_PATH = PACKAGE_DIR / "data" / "source_labels.json"

# The taxonomy of migration 0003 (top level → subcategories), frozen here so the pipeline needs no database.
TAXONOMY: dict[str, tuple[str, ...]] = {
    "music": ("concerts", "jazz-blues", "rock-indie", "electronic", "classical", "folk-country", "hip-hop-rnb",
              "world-music", "open-mic"),
    "nightlife": ("clubs-dj", "bars", "karaoke", "lgbtq-nightlife", "trivia-games"),
    "arts_culture": ("theatre", "dance", "exhibitions", "film", "literature", "heritage"),
    "comedy": ("stand-up", "improv", "comedy-open-mic"),
    "food_drink": ("food-festivals", "tastings", "food-trucks", "cooking", "dining"),
    "markets_fairs": ("farmers-markets", "craft-markets", "flea-markets", "street-fairs", "festivals"),
    "sports_fitness": ("running", "cycling", "team-sports", "spectator-sports", "fitness-classes", "martial-arts"),
    "outdoors_nature": ("hiking", "parks-gardens", "wildlife", "water", "clean-ups"),
    "tech_business": ("meetups", "hackathons", "conferences", "networking", "startups"),
    "education": ("workshops", "classes", "talks", "lectures"),
    "community_civic": ("public-meetings", "government-boards", "volunteering", "charity", "faith", "activism"),
    "family_kids": ("kids-activities", "storytime", "family-festivals", "teens"),
    "health_wellness": ("yoga", "meditation", "mental-health", "health-screenings"),
}  # fmt: skip
CATEGORIES = tuple(TAXONOMY)
SUBCATEGORIES = tuple(sub for subs in TAXONOMY.values() for sub in subs)
PARENT = {sub: category for category, subs in TAXONOMY.items() for sub in subs}

Method = Literal["source_label", "rules", "model"]
SPLITS = ("train", "test")

MODEL_MISSING = "no categorizer model in {path}: run `python manage.py train_categorizer` to build it"
MODEL_BROKEN = (
    "cannot use the categorizer model in {path} ({error}): rebuild it with `python manage.py train_categorizer`"
)
SOURCE_LABELS_BAD = "{path}: label {label!r} maps to {value!r}, which is not a category or category/subcategory"
CORPUS_EMPTY = "no labelled examples (*.jsonl) in {path}"
CORPUS_BAD_LINE = "{path}, line {line}: {reason}"
CORPUS_BAD_JSON = "not a JSON object"
CORPUS_NO_TITLE = "missing title"
CORPUS_BAD_CATEGORY = "unknown category {value!r}"
CORPUS_BAD_SUBCATEGORY = "subcategory {value!r} is not under {category!r}"
CORPUS_BAD_SPLIT = "split must be 'train' or 'test', not {value!r}"
NOTHING_TO_TRAIN = "nothing to train on: {what}"

RULES_FACTORY = "whatson_category_rules"
TOP_PIPE = "textcat"
SUB_PIPE = "textcat_sub"
RULE_SPANS = "category_rules"
TITLE_END = "title_end"  # doc.user_data key: tokens before it come from the title
SEPARATOR = "|"

# Bag-of-words settings. Unigrams over lightly stemmed words did best on the held-out split; the hash table sizes
# keep the two weight matrices (labels × buckets floats) to a few MB on disk, and collisions are rare at this size.
NGRAM_SIZE = 1
TOP_BUCKETS = 2**15
SUB_BUCKETS = 2**13
DEFAULT_EPOCHS = 8
TRAIN_BATCH = 8
DROPOUT = 0.2
LABEL_CACHE_LIMIT = 10_000
MAX_TAG_LENGTH = 50


class CategorizerError(Exception):
    """The model, the corpus or the label table cannot be used; the message says how to fix it."""


@dataclasses.dataclass(frozen=True, slots=True)
class CategorizeConfig:
    """Knobs the service layer fills from settings; the defaults are what the shipped model was evaluated with."""

    min_confidence: float = 0.5  # below this a result is flagged low_confidence: the decision layer holds it
    subcategory_threshold: float = 0.3  # share of its category's subcategory scores the best one needs
    rule_confidence: float = 0.9  # reported when keyword rules decide (never below the model's own score)
    source_label_confidence: float = 1.0
    use_source_labels: bool = True
    batch_size: int = 256
    description_chars: int = 400  # the start of a description carries the signal; the rest only costs time
    max_tags: int = 20


DEFAULT_CONFIG = CategorizeConfig()


@dataclasses.dataclass(frozen=True, slots=True)
class CategoryResult:
    category: str
    subcategory: str | None
    category_confidence: float
    tags: list[str]
    method: Method
    low_confidence: bool

    def as_fields(self) -> dict[str, Any]:
        """The §4.1 fields `categorize` adds to a normalized event."""
        return {
            "category": self.category,
            "subcategory": self.subcategory,
            "category_confidence": self.category_confidence,
            "tags": list(self.tags),
        }


# ---------------------------------------------------------------------------------------------------------------
# Text → words. The same normalization feeds training, inference and the rule phrases, so they always agree.

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _stem(word: str) -> str:
    """A crude plural folding ("markets" → "market", "parties" → "party"): enough for a bag of words."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Lower-cased, stemmed word tokens; hyphens split ("stand-up" → "stand", "up") and punctuation dropped."""
    return [_stem(word) for word in _WORD.findall(text.lower())]


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def make_doc(vocab: Any, record: Mapping[str, Any], config: CategorizeConfig = DEFAULT_CONFIG) -> Doc:
    """The Doc the pipeline reads: title, the title again (titles carry most of the signal), then the description."""
    title = words(_text(record.get("title")))
    description = words(_text(record.get("description"))[: config.description_chars])
    doc = Doc(vocab, words=[*title, SEPARATOR, *title, SEPARATOR, *description])
    doc.user_data[TITLE_END] = 2 * len(title) + 1
    return doc


# ---------------------------------------------------------------------------------------------------------------
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
#             between yoga and family_kids and the model settles it (a "Children's Hospital gala" stays charity).

RuleMode = Literal["any", "title", "hint", "audience"]


@dataclasses.dataclass(frozen=True, slots=True)
class Rule:
    tag: str
    category: str | None
    subcategory: str | None
    mode: RuleMode
    phrases: tuple[str, ...]


_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    # (tag, "category/subcategory" or "" for tag-only, mode, phrases)
    ("stand-up", "comedy/stand-up", "any", ("stand-up", "standup", "stand-up comedy", "comedian", "comedy club")),
    ("improv", "comedy/improv", "any", ("improv", "improv comedy", "improvised comedy", "sketch comedy")),
    ("comedy-open-mic", "comedy/comedy-open-mic", "any", ("comedy open mic", "open mic comedy", "comedy mic")),
    ("open-mic", "music/open-mic", "hint", ("open mic", "open-mic night")),
    ("open-mic", "comedy/comedy-open-mic", "hint", ("open mic", "open-mic night")),
    ("jam", "music/open-mic", "title", ("open jam", "jam session", "open stage")),
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
    ("theatre", "arts_culture/theatre", "title", ("the musical", "west end")),
    ("ballet", "arts_culture/dance", "any", ("ballet company", "dance theatre")),
    ("exhibition", "arts_culture/exhibitions", "title", ("art exhibition", "gallery opening", "opening reception",
                                                         "private view", "open studio")),
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
    ("food-festival", "food_drink/food-festivals", "title", ("food festival", "beer festival", "cook-off")),
    ("farmers-market", "markets_fairs/farmers-markets", "any", ("farmers market", "farmers' market",
                                                                "farmer's market", "greenmarket")),
    ("craft-market", "markets_fairs/craft-markets", "any", ("craft fair", "makers market", "maker's market",
                                                            "christmas market", "weihnachtsmarkt", "craft market")),
    ("flea-market", "markets_fairs/flea-markets", "title", ("flea market", "flohmarkt", "car boot", "boot fair",
                                                            "swap meet", "yard sale", "garage sale", "jumble sale",
                                                            "rummage sale", "antiques fair", "estate sale",
                                                            "stoop sale")),
    ("street-fair", "markets_fairs/street-fairs", "any", ("street fair", "block party", "night market")),
    ("fair", "markets_fairs/festivals", "any", ("county fair", "state fair", "renaissance faire")),
    ("running", "sports_fitness/running", "any", ("half marathon", "parkrun", "trail race", "10k race")),
    ("fun-run", "sports_fitness/running", "hint", ("fun run",)),
    ("fitness", "sports_fitness/fitness-classes", "any", ("spin class", "hiit", "crossfit", "bootcamp workout",
                                                          "zumba", "kettlebell")),
    ("martial-arts", "sports_fitness/martial-arts", "any", ("jiu-jitsu", "muay thai", "kickboxing", "taekwondo",
                                                            "karate", "judo", "krav maga")),
    ("hiking", "outdoors_nature/hiking", "any", ("guided hike", "day hike", "guided walk", "nature walk",
                                                 "hill walk")),
    ("birding", "outdoors_nature/wildlife", "any", ("birdwatching", "bird walk", "birding", "whale watching")),
    ("paddling", "outdoors_nature/water", "any", ("stand-up paddle", "stand-up paddleboard",
                                                  "stand-up paddleboarding", "paddleboard", "paddleboarding",
                                                  "paddle boarding", "kayak tour", "kayaking tour", "snorkel",
                                                  "snorkelling", "snorkeling")),
    ("clean-up", "outdoors_nature/clean-ups", "any", ("beach clean", "beach clean-up", "beach cleanup",
                                                      "litter pick", "tree planting", "river clean-up")),
    ("hackathon", "tech_business/hackathons", "any", ("hackathon", "game jam", "hack night", "hack day",
                                                      "datathon")),
    ("meetup", "tech_business/meetups", "any", ("user group", "lightning talk", "tech meetup",
                                                "developer meetup")),
    ("networking", "tech_business/networking", "any", ("networking event", "networking breakfast",
                                                       "networking night", "business networking",
                                                       "speed networking")),
    ("startups", "tech_business/startups", "any", ("pitch night", "demo day", "startup pitch",
                                                   "founder office hours")),
    ("conference", "tech_business/conferences", "any", ("tech conference", "developer conference")),
    ("lecture", "education/lectures", "any", ("public lecture", "guest lecture", "lecture series",
                                              "inaugural lecture")),
    ("class", "education/classes", "any", ("evening class", "evening course", "language class")),
    ("city-council", "community_civic/government-boards", "any", ("city council", "council meeting",
                                                                  "school board", "board of supervisors",
                                                                  "planning commission", "zoning board",
                                                                  "board of education", "board of aldermen",
                                                                  "county commissioners")),
    ("public-meeting", "community_civic/public-meetings", "any", ("town hall meeting", "public hearing",
                                                                  "public comment", "community meeting",
                                                                  "public consultation",
                                                                  "neighborhood association",
                                                                  "listening session")),
    ("volunteering", "community_civic/volunteering", "title", ("volunteer shift", "volunteers needed",
                                                               "food bank volunteer", "blood drive")),
    ("charity", "community_civic/charity", "any", ("charity gala", "charity auction", "fundraising dinner")),
    ("fundraiser", "community_civic/charity", "hint", ("fundraiser",)),
    ("faith", "community_civic/faith", "any", ("worship service", "bible study", "shabbat", "jummah",
                                               "sunday service")),
    ("activism", "community_civic/activism", "title", ("rally", "protest", "vigil", "voter registration",
                                                       "march for", "march against")),
    ("storytime", "family_kids/storytime", "any", ("storytime", "story time", "story hour", "rhyme time")),
    ("kids", "family_kids/kids-activities", "audience", ("kid", "children", "child", "toddler", "preschooler",
                                                         "under-5", "little one")),
    ("teens", "family_kids/teens", "audience", ("teen", "teenager")),
    ("yoga", "health_wellness/yoga", "any", ("yoga",)),
    ("meditation", "health_wellness/meditation", "any", ("meditation", "sound bath", "mindfulness", "tai chi",
                                                         "qigong", "breathwork")),
    ("mental-health", "health_wellness/mental-health", "any", ("support group", "anonymous meeting")),
    ("mental-health", "health_wellness/mental-health", "hint", ("mental health",)),
    ("health-screening", "health_wellness/health-screenings", "any", ("flu shot", "health screening",
                                                                      "blood pressure", "mammogram",
                                                                      "vaccination clinic", "hiv testing")),
    # Tag-only: descriptive keywords with no say in the category.
    ("free", "", "hint", ("free entry", "free admission", "admission free", "free event", "no cover",
                          "free of charge")),
    ("online", "", "hint", ("online", "virtual", "zoom", "livestream", "live stream", "webinar")),
    ("outdoor", "", "hint", ("outdoor", "outdoors", "open air", "in the park", "rooftop")),
    ("kids", "", "hint", ("family friendly", "family-friendly")),
    ("all-ages", "", "hint", ("all ages",)),
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


def _rule(tag: str, target: str, mode: RuleMode, phrases: tuple[str, ...]) -> Rule:
    category, _, subcategory = target.partition("/")
    return Rule(tag=tag, category=category or None, subcategory=subcategory or None, mode=mode, phrases=phrases)


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
        for rule_id, rule in RULE_IDS.items():
            self.matcher.add(rule_id, [Doc(vocab, words=words(phrase)) for phrase in rule.phrases])

    def __call__(self, doc: Doc) -> Doc:
        spans = self.matcher(doc, as_spans=True)
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
    hits: dict[str, RuleHit] = {}
    span: Span
    for span in doc.spans[RULE_SPANS] if RULE_SPANS in doc.spans else ():
        in_title = span.start < title_end
        previous = hits.get(span.label_)
        if previous is None or (in_title and not previous.in_title):
            hits[span.label_] = RuleHit(RULE_IDS[span.label_], in_title)
    return list(hits.values())


# ---------------------------------------------------------------------------------------------------------------
# Source labels.


@dataclasses.dataclass(frozen=True, slots=True)
class LabelMatch:
    """What a source label says: one category (and maybe a subcategory), or several (ambiguous: candidates)."""

    category: str | None
    subcategory: str | None = None
    candidates: tuple[str, ...] = ()


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_AND = re.compile(r"\s+and\s+")
_PATH_SEPARATOR = re.compile(r"\s+/\s+|\s*[>|»›]\s*")
_LIST_SEPARATOR = re.compile(r"\s*[,;]\s*")
_ABSENT = object()


def label_key(value: str) -> str:
    """How labels are compared: "MusicEvent", "MUSIC_EVENT" and "music-event" are all "music event"."""
    text = _CAMEL.sub(" ", value.strip()).lower().replace("_", " ").replace("-", " ")
    return " ".join(_AND.sub(" & ", text).split())


def _label_keys(label: str) -> Iterator[str]:
    """Most specific first: the whole path, "Segment / *" wildcards, then each part from the last to the first."""
    parts = [key for key in (label_key(part) for part in _PATH_SEPARATOR.split(label)) if key]
    if not parts:
        return
    yield " / ".join(parts)
    for end in range(len(parts) - 1, 0, -1):
        yield " / ".join(parts[:end]) + " / *"
    for part in reversed(parts):
        yield part
        if "/" in part:  # Ticketmaster genres such as "Hip-Hop/Rap" when the table lacks the pair
            yield from (piece.strip() for piece in reversed(part.split("/")) if piece.strip())


def _parse_label_value(path: Path, label: str, value: object) -> LabelMatch | None:
    if value is None:
        return None
    if isinstance(value, list) and value and all(isinstance(item, str) and item in TAXONOMY for item in value):
        return LabelMatch(category=None, candidates=tuple(value))
    category, _, subcategory = value.partition("/") if isinstance(value, str) else ("", "", "")
    if category not in TAXONOMY or (subcategory and PARENT.get(subcategory) != category):
        raise CategorizerError(SOURCE_LABELS_BAD.format(path=path, label=label, value=value))
    return LabelMatch(category=category, subcategory=subcategory or None)


def _combine(matches: Sequence[LabelMatch | None]) -> LabelMatch | None:
    """Several labels ("Music, Jazz"): they decide only if they agree; otherwise the model picks among them."""
    decided = [match for match in matches if match is not None and match.category]
    ambiguous = [match for match in matches if match is not None and not match.category]
    categories = {match.category for match in decided}
    if len(categories) == 1 and all(decided[0].category in match.candidates for match in ambiguous):
        return next((match for match in decided if match.subcategory), decided[0])
    names = categories.union(*(match.candidates for match in ambiguous))
    candidates = tuple(category for category in CATEGORIES if category in names)
    return LabelMatch(category=None, candidates=candidates) if candidates else None


class SourceLabels:
    """The label table, with a memo: a source sends the same few labels over and over."""

    def __init__(self, table: Mapping[str, object], *, path: Path = SOURCE_LABELS_PATH) -> None:
        self._table = {label_key(label): _parse_label_value(path, label, value) for label, value in table.items()}
        self._memo: dict[str, LabelMatch | None] = {}

    def resolve(self, label: str | None) -> LabelMatch | None:
        if not label or not label.strip():
            return None
        found = self._memo.get(label, _ABSENT)
        if found is _ABSENT:
            if len(self._memo) >= LABEL_CACHE_LIMIT:
                self._memo.clear()
            found = self._memo[label] = self._resolve(label)
        return found  # type: ignore[return-value]

    def _resolve(self, label: str) -> LabelMatch | None:
        is_list = not _PATH_SEPARATOR.search(label) and _LIST_SEPARATOR.search(label)
        if not is_list or label_key(label) in self._table:  # "Film, Media & Entertainment" is one label
            return self._resolve_path(label)
        return _combine([self._resolve_path(part) for part in _LIST_SEPARATOR.split(label) if part.strip()])

    def _resolve_path(self, label: str) -> LabelMatch | None:
        for key in _label_keys(label):
            value = self._table.get(key)
            if value is not None:  # null entries say nothing: try the next, less specific part
                return value
        return None


@functools.lru_cache(maxsize=4)
def load_source_labels(path: Path = SOURCE_LABELS_PATH) -> SourceLabels:
    data = json.loads(path.read_text(encoding="utf-8"))
    return SourceLabels(data["labels"], path=path)


# ---------------------------------------------------------------------------------------------------------------
# The categorizer: pipeline + label table, and the decision for one event.


class Categorizer:
    """A loaded (or freshly trained) pipeline and the source-label table."""

    def __init__(self, nlp: Language, source_labels: SourceLabels | None = None) -> None:
        self.nlp = nlp
        self.source_labels = source_labels if source_labels is not None else load_source_labels()

    def to_disk(self, path: Path) -> None:
        self.nlp.to_disk(path)

    def decide(self, record: Mapping[str, Any], doc: Doc, config: CategorizeConfig) -> CategoryResult:
        hits = rule_hits(doc)
        match = self.source_labels.resolve(_text(record.get("source_category"))) if config.use_source_labels else None
        method: Method
        if match is not None and match.category:
            category, subcategory = match.category, match.subcategory
            confidence, method = config.source_label_confidence, "source_label"
        else:
            candidates = match.candidates if match is not None else CATEGORIES
            category, confidence, method = _choose(doc.cats, hits, candidates, config)
            subcategory = None
        return CategoryResult(
            category=category,
            subcategory=subcategory or _subcategory(category, hits, doc.cats, config),
            category_confidence=round(confidence, 4),
            tags=_tags(record, hits, config),
            method=method,
            low_confidence=confidence < config.min_confidence,
        )


def _deciding(hits: Iterable[RuleHit], candidates: Sequence[str]) -> list[str]:
    found: list[str] = []
    for hit in hits:
        category = hit.rule.category
        if (
            hit.rule.mode in ("any", "title")
            and category is not None
            and category in candidates
            and category not in found
        ):
            found.append(category)
    return found


def _ruled_categories(hits: Sequence[RuleHit], candidates: Sequence[str]) -> list[str]:
    """Categories the rules point to. The title's outvote the description's (a passing mention is not the event);
    an audience word in the title ("kids", "teen") puts family_kids in the running."""
    in_title = [hit for hit in hits if hit.in_title]
    found = _deciding(in_title, candidates) or _deciding(
        (hit for hit in hits if not hit.in_title and hit.rule.mode == "any"), candidates
    )
    for hit in in_title if found else ():
        category = hit.rule.category
        if hit.rule.mode == "audience" and category is not None and category in candidates and category not in found:
            found.append(category)
    return found


def _choose(
    scores: Mapping[str, float], hits: Sequence[RuleHit], candidates: Sequence[str], config: CategorizeConfig
) -> tuple[str, float, Method]:
    ruled = _ruled_categories(hits, candidates)
    if len(ruled) == 1:
        return ruled[0], max(config.rule_confidence, scores.get(ruled[0], 0.0)), "rules"
    pool = ruled or candidates
    category = max(pool, key=lambda name: scores.get(name, 0.0))
    if len(pool) == len(CATEGORIES):
        return category, scores.get(category, 0.0), "model"
    # Rules or the label narrowed the field: report the model's confidence within it.
    total = sum(scores.get(name, 0.0) for name in pool)
    return category, scores.get(category, 0.0) / total if total > 0 else 0.0, "model"


def _subcategory(
    category: str, hits: Sequence[RuleHit], scores: Mapping[str, float], config: CategorizeConfig
) -> str | None:
    # A deciding rule's subcategory first ("Toddler Storytime" is storytime), then hints and audience words.
    for hit in sorted(hits, key=lambda hit: hit.rule.mode not in ("any", "title")):
        if hit.rule.category == category and hit.rule.subcategory:
            return hit.rule.subcategory
    subcategories = TAXONOMY[category]
    weights = [scores.get(name, 0.0) for name in subcategories]
    total = sum(weights)
    best = max(range(len(weights)), key=weights.__getitem__)
    return subcategories[best] if total > 0 and weights[best] / total >= config.subcategory_threshold else None


_TAG_JUNK = re.compile(r"[^\w+&]+")


def normalize_tag(value: str) -> str:
    """A tag as a slug: "#Live Music" → "live-music", "Arts & Theatre" → "arts-and-theatre", "21+" stays."""
    text = value.strip().lower().lstrip("#").replace(" & ", " and ")
    return _TAG_JUNK.sub("-", text).strip("-")[:MAX_TAG_LENGTH]


def _tags(record: Mapping[str, Any], hits: Sequence[RuleHit], config: CategorizeConfig) -> list[str]:
    """Rule tags, then what the record itself says (free, online), then the source's own tags, each once."""
    found = [hit.rule.tag for hit in hits]
    if record.get("cost_type") == "free":
        found.append("free")
    if record.get("online") is True:
        found.append("online")
    found.extend(normalize_tag(tag) for tag in record.get("tags") or () if isinstance(tag, str))
    return [tag for tag in dict.fromkeys(found) if tag][: config.max_tags]


# ---------------------------------------------------------------------------------------------------------------
# Public API.


def categorize_batch(
    records: Sequence[Mapping[str, Any]],
    *,
    model: Categorizer | None = None,
    config: CategorizeConfig | None = None,
) -> list[CategoryResult]:
    """One result per record, in order. Low-confidence results are returned too, flagged for the decision layer."""
    categorizer = model if model is not None else load_categorizer()
    settings = config or DEFAULT_CONFIG
    nlp = categorizer.nlp
    docs = nlp.pipe((make_doc(nlp.vocab, record, settings) for record in records), batch_size=settings.batch_size)
    return [categorizer.decide(record, doc, settings) for record, doc in zip(records, docs, strict=True)]


def load_categorizer(path: Path | str = DEFAULT_MODEL_DIR) -> Categorizer:
    """The trained categorizer in `path`, loaded once per process."""
    return _load_categorizer(str(Path(path).resolve()))


@functools.lru_cache(maxsize=4)
def _load_categorizer(path: str) -> Categorizer:
    directory = Path(path)
    if not (directory / "config.cfg").is_file():
        raise CategorizerError(MODEL_MISSING.format(path=directory))
    try:
        nlp = spacy.load(directory)
    except (OSError, ValueError, KeyError) as exc:
        raise CategorizerError(MODEL_BROKEN.format(path=directory, error=exc)) from exc
    missing = [pipe for pipe in (RULES_FACTORY, TOP_PIPE, SUB_PIPE) if pipe not in nlp.pipe_names]
    if missing:
        raise CategorizerError(MODEL_BROKEN.format(path=directory, error=f"missing {', '.join(missing)}"))
    return Categorizer(nlp)


def clear_categorizer_cache() -> None:
    """Forget loaded models (after `train_categorizer` rewrote one, or in tests)."""
    _load_categorizer.cache_clear()


# ---------------------------------------------------------------------------------------------------------------
# Corpus, training and evaluation.


def _corpus_row(path: Path, line_number: int, line: str) -> dict[str, Any]:
    def bad(reason: str) -> CategorizerError:
        return CategorizerError(CORPUS_BAD_LINE.format(path=path, line=line_number, reason=reason))

    try:
        row = json.loads(line)
    except ValueError:
        row = None
    if not isinstance(row, dict):
        raise bad(CORPUS_BAD_JSON)
    category, subcategory = row.get("category"), row.get("subcategory")
    if not isinstance(row.get("title"), str) or not row["title"].strip():
        raise bad(CORPUS_NO_TITLE)
    if category not in TAXONOMY:
        raise bad(CORPUS_BAD_CATEGORY.format(value=category))
    if subcategory is not None and PARENT.get(subcategory) != category:
        raise bad(CORPUS_BAD_SUBCATEGORY.format(value=subcategory, category=category))
    if row.get("split") not in SPLITS:
        raise bad(CORPUS_BAD_SPLIT.format(value=row.get("split")))
    return row


def load_corpus(directory: Path | str = CORPUS_DIR) -> list[dict[str, Any]]:
    """Every labelled example in the *.jsonl files of `directory`, validated, in file order."""
    rows: list[dict[str, Any]] = []
    for path in sorted(Path(directory).glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                rows.append(_corpus_row(path, number, line))
    if not rows:
        raise CategorizerError(CORPUS_EMPTY.format(path=directory))
    return rows


def corpus_split(rows: Iterable[Mapping[str, Any]], split: str) -> list[Mapping[str, Any]]:
    return [row for row in rows if row.get("split") == split]


def blank_pipeline() -> Language:
    """spacy.blank("en") + rules + the two bag-of-words textcats, untrained."""
    nlp = spacy.blank("en")
    nlp.add_pipe(RULES_FACTORY)
    for name, buckets in ((TOP_PIPE, TOP_BUCKETS), (SUB_PIPE, SUB_BUCKETS)):
        architecture = {
            "@architectures": "spacy.TextCatBOW.v3",
            "exclusive_classes": True,
            "ngram_size": NGRAM_SIZE,
            "no_output_layer": False,
            "length": buckets,
        }
        nlp.add_pipe("textcat", name=name, config={"model": architecture})
    return nlp


def _examples(nlp: Language, rows: Sequence[Mapping[str, Any]], field: str) -> list[Example]:
    return [
        Example.from_dict(make_doc(nlp.vocab, row), {"cats": {row[field]: 1.0}})
        for row in rows
        if row.get(field) is not None
    ]


def train(
    rows: Sequence[Mapping[str, Any]],
    *,
    epochs: int = DEFAULT_EPOCHS,
    seed: int = 0,
    on_epoch: Callable[[int], object] | None = None,
) -> Categorizer:
    """Train both textcats on `rows` (callers pass the train split). Deterministic for a given seed.

    The two textcats are updated separately, each with its own examples: an exclusive textcat refuses examples
    whose cats carry two positive labels, and every example here has a category and (usually) a subcategory.
    """
    fix_random_seed(seed)
    nlp = blank_pipeline()
    top, sub = _examples(nlp, rows, "category"), _examples(nlp, rows, "subcategory")
    if not top or not sub:
        raise CategorizerError(NOTHING_TO_TRAIN.format(what="no examples" if not top else "no subcategory labels"))
    components = ((nlp.get_pipe(TOP_PIPE), top, CATEGORIES), (nlp.get_pipe(SUB_PIPE), sub, SUBCATEGORIES))
    for component, examples, labels in components:
        component.initialize(lambda examples=examples: examples, nlp=nlp, labels=list(labels))  # type: ignore[attr-defined]
    optimizer = nlp.create_optimizer()
    shuffle = random.Random(seed).shuffle  # noqa: S311  # the order of training examples, not a secret
    for epoch in range(1, epochs + 1):
        for component, examples, _ in components:
            shuffle(examples)
            for batch in minibatch(examples, size=TRAIN_BATCH):
                component.update(batch, sgd=optimizer, drop=DROPOUT)  # type: ignore[attr-defined]
        if on_epoch is not None:
            on_epoch(epoch)
    return Categorizer(nlp)


@dataclasses.dataclass(frozen=True, slots=True)
class CategoryScore:
    precision: float
    recall: float
    f1: float
    support: int


@dataclasses.dataclass(frozen=True, slots=True)
class Evaluation:
    count: int
    accuracy: float  # top-level category
    macro_f1: float
    subcategory_accuracy: float  # over examples with a labelled subcategory
    per_category: dict[str, CategoryScore]
    methods: dict[str, int]  # how many results each decider settled


def _score(true_positives: int, predicted: int, support: int) -> CategoryScore:
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return CategoryScore(round(precision, 4), round(recall, 4), round(f1, 4), support)


def evaluate(
    model: Categorizer, records: Sequence[Mapping[str, Any]], *, config: CategorizeConfig | None = None
) -> Evaluation:
    """Score the categorizer against labelled records (e.g. the corpus's test split)."""
    results = categorize_batch(records, model=model, config=config)
    gold = [str(record["category"]) for record in records]
    predicted = [result.category for result in results]
    hits = Counter(truth for truth, guess in zip(gold, predicted, strict=True) if truth == guess)
    support, guessed = Counter(gold), Counter(predicted)
    per_category = {name: _score(hits[name], guessed[name], support[name]) for name in CATEGORIES if support[name]}
    labelled = [(record, result) for record, result in zip(records, results, strict=True) if record.get("subcategory")]
    sub_hits = sum(result.subcategory == record["subcategory"] for record, result in labelled)
    count = len(records)
    return Evaluation(
        count=count,
        accuracy=round(sum(hits.values()) / count, 4) if count else 0.0,
        macro_f1=round(sum(score.f1 for score in per_category.values()) / len(per_category), 4)
        if per_category
        else 0.0,
        subcategory_accuracy=round(sub_hits / len(labelled), 4) if labelled else 0.0,
        per_category=per_category,
        methods=dict(Counter(result.method for result in results)),
    )
