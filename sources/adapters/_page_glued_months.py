"""A month's abbreviation whose dot is glued to the day ("Thursday, Feb.19", "Sept.3rd, 2026"): read as "Feb. 19" is.
Only the twelve abbreviations followed by their dot (not "May", which has none): "Fig.19", "No.19", "pp.19" and
"v2.1" name no month, and a decimal after the day ("Feb.19.5") or a longer number ("Oct.2019") is no day. Pure; the
pattern sits in _page_dates' list right after the spaced month-first form."""

from __future__ import annotations

import re

# One optional weekday, the abbreviation and its dot, the day with its ordinal, an optional year. Each quantifier is
# followed by a character class it cannot share (letters, then a dot, then digits): linear on any text.
GLUED_MONTH_DAY = re.compile(
    r"\b(?:(?P<weekday>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?)\.?,?\s+)?"
    r"(?P<month>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    r"(?![\d:]|\.\d)\b(?:,?\s*(?P<year>(?:19|20)\d\d)(?!\d))?",
    re.IGNORECASE,
)
