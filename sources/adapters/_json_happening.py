"""What says a record is a happening, for the lists of records that are no events (helper review31, APIs).

Review30's refusals (``_json_vacancies``, ``_json_calendar_records``, ``_json_telemetry``) tell job ads, public
holidays and telemetry by their keys. But event lists hold the same keys: a careers service's events name their
"employer" (an info session, a CV clinic), a fair lists its "salary_info" and an "application_deadline"; a Christmas
market's or an open day's items carry a "country" or "countryCode" and a visibility ``"type": "Public"``; a
conference's sessions have a "session_id", an "event" naming the conference and a "timestamp" for their slot; a
football API's matches a "timestamp" and a ``"status": "SCHEDULED"``. All were dropped whole.

A record is a happening when it states one: a start's key (glued "start"/"begin": "start", "start_date",
"starts_at", "dtstart") whose value holds a time of day other than midnight (a job's "start_date" is a bare day or
its midnight), or, with ``any_when``, any date's or time's key holding one (a holiday is a whole day: a market's
"date": "2031-12-06T10:00:00" or "time": "10:00" is no holiday's); or a key naming a stage's place or a side
(VENUE_WORDS, SIDES: "venue", "room", "stage", "doors", "speakers", "homeTeam"), which no job ad, holiday, analytics
record or parcel scan has. A start that is a job's step is none ("interview_start", "application_start":
ERRAND_WORDS, review32): a jobs API's timed interviews are no happening one goes to. Called once, for every kind of
other records but incidents, by ``_json_not_events.other_records`` (review32; review31 called it in three of them).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._json_news import WHEN_WORDS, said_keys

__all__ = ["happening"]

VENUE_WORDS = frozenset({"venue", "venues", "room", "rooms", "stage", "doors", "speaker", "speakers", "performer",
                         "performers", "lineup", "saal", "salle"})  # fmt: skip
# A start's key naming a candidate's or a buyer's step, not a happening ("interview_start", "delivery_start").
ERRAND_WORDS = frozenset({"interview", "interviews", "application", "applications", "apply", "closing", "delivery",
                          "shipping", "collection", "bewerbung", "entretien"})  # fmt: skip
SIDES = ({"home", "team"}, {"away", "team"})  # a match's sides: "homeTeam", "away_team"
# A time of day other than midnight ("T18:00", "10:00"; not "T00:00:00").
DAY_CLOCK = re.compile(r"(?<!\d)(?!00:00)\d{1,2}:\d{2}")
MAX_TEXT = 64  # a date's text longer than this is no date
MAX_INNER = 20  # values of a date's object looked at


def happening(item: Mapping[Any, Any], *, any_when: bool = False) -> bool:
    """Whether the record states a happening's start, or a venue's or a side's key (see the module)."""
    for said, value in said_keys(item):
        if said & VENUE_WORDS or any(side <= said for side in SIDES):
            return True
        started = not said & ERRAND_WORDS and any("start" in word or "begin" in word for word in said)
        if (started or (any_when and said & WHEN_WORDS)) and _clock_of_day(value):
            return True
    return False


def _clock_of_day(value: Any) -> bool:
    """Whether a date's value (or one of its object's values: "start": {"dateTime": …}) holds a time of day."""
    if isinstance(value, Mapping):
        value = [inner for inner in list(value.values())[:MAX_INNER] if isinstance(inner, str)]
    values = value if isinstance(value, list) else [value]
    return any(isinstance(each, str) and len(each) <= MAX_TEXT and DAY_CLOCK.search(each) for each in values)
