"""Software groups' names the keyword rules cannot read (events/pipeline/categorize/rules_code_names.py): a language
written with its symbols ("C++", "C#", ".NET"), a JavaScript group's joined name ("BeerJS") and a Linux users' group's
acronym ("CLUG") decide a tech meetup, unless the title names a class; keys, capitals and English words do not."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch
from events.pipeline.categorize.rules_code_names import code_name_hits, names_code


def one(title, venue=None):
    return categorize_batch([{"title": title, "description": None, "venue_name": venue}])[0]


@pytest.mark.parametrize(
    "title",
    [
        "C++ Toulouse : Création de modèle de projet via Cookiecutter",
        "Les nouveautés de .NET 8 et C# 12",
        "BeerJS - Der Biergarten",
        "CoffeeJS - Downtown Temple Coffee",
        "NodeJS's summer social",
        "CLUG Supper Meeting",
        "SVLUG: Installfest",
    ],
)
def test_a_code_name_decides_a_tech_meetup(title):
    assert names_code(title)
    result = one(title)
    assert (result.category, result.subcategory, result.method) == ("tech_business", "meetups", "rules")


@pytest.mark.parametrize(
    "title",
    [
        "Sonata in C# minor",  # a key
        "Prelude and Fugue in C#-moll",
        "Bach: Partita in C# Major",
        "JS Bach: Cantatas",  # initials, not a joined name
        "DJS ON THE ROOF",  # capitals
        "UNPLUG: a digital detox retreat",  # English words in capitals
        "PLUG Night at the Bar",
        "SLUG RACE",
        "ASP.NET",  # inside a word: left to the subjects' rules and the model
        "ABC++ Kids Club",
    ],
)
def test_keys_initials_and_capitals_are_no_code_names(title):
    assert not names_code(title)
    assert code_name_hits(title) == []


def test_a_class_is_left_to_the_model():
    # A teaching format in the title: education's to claim, so no hit (as rules.py's mode "field").
    assert names_code("ReactJS Hands-on Workshop")
    assert code_name_hits("ReactJS Hands-on Workshop") == []
    assert code_name_hits("C++ for Beginners: a Course") == []
