"""The labelled corpus, training the two textcats, and scoring a categorizer against held-out examples."""

from __future__ import annotations

import dataclasses
import json
import random
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from . import rules as _rules  # noqa: F401  # registers the rule factory blank_pipeline adds
from .config import (
    CATEGORIES,
    COMMON_EVENT_WORD_ROWS,
    COMMON_WORD_ROWS,
    CORPUS_BAD_CATEGORY,
    CORPUS_BAD_JSON,
    CORPUS_BAD_LINE,
    CORPUS_BAD_SPLIT,
    CORPUS_BAD_SUBCATEGORY,
    CORPUS_DIR,
    CORPUS_EMPTY,
    CORPUS_NO_TITLE,
    DEFAULT_EPOCHS,
    DEFAULT_RUNS,
    DROPOUT,
    EVENT_WORD_ROWS,
    EVENT_WORD_SHARE,
    NGRAM_SIZE,
    NOTHING_TO_TRAIN,
    PARENT,
    RULES_FACTORY,
    SPLITS,
    SUB_BUCKETS,
    SUB_PIPE,
    SUBCATEGORIES,
    TAXONOMY,
    TOP_BUCKETS,
    TOP_PIPE,
    TRAIN_BATCH,
    CategorizeConfig,
    CategorizerError,
)
from .model import Categorizer, categorize_batch
from .tokens import WordCheck, as_text, content_words, make_doc, words


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


def _row_counts(rows: Iterable[Mapping[str, Any]]) -> Counter[str]:
    """In how many rows each word occurs (title or description)."""
    counts: Counter[str] = Counter()
    for row in rows:
        counts.update(set(words(as_text(row.get("title")))) | set(words(as_text(row.get("description")))))
    return counts


def _training_check(counts: Counter[str]) -> WordCheck:
    """What training treats as unknown. A title holding a rare word (a name: seen in fewer than COMMON_WORD_ROWS rows)
    is, in every other such title (chosen by a hash of the title, so the same corpus always trains the same model),
    a title the model cannot read at all: none of its words is known, so a bare listing carries UNKNOWN. The model
    meets the token on names it has seen, as it will on names it has not; its words stay in the doc, so they still
    count. Other titles, and the other half, are read as they are."""

    def known(word: str, title: str) -> bool:
        if zlib.crc32(title.encode()) % 2 == 0:
            return True
        return all(counts[name] >= COMMON_WORD_ROWS for name in words(title) if name.isalpha())

    return known


def _examples(nlp: Language, rows: Sequence[Mapping[str, Any]], field: str, known: WordCheck) -> list[Example]:
    return [
        Example.from_dict(make_doc(nlp.vocab, row, known=known), {"cats": {row[field]: 1.0}})
        for row in rows
        if row.get(field) is not None
    ]


def train(
    rows: Sequence[Mapping[str, Any]],
    *,
    epochs: int = DEFAULT_EPOCHS,
    seed: int = 0,
    runs: int = DEFAULT_RUNS,
    on_epoch: Callable[[int], object] | None = None,
) -> Categorizer:
    """Train both textcats on `rows` (callers pass the train split), `runs` times from seeds seed, seed + 1, …, and
    average the runs' weights (DEFAULT_RUNS says why). Deterministic for a given seed and number of runs.

    The two textcats are updated separately, each with its own examples: an exclusive textcat refuses examples
    whose cats carry two positive labels, and every example here has a category and (usually) a subcategory.
    on_epoch is called after every epoch of every run (epochs × runs calls).
    """
    if runs < 1:
        raise CategorizerError(NOTHING_TO_TRAIN.format(what="no training runs"))
    counts = _row_counts(rows)
    nlps = [_train_run(rows, counts, epochs, seed + run, on_epoch) for run in range(runs)]
    nlp = nlps[0]
    for name in (TOP_PIPE, SUB_PIPE):
        _average_weights([_pipe_model(other, name) for other in nlps])
    # A word of a single row is a name, not vocabulary: at inference it counts as unknown, as it did in training.
    known = frozenset(word for word, rows in counts.items() if rows >= COMMON_WORD_ROWS)
    return Categorizer(nlp, known_words=known, event_words=event_words(rows))


def event_words(rows: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """The title words that name a kind of event (config.EVENT_WORDS_FILE): in EVENT_WORD_ROWS titles or more that
    mostly share one category ("forum", "band", "budget"), or in COMMON_EVENT_WORD_ROWS titles of any ("night", "day",
    "tour", "live"). A name's words are rare, or spread thin over the categories ("king", "house", "law")."""
    per_word: dict[str, Counter[str]] = {}
    for row in rows:
        for word in set(content_words(words(as_text(row.get("title"))))):
            per_word.setdefault(word, Counter())[str(row["category"])] += 1
    found = set()
    for word, categories in per_word.items():
        total, top = categories.total(), max(categories.values())
        if total >= COMMON_EVENT_WORD_ROWS or (total >= EVENT_WORD_ROWS and top >= EVENT_WORD_SHARE * total):
            found.add(word)
    return frozenset(found)


def _pipe_model(nlp: Language, name: str) -> Any:
    """The thinc model of a trainable pipe (get_pipe is typed as returning any callable)."""
    return nlp.get_pipe(name).model  # type: ignore[attr-defined]


def _train_run(
    rows: Sequence[Mapping[str, Any]],
    counts: Counter[str],
    epochs: int,
    seed: int,
    on_epoch: Callable[[int], object] | None,
) -> Language:
    fix_random_seed(seed)
    nlp = blank_pipeline()
    known = _training_check(counts)
    top, sub = _examples(nlp, rows, "category", known), _examples(nlp, rows, "subcategory", known)
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
    return nlp


def _average_weights(models: Sequence[Any]) -> None:
    """Set every parameter of models[0] to the mean of that parameter over all the models (same architecture, same
    layers in the same order: each run built them with blank_pipeline)."""
    if len(models) < 2:
        return
    for layers in zip(*(list(model.walk()) for model in models), strict=True):
        first = layers[0]
        for name in first.param_names:
            if first.has_param(name):
                first.set_param(name, sum(layer.get_param(name) for layer in layers) / len(layers))


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
