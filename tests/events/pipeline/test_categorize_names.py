"""A title that is only names, read as a name (#13 "Categories on real data"), and what the venue's own name says it
hosts. Every title and venue here is invented (none is a row of bench/corpus/categories)."""

from __future__ import annotations

import pytest

from events.pipeline import categorize
from events.pipeline.categorize import (
    CATEGORIES,
    CategorizeConfig,
    Categorizer,
    categorize_batch,
    load_categorizer,
    make_doc,
)
from events.pipeline.categorize.config import EVENT_WORDS_FILE, NAME_READING
from events.pipeline.categorize.model import _annotated, reads_flat
from events.pipeline.categorize.training import event_words

# Words the shipped model knows, none naming a kind of event: it reads them without conviction (community_civic at
# about 0.25 before names were read as names), as a band's name is read.
WORD_NAME = "Broken Compass"
UNSEEN_NAME = "Quorvane Telliph"  # no word the model knows: the <unknown> path


def one(record, **config):
    return categorize_batch([record], config=CategorizeConfig(**config) if config else None)[0]


def shipped_doc(record):
    categorizer = load_categorizer()
    nlp = categorizer.nlp
    return _annotated(nlp, [make_doc(nlp.vocab, record, known=categorizer.word_check)], 8)[0]


# --- which titles are only names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Quorvane",
        "Broken Compass",
        "Tin-Soldier (NightKinG)",
        "Velma Quorvane and The Empty Lanterns",
        "Quorvane with Telliph Nederly",
        "Quorvane + Telliph",
        "Quorvane x Telliph",
        "Quorvane vs Telliph",
        "Quorvane & the Telliphs",
        "Lion of Quorvane",
        "QUORVANE",
        "Quorvane: Nederly",
    ],
)
def test_titles_of_names(title):
    assert categorize.reads_as_names(title)


@pytest.mark.parametrize(
    "title",
    ["Storytime for toddlers", "Quorvane live at the park", "Quorvane's talk", "", "Quorvane @ Nederly", "🎸 Quorvane"],
)
def test_titles_that_are_not_only_names(title):
    assert not categorize.reads_as_names(title)


def test_a_support_act_makes_a_bill_but_two_heroes_do_not():
    assert categorize.names_a_bill("Quorvane with Telliph Nederly")
    assert categorize.names_a_bill("Quorvane feat. Telliph")
    assert not categorize.names_a_bill("Romeo and Juliet")
    assert not categorize.names_a_bill("Quorvane & Telliph")


# --- the words that name a kind of event, learned from the training rows --------------------------------------------


def test_event_words_are_the_words_of_one_kind_or_of_many_titles():
    rows = [
        {"title": "Spring Soiree", "category": "nightlife"},
        {"title": "Autumn Soiree", "category": "nightlife"},  # two titles, one kind: names a kind of event
        {"title": "Lantern Night", "category": "nightlife"},
        {"title": "Lantern Walk", "category": "outdoors_nature"},  # two titles, two kinds: a name's word
        *({"title": f"Gala {number}", "category": CATEGORIES[number % 3]} for number in range(10)),  # ten titles
        {"title": "Kettle Drum", "category": "music"},  # one title
    ]
    found = event_words(rows)
    assert {"soiree", "gala"} <= found
    assert not {"lantern", "kettle", "drum", "spring"} & found


def test_the_shipped_model_knows_its_event_words():
    categorizer = load_categorizer()
    assert categorizer.event_words is not None
    assert {"forum", "meeting", "band", "concert", "workshop", "vs"} <= categorizer.event_words
    assert not {"broken", "compass", "lion", "king"} & categorizer.event_words


def test_categorizer_writes_its_event_words_beside_the_pipeline(tmp_path):
    shipped = load_categorizer()
    Categorizer(shipped.nlp, known_words=frozenset({"gig"}), event_words=frozenset({"soiree", "gala"})).to_disk(
        tmp_path
    )
    assert (tmp_path / EVENT_WORDS_FILE).read_text(encoding="utf-8").split() == ["gala", "soiree"]
    Categorizer(shipped.nlp, known_words=frozenset({"gig"})).to_disk(tmp_path / "without")
    assert not (tmp_path / "without" / EVENT_WORDS_FILE).exists()


# --- a title of names read without conviction is read as a name -------------------------------------------------


def test_a_title_of_known_words_read_without_conviction_is_read_as_a_name():
    record = {"title": WORD_NAME}
    categorizer = load_categorizer()
    doc = shipped_doc(record)
    assert max(doc.cats[name] for name in CATEGORIES) < 0.35  # unsure, but not flat
    assert reads_flat(record, doc, categorize.DEFAULT_CONFIG, categorizer.event_words, categorizer.word_check)
    result = one(record)
    # what a name nobody has seen is: the name prior (a performer), held for a moderator
    assert (result.category, result.low_confidence) == ("music", True)
    assert result.category == one({"title": UNSEEN_NAME}).category
    assert not reads_flat(
        record, doc, CategorizeConfig(name_reading=0), categorizer.event_words, categorizer.word_check
    )


def test_a_name_is_read_without_its_words_hash_noise():
    """Two names the model has never seen are one and the same reading: what names usually are. Before, the unseen
    words still counted through their hash buckets and each name read differently."""
    first, second = categorize_batch([{"title": UNSEEN_NAME}, {"title": "Plorn Zyxel"}])
    assert first.category == second.category == "music"
    assert first.category_confidence == second.category_confidence


@pytest.mark.parametrize(
    "record",
    [
        {"title": "Broken Compass Forum"},  # a word naming a kind of event
        {"title": "broken compass"},  # not written as a name
        {"title": WORD_NAME, "description": "A talk on maps, routes and getting lost."},  # a description to read
        {"title": "Oakwood Toastmasters"},  # a word the model has not seen beside ones it knows: read by the known ones
    ],
)
def test_titles_that_are_not_read_as_names(record):
    categorizer = load_categorizer()
    doc = shipped_doc(record)
    assert not reads_flat(record, doc, categorize.DEFAULT_CONFIG, categorizer.event_words, categorizer.word_check)
    assert not doc.user_data.get(NAME_READING)


# --- the venue's kind decides a name, never a confident reading ------------------------------------------------------


@pytest.mark.parametrize(
    ("venue", "category"),
    [
        ("Telliph Comedy Club", "comedy"),
        ("Quorvane Hyatt", "tech_business"),  # a hotel chain named without "hotel": conferences
        ("Hyatt Regency Nederly", "tech_business"),
        ("Nederly Marriott Downtown", "tech_business"),
        ("Swissotel Quorvane", "tech_business"),
        ("Telliph's Rock Club", "music"),
        ("Zylo Nightclub", "nightlife"),  # the DJ on a club's bill: a club night
        ("Nederly Jazz Bar", "music"),
    ],
)
def test_a_name_at_a_place_of_one_kind_takes_its_kind(venue, category):
    for title in (WORD_NAME, UNSEEN_NAME):
        result = one({"title": title, "venue_name": venue})
        assert (result.category, result.low_confidence) == (category, True), title


@pytest.mark.parametrize(
    ("venue", "category"),
    [
        ("Telliph Creek Natural Area", "outdoors_nature"),  # the sites a parks department's work parties name
        ("Nederly Greenbelt", "outdoors_nature"),
        ("Quorvane Greenspace: North Slope", "outdoors_nature"),
        ("Zylo Makerspace", "tech_business"),  # where developers' and makers' groups meet
        ("Nederly Hackerspace", "tech_business"),
    ],
)
def test_a_city_natural_area_or_a_makerspace_is_a_kind_of_place(venue, category):
    for title in (WORD_NAME, UNSEEN_NAME):
        result = one({"title": title, "venue_name": venue})
        assert (result.category, result.low_confidence) == (category, True), title


def test_a_bill_at_a_theatre_is_a_concert():
    """A theatre's listing of an act with its support act is a concert; a show's name there stays theatre."""
    assert one({"title": "Quorvane with Telliph Nederly", "venue_name": "Nederly Theatre"}).category == "music"
    assert one({"title": UNSEEN_NAME, "venue_name": "Nederly Theatre"}).category == "arts_culture"


@pytest.mark.parametrize(
    ("record", "category"),
    [
        ({"title": "Board of Trustees", "venue_name": "Hyatt Regency Nederly"}, "community_civic"),
        ({"title": "Lecture: The History of Bridges", "venue_name": "Oakmont Theatre"}, "education"),
        ({"title": "Farmers Market", "venue_name": "Quorvane Marriott"}, "markets_fairs"),
        ({"title": "Stand-up Showcase", "venue_name": "Zylo Nightclub"}, "comedy"),
        ({"title": "Candlelight Yoga", "venue_name": "Telliph's Rock Club"}, "health_wellness"),
    ],
)
def test_a_confident_reading_is_never_overridden_by_the_venue(record, category):
    result = one(record)
    assert result.category == category
    assert not result.low_confidence


def test_a_lounge_or_a_winery_is_not_a_music_stage_nor_is_a_hall():
    """The kinds a name says: generic place words only ('rock club', 'nightclub', a hotel chain), never one venue's own
    name ('Live', 'Music Shell', a bare 'Hall': review 5)."""
    assert categorize.venue_prior({"venue_name": "Quorvane Hall"}) is None
    assert categorize.venue_prior({"venue_name": "Quorvane Live!"}) is None
    assert categorize.venue_prior({"venue_name": "Nederly Lounge"}).strength == "weak"
    assert categorize.venue_prior({"venue_name": "Telliph Winery"}).strength == "weak"
