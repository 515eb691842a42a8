"""A schedule line's place written the way listings of shows write it: after "at the" and before a town, or as "Venue,
Town, ST" (helper pages115). Pure.

A band's Shows page lists one show a line after its date, each in its own shape, and the line reader found the place
of few of them:

- "The Town's Half Marathon playing at the Lake Merritt Gazebo in Oakland, CA" and "New Sun Company with Safety Talk +
  Dave Deporis + Jeremy Lyon at the Awaken Cafe, Oakland": the place reader splits at "at" before a capital and so
  passed over "at the" (lower case), and took "in Oakland, CA" for the whole place. A name, "at the" (after a
  performer's verb or not), a capitalised venue and its town after a comma or "in" (with its state's code or not)
  to the line's end: the name is the title, the venue and town the place (``at_the_place``);
- "Horror Cave Beach Show, Sutro Baths, San Francisco, CA" and "Generator Jamz in the Park!, Golden Gate Park / Baker
  Beach, San Francisco, CA": no word leads into the place; its shape says it: a venue, a town and a US state's or a
  Canadian province's code, each after a comma, end the line; what is before them is the title (``tail_place``);
- "Stork Club, Oakland, CA with Jesse R Berlin" and "Stork Club, Oakland, CA": the line opens with that shape, the
  rest (if any) is the bill: the place is the venue, town and code, the title is left as the line gives it.

Not: "Night at the Museum" (no town after the venue), "A Night at the Opera, Act One" (not a town), a one-word name
before "at the" ("Party at the Palace, London": a show's name; a performer's verb before "at" is no name's word), a
lower-case venue, a region written whole ("Songs of Love, Hope, Faith, Georgia": a code is the listings' way), an
occasion's or a work's word in the venue or the town (_page_row_places.OCCASIONS, a work's part: "Act One"), a place
longer than 90 letters. review56: a degree where the town would be ("Heart health talk, Jane Smith, PhD, MD": a
speaker's letters, ``DEGREES``), a bill's names run on by commas ("Panel with Lee, Patel, Kim, PA": after "with",
one word with no place's word is one more name, not a venue). A remark where the town would be ("Quiz Night at the
Crown, All Welcome", "… at the Park, Free Entry", "… at the Library, Members Only": ``REMARK_WORDS``,
_page_not_places' remarks, prices and calls). left43: a film's or a book's title and its stars or author ("Screening:
A Night at the Opera, Marx Brothers", "Night at the Museum, Ben Stiller", "A Year at the Farm, Wendell Berry"): a given
name first or a group's word last where the town would be, with no state's code (``_given_names.person_or_group``).
"""

from __future__ import annotations

import re

from events.pipeline.places import US_STATES
from sources.adapters._given_names import person_or_group
from sources.adapters._page_not_places import REMARK, price_or_call
from sources.adapters._page_place_nouns import PLACE_NOUN
from sources.adapters._page_row_places import OCCASIONS
from sources.adapters._page_words import split_place

# US states' and territories' codes, Canadian provinces' and territories' codes: "Oakland, CA", "Ottawa, ON".
REGION_CODES = frozenset(US_STATES) | frozenset(
    {"AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"}
)
VENUE = re.compile(r"[A-Z0-9][\w'’&.-]*+(?:[ \t]++(?:[A-Z0-9&/][\w'’&.-]*+|of|the|on|de|la|and)(?![\w'’&.-]))*+")
TOWN = re.compile(r"[A-Z][\w'’.-]*+(?:[ \t]++[A-Z][\w'’.-]*+){0,2}")
CODE = re.compile(r"[A-Z]{2}\.?")
PERFORMER_VERB = re.compile(r"(?<![ \t])[ \t]++(?:playing|performing|appearing|live)$", re.IGNORECASE)
AT_THE = re.compile(r"[ \t]at[ \t]++the[ \t]++(?=[A-Z0-9])")
TOWN_LEAD = re.compile(r",[ \t]*+|(?<![ \t])[ \t]++in[ \t]++")
LINE_END = re.compile(r"(?<![ \t.!])[ \t.!]*+$")
BILL = re.compile(r"(?<![ \t])[ \t]++(?:with|w/|featuring|feat\.|\+)[ \t]++\S")
MAX_PLACE = 90
# A speaker's letters after a name, not a town (review56): "Jane Smith, PhD, MD".
DEGREES = frozenset(
    "phd dphil md do dds dmd rn np mph msc ma ba bsc mba llb llm edd esq jr sr ii iii cpa lcsw frcp mrcp".split()
)
# A remark after the venue's comma, where the town would be: "… at the Crown, All Welcome", "Library, Members Only".
REMARK_WORDS = frozenset({"welcome", "only", "free", "required", "needed", "essential", "limited", "tba", "tbc"})
# A work's parts ("A Night at the Opera, Act One", "Opening Night, Act One, Scene Two, CA"): no venue's, no town's
WORK_PARTS = frozenset({"act", "scene", "part", "chapter", "episode", "volume", "movement", "verse"})


def _words(*parts: str) -> set[str]:
    return {word.lower() for part in parts for word in re.findall(r"[^\W\d_]+", part)}


def _place(venue: str, town: str, code: str | None) -> str | None:
    if code is not None and code.rstrip(".") not in REGION_CODES:
        return None
    if _words(venue, town) & (OCCASIONS | WORK_PARTS):
        return None  # "Opening Night, …", "Requiem, …": a programme's words, no venue's
    if _words(town) & REMARK_WORDS or REMARK.search(town) or price_or_call(town):
        return None  # "… at the Crown, All Welcome", "Park, Free Entry": a remark, no town (review of review56)
    if code is None and person_or_group(town.strip()):
        return None  # "A Night at the Opera, Marx Brothers", "Night at the Museum, Ben Stiller": its stars (left43)
    place = ", ".join(part for part in (venue.strip(), town.strip(), code and code.rstrip(".")) if part)
    return place if len(place) <= MAX_PLACE else None


def _town_code(text: str, start: int) -> tuple[str, str | None, int] | None:
    """The town at ``start`` and the code after its comma (if any), with where they end."""
    town = TOWN.match(text, start)
    if town is None:
        return None
    comma = re.compile(r",[ \t]*+").match(text, town.end())
    code = CODE.match(text, comma.end()) if comma else None
    if code is not None and not re.match(r"(?![\w])", text[code.end() :]):
        code = None
    return town[0], (code[0] if code else None), (code.end() if code else town.end())


def at_the_place(rest: str) -> tuple[str, str] | None:
    """(title, place) from "<name> [playing] at the <Venue>, <Town>[, ST]" (see the module), else None."""
    text = " ".join(rest.split())
    for at in AT_THE.finditer(text):
        venue = VENUE.match(text, at.end())
        lead = TOWN_LEAD.match(text, venue.end()) if venue else None
        found = _town_code(text, lead.end()) if venue and lead else None
        if venue is None or found is None or LINE_END.fullmatch(text, found[2]) is None:
            continue
        raw = text[: at.start()]
        name = PERFORMER_VERB.sub("", raw).rstrip(" ,:;–—-")
        if len(name.split()) < 2 and not PERFORMER_VERB.search(raw):
            return None  # "Party at the Palace, London": one word and "at the …" are a show's name
        place = _place(venue[0], found[0], found[1])
        return (name, place) if place and name else None
    return None


def tail_place(title: str) -> tuple[str, str] | None:
    """(title, place) from a title that ends with, or opens with, "Venue, Town, ST" (see the module), else None.
    When the line opens with the place, the title is left as it is."""
    text = " ".join(title.split())
    venue = VENUE.match(text)
    comma = re.compile(r",[ \t]*+").match(text, venue.end()) if venue else None
    found = _town_code(text, comma.end()) if venue and comma else None
    if venue and found and found[1] and (LINE_END.fullmatch(text, found[2]) or BILL.match(text, found[2])):
        place = _place(venue[0], found[0], found[1])
        if place:
            return text, place
    parts = [part.strip() for part in text.rsplit(",", 3)]
    if len(parts) != 4:
        return None
    name, venue_text, town_text, code_text = parts
    code_text = LINE_END.sub("", code_text)
    if not (VENUE.fullmatch(venue_text) and TOWN.fullmatch(town_text) and CODE.fullmatch(code_text)):
        return None
    if town_text.lower().replace(".", "") in DEGREES:
        return None  # "Jane Smith, PhD, MD": a speaker's letters (review56)
    if BILL.search(name) and len(venue_text.split()) == 1 and not PLACE_NOUN.search(venue_text):
        return None  # "Panel with Lee, Patel, Kim, PA": the bill's names (review56)
    place = _place(venue_text, town_text, code_text)
    name = name.rstrip(" ,:;–—-")
    return (name, place) if place and len(name) >= 3 else None


def line_place(rest: str) -> tuple[str, str]:
    """(title, place) of a schedule line's rest: "… at the <Venue>, <Town>" first, then the place reader's split
    (_page_words.split_place), then a title's "…, Venue, Town, ST" (see the module)."""
    found = at_the_place(rest)
    if found is not None:
        return found
    title, place = split_place(rest)
    if not place and (tailed := tail_place(title)) is not None:
        return tailed
    return title, place
