"""A bill is names only when its headliner is (helper review2): "Cookies with Quorvane", "Chat with Quorvane" are an
activity with its host, whose one word the model knows, not an act with its support act. Titles of our own."""

from __future__ import annotations

import pytest

from events.pipeline import categorize
from events.pipeline.categorize import make_doc
from events.pipeline.categorize.model import _annotated, reads_flat


def flat(title: str) -> bool:
    categorizer = categorize.load_categorizer()
    nlp = categorizer.nlp
    record = {"title": title}
    doc = _annotated(nlp, [make_doc(nlp.vocab, record, known=categorizer.word_check)], 8)[0]
    return reads_flat(record, doc, categorize.DEFAULT_CONFIG, categorizer.event_words, categorizer.word_check)


@pytest.mark.parametrize("title", ["Cookies with Quorvane", "Chat with Quorvane", "Drinks with Quorvane"])
def test_an_activity_with_its_host_is_not_a_bill(title: str) -> None:
    assert not flat(title)


def test_a_bill_whose_headliner_is_a_name_is_still_names() -> None:
    assert flat("Broken Compass with Quorvane")
