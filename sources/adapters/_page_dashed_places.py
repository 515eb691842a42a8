"""A dated line's place after a dash in its title: the event's venue, so the title rule can cut it (left33). Pure.

A pub's or a hall's listing writes "Friday 20 June 2031, 7pm — Quiz night – The Crown, Leeds": the line reader took
"Quiz night – The Crown, Leeds" as the title and no place, while "… 7pm: Quiz night at The Crown, Leeds" (an "at")
and a table's Venue column gave the place, and the pipeline's title rule (``events.pipeline.titles.strip_own_noise``:
a trailing segment that is the event's own venue goes when what remains is still a full title; the source's title is
kept as ``source_title``) cut it. Now the last segment after a spaced dash is the entry's place when nothing else
gave one and it reads as a place:

- by its own words (a place's noun, an address, a label: "Village Hall", "St Mary's Church, Leeds", "12 Oak St"), or
- as the same place on two or more of the schedule's lines ("The Crown, Leeds" under every gig), capitalised words
  and a short town after one comma, no digits (a match's "HC Kometa Brno - Banes Motor České Budějovice" on every
  line of a club's schedule names the other side, not a place: the first draft took it, the corpus caught it).

And what stays before the dash must be a full title (``is_full_title``: "Quiz night", not "Quiz"). The title itself
is left whole: the title rule cuts the place, as it cuts a table row's ("Quiz night", source_title "Quiz night – The
Crown, Leeds").

Not: the other side of a fixture ("First XI - Riverside Park Rangers"; a segment that is another line's name, "Pala
Norte - Club Sur" over "Club Sur - Los Robles") nor a subtitle that opens "Live at" or "In
concert" ("Jay-Z – Live at the Arena"; review42); the performers after the dash ("Spring concert – Grand Theatre Orchestra", "– Chapel Hill Choir": a group's word
closes the name, review35); a subtitle after the dash ("Hamlet – A Tragedy", "Jazz night – Summer Special" on one line, "Part Two"), a
subtitle that repeats but is no place ("Summer Season 2031": digits; "Live Music, Every Friday": a remark), a place
already found, a name too short to stand alone ("Quiz – Village Hall" keeps "Quiz – Village Hall"'s place out), a
segment repeated on every line when the page's title puts the events at another place ("Swing nights at the Blue
Room" over "Swing night – The Jive Aces, London": a resident band and its home town; review36).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from events.pipeline.titles import is_full_title
from sources.adapters._page_line_places import _names_a_place, looks_like_place

DASH = re.compile(r"[ \t][–—-][ \t]")  # a spaced dash: "Quiz night – The Crown"; not "Jay-Z" nor "7–9pm"
MAX_PLACE = 60  # characters of a venue and its town
MAX_TOWN_WORDS = 3
DIGIT = re.compile(r"\d")
MAX_TITLE = 200
# The page's title saying where: "Swing nights at the Blue Room", "Jazz @ The Vaults" (capitalised words after it).
AT_PLACE = re.compile(
    r"(?:\bat|@)[ \t]{1,3}(?P<place>(?:the[ \t]{1,3})?[A-Z][\w'’&.-]{0,30}(?:[ \t]{1,3}[A-Z][\w'’&.-]{0,30}){0,4})"
)
# A performing group's word closing the segment's name ("Grand Theatre Orchestra", "Chapel Hill Choir", "Hall Street
# Band"): who performs, though a place's noun stands in the name (review35).
PERFORMERS = re.compile(
    r"\b(?:orchestra|orchester|orchestre|orquesta|orkest|choir|chorus|chor|ch(?:œ|oe)ur|koor|coro|band|ensemble|"
    r"quartet+|quintet+|trio|duo|singers|players|philharmoni[ac]|sinfonietta|symphony|sinfonie|consort|company)\s*$",
    re.IGNORECASE,
)

# A side's word closing the segment ("Riverside Park Rangers", "Hall Green United", "Old Boys 2nd XI"): the other
# team, though a place's noun stands in its name; and a segment that opens as a subtitle or a fixture ("Live at the
# Arena", "In Concert at the Town Hall", "vs Hall Green"): no place of its own (review42).
SIDES = re.compile(
    r"\b(?:united|utd|rangers|rovers|wanderers|athletic|albion|hotspur|academicals|fc|afc|rfc|xi|xv)\.?\s*$",
    re.IGNORECASE,
)
NOT_A_PLACE_LEAD = re.compile(r"^(?:live\b|in[ \t]concert\b|vs?\.?[ \t]|versus\b|against\b)", re.IGNORECASE)


def _split(title: str | None) -> tuple[str, str] | None:
    """(name, the last segment after a spaced dash) of a title, or None."""
    if not title or len(title) > 200:
        return None
    dashes = list(DASH.finditer(title))
    if not dashes:
        return None
    name, place = title[: dashes[-1].start()].strip(), title[dashes[-1].end() :].strip(" ,.;")
    if not place or len(place) > MAX_PLACE or not is_full_title(name):
        return None
    return name, place


def _venue_and_town(place: str) -> bool:
    """ "The Crown, Leeds", "Blue Lantern": capitalised words, at most a short town after one comma, no digits."""
    parts = [part.strip() for part in place.split(",")]
    if len(parts) != 2 or DIGIT.search(place) or not all(parts):
        return False  # a side's or a subtitle's name alone ("HC Kometa Brno - Banes Motor") is no venue and town
    return looks_like_place(place) and len(parts[1].split()) <= MAX_TOWN_WORDS


def _elsewhere(place: str, title: str | None) -> bool:
    """Whether the page's title puts its events at another place ("Swing nights at the Blue Room" over "– The Jive
    Aces, London" on every line: a resident band and its home town, review36)."""
    found = AT_PLACE.search((title or "")[:MAX_TITLE])
    if found is None:
        return False
    venue, said = place.split(",", 1)[0].strip().lower(), found["place"].lower()
    return venue not in said and said not in place.lower()  # "Live at Leeds" over "– The Brudenell, Leeds": a town


def dashed_places(entries: list[Any], title: str | None = None) -> list[Any]:
    """``entries`` with the place each one's title writes after a dash as its location (see the module); the page's
    ``title`` may say where they all are, so that a segment repeated on every line is someone else's (``_elsewhere``)."""
    splits = {id(entry): _split(entry.title) for entry in entries if entry.location is None}
    seen = Counter(found[1] for found in splits.values() if found is not None)
    # a segment that is another line's name ("Pala Norte - Club Sur" and "Club Sur - Los Robles"): a fixture's sides
    sides = {found[0].casefold() for found in splits.values() if found is not None}
    for entry in entries:
        found = splits.get(id(entry))
        if found is None:
            continue
        place = found[1]
        if PERFORMERS.search(place.split(",", 1)[0]):
            continue  # "Spring concert – Grand Theatre Orchestra": the performers (review35)
        if SIDES.search(place.split(",", 1)[0]) or NOT_A_PLACE_LEAD.match(place) or place.casefold() in sides:
            continue  # "First XI - Hall Green United", "Jay-Z – Live at the Arena" (review42)
        if (_names_a_place(place) and looks_like_place(place)) or (
            seen[place] >= 2 and _venue_and_town(place) and not _elsewhere(place, title)
        ):
            entry.location = place
    return entries
