"""A JSON flag written as a word in another language (issue #13): "ja"/"nein", "sí"/"no", "oui"/"non", "sim"/"não",
"ja"/"nee", "tak"/"nie", "ja"/"nej", "kyllä"/"ei", beside English "true"/"yes"/"1". A column is a flag only when
every value it holds is such a word (``_json_shapes.flag_column``), so a description or a name that happens to be
"no" or "Ja" is never read as one; only the flag's own value is read by these words (online, cancelled, all day).

Pure: no database, no network. Imports nothing of the adapters, so that ``_json_shapes`` can use it.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

__all__ = [
    "FALSE_WORDS", "TRUE_WORDS", "counted_key", "flag_value", "flag_word", "free_flag_key", "free_lookup", "true_word",
]  # fmt: skip

TRUE_WORDS = frozenset({
    "true", "yes", "y", "1",
    "ja", "wahr",  # German, Dutch, the Nordic languages
    "si", "verdadero", "vero",  # Spanish "sí", Italian "sì"
    "oui", "vrai",  # French
    "sim", "verdadeiro",  # Portuguese
    "waar",  # Dutch
    "tak", "prawda",  # Polish
    "kylla",  # Finnish "kyllä"
})  # fmt: skip
FALSE_WORDS = frozenset({
    "false", "no", "n", "0",
    "nein", "falsch",  # German
    "falso",  # Spanish, Italian, Portuguese
    "non", "faux",  # French
    "nao",  # Portuguese "não"
    "nee", "onwaar",  # Dutch
    "nie", "falsz",  # Polish "fałsz"
    "nej", "nei", "ei",  # Swedish and Danish, Norwegian, Finnish
})  # fmt: skip
# A key that says an event costs nothing ("is_free", "kostenlos", "gratuit", "entrada_gratuita", "darmowe"), as the
# whole key: "free_cancellation", "free_parking" or "free_wifi" are a booking's or a venue's terms, not the price.
FREE_KEY_WORDS = frozenset({"free", "gratis", "kostenlos", "kostenfrei", "gratuit", "gratuite", "gratuito", "gratuita",
                            "darmowy", "darmowe", "darmowa", "bezplatny", "bezplatne", "ilmainen",
                            "kostnadsfri"})  # fmt: skip
FREE_KEY_OTHERS = frozenset({"is", "event", "entry", "admission", "eintritt", "entree", "entrada", "ingresso", "toegang",
                             "wstep", "es", "est", "ist", "e", "evento", "veranstaltung"})  # fmt: skip
# A key that counts something ("canceled_count", "num_cancelled", "all_day_slots", "users_online", "free_spots"): its
# 0s and 1s are numbers, not a flag's (review48; as words of the key, split as _json_shapes.words splits them).
COUNT_KEY_WORDS = frozenset({"count", "counts", "num", "number", "nr", "total", "totals", "qty", "quantity", "slots",
                             "seats", "spots", "places", "tickets", "attendees", "users", "members", "people",
                             "anzahl", "nombre", "numero", "aantal", "antal", "liczba"})  # fmt: skip
# A parent's key that counts what it holds: a bare "free", "online" or "cancelled" under it is a number of seats,
# users or bookings ("tickets": {"free": 1, "sold": 20}, "attendance": {"online": 1}), not a flag (review50).
COUNT_PARENT_WORDS = COUNT_KEY_WORDS | frozenset({"registrations", "registration", "rsvps", "attendance",
                                                  "availability", "stats", "statistics", "summary", "capacity",
                                                  "bookings", "sales", "inventory"})  # fmt: skip
PATH_WORD = re.compile(r"[^\W\d_]+")
_LONGEST = max(len(word) for word in TRUE_WORDS | FALSE_WORDS)


def _folded(value: str) -> str:
    """ "Sí" → "si", "não" → "nao", "fałsz" → "falsz": lowercase, without accents."""
    text = value.strip().lower().replace("ł", "l")
    if text.isascii() or len(text) > _LONGEST + 2:
        return text
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))


def flag_word(value: str) -> bool:
    """Whether a text is a flag's yes or no, in one of these languages."""
    folded = _folded(value)
    return folded in TRUE_WORDS or folded in FALSE_WORDS


def flag_value(value: Any) -> bool:
    """Whether a flag's value is a yes or a no: true/false, a word for either, or the 1/0 a database writes for one
    ("allDay": 1, where a MySQL TINYINT(1) reaches JSON as a number). Any other number (2, 1.5) is no flag's."""
    if isinstance(value, bool):
        return True
    return (type(value) is int and value in (0, 1)) or (isinstance(value, str) and flag_word(value))


def counted_key(key_words: list[str], values: list[Any], path: str = "") -> bool:
    """Whether a column of numbers sits under a key that counts something, or is one bare word under a parent that
    counts (a word of ``path``, the column's whole path: "tickets.free"): then its 0s and 1s are no flag's."""
    if not any(type(value) is int for value in values):
        return False
    if any(word.lower() in COUNT_KEY_WORDS for word in key_words):
        return True
    return len(key_words) == 1 and any(word.lower() in COUNT_PARENT_WORDS for word in PATH_WORD.findall(path))


def true_word(value: Any) -> bool:
    """Whether a flag's value says yes: True, 1, or a word for yes ("true", "ja", "sí", "oui", "sim", "tak")."""
    return (
        value is True
        or (type(value) is int and value == 1)
        or (isinstance(value, str) and _folded(value) in TRUE_WORDS)
    )


def free_flag_key(key_words: list[str]) -> bool:
    """Whether a flag's key says the event is free ("is_free", "kostenlos", "entrada_gratuita"), and nothing else."""
    names = {word.lower() for word in key_words}
    return bool(names & FREE_KEY_WORDS) and names <= FREE_KEY_WORDS | FREE_KEY_OTHERS


def free_lookup(values: list[Any]) -> dict[str, str]:
    """A free flag's values as cost types: yes is "free"; no says nothing (the prices decide)."""
    lookup = {"true": "free", "false": "", "1": "free", "0": ""}  # the last two: a database's 1/0, read as "1"/"0"
    for value in {value for value in values if isinstance(value, str)}:
        lookup[value] = "free" if true_word(value) else ""
    return lookup
