"""The bag-of-words text categorizers' scores with their features read once per minibatch, for all of them.

spaCy's TextCatBOW model (with_cpu(extract_ngrams >> resizable(sparse_linear)) >> with_cpu(output)) reads each doc's
unigrams (ORTH) with numpy.unique per doc: nine tenths of the two categorizers' time, read twice (once per pipe) for the
same docs. Here the features are what extract_ngrams gives (each doc's distinct words in ascending order, their counts
as float32, the docs' lengths as int32), read in one pass over the minibatch, and given to every pipe whose model has
that shape; the layers after it run as the model runs them. Same arrays in, same scores out (tests/events/pipeline/
test_categorize_bow.py); any other model is left to its own predict.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import ORTH
from spacy.pipeline import TextCategorizer
from spacy.tokens import Doc
from thinc.api import Model

Features = tuple[Any, Any, Any]  # keys (uint64), counts (float32), lengths (int32): extract_ngrams' output


def bow_layers(component: TextCategorizer) -> tuple[Model, Model] | None:
    """(the sparse linear layer, the output layer) of a TextCatBOW model reading unigrams of ORTH, else None."""
    model = component.model
    try:
        inner, output = model.layers
        (chain,) = inner.layers
        extract, linear = chain.layers
    except ValueError:
        return None
    if (
        not inner.name.startswith("with_cpu(")
        or not output.name.startswith("with_cpu(")
        or extract.name != "extract_ngrams"
        or extract.attrs.get("ngram_size") != 1
        or extract.attrs.get("attr") != ORTH
        or linear.name != "resizable(sparse_linear)"
    ):
        return None
    return linear, output


def unigram_features(docs: list[Doc]) -> Features:
    """extract_ngrams(ngram_size=1, attr=ORTH) over ``docs``: per doc its distinct ORTH ids ascending and how often
    each occurs, the docs one after another; and each doc's count of distinct ids."""
    arrays = [doc.to_array(ORTH) for doc in docs]
    tokens = numpy.concatenate(arrays) if arrays else numpy.zeros(0, dtype=numpy.uint64)
    owners = numpy.repeat(numpy.arange(len(docs)), [len(array) for array in arrays])
    order = numpy.lexsort((tokens, owners))  # by doc, then by id
    tokens, owners = tokens[order], owners[order]
    first = numpy.ones(len(tokens), dtype=bool)
    first[1:] = (tokens[1:] != tokens[:-1]) | (owners[1:] != owners[:-1])
    starts = numpy.flatnonzero(first)
    counts = numpy.diff(numpy.append(starts, len(tokens)))
    lengths = numpy.bincount(owners[starts], minlength=len(docs)).astype("int32")
    return tokens[starts], counts.astype("f"), lengths


def predict(component: TextCategorizer, layers: tuple[Model, Model], features: Features) -> Any:
    """component.predict(docs) for docs with these features (at least one token among them)."""
    linear, output = layers
    return component.model.ops.asarray(output.predict(linear.predict(features)))
