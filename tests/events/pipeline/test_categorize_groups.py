"""Who holds an event, a group's word for its gatherings, and weekday-named nights (helper cats10).

A developers' group titles its meetups by their talk, so the title names no kind of event while the organizer's name
does; "Meetup" is such a group's word for its gatherings; a pub's "Quorvane Tuesday" is a name with its day, whose
description says what the night is. Texts of our own; where the test is about the rules or the venue-like prior, the
model's reading is set (as in test_categorize_unsure_readings.read_as) so it does not depend on a retrained model."""

from __future__ import annotations

import pytest
from spacy.pipeline import TextCategorizer

from events.pipeline import categorize
from events.pipeline.categorize import CATEGORIES, CategorizeConfig, categorize_batch, make_doc
from events.pipeline.categorize.model import _annotated, reads_flat


def read_as(record, scores):
    categorizer = categorize.load_categorizer()
    settings = CategorizeConfig()
    nlp = categorizer.nlp
    doc = make_doc(nlp.vocab, record, settings, known=categorizer.word_check)
    for _name, component in nlp.pipeline:
        if not isinstance(component, TextCategorizer):
            doc = component(doc)
    rest = (1.0 - sum(scores.values())) / (len(CATEGORIES) - len(scores))
    doc.cats = {name: scores.get(name, rest) for name in CATEGORIES}
    return categorizer.decide(record, doc, settings)


MUSIC = {"music": 0.6}  # a sure reading of a talk's title as something else: what the rules must overrule
TALK = "Observing the Unobservable"

# -- the organizer's name decides as a description does --


@pytest.mark.parametrize(
    "organizer",
    [
        "Front Range Developers",  # a developers' subject (rules' subject mode)
        "Quorvane Valley Python User Group",  # "user group", a phrase that decides from a description
        {"name": "Denver Kubernetes and Docker Group"},  # two tools, and the JSON-LD shape of an organizer
        "Riverbend Nature Center",  # a nature centre's own programme
    ],
)
def test_the_organizer_name_decides_where_the_title_names_no_kind(organizer):
    result = read_as({"title": TALK, "organizer": organizer}, MUSIC)
    assert result.method == "rules"
    assert result.category == ("outdoors_nature" if "Nature" in str(organizer) else "tech_business")


@pytest.mark.parametrize(
    ("record", "why"),
    [
        (
            {"title": "Fourth of July Fireworks", "organizer": "Springfield City Council"},
            "a public body runs fetes too",
        ),
        ({"title": "Evening Service", "organizer": "Grace Church Annual Conference"}, "a title-only phrase"),
        ({"title": "Rust Workshop for Beginners", "organizer": "Rust Developers"}, "a class is education's to claim"),
        ({"title": TALK, "organizer": "Quorvane Events Ltd"}, "a name that says nothing"),
        ({"title": TALK, "organizer": 42}, "not a name"),
        ({"title": TALK, "organizer": ["Python Developers"]}, "not a name"),
        ({"title": TALK, "organizer": {"name": None}}, "no name"),
    ],
)
def test_an_organizer_that_does_not_decide(record, why):
    result = read_as(record, MUSIC)
    assert (result.method, result.category) == ("model", "music"), why


@pytest.mark.parametrize(
    "record",
    [
        {"title": "Community Picnic", "organizer": "Riverside Yoga Studio"},
        {"title": "Annual Fundraiser Gala", "organizer": "Springfield Symphony Orchestra"},
        {"title": "Open House", "organizer": "Downtown Comedy Club"},
        {"title": "Fall Festival", "organizer": "Riverbend Nature Center"},
        {"title": "Summer BBQ", "organizer": "Front Range Python Developers"},
    ],
)
def test_an_organizer_s_kind_does_not_decide_an_occasion_any_group_holds(record):
    # A yoga studio's picnic is a picnic: the title's own reading stays, the organizer's kind says who holds it.
    result = read_as(record, MUSIC)
    assert (result.method, result.category) == ("model", "music"), record


def test_the_title_rule_still_outranks_the_organizer():
    result = read_as({"title": "Sunset Hike", "organizer": "Front Range Python Developers"}, MUSIC)
    assert (result.method, result.category) == ("rules", "outdoors_nature")


# -- "Meetup" moves an unsure reading towards a tech meetup, as a venue's kind does --

UNSURE = {"outdoors_nature": 0.40, "tech_business": 0.24}  # best share 0.40 < min_confidence


@pytest.mark.parametrize(
    "record",
    [
        {"title": "Quorvane.js Meetup - Learn with Telliph"},
        {"title": "Finally, a Meet-up"},
        {"title": TALK, "organizer": "Quorvane Meetup"},
    ],
)
def test_a_meetup_read_without_conviction_is_a_tech_meetup(record):
    result = read_as(record, UNSURE)
    assert (result.category, result.subcategory) == ("tech_business", "meetups")


@pytest.mark.parametrize(
    ("record", "scores", "category", "why"),
    [
        ({"title": "Quorvane Meetup"}, {"health_wellness": 0.8}, "health_wellness", "a sure reading keeps its choice"),
        ({"title": "Hiking Meetup: Quorvane Ridge"}, UNSURE, "outdoors_nature", "the title's own rule decides"),
        ({"title": "Meet the Quorvanes"}, UNSURE, "outdoors_nature", "'meet' alone is no meetup"),
        ({"title": "Quorvane Meetup", "source_category": "Sports"}, UNSURE, "sports_fitness", "the source's label"),
    ],
)
def test_a_meetup_that_stays_what_else_says_it_is(record, scores, category, why):
    assert read_as(record, scores).category == category, why


# -- a weekday-named night is a name with its day; its description says what it is --


def flat(record, scores):
    categorizer = categorize.load_categorizer()
    nlp = categorizer.nlp
    doc = _annotated(nlp, [make_doc(nlp.vocab, record, known=categorizer.word_check)], 8)[0]
    rest = (1.0 - sum(scores.values())) / (len(CATEGORIES) - len(scores))
    doc.cats = {name: scores.get(name, rest) for name in CATEGORIES}
    return reads_flat(record, doc, categorize.DEFAULT_CONFIG, categorizer.event_words, categorizer.word_check)


WEAK = {"sports_fitness": 0.28}  # a weekday's pull towards sports: under name_reading, over the flat bar


@pytest.mark.parametrize("title", ["Quorvane Tuesday", "Velvet Thursday Night", "Friday Quorvane"])
def test_a_weekday_named_night_is_read_as_a_name(title):
    assert flat({"title": title, "venue_name": "The Quorvane Arms"}, WEAK)


@pytest.mark.parametrize(
    ("record", "why"),
    [
        ({"title": "Tuesday Night Ride"}, "'ride' names a kind of event"),
        ({"title": "Taco Tuesday"}, "'taco' names a kind of event"),
        ({"title": "Tuesday"}, "a day alone is no name"),
        ({"title": "Quorvane Tuesday", "description": "Weekly quiz, six rounds."}, "a description is read"),
        ({"title": "quorvane tuesday at the pub"}, "not a title of names"),
    ],
)
def test_a_weekday_title_that_is_not_read_as_a_name(record, why):
    assert not flat(record, WEAK), why


def test_a_sure_reading_of_a_weekday_title_stands():
    assert not flat({"title": "Quorvane Tuesday"}, {"sports_fitness": 0.7})


# -- a comedy night named in a description --


@pytest.mark.parametrize(
    "description",
    [
        "Our weekly comedy night: five local comics and a headliner.",
        "A comedy show in the back room, free entry.",
        "An evening of comedy with three acts and an MC.",
    ],
)
def test_a_description_naming_a_comedy_night_decides(description):
    result = categorize_batch([{"title": "Quorvane Tuesday", "venue_name": "The Anchor", "description": description}])
    assert (result[0].category, result[0].method) == ("comedy", "rules")


@pytest.mark.parametrize(
    "description",
    [
        "A comedy of errors in three acts, revived by the town players.",  # a play
        "Romantic comedy screening, popcorn included.",  # a film
    ],
)
def test_comedy_as_a_genre_does_not_decide(description):
    result = categorize_batch([{"title": "Quorvane Tuesday", "description": description}])
    assert result[0].method != "rules" or result[0].category != "comedy"
