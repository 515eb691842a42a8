"""A title's trailing segment that is the event's own city with its region: "Spring Tour - Boston, MA". Pure.

A touring act's listings title each date by the tour's name and the city it plays ("The Midnight Owls Spring Tour -
Boston, MA", "… - Providence, RI"). ``titles.strip_own_noise`` already drops a trailing segment that names the
event's own city ("… - Boston"), but "Boston, MA" was no city's name, so the place stayed in every title and the
dates of one tour read as as many differently named events. A segment is the city with its region when its part
before the last comma is the event's city and its part after is a region: a US state's code or name, a country's
name or code, or a code of two or three capital letters (a province's: "ON", "NSW"). The title is then cut as for the
city alone (what is left must still be a full title; the whole title is kept as ``source_title`` by the caller).

Not: another city's ("… - Providence, RI" for an event in Boston), a city of that name in another country than the
record's ("Tour - Paris, TX" for an event in Paris, France; "London, ON" for one in London, England: review54), a segment whose region is words that are no
region ("Boston, Tea Party"), another region than the record's own (its address's after the city, else its matched
city's: "Portland, ME" for an event in Portland, OR; left40), a city with a street ("Boston, 12 High St"), a record with no city.
"""

from __future__ import annotations

import re

from events.pipeline.places import COUNTRY_NAMES, US_STATES, country_code, place_key

MAX_CODE = 3  # letters of a region's code ("MA", "NSW")
_STATE_KEYS = frozenset(place_key(name) for pair in US_STATES.items() for name in pair)
_REGION_KEYS = _STATE_KEYS | frozenset(COUNTRY_NAMES)
# Countries whose regions listings write as codes of capitals ("ON", "NSW", "KA"): a code no state or country names
# is read as such a region only in one of them or where the record names no country.
CODED_REGIONS = frozenset({"US", "CA", "AU", "IN"})


def is_city_and_region(
    segment: str, city: str | None, country: str | None = None, own_region: str | None = None
) -> bool:
    """Whether ``segment`` is ``city``, a comma and a region ("Boston, MA", "Boston, Massachusetts", "Paris, France")
    that is in the record's ``country`` when it names one, and is the record's own region when it names one
    (``own_region``: "OR", "Oregon")."""
    head, comma, region = segment.rpartition(",")
    if not city or not comma or place_key(head) != place_key(city):
        return False
    region = region.strip()
    if own_region and place_key(region) not in COUNTRY_NAMES and _state_key(own_region) != _state_key(region):
        return False  # "Portland, ME" for an event in Portland, Oregon (left40); a country is the country check's
    code = region.rstrip(".")
    key, own = place_key(region), country_code(country)
    if key in _REGION_KEYS:
        return own is None or (key in _STATE_KEYS and own == "US") or COUNTRY_NAMES.get(key) == own
    coded = code.isalpha() and code.isupper() and 2 <= len(code) <= MAX_CODE
    return coded and (own is None or own in CODED_REGIONS)


def _state_key(region: str) -> str:
    """A region's key, a US state's code read as its name ("OR" and "Oregon": "oregon")."""
    code = region.strip().rstrip(".")
    return place_key(US_STATES.get(code.upper(), code) if code.isupper() or len(code) == 2 else code)


def record_region(address: str | None, city: str | None, city_region: str | None) -> str | None:
    """The region a record names: the words after its city in its address ("1 Main St, Portland, OR 97205": "OR"),
    else its matched city's region; None when neither says one."""
    if address and city:
        found = re.search(rf"(?<!\w){re.escape(city)},[ \t]*([^\W\d_][^\d,]{{0,30}}?)[ \t]*(?:\d|,|$)", address, re.I)
        if found:
            return found.group(1)
    return city_region or None


def with_region_joined(
    pieces: list[str], city: str | None, country: str | None = None, region: str | None = None
) -> list[str]:
    """A title's pieces (text, separator, text, …) with a trailing "City", ", ", "Region" joined into one piece when
    it is the event's city and its region, so that the title's rules judge it as one place."""
    if len(pieces) < 5 or not pieces[-2].startswith(","):
        return pieces
    joined = "".join(pieces[-3:])
    return [*pieces[:-3], joined] if is_city_and_region(joined, city, country, region) else pieces
