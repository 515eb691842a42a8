"""The language a page that declares none writes its dates in, from its months' names (pages119). Pure.

A French-speaking church's page has no <html lang>; its list reads "24 Mai : concert de louange - 18h", "30 Mai :
Soirée de prière - 19h30", "12 Juin : Retraite spirituelle annuelle". "Mai" capitalised, with no year nor weekday, is
a name too ("2 Mai Tais"), so it is the month only on a page in one of its languages (_page_language_months); the
page declared none, and only the retreat in June was read. Now a page that declares no language, and writes its
dates with month names of one language only ("12 Juin": French) and none in English, is read in that language: its
"24 Mai" is May the 24th.

Not: a page that declares its language (that one stands), a page that also writes English months ("June 12", "12
June"), a page whose months' names belong to two languages ("12 juin" and "3 enero"), a month name several languages
share ("juni", "oktober", "april": no one language), an ambiguous name alone ("5 Mai Tais").
"""

from __future__ import annotations

import re

from sources.adapters._page_intl import INTL_DATE, fold, intl_accepted, page_language

# Month names that are one language's only (and no English word): what a date written with them says of the page.
MONTH_LANGUAGE = {
    **dict.fromkeys(
        ("janvier", "février", "fevrier", "juin", "juillet", "août", "aout", "septembre", "octobre", "décembre",
         "decembre"), "fr"),
    **dict.fromkeys(
        ("enero", "febrero", "junio", "julio", "septiembre", "setiembre", "octubre", "noviembre", "diciembre"), "es"),
    **dict.fromkeys(("gennaio", "febbraio", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre"), "it"),
    **dict.fromkeys(("janeiro", "fevereiro", "março", "marco", "junho", "julho", "setembro", "outubro", "dezembro"),
                    "pt"),
    **dict.fromkeys(("januar", "februar", "märz", "maerz", "dezember"), "de"),
    **dict.fromkeys(("maart", "mei", "augustus"), "nl"),
    **dict.fromkeys(("ianuarie", "februarie", "aprilie", "iunie", "iulie", "septembrie", "octombrie", "noiembrie",
                     "decembrie"), "ro"),
}  # fmt: skip
# A date written with an English month's name, day first or last ("12 June", "June 12").
_ENGLISH_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
ENGLISH_DATE = re.compile(
    rf"(?<!\w)(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]{{1,3}}{_ENGLISH_MONTH}|{_ENGLISH_MONTH}[ \t]{{1,3}}\d{{1,2}})(?!\w)",
    re.IGNORECASE,
)
MAX_DATES = 200  # dates looked at on one page


def page_or_months_language(lang: str | None, text: str) -> str | None:
    """The page's declared language (page_language), else the one language its dates' month names are, else None."""
    declared = page_language(lang)
    if declared is not None or ENGLISH_DATE.search(text):
        return declared
    languages: set[str] = set()
    for index, match in enumerate(INTL_DATE.finditer(text)):
        if index >= MAX_DATES:
            break
        language = MONTH_LANGUAGE.get(fold(match.group("month"))) if intl_accepted(match) else None
        if language is not None:
            languages.add(language)
    return languages.pop() if len(languages) == 1 else None
