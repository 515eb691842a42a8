"""Films: a listing whose items are films (or a film's showings) labels them as films.

A cinema's answer gives each film's genre ("genre": "Comedy", "Drama", "Horror") where an events API would give
the event's kind; read as an event's kind, a film's "Comedy" is a stand-up night and its "Drama" a play. When
the items sit under a key that names films ("movies", "films": AMC's ``theatre.movies.edges``) or the category
is a film's own field ("movie.genre"), each genre is labelled as a film's ("Film / Comedy"), so the label table
(``"film / *"``) decides; items under such a key with no category column are labelled "Film".

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_shapes import Column, words

FILM_WORDS = frozenset({"movie", "movies", "film", "films"})
FILM_LABEL = "Film"
MAX_GENRES = 200  # distinct genres mapped; past it (not a genre column) nothing is changed


def film_items(items_path: str, category_path: str | None) -> bool:
    """Whether the items are films: the key their list sits under ends in a word naming films ("movies",
    "data.featuredFilms"; not "filmFestival.events", a festival's events of every kind), or the category is a
    film's field ("movie.genre"; not a field merely named so, "filmFestivalId", as its key is the last part)."""
    above = category_path.rsplit(".", 1)[0] if category_path and "." in category_path else ""
    return _names_films(items_path) or _names_films(above)


def _names_films(path: str) -> bool:
    """The path's last key ends in a word naming films."""
    last = words(path.rsplit(".", 1)[-1])
    return bool(last) and last[-1] in FILM_WORDS


def film_genres(items_path: str, mapping: dict[str, Any], evidence: list[str], columns: Mapping[str, Column]) -> None:
    """Labels a film listing's categories as films' ("Comedy" → "Film / Comedy"), or states "Film" for every
    item when the listing has no category column. Changes nothing when the items are not films."""
    spec = mapping.get("source_category")
    path = spec if isinstance(spec, str) else None
    if spec is not None and path is None or not film_items(items_path, path):
        return
    if path is None:
        mapping["source_category"] = {"default": FILM_LABEL}
        evidence.append(f"source_category ← {FILM_LABEL!r} (the items sit under {items_path!r}: films)")
        return
    column = columns.get(path)
    genres = sorted(set(column.strings())) if column is not None else []
    if not genres or len(genres) > MAX_GENRES:
        return
    mapping["source_category"] = {"path": path, "map": {genre: f"{FILM_LABEL} / {genre}" for genre in genres}}
    evidence[:] = [line for line in evidence if not line.startswith("source_category ")]
    evidence.append(f"source_category ← {path} as a film's genre ('{FILM_LABEL} / …': the items are films)")
