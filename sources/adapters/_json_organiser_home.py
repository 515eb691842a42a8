"""Whether an organiser's address, the record's only place, is where the event is held (read-through 59, mend59c).

Read-through 58 took a "host" object's address for the event's when the record names no place of its own (a library
branch: ``"host": {"name": "Central Library", "address": "1 Main Street"}``); left44 widened it to any organiser's
("organizer", "organiser", "ausrichter" …: ``_json_organiser_parts.host_only_place``); review59 kept a webinar's
organiser's office out by its online flag or join link (``_json_online_hosts``). Read-through 59 probed more records
that name no place of their own yet are not held at the organiser's office: a webinar said by its kind ("format":
"Webinar", "type": "online"), a federation's races around the country ("course": "Harrogate Circuit", the
organiser's headquarters in Manchester), a hiking club's walks from a meeting point ("treffpunkt": "Bahnhof
Titisee", the club's office in Freiburg), a promoter's tour ("Live in Glasgow", the promoter in Leeds).

So (``at_the_organiser``) the organiser's address is the event's only where:

- the record is not held online (``held_online``: a flag or a join link; or a column of kinds most of which name
  online, a webinar, virtual: ``_json_online.online_kinds``);
- no key of the record's own names a meeting point or a course (``MEETING_WORDS``: "treffpunkt", "course", "route",
  "strecke", "parcours" …; a pair "meeting_point", "start_point"): the event starts there, not at the office;
- and the organiser is a place to go: the object is a "host" (read-through 58's library branch), or most organisers'
  names name a place (``PLACE_NOUN``, a hall, a club, a library, a church …; German compounds ending in one:
  "Tanzsportclub Blau", "Bürgerhaus"). Not an office, chambers or a building ("Nationwide Building Society").

A record whose location is only a web address has a place key of its own and never comes here (``host_only_place``).
The leading underscore keeps this module out of the adapter registry. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping

from sources.adapters._json_online import online_kinds
from sources.adapters._json_online_hosts import held_online
from sources.adapters._json_organiser_parts import host_only_place, organiser_key
from sources.adapters._json_other_words import OTHER_PLACE_NAME_WORDS
from sources.adapters._json_shapes import Column, words
from sources.adapters._page_place_nouns import PLACE_NOUN

__all__ = ["at_the_organiser"]

HOST_WORDS = frozenset({"host", "hosted", "hosting"})  # the place that hosts: read-through 58's library branch
# Keys naming where an outing starts or the ground it covers: not the organiser's office.
MEETING_WORDS = frozenset({"treffpunkt", "treff", "sammelpunkt", "startpunkt", "startort", "meetingpoint",
                           "rendezvous", "course", "route", "routes", "trail", "circuit", "strecke", "parcours",
                           "itinerary", "itineraire", "percorso", "recorrido"})  # fmt: skip
# Or a pair: "meeting_point", "meetSpot", "start_point" (not "MeetingDate", a meeting's own day).
MEETING_HEADS = frozenset({"meeting", "meet", "start", "gathering", "muster", "assembly"})
MEETING_TAILS = frozenset({"point", "spot", "punkt"})
NAME_KEYS = frozenset({"name", "title", "label"}) | OTHER_PLACE_NAME_WORDS
NOT_A_PLACE = frozenset({"office", "chambers", "building"})  # an organiser's office, a bank ("Building Society")
# The last part of a German compound that names a place ("Tanzsportclub", "Bürgerhaus", "Stadthalle").
COMPOUND_TAILS = ("club", "halle", "haus", "saal", "heim", "kirche", "buhne", "bühne", "statte", "stätte", "staette")
MIN_SHARE = 0.5
MAX_NAME = 120  # an organiser's name's characters read


def at_the_organiser(columns: Mapping[str, Column]) -> bool:
    """Whether the organiser's columns are the event's place (see the module)."""
    if not host_only_place(columns) or held_online(columns) or _online_kind(columns) or _meeting_point(columns):
        return False
    keys = {key for key in map(organiser_key, columns) if key is not None}
    if keys and all(set(words(key.lstrip("^"))) & HOST_WORDS for key in keys):
        return True
    names = [
        value
        for column in columns.values()
        if organiser_key(column.path) is not None and set(column.key_words) & NAME_KEYS
        for value in column.strings()
    ]
    return bool(names) and sum(map(_place_name, names)) / len(names) >= MIN_SHARE


def _online_kind(columns: Mapping[str, Column]) -> bool:
    for column in columns.values():
        kinds = online_kinds(column)
        strings = column.strings() if kinds else []
        if strings and sum(kinds.get(text) == "true" for text in strings) / len(strings) >= MIN_SHARE:
            return True
    return False


def _meeting_point(columns: Mapping[str, Column]) -> bool:
    for path in columns:
        if path.startswith("^") or organiser_key(path) is not None:
            continue
        for part in path.split("."):
            said = words(part)
            pairs = set(zip(said, said[1:], strict=False))
            if set(said) & MEETING_WORDS or any(h in MEETING_HEADS and t in MEETING_TAILS for h, t in pairs):
                return True
    return False


def _place_name(name: str) -> bool:
    text = name[:MAX_NAME]
    if any(match.group(0).lower() not in NOT_A_PLACE for match in PLACE_NOUN.finditer(text)):
        return True
    return any(word.endswith(COMPOUND_TAILS) for word in text.lower().split())
