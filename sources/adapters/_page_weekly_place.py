"""The one place a weekly timetable's page states for all its classes. Pure.

A studio's, a club's or a parish's timetable lists its weekly lines without a place on any of them ("Monday 6:00 pm
– Vinyasa Flow") and says once where they all are: "All classes at the Main Street Studio, 12 Main St.", "All
sessions are held at St. Mary's Hall", "Classes take place at the Old Mill", or a page that labels one place and only
one ("Location: Riverside Community Centre"). That place is every line's. A sentence about some of them ("Wednesday
classes are at the Annex"), one naming a date ("All classes on 3 May at the park"), a place the page labels twice
with two values (two venues), a level, a price or a discount after "at" ("All classes at Beginner level", "All events at
Half Price"), or a place longer than a short line is no place for all: the lines keep none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sources.adapters._page_dates import find_clock
from sources.adapters._page_lines import Line
from sources.adapters._page_place_nouns import PLACE_NOUN
from sources.adapters._place_labels import LABEL_BEFORE

MAX_STATEMENT = 200  # the sentence stating the place: a line, not a paragraph
MAX_PLACE = 120  # a place's name and address
# "All classes at …", "All our sessions are held at …", "Classes take place in …", "All lessons run at …": the
# programme's things, all of them (or the plural alone with a verb of taking place), then "at"/"in" and the place.
_THINGS = (
    r"(?:classes|sessions|lessons|courses|practices|rehearsals|workouts|services|meetings|groups|programs|"
    r"programmes|activities|events|clubs|meetups)"
)
_VERB = r"(?:are\s+(?:held|run|hosted)|will\s+be\s+held|take\s+place|run|meet)"
# After "in", a place is named as one: a place's noun ("in St Mary's Hall", "in Studio 2") or a street number ("in the
# Old Mill, 4 Mill Lane"); "in English", "in Term 2", "in January", "in Spring" name no place.
IN_PLACE = re.compile(
    r"\b(?:studios?|gym|annex|mill|hub|lounge|barn|chapel|temple|mosque|synagogue|pool|venue|house|dojo)\b"
    r"|(?<!\w)\d{1,5}[a-z]?\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
ALL_AT = re.compile(
    rf"^\W{{0,3}}(?:(?:all\s+(?:(?:of\s+)?(?:our|the)\s+)?(?:weekly\s+)?{_THINGS}(?:\s+{_VERB})?)"
    rf"|(?:(?:our|the)\s+)?(?:weekly\s+)?{_THINGS}\s+{_VERB})"
    r"\s+(?P<prep>at|in)\s+(?:the\s+)?(?P<place>[A-Z0-9][^;!?]{2,})$",
    re.IGNORECASE,
)
# After "at", a level, a price or a discount is no place: "All classes at Beginner level", "All events at Half Price",
# "All classes at 50% off", "All sessions at 10 euros", "All courses at a reduced rate" (unless a place's noun follows,
# "All classes at Advanced Dance Studio"). "Level 2, 12 Main St" (a floor) starts with "Level", not a level's name.
NOT_A_PLACE = re.compile(
    r"^(?:(?:absolute\s)?beginners?'?|intermediate|advanced|improvers?'?|novice|elementary|expert|all|mixed|any)"
    r"(?:\s(?:(?:to|and|or|&|/)\s)?(?:intermediate|advanced|improvers?'?))?\s(?:levels?|abilit(?:y|ies)|grades?|standard)\b"
    r"|^(?:half|full|reduced|discounted|special|concession(?:ary)?|members?'?|student|early[\s-]?bird|sale|low|"
    r"lower|cost|introductory|cut)\s(?:price|prices|rate|rates|fares?|fees?|cost)\b"
    r"|^(?:a\s)?(?:\d{1,3}\s?%|half|a\s(?:third|quarter))\s(?:off|discount|reduction)\b|^(?:a\s)?discount"
    r"|^\d{1,5}(?:[.,]\d{1,2})?\s?(?:%|[£$€¥]|eur|euros?|usd|dollars?|gbp|pounds?|chf|francs?|kr|sek|nok|dkk)(?!\w)",
    re.IGNORECASE,
)
ALL_PLACE_EVIDENCE = "the place the page states for all its weekly lines: {said!r}"


def _statement_place(text: str) -> str | None:
    text = " ".join(text.split())
    if len(text) > MAX_STATEMENT:
        return None
    match = ALL_AT.match(text)
    if match is None:
        return None
    place = match.group("place").strip().rstrip(".").strip()
    if not place[:1].isupper() and not place[:1].isdigit():  # "in the evening", "at noon": no place's name
        return None
    if NOT_A_PLACE.match(place) and not PLACE_NOUN.search(place) and not IN_PLACE.search(place):
        return None  # "All classes at Beginner level", "All events at Half Price": a level or a price
    clock = find_clock(place)
    if clock is not None and clock.span[0] == 0:  # "All classes at 6pm": a time, no place
        return None
    if match.group("prep").casefold() == "in" and not (PLACE_NOUN.search(place) or IN_PLACE.search(place)):
        return None  # "All classes run in English and Spanish", "All classes in Term 2 are free"
    return place if len(place) <= MAX_PLACE else None


def _labelled_place(text: str) -> str | None:
    match = LABEL_BEFORE.match(" ".join(text.split()))
    place = match.group("place").strip().rstrip(".").strip() if match else ""
    return place if place and len(place) <= MAX_PLACE and any(c.isalpha() for c in place) else None


def weekly_place(lines: Sequence[Line], timetable: Sequence[str]) -> tuple[str, str] | None:
    """(the place, the line stating it) the page gives for all its weekly lines, or None (see the module).
    ``timetable`` holds the texts of the timetable's own lines, which never state it."""
    own = set(timetable)
    stated: set[str] = set()
    labelled: dict[str, tuple[str, str]] = {}
    said = ""
    for line in lines:
        if line.text in own or line.is_heading:
            continue
        place = _statement_place(line.text)
        if place is not None:
            stated.add(place)
            said = line.text
            continue
        place = _labelled_place(line.text)
        if place is not None:
            labelled.setdefault(place.casefold(), (place, line.text))
    if len(stated) == 1:
        return next(iter(stated)), said
    if not stated and len(labelled) == 1:
        return next(iter(labelled.values()))
    return None
