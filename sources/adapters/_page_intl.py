"""Dates written in French, German, Spanish, Italian, Dutch or Portuguese on pages without structured data. Pure.

These languages write the day first: "samedi 27 juin 2026", "Samstag, 27. Juni 2026", "sábado 27 de junio de
2026", "sabato 27 giugno", "zaterdag 27 juni", "1er janvier". Only month names that are not English words are
listed (German "April" or "August" is read by the English patterns), so a match always names a month in
another language. Some are English words or names too ("5 Mars facts", "2 Mai Tais", "3 Marco Polo facts", "2
Avril Lavigne tickets"): those count only with a year or a weekday beside them, written in lower case as French
and Spanish write months ("27 mai", "5 mars"), or after a day with its dot as German writes it ("27. Mai").
"""

from __future__ import annotations

import re
import unicodedata

INTL_MONTHS = {
    # French
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
    "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mär": 3, "juni": 6, "juli": 7,
    "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "dezembro": 12,
}  # fmt: skip
INTL_WEEKDAYS = {
    # French (and the short forms listings use: "sam. 27 juin")
    "lundi": 0, "lun": 0, "mardi": 1, "mar": 1, "mercredi": 2, "mer": 2, "jeudi": 3, "jeu": 3, "vendredi": 4,
    "ven": 4, "samedi": 5, "sam": 5, "dimanche": 6, "dim": 6,
    # German
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonnabend": 5,
    "sonntag": 6,
    # Spanish
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
    "sabado": 5, "domingo": 6,
    # Italian
    "lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2, "giovedì": 3,
    "giovedi": 3, "venerdì": 4, "venerdi": 4, "sabato": 5, "domenica": 6,
    # Dutch
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6,
    # Portuguese
    "segunda-feira": 0, "terça-feira": 1, "quarta-feira": 2, "quinta-feira": 3, "sexta-feira": 4,
}  # fmt: skip
# Month names that are English words or names as well (see the module's docstring).
AMBIGUOUS = frozenset({"mars", "mayo", "mai", "marco", "avril"})


def _alternation(names: dict[str, int]) -> str:
    # Longest first, so "juillet" is not read as "juil"; each name and its unaccented spelling are listed.
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?P<mark>er|\.|º|°)?"
INTL_DATE = re.compile(
    rf"(?<![\w.])(?:(?P<weekday>{_alternation(INTL_WEEKDAYS)})\.?,?\s+)?{_DAY}\s+(?:de\s+)?"
    rf"(?P<month>{_alternation(INTL_MONTHS)})(?:\.|\b)(?:,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)


def fold(name: str) -> str:
    """A month or weekday as written, lower-cased and without a trailing dot, in the form the tables use."""
    return unicodedata.normalize("NFC", name).lower().rstrip(".")


def intl_month(name: str) -> int | None:
    return INTL_MONTHS.get(fold(name))


def intl_weekday(name: str) -> int | None:
    return INTL_WEEKDAYS.get(fold(name))


def intl_accepted(match: re.Match[str]) -> bool:
    """Whether an INTL_DATE match is a date: a month name that is also an English word or name needs a year or a
    weekday beside it, its lower-case spelling, or a day written with its dot ("27. Mai")."""
    month = match.group("month")
    if fold(month) not in AMBIGUOUS:
        return True
    return bool(match.group("year") or match.group("weekday") or month.islower() or match.group("mark") == ".")
