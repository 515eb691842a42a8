"""What clubs, associations, parishes and maker groups write in German, French, Spanish, Italian and Dutch
(events/pipeline/categorize/rules_languages_civic.py): members' meetings, work parties and repair cafés,
volunteering, clean-ups and services, hands-on workshops, science days, hackers' evenings and developers' subjects
decide by rule, and the words with a second sense stay with the model."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch
from events.pipeline.categorize.rules_languages import LANGUAGE_RULE_TABLE
from events.pipeline.categorize.rules_languages_civic import CIVIC_LANGUAGE_RULE_TABLE


def one(title, description=None, organizer=None):
    return categorize_batch([{"title": title, "description": description, "organizer": organizer}])[0]


def test_the_table_is_read_with_the_other_languages():
    assert set(CIVIC_LANGUAGE_RULE_TABLE) <= set(LANGUAGE_RULE_TABLE)


@pytest.mark.parametrize(
    ("title", "category", "subcategory"),
    [
        # German: an association's own meetings, work parties, repair cafés, hackers' evenings.
        ("Vereinssitzung", "community_civic", "public-meetings"),
        ("Plenum im Hackspace", "community_civic", "public-meetings"),
        ("Ordentliche Generalversammlung des Turnvereins", "community_civic", "public-meetings"),
        ("Vorstandssitzung", "community_civic", "public-meetings"),
        ("Eigentümerversammlung 2026", "community_civic", "public-meetings"),
        ("Friedensgebet in der Stadtkirche", "community_civic", "faith"),
        ("#TEC - für Jugendliche", "family_kids", "teens"),
        ("Arbeitseinsatz im Vereinsgarten", "community_civic", "volunteering"),
        ("Frühjahrs-Arbeitseinsatz", "community_civic", "volunteering"),
        ("(Stadtbibliothek) repairCafe", "community_civic", "volunteering"),
        ("Weihnachts-Reparaturcafé", "community_civic", "volunteering"),
        ("Repair Café im Gemeindezentrum", "community_civic", "volunteering"),
        ("Chaostreff", "tech_business", "meetups"),
        ("Freifunktreffen", "tech_business", "meetups"),
        ("Vernetzungstreffen der FabLabs", "tech_business", "meetups"),
        ("Tag der Wissenschaften 2026", "education", "talks"),
        ("LaTeX für Einsteigende", "education", "classes"),
        ("Einführung in die Astronomie", "education", "classes"),
        ("Programmiere deine eigene Wetterstation", "education", "workshops"),
        ("Großer Kleiderbasar", "markets_fairs", "flea-markets"),
        # French.
        ("Assemblée générale de l'association", "community_civic", "public-meetings"),
        ("Conseil de quartier Nord", "community_civic", "government-boards"),
        ("Chantier participatif au jardin partagé", "community_civic", "volunteering"),
        ("Nettoyage de plage à Anglet", "outdoors_nature", "clean-ups"),
        ("Sainte messe du dimanche", "community_civic", "faith"),
        ("La Toul Box du Cloud Natif : Kubernetes en production", "tech_business", "meetups"),
        # Spanish.
        ("Asamblea general de socios", "community_civic", "public-meetings"),
        ("Jornada de voluntariado en el banco de alimentos", "community_civic", "volunteering"),
        ("Limpieza de playa en la Barceloneta", "outdoors_nature", "clean-ups"),
        ("Santa Misa en la parroquia", "community_civic", "faith"),
        ("Curso de fotografía digital", "education", "classes"),
        ("Talleres de verano en la biblioteca", "education", "workshops"),
        ("Misa dominical en la catedral", "community_civic", "faith"),
        # Italian and Dutch.
        ("Assemblea dei soci 2026", "community_civic", "public-meetings"),
        ("Algemene ledenvergadering", "community_civic", "public-meetings"),
        # English: a parish's evening services.
        ("Vespers for the Feast of St. Joseph", "community_civic", "faith"),
        ("Divine Liturgy and Coffee Hour", "community_civic", "faith"),
    ],
)
def test_a_club_word_decides(title, category, subcategory):
    result = one(title)
    assert (result.category, result.subcategory, result.method) == (category, subcategory, "rules")


@pytest.mark.parametrize(
    "title",
    [
        # A choir's concert of a composer's setting is no service.
        "Monteverdi: Vespers of 1610",
        "Vespers for the Blessed Virgin",
        "Choral Evensong with the Cathedral Choir",  # the training corpus files a choir's evensong under music
        # "Vísperas" is also the eve of a feast; "Messe" a trade fair; "culte" a cult film; "atelier" a name.
        "Vísperas de Navidad",
        "Buchmesse Frankfurt",
        "Film culte : Le Grand Lebowski",
        "Atelier Crenn",
        # "Programmation" is also a festival's line-up; "Entwickler" a property developer too.
        "Programmation musicale de l'été",
        "Immobilienentwickler im Gespräch",
        # A yoga course is yoga's: "-kurs" is no head of the table.
        "Yogakurs am Abend",
        # A mass set to music and sung in concert: "misa de" is no service's phrase here.
        "Misa Criolla",
        "Misa de Coronación de Mozart",
    ],
)
def test_words_with_a_second_sense_decide_nothing_here(title):
    result = one(title)
    assert not {hit for hit in result.tags} & {"faith", "public-meeting", "volunteering", "class", "workshop", "tech"}
    assert not (result.category == "community_civic" and result.method == "rules")


def test_a_beginners_class_in_another_kind_is_left_to_the_model():
    # "für Anfänger" names a class, "Yoga" yoga: two rules disagree and the model decides between them.
    result = one("Yoga für Anfänger")
    assert result.method == "model"
    assert result.category in {"health_wellness", "education"}


def test_a_repair_cafe_class_is_left_to_the_model():
    result = one("Repair Café Workshop: Soldering for Beginners")
    assert not (result.category == "community_civic" and result.method == "rules")


def test_a_description_naming_a_repair_cafe_does_not_decide():
    # Mode "title": a venue's description that mentions its repair café in passing leaves the event to the model.
    result = one("Sommerfest", "Mit Kuchen, Musik und unserem Repair Café im Hof.")
    assert result.method != "rules" or result.category != "community_civic"
