"""Dates written in French, German, Spanish, Italian, Dutch, Portuguese, Polish, Czech, Russian, Romanian, Norwegian,
Danish, Swedish or Finnish on pages without structured data, and (with these patterns) in a feed item's words
(``_feed_intl``). Pure. The names are one table for both (``_intl_names``).

These languages write the day first: "samedi 27 juin 2026", "Samstag, 27. Juni 2026", "sábado 27 de junio de
2026", "sabato 27 giugno", "zaterdag 27 juni", "1er janvier", "27 lipca 2024", "15. dubna", "15 апреля", "joi, 12
martie 2026"; Polish, Czech and Russian in the genitive a date takes. Only month names that are not English words
are listed (German "April" or "August" is read by the English patterns), so a match always names a month in
another language. Some are English words or names too ("5 Mars facts", "2 Mai Tais", "3 Marco Polo facts", "2
Avril Lavigne tickets", "3 Martie fans"): those count only with a year or a weekday beside them, written in lower
case as French, Spanish and Romanian write months ("27 mai", "5 mars", "3 martie"), or after a day with its dot as
German writes it ("27. Mai"); so do "Juni", "Juli" and "maj", given names too. An abbreviation that is a word ("12 des
concerts", "5 out of 6", "2 days ago") needs a year or a weekday, or its dot after a dotted day ("12. des.").
"""

from __future__ import annotations

import contextvars
import itertools
import re
import unicodedata
from typing import Any

from sources.adapters._intl_hour_ranges import opening_hours, said_range
from sources.adapters._intl_names import (
    AMBIGUOUS,
    HEADING_MONTHS,
    INTL_MONTHS,
    INTL_WEEKDAYS,
    NAMES_TOO,
    SHARED_MONTHS,
    WORD_ABBREVIATIONS,
)
from sources.adapters._page_hours_of import hours_of_something
from sources.adapters._page_label_order import labels_day_first
from sources.adapters._page_language_months import own_language_month
from sources.adapters._page_weekday_numbers import ENGLISH_WEEKDAYS

__all__ = ("AMBIGUOUS", "HEADING_MONTHS", "INTL_MONTHS", "INTL_WEEKDAYS")  # the shared tables (_intl_names), as before


def _alternation(names: dict[str, int]) -> str:
    # Longest first, so "juillet" is not read as "juil"; each name and its unaccented spelling are listed.
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?P<mark>er|\.|º|°|:[ae](?=\s))?"  # "1:a juni", "5:e mars" (Swedish)
# A day set in its own element against a month in another script ("<strong>15</strong>апреля"): the page's text
# has no space between them. Only before a Cyrillic letter: a Latin one may be an ordinal or a unit ("15er", "5m").
_GLUED = r"(?=[\u0400-\u04ff])"
# What may join a weekday to its day: Danish, Norwegian and Swedish "den" ("lørdag den 12. desember"), Portuguese
# "dia" ("sábado, dia 12 de dezembro"); a day to its month: Spanish and Portuguese "de", Italian "di"; a month to its
# year: "de", Italian "del".
_WEEKDAY_JOIN = r"(?:(?:den|dia)\s{1,3})?"
INTL_DATE = re.compile(
    rf"(?<![\w.])(?:(?P<weekday>{_alternation(INTL_WEEKDAYS)})\.?,?\s{{1,3}}{_WEEKDAY_JOIN})?{_DAY}"
    rf"(?:\s{{1,3}}(?:(?:de|di)\s{{1,3}})?|{_GLUED})(?P<month>{_alternation(INTL_MONTHS)})(?:\.|\b)"
    rf"(?:,?\s{{1,3}}(?:(?:de|del)\s{{1,3}})?(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)


# "Dienstag, 26. September", "Samstag, 30, September", "Sonntag, 01.Oktober": a weekday in another language,
# then the day and a month, as a rink's or a club's list writes them by hand. The month may be a name that
# language shares with English (German and Dutch "September", "November", "August", "April", which INTL_DATE
# leaves to the English patterns, whose weekdays are English), the day may be set off by a comma or glued to the
# month by its dot. The weekday is a full name: a short one ("mar", "sam", "dim") is an English word or name.
_FULL_WEEKDAYS = {name: day for name, day in INTL_WEEKDAYS.items() if len(name) > 3}
INTL_WEEKDAY_DATE = re.compile(
    rf"(?<![\w.])(?P<weekday>{_alternation(_FULL_WEEKDAYS)})\.?,?\s{{1,3}}{_WEEKDAY_JOIN}(?P<day>[12]\d|3[01]|0?[1-9])"
    rf"(?P<mark>\.)?(?:\s{{1,3}}|(?<=\.)|,\s{{1,3}})(?P<month>{_alternation({**INTL_MONTHS, **SHARED_MONTHS})})"
    r"(?:\.|\b)"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)


def fold(name: str) -> str:
    """A month or weekday as written, lower-cased and without a trailing dot, in the form the tables use."""
    return unicodedata.normalize("NFC", name).lower().rstrip(".")


def intl_month(name: str) -> int | None:
    return INTL_MONTHS.get(fold(name))


def heading_month(name: str) -> int | None:
    """The month a heading names in any language read here, in a date's form or alone ("май", "Mai", "maj")."""
    folded = fold(name)
    if folded in WORD_ABBREVIATIONS:  # "Sold out", "Game set": no month
        return None
    return INTL_MONTHS.get(folded) or HEADING_MONTHS.get(folded)


def intl_weekday(name: str) -> int | None:
    return INTL_WEEKDAYS.get(fold(name))


def weekday_number(name: str) -> int | None:
    """A weekday's number (Monday 0) from its name in English ("Sat", "sunday") or in another language read here
    ("Samstag", "sábado"); None for any other word."""
    known = ENGLISH_WEEKDAYS.get(name.casefold())
    return known if known is not None else intl_weekday(name)


def intl_accepted(match: re.Match[str]) -> bool:
    """Whether an INTL_DATE match is a date: a month name that is also an English word or name needs a year or a
    weekday beside it, its lower-case spelling, or a day written with its dot ("27. Mai")."""
    month = match.group("month")
    name = fold(month)
    if name in WORD_ABBREVIATIONS:  # "12 des concerts", "5 out of 6": a year, a weekday, or "12. des."
        closed = match.group("mark") == "." and match.string[match.end("month") : match.end("month") + 1] == "."
        return bool(match.group("year") or match.group("weekday") or closed)
    if name not in AMBIGUOUS and name not in NAMES_TOO:
        return True
    held = bool(match.group("year") or match.group("weekday") or month.islower() or match.group("mark") == ".")
    return held or own_language_month(name, PAGE_LANGUAGE.get())  # "5 de Mayo" (_page_language_months)


# "12. december 2026", "5. aug.", "lørdag den 12. december": a day closed by its dot, as German, the Nordic
# languages, Czech and Polish write it, before a month spelled as English spells it (SHARED_MONTHS), which English
# writes without that dot ("12 December"). The English patterns read the day and month; this one tells a card and
# a feed item that the date is another language's (its weekday, its clock "kl. 19.00").
DOTTED_DAY_SHARED_MONTH = re.compile(
    rf"(?<![\w.,:])(?:(?P<weekday>{_alternation(_FULL_WEEKDAYS)})\.?,?\s{{1,3}}{_WEEKDAY_JOIN})?"
    rf"(?P<day>[12]\d|3[01]|0?[1-9])(?P<mark>\.)\s{{1,3}}(?P<month>{_alternation(SHARED_MONTHS)})(?:\.|\b)"
    r"(?:,?\s{1,3}(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)


# --- Numeric dates and 24-hour times as Europe and East Asia write them ------------------------------------
# Weekday names of languages whose numeric dates are day first ("torsdag 05/02", "po 9.3.2026", "Sa, 18.07."),
# besides those above. Full names mean one weekday in every language that writes them.
NUMERIC_WEEKDAYS = {
    **INTL_WEEKDAYS,
    # Swedish, Danish, Norwegian
    "måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5, "söndag": 6, "mandag": 0,
    "tirsdag": 1, "lørdag": 5, "søndag": 6,
    # Finnish
    "maanantai": 0, "tiistai": 1, "keskiviikko": 2, "torstai": 3, "perjantai": 4, "lauantai": 5, "sunnuntai": 6,
    # Czech, Polish
    "pondělí": 0, "úterý": 1, "středa": 2, "čtvrtek": 3, "pátek": 4, "sobota": 5, "neděle": 6, "poniedziałek": 0,
    "wtorek": 1, "środa": 2, "czwartek": 3, "piątek": 4, "niedziela": 6,
    # Portuguese's short forms of the weekday names above
    "segunda": 0, "terça": 1, "quarta": 2, "quinta": 3, "sexta": 4,
}  # fmt: skip
# Two- and three-letter forms mean different days in different languages (Czech "so" is Saturday, German "So"
# Sunday; Finnish "to" is Thursday and an English word): read only in the page's own language.
SHORT_WEEKDAYS = {
    "de": {"mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6},
    "nl": {"ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6},
    "sv": {"mån": 0, "tis": 1, "ons": 2, "tor": 3, "tors": 3, "fre": 4, "lör": 5, "sön": 6},
    "da": {"man": 0, "tir": 1, "ons": 2, "tor": 3, "fre": 4, "lør": 5, "søn": 6},
    "no": {"man": 0, "tir": 1, "ons": 2, "tor": 3, "fre": 4, "lør": 5, "søn": 6},
    "fi": {"ma": 0, "ti": 1, "ke": 2, "to": 3, "pe": 4, "la": 5, "su": 6},
    "cs": {"po": 0, "út": 1, "st": 2, "čt": 3, "pá": 4, "so": 5, "ne": 6},
    "pl": {"pon": 0, "pn": 0, "wt": 1, "śr": 2, "sr": 2, "czw": 3, "pt": 4, "sob": 5, "niedz": 6, "nd": 6},
    "es": {"lun": 0, "mar": 1, "mié": 2, "mie": 2, "jue": 3, "vie": 4, "sáb": 5, "sab": 5, "dom": 6},
    "it": {"lun": 0, "mar": 1, "mer": 2, "gio": 3, "ven": 4, "sab": 5, "dom": 6},
    "pt": {"seg": 0, "ter": 1, "qua": 2, "qui": 3, "sex": 4, "sáb": 5, "sab": 5, "dom": 6},
}  # fmt: skip
_LANGUAGE_ALIASES = {"nb": "no", "nn": "no"}
# The language of the page at hand (its <html lang>, lower case, without region), set by the page reader for
# one page; None: not said.
PAGE_LANGUAGE: contextvars.ContextVar[str | None] = contextvars.ContextVar("page_language", default=None)


# Where a page says its language when its <html> has no lang: <meta http-equiv="content-language">, <meta
# name="language">, <meta property="og:locale"> ("es", "de_DE"); a two-letter code only ("eng" of Dublin Core's
# ISO 639-2 is left unread rather than taken for another language).
LANGUAGE_METAS = frozenset({"content-language", "language", "og:locale"})
_LANGUAGE_CODE = re.compile(r"[a-z]{2}(?:[-_][a-z0-9]{2,8})*", re.IGNORECASE)
MAX_METAS = 100  # <meta> elements looked at for it


def declared_language(root: Any) -> str | None:
    """The language a page declares: its <html lang>, else a <meta> that names it; None when it says none."""
    lang = (root.get("lang") or root.get("xml:lang") or "").strip()
    if lang:
        return lang
    for count, meta in enumerate(root.iter("meta")):
        if count >= MAX_METAS:
            break
        key = (meta.get("http-equiv") or meta.get("name") or meta.get("property") or "").strip().lower()
        value = (meta.get("content") or "").strip().split(",")[0].strip()
        if key in LANGUAGE_METAS and _LANGUAGE_CODE.fullmatch(value):
            return value
    return None


def page_language(lang: str | None) -> str | None:
    """'sv' of 'sv-SE', 'no' of 'nb-NO'; None for an empty attribute."""
    code = (lang or "").strip().lower().replace("_", "-").split("-")[0]
    return _LANGUAGE_ALIASES.get(code, code) or None


def numeric_weekday(name: str) -> int | None:
    """The weekday a name written before a numeric date means: a full name in any language, a short form only
    in the page's language."""
    folded = fold(name)
    found = NUMERIC_WEEKDAYS.get(folded)
    if found is not None:
        return found
    return SHORT_WEEKDAYS.get(PAGE_LANGUAGE.get() or "", {}).get(folded)


_SHORT_NAMES = {name for names in SHORT_WEEKDAYS.values() for name in names}
_NUMERIC_WEEKDAY = _alternation(dict.fromkeys({*NUMERIC_WEEKDAYS, *_SHORT_NAMES}, 0))
_NUM_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])"
# "torsdag 05/02", "Sa, 18.07.", "po 9.3.2026": a weekday name, then the day and the month (and a year); the
# weekday says the page writes the day first. A trailing dot closes a year-less dotted date as German writes it. A
# day heading may set the weekday apart by a dash ("SEXTA-FEIRA – 01/08/2025", "Fredag - 05.02.").
NUMERIC_WEEKDAY_DATE = re.compile(
    rf"(?<![\w.])(?P<weekday>{_NUMERIC_WEEKDAY})\.?(?:,?\s{{1,3}}|\s{{1,3}}[-–—]\s{{1,3}}){_NUM_DAY}(?P<dsep>[/.])(?P<dm_month>1[0-2]|0?[1-9])"
    r"(?:(?P=dsep)(?P<year>(?:19|20)\d\d)|\.)?(?![\w/]|\.?\d)",
    re.IGNORECASE,
)
# "18.07.", "05.01.": a year-less day and month, both dotted, the month in two digits (German, Czech, Polish,
# Finnish…); read only on a page that writes its dotted dates day first.
DAY_MONTH_DOTTED = re.compile(rf"(?<![\w.,/€$£-]){_NUM_DAY}\.(?P<dm_month>1[0-2]|0[1-9])\.(?![\w.]|\d)")
# "25/12/2026", "05-02-2026" on a page in another language than English: day first; "15/05/31" too (a two-digit
# year only slashed: a British listing's short form, day first where a day over 12 on the page says so).
DAY_FIRST_NUMERIC = re.compile(
    rf"(?<![\w/.-]){_NUM_DAY}(?P<dsep>[/-])(?P<dm_month>1[0-2]|0?[1-9])(?P=dsep)(?P<year>(?:19|20)\d\d|(?<=/)\d\d)(?![\w/])"
)
# "22/05 às 19:00", "22/05 - 19h00", "05/10, 20:30": a year-less day and month, slashed, with the time of day right
# after it (at most a dash, a comma or a word for "at" between): the time says it is a day, read day first as
# DAY_FIRST_NUMERIC is (a page in another language than English, or a day over 12). A bare "9/23" stays no date (a
# score, a fraction), and so does one before a number that is no time ("3/4 12 players"), or one that closes a run
# ("22/05 a 25/05 - 20:00": numeric_accepted, _RANGE_BEFORE).
DAY_MONTH_SLASHED_CLOCK = re.compile(
    rf"(?<![\w/.:-]){_NUM_DAY}/(?P<dm_month>1[0-2]|0?[1-9])(?![\w/]|[.,]\d)"
    r"(?=[ \t]{0,3}(?:[-–,@|·][ \t]{0,3}|(?:às|as|à|a las|um|om|kl\.?|klo|alle|ore|at)[ \t]{1,3})?"
    r"(?:[01]?\d|2[0-3])(?::|h)[0-5]\d(?!\d))",
    re.IGNORECASE,
)
# "16. 5. 2026", "Sa., 16. 5. 2026, 16:00 Uhr": day, month and year each closed by a dot and a space, as German and
# Czech forms and notices write them; always day first. The year is written, so "1. 2. 3." is no date.
DAY_MONTH_YEAR_SPACED = re.compile(
    rf"(?<![\w.]){_NUM_DAY}\.[ \u00a0](?P<dm_month>1[0-2]|0?[1-9])\.[ \u00a0](?P<year>(?:19|20)\d\d)(?![\w]|[.,]\d)"
)
# "2026/08/12", "2026.8.12" (the dashed ISO form has its own pattern): year first, as East Asia writes it.
YEAR_FIRST = re.compile(
    r"(?<![\w./-])(?P<year>(?:19|20)\d\d)(?P<ysep>[/.])(?P<yf_month>1[0-2]|0?[1-9])(?P=ysep)"
    r"(?P<day>3[01]|[12]\d|0?[1-9])(?![\w]|[./]\d)"
)
# "2026年8月12日", "8月12日", "2026 年 8 月 12 日": Chinese and Japanese dates; with the last day of a range written
# without its year ("8月12日-14日", "2026年8月12日至14日", "8月30日—9月2日"), which find_dates makes the hit's end.
# A weekday in brackets after a day is the date's own ("2025年10月12日(日)", "8月12日（土・祝）", "8月12日(周六)"):
# part of the hit, so what follows the date ("＠【東京】") is not read as starting with its last bracket.
_CJK_WEEKDAY = (
    r"(?:\s?[(（](?:[日月火水木金土](?:曜日?)?(?:[・･/][祝休])?|周[一二三四五六日天]|星期[一二三四五六日天])[)）])?"
)
_CJK_DAY = r"(?P<{name}>3[01]|[12]\d|0?[1-9])\s?[日号號]" + _CJK_WEEKDAY
CJK_DATE = re.compile(
    r"(?<!\d)(?:(?P<year>(?:19|20)\d\d)\s?年\s?)?(?P<yf_month>1[0-2]|0?[1-9])\s?月\s?"
    + _CJK_DAY.format(name="day")
    + r"(?:\s?(?:-|–|—|至|~|～|〜)\s?(?:(?P<span_month>1[0-2]|0?[1-9])\s?月\s?)?"
    + _CJK_DAY.format(name="span_day")
    + ")?"
)
# "9/23（火）", "12/1(月)": a year-less month and day, slashed, then the weekday in brackets as Japanese and Chinese
# schedules write a day (helper pages64): the bracketed weekday says it is a date, month first (a bare "9/23" is a
# score or a fraction as often as a day, and stays no date).
CJK_SLASHED_DATE = re.compile(
    r"(?<![\w/.-])(?P<yf_month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])\s?[(（]"
    r"(?:[日月火水木金土](?:曜日?)?(?:[・･/][祝休])?|周[一二三四五六日天]|星期[一二三四五六日天])[)）]"
)
# "1.5. Úterý", "18.2. perjantai": a year-less day and month, each closed by its dot, then the weekday's full
# name in another language, as a club's programme writes its days: the weekday says the day comes first.
DAY_MONTH_WEEKDAY = re.compile(
    rf"(?<![\w.,/€$£-]){_NUM_DAY}\.(?P<dm_month>1[0-2]|0?[1-9])\.\s{{1,3}}(?P<weekday>{_alternation(NUMERIC_WEEKDAYS)})"
    r"(?!\w)",
    re.IGNORECASE,
)
NUMERIC_PATTERNS = (
    NUMERIC_WEEKDAY_DATE, CJK_DATE, CJK_SLASHED_DATE, YEAR_FIRST, DAY_FIRST_NUMERIC, DAY_MONTH_YEAR_SPACED,
    DAY_MONTH_WEEKDAY, DAY_MONTH_SLASHED_CLOCK,
)  # fmt: skip
_ENGLISH = frozenset({None, "en"})


def numeric_accepted(match: re.Match[str], *, day_first: bool | None) -> bool:
    """Whether a match of the patterns above is a date on this page: a weekday name must be one (a short form
    in the page's language, or German's with its dot on a page that says none; no English "to"), a bare dotted
    day and month only on a page that writes its dotted dates day first, a day-first slashed date only with a day
    over 12, a page in another language or a page that writes its slashed dates day first."""
    pattern = match.re
    if pattern is NUMERIC_WEEKDAY_DATE:
        return numeric_weekday(match.group("weekday")) is not None or german_short_weekday(match)
    if pattern is DAY_MONTH_DOTTED:
        return bool(day_first)
    if pattern is DAY_MONTH_WEEKDAY:  # the weekday's full name in the page's language, not an English word
        return bool(day_first) and PAGE_LANGUAGE.get() not in _ENGLISH
    if pattern is DAY_MONTH_SLASHED_CLOCK and _RANGE_BEFORE.search(
        match.string[max(0, match.start() - 24) : match.start()]
    ):
        return False  # the last day of a run ("22/05 a 25/05 - 20:00"): not the day the run starts
    if pattern is DAY_FIRST_NUMERIC or pattern is DAY_MONTH_SLASHED_CLOCK:
        return int(match.group("day")) > 12 or PAGE_LANGUAGE.get() not in _ENGLISH or SLASHED_DAY_FIRST.get()
    return True


# A slashed day and a range word or a list's joiner right before a DAY_MONTH_SLASHED_CLOCK: "22/05 a ", "dal 22/05
# al ", "22/05 - ", "14/06 e ", "14/06, " (review24: a season's run, or a list of days, was dated on its last day).
_RANGE_BEFORE = re.compile(
    r"\d/(?:1[0-2]|0?[1-9])[ \t]{0,3}"
    r"(?:[-–—,&]|a|al|ao|à|até|ate|au|bis|to|till|until|hasta|t/m|tot|e|y|et|und|en|and)[ \t]{0,3}$",
    re.IGNORECASE,
)


# German writes its weekdays' short forms capitalised and closed by a dot ("Fr. 23.09", "Sa., 18.07."); the
# languages whose two letters mean another day write them without one (Czech "so", Dutch "zo", Finnish "la").
_GERMAN_SHORT = re.compile(r"(?-i:[A-Z][a-z])\.")


def german_short_weekday(match: re.Match[str]) -> bool:
    """A NUMERIC_WEEKDAY_DATE led by German's short weekday with its dot, before a dotted day and month, on a page
    that says no language (a fragment, a team app's list): German's, whose day-first dotted dates these are."""
    weekday = match.group("weekday")
    return (
        PAGE_LANGUAGE.get() is None
        and match.group("dsep") == "."
        and fold(weekday) in SHORT_WEEKDAYS["de"]
        and _GERMAN_SHORT.match(match.string, match.start("weekday")) is not None
    )


# Whether the page at hand writes its slashed dates day first ("13/08/2025" beside "10/08/2025"), set by the page
# reader for one page (see slashed_day_first): then "10/08/2025" is the 10th of August whatever its lang says.
SLASHED_DAY_FIRST: contextvars.ContextVar[bool] = contextvars.ContextVar("slashed_day_first", default=False)
_SLASHED = re.compile(r"(?<![\w/.-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?:19|20)?\d\d(?![\w/])")
# A table's header cells in another language ("Data | Titolo | Località", "Datum | Veranstaltung | Ort", "Fecha |
# Evento | Lugar"): the table, and the dates in it, are that language's, which writes the day first.
OTHER_LANGUAGE_HEADER = re.compile(
    r"^\W*(?:datum|fecha|titolo|localit[àa]|luogo|ort|veranstaltungsort|veranstaltung|bezeichnung|lieu|lugar|"
    r"evento|événement|titre|locatie|plaats|uhrzeit|zeit|heure|hora|orario|tijd|termin|miejsce|místo|název)\W*$",
    re.IGNORECASE,
)


def slashed_day_first(root: Any, text: str) -> bool:
    """Whether a page writes its slashed dates day first: one whose first part is over 12 says so, unless another's
    second part is ("9/16/2025"); or its tables are headed in another language, all of them, on a page not in
    English (a page with tables headed in English too, or in English itself, decides table by table: see
    day_first_tables)."""
    decided = _slashed_order(text)
    if decided is not None:
        return decided
    if not ENGLISH_PAGE.get() and labels_day_first(text):  # "Fecha: 12/04/2027" (_page_label_order)
        return True
    headed = _headed_tables(root)
    return bool(headed) and all(headed.values()) and not ENGLISH_PAGE.get()


def day_first_tables(root: Any) -> set[Any]:
    """The tables headed in another language that write their slashed dates day first on their own: on a page
    whose slashed dates do not decide it and whose other tables are headed in English, or which is in English
    itself (ENGLISH_PAGE: a US page's "3/4/2027" beside a Spanish table) (see slashed_day_first)."""
    headed = _headed_tables(root)
    own = {table for table, other in headed.items() if other and table is not None}
    if (
        not own
        or (all(headed.values()) and not ENGLISH_PAGE.get())
        or _slashed_order(" ".join(root.itertext())) is not None
    ):
        return set()
    return own


def _slashed_order(text: str) -> bool | None:
    """True when a slashed date's first part is over 12 and none's second part is, False for the other way round
    or both; None when no number says."""
    day_first = month_first = False
    for count, match in enumerate(_SLASHED.finditer(text)):
        if count >= MAX_SLASHED:
            break
        day_first = day_first or int(match.group("a")) > 12
        month_first = month_first or int(match.group("b")) > 12
    return day_first and not month_first if day_first or month_first else None


def _headed_tables(root: Any) -> dict[Any, bool]:
    """The page's header cells by the table they head (None for a cell in no table), each whether any of its header
    cells is in another language."""
    headed: dict[Any, bool] = {}
    for cell in itertools.islice(root.iter("th"), MAX_HEADER_CELLS):
        table = next(cell.iterancestors("table"), None)
        other = OTHER_LANGUAGE_HEADER.match(" ".join(cell.text_content().split())) is not None
        headed[table] = headed.get(table, False) or other
    return headed


MAX_SLASHED = 500  # slashed dates looked at for the page's order
MAX_HEADER_CELLS = 200  # header cells looked at for the language a page's tables are headed in


# Whether the page at hand is in English (see english_page), set by the page reader for one page: there a bare
# dotted "12.50" is a price as often as a time ("June 3 12.50", "Tickets at 12.50"), and English writes its
# times with a colon or am/pm, so such a number is read as a time only with a word that says so ("19.00 Uhr").
ENGLISH_PAGE: contextvars.ContextVar[bool] = contextvars.ContextVar("english_page", default=False)
# Month and weekday names that are English only (German and Dutch write "April", "August", "September" too).
_ENGLISH_NAMES = re.compile(
    r"\b(?:january|february|march|june|july|october|december|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|tues?|wed|thu|thurs?|fri|sat)\b\.?",
    re.IGNORECASE,
)
# Another language's weekday names, the full ones (French "mar", "dim", "sam" are English words and names).
_OTHER_NAMES = re.compile(
    rf"(?<![\w])(?:{_alternation({name: 0 for name in NUMERIC_WEEKDAYS if len(name) > 4})})(?![\w])", re.IGNORECASE
)


# A page that declares English (a CMS's default lang="en-US") whose own words name dates and weekdays in another
# language only ("lunes 1 de marzo de 2027", "sabato", "viernes y sábado"), at least this many times: it is in that
# language, which writes its numeric dates day first. One such name on an English page ("Cinco de Mayo party: 5 de
# mayo") is a name, not the page's language.
OTHER_NAMES_SAY = 2
UNDETERMINED = "und"  # BCP 47: a language not determined (here: not English), whose dates are day first


def visible_language(text: str, lang: str | None) -> str | None:
    """The language a page is read in: the declared one, except for a page declared English that names months or
    weekdays in another language only (see OTHER_NAMES_SAY), which is read as UNDETERMINED."""
    if page_language(lang) != "en" or _ENGLISH_NAMES.search(text):
        return lang
    dates = (match for match in INTL_DATE.finditer(text) if intl_accepted(match))
    days = (match for match in _OTHER_NAMES.finditer(text) if _a_day(text, match))
    named: set[str] = set()  # different names: a singer called Domingo, named twice, is one
    for match in itertools.chain(dates, days):
        named.add(match.group(0).casefold())
        if len(named) >= OTHER_NAMES_SAY:
            return UNDETERMINED
    return lang


# A weekday's name followed by its date's number ("Sábado 6", "Samstag, 7."): a day, however it is capitalised.
_NUMBER_AFTER = re.compile(r"[ \t,.]{0,3}\d")


def _a_day(text: str, match: re.Match[str]) -> bool:
    """Whether another language's weekday name in ``text`` names a day: written lower case, as those languages
    write it in a sentence ("viernes y sábado"), or before its date; capitalised alone it is a name ("Viernes
    Social", "Plácido Domingo")."""
    return match.group(0)[:1].islower() or _NUMBER_AFTER.match(text, match.end()) is not None


def reading_language(root: Any, text: str) -> str | None:
    """The language a page is read in: the one it declares (declared_language), unless a declared English is
    belied by its own words (visible_language)."""
    return visible_language(text, declared_language(root))


def english_page(text: str, lang: str | None) -> bool:
    """Whether a page is in English: its <html lang> says so, or (without one) it names months or weekdays in
    English and in no other language."""
    language = page_language(lang)
    if language is not None:
        return language == "en"
    if not _ENGLISH_NAMES.search(text):
        return False
    other = (match for match in INTL_DATE.finditer(text) if intl_accepted(match))
    return next(other, None) is None and not _OTHER_NAMES.search(text) and not CJK_DATE.search(text)


# Times of day as 24-hour clocks write them beyond "19:00": "kl. 19.00", "Kl.12-17", "klo 19", "um 19 Uhr",
# "19.30 Uhr", "20h00", "20h", "à 20 h 30", "v 19.00 hod.". A dotted "19.00" alone is a price or a number as
# often as a time: it is one after a word that says time (Kl., um, à, från…) or before one (Uhr, h, hod.), or
# when the caller knows it stands beside a date.
_HOUR = r"(?P<{h}>[01]?\d|2[0-3])"
_MINUTE = r"(?P<{m}>[0-5]\d)"
# Words after which a number is an hour: Scandinavian "kl."/"klockan", Finnish "klo", and prepositions of time.
_TIME_WORDS = (
    r"kl|klockan|kello|klo|um|ab|von|bis|à|a|dès|des|de|om|vanaf|van|tot|ore|alle|dalle|las|desde|às|das|"
    r"godz|godzina|od|v|ve|från|fra|till|til|från\s+kl|fra\s+kl"
)
# English ones: on an English page a dotted number after them is a price as often ("Tickets at 12.50").
_ENGLISH_TIME_WORDS = r"from|at|until|to|till"
# Words that make a bare hour one without minutes: "kl 19", "klo 19", "um 19 Uhr", "20h"; Portuguese "às 10" ("at
# ten", the contracted article only ever stands before an hour) and "14 horas" (o'clock, as a schedule writes it;
# not as a range's unit: "Corrida 2 — 16 horas" is the second race at four).
_STRONG_WORDS = r"kl|klockan|kello|klo|às"
_SUFFIX = r"uhr|hod(?:in)?\.?|heures?\b|h(?![a-z])"
# "das 14h às 16h", "de 10h até 12h", "de 10 h hasta 13 h": Portuguese and Spanish join hours by a word too.
_JOIN = r"(?:-|–|—|bis|till|til|às|até|ate|hasta|alle(?:\s?ore)?|al|à|a|do|tot)"
_AFTER_RANGE = rf"(?:\s?{_JOIN}\s?{_HOUR.format(h='h2')}(?:[.:h]{_MINUTE.format(m='m2')})?)?"
INTL_CLOCK = re.compile(
    # "kl. 19.00", "Kl.12-17", "om 20.00", "från kl 21"; a strong word as a label: "Klockan: 16-20" (left38)
    rf"(?<![\w.,])(?:(?P<strong>{_STRONG_WORDS}):?|(?P<english>{_ENGLISH_TIME_WORDS})|(?:{_TIME_WORDS}))\.?\s?"
    rf"{_HOUR.format(h='h')}(?:(?:(?P<sep>[.:])|\s?(?P<hsep>heures?|h)\s?){_MINUTE.format(m='m')})?(?:\s?(?P<suffix>{_SUFFIX}))?"
    rf"{_AFTER_RANGE}(?:\s?(?P<suffix2>{_SUFFIX}))?(?![\w.,:]\d|\d|[^\W\d_]|\s?[ap]\.?\s?m\b)"
    # "19 - 21 Uhr", "19–21 h", "19.30 bis 21 Uhr", "20h-23h": a range whose unit is written after its end only
    rf"|(?<![\w.,:$€£/]){_HOUR.format(h='r1')}(?:(?:[.:]|h)(?P<rm1>[0-5]\d)|h)?\s?{_JOIN}\s?{_HOUR.format(h='r2')}"
    rf"(?:[.:h](?P<rm2>[0-5]\d))?\s?(?:{_SUFFIX})(?!\d)"
    # "19.30 Uhr", "19 Uhr", "20h00", "20 h 30", "20h", "19 heures", "19 heures 30", "20u30"
    rf"|(?<![\w.,:$€£]){_HOUR.format(h='h_')}(?:[.:]{_MINUTE.format(m='m_')}\s?(?:uhr|hod(?:in)?\.?|h\b)"
    rf"|\s?(?:uhr|hod(?:in)?\.?|horas?\b(?!\s+de\s+dura))|\s?(?:heures?\b|h)(?:\s?{_MINUTE.format(m='hm_')})?(?![\w])"
    # Flemish "20u30" ("uur"): only with its minutes, so "2u" (two hours) and "20u" alone stay unread
    rf"|u{_MINUTE.format(m='um_')}(?![\w.,:]\d|\w))",
    re.IGNORECASE,
)
# A dotted time standing beside a date: "19.00", "19.00 - 21.00". Not before a currency ("19.00 €", "19.00 Kč").
DOTTED_CLOCK = re.compile(
    r"(?<![\w.,:$€£])(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?:\s?(?:-|–|—)\s?(?P<h2>[01]?\d|2[0-3])[.:](?P<m2>[0-5]\d))?"
    r"(?![\w.,]|\s?(?:€|\$|£|kr\b|kč|czk|sek|nok|dkk|eur|zł|pln|chf|,-|:-|[ap]\.?\s?m\b))",
    re.IGNORECASE,
)
# "durée 1h30": a duration, not a time of day.
DURATION_BEFORE = re.compile(
    r"\b(?:durée|dauer|duration|längd|varighed|pendant|environ|ca|circa|trvání|duração|duración|durante|duur(?:tijd)?)\.?\s{0,3}:?"
    r"\s{0,3}$",
    re.I,
)


def _bracketed_duration(text: str, match: re.Match[str]) -> bool:
    """ "(3h, from 12:00)", "(2h)", "(1h30)": a few hours in brackets is how long, not when (a time of day in
    brackets is an evening's or a morning's: "(20h)")."""
    hour = match.group("h_") or match.group("h")
    return (
        hour is not None
        and int(hour) < SHORTEST_TIME_IN_BRACKETS
        and bool(match.group("hsep") or match.group("suffix") or match.group("h_"))
        and text[: match.start()].rstrip().endswith("(")
    )


SHORTEST_TIME_IN_BRACKETS = 5


def intl_clock(text: str, *, dated: bool = False) -> tuple[int, int, int | None, int | None, tuple[int, int]] | None:
    """The first such time in ``text``: (hour, minute, end hour or None, end minute or None, span). A bare
    hour needs "kl."/"klo" before it or "Uhr"/"h" after it; a dotted one, a time word or ``dated``."""
    for match in INTL_CLOCK.finditer(text):
        if DURATION_BEFORE.search(text[max(0, match.start() - 20) : match.start()]):
            continue
        if _bracketed_duration(text, match) or hours_of_something(text, match) or opening_hours(text, match):
            continue
        if match.group("r1") is not None:  # an overnight range ("22 - 2 Uhr") keeps its start (see find_clock)
            start = int(match.group("r1")), int(match.group("rm1") or 0)
            return *start, int(match.group("r2")), int(match.group("rm2") or 0), match.span()
        if match.group("h_") is not None:
            minute = match.group("m_") or match.group("hm_") or match.group("um_")
            return int(match.group("h_")), int(minute or 0), None, None, match.span()
        bare = match.group("m") is None
        said = match.group("strong") or match.group("suffix") or match.group("suffix2")
        if bare and not said and not said_range(text, match):  # "dalle 18 alle 20" (_intl_hour_ranges)
            continue
        if match.group("sep") == ":" and not match.group("strong"):
            continue  # "from 9:30 - 11 am", "Från 21:00": the 24-hour clock's own form, read by CLOCK
        if match.group("sep") == "." and match.group("english") and ENGLISH_PAGE.get():
            continue  # "Tickets at 12.50" on an English page: a price
        end_hour = int(match.group("h2")) if match.group("h2") else None
        end_minute = int(match.group("m2") or 0) if end_hour is not None else None
        return int(match.group("h")), int(match.group("m") or 0), end_hour, end_minute, match.span()
    if dated and not ENGLISH_PAGE.get():  # right after the date, or alone: "17.3.2030 19.00", "<h3>19.00</h3>"
        dotted = DOTTED_CLOCK.match(text, len(text) - len(text.lstrip(" \t\n,·|@-–")))
        if dotted is not None:
            end_hour = int(dotted.group("h2")) if dotted.group("h2") else None
            end_minute = int(dotted.group("m2")) if end_hour is not None else None
            return int(dotted.group("h")), int(dotted.group("m")), end_hour, end_minute, dotted.span()
    return None


def weekday_alone(text: str) -> bool:
    """A text that is only a weekday's name, in any language read here ("Fr.", "Sat", "samedi", "so"): a card's
    day label printed above its date, not the card's name."""
    name = fold(text.strip().rstrip(".,:").strip())
    return name in ENGLISH_WEEKDAYS or name in NUMERIC_WEEKDAYS or name in _SHORT_NAMES
