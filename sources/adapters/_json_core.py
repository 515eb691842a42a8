"""The event inside a wrapper record, and the zone beside its start, for the JSON inference (``_json_infer``).

A listing, a broadcast, an offer or a ticket may carry the event it is about as an object of its own: PredictHQ's
broadcasts are ``{"dates": {"start_local", "timezone"}, "location": {"geopoint", "places"}, "event": {"title",
"dates": {"start_local", "timezone"}, "location": {"geopoint"}, "entities": [{"name", "formatted_address"}]}}``,
the outer dates and place the airing's (where and when it is watched), the inner ones the game's. When the title and
the start are both read inside one such object (the record's core, "event."), the other fields that say where and
in which zone are taken inside it too, wherever it has them:

- the zone: a zone written beside the start ("event.dates.timezone" next to "event.dates.start_local") is the zone
  that start is written in, before one anywhere else in the record (which may be another party's: the airing's,
  the seller's); that holds with no core as well ("dates.tz" beside "dates.start" over an "organizer.timezone");
- the coordinates, the country and the city the core writes, over the wrapper's;
- the place: a venue named outside the core is the wrapper's when the core says where it is itself (an address
  of its own). The name written beside that address (``entities.0.name`` by ``entities.0.formatted_address``) is
  the place's; with none there, no venue is better than the wrapper's.

A field inside the core that sits in a party's object ("event.organizer.address", "event.promoter.city",
"event.contact.country") says where that party is, not where the event is: it is never taken for the place.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_field_scores import ORGANIZER_WORDS, latitude, longitude, zone_score
from sources.adapters._json_fields import CITY_WORDS, COUNTRY_WORDS, STREET_WORDS, TITLE_WORDS, Sample
from sources.adapters._json_shapes import Column, text_column, words

MARK = "^"  # a container's fields (``_json_nested``): never the record's own core
# Objects that hold a party's details, not the event's place ("event.organizer.address").
PARTY_WORDS = ORGANIZER_WORDS | frozenset(
    {"promoter", "seller", "vendor", "merchant", "contact", "owner", "company", "publisher", "sponsor", "producer",
     "billing", "customer", "buyer", "user", "author", "creator", "agent", "agency", "management"}
)  # fmt: skip


def core_fields(sample: Sample, mapping: dict[str, Any], evidence: list[str]) -> None:
    """Re-take the zone beside the start, and the place, coordinates, country and city inside the record's core,
    where the first choices were elsewhere (see the module's docstring). ``mapping`` and ``evidence`` change in
    place."""
    start_paths = _paths(mapping.get("start"))
    title_paths = _paths(mapping.get("title"))
    if not start_paths or not title_paths:
        return
    prefix = _core(title_paths[0], start_paths[0])
    _zone(sample, mapping, evidence, _parent(start_paths[0]), prefix)
    if not prefix:
        return
    for field, test in (("latitude", latitude), ("longitude", longitude), ("country", _country), ("city", _city)):
        _inside(sample, mapping, evidence, field, test, prefix)
    _venue(sample, mapping, evidence, prefix)


def _paths(spec: Any) -> list[str]:
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, Mapping):
        path = spec.get("path")
        entries = [path] if isinstance(path, str) else path or []  # an entry may be a name's parts (a list)
        return [p for entry in entries for p in ([entry] if isinstance(entry, str) else entry) if isinstance(p, str)]
    return []


def _parent(path: str) -> str:
    return path.rsplit(".", 1)[0] + "." if "." in path else ""


def _core(title: str, start: str) -> str:
    """The object both the title and the start are read in ("event."), or "" (the record itself, a container)."""
    common: list[str] = []
    for mine, theirs in zip(title.split(".")[:-1], start.split(".")[:-1], strict=False):
        if mine != theirs or mine.startswith(MARK):
            break
        common.append(mine)
    return ".".join(common) + "." if common else ""


def _rank(path: str, start_parent: str, prefix: str) -> int:
    if _parent(path) == start_parent:
        return 2
    return 1 if prefix and path.startswith(prefix) else 0


def _replace(mapping: dict[str, Any], evidence: list[str], field: str, spec: Any, why: str) -> None:
    mapping[field] = spec
    line = f"{field} ← {why}"
    for index, text in enumerate(evidence):
        if text.startswith(f"{field} ← "):
            evidence[index] = line
            return
    evidence.append(line)


def _zone(sample: Sample, mapping: dict[str, Any], evidence: list[str], start_parent: str, prefix: str) -> None:
    current = mapping.get("timezone")
    if not isinstance(current, str):
        return
    ranked = [
        (_rank(column.path, start_parent, prefix), zone_score(column), -index, column)
        for index, column in enumerate(sample.columns.values())
        if zone_score(column) > 0
    ]
    if not ranked:
        return
    best = max(ranked, key=lambda entry: entry[:3])
    if best[3].path != current and best[0] > _rank(current, start_parent, prefix):
        path = best[3].path
        _replace(mapping, evidence, "timezone", path, f"{path} (the zone written beside the start)")


def _country(column: Column) -> bool:
    return bool(set(column.key_words) & COUNTRY_WORDS) and text_column(column)


def _city(column: Column) -> bool:
    return bool(set(column.key_words) & CITY_WORDS) and text_column(column)


def _inside(sample: Sample, mapping: dict[str, Any], evidence: list[str], field: str, test: Any, prefix: str) -> None:
    current = mapping.get(field)
    if not isinstance(current, str) or current.startswith(prefix):
        return
    inside = next((c for c in sample.columns.values() if _own(c, prefix) and test(c)), None)
    if inside is not None:
        _replace(mapping, evidence, field, inside.path, f"{inside.path} (the event's own, not its wrapper's)")


def _own(column: Column, prefix: str) -> bool:
    """Whether a column is inside the core and in no party's object there ("event.organizer.address")."""
    if not column.path.startswith(prefix):
        return False
    holders = column.path[len(prefix) :].split(".")[:-1]
    return not any(set(words(part)) & PARTY_WORDS for part in holders)


def _venue(sample: Sample, mapping: dict[str, Any], evidence: list[str], prefix: str) -> None:
    current = _paths(mapping.get("venue_name"))
    if not current or any(path.startswith(prefix) for path in current):
        return
    address = next(
        (
            column
            for column in sample.columns.values()
            if _own(column, prefix) and set(column.key_words) & STREET_WORDS and text_column(column)
        ),
        None,
    )
    if address is None:
        return  # the core does not say where it is: the wrapper's place may well be the event's
    holder = _parent(address.path)
    name = next(
        (
            column
            for column in sample.columns.values()
            if _parent(column.path) == holder
            and column.path != address.path
            and set(words(column.path.rsplit(".", 1)[-1])) & TITLE_WORDS.keys()
            and text_column(column)
        ),
        None,
    )
    if name is not None:
        _replace(mapping, evidence, "venue_name", name.path, f"{name.path} (the name beside the event's own address)")
        return
    mapping.pop("venue_name", None)
    evidence[:] = [line for line in evidence if not line.startswith("venue_name ← ")]
    evidence.append(
        f"venue_name ← none: {' + '.join(current)} is the wrapper's place, the event's is at {address.path}"
    )
