"""The words around a midnight, in the languages event listings are written in (issue #13). Pure.

A calendar that has no hours for an item often writes its day's midnight ("2031-06-14T00:00:00+02:00", "12:00 am"),
so 00:00 alone says nothing: the words beside it tell a real midnight from a day. These are the words read for
that, in English, German, French, Spanish, Italian, Dutch and Portuguese:

- the word for midnight (``MIDNIGHT_WORD``: "midnight", "Mitternacht", "minuit", "medianoche", "mezzanotte",
  "middernacht", "meia-noite");
- a preposition just before it that makes it the moment something starts (``at_before``: "at midnight", "ab
  Mitternacht", "à minuit", "a (la) medianoche", "alla mezzanotte", "om middernacht", "à meia-noite"): each
  language's own, so an English "a midnight screening" is no Spanish "a medianoche"; without one the word is most
  often a name's ("Midnight Oil", "Misa de medianoche");
- words just before it that make it an end (``END_BEFORE``: "until midnight", "bis Mitternacht", "jusqu'à minuit",
  "hasta la medianoche", "fino alla mezzanotte", "tot middernacht", "até à meia-noite", "22h à minuit");
- what ties a midnight to a day: a weekday (``WEEKDAY_BEFORE``, ``weekday_number``), a date (``DATE_BEFORE``,
  ``month_number``), "tonight" (``TONIGHT``) or the year's turn (``YEAR_TURN``);
- a phrase saying the item lasts all day (``ALL_DAY_WORDS``: "All day", "ganztägig", "toute la journée", "todo el
  día", "tutto il giorno", "de hele dag", "o dia todo"): a midnight beside it is the day's stand-in.

Every pattern is bounded (no unbounded repeat inside a repeat) and anchored where it reads what comes just before
the word for midnight, so each scan is linear in the text's length.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MAX_TEXT = 20_000  # characters of an item's words read

MIDNIGHT_WORD = re.compile(r"\b(?:midnight|mitternacht|minuit|medianoche|mezzanotte|middernacht|meia-noite)\b", re.I)
# Each language's prepositions that make its word for midnight a start, then an article its grammar puts there.
_AT_WORDS = {
    "midnight": r"at|from",
    "mitternacht": r"ab|um",
    "minuit": r"à|dès|(?:à\s{1,3})?partir\s{1,3}de",
    "medianoche": r"a|desde|(?:a\s{1,3})?partir\s{1,3}de",
    "mezzanotte": r"a|alla|da|dalla|(?:a\s{1,3})?partire\s{1,3}dalla",
    "middernacht": r"om|vanaf|rond",
    "meia-noite": r"à|às|a|desde\s{1,3}a|(?:a\s{1,3})?partir\s{1,3}da",
}
_ARTICLES = {"medianoche": r"(?:la\s{1,3})?"}
AT_BEFORE = {
    word: re.compile(rf"(?<!\w)(?:{words})\s{{1,3}}{_ARTICLES.get(word, '')}(?:12\s{{0,3}})?$", re.IGNORECASE)
    for word, words in _AT_WORDS.items()
}
# Words before a clock or the word for midnight that make it an end: "until midnight", "bis Mitternacht", "to 23:00",
# "- 00:00", "jusqu'à minuit", "hasta la medianoche", "fino alla mezzanotte", "tot middernacht", "até à meia-noite",
# and a clock before a preposition ("de 22h à minuit", "dalle 22 a mezzanotte": the midnight ends a span).
END_BEFORE = re.compile(
    r"(?:\b(?:until|till|til|to|through|thru|ends?|ending|bis|jusqu['’]à|jusqu['’]a|hasta(?:\s{1,3}la)?|"
    r"fino\s{1,3}a(?:lla)?|tot|ende|até(?:\s{1,3}[àa])?)|[-–—]|\d\s{0,3}(?:h|uhr|[ap]\.?\s?m\.?)?\s{1,3}"
    r"(?:à|a|al|alle|tot|até|to|bis))\s{0,3}(?:at\s{1,3}|um\s{1,3})?(?:12\s{0,3})?$",
    re.IGNORECASE,
)
# Words for the year's turn (its midnight ends 31 December): "new year", "Neujahr", "Silvester", "nouvel an",
# "la Saint-Sylvestre", "réveillon", "año nuevo", "Nochevieja", "fin de año", "Capodanno", "San Silvestro",
# "oud en nieuw", "jaarwisseling", "ano novo", "virada do ano", "passagem de ano".
YEAR_TURN = re.compile(
    r"\b(?:new\s{1,3}year|neujahr|neue[ns]?\s{1,3}jahr|silvester|nouvel\s{1,3}an|nouvelle\s{1,3}ann[ée]e|"
    r"saint-sylvestre|r[ée]veillon|a[ñn]o\s{1,3}nuevo|nochevieja|fin\s{1,3}de\s{1,3}a[ñn]o|capodanno|"
    r"anno\s{1,3}nuovo|san\s{1,3}silvestro|oud\s{1,3}en\s{1,3}nieuw|oudejaars\w{0,8}|oudjaar\w{0,6}|nieuwjaar|"
    r"jaarwisseling|ano\s{1,3}novo|virada\s{1,3}do\s{1,3}ano|passagem\s{1,3}de\s{1,3}ano)\b",
    re.IGNORECASE,
)
# "tonight" before or after the word for midnight: the midnight that ends the item's own day.
TONIGHT = re.compile(
    r"\b(?:tonight|heute\s{1,3}(?:nacht|abend)|ce\s{1,3}soir|cette\s{1,3}nuit|esta\s{1,3}noche|esta\s{1,3}noite|"
    r"hoje\s{1,3}(?:à\s{1,3})?noite|stanotte|stasera|vannacht|vanavond)\b",
    re.IGNORECASE,
)
# Weekdays by name, with the abbreviations English writes, to their number (Monday 0).
_WEEKDAY_NAMES = {
    0: "monday mon montag lundi lunes lunedì lunedi maandag segunda",
    1: "tuesday tues tue dienstag mardi martes martedì martedi dinsdag terça terca",
    2: "wednesday wed mittwoch mercredi miércoles miercoles mercoledì mercoledi woensdag quarta",
    3: "thursday thurs thur thu donnerstag jeudi jueves giovedì giovedi donderdag quinta",
    4: "friday fri freitag vendredi viernes venerdì venerdi vrijdag sexta",
    5: "saturday sat samstag sonnabend samedi sábado sabado sabato zaterdag",
    6: "sunday sun sonntag dimanche domingo domenica zondag",
}
WEEKDAY_NUMBERS = {name: number for number, names in _WEEKDAY_NAMES.items() for name in names.split()}
_DAY_NAMES = "|".join(sorted(WEEKDAY_NUMBERS, key=len, reverse=True))
_EVENING = r"night|evening|nacht|abend|soir|nuit|noche|notte|sera|avond|noite"
# A weekday just before "at midnight" ("Friday at midnight", "Saturday night at midnight", "Freitag um Mitternacht",
# "vendredi soir à minuit", "el viernes a medianoche", "vrijdagavond om middernacht", "sexta-feira à meia-noite").
WEEKDAY_BEFORE = re.compile(
    rf"(?<!\w)(?P<day>{_DAY_NAMES})(?:-feira)?\.?(?:\s{{0,3}}(?:{_EVENING}))?,?\s{{1,3}}$", re.IGNORECASE
)
# Month names of the other languages, to their number ("4 juillet", "4 de julio", "4 luglio", "4 de julho",
# "31. Dezember").
_MONTH_NAMES = {
    1: "janvier enero gennaio januari janeiro januar",
    2: "février fevrier febrero febbraio februari fevereiro februar",
    3: "mars marzo maart março marco märz maerz",
    4: "avril abril aprile april",
    5: "mai mayo maggio mei maio",
    6: "juin junio giugno juni junho",
    7: "juillet julio luglio juli julho",
    8: "août aout agosto augustus",
    9: "septembre septiembre setiembre settembre september setembro",
    10: "octobre octubre ottobre oktober outubro",
    11: "novembre noviembre november novembro",
    12: "décembre decembre diciembre dicembre december dezembro dezember",
}
FOREIGN_MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}
_FOREIGN = "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
MONTHS = {name: number for number, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MONTH = r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
# A day and month just before "at midnight": "July 4", "Dec. 31st", "4 July", "31.12.", "31 décembre",
# "31 de diciembre", "31 dicembre", "31 december", "31 de dezembro".
DATE_BEFORE = re.compile(
    rf"(?:\b{_MONTH}\s{{1,3}}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?|\b(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s{{1,3}}"
    r"(?P<month2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?|(?<![\d.])(?P<day3>[0-3]?\d)\."
    rf"(?P<month3>[01]?\d)\.(?:\d{{2,4}})?|(?<![\w.])(?P<day4>[0-3]?\d)(?:er|º|°|\.)?\s{{1,3}}(?:de\s{{1,3}})?"
    rf"(?P<month4>{_FOREIGN})(?!\w))(?:\s{{1,3}}(?:de\s{{1,3}})?\d{{4}})?,?\s{{1,3}}$",
    re.IGNORECASE,
)
# The item lasts the whole day: "All day", "all-day", "ganztägig", "den ganzen Tag", "toute la journée", "todo el
# día", "tutto il giorno", "tutta la giornata", "de hele dag", "o dia todo", "dia inteiro", "todo o dia".
ALL_DAY_WORDS = re.compile(
    r"(?<!\w)(?:all[\s-]{1,3}day|ganzt[äa]gig\w{0,2}|ganzen\s{1,3}tag|toute\s{1,3}la\s{1,3}journ[ée]e|"
    r"todo\s{1,3}el\s{1,3}d[ií]a|tutt[oa]\s{1,3}(?:il\s{1,3}giorno|la\s{1,3}giornata)|hele\s{1,3}dag|"
    r"dia\s{1,3}(?:todo|inteiro)|todo\s{1,3}o\s{1,3}dia)(?!\w)",
    re.IGNORECASE,
)

# A line that is only such a phrase: a listing's time cell for an item with no hours ("All Day", "Ganztägig").
ALL_DAY_LINE = re.compile(rf"^\s*{ALL_DAY_WORDS.pattern}\s*$", re.IGNORECASE)


def at_before(word: str, before: str) -> re.Match[str] | None:
    """The preposition at the end of ``before`` that makes the midnight ``word`` (as written) a start, if any."""
    pattern = AT_BEFORE.get(word.casefold())
    return pattern.search(before) if pattern is not None else None


def weekday_number(name: str) -> int | None:
    """Monday 0 … Sunday 6 for a weekday's name or English abbreviation, any language above; else None."""
    return WEEKDAY_NUMBERS.get(name.casefold())


def month_number(match: re.Match[str]) -> int | None:
    """The month a DATE_BEFORE match names, whichever of its forms matched."""
    if match["month"] or match["month2"]:
        return MONTHS.get((match["month"] or match["month2"])[:3].lower())
    if match["month4"]:
        return FOREIGN_MONTHS.get(match["month4"].casefold())
    return int(match["month3"])


def says_all_day(texts: Sequence[str | None]) -> bool:
    """Whether the texts say the item lasts the whole day, in any of the languages above."""
    return any(ALL_DAY_WORDS.search((text or "")[:MAX_TEXT]) for text in texts)
