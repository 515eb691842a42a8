"""Whether a run of whole days read from midnight stamps ends on the stamp's day or the day before, by the item's
words, for the ``rss`` adapter. Pure.

A feed that writes whole days as midnights (``<ev:startdate>2022-02-27T00:00:00Z</ev:startdate>``,
``<ev:enddate>2022-05-30T00:00:00Z</ev:enddate>``) does not say whether its end midnight opens the last day (an
inclusive end: the last day is 30 May) or closes it (an exclusive end, as iCalendar's DTEND: the last day is 29
May). Both are met: a French town's agenda ends its run of 6 to 15 August on "2026-08-15T00:00" (the 15th is the
last day), a TYPO3 agenda ends its exhibition "Du 27-02 à 29-05-2022" on "2022-05-30T00:00Z" (held-out batch 67).
``_feed_when.make_when`` keeps the stamp's day; here the item's own words decide: when they write the day before
that end as a span's last day (numerically, "29-05-2022", "29/05/2022", "29.05.2022", "2022-05-29", or with its
month's name, "29 May 2022", "May 29, 2022", "29 mai 2022", after a word or a dash that ends a span: "à", "au",
"to", "until", "bis", "al", "hasta el", "t/m", "–") and do not write the end's day itself, the run ends the day
before. A day written for another reason ("Inscriptions avant le 09/06/2031") is no last day, nor a day a sign-up's,
a sale's or a call's clause ends ("Inscriptions aux visites jusqu'au 29 mai 2031", "tickets on sale until 29 May
2031", "Anmeldung bis 29.05.2031": review45). Words
that write neither, or both, leave the end as it was, and so do words that write only the first day of a two days'
run (the day before the end is then the first day: "Vernissage 29.05.2031" over the 29th and 30th).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from sources.adapters._feed_when import When
from sources.adapters._midnight_words import FOREIGN_MONTHS
from sources.adapters._page_dates import MONTHS

MAX_TEXT = 20_000  # characters of an item's words read for days
END_REACH = 24  # characters before a day looked at for the word that makes it a span's last
# The word or dash before a span's last day, at the end of the text before it: "au ", "à ", "to ", "bis ", "– ".
ENDING = re.compile(
    r"(?:(?<!\w)(?:to|until|till|thru|through|au|à|a|al|bis|tot|t/m|hasta(?:\s{1,3}el)?|jusqu['’]au)\s{1,12}"
    r"|[-–—]\s{0,12})$",
    re.IGNORECASE,
)
# A sign-up's, a sale's or a call's word: "Inscriptions … jusqu'au", "tickets on sale until", "Anmeldung … bis"
# (review45). The day after it is the deadline's, not the run's last.
DEADLINE = re.compile(
    r"\b(?:inscriptions?|registrations?|register|sign[\s-]?ups?|tickets?|sales?|booking|bookings|book|apply|"
    r"applications?|entries|submissions?|submit|deadline|anmeldung\w*|anmelden|karten\w*|vorverkauf|"
    r"bewerbung\w*|r[ée]servations?|billets?|candidatures?|inscripci[oó]n(?:es)?|reservas?|iscrizion[ei]|"
    r"prenotazion[ei]|aanmelden|aanmelding|inschrijving\w*|early[\s-]?bird)\b",
    re.IGNORECASE,
)
DEADLINE_REACH = 120
CLAUSE_END = re.compile(r"[.;!?\n]")
# A numeric day with its year: "29-05-2022", "29/05/2022", "29.05.2022", "5/29/2022" (read both ways round), and ISO.
NUMERIC_DAY = re.compile(
    r"(?<![\d/.-])(?:(?P<first>\d{1,2})(?P<mark>[/.-])(?P<second>\d{1,2})(?P=mark)(?P<year>\d{4})|"
    r"(?P<iso_year>\d{4})-(?P<iso_month>\d{2})-(?P<iso_day>\d{2}))(?![\d/-])"
)
# A day with its month's name and year: "29 May 2022", "29 de mayo de 2022", "May 29, 2022", "29. Mai 2022".
NAMED_DAY = re.compile(
    r"(?<!\w)(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°|\.)?\s{1,3}(?:de\s{1,3})?(?P<month>[^\W\d_]{3,10})\.?"
    r"|(?P<month2>[^\W\d_]{3,10})\.?\s{1,3}(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)"
    r",?\s{1,3}(?:de\s{1,3})?(?P<year>\d{4})(?!\d)"
)


def stated_last_day(when: When, texts: Sequence[str | None]) -> When:
    """The run ending the day before its end when the words write that day and not the end's (see the module's
    note); else the When as it was."""
    end = when.end
    if not when.all_day or end is None or isinstance(end, dt.datetime):
        return when
    before = end - dt.timedelta(days=1)
    if before not in written_days(texts, ending=True) or end in written_days(texts) or before <= when.start:
        return when  # the day before the end is the first day: a two days' run whose words write only its first
    return dataclasses.replace(when, end=before)


def written_days(texts: Sequence[str | None], *, ending: bool = False) -> set[dt.date]:
    """Every day the texts write with its year, numerically (either way round) or with its month's name; with
    ``ending``, only those written as a span's last day (after "au", "to", "bis", a dash…)."""
    found: set[dt.date] = set()
    for text in texts:
        words = (text or "")[:MAX_TEXT]
        for match in _matches(words, ending):
            if match["iso_year"]:
                _add(found, int(match["iso_year"]), int(match["iso_month"]), int(match["iso_day"]))
                continue
            first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
            _add(found, year, second, first)  # day first
            _add(found, year, first, second)  # month first
        for match in _matches(words, ending, NAMED_DAY):
            name = (match["month"] or match["month2"]).casefold()
            month = FOREIGN_MONTHS.get(name) or MONTHS.get(name)
            if month is not None:
                _add(found, int(match["year"]), month, int(match["day"] or match["day2"]))
    return found


def _matches(words: str, ending: bool, pattern: re.Pattern[str] = NUMERIC_DAY) -> list[re.Match[str]]:
    matches = pattern.finditer(words)
    return [
        match
        for match in matches
        if not ending
        or (ENDING.search(words[max(0, match.start() - END_REACH) : match.start()]) and not _deadline(words, match))
    ]


def _deadline(words: str, match: re.Match[str]) -> bool:
    """Whether the clause before a day holds a deadline's word: a sale's, a sign-up's last day (review45)."""
    clause = CLAUSE_END.split(words[max(0, match.start() - DEADLINE_REACH) : match.start()])[-1]
    return DEADLINE.search(clause) is not None


def _add(found: set[dt.date], year: int, month: int, day: int) -> None:
    try:
        found.add(dt.date(year, month, day))
    except ValueError:
        pass
