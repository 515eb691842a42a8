"""Categorize normalized events: category, subcategory, confidence and tags (docs/event-format.md). Pure.

Three deciders, strongest first:

1. the source's own label (``source_category``: Ticketmaster "Music / Rock / Alternative Rock", Eventbrite
   "Food & Drink", a Meetup topic, a SeatGeek taxonomy…) mapped through ``data/source_labels.json``, when it names
   exactly one category;
2. high-precision keyword rules ("stand-up", "farmers market", "hackathon", "storytime"…), when they agree on one
   category (a hit in the title outvotes a passing mention in the description);
3. a bag-of-words text classifier (spaCy ``textcat``) trained on the hand-labelled corpus in ``data/corpus``, its
   scores moved by what the venue's name says the place hosts (``venues``: "… Theatre", "… Comedy Club", "… Nature
   Center"): in full when the title alone says nothing sure (a bare show or performer name), a small share otherwise,
   never against a rule or a source's label. A guess from a name stays below the low-confidence bar.

The spaCy pipeline is ``spacy.blank("en")`` + the rule component + two ``textcat`` components (top level, and
subcategories, read only within the chosen category). ``manage.py train_categorizer`` builds it into ``model/``;
it is loaded once per process and cached.

Listings in German, French, Spanish, Italian and Dutch: the rules hold each language's phrases for a kind of event,
and read German and Dutch compounds by their last part ("Orgelkonzert", "Gemeinderatssitzung": rules.COMPOUND); the
venue table does the same for places ("Stadttheater", "Musée", "Ayuntamiento"); the corpus's intl_<language>.jsonl
files are hand-written listings in those languages (no licensed labelled source in them was found).

Boundaries the corpus is labelled by (and the rules follow): a DJ club night is nightlife, a concert is music;
stand-up is comedy even in a theatre; workshops, classes, talks and lectures are education, while meetups,
hackathons, conferences and networking are tech_business; yoga is health_wellness; hiking is outdoors_nature
while races are sports_fitness; a market is markets_fairs even when it sells food. Audience beats activity: an
event made for children (a kids' coding workshop, a toddler music class) is family_kids, because that is where
parents look for it.

The package: ``config`` (taxonomy, paths, settings, result types), ``tokens`` (text → Doc), ``rules`` (keyword
rules and the spaCy component, registered on import; ``rules_languages`` and ``rules_subjects`` hold more of its table), ``labels`` (the source-label table), ``model`` (the
Categorizer, loading, ``categorize_batch``), ``venues`` (the venue-name prior), ``venue_history`` (a venue's past
events, applied by the processing service), ``source_consensus`` (what the rest of a source's feed in the batch was
read as, applied after it), ``touring`` (a performer's or an act's named tour: music or comedy), ``rules_bills`` (a bill of acts, a band's
name, a tribute: music or comedy), ``rules_promoters`` (a promoter's name before "presents" is not the show),
``groups`` (the organizer's name and a group's "Meetup" as evidence) and ``training`` (corpus, ``train``, ``evaluate``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .config import (
    CATEGORIES,
    CORPUS_BAD_CATEGORY,
    CORPUS_BAD_JSON,
    CORPUS_BAD_LINE,
    CORPUS_BAD_SPLIT,
    CORPUS_BAD_SUBCATEGORY,
    CORPUS_DIR,
    CORPUS_EMPTY,
    CORPUS_NO_TITLE,
    DEFAULT_CONFIG,
    DEFAULT_EPOCHS,
    DEFAULT_MODEL_DIR,
    DEFAULT_RUNS,
    DROPOUT,
    LABEL_CACHE_LIMIT,
    MAX_TAG_LENGTH,
    MODEL_BROKEN,
    MODEL_MISSING,
    NGRAM_SIZE,
    NOTHING_TO_TRAIN,
    PACKAGE_DIR,
    PARENT,
    RULE_SPANS,
    RULES_FACTORY,
    SEPARATOR,
    SOURCE_LABELS_BAD,
    SOURCE_LABELS_PATH,
    SPLITS,
    SUB_BUCKETS,
    SUB_PIPE,
    SUBCATEGORIES,
    TAXONOMY,
    TITLE_END,
    TOP_BUCKETS,
    TOP_PIPE,
    TRAIN_BATCH,
    CategorizeConfig,
    CategorizerError,
    CategoryResult,
    Method,
)
from .labels import (
    LabelMatch,
    SourceLabels,
    label_key,
    load_source_labels,
)

if TYPE_CHECKING:
    from .model import (
        Categorizer,
        categorize_batch,
        clear_categorizer_cache,
        load_categorizer,
        normalize_tag,
    )
    from .rules import (
        RULE_IDS,
        RULES,
        CategoryRules,
        Rule,
        RuleHit,
        RuleMode,
        make_category_rules,
        rule_hits,
    )
    from .tokens import (
        make_doc,
        words,
    )
    from .training import (
        CategoryScore,
        Evaluation,
        blank_pipeline,
        corpus_split,
        evaluate,
        load_corpus,
        train,
    )
    from .venues import (
        VENUE_KINDS,
        VenuePrior,
        billed_person,
        first_names,
        names_a_bill,
        reads_as_names,
        reads_as_person,
        venue_prior,
    )

# What needs spaCy (the model, the rules' component, tokens, training, the venue prior) is imported on first use:
# the web, the WebSocket server and beat import this package through the processing service and never categorize,
# and importing spaCy costs each such process about 100 MB and most of a second of CPU. Importing ``.rules``
# registers the spaCy rule factory a saved model needs; ``.model`` does that itself before loading.
_LAZY = {
    "Categorizer": "model",
    "categorize_batch": "model",
    "clear_categorizer_cache": "model",
    "load_categorizer": "model",
    "normalize_tag": "model",
    "RULE_IDS": "rules",
    "RULES": "rules",
    "CategoryRules": "rules",
    "Rule": "rules",
    "RuleHit": "rules",
    "RuleMode": "rules",
    "make_category_rules": "rules",
    "rule_hits": "rules",
    "make_doc": "tokens",
    "words": "tokens",
    "CategoryScore": "training",
    "Evaluation": "training",
    "blank_pipeline": "training",
    "corpus_split": "training",
    "evaluate": "training",
    "load_corpus": "training",
    "train": "training",
    "VENUE_KINDS": "venues",
    "VenuePrior": "venues",
    "billed_person": "venues",
    "first_names": "venues",
    "names_a_bill": "venues",
    "reads_as_names": "venues",
    "reads_as_person": "venues",
    "venue_prior": "venues",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "VENUE_KINDS",
    "VenuePrior",
    "venue_prior",
    "first_names",
    "reads_as_person",
    "billed_person",
    "reads_as_names",
    "names_a_bill",
    "CATEGORIES",
    "CORPUS_BAD_CATEGORY",
    "CORPUS_BAD_JSON",
    "CORPUS_BAD_LINE",
    "CORPUS_BAD_SPLIT",
    "CORPUS_BAD_SUBCATEGORY",
    "CORPUS_DIR",
    "CORPUS_EMPTY",
    "CORPUS_NO_TITLE",
    "CategorizeConfig",
    "Categorizer",
    "CategorizerError",
    "CategoryResult",
    "CategoryRules",
    "CategoryScore",
    "DEFAULT_CONFIG",
    "DEFAULT_EPOCHS",
    "DEFAULT_MODEL_DIR",
    "DEFAULT_RUNS",
    "DROPOUT",
    "Evaluation",
    "LABEL_CACHE_LIMIT",
    "LabelMatch",
    "MAX_TAG_LENGTH",
    "MODEL_BROKEN",
    "MODEL_MISSING",
    "Method",
    "NGRAM_SIZE",
    "NOTHING_TO_TRAIN",
    "PACKAGE_DIR",
    "PARENT",
    "RULES",
    "RULES_FACTORY",
    "RULE_IDS",
    "RULE_SPANS",
    "Rule",
    "RuleHit",
    "RuleMode",
    "SEPARATOR",
    "SOURCE_LABELS_BAD",
    "SOURCE_LABELS_PATH",
    "SPLITS",
    "SUBCATEGORIES",
    "SUB_BUCKETS",
    "SUB_PIPE",
    "SourceLabels",
    "TAXONOMY",
    "TITLE_END",
    "TOP_BUCKETS",
    "TOP_PIPE",
    "TRAIN_BATCH",
    "blank_pipeline",
    "categorize_batch",
    "clear_categorizer_cache",
    "corpus_split",
    "evaluate",
    "label_key",
    "load_categorizer",
    "load_corpus",
    "load_source_labels",
    "make_category_rules",
    "make_doc",
    "normalize_tag",
    "rule_hits",
    "train",
    "words",
]
