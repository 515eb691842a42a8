"""Items with a start and no name of their own: named by their performer, or by the kind of occurrence each says it is.

A concert's record (setlist.fm's ``{"eventDate", "artist": {"name"}, "venue", "sets": {"set": [{"song": [{"name"}]}]}}``)
has no title; its only "name" at its own level is its performer's, and the first "name" a list inside it holds is
a song's. The performer names the evening (``performer_column``); a song of the set names nothing.


A concert API's record may hold its bill only as a list of names (Bandsintown: ``{"datetime", "description": "An
absolute corker", "venue", "lineup": ["Crooked Colours"]}``): the acts listed name the concert, the headliner first
(``bill_column``, read joined by a comma), before a short "description" that is a tagline, not a name.

A ticketing API's showtimes of one show (``{"_type": "Showtime", "id", "datetime", "regularTickets"}``) carry
no title: the show is the request's, not the record's. Each record does say what it is, in a type field whose
value is the same in every item and names one occurrence of something on a calendar (a showtime, a
performance, a screening, a game). That kind is the least wrong title the document gives: the events read,
and an operator who knows the show names the source. A type that names no such thing ("Ticket", "Order",
"User") or differs from item to item names nothing, and the list stays unread.

A gym's class planning (Deciplus: ``{"id", "type": "lesson", "description": "Yoga", "startDate", "duration"}``)
names each class only in its "description", which holds a label, not prose: "Yoga", "Body Pump", "Kids Gym".
A description field at the item's own level that is such a label in every item (a few words, no sentence, no
markup, no line break) is the items' name (``label_column``); one that reads as prose in any item names nothing.
So is a field whose key names the occurrence and whose value says which one: a race calendar's ``{"session":
"QUALI", "date": "17.03.2012", "start": "17:00", "racetrack": "Melbourne"}`` (FP1, FP2, QUALI, RACE). Such a key
holds at least two different labels (one flag's constant value, "match": "exact", names nothing), each with a letter.

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sources.adapters._json_shapes import Column, words

if TYPE_CHECKING:
    from sources.adapters._json_fields import Sample

__all__ = [
    "BILL_JOIN",
    "KIND_TITLE",
    "LABEL_TITLE",
    "PERFORMER_TITLE",
    "bill_column",
    "is_bill",
    "kind_column",
    "label_column",
    "listed",
    "performer_column",
]

KIND_KEYS = frozenset({"type", "kind"})  # "_type", "@type", "kind", "recordType"
# Nouns for one occurrence on a calendar: what a record of this kind is, whatever the API.
OCCURRENCE_KINDS = frozenset({"showtime", "showtimes", "performance", "performances", "screening", "screenings",
                              "session", "sessions", "show", "shows", "concert", "concerts", "gig", "gigs",
                              "game", "games", "match", "matches", "fixture", "fixtures", "race", "races",
                              "class", "classes", "workshop", "workshops", "occurrence", "occurrences"})  # fmt: skip
MIN_KIND_SHARE = 0.9  # nearly every item says it, and all say the same
MAX_KIND_WORDS = 3  # a kind is a word or two ("Showtime", "live_performance"), not a sentence
KIND_TITLE = " (no name field: each item named by the kind of occurrence it says it is)"


def kind_column(sample: Sample) -> Column | None:
    """The item's own type field (top level, one value in nearly every item, naming an occurrence on a
    calendar), or None."""
    for column in sample.columns.values():
        if column.depth or not set(words(column.path)) & KIND_KEYS or column.share < MIN_KIND_SHARE:
            continue
        strings = column.strings()
        if len(strings) != len(column.present) or len({text.casefold() for text in strings}) != 1:
            continue
        named = words(strings[0])
        if 0 < len(named) <= MAX_KIND_WORDS and set(named) & OCCURRENCE_KINDS:
            return column
    return None


# Who plays, singular or plural: a bill of several acts written as one text ("acts": "Bukahara", hooolp's concerts,
# apis83) names the concert as "artist" does; a list of them runs through its elements and is no title column.
PERFORMER_WORDS = frozenset({"artist", "performer", "band", "headliner", "act", "artists", "performers", "bands",
                             "headliners", "acts"})  # fmt: skip
NAME_WORDS = frozenset({"name", "title", "display"})
MIN_PERFORMER_SHARE = 0.6  # as a title column: most items name their performer
PERFORMER_TITLE = " (no title of its own: each item named by its performer)"


def performer_column(sample: Sample) -> Column | None:
    """The performer's name at the item's own level ("artist.name", "performer", not inside a list), text in most
    items, or None."""
    for column in sample.columns.values():
        parts = column.path.split(".")
        if any(part.isdigit() for part in parts) or column.share < MIN_PERFORMER_SHARE or len(parts) > 2:
            continue
        owner = set(words(parts[0]))
        # The name itself: "artist", "artistName", "artist.name"; never the performer's id, page or picture.
        rest = set(words(parts[1])) if len(parts) == 2 else owner - PERFORMER_WORDS
        if not owner & PERFORMER_WORDS or (len(parts) == 2 and not rest) or not rest <= NAME_WORDS:
            continue
        if len(column.strings()) == len(column.present):
            return column
    return bill_column(sample)


# The key of a list of who plays, each a plain name: "lineup", "artists", "performers", "bands", "acts".
BILL_WORDS = frozenset({"lineup", "artists", "performers", "bands", "headliners", "acts"})
BILL_JOIN = ", "
MAX_BILL_NAME = 80  # characters: an act's name, not a paragraph


def bill_column(sample: Sample) -> Column | None:
    """The item's own list of acts by name ("lineup": ["Crooked Colours"]) in most items, each list non-empty and
    holding short one-line names only, or None: no list of objects, no empty bill, no list of sentences."""
    for column in sample.columns.values():
        names = set(column.key_words)
        if column.depth or not names or not names <= BILL_WORDS or column.share < MIN_PERFORMER_SHARE:
            continue
        if all(isinstance(value, list) and value and all(map(_act, value)) for value in column.present):
            return column
    return None


def _act(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value.strip()) <= MAX_BILL_NAME and "\n" not in value


def is_bill(column: Column) -> bool:
    """Whether the column is a bill of acts (``bill_column``): read joined, not as one text."""
    names = set(column.key_words)
    listed_only = all(isinstance(value, list) for value in column.present)
    return not column.depth and bool(names) and names <= BILL_WORDS and bool(column.present) and listed_only


def listed(column: Column | None) -> bool:
    """Whether the column runs through a list element ("sets.set.0.song.0.name"): one of the things listed."""
    return column is not None and any(part.isdigit() for part in column.path.split("."))


LABEL_KEYS = frozenset({"description", "desc"})
# Keys naming one occurrence whose value says which ("session": "FP1"); not "race" nor "class" (a person's, a pupil's)
OCCURRENCE_LABEL_KEYS = frozenset({"session", "performance", "screening", "showtime", "show", "fixture", "match",
                                   "game", "heat"})  # fmt: skip
MIN_LABEL_SHARE = 0.9  # nearly every item has it
MAX_LABEL_WORDS = 6  # "Body Pump", "Pilates (other site)": a label, not a sentence
MAX_LABEL_TEXT = 60
LABEL_TITLE = " (no name field: each item named by a short label in every item: its description, or its session's)"


def label_column(sample: Sample) -> Column | None:
    """The item's own description when it is a short label in every item ("Yoga"), or its occurrence's label when
    the items hold two or more ("session": "FP1", "RACE"), or None."""
    for column in sample.columns.values():
        names = set(column.key_words)
        occurrence = bool(names) and names <= OCCURRENCE_LABEL_KEYS
        if column.depth or not (occurrence or names & LABEL_KEYS) or names - LABEL_KEYS - OCCURRENCE_LABEL_KEYS:
            continue
        strings = column.strings() if column.share >= MIN_LABEL_SHARE else []
        if not strings or len(strings) != len(column.present) or not all(_label(text) for text in strings):
            continue
        if not occurrence or (len({text.casefold() for text in strings}) > 1 and all(map(_lettered, strings))):
            return column
    return None


def _lettered(text: str) -> bool:
    return any(character.isalpha() for character in text)


def _label(text: str) -> bool:
    """A few words on one line: no markup, no sentence (no full stop inside or at the end, no "!" or "?")."""
    text = text.strip()
    if not 0 < len(text) <= MAX_LABEL_TEXT or any(mark in text for mark in ("<", "\n", ". ")):
        return False
    return len(text.split()) <= MAX_LABEL_WORDS and not text.endswith((".", "!", "?", ":"))
