"""A reading without conviction, with or without a description (helper cats8): where the model's best share stays below
min_confidence after reading the title and the description, the words have said little, and the venue's kind counts in
full, as it does for an unsure title alone. The result stays a guess. Texts of our own; the model's reading is set
(as in test_categorize_review.read_as) so the test does not depend on where a retrained model puts an invented text."""

from __future__ import annotations

import pytest
from spacy.pipeline import TextCategorizer

from events.pipeline import categorize
from events.pipeline.categorize import CATEGORIES, CategorizeConfig, categorize_batch, make_doc
from events.pipeline.categorize.model import _annotated, reads_flat

# An artist's show as a regional listings magazine prints it: the name, the show's title and its dates.
SHOW = {"title": "Marit Quorvane", "description": "Spiegelungen. 12.3.-30.6. Letzter Tag"}


def read_as(record, scores):
    categorizer = categorize.load_categorizer()
    settings = CategorizeConfig()
    nlp = categorizer.nlp
    doc = make_doc(nlp.vocab, record, settings)
    for _name, component in nlp.pipeline:
        if not isinstance(component, TextCategorizer):
            doc = component(doc)
    rest = (1.0 - sum(scores.values())) / (len(CATEGORIES) - len(scores))
    doc.cats = {name: scores.get(name, rest) for name in CATEGORIES}
    return categorizer.decide(record, doc, settings)


def shipped_doc(record):
    categorizer = categorize.load_categorizer()
    nlp = categorizer.nlp
    return _annotated(nlp, [make_doc(nlp.vocab, record, known=categorizer.word_check)], 8)[0]


UNSURE = {"music": 0.27, "family_kids": 0.22}  # best share 0.27 < min_confidence


def test_an_unsure_reading_with_a_description_takes_the_venue_in_full():
    alone = read_as(SHOW, UNSURE)
    assert alone.category == "music"
    at_museum = read_as({**SHOW, "venue_name": "Fotomuseum Winterthur"}, UNSURE)
    assert at_museum.category == "arts_culture"
    assert at_museum.low_confidence  # a guess from the place: a moderator sees it
    assert at_museum.category_confidence <= CategorizeConfig().name_only_confidence


def test_a_sure_reading_with_a_description_keeps_its_choice_at_a_museum():
    """Hard negative: a concert the words say is one stays a concert in a museum's hall."""
    record = {**SHOW, "venue_name": "Fotomuseum Winterthur"}
    result = read_as(record, {"music": 0.62, "arts_culture": 0.10})
    assert (result.category, result.low_confidence) == ("music", False)


def test_an_unsure_reading_on_a_stage_is_not_the_stage_own_kind():
    """A multi-use place (a park, a brewery) does not decide for a text it hosts: its kind keeps the text share."""
    record = {**SHOW, "venue_name": "Riverside Park"}
    assert read_as(record, UNSURE).category == "music"


# A bill with a support act ("A with B", "A w/ B", "A feat. B") whose words name no kind of event is read as names even
# where a word is new to the model: the joiner marks a bill, so the new word is an act's name.


def test_a_bill_with_a_word_the_model_has_not_seen_is_read_as_names():
    record = {"title": "Broken Compass with Quorvane"}  # "quorvane" unseen; "broken", "compass" known, no kind
    doc = shipped_doc(record)
    categorizer = categorize.load_categorizer()
    assert reads_flat(record, doc, categorize.DEFAULT_CONFIG, categorizer.event_words, categorizer.word_check)
    at_theatre = categorize_batch([{**record, "venue_name": "The Grand Theatre"}])[0]
    assert (at_theatre.category, at_theatre.low_confidence) == ("music", True)


@pytest.mark.parametrize(
    "record",
    [
        {"title": "Broken Compass Forum with Quorvane"},  # a word naming a kind of event
        {"title": "Oakwood Toastmasters"},  # no bill: a word the model has not seen may be the kind of club
        {"title": "Broken Compass and Quorvane"},  # "and" joins two heroes as often as two acts
        {"title": "Broken Compass with Quorvane", "description": "A talk on maps and routes."},
    ],
)
def test_titles_that_are_still_not_read_as_names(record):
    categorizer = categorize.load_categorizer()
    doc = shipped_doc(record)
    assert not reads_flat(record, doc, categorize.DEFAULT_CONFIG, categorizer.event_words, categorizer.word_check)
