"""The place an item's description writes before a bullet and its dates, for the ``rss`` adapter. Pure.

A generated feed of a region's concerts writes each production's venue and days as its description's first line,
parted by a bullet: "Sale Apollinee • Sep: 17, 17", "Palazzetto Bru Zane • 17 Sep", "Malibran Theatre • Sep: 18,
18, 20, 22, 24, 26" (batch 63: the venue the feed's writer puts before " • ", the showings' days after it). Nothing
labelled it a place, and the venue was lost.

``bullet_place`` reads the text before a bullet ("•" or "·", spaced) as the place when the text after it starts
with a date written with its month's name ("17 Sep", "Sep: 18", "Oct 3", "3. Oktober") and the line is the
description's first. Not read: a bullet after anything else ("Jazz • Blues • Soul", "Free entry • All ages"), a
second line's bullet, a place part longer than a venue's name or one that is itself a date or a number, a remark
("Sold out • 24 Sep", "Family friendly • 17 Sep": review35), a byline, a series' number or a job's terms ("By Anna
Smith • 18 Mar", "Season 3 • 18 Mar", "Full-time • 18 Mar": review36), a dish ("Pie & Mash • 18 Mar": left35).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

from sources.adapters._feed_glued import html_lines
from sources.adapters._page_not_places import a_remark
from sources.adapters._page_place_nouns import PLACE_NOUN

MAX_SCAN = 2_000  # characters of the description looked at
MAX_PLACE = 80  # a longer text before the bullet is prose, not a venue's name
MONTH = (
    r"(?:jan(?:uary|vier|uar|naio)?|feb(?:ruary|ruar|braio)?|f[ée]v(?:rier)?|mar(?:ch|s|zo)?|m[äa]rz|apr(?:il|ile)?|"
    r"avr(?:il)?|may|mai|maggio|jun(?:e|i)?|juin|giu(?:gno)?|jul(?:y|i)?|juil(?:let)?|lug(?:lio)?|aug(?:ust)?|ao[uû]t|"
    r"ago(?:sto)?|sep(?:t|tember|tembre)?|set(?:tembre)?|oct(?:ober|obre)?|okt(?:ober)?|ott(?:obre)?|nov(?:ember|embre)?|"
    r"dec(?:ember)?|d[ée]c(?:embre)?|dez(?:ember)?|dic(?:embre)?)\.?"
)
# "Place • 17 Sep", "Place • Sep: 18, 20", "Place · 3. Oktober": bounded parts, nothing nested.
BULLET_LINE = re.compile(
    rf"^(?P<place>[^•·\d][^•·]{{0,{MAX_PLACE}}}?)[ \t]{{1,3}}[•·][ \t]{{1,3}}"
    rf"(?:\d{{1,2}}\.?[ \t]{{1,3}}{MONTH}(?![^\W\d_])|{MONTH}(?![^\W\d_])[ \t]{{0,2}}:?[ \t]{{0,3}}\d{{1,2}}(?!\d))",
    re.IGNORECASE,
)


def bullet_place(markup: str | None) -> str | None:
    """The place the description's first line writes before a bullet and the event's dates, or None."""
    if not markup:
        return None
    lines = [line.strip() for line in html_lines(markup[:MAX_SCAN]) if line.strip()]
    if not lines:
        return None
    found = BULLET_LINE.match(lines[0])
    place = found["place"].strip() if found is not None else None
    return None if place is None or _remark(place) else place


# Not a venue either (review36): a byline ("By Anna Smith • 18 Mar"), a series' number ("Season 3 • 18 Mar",
# "Episode 12"), a job's terms ("Full-time • 18 Mar closing date").
NOT_VENUE = re.compile(
    r"^(?:(?:posted|written)[ \t]{1,3})?(?:by|von|par)[ \t]{1,3}\S|"
    r"^(?:season|series|episode|ep\.?|vol(?:ume|\.)?|part|chapter|issue|week|round|stage|lesson|staffel|folge)"
    r"[ \t]{0,3}\d{1,4}$|^(?:full|part)[- ]?time\b|^(?:permanent|temporary|fixed[- ]term|contract|freelance|"
    r"internship|remote|hybrid)\b",
    re.IGNORECASE,
)

# Not a venue (left35): a dish or a meal, food words alone joined by "&" ("Pie & Mash • 18 Mar", "Fish and chips",
# "Curry night"'s "Curry & Rice"): what is served; "The Pie Shop", "Pie & Mash Café" name a place (a place's noun or
# an article).
DISH = re.compile(
    r"^(?:(?:pie|pies|mash|chips|fish|curry|rice|pizza|pasta|burgers?|wings|steak|ale|roast|brunch|breakfast|lunch|"
    r"dinner|supper|tapas|cheese|wine|beer|cake|tea|coffee|scones?|jam|cream|sausages?|bangers|peas|gravy|chilli|"
    r"tacos?|noodles|dumplings|sushi|bbq|barbecue|pancakes?|waffles|curries)(?:[ \t]{1,3}(?:&|and|n'|'n')[ \t]{1,3}|$))"
    r"{1,4}$",
    re.IGNORECASE,
)


def _remark(place: str) -> bool:
    """A remark before the bullet, not a venue ("Sold out • 24 Sep", "Family friendly • 17 Sep", "Free entry"): a
    remark's words, or a last word in lower case with no place's noun (review35; "Teatro la Fenice", "Sala grande"
    stay places)."""
    words = place.split()
    if NOT_VENUE.search(place) or DISH.match(place):
        return True  # "By Anna Smith", "Season 3", "Full-time" (review36); "Pie & Mash" (left35)
    return a_remark(place) or (words[-1][:1].islower() and PLACE_NOUN.search(place) is None)
