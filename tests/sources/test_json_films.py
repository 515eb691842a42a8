"""Films' genres as a JSON API gives them (issue #13): a film's genre is a film, whether the genre names only
films ("Horror", "Sci-Fi") or also other kinds of event ("Comedy", "Drama": a film's, when the items are films)."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

from events.pipeline.categorize import categorize_batch, load_source_labels
from sources.adapters._json_infer import infer
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent
from sources.adapters.json_api import JsonApiAdapter

ZONE = zoneinfo.ZoneInfo("Europe/London")
START = dt.datetime(2027, 1, 1, tzinfo=ZONE)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def events(document: object) -> list[RawEvent]:
    context = AdapterContext(source="json_api", window=WINDOW, default_timezone=ZONE)
    records = list(JsonApiAdapter(config={}, context=context).parse(json.dumps(document).encode()))
    return [record for record in records if isinstance(record, RawEvent)]


def categories(found: list[RawEvent]) -> list[tuple[str | None, str | None]]:
    results = categorize_batch([{"title": event.title, "source_category": event.source_category} for event in found])
    return [(result.category, result.subcategory) for result in results]


def cinema() -> dict[str, object]:
    def film(code: int, name: str, genre: str, day: int) -> dict[str, object]:
        times = [{"id": f"{code}-{hour}", "startsAt": f"2027-03-{day:02d}T{hour}:00:00Z"} for hour in (14, 19)]
        return {"filmId": code, "name": name, "genre": genre, "runtime": 101, "showings": times}

    return {
        "cinema": {"name": "The Picture Room", "address": "4 Mill Lane"},
        "films": [
            film(1, "The Long Laugh", "Comedy", 3),
            film(2, "Quiet Harbour", "Drama", 4),
            film(3, "Night Visitors", "Horror", 5),
        ],
    }


def test_a_cinemas_genres_are_labelled_as_films_and_categorized_as_film() -> None:
    found = events(cinema())
    inference = infer(cinema())

    assert inference is not None
    assert any("as a film's genre" in line for line in inference.evidence)
    assert sorted({event.source_category for event in found} - {None}) == [
        "Film / Comedy",
        "Film / Drama",
        "Film / Horror",
    ]
    assert set(categories(found)) == {("arts_culture", "film")}


def test_film_genres_given_alone_map_to_film() -> None:
    labels = load_source_labels()
    for genre in ("Horror", "Thriller", "Sci-Fi", "Science Fiction", "Animation", "Documentary", "Suspense"):
        match = labels.resolve(genre)
        assert match is not None, genre
        assert (match.category, match.subcategory) == ("arts_culture", "film"), genre
    match = labels.resolve("Action/Adventure")
    assert match is not None
    assert match.subcategory == "film"
    # "Action" alone is no film's word only: a volunteering or advocacy calendar labels its events so too. A film's
    # "Action" is read as one where the listing says its items are films ("Film / Action", _json_films).
    assert labels.resolve("Action") is None
    assert labels.resolve("Film / Action") is not None


def test_an_event_listings_comedy_and_drama_are_not_made_films() -> None:
    document = {
        "events": [
            {"id": 1, "title": "Open Mic Stand-up", "category": "Comedy", "start": "2027-03-03T20:00:00Z"},
            {"id": 2, "title": "Hedda Gabler", "category": "Drama", "start": "2027-03-04T19:30:00Z"},
            {"id": 3, "title": "Harbour Lights", "category": "Drama", "start": "2027-03-05T19:30:00Z"},
        ]
    }
    found = events(document)
    assert [event.source_category for event in found] == ["Comedy", "Drama", "Drama"]


def test_items_listed_under_films_without_a_genre_are_labelled_film() -> None:
    document = {
        "films": [
            {"id": 1, "title": "Quiet Harbour", "screening": "2027-03-04T19:30:00Z"},
            {"id": 2, "title": "Night Visitors", "screening": "2027-03-05T21:00:00Z"},
        ]
    }
    assert [event.source_category for event in events(document)] == ["Film", "Film"]


def test_a_films_own_field_names_its_genre_in_an_event_list() -> None:
    document = {
        "events": [
            {"id": n, "start": f"2027-03-0{n}T19:00:00Z", "movie": {"title": title, "genre": genre}}
            for n, title, genre in ((1, "The Long Laugh", "Comedy"), (2, "Quiet Harbour", "Drama"))
        ]
    }
    assert [event.source_category for event in events(document)] == ["Film / Comedy", "Film / Drama"]


def test_a_festival_named_for_films_does_not_make_its_other_events_films() -> None:
    document = {
        "filmFestival": {
            "events": [
                {"id": n, "title": title, "category": category, "start": f"2027-03-0{n}T20:00:00Z"}
                for n, (title, category) in enumerate(
                    (("Closing Party", "Party"), ("Score Live", "Concert"), ("Editing Lab", "Workshop")), 1
                )
            ]
        }
    }
    inference = infer(document)

    assert inference is not None
    assert inference.config["mapping"]["source_category"] == "category"
