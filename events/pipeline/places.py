"""Matching a record to one of our cities and venues, by name (exact, alias, fuzzy) or by coordinates. Pure.

Build a PlaceIndex once per batch from plain city and venue records; matching a record is then dictionary
lookups, a few distance checks and, for names never seen before, one rapidfuzz search (memoized).
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from rapidfuzz import fuzz, process

from events.pipeline.geo import haversine_km

# Other names people use for the demo cities (events/fixtures/cities.json), by city slug.
DEFAULT_ALIASES: Mapping[str, tuple[str, ...]] = {
    "new-york": ("NYC", "New York City", "NY", "N.Y.C.", "Manhattan", "Brooklyn", "Queens", "The Bronx", "Bronx",
                 "Staten Island", "Big Apple"),
    "los-angeles": ("LA", "L.A.", "Hollywood", "West Hollywood"),
    "chicago": ("Chi-town", "Chitown"),
    "philadelphia": ("Philly",),
    "san-antonio": ("SATX",),
    "dallas": ("Big D",),
    "fort-worth": ("Ft Worth", "Ft. Worth"),
    "san-francisco": ("SF", "S.F.", "San Fran"),
    "san-jose": ("San José",),
    "washington-dc": ("DC", "D.C.", "Washington DC", "Washington D.C.", "Washington, D.C."),
    "indianapolis": ("Indy",),
    "las-vegas": ("Vegas",),
    "new-orleans": ("NOLA", "N.O.L.A."),
    "salt-lake-city": ("SLC",),
    "oklahoma-city": ("OKC",),
    "kansas-city": ("KC", "KCMO"),
    "atlanta": ("ATL",),
    "minneapolis": ("Mpls",),
    "pittsburgh": ("Pgh",),
    "albuquerque": ("ABQ",),
    "nashville": ("Music City",),
    "honolulu": ("Waikiki",),
    "bengaluru": ("Bangalore", "Bengaluru Urban", "Bangaluru", "Bengalooru", "BLR", "ಬೆಂಗಳೂರು", "बेंगलुरु", "बैंगलोर"),
}  # fmt: skip

# Country names and codes as sources write them → ISO 3166-1 alpha-2 (casefolded, punctuation dropped keys).
COUNTRY_NAMES = {
    "us": "US", "usa": "US", "u s": "US", "u s a": "US", "u k": "GB", "united states": "US", "united states of america": "US", "america": "US",
    "in": "IN", "ind": "IN", "india": "IN", "bharat": "IN", "gb": "GB", "uk": "GB", "united kingdom": "GB",
    "great britain": "GB", "england": "GB", "ca": "CA", "canada": "CA", "au": "AU", "australia": "AU",
    "de": "DE", "germany": "DE", "fr": "FR", "france": "FR", "ie": "IE", "ireland": "IE",
}  # fmt: skip

# US states and territories by code: "Portland, ME" is not Portland, Oregon; "Hollywood, FL" is not Los Angeles.
US_STATES: Mapping[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island",
    "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "PR": "Puerto Rico",
}  # fmt: skip
ADDRESS_ALIAS_MIN_LENGTH = 3  # "LA", "NY", "DC" in an address are state codes, not the cities they alias
QUALIFIER_MAX_WORDS = 3  # "District of Columbia", the longest region name a qualifier is read as

CITY_FUZZY_CUTOFF = 88.0  # rapidfuzz ratio: catches "Philadelpia", "San Fransisco", not "Austin" ↔ "Boston"
CITY_FUZZY_MIN_LENGTH = 5  # shorter names must match exactly or by alias ("SF", "LA")
VENUE_FUZZY_CUTOFF = 88.0  # token_sort_ratio on normalized names, for a name-only match in the city
TEXT_MEMO_SIZE = 65_536  # addresses remembered by cities_in_text (a PlaceIndex lives one state TTL)
VENUE_SUBSET_CUTOFF, VENUE_SUBSET_MIN_WORDS = 95.0, 2
VENUE_NEARBY_CUTOFF = 60.0  # a venue within the radius needs only a loose name agreement
NAME_OVER_POINT_RADII = 3.0
VENUE_RADIUS_KM = 0.15
VENUE_NAME_MAX_KM = 1.0  # a name match further than this from the record's own point is another branch
_GRID = 0.01  # degrees: venue grid cells of ~1.1 km, so a point looks at nine cells, not every venue
_NOT_WORD = re.compile(r"[^\w]+")
_LEADING_THE = re.compile(r"^the ")


@dataclasses.dataclass(frozen=True, slots=True)
class CityPlace:
    id: Any
    name: str
    slug: str
    latitude: float
    longitude: float
    radius_km: float
    timezone: str | None
    country: str | None
    aliases: tuple[str, ...] = ()
    region: str = ""  # the place_key of the state or province ("oregon"), for "Portland, ME" style qualifiers


@dataclasses.dataclass(frozen=True, slots=True)
class VenuePlace:
    id: Any
    name: str
    city_id: Any
    latitude: float | None
    longitude: float | None
    key: str  # the normalized name


@dataclasses.dataclass(frozen=True, slots=True)
class PlaceMatch:
    city: CityPlace | None
    venue: VenuePlace | None


NO_MATCH = PlaceMatch(None, None)

# What a record's own evidence says when it points outside every known city (decide.py holds it with this).
COORDINATES_OUTSIDE = "its coordinates {latitude:.4f}, {longitude:.4f} are in none of our cities"
LOCALITY_OUTSIDE = "its locality {value!r} is none of our cities"
COUNTRY_OUTSIDE = "its country {country} is not the source's ({expected})"


class Basis:
    """What placed a record in its city."""

    COORDINATES = "coordinates"
    LOCALITY = "locality"  # the record's city field
    ADDRESS = "address"
    SOURCE = "source"  # no location evidence at all: the source's default city
    OUTSIDE = "outside"  # evidence pointing outside every known city: no city, held for a moderator
    NONE = "none"  # no evidence and no default city


@dataclasses.dataclass(frozen=True, slots=True)
class Placement:
    city: CityPlace | None
    venue: VenuePlace | None
    basis: str
    outside: str | None = None  # why the record is outside every known city (Basis.OUTSIDE only)


@functools.lru_cache(maxsize=65_536)
def place_key(value: str | None) -> str:
    """A name reduced for comparison: casefolded, accents and punctuation dropped, "&" read as "and".

    Cached: a batch names the same few cities and venues over and over.
    """
    if not value:
        return ""
    value = value.replace("&", " and ")
    if not value.isascii():
        decomposed = unicodedata.normalize("NFKD", value)
        value = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", value.casefold()).strip()


def _region_keys() -> dict[str, tuple[str, str]]:
    """place_key of a US state's code or name → (the state's name key, "US")."""
    keys: dict[str, tuple[str, str]] = {}
    for code, name in US_STATES.items():
        keys[place_key(code)] = keys[place_key(name)] = (place_key(name), "US")
    return keys


_US_REGIONS = _region_keys()


def country_code(value: object) -> str | None:
    """ISO 3166-1 alpha-2 for a country name or code, or None when unknown."""
    if not isinstance(value, str) or not value.strip():
        return None
    key = place_key(value)
    if key in COUNTRY_NAMES:
        return COUNTRY_NAMES[key]
    return value.strip().upper() if len(key) == 2 and key.isalpha() else None


def _float(value: object) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _city(raw: Mapping[str, Any], aliases: Mapping[str, tuple[str, ...]]) -> CityPlace:
    slug = str(raw.get("slug") or "")
    own = tuple(str(alias) for alias in raw.get("aliases") or ())
    return CityPlace(
        id=raw.get("id"),
        name=str(raw["name"]),
        slug=slug,
        latitude=float(raw["latitude"]),
        longitude=float(raw["longitude"]),
        radius_km=float(raw.get("radius_km") or 25.0),
        timezone=raw.get("timezone") or None,
        country=country_code(raw.get("country")),
        aliases=own + tuple(alias for alias in aliases.get(slug, ()) if alias not in own),
        region=place_key(str(raw.get("region") or "")),
    )


def _first(pair: tuple[float, Any]) -> float:
    return pair[0]


def _cell(latitude: float, longitude: float) -> tuple[int, int]:
    return math.floor(latitude / _GRID), math.floor(longitude / _GRID)


class _CityVenues:
    """One city's venues: by normalized name, and on a grid for "within ~150 m"."""

    def __init__(self, raws: Iterable[Mapping[str, Any]]) -> None:
        self.by_key: dict[str, VenuePlace] = {}
        self.grid: dict[tuple[int, int], list[tuple[float, float, VenuePlace]]] = {}
        for raw in raws:
            latitude, longitude = _float(raw.get("latitude")), _float(raw.get("longitude"))
            venue = VenuePlace(
                id=raw.get("id"),
                name=str(raw.get("name") or ""),
                city_id=raw.get("city_id"),
                latitude=latitude,
                longitude=longitude,
                key=_LEADING_THE.sub("", place_key(raw.get("name"))),
            )
            if venue.key:
                self.by_key.setdefault(venue.key, venue)
            if latitude is not None and longitude is not None:
                self.grid.setdefault(_cell(latitude, longitude), []).append((latitude, longitude, venue))

    def near(self, latitude: float, longitude: float, radius_km: float) -> list[VenuePlace]:
        row, column = _cell(latitude, longitude)
        # A degree of latitude is ~111 km everywhere; longitude shrinks with the cosine: a cheap box test first.
        lat_span = radius_km / 111.0
        lng_span = radius_km / (111.0 * max(math.cos(math.radians(latitude)), 0.01))
        found: list[tuple[float, VenuePlace]] = []
        for d_row in (-1, 0, 1):
            for d_column in (-1, 0, 1):
                for venue_lat, venue_lng, venue in self.grid.get((row + d_row, column + d_column), ()):
                    if abs(venue_lat - latitude) > lat_span or abs(venue_lng - longitude) > lng_span:
                        continue
                    distance = haversine_km(latitude, longitude, venue_lat, venue_lng)
                    if distance <= radius_km:
                        found.append((distance, venue))
        return [venue for _, venue in sorted(found, key=_first)]


class PlaceIndex:
    """Cities and venues, indexed for matching many records in a batch."""

    def __init__(
        self,
        cities: Iterable[Mapping[str, Any]],
        venues: Iterable[Mapping[str, Any]] = (),
        *,
        aliases: Mapping[str, tuple[str, ...]] = DEFAULT_ALIASES,
        areas: Iterable[Mapping[str, Any]] = (),
    ) -> None:
        self.cities = [_city(raw, aliases) for raw in cities]
        self.cities_by_id = {city.id: city for city in self.cities}
        self._city_keys: dict[str, list[CityPlace]] = {}
        for city in self.cities:
            for name in (city.name, city.slug.replace("-", " "), *city.aliases):
                bucket = self._city_keys.setdefault(place_key(name), [])
                if city not in bucket:
                    bucket.append(city)
        self._fuzzy_city_keys = [key for key in self._city_keys if len(key) >= CITY_FUZZY_MIN_LENGTH]
        self._index_localities(areas)
        self._city_memo: dict[str, list[CityPlace]] = {}
        self._text_memo: dict[tuple[str | None, str | None, bool], tuple[CityPlace, ...]] = {}
        # Venues are indexed per city on first use: a batch usually comes from one source in one city.
        self._raw_venues: dict[Any, list[Mapping[str, Any]]] = {}
        for raw in venues:
            self._raw_venues.setdefault(raw.get("city_id"), []).append(raw)
        self._city_venues: dict[Any, _CityVenues] = {}
        self._venue_memo: dict[tuple[Any, str], VenuePlace | None] = {}

    def _index_localities(self, areas: Iterable[Mapping[str, Any]]) -> None:
        """The names read in free text (addresses, "Portland, OR" localities): word-boundary matches only, so
        short aliases that are also state codes ("LA", "NY", "DC") are left out; a neighbourhood (an Area)
        names its city."""
        self._address_keys: dict[str, list[CityPlace]] = {}
        for key, cities in self._city_keys.items():
            if len(key.replace(" ", "")) >= ADDRESS_ALIAS_MIN_LENGTH or any(
                key in (place_key(city.name), place_key(city.slug.replace("-", " "))) for city in cities
            ):
                self._address_keys[key] = list(cities)
        for area in areas:
            city = self.cities_by_id.get(area.get("city_id"))
            key = place_key(str(area.get("name") or ""))
            if city is not None and key:
                bucket = self._address_keys.setdefault(key, [])
                if city not in bucket:
                    bucket.append(city)
        self._address_max_words = max((len(key.split()) for key in self._address_keys), default=0)
        # Region names and codes a qualifier may be: every US state's, and each known city's own region.
        self._regions = dict(_US_REGIONS)
        for city in self.cities:
            if city.region:
                self._regions.setdefault(city.region, (city.region, city.country or ""))

    def _venues_of(self, city_id: Any) -> _CityVenues:
        if city_id not in self._city_venues:
            self._city_venues[city_id] = _CityVenues(self._raw_venues.get(city_id, ()))
        return self._city_venues[city_id]

    # Cities -------------------------------------------------------------------------------------------------

    def _cities_named(self, name: str) -> list[CityPlace]:
        key = place_key(name)
        if key in self._city_memo:
            return self._city_memo[key]
        found = self._city_keys.get(key)
        if found is None and "," in name:  # "Bengaluru, Karnataka", "Portland, OR"
            found = self._city_keys.get(place_key(name.split(",", 1)[0]))
        if found is None and len(key) >= CITY_FUZZY_MIN_LENGTH:
            best = process.extractOne(key, self._fuzzy_city_keys, scorer=fuzz.ratio, score_cutoff=CITY_FUZZY_CUTOFF)
            found = self._city_keys[best[0]] if best else None
        self._city_memo[key] = found or []
        return self._city_memo[key]

    def city_containing(self, latitude: float, longitude: float) -> CityPlace | None:
        """The nearest city whose radius contains the point."""
        best: tuple[float, CityPlace] | None = None
        for city in self.cities:
            # A cheap latitude test first: one degree of latitude is ~111 km everywhere.
            if abs(city.latitude - latitude) * 111.0 > city.radius_km:
                continue
            distance = haversine_km(latitude, longitude, city.latitude, city.longitude)
            if distance <= city.radius_km and (best is None or distance < best[0]):
                best = (distance, city)
        return best[1] if best else None

    def match_city(
        self,
        name: str | None,
        latitude: float | None = None,
        longitude: float | None = None,
        *,
        country: str | None = None,
    ) -> CityPlace | None:
        """By name or alias (ties broken by country, then by distance), else by the point's containing city.

        A named city far from the record's own point (beyond three radii: "Portland" in Maine, not Oregon)
        gives way to the point.
        """
        candidates = self._cities_named(name) if name else []
        if len(candidates) > 1 and country:
            candidates = [city for city in candidates if city.country == country] or candidates
        if latitude is None or longitude is None:
            return candidates[0] if candidates else None
        for city in sorted(
            candidates, key=lambda city: haversine_km(latitude, longitude, city.latitude, city.longitude)
        ):
            if (
                haversine_km(latitude, longitude, city.latitude, city.longitude)
                <= city.radius_km * NAME_OVER_POINT_RADII
            ):
                return city
        return self.city_containing(latitude, longitude)

    # Placement: the record's own evidence first -----------------------------------------------------------

    def _qualifier(self, city: CityPlace, words: list[str]) -> bool | None:
        """What the words after a city's name say of it: True (its region or country: "Portland, Oregon"),
        False (another region or country: "Portland, ME", "Paris, Texas"), None (nothing known).

        Two-letter codes count only after a comma: "Chicago in the Loop" is not Chicago, India.
        """
        codes = bool(words) and words[0] == ","
        words = words[1:] if codes else words
        words = words[: words.index(",")] if "," in words else words
        for size in range(min(QUALIFIER_MAX_WORDS, len(words)), 0, -1):
            phrase = " ".join(words[:size])
            if len(phrase) <= 2 and not codes:
                continue
            region = self._regions.get(phrase)
            country = COUNTRY_NAMES.get(phrase)
            if (region and city.region and region[0] == city.region) or (country and country == city.country):
                return True
            if country or (region and (city.region or (city.country or "US") != region[1])):
                return False
        return None

    def cities_in_text(
        self, text: str | None, *, country: str | None = None, whole_part: bool = True
    ) -> list[CityPlace]:
        """Known cities named in free text at word boundaries, best first: one followed by its own region or
        country ("Fort Worth, TX") before a bare name, a later mention before an earlier one (addresses end
        with the locality; venue names come first). A name followed by another region or country is not the
        city ("Paris, Texas"), and a bare name that is also a state's ("Washington", "New York") is not either.
        With ``whole_part`` (addresses) a name must end its comma-separated part, but for a region, country or
        postcode; a city named anywhere as another region's ("Hollywood …, Hollywood, FL") is no match at all.

        Remembered per text: a batch reads the same venues' addresses over and over.
        """
        key = (text, country, whole_part)
        known = self._text_memo.get(key)
        if known is None:
            if len(self._text_memo) >= TEXT_MEMO_SIZE:
                self._text_memo.clear()
            known = self._text_memo[key] = tuple(self._cities_in_text(text, country=country, whole_part=whole_part))
        return list(known)

    def _cities_in_text(self, text: str | None, *, country: str | None, whole_part: bool) -> list[CityPlace]:
        words = [word for part in (text or "").split(",") for word in (*place_key(part).split(), ",")]
        found: list[tuple[bool, int, CityPlace]] = []
        conflicted: set[Any] = set()
        index = 0
        while index < len(words):
            for size in range(min(self._address_max_words, len(words) - index), 0, -1):
                phrase = " ".join(words[index : index + size])
                cities = self._address_keys.get(phrase) if "," not in phrase else None
                if cities is None:
                    continue
                after = words[index + size : index + size + QUALIFIER_MAX_WORDS + 1]
                rest = words[index + size : words.index(",", index + size)]
                for city in cities:
                    verdict = self._qualifier(city, after)
                    if verdict is False:
                        conflicted.add(city.id)
                    elif (
                        (country and city.country and country != city.country)
                        or (verdict is None and phrase in self._regions)
                        or (whole_part and not self._ends_part(rest))
                    ):
                        continue
                    else:
                        found.append((bool(verdict), index, city))
                index += size - 1
                break
            index += 1
        found.sort(key=lambda entry: (entry[0], entry[1]), reverse=True)
        return list(dict.fromkeys(city for _, _, city in found if city.id not in conflicted))

    def _ends_part(self, rest: list[str]) -> bool:
        """Whether the words after a name, up to the next comma, are only a region, a country or a postcode:
        "New York NY 10012", not "New Orleans Jazz Fest" (a name inside a venue's or an event's name)."""
        words = [word for word in rest if not word.isdigit()]
        phrase = " ".join(words)
        return not words or phrase in self._regions or phrase in COUNTRY_NAMES

    def cities_named(self, name: str | None, *, country: str | None = None) -> list[CityPlace]:
        """The cities a locality names: exactly or by alias, else in its words with qualifiers ("Portland, OR",
        "Koramangala, Bengaluru"), else by a close spelling of its first part ("Philadelpia, PA")."""
        if not name or not name.strip():
            return []
        candidates = self._city_keys.get(place_key(name)) or self.cities_in_text(
            name, country=country, whole_part=False
        )
        if not candidates:
            head, _, rest = name.partition(",")
            candidates = [
                city
                for city in self._cities_named(head)
                if self._qualifier(city, [",", *place_key(rest).split()]) is not False
            ]
        if country:
            candidates = [city for city in candidates if not city.country or city.country == country]
        return list(candidates)

    def _by_point(self, latitude: float, longitude: float, named: list[CityPlace]) -> CityPlace | None:
        """A named city whose radius holds the point (overlapping cities: the record's word decides), else the
        nearest city holding it, else a named city within NAME_OVER_POINT_RADII of it (a suburb)."""

        def distance(city: CityPlace) -> float:
            return haversine_km(latitude, longitude, city.latitude, city.longitude)

        named = sorted(named, key=distance)
        for city in named:
            if distance(city) <= city.radius_km:
                return city
        containing = self.city_containing(latitude, longitude)
        if containing is not None:
            return containing
        return next((city for city in named if distance(city) <= city.radius_km * NAME_OVER_POINT_RADII), None)

    def place(self, record: Mapping[str, Any], *, default_city_id: Any = None) -> Placement:
        """The record's city from its own evidence: its coordinates (the nearest city holding them), else its
        locality, else its address. The source's default city only when it has no location evidence at all;
        evidence pointing outside every known city gives no city and says why."""
        latitude, longitude = _float(record.get("latitude")), _float(record.get("longitude"))
        country = country_code(record.get("country"))
        locality = record.get("city") if isinstance(record.get("city"), str) else None
        address = record.get("address") if isinstance(record.get("address"), str) else None
        named = self.cities_named(locality, country=country)
        in_address = self.cities_in_text(address, country=country)
        if latitude is not None and longitude is not None:
            city = self._by_point(latitude, longitude, named or in_address)
            if city is None:
                return Placement(
                    None, None, Basis.OUTSIDE, COORDINATES_OUTSIDE.format(latitude=latitude, longitude=longitude)
                )
            basis = Basis.COORDINATES
        elif named or in_address:
            city, basis = (named or in_address)[0], Basis.LOCALITY if named else Basis.ADDRESS
        else:
            default = self.cities_by_id.get(default_city_id)
            outside = self._outside(locality, country, default)
            if outside is not None:
                return Placement(None, None, Basis.OUTSIDE, outside)
            if default is None:
                return Placement(None, None, Basis.NONE)
            city, basis = default, Basis.SOURCE
        venue_name = record.get("venue_name") if isinstance(record.get("venue_name"), str) else None
        return Placement(city, self.match_venue(city.id, venue_name, latitude, longitude), basis)

    def _outside(self, locality: str | None, country: str | None, default: CityPlace | None) -> str | None:
        """Why a record no known city matched is outside them all: a locality we do not know, or another
        country than the source's. An address naming no city says nothing (it may be just a street)."""
        if locality and locality.strip():
            return LOCALITY_OUTSIDE.format(value=locality.strip())
        if country and default is not None and default.country and country != default.country:
            return COUNTRY_OUTSIDE.format(country=country, expected=default.country)
        return None

    # Venues -------------------------------------------------------------------------------------------------

    def venues_near(
        self, city_id: Any, latitude: float, longitude: float, *, radius_km: float = VENUE_RADIUS_KM
    ) -> list[VenuePlace]:
        """The city's venues within the radius (at most one grid cell), nearest first."""
        return self._venues_of(city_id).near(latitude, longitude, radius_km)

    def _venue_named(self, city_id: Any, key: str) -> VenuePlace | None:
        memo_key = (city_id, key)
        if memo_key not in self._venue_memo:
            venues = self._venues_of(city_id).by_key
            venue = venues.get(key)
            if venue is None and venues:
                best = process.extractOne(
                    key, venues.keys(), scorer=fuzz.token_sort_ratio, score_cutoff=VENUE_FUZZY_CUTOFF
                )
                # "Blue Note" for "Blue Note Jazz Club": every word of a two-word name is in the venue's.
                if best is None and len(key.split()) >= VENUE_SUBSET_MIN_WORDS:
                    best = process.extractOne(
                        key, venues.keys(), scorer=fuzz.token_set_ratio, score_cutoff=VENUE_SUBSET_CUTOFF
                    )
                venue = venues[best[0]] if best else None
            self._venue_memo[memo_key] = venue
        return self._venue_memo[memo_key]

    def match_venue(
        self, city_id: Any, name: str | None, latitude: float | None = None, longitude: float | None = None
    ) -> VenuePlace | None:
        """A venue within ~150 m whose name agrees (any venue there when the record has no name), else a
        venue of the city by fuzzy name, unless that one is far from the record's own point (another branch)."""
        key = _LEADING_THE.sub("", place_key(name))
        if latitude is None or longitude is None:
            return self._venue_named(city_id, key) if key else None
        near = self.venues_near(city_id, latitude, longitude)
        if near and not key:
            return near[0]
        if near:
            score, venue = max(((fuzz.token_set_ratio(key, venue.key), venue) for venue in near), key=_first)
            if score >= VENUE_NEARBY_CUTOFF:
                return venue
        named = self._venue_named(city_id, key) if key else None
        if named is None or named.latitude is None or named.longitude is None:
            return named
        far = haversine_km(latitude, longitude, named.latitude, named.longitude) > VENUE_NAME_MAX_KM
        return None if far else named

    # Records ------------------------------------------------------------------------------------------------

    def match(self, record: Mapping[str, Any]) -> PlaceMatch:
        latitude, longitude = _float(record.get("latitude")), _float(record.get("longitude"))
        city = self.match_city(
            record.get("city") if isinstance(record.get("city"), str) else None,
            latitude,
            longitude,
            country=country_code(record.get("country")),
        )
        if city is None:
            return NO_MATCH
        venue_name = record.get("venue_name") if isinstance(record.get("venue_name"), str) else None
        return PlaceMatch(city, self.match_venue(city.id, venue_name, latitude, longitude))

    def match_batch(self, records: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Copies of the records with ``city_id`` and ``venue_id`` (or None) added."""
        matched: list[dict[str, Any]] = []
        for record in records:
            found = self.match(record)
            matched.append(
                {
                    **record,
                    "city_id": found.city.id if found.city else None,
                    "venue_id": found.venue.id if found.venue else None,
                }
            )
        return matched
