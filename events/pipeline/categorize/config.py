"""Settings, taxonomy, data paths, messages and the result types of the categorizer."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, Literal

# This package lives in events/pipeline/categorize/; its data and model live beside it in events/pipeline/.
PACKAGE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_MODEL_DIR = PACKAGE_DIR / "model"
CORPUS_DIR = PACKAGE_DIR / "data" / "corpus"
SOURCE_LABELS_PATH = PACKAGE_DIR / "data" / "source_labels.json"
FIRST_NAMES_PATH = PACKAGE_DIR / "data" / "first_names.txt"

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

# venue: venue_history.py (the venue's past events); source: source_consensus.py (the feed's other listings)
Method = Literal["source_label", "rules", "model", "venue", "source"]
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
# doc.user_data key: (the title end it was read for, whether the title names a teaching format), rules.names_a_format
# (rule_hits and the categorizer's decision both ask; each reading built a Token per title word)
NAMES_A_FORMAT = "whatson_names_a_format"
TITLE_BREAKS = "title_breaks"  # doc.user_data key: per title word, whether punctuation or the title's end follows
TITLE_FOLDED = "title_folded"  # doc.user_data key: some title word reads differently raw (tokens.fold) than stemmed
PARTS_START = "parts_start"  # doc.user_data key: where the parts of the title's joined-up names begin (tokens.subwords)
SEPARATOR = "|"
# A listing that is only a name ("The Marias", "Lord Huron with Bully": no description, and no content word the model
# knows) gives a bag of words nothing to read; this token stands for "a title the model cannot read", so the model
# learns what such listings usually are instead of reading noise from the hash buckets of the name. One known content
# word is enough to keep it out ("Monument Commission" is read by "commission"), and what the model decides from it is
# reported below the low-confidence bar (CategorizeConfig.name_only_confidence), so a moderator sees it.
UNKNOWN = "<unknown>"
# doc.user_data key: (the doc's token count, whether UNKNOWN is among its words), written by tokens.make_doc from the
# words it built the doc of, so that the model's bare-name test need not read the doc back (model._has_token)
UNKNOWN_BUILT = "unknown_built"
# doc.user_data key: the doc's scores are those of its title read as a name (model.py, tokens.name_doc)
NAME_READING = "name_reading"
KNOWN_WORDS_FILE = "known_words.txt"  # beside the pipeline: the words the model was trained on, one a line
# Beside it, the words that name a kind of event rather than make a name ("forum", "band", "night", "tour"): title
# words of at least EVENT_WORD_ROWS training titles that mostly (EVENT_WORD_SHARE) share one category, or of at least
# COMMON_EVENT_WORD_ROWS titles of any categories. A title of capitalized words holding none of them reads as a name.
EVENT_WORDS_FILE = "event_words.txt"
EVENT_WORD_ROWS = 2
EVENT_WORD_SHARE = 0.6
COMMON_EVENT_WORD_ROWS = 10
# In training a word seen in fewer rows than this is unknown in every other title (chosen by a hash of the title, so
# training stays deterministic): the model meets the token on names it has seen, as it will on names it has not.
COMMON_WORD_ROWS = 2

# Bag-of-words settings. Unigrams over lightly stemmed words did best on the held-out split; the hash table sizes
# keep the two weight matrices (labels × buckets floats) to a few MB on disk, and collisions are rare at this size.
NGRAM_SIZE = 1
TOP_BUCKETS = 2**15
SUB_BUCKETS = 2**13
DEFAULT_EPOCHS = 8
# Training runs from consecutive seeds whose weights are averaged into the shipped model. The textcats are linear over
# hashed words (the same hash for every run), so the average is the average of the runs' scores before the softmax: an
# ensemble at no inference cost. One run's readings of a weak title swing with the seed (single runs disagree on about
# 1.1% of dev and held-out predictions; two averages of four disjoint seeds on 0.45%), which made tests sit on a score.
DEFAULT_RUNS = 4
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
    name_only_confidence: float = 0.45  # the most the model may report for a title it cannot read (UNKNOWN)
    # A title alone whose best score is under this many times the even share (1/13) was read without any word carrying
    # a sign of its kind ("Bad Suns", "The Cat Empire": words the model knows, making a band's name): it is read as a
    # name instead, as a title of unknown words is (UNKNOWN). 0 switches it off.
    flat_reading: float = 2.0
    # A title alone that is only names (venues.reads_as_names: capitalized words, joined by "with", "and", "&", "vs"...)
    # with no word that names a kind of event (EVENT_WORDS_FILE) is read as a name too when no category reaches this
    # score: its words' other uses ("Tin", "King", "Law") are no evidence of what the listing is. 0 switches it off.
    name_reading: float = 0.35
    # A listing narrowed to a musician's or a comedian's (a bill of acts, an act's or a performer's tour: touring.py) is
    # a comedian's only where comedy holds at least this share of the two scores: a near tie is the musician's.
    touring_comedy_share: float = 0.6
    source_label_confidence: float = 1.0
    use_source_labels: bool = True
    # A source label the table does not know ("Nature Hike", "Tree Planting", "Planning Commission") is read by the
    # keyword rules as words of the title: it decides where the title's own rules are silent (model.Categorizer).
    read_unknown_labels: bool = True
    batch_size: int = 256
    description_chars: int = 400  # the start of a description carries the signal; the rest only costs time
    max_tags: int = 20
    # The venue's name as a prior (venues.py): added to the model's score of the category the place hosts, in full for
    # a title the model cannot read (UNKNOWN), this share of it otherwise (a concert at a theatre is still music).
    use_venue: bool = True
    venue_strong_weight: float = 0.5
    venue_weak_weight: float = 0.2
    venue_text_share: float = 0.3


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
