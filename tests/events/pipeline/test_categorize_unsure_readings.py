"""A reading without conviction, with or without a description (helper cats8): where the model's best share stays below
min_confidence after reading the title and the description, the words have said little, and the venue's kind counts in
full, as it does for an unsure title alone. The result stays a guess. Texts of our own; the model's reading is set
(as in test_categorize_review.read_as) so the test does not depend on where a retrained model puts an invented text."""

from __future__ import annotations

from spacy.pipeline import TextCategorizer

from events.pipeline import categorize
from events.pipeline.categorize import CATEGORIES, CategorizeConfig, make_doc

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
