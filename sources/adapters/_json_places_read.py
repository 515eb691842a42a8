"""The place of an inferred mapping (``_json_extras``): the venue's column, the address parts (street lines, city,
region, postal code, or the one full line), the city and the country, each from a column that clearly is it. Pure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from sources.adapters._json_dated_place import dated_column
from sources.adapters._json_field_lists import parent as field_parent
from sources.adapters._json_fields import (
    CITY_WORDS,
    COUNTRY_WORDS,
    NOT_PLACE,
    PLACE_NAME_WORDS,
    PLACE_WORDS,
    POSTAL_WORDS,
    REGION_WORDS,
    STREET_WORDS,
    Sample,
    theatre_qualified,
)
from sources.adapters._json_meeting_words import in_mailbox
from sources.adapters._json_nested import container_venue, in_holder
from sources.adapters._json_opaque_ids import opaque_column
from sources.adapters._json_organiser_home import at_the_organiser
from sources.adapters._json_organiser_parts import organiser_part
from sources.adapters._json_place_keys import place_keys
from sources.adapters._json_postal_towns import postal_town
from sources.adapters._json_rooms import labelled_place
from sources.adapters._json_shapes import (
    Column,
    flag_column,
    text_column,
    url_share,
    words,
)
from sources.adapters._json_spaces import space_venue
from sources.adapters._json_stages import stage_place
from sources.adapters._json_venue_first import (
    place_tie,
    venue_key_tie,
    venue_line_first,
    venue_tie_break,
)
from sources.adapters._page_dates import find_dates

MEETING_WORDS = frozenset({"meeting", "meet", "gathering", "assembly", "muster", "departure", "pickup"})
MEETING_SPOTS = frozenset({"point", "spot", "area"})
ADDRESS_ORDER = ("full", "street", "city", "region", "postal")
COMPONENT_LEAVES = frozenset({"name", "code", "text", "value", "short", "long", "abbreviation"})


@dataclasses.dataclass(slots=True)
class Place:
    venue: Column | None = None
    address: list[str] = dataclasses.field(default_factory=list)
    city: Column | None = None
    country: Column | None = None


def read_place(sample: Sample, used: set[str]) -> Place:
    """The venue's name, the address parts (street lines, city, region, postal code: or the one full address
    line when the API writes one), the city, the country."""
    venue, _ = sample.best(lambda column: _venue_score(column), exclude=tuple(used))
    venue = venue or container_venue(sample.columns, used)  # "^theatre.name" beside "^theatre.addressLine1"
    venue = venue or labelled_place(sample.columns, used)  # "Facility": {"Id": 47, "Description": "Opera House"}
    venue = venue or space_venue(sample.columns, used)  # "^spaces.name": the room the sessions are listed under
    place = Place(venue=venue)
    anchor = field_parent(venue.path) if venue is not None else None  # "field_location.0.value": the top
    own, hosted = _own_address(sample), at_the_organiser(sample.columns)  # the host's address, when the only place
    parts: list[tuple[str, str]] = []
    for column in sample.columns.values():
        if column.path in used or (venue is not None and column.path == venue.path) or not text_column(column):
            continue
        part = _address_part(column, anchor, hosted, own=own and _top_level(column)) or postal_town(column, sample)
        if part == "country":
            place.country = place.country or column
        elif part is not None:
            parts.append((part, column.path))
        if part == "city" and place.city is None:
            place.city = column
    full = venue_line_first([path for part, path in parts if part == "full"], venue.path if venue else None)
    ordered = sorted(parts, key=lambda entry: ADDRESS_ORDER.index(entry[0]))
    place.address = full[:1] or [path for _, path in ordered]
    if place.city is not None and place.address == [place.city.path]:
        place.address = []  # a town alone ("VenueTown": "Bergen") is the city, not an address as well
    return place


def component_words(column: Column) -> set[str]:
    """An address part's words: "city.name" and "state.stateCode" name their part by the object they are in, and a
    compound split by its capitals names it whole ("postCode" is a postcode, as "postalCode" and "zip_code" are)."""
    names = set(column.key_words) | {"".join(column.key_words)}
    parts = column.path.split(".")
    if len(parts) >= 2 and set(words(parts[-1])) - set(words(parts[-2])) <= COMPONENT_LEAVES:
        names |= set(words(parts[-2]))
    return names


def _in_place(column: Column) -> bool:
    return bool(column.context_words & PLACE_WORDS)


def _venue_score(column: Column) -> float:
    column, names = place_keys(column)  # "placename"; "Rooms": ["Salon H", "Salon A"] joined (_json_place_keys)
    if column.share < 0.3 and not _named_place(column):
        return 0.0
    if not text_column(column) or names & NOT_PLACE or url_share(column) > 0.5 or theatre_qualified(names):
        return 0.0
    if flag_column(column) or dated_column(column):  # "venue_display": "1", "Venue_Shifted": a date: not its name
        return 0.0
    if opaque_column(column):  # "room": "040f4750-…": a room's id, not its name (_json_opaque_ids)
        return 0.0
    if in_mailbox(column.context_words):  # "organizer.emailAddress.name": a person's (_json_meeting_words)
        return 0.0
    if names & STREET_WORDS - {"address"} or names & (CITY_WORDS | POSTAL_WORDS | REGION_WORDS | COUNTRY_WORDS):
        return 0.0
    if _in_place(column) and names & PLACE_NAME_WORDS:  # a tie with a "location" goes to a "venue" object's
        return 3.0 - 0.1 * column.depth + column.share + venue_tie_break(column)
    if names & (PLACE_WORDS - {"address", "site"}) or (names & MEETING_WORDS and names & MEETING_SPOTS):
        # "meeting_point": a walk's start; a "venue" key wins a tie with a "location" key (a town, _json_venue_first)
        return 2.0 - 0.1 * column.depth + column.share - place_tie(column) + venue_key_tie(column)
    if stage_place(column):  # "stage": "Neumos Stage": a set's place when no place word names one (_json_stages)
        return 1.5 - 0.1 * column.depth + column.share
    return 0.0


# A record's own key that is nothing but a place word: a calendar's events write "location" only when they have one.
SPARSE_PLACE_KEYS = frozenset({"location", "venue", "place", "where"})


def _named_place(column: Column) -> bool:
    """A top-level key that is itself a place word ("location", "venue"): the event's place however few events
    write it (one meeting in seven is in a room, the rest nowhere in particular). A key that only holds such a word
    ("location_code", "organizer.location") still needs the share a place column needs, and so does a key whose
    values are ranks ("place": "4th", a race's placing) or numbers."""
    if (
        not _top_level(column)
        or column.key_words != [column.path.lower()]
        or column.path.lower() not in SPARSE_PLACE_KEYS
    ):
        return False
    return not any(_RANK.fullmatch(text.strip()) for text in column.strings())


# A rank or a number alone: "4th", "1st", "12.", "3".
_RANK = re.compile(r"\d+(?:st|nd|rd|th|\.)?", re.IGNORECASE)


def _top_level(column: Column) -> bool:
    return "." not in column.path and not column.path.startswith("^")


def _own_address(sample: Sample) -> bool:
    """Whether the record writes its own address as separate keys at its top level: a "city" with a "country" (or
    a "region", "province": a bare "state" is too often a status) beside it, as a running race's "city", "state",
    "country" with no venue. Such a city is the event's, not an organiser's (theirs sit inside the organiser)."""
    names = [set(column.key_words) for column in sample.columns.values() if _top_level(column) and text_column(column)]
    return any(n & CITY_WORDS for n in names) and any(n & (COUNTRY_WORDS | REGION_WORDS - {"state"}) for n in names)


def _address_part(column: Column, anchor: str | None, hosted: bool = False, *, own: bool = False) -> str | None:
    names, host = component_words(column), organiser_part(column.path, anchor, hosted=hosted)
    if names & NOT_PLACE or url_share(column) > 0.5 or in_holder(column.path) or host:
        return None  # in_holder: a club's or organiser's address above its events is not where they are
    part = _named_part(column, names, anchor, own=own)
    # asked last, of the columns whose names make them a part: reading every value for dates is the dear test
    return None if part is None or _written_dates(column) else part


def _named_part(column: Column, names: set[str], anchor: str | None, *, own: bool) -> str | None:
    if names & STREET_WORDS:
        return "full" if names & {"full", "formatted", "display", "localized"} else "street"
    beside_venue = anchor is not None and field_parent(column.path) == anchor  # Drupal's field lists
    vocabularies = [("city", CITY_WORDS), ("postal", POSTAL_WORDS), ("country", COUNTRY_WORDS)]
    if _in_place(column):
        vocabularies.append(("region", REGION_WORDS))  # a bare "state" is too often a status
    elif not beside_venue and not own:
        return None  # a "city" far from any place is too often something else (an organizer's, a user's)
    return next((part for part, vocabulary in vocabularies if names & vocabulary), None)


# A formatted date is no address, whatever its key says ("FormattedStart": "Wednesday, December 17, 2025 @ 5:15
# PM" beside "StartDate"): most of the column's values hold a date with its year written.
_DATED_SHARE = 0.5
SAMPLE_DATES = 20  # values looked at
_SOME_DAY = dt.date(2000, 1, 1)


def _written_dates(column: Column) -> bool:
    strings = column.strings()[:SAMPLE_DATES]
    dated = sum(
        1 for text in strings if any(hit.year_written for hit in find_dates(text, year_hint=None, today=_SOME_DAY))
    )
    return bool(strings) and dated / len(strings) > _DATED_SHARE
