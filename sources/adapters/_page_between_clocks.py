"""A range of times of day written with "between … and" ("zwischen 10:00 und 17:00 Uhr", "between 10am and 5pm",
"entre 10h et 17h", "entre las 10:00 y las 17:00", "tussen 10.00 en 17.00 uur", "mellan kl 10 och 17"; Spanish
"desde las 00:00h hasta las 18:00h", pages batch 102), and two dotted times so joined anywhere (``between_dotted``: a
dotted time is read beside a date only, helper left29).

The clock readers join a range by a dash or a word of their own ("10–17 Uhr", "von 10 bis 17 Uhr", "de 10h à
17h", "from 10 am to 5 pm"); "und", "and", "et" join two times as often as a range ("um 10:00 und um 14:00 Uhr
Führungen": two tours). Only after a word for "between" right before the first time is the second its end: the
page's languages' own pairs (see _page_intl), each word a whole word.
"""

from __future__ import annotations

import re

# An article or a clock's word before a time ("entre las 10:00", "mellan kl 10"): one list for both times.
_ARTICLE = r"(?:(?:las|les|le|ore|kl\.?|klockan|klo|godz\.?)[ \t]{1,3})?"
_BETWEEN = (
    r"(?<![^\W\d_])(?:between|zwischen|entre|desde|tra|fra|tussen|mellan|mellem|mellom|między|mezi)[ \t]{1,3}"
    + _ARTICLE
)
_AND = r"(?:[ \t]?(?:uhr|uur|hrs?|h)\.?)?[ \t]{1,3}(?:and|und|et|y|e|en|och|og|a|i|hasta)[ \t]{1,3}" + _ARTICLE
# "between", right before the first time (an article or a clock's word may stand between them: "entre las 10:00").
BETWEEN_BEFORE = re.compile(_BETWEEN + "$", re.IGNORECASE)
# "and" after the first time (its o'clock word may follow it), and the second time's article or clock word.
AND_AFTER = re.compile(_AND, re.IGNORECASE)
# Two dotted times joined so ("tussen 10.00 en 17.00 uur", "zwischen 9.30 und 12.00 Uhr"): no clock reader takes a
# dotted time away from a date's line ("10.00" is a price or a score as often), but "between" and "and" make the
# pair a range of hours. Not before a currency ("tussen 10.00 en 15.00 euro") and, on an English page, not without
# a clock's word after it ("between 12.50 and 15.00": prices).
BETWEEN_DOTTED = re.compile(
    _BETWEEN + r"(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)" + _AND + r"(?P<h2>[01]?\d|2[0-3])[.:](?P<m2>[0-5]\d)"
    r"(?P<word>[ \t]?(?:uhr|uur|hrs?|h)\b\.?)?(?![\d.,]|[ \t]?(?:€|\$|£|kr\b|eur|euros?\b|chf|sek|nok|dkk|zł))",
    re.IGNORECASE,
)
BETWEEN_REACH = 24  # the most characters "between" and its article take before the first time


def between_joint(text: str, span: tuple[int, int]) -> re.Match[str] | None:
    """The words joining the time at ``span`` to a second one as a range's end ("… und "), when a word for "between"
    stands right before it; None otherwise."""
    if BETWEEN_BEFORE.search(text[max(0, span[0] - BETWEEN_REACH) : span[0]]) is None:
        return None
    return AND_AFTER.match(text, span[1])


def between_dotted(text: str, *, english: bool) -> tuple[int, int, int, int, tuple[int, int]] | None:
    """The first range of two dotted times "between" joins ("tussen 10.00 en 17.00 uur"), with "between" in its
    span: (hour, minute, end hour, end minute, span); None when there is none (see BETWEEN_DOTTED)."""
    for match in BETWEEN_DOTTED.finditer(text):
        if english and not match.group("word"):
            continue
        return (
            int(match.group("h")),
            int(match.group("m")),
            int(match.group("h2")),
            int(match.group("m2")),
            match.span(),
        )
    return None
