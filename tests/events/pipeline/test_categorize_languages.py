"""Keyword rules on listings in German, French, Spanish, Italian and Dutch (events/pipeline/categorize/rules.py): the
phrases each language uses for a kind of event, and German and Dutch compounds read by their head ("Orgelkonzert" is
a concert), the longest head first."""

from __future__ import annotations

import pytest
from spacy.vocab import Vocab

from events.pipeline.categorize import RULES, VENUE_KINDS, categorize_batch, venue_prior, words
from events.pipeline.categorize.rules import COMPOUND, CategoryRules, compound_head
from events.pipeline.categorize.venues import COMPOUND_VENUES


def one(record):
    return categorize_batch([record])[0]


@pytest.mark.parametrize(
    ("title", "category", "subcategory"),
    [
        # German: a compound is a kind of its last part.
        ("Orgelkonzert im Münster", "music", "classical"),
        ("Sommerkonzert des Jugendorchesters", "music", "concerts"),
        ("Liederabend: Schubert und Brahms", "music", "concerts"),
        ("Vernissage: Neue Arbeiten auf Papier", "arts_culture", "exhibitions"),
        ("Fotoausstellung „Menschen am Fluss“", "arts_culture", "exhibitions"),
        ("Krimilesung mit Musik", "arts_culture", "literature"),
        ("Öffentliche Stadtführung durch die Altstadt", "arts_culture", "heritage"),
        ("Sommerkino im Schlosshof", "arts_culture", "film"),
        ("Plattentaufe: Die Glühbirnen", "music", "concerts"),  # Swiss German for a record release show
        ("Buchvernissage im Literaturhaus", "arts_culture", "literature"),  # a book's launch, not an exhibition's
        ("Politisches Kabarett: Jahresrückblick", "comedy", "stand-up"),
        ("Ringvorlesung Klimawandel", "education", "lectures"),
        ("Diavortrag: Mit dem Rad durch Island", "education", "talks"),
        ("Italienischer Kochkurs", "food_drink", "cooking"),
        ("Weinprobe mit dem Winzer", "food_drink", "tastings"),
        ("Hofflohmarkt im Quartier", "markets_fairs", "flea-markets"),
        ("Wochenmarkt auf dem Marktplatz", "markets_fairs", "farmers-markets"),
        ("Christkindlmarkt am Dom", "markets_fairs", "craft-markets"),
        ("Silvesterlauf 2026", "sports_fitness", "running"),
        ("Kräuterwanderung am Waldrand", "outdoors_nature", "hiking"),
        ("Gemeinderatssitzung", "community_civic", "government-boards"),
        ("Sitzung des Gemeinderates", "community_civic", "government-boards"),
        ("Bauausschuss", "community_civic", "government-boards"),
        ("Ausschuss für Umwelt und Klimaschutz", "community_civic", "government-boards"),
        ("Bürgerversammlung zum Verkehrskonzept", "community_civic", "public-meetings"),
        ("Ökumenischer Gottesdienst", "community_civic", "faith"),
        ("Blutspende im Gemeindehaus", "community_civic", "volunteering"),
        ("Kinderkino: Die kleine Hexe", "family_kids", "kids-activities"),
        ("Bilderbuchkino für die Kleinen", "family_kids", "storytime"),
        ("Fachtagung Pflege 2026", "tech_business", "conferences"),
        # French.
        ("Zaz en concert", "music", "concerts"),
        ("Exposition : Regards sur la ville", "arts_culture", "exhibitions"),
        ("Conférence : l'histoire du canal", "education", "talks"),
        ("Visite guidée du vieux port", "arts_culture", "heritage"),
        ("Vide-grenier du quartier Saint-Jean", "markets_fairs", "flea-markets"),
        ("Marché de Noël", "markets_fairs", "craft-markets"),
        ("Conseil municipal du 12 mars", "community_civic", "government-boards"),
        ("Atelier pour enfants : peinture", "family_kids", "kids-activities"),
        ("Randonnée dans les gorges", "outdoors_nature", "hiking"),
        # Spanish.
        ("Concierto de Navidad de la Banda Municipal", "music", "concerts"),
        ("Exposición: fotografía documental", "arts_culture", "exhibitions"),
        ("Cuentacuentos en la biblioteca", "family_kids", "kids-activities"),
        ("Pleno ordinario del Ayuntamiento", "community_civic", "government-boards"),
        ("Mercadillo solidario", "markets_fairs", "flea-markets"),
        ("Cata de vinos de la Rioja", "food_drink", "tastings"),
        # Italian.
        ("Concerto di Capodanno", "music", "concerts"),
        ("Mostra fotografica: volti del porto", "arts_culture", "exhibitions"),
        ("Consiglio comunale", "community_civic", "government-boards"),
        ("Sagra della castagna", "food_drink", "food-festivals"),
        ("Visita guidata al castello", "arts_culture", "heritage"),
        # Dutch.
        ("Rommelmarkt in de Kerkstraat", "markets_fairs", "flea-markets"),
        ("Lezing: de geschiedenis van de haven", "education", "lectures"),
        ("Fototentoonstelling in het stadhuis", "arts_culture", "exhibitions"),
        ("Raadsvergadering", "community_civic", "government-boards"),
        ("Kerstmarkt op het plein", "markets_fairs", "craft-markets"),
    ],
)
def test_phrases_in_other_languages_decide(title, category, subcategory):
    result = one({"title": title, "description": None})
    assert (result.category, result.subcategory, result.method) == (category, subcategory, "rules")


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Vorlesung: Einführung in die Statistik", "education"),  # a lecture, not a reading (Lesung)
        ("Kinderkonzert: Peter und der Wolf", "family_kids"),  # for children, not only a concert
        ("Kinderkino: Pippi Langstrumpf", "family_kids"),  # not only a film
        ("Bilderbuchkino", "family_kids"),  # a picture-book reading, not a film
        ("Kinderflohmarkt", "markets_fairs"),  # a market
    ],
)
def test_the_longest_compound_head_wins(title, category):
    assert one({"title": title}).category == category


@pytest.mark.parametrize(
    "title",
    [
        "Supermarkt-Eröffnung",  # "markt" alone is no head
        "Prunksitzung der Karnevalsgesellschaft",  # a carnival session ends in "sitzung" but is no council's
        "Konzertsaal-Einweihung",  # "konzert" starts the word: the hall, not a concert
    ],
)
def test_a_word_that_only_holds_a_head_is_left_to_the_model(title):
    assert one({"title": title}).method == "model"


@pytest.mark.parametrize(
    ("record", "subcategory"),
    [
        (
            {"title": "Farbfelder", "description": "Ausstellung mit Arbeiten von vier jungen Künstlerinnen."},
            "exhibitions",
        ),
        ({"title": "Der Sturm", "description": "Shakespeare in einer Inszenierung des Jungen Theaters."}, "theatre"),
        ({"title": "Grauzone", "description": "Dokumentarfilm, Schweiz 2024, 90 Min., OmU."}, "film"),
    ],
)
def test_a_programme_listing_named_only_is_read_by_what_its_description_says_it_is(record, subcategory):
    result = one(record)
    assert (result.category, result.subcategory, result.method) == ("arts_culture", subcategory, "rules")


def test_a_passing_mention_of_a_concert_in_a_description_does_not_decide():
    result = one({"title": "Nachtfalter", "description": "Nach dem Konzert legen DJs Techno und House auf."})
    assert result.method == "model"


@pytest.mark.parametrize(
    ("title", "decided"),
    [
        ("Exposition : Regards sur la ville", True),  # French puts the word first
        ("Grande exposition de printemps", True),  # "exposition de" is French wherever it stands
        ("Home & Garden Exposition", False),  # English: a trade show, not an exhibition
        ("Northwest Bridal Exposition", False),
    ],
)
def test_exposition_decides_an_exhibition_only_as_french_writes_it(title, decided):
    result = one({"title": title})
    assert (result.category == "arts_culture" and result.method == "rules") is decided


def test_english_conference_and_french_conference_keep_their_senses():
    assert one({"title": "Tech Conference 2026"}).category == "tech_business"
    assert one({"title": "Conférence : le climat"}).category == "education"


def test_a_body_named_inside_a_longer_title_only_organizes_it():
    # As "Prom Committee Bake Sale": the body's name does not end the title's name, so it does not decide.
    result = one({"title": "Sportausschuss Sommerfest mit Grillen"})
    assert result.method != "rules" or result.category != "community_civic"


def test_an_audience_word_puts_children_in_the_running():
    # "für Kinder" beside a concert: two categories, the model settles it among them.
    result = one({"title": "Konzert für Kinder und Familien"})
    assert result.category in ("music", "family_kids")
    assert result.method == "model"


def test_compound_heads_are_single_normalized_words_that_end_no_english_word():
    heads = [compound_head(phrase) for rule in RULES for phrase in rule.phrases if phrase.startswith(COMPOUND)]
    assert heads
    assert all(head == words(head)[0] for head in heads)
    english = words(
        "concert market festival conference meeting theatre lecture reading session council committee exhibition "
        "workshop screening walk tour run class market supermarket flea"
    )
    assert [word for word in english if any(word.endswith(head) for head in heads)] == []
    with pytest.raises(ValueError, match="one word"):
        compound_head("-zwei Wörter")


def test_a_compound_head_matches_the_word_itself_and_its_compounds_longest_first():
    rules = CategoryRules(Vocab())
    found = {text: rules.head_of(text) for text in ("konzert", "sommerkonzert", "orgelkonzert", "konzertsaal")}
    assert found == {
        "konzert": "konzert",
        "sommerkonzert": "konzert",
        "orgelkonzert": "orgelkonzert",
        "konzertsaal": None,
    }


# --- the venue's name in other languages (venues.py) -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("venue", "category", "subcategory"),
    [
        ("Stadttheater Bern", "arts_culture", "theatre"),  # a compound by its head
        ("Théâtre de la Ville", "arts_culture", "theatre"),
        ("Kunstmuseum Basel", "arts_culture", "exhibitions"),
        ("Museo del Prado", "arts_culture", "exhibitions"),
        ("Filmtheater am Friedrichshain", "arts_culture", "film"),  # the longest head: a cinema, not a theatre
        ("Kino Rex", "arts_culture", "film"),
        ("Tonhalle Zürich", "music", None),
        ("Rathaus, Großer Sitzungssaal", "community_civic", "government-boards"),
        ("Ayuntamiento de Sevilla", "community_civic", "government-boards"),
        ("Stadtbibliothek Köln", "education", None),
        ("Marktkirche", "community_civic", "faith"),
        ("Kindermuseum Frankfurt", "family_kids", "kids-activities"),  # not only a museum
        ("Amphitheater", "music", None),  # an English word keeps its own entry
    ],
)
def test_a_venue_name_in_another_language_says_what_the_place_hosts(venue, category, subcategory):
    prior = venue_prior({"venue_name": venue})
    assert prior is not None
    assert (prior.category, prior.subcategory) == (category, subcategory)


@pytest.mark.parametrize("venue", ["Kulturzentrum Schlachthof", "Ziegelhütte", "Alte Feuerwache"])
def test_a_german_name_with_no_kind_of_place_is_no_prior(venue):
    # A culture centre, a former brickworks, a former fire station: they host anything.
    assert venue_prior({"venue_name": venue}) is None


def test_compound_venue_endings_name_kinds_the_table_knows():
    assert all((kind,) in VENUE_KINDS for kind in COMPOUND_VENUES.values())
