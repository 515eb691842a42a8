"""bow.py: a minibatch's words read once for both text categorizers give the arrays spaCy's extract_ngrams gives and the
scores each pipe's own predict gives; a model of another shape is left to its own predict."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.tokens import Doc

from events.pipeline.categorize import DEFAULT_CONFIG, bow, load_categorizer
from events.pipeline.categorize.config import SUB_PIPE, TOP_PIPE
from events.pipeline.categorize.model import _annotated
from events.pipeline.categorize.tokens import make_doc

RECORDS = [
    {"title": "Jazz Night: Blue Heron Quartet", "description": "Live jazz, jazz and more jazz in the back room."},
    {"title": "Zorblax Quintessa", "description": ""},
    {"title": "Toddler Storytime", "description": "Songs and stories for little ones."},
    {"title": "", "description": ""},
    {"title": "City Council Regular Meeting", "description": "Agenda and minutes online."},
]


@pytest.fixture(scope="module")
def categorizer():
    return load_categorizer()


def _docs(categorizer) -> list[Doc]:
    nlp = categorizer.nlp
    made = [make_doc(nlp.vocab, record, DEFAULT_CONFIG, known=categorizer.word_check) for record in RECORDS]
    # a doc without any word and one that repeats its words, between the others
    return [*made[:2], Doc(nlp.vocab, words=[]), Doc(nlp.vocab, words=["b", "a", "b", "a", "a"]), *made[2:]]


def test_the_shipped_pipes_are_read_the_shared_way(categorizer):
    for name in (TOP_PIPE, SUB_PIPE):
        assert bow.bow_layers(categorizer.nlp.get_pipe(name)) is not None


def test_features_are_extract_ngrams_own(categorizer):
    docs = _docs(categorizer)
    extract = categorizer.nlp.get_pipe(TOP_PIPE).model.layers[0].layers[0].layers[0]
    theirs = extract.predict(docs)
    ours = bow.unigram_features(docs)
    for mine, expected in zip(ours, theirs, strict=True):
        assert mine.dtype == expected.dtype
        assert mine.shape == expected.shape
        assert numpy.array_equal(mine, expected)
    keys, counts, lengths = ours
    assert lengths.tolist()[2:4] == [0, 2]  # no word; "a" and "b"
    at = int(lengths[:3].sum())
    assert sorted(counts[at : at + 2].tolist()) == [2.0, 3.0]
    assert keys[at] < keys[at + 1]


@pytest.mark.parametrize("name", [TOP_PIPE, SUB_PIPE])
def test_scores_are_the_pipes_own(categorizer, name):
    component = categorizer.nlp.get_pipe(name)
    docs = _docs(categorizer)
    for batch in (docs, docs[:1], docs[2:4], docs[3:]):
        theirs = component.predict(batch)
        ours = bow.predict(component, bow.bow_layers(component), bow.unigram_features(batch))
        assert ours.dtype == theirs.dtype
        assert numpy.array_equal(ours, theirs)


@pytest.mark.parametrize("batch_size", [1, 2, 1000])
def test_annotated_equals_spacys_pipe_with_wordless_docs(categorizer, batch_size):
    nlp = categorizer.nlp
    theirs = list(nlp.pipe(_docs(categorizer), batch_size=batch_size))
    ours = _annotated(nlp, _docs(categorizer), batch_size)
    assert [list(doc.cats.items()) for doc in ours] == [list(doc.cats.items()) for doc in theirs]
    assert all(doc.cats for doc in ours)


def test_other_models_are_left_to_their_own_predict():
    nlp = spacy.blank("en")
    bigrams = nlp.add_pipe(
        "textcat",
        config={"model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
                          "no_output_layer": False}},
    )  # fmt: skip
    assert bow.bow_layers(bigrams) is None
    ensemble = spacy.blank("en").add_pipe("textcat")  # the default: a tok2vec ensemble, not a bag of words only
    assert bow.bow_layers(ensemble) is None
