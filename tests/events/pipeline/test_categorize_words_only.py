"""The shipped categorizer loaded without spaCy's text tokenizer (categorize/words_only.py) decides exactly as the
model loaded the stock way: same categories, subcategories, confidences, tags and methods, record for record."""

from __future__ import annotations

import pytest
import spacy

from events.pipeline.categorize import DEFAULT_MODEL_DIR, categorize_batch, corpus_split, load_categorizer, load_corpus
from events.pipeline.categorize.model import Categorizer
from events.pipeline.categorize.words_only import WordsOnlyTokenizer

# What the corpus rows lack: a source's label (known and unknown), an organizer, a venue, bare names, no text.
EXTRA = [
    {"title": "Blue Heron Quartet", "venue_name": "The Empty Bottle"},
    {"title": "Zorblax Quintessa", "description": ""},
    {"title": "Quorvane with Telliph", "venue_name": "Riverside Theatre"},
    {"title": "Spring Cleanup", "source_category": "Nature Hike"},
    {"title": "Monthly Meeting", "source_category": "Planning Commission"},
    {"title": "Talk Night #41", "organizer": {"name": "Seattle Rust User Group"}},
    {"title": "Storytime", "source_category": "Kids", "tags": ["#Family Fun", "Free"], "cost_type": "free"},
    {"title": "", "description": ""},
    {"title": "Velvet Tuesday", "description": None, "online": True},
]


@pytest.fixture(scope="module")
def both():
    shipped = load_categorizer()
    stock = Categorizer(
        spacy.load(DEFAULT_MODEL_DIR),
        source_labels=shipped.source_labels,
        known_words=shipped.known_words,
        event_words=shipped.event_words,
    )
    return shipped, stock


def _weights(component):
    """Every parameter of the component's model, as lists (to_bytes also holds state that use changes)."""
    return [
        (node.name, param, node.get_param(param).tolist())
        for node in component.model.walk()
        for param in node.param_names
        if node.has_param(param)
    ]


def test_the_shipped_model_loads_without_a_text_tokenizer(both):
    shipped, stock = both
    assert isinstance(shipped.nlp.tokenizer, WordsOnlyTokenizer)
    assert not isinstance(stock.nlp.tokenizer, WordsOnlyTokenizer)
    assert shipped.nlp.pipe_names == stock.nlp.pipe_names
    for name in ("textcat", "textcat_sub"):
        assert shipped.nlp.get_pipe(name).labels == stock.nlp.get_pipe(name).labels
        weights = _weights(shipped.nlp.get_pipe(name))
        assert weights
        assert weights == _weights(stock.nlp.get_pipe(name))


def test_it_categorizes_as_the_stock_load_does(both):
    shipped, stock = both
    records = [dict(row) for row in corpus_split(load_corpus(), "train")] + EXTRA
    assert categorize_batch(records, model=shipped) == categorize_batch(records, model=stock)


def test_raw_text_is_refused_not_split_some_other_way(both):
    shipped, _stock = both
    with pytest.raises(TypeError, match="reads words, not text"):
        shipped.nlp("Jazz Night at the Blue Lantern")
    with pytest.raises(TypeError, match="reads words, not text"):
        list(shipped.nlp.pipe(["Jazz Night"]))
