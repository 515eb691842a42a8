"""The categorizer's fast paths give what spaCy's own would: scores set per minibatch, the bare-name check by hash."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from events.pipeline.categorize import DEFAULT_CONFIG, load_categorizer
from events.pipeline.categorize.config import UNKNOWN
from events.pipeline.categorize.model import _annotated, _has_token
from events.pipeline.categorize.tokens import make_doc

RECORDS = [
    {"title": "Jazz Night: Blue Heron Quartet", "description": "Live jazz in the back room."},
    {"title": "Zorblax Quintessa", "description": ""},  # a bare name: UNKNOWN after the title
    {"title": "Toddler Storytime", "description": "Songs and stories for little ones."},
    {"title": "", "description": ""},
    {"title": "City Council Regular Meeting", "description": "Agenda and minutes online."},
    {"title": "PyCon Startup Pitch Night", "description": None},
]


@pytest.fixture(scope="module")
def categorizer():
    return load_categorizer()


def docs(categorizer):
    nlp = categorizer.nlp
    return [make_doc(nlp.vocab, record, DEFAULT_CONFIG, known=categorizer.word_check) for record in RECORDS * 3]


def spans(doc):
    return {key: [(span.start, span.end, span.label_) for span in group] for key, group in doc.spans.items()}


@pytest.mark.parametrize("batch_size", [1, 4, 1000])
def test_annotated_docs_equal_spacys_pipe(categorizer, batch_size):
    nlp = categorizer.nlp
    theirs = list(nlp.pipe(docs(categorizer), batch_size=batch_size))
    ours = _annotated(nlp, docs(categorizer), batch_size)
    assert [list(doc.cats.items()) for doc in ours] == [list(doc.cats.items()) for doc in theirs]
    assert all(doc.cats for doc in ours)  # both text categorizers scored every doc
    assert [doc.user_data for doc in ours] == [doc.user_data for doc in theirs]
    assert [spans(doc) for doc in ours] == [spans(doc) for doc in theirs]


def test_has_token_finds_exactly_that_token(categorizer):
    vocab = categorizer.nlp.vocab
    assert _has_token(Doc(vocab, words=["zorblax", UNKNOWN, "|", "zorblax"]), UNKNOWN)
    assert not _has_token(Doc(vocab, words=["unknown", "<unknown", "unknown>"]), UNKNOWN)
    assert not _has_token(Doc(vocab, words=[]), UNKNOWN)
    bare, read = docs(categorizer)[1], docs(categorizer)[0]
    assert _has_token(bare, UNKNOWN) == any(token.text == UNKNOWN for token in bare) is True
    assert _has_token(read, UNKNOWN) == any(token.text == UNKNOWN for token in read) is False
