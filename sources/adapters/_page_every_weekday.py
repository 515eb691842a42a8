"""A date line's words that only say the date recurs ("Date: Every Wednesday from 10 September 2031", "Datum: Varje
onsdag från 10 september 2025"): no title (pages119). Pure.

A Swedish chess club dates its weekly training "Datum: Varje onsdag från 10 september 2025" under its <h1>
"Onsdagsträning"; what was left of the line once its date was cut, "Datum: Varje onsdag", was taken for the event's
name, where a line that leaves only "Datum:" is named by the line above it. Now the words "every" and a weekday (in
the languages the page readers know: "every Wednesday", "varje onsdag", "jeden Mittwoch", "chaque mercredi", "tous
les mercredis", "cada miércoles", "ogni mercoledì", "elke woensdag", "hver onsdag", "joka keskiviikko", "każdą środę",
"každou středu"), with a field's label before them, are no title either.

Not: a name that holds more words ("Every Wednesday Jazz Jam", "Jeden Mittwoch Lauftreff"), "Every Day Counts", a
weekday's name alone as a title's word ("Black Friday").
"""

from __future__ import annotations

import re

# "every" in those languages, then a weekday's name (checked by weekday_number), perhaps plural, and nothing else
# but a field's label before it ("Datum:", "Date:", "When:").
EVERY_WEEKDAY = re.compile(
    r"^\W{0,3}(?:[^\W\d_]{2,20}[ \t]?[:：][ \t]{0,3})?"
    r"(?:every|each|varje|hver|hvert|jeden|jede|chaque|tous[ \t]les|cada|ogni|elke|iedere|joka|ka[żz]d[aąey]"
    r"|ka[žz]d[ýéou])"
    r"[ \t]{1,3}(?P<day>[^\W\d_]{3,15})\W{0,3}$",
    re.IGNORECASE,
)
# Plural endings a weekday takes after "every" in some languages ("tous les mercredis", "varje onsdag" has none).
PLURAL = ("s", "ar", "er")


def every_weekday_only(text: str) -> bool:
    """Whether ``text`` is only "every" and a weekday, with a field's label before them (see the module)."""
    from sources.adapters._page_intl import weekday_number  # the weekday table; imported here: _page_intl imports this

    found = EVERY_WEEKDAY.match(" ".join(text.split()))
    if found is None:
        return False
    day = found["day"]
    names = [day, *(day[: -len(end)] for end in PLURAL if day.lower().endswith(end) and len(day) > len(end) + 2)]
    return any(weekday_number(name) is not None for name in names)
