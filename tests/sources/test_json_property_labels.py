"""A name/value pair's name, the same in every record, is a property's label and titles no record
(sources/adapters/_json_property_labels.py), on documents of our own."""

from __future__ import annotations

import json

from sources.adapters._json_infer import infer
from sources.adapters._json_property_labels import property_label


def games(label_values: list[tuple[str, str]], *, titled: bool = False) -> dict:
    return {
        "games": [
            {
                **({"title": f"Harbour Gulls vs Team {index}"} if titled else {}),
                "start": f"2027-03-{10 + index:02d}T19:30:00",
                "property": {"name": name, "value": value},
                "arena": {"name": f"Arena {index}"},
            }
            for index, (name, value) in enumerate(label_values)
        ]
    }


def test_a_property_label_is_not_every_records_title():
    data = games([("broadcast", "Channel 4"), ("broadcast", "Channel 9"), ("broadcast", "Radio 1")])
    found = infer(data)
    assert found is None or "property.name" not in json.dumps(found.config["mapping"]["title"])


def test_the_records_own_title_beside_a_property_is_kept():
    data = games([("broadcast", "Channel 4"), ("broadcast", "Channel 9"), ("broadcast", "Radio 1")], titled=True)
    found = infer(data)
    assert found is not None
    assert found.config["mapping"]["title"] == "title"


def test_names_that_differ_beside_values_still_name_their_records():
    data = {
        "items": [
            {"name": "Spring Gala", "value": 25, "date": "2027-04-02T19:00:00"},
            {"name": "Harbour Swim", "value": 10, "date": "2027-04-09T08:00:00"},
            {"name": "Lantern Walk", "value": 5, "date": "2027-04-16T20:00:00"},
        ]
    }
    found = infer(data)
    assert found is not None
    assert found.config["mapping"]["title"] == "name"


def test_the_label_needs_a_value_beside_it_and_more_than_one_record():
    columns = {"p.name": None, "p.value": None, "q.name": None}
    assert property_label("p.name", ["broadcast", "Broadcast "], columns)
    assert not property_label("p.name", ["broadcast", "stream"], columns)  # labels that differ
    assert not property_label("q.name", ["broadcast", "broadcast"], columns)  # no value beside it
    assert not property_label("p.name", ["broadcast", None], columns)  # one record gives it
    assert property_label("name", ["Concert", "Concert"], {"name": None, "content": None})  # top-level pair
