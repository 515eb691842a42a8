"""Which column of a sampled list is which event field, for the inference (``_json_infer``): each field is
scored from its key's words (those that name it against those that rule it out) and its values' shapes
(``_json_shapes``). ``Sample`` holds one candidate list's columns and picks the start and end, a single
date-time field or a date field with a time-of-day field; the other fields' scores are in ``_json_field_scores``.

Pure: no database, no network.
"""

from __future__ import annotations

import contextvars
import dataclasses
import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from events import statuswords
from sources.adapters._json_adjusted import ADJUSTED_BONUS, adjusted, ruling_out
from sources.adapters._json_date_titles import date_label
from sources.adapters._json_day_stamps import stamp_alone, stamp_of_day
from sources.adapters._json_days import LOCAL_DAY
from sources.adapters._json_element_text import element_text_first
from sources.adapters._json_geo_names import geometry_name
from sources.adapters._json_glued import glued_record_words
from sources.adapters._json_heading_dates import heading_date
from sources.adapters._json_local_zones import exact_first
from sources.adapters._json_meeting_words import ATTENDANCE_WORDS, MEETING_TITLE_WORDS
from sources.adapters._json_metadata_stamps import metadata_stamp
from sources.adapters._json_observations import reading_lists
from sources.adapters._json_other_words import (
    GLUED_BODY_WEIGHT,
    OTHER_ALL_DAY_WORDS,
    OTHER_CANCELLED_FLAG_WORDS,
    OTHER_CITY_WORDS,
    OTHER_COUNTRY_WORDS,
    OTHER_DAY_WORDS,
    OTHER_END_WORDS,
    OTHER_EVENT_WORDS,
    OTHER_NOT_DATE,
    OTHER_NOT_TITLE,
    OTHER_PARTNER_WORDS,
    OTHER_PLACE_NAME_WORDS,
    OTHER_POSTAL_WORDS,
    OTHER_START_WORDS,
    OTHER_STATUS_WORDS,
    OTHER_STREET_WORDS,
    OTHER_TITLE_WORDS,
    OTHER_TWIN_WORDS,
    VENUE_COMPOUNDS,
    compound_title,
    compound_words,
    fold_key,
    glued_to_body,
)
from sources.adapters._json_scheduled import scheduled_first
from sources.adapters._json_shapes import (
    OTHER_CLOCK_WORDS,
    SAMPLE,
    Column,
    DateShape,
    columns,
    date_shape,
    mean_length,
    midnight_format,
    text_column,
    url_share,
    words,
)
from sources.adapters._json_short_names import short_name_weight
from sources.adapters._json_sides import sided
from sources.adapters._json_stages import STAGE_KEYS
from sources.adapters._json_utc import states_offset
from sources.adapters._json_venue_first import THEATRE_WORDS

ISO_DAY = "%Y-%m-%d"
# Set while a list of one record's dates is read (``_json_infer``): the record's one name is each date's then.
OCCURRENCES: contextvars.ContextVar[bool] = contextvars.ContextVar("occurrences", default=False)
# Set while a table's rows, rewritten as records, are read (``_json_tables``): the columns its header names as the
# row's title ("Event", "Veranstaltung"), which are titles there whatever their word.
TABLE_TITLES: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar("table_titles", default=frozenset())
TABLE_TITLE_WEIGHT = 2.0
SHAPE_ONLY = 0.25  # the name score of a date column found by its values alone
EVENT_WORDS = frozenset({"event", "meeting", "session", "occurrence", "activity", "program"}) | OTHER_EVENT_WORDS
# A key that is only the word "what" (beside "when" and "where", as Plancast writes a plan) names the event, as
# "title" does; inside a longer key ("what_to_bring") it names nothing.
WHAT_WEIGHT = 3.0
TITLE_WORDS = {"title": 3.0, "name": 2.0, "subject": 2.0, "headline": 2.0, "summary": 1.0, "heading": 1.0,
               "caption": 0.5, "label": 1.0, **OTHER_TITLE_WORDS, **MEETING_TITLE_WORDS}  # fmt: skip
NOT_TITLE = frozenset(
    {"category", "categories", "venue", "venues", "location", "locations", "place", "places", "organizer",
     "organizers", "organiser", "host", "hosts", "group", "groups", "city", "state", "country", "file", "files",
     "filename", "media", "image", "images", "photo", "agenda", "minutes", "document", "documents", "attachment",
     "attachments", "template", "type", "tag", "tags", "user", "creator", "author", "uploaded", "by", "department",
     "source", "site", "calendar", "module", "status", "contact", "url", "link", "slug", "zone", "address",
     "street", "enum", "abbreviation", "series", "parent", "performer", "performers", "artist", "team", "teams",
     "league", "sponsor", "speaker", "speakers", "ticket", "tickets", "price", "promoter", "owner", "alt",
     # an offer's or a price's name ("General Admission", "Guest") names a ticket, never the event
     "offer", "offers", "prices", "pricing", "fee", "fees", "tariff", "tariffs", "rate", "rates", "admission",
     # a subtitle, supertitle or tagline says more about the event; the title is its own field
     "sub", "subtitle", "super", "supertitle", "tagline", "strapline", "kicker", "subheading",
     # the ground a match or a race is played at ("stadium_name" beside home_team and away_team), and who referees it
     "stadium", "arena", "ground", "circuit", "racetrack", "racecourse", "referee", "umpire"}
) | OTHER_NOT_TITLE  # fmt: skip
LISTED_TITLE_PENALTY = 1.0
ROOM_WORDS = frozenset({"room", "rooms", "facility", "building", "resource", "resources"})
# The date and the time of day as other languages name their fields ("Datum", "Zeit", "fecha", "hora"): as "date"
# and "time" are (_json_other_words: "data" too, a date only where its values are dates).
OTHER_DATE_WORDS = {**OTHER_DAY_WORDS, **dict.fromkeys(OTHER_CLOCK_WORDS, 1.0)}
START_WORDS = {"start": 3.0, "starts": 3.0, "begin": 3.0, "begins": 3.0, "dtstart": 3.0, "date": 2.0,
               "datetime": 2.0, "when": 2.0, "time": 1.0, "from": 1.0, "day": 1.0, "on": 0.5, "scheduled": 1.0,
               "kickoff": 2.0, "tipoff": 2.0, "faceoff": 2.0,  # a game's start, as fixture lists key its clock
               **OTHER_DATE_WORDS, **OTHER_START_WORDS}  # fmt: skip
# The words of a date or a time that an end's key may hold too ("end_date", "fecha_fin", "hora_fin").
NEUTRAL_DATE_WORDS = frozenset({"date", "datetime", "time", "day", "on", "when", *OTHER_DATE_WORDS})
END_WORDS = {"end": 3.0, "ends": 3.0, "finish": 3.0, "dtend": 3.0, "until": 2.0, "stop": 2.0, "to": 1.0,
             **OTHER_END_WORDS}  # fmt: skip
NOT_DATE = frozenset(
    {"created", "create", "updated", "update", "modified", "modify", "published", "publish", "added", "cut", "cutoff",
     "pub", "pubdate",  # a post's publication ("pubDate", as RSS names it, also in JSON), never its event's
     "creation",  # when the record was made ("creationDate", split from camel case as Indico's export names it)
     "deadline", "upload", "uploaded", "live", "actual", "caption", "file", "files", "last", "expire", "expires",
     "registration", "sale", "sales", "onsale", "deleted", "birth", "changed", "posted", "min", "max", "closed",
     "auto", "indexed", "import", "imported", "sync", "agenda", "minutes", "media", "document", "documents",
     "attachment", "attachments", "stream", "video", "timezone", "zone", "tz", "offset", "duration", "release",
     "announced", "checkin", "door", "doors", "submitted", "approved", "expiry", "valid", "visible", "display",
     # when someone signed up, paid or was reminded: a record about an event, made before it
     "registered", "signed", "purchased", "ordered", "paid", "send", "sent", "reminder", "remind", "notify",
     "notified", "checked", "applied",  # "AppliedTime": when a member applied (a membership list)
     # when a product was released or a listing put up ("<released>", "listed_at"): a catalogue's, no start
     "released", "listed",
     # when a request was made, a page fetched or viewed ("requestedAt", "lastAccessed"): a log's stamp, no start
     "requested", "accessed", "fetched", "viewed", "crawled", "scraped", "polled",
     # the window in which it can be booked ("bookable_until": the booking's deadline, not the end)
     "bookable", "half", "halfs", "halves",  # a game's halves ("firstHalfStarted"): parts of it, not its kickoff
     # the same window as a cinema chain names it ("reservabilityStart", "reservableUntil"): when seats can be
     # reserved, up to the showing's start, never the showing's own start or end
     "reservability", "reservable",
     # a series' own dates (its first meeting, its last) beside each occurrence's
     "series",
     # when a to-do or an invoice is due ("due", "dueDate"): a deadline, like "deadline", never a start
     "due",
     # when coursework opens and closes for hand-in ("unlock_at", "lock_at" beside "due_at", as an LMS writes an
     # assignment's or a quiz's window): a deadline's window, never a start (batch 43)
     "lock", "locked", "unlock", "unlocked",
     # the latest or a previous one of something else a record keeps ("LatestMatch" on a league, "previousVisit",
     # "mostRecentShow"): a related record's day, as "last" is, never this record's start (batch 49)
     "latest", "previous", "recent",
     # a document's issue or publication ("date.issue", "pubdata date.publication", as NITF dates a news story;
     # "issued"): when it was published, never an event's start (batch 51)
     "issue", "issued", "publication",
     # a version-control history's stamps ("committedDate", "authoredDate", "merged_at", "pushed_at"): when a
     # change was made or landed, beside a pull request's or a release's title and page, never a start (batch 60)
     "committed", "authored", "merged", "pushed",
     # when the record was last edited ("event_edit_date", "lastEdited", "editedAt"): as "changed", never a start
     "edit", "edited",
     # when a ticket or an incident was handled ("resolved_at", "assignedAt", "acknowledged_at"): a support desk's
     # record of its work, as "closed" is, never a start (left30)
     "resolved", "assigned", "acknowledged", "escalated", "reopened", "triaged"}
) | OTHER_NOT_DATE | ATTENDANCE_WORDS  # fmt: skip
# The words of a start or an end, their inflections, and the date words one is glued to ("dateend", "startdate").
MOMENT_STEMS = ("start", "begin", "end", "finish", "stop")  # "stops_at", "stoptime": as "ends_at"
MOMENT_INFLECTIONS = ("ning", "ing", "ed", "es", "s")  # "beginning", "starting", "ended", "finishes"
DATE_PARTS = frozenset({"date", "time", "datetime", "dt", "at", "on", "day", "ts"})
# "circuit", "racetrack", "stadium": where a race or a match is (Ergast's Circuit.circuitName; a "track" is also a song's)
PLACE_WORDS = frozenset({"venue", "venues", "location", "locations", "place", "places", "where", "room", "site",
                         "physical", "facility", "building", "address", "resource", "circuit", "racetrack", "racecourse", "stadium",
                         "arena", "ground", "theatre", "theater", "cinema",  # a football club's "ground"
                         # as other languages name the place: German, French, Spanish, Italian, Dutch
                         "ort", "veranstaltungsort", "spielort", "lieu", "lugar", "luogo", "locatie", "sede", "plats", "sted", "miejsce", "paikka", "raum", "salle", "sala", "zaal",
                         *VENUE_COMPOUNDS})  # fmt: skip
# A theatre or a cinema is where its shows are ("Theatre", "CinemaName", "TheatreAndAuditorium"), but a key that
# says more of it is something else of the theatre's: "TheatreCompany" (who), "TheatreCode", "TheatreType"
# (THEATRE_WORDS, in _json_venue_first, which this module's readers use and which cannot import this one).
THEATRE_PLACE_WORDS = frozenset({"and", "auditorium", "hall", "screen", "full"})


def theatre_qualified(names: AbstractSet[str]) -> bool:
    """Whether a key naming a theatre or a cinema says something other than where: a company, a code, a type."""
    return bool(names & THEATRE_WORDS) and bool(names - THEATRE_WORDS - PLACE_NAME_WORDS - THEATRE_PLACE_WORDS)


# The objects whose name is a place's ("Stadium": {"Name"}, "venue": {"title"}), never the event's own name.
PLACE_HOLDERS = frozenset({"venue", "venues", "stadium", "arena", "ground", "circuit", "location", "locations",
                           *VENUE_COMPOUNDS})  # fmt: skip
PLACE_NAME_WORDS = frozenset({"name", "title", "label", "venue", "location", "place", "room", "where",
                              "building"}) | OTHER_PLACE_NAME_WORDS  # fmt: skip
STREET_WORDS = frozenset({"address", "street", "addr", "line", "address1", "address2", "address3",
                          "formatted"}) | OTHER_STREET_WORDS  # fmt: skip
CITY_WORDS = frozenset({"city", "town", "locality", "municipality"}) | OTHER_CITY_WORDS
REGION_WORDS = frozenset({"state", "region", "province", "county"})
POSTAL_WORDS = frozenset({"zip", "zipcode", "postal", "postcode", "postalcode"}) | OTHER_POSTAL_WORDS
COUNTRY_WORDS = frozenset({"country"}) | OTHER_COUNTRY_WORDS
# Never a place's key: a link, a coordinate, a note, or a date ("dateTimeFormatted" is a date, not an address).
NOT_PLACE = frozenset({"id", "type", "url", "link", "lat", "latitude", "lng", "lon", "longitude", "map", "show",
                       "coordinates", "tbd", "description", "info", "additional", "phone", "email", "timezone",
                       "date", "time", "datetime"})  # fmt: skip
ID_WORDS = frozenset({"id", "uid", "uuid", "guid", "key"})
NOT_ID = frozenset(
    {"category", "template", "module", "calendar", "site", "agenda", "type", "user", "creator", "organizer",
     "venue", "location", "group", "file", "media", "stream", "department", "committee", "parent", "series",
     "instance", "district", "account", "owner", "image", "photo", "playlist", "video", "zoom", "meeting"}
)  # fmt: skip
# A flag's key that says cancelled: the status word itself ("cancelled", "isCanceled", "abgesagt", the words of
# events.statuswords). Not the noun or the bare stem, which name a booking's terms as often ("free_cancellation":
# true, "pastCancelDeadline": true).
CANCELLED_FLAG_WORDS = frozenset(
    {fold_key(word.replace(" ", "")) for word in statuswords.words("cancelled")}
    | {"is" + word for word in statuswords.words("cancelled", languages=("en",))}
    | OTHER_CANCELLED_FLAG_WORDS
)
STATUS_WORDS = frozenset({"status", "state", "eventstatus"}) | OTHER_STATUS_WORDS
ALL_DAY_WORDS = (("all", "day"), ("allday",), ("whole", "day"), ("full", "day"), *OTHER_ALL_DAY_WORDS)


# --- names --------------------------------------------------------------------------------------------------


def word_weight(names: Sequence[str], table: Mapping[str, float]) -> float:
    return max((table.get(word, 0.0) for word in names), default=0.0)


def title_score(column: Column) -> float:
    names = column.key_words
    named = word_weight([*names, *compound_title(names)], TITLE_WORDS)  # "Veranstaltungsname" too
    named = min(named, GLUED_BODY_WEIGHT) if glued_to_body(names) else named  # "programmename": below a "name"
    named = named or (WHAT_WEIGHT if names == ["what"] else 0.0)  # "what" beside "when" and "where": its name
    weight = named or short_name_weight(column)  # "EpisodeShortDescription": "Harbour Lights"
    weight = weight or (TABLE_TITLE_WEIGHT if column.path in TABLE_TITLES.get() else 0.0)
    if not weight or column.unqualified_words & NOT_TITLE or column.share < 0.6 or not text_column(column):
        return 0.0
    if sided(column.path) or geometry_name(column.path):  # a geometry's "crs.properties.name" (_json_geo_names)
        return 0.0  # one side of a match's name (its team's, its pitcher's): the game is named by both
    if url_share(column) > 0.5 or date_shape(column, numeric_ok=False) is not None or date_label(column):
        return 0.0
    length = mean_length(column)
    if not 2 <= length <= 200:
        return 0.0
    strings = column.strings()
    if column.path.startswith("^") and len(strings) > 1 and len(set(strings)) == 1 and not OCCURRENCES.get():
        return 0.0  # one name for everything inside a container is the container's (a theatre's, a conference's)
    spaced = sum(1 for text in strings if " " in text) / len(strings)
    marked_up = sum(1 for text in strings if "<" in text) / len(strings)
    holder = column.holder_words  # "activity" in "activity.name"
    if (set(names) | holder) & ROOM_WORDS:
        return 0.0  # "resource.name", "roomName": the room's or court's name, its place ("room.event.title" is not)
    if holder & (PLACE_HOLDERS | STAGE_KEYS):
        return 0.0  # "Stadium.Name", "venue.title", "stage.name": the place's name, where the event is, not what it is
    bonus = 0.5 if (set(names) | holder) & EVENT_WORDS else 0.0
    # A title inside a list names one of the things listed (the first of a record's links, its related pages),
    # not the record: below the record's own name, still taken when there is no other (a list of one per language).
    listed = LISTED_TITLE_PENALTY if any(part.isdigit() for part in column.path.split(".")) else 0.0
    return (
        weight + bonus + 0.3 * spaced - marked_up - listed - 0.05 * len(names) - 0.1 * column.depth + column.share / 10
    )


def moment_score(column: Column, table: Mapping[str, float], excluded: frozenset[str]) -> float:
    """How start-like (or end-like) a column is by its name; 0 when its words rule it out."""
    every = set(moment_words(list(column.all_words)))
    if ruling_out(every, excluded):  # "tz_adjusted_begin_date" is a moment, not a zone (_json_adjusted)
        return 0.0
    if metadata_stamp(column.path, column.key_words, words, EVENT_WORDS):  # "sports-metadata.date-time"
        return 0.0
    weight = word_weight(moment_words(column.key_words), table) or word_weight(list(every), table) / 2
    bonus = 0.5 if every & EVENT_WORDS else 0.0
    return weight + bonus - 0.1 * column.depth if weight else 0.0


def moment_words(names: Sequence[str]) -> list[str]:
    """The words with, after each, the start or end it is a form of: inflected ("starting", "ended", "finishes",
    "beginning") or glued to a date word in one lower-case word ("startdate", "dateend", "enddatetime")."""
    out: list[str] = []
    for name in names:
        out.append(name)
        stem = _moment_stem(name)
        if stem is not None and stem != name:
            out.append(stem)
        out.extend(glued_record_words(name))  # "createdon" → created, on
        out.extend(compound_words(name))  # "startdatum" → start, datum; "geburtsdatum" → geburt, datum
    return out


def _moment_stem(name: str) -> str | None:
    for suffix in MOMENT_INFLECTIONS:
        if name.endswith(suffix) and name[: -len(suffix)] in MOMENT_STEMS:
            return name[: -len(suffix)]
    for stem in MOMENT_STEMS:
        if (name.startswith(stem) and name[len(stem) :] in DATE_PARTS) or (
            name.endswith(stem) and name[: -len(stem)] in DATE_PARTS
        ):
            return stem
    return None


# --- starts and ends ----------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Moment:
    """The inferred mapping of a start or an end, with how sure it is."""

    spec: Any  # a path, or {"path": …, "format": …}
    paths: tuple[str, ...]
    named: float  # the name score of the column(s)
    evidence: str
    day_format: str | None = None  # the date field's format, when the date and the time are two fields
    ambiguous: bool = False  # the day-month order was chosen, not read (every day ≤ 12)
    fallback_paths: tuple[str, ...] = ()  # the columns read where the first ones are missing


class Sample:
    """The columns of one candidate list and the field choices made on them."""

    def __init__(self, path: str, items: list[Any], *, month_first: bool = True) -> None:
        self.path = path
        self.month_first = month_first  # how dates that read either way round are read
        self.size = len(items)
        self.items = [item for item in items[:SAMPLE] if isinstance(item, Mapping)]
        # no column inside a list of weather readings: their days are forecast, not the item's (_json_observations)
        inside = tuple(f"{path}." for path in reading_lists(self.items))
        self.columns = {path: column for path, column in columns(self.items).items() if not path.startswith(inside)}
        self._shapes: dict[str, DateShape | None] = {}

    def shape(self, column: Column, *, numeric_ok: bool = False) -> DateShape | None:
        key = f"{column.path}|{numeric_ok}"
        if key not in self._shapes:
            self._shapes[key] = date_shape(column, numeric_ok=numeric_ok, month_first=self.month_first) or heading_date(
                column
            )
        return self._shapes[key]

    def best(self, score: Any, *, exclude: Sequence[str] = ()) -> tuple[Column | None, float]:
        ranked = [(score(column), index, column) for index, column in enumerate(self.columns.values())]
        ranked = [entry for entry in ranked if entry[0] > 0 and entry[2].path not in exclude]
        if not ranked:
            return None, 0.0
        top = max(ranked, key=lambda entry: (entry[0], -entry[1]))
        return top[2], top[0]

    # --- dates ---
    def moments(
        self,
        table: Mapping[str, float],
        excluded: frozenset[str],
        *,
        by_shape: bool = False,
        skip: frozenset[str] = frozenset(),
    ) -> list[tuple[Column, DateShape, float]]:
        """Columns that read as moments, with their name score, best first. ``by_shape``: columns whose names
        say nothing either way are taken too when their values are dates (scored low). ``skip``: paths not
        to consider (a start already chosen, when looking for the one to read where it is missing)."""
        found = []
        for column in self.columns.values():
            named = moment_score(column, table, excluded)
            if column.path in skip:
                continue
            ruled_out = bool(ruling_out(set(moment_words(list(column.all_words))), excluded))  # "createdon" too
            # a metadata block's own date, the block a member of each item or the items themselves
            stamp = metadata_stamp(
                f"{self.path.rpartition('.')[2]}.{column.path}", column.key_words, words, EVENT_WORDS
            )
            if stamp or column.share < 0.5 or (not named and not (by_shape and not ruled_out)):
                continue
            if not named and set(column.key_words) & ID_WORDS - {"key"}:
                continue  # an id that reads as a date ("20310512:1"): it names the record, never dates it (review24)
            shape = self.shape(column, numeric_ok=bool(named))
            if shape is not None and not (column.path.startswith("^") and shape.kind == "datetime"):
                # A container's moment (a day's start and end) is not each thing's inside it; its date may be.
                found.append((column, shape, named or SHAPE_ONLY))
        ranked = sorted(found, key=lambda e: -_moment_rank(e[1], e[2], e[0].all_words, states_offset(e[0].present)))
        # <start hr="…">1459386300</start>: the element's text is its value; local wall clocks of several zones;
        # a match's scheduled start beside the moment play began
        return element_text_first(scheduled_first(exact_first(ranked)))

    def moment(
        self,
        table: Mapping[str, float],
        excluded: frozenset[str],
        borrowed: Moment | None = None,
        skip: frozenset[str] = frozenset(),
    ) -> Moment | None:
        """The start (or end) column(s). ``borrowed``: a start read from a date field and a time field, whose
        date field an end that is only a time of day ("End Time") reads with. ``skip``: paths left out."""
        date_path = borrowed.paths[0] if borrowed is not None and len(borrowed.paths) == 2 else None
        found = self.moments(table, excluded, skip=skip) or (
            self.moments(table, excluded, by_shape=True, skip=skip) if table is START_WORDS else []
        )
        # "20260924" (ISO 8601's basic form) parses as a moment with no time in it: a day.
        days = [
            entry
            for entry in found
            if entry[1].kind in ("date", "midnight") or (entry[1].kind == "datetime" and not entry[1].timed)
        ]
        times = [entry for entry in found if entry[1].kind == "time"]
        whole = [entry for entry in found if entry[1].kind == "datetime" and entry[1].timed > 0]
        # A day given as its last second: the day it falls on in the source's zone. In a start only (no event starts
        # then), or in an end beside such a start: an end at 23:59:59 is an evening that runs to midnight.
        bounds = (
            [entry for entry in whole if day_bound(entry[0])] if borrowed is None or days_as_bounds(borrowed) else []
        )
        if bounds:
            whole = [entry for entry in whole if entry not in bounds]
            days = [(column, DateShape(LOCAL_DAY, "date", shape.share), named) for column, shape, named in bounds]
        whole, days = stamp_alone(whole, days, times)  # a midnight stamp, no day beside it, a clock (_json_day_stamps)
        # A bare "date" with a time (a post's publication, WordPress's "date") gives way to a day and a time
        # whose names say start ("acf.start_date" + "acf.start_time"): the event's, not the record's.
        named_start = bool(days and times and days[0][2] > whole[0][2]) if whole else False
        if (
            whole
            and not named_start
            and (not days or not times or _moment_rank(whole[0][1], whole[0][2]) >= days[0][2] + 1)
            and not stamp_of_day(whole[0], days, times)  # a day's midnight stamp by its clock (_json_day_stamps)
        ):
            return _single(*whole[0])
        if times and (days or date_path):
            day = twin_day(times[0][0], days) or (days[0] if days else None)
            return _split(day, times[0], (date_path, borrowed.day_format) if borrowed and date_path else None)
        pick = next(iter(whole or days or [entry for entry in found if entry[1].kind != "time"]), None)
        return _single(*pick) if pick else None

    def partner_end(self, start: Moment) -> Moment | None:
        """The end whose key is the start's with its start word made "end" ("startDateTime" → "endDateTime",
        "start_time" → "end_time"), whatever share of the items carry it: a record that ends says so in the
        field its start names, and the others (a day, a moment) have none. None when there is no such column or
        its values do not read as moments."""
        # A start read from a day and a time ("date" + "startTime"): the end's time ("endTime") on that day.
        day = (start.paths[0], start.day_format) if len(start.paths) == 2 else None
        head, dot, last = start.paths[-1].rpartition(".")
        for word, end_word in PARTNER_WORDS:
            column = self.columns.get(head + dot + last.replace(word, end_word, 1)) if word in last else None
            shape = self.shape(column) if column is not None else None
            if column is None or shape is None or (shape.kind == "time") != (day is not None):
                continue
            return _split(None, (column, shape, 1.0), day) if day is not None else _single(column, shape, 1.0)
        return None


# "2026-03-09T06:59:59Z", "2026-03-08T23:59:59-08:00": the last second of a day (of a zone's day, in UTC), as
# destination-marketing CMSs (Simpleview) write an event's day beside its times of day in other fields.
_DAY_BOUND = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:59:59(?:\.0+)?(?:Z|[+-]\d{2}:?\d{2})$")


def day_bound(column: Column) -> bool:
    """Whether every value of a column is an instant at a day's last second, with its zone or offset (no event
    starts then)."""
    strings = column.strings()
    return bool(strings) and all(_DAY_BOUND.match(value) for value in strings)


def days_as_bounds(moment: Moment) -> bool:
    """Whether a start was read from days written as their last second (a ``LOCAL_DAY`` format)."""
    value_format = moment.spec.get("format") if isinstance(moment.spec, Mapping) else None
    formats = value_format if isinstance(value_format, list) else [value_format]
    return any(isinstance(each, str) and each.startswith(LOCAL_DAY) for each in formats)


# A time key's word and its date's beside it ("time_london" and "date_london").
TWIN_WORDS = (("time", "date"), ("Time", "Date"), ("TIME", "DATE"), *OTHER_TWIN_WORDS)


def twin_day(time: Column, days: Sequence[tuple[Column, DateShape, float]]) -> tuple[Column, DateShape, float] | None:
    """The day written in the key the time's names with "time" made "date" ("time_london" → "date_london",
    "startTime" → "startDate"): the day that time is of, whatever other date ranks higher (a container's
    "^round.start_date", a bare "date" beside "date_local"). None when there is no such day column."""
    head, dot, last = time.path.rpartition(".")
    for word, day_word in TWIN_WORDS:
        if word not in last:
            continue
        path = head + dot + last.replace(word, day_word, 1)
        for entry in days:
            if entry[0].path == path:
                return entry
    return None


# A start key's word and the end key's beside it ("start_time" and "stop_time", as Eventful's API names them).
PARTNER_WORDS = (("start", "end"), ("Start", "End"), ("START", "END"), ("begin", "end"), ("Begin", "End"),
                 ("start", "stop"), ("Start", "Stop"), ("START", "STOP"), *OTHER_PARTNER_WORDS)  # fmt: skip


def _moment_rank(shape: DateShape, named: float, names: AbstractSet[str] = frozenset(), aware: bool = False) -> float:
    # A "local" time beside a "utc" one: the UTC one is often written without its offset. An epoch number is a
    # machine's reading of the moment in the server's zone; a date written out states the wall clock people are
    # shown ("performanceStart": 19:30 Eastern beside "Thu, Feb 19, 2026 - 7:30 PM" at a Pacific theatre).
    local = 0.3 if "local" in names else (-0.5 if names & {"utc", "gmt"} and not aware else 0.0)  # "…Z": exact
    local += ADJUSTED_BONUS if adjusted(names) else 0.0  # "tz_adjusted_begin_date" (_json_adjusted)
    machine = -0.5 if shape.format in ("epoch", "epoch_ms") else 0.0
    kind = 1.0 if shape.kind == "datetime" else 0.0
    return named + kind + shape.timed + shape.share + (0.3 if shape.format is None else 0.0) + local + machine


def _spec(path: str | list[str], value_format: str | list[str] | None) -> Any:
    return {"path": path, "format": value_format} if value_format else path


def _single(column: Column, shape: DateShape, named: float) -> Moment:
    # A date written as midnight is read as the date it is (an all-day event): the time is matched literally.
    value_format: str | list[str] | None = midnight_format(shape) if shape.kind == "midnight" else shape.format
    described = "ISO 8601" if shape.format is None else repr(value_format)
    evidence = f"{column.path} ({described}, {shape.share:.0%} read)"
    formats = midnight_as_day(shape, column.strings())
    if formats is not None:  # "2020-02-22 00:00" among "2025-10-28 10:00"s: a day whose time is not given
        value_format = formats
        evidence += f"; its 00:00 values read as days ({shape.timed:.0%} of its values state a time)"
    return Moment(_spec(column.path, value_format), (column.path,), named, evidence, ambiguous=shape.ambiguous)


# In a column of moments that mostly state their time ("2025-10-28 10:00"), a value at exactly midnight
# ("2020-02-22 00:00", an imported meeting whose time was never entered) is a day without a time.
MIXED_MIDNIGHT = 0.5  # the least share of values with a time other than midnight


# "2025-10-28 10:00", "2025-10-28T10:00:00": ISO 8601 written without a zone, all in one shape.
_PLAIN_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?P<sep>[ T])\d{2}:\d{2}(?P<seconds>:\d{2})?$")
# "2014-02-27T00:00:00+00:00" beside "2014-03-31T09:30:00+01:00": ISO 8601 with its offset, to the second.
ZONED_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?P<offset>[+-]\d{2}:\d{2})$")
ZONED_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
UTC_OFFSETS = frozenset({"+00:00", "-00:00"})


def midnight_as_day(shape: DateShape, strings: list[str]) -> list[str] | None:
    """The formats that read a column's midnight values as dates and its other values as they are, when most of
    them state a time and some are midnight; None otherwise (a 12-hour clock is left alone: its midnight is
    "12:00 AM", written on purpose; so is ISO 8601 in mixed shapes, or with a zone unless it is a place's wall
    clock, ``zoned_wall_times``)."""
    if shape.kind != "datetime" or not MIXED_MIDNIGHT <= shape.timed < 1:
        return None
    value_format = shape.format
    if value_format is None and zoned_wall_times(strings):
        value_format = ZONED_FORMAT
    if value_format is None:  # ISO 8601: the one strptime format all the column's values are written in
        shapes = {(found["sep"], bool(found["seconds"])) for text in strings if (found := _PLAIN_ISO.match(text))}
        if len(shapes) != 1 or any(not _PLAIN_ISO.match(text) for text in strings):
            return None
        ((sep, seconds),) = shapes
        value_format = f"%Y-%m-%d{sep}%H:%M" + (":%S" if seconds else "")
    if value_format.startswith("epoch") or "%H" not in value_format or "%I" in value_format or "%p" in value_format:
        return None
    return [value_format.replace("%H", "00").replace("%M", "00").replace("%S", "00"), value_format]


def zoned_wall_times(strings: list[str]) -> bool:
    """Whether every value is ISO 8601 with its offset and the offsets are a place's own, not UTC's: some offset
    other than zero ("+01:00" in summer beside "+00:00" in winter, a London course list). Such values are the
    local wall clock, so one at exactly 00:00 is a day whose time was never entered, as in a column without a zone.
    A column written in UTC throughout ("Z", "+00:00") is left alone: its midnight is some other place's evening."""
    offsets = {found["offset"] for text in strings if (found := ZONED_ISO.match(text))}
    return bool(strings) and all(ZONED_ISO.match(text) for text in strings) and bool(offsets - UTC_OFFSETS)


def _split(
    day: tuple[Column, DateShape, float] | None,
    time: tuple[Column, DateShape, float],
    borrowed: tuple[str, str | None] | None,
) -> Moment:
    """A date field and a time-of-day field read together; the date alone when a row's time is blank. Without
    a date field of its own (an "End Time"), the start's date field is read, in the start's format."""
    time_column, time_shape, time_named = time
    if day is not None:
        day_format = midnight_format(day[1]) if day[1].kind == "midnight" else (day[1].format or _iso_day(day[0]))
        day_path, day_named, ambiguous = day[0].path, day[2], day[1].ambiguous
    else:
        day_path, borrowed_format = borrowed if borrowed is not None else ("", None)
        day_format, day_named, ambiguous = borrowed_format or ISO_DAY, 0.0, False
    formats = [f"{day_format} {time_shape.format}", day_format]
    evidence = f"{day_path} + {time_column.path} ({formats[0]!r})"
    return Moment(
        _spec([day_path, time_column.path], formats),
        (day_path, time_column.path),
        max(day_named, time_named),
        evidence,
        day_format=day_format,
        ambiguous=ambiguous,
    )


def _iso_day(column: Column) -> str:
    """How an ISO day column writes its days: "2026-09-24", or the basic form "20260924"."""
    values = [value for value in column.strings() if value]
    return BASIC_DAY if values and all(BASIC_DAY_VALUE.fullmatch(value) for value in values) else ISO_DAY


BASIC_DAY = "%Y%m%d"
BASIC_DAY_VALUE = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
