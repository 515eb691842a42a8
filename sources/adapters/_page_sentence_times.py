"""A dated line's time and place from the sentence right under it (read by _page_line_neighbours.follow_lines). Pure.

A club's social page writes each outing as a line ending in its date and a sentence under it, in the same
paragraph: "Curry Night Friday 12th October 2012" / "We are meeting at Wetherspoons (top of town) at 19.00hrs before
going on to Tuli's for a curry at 20.00 hrs.", "Quiz Night Sunday 30th September 2012" / "BHP Quiz Night at 20.00hrs
at the Portsmouth Arms in Hatchwarren." A dated line that is no heading took a time only from a next line that is
only a time (_page_row_codes.time_line_after). Here the sentence's first time said with "at" is the outing's time
(a 24-hour time with "hrs" glued on, "19.00hrs", as British notices write it, too), and the place said with "at"
in the same sentence, a name of capitalised words ("at Wetherspoons", "at the Portsmouth Arms in Hatchwarren"), its
place. Not read: a sentence with no "at" before its time ("Doors 19.00"), a closing or deadline hour ("Bookings
close at 17.00hrs", "Tickets by 18.00hrs", "Carriages at 01.00hrs": when a ball ends), a line that is a heading or
holds a date, a line in another element, a capitalised word after "at" that is a day, a month or a season ("at
Christmas"); no place without the time in its sentence, nor one said in another sentence ("Booking at
Ticketmaster. Doors open at 19.00hrs."). Closing words count only in the time's own clause: "Please reply by
email, we meet at 19.00hrs" keeps its time. review52: a sale's, a booking's or the return's hour ("Tickets go on sale
at 09.00hrs", "Online booking opens at 10.00hrs", "The coach returns at 23.30hrs", "Lights out at 22.00hrs", "The
previous quiz at 20.00hrs raised £200") is no start; a time of day, a feast, a zone after "at" ("at Dusk", "at
Whitsun", "at BST") or a fixture's side alone ("at Home"; "at Home Park" is a ground) is no place; "at The Crown" is
the Crown. review53: a time of day is no place only alone ("at Sunset"; "the Sunset Bar" is one), a two-word time
only as one ("at Half Time", "at Low Tide"; "the Half Moon", "the New Inn" are pubs); an outing back again ("The quiz
is back at", "Bingo returning at") keeps its hour, the way home ("We should be back at") does not.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_closing_lines import closing_line
from sources.adapters._page_dates import ClockHit, find_clock, find_dates

# "at 19.00hrs", "at 1930hrs", "at 19:00 hrs": a 24-hour time with its "hrs" after it.
AT_HOURS = re.compile(
    r"\bat\s+(?P<h>[01]?\d|2[0-3])[.:]?(?P<m>[0-5]\d)\s?hrs?\b",
    re.IGNORECASE,
)
# "at 7.30pm", "at 20.00 hrs", "at 8 pm": "at" then where find_clock reads a time.
AT_WORD = re.compile(r"\bat\s+(?=\d)", re.IGNORECASE)
# "at Wetherspoons", "at the Portsmouth Arms in Hatchwarren": a place said with "at", its town with "in".
AT_PLACE = re.compile(
    r"\bat\s+(?:[Tt]he\s+)?(?P<place>[A-Z][\w'’&-]*(?:\s+(?:(?:of|on|and|&)\s+)?[A-Z][\w'’&-]*){0,5})"
    r"(?:\s+in\s+(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?(?=[\s,.;:!?(]|$)"
)
NOT_A_PLACE = frozenset(
    {"christmas", "easter", "halloween", "noon", "midnight", "lunchtime", "the", "least", "last", "monday",
     "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
     "may", "june", "july", "august", "september", "october", "november", "december", "weekends", "halftime",
     # review52: a feast or a clock's zone is no place ("at Whitsun", "at BST")
     "whitsun", "pentecost", "lent", "hogmanay", "diwali", "eid", "passover", "hanukkah", "thanksgiving", "gmt",
     "bst", "utc", "cet", "cest"}
)  # fmt: skip
# Alone, a fixture's side or a time of day ("at Home", "at Dusk", "at Sundown", "at Evensong"); a name's first word
# before another ("Home Park" is a ground, "the Sunset Bar", "Sunrise Community Centre", "Twilight Lounge": review53).
LONE_NOT_A_PLACE = frozenset(
    {"home", "away", "dusk", "dawn", "sunset", "sunrise", "twilight", "teatime", "sundown", "nightfall", "daybreak",
     "evensong", "harvest"}
)  # fmt: skip
# A time said in two words ("at Half Time", "at Full Time", "at Kick Off", "at New Year", "at Low Tide"): no place;
# the same first word names a pub or a street before another word ("the Half Moon", "the New Inn", "New Street").
# A moon is a time without "the" ("at Full Moon") and a pub with it ("at the Full Moon": review53).
TIME_PAIRS = frozenset({"half", "full", "kick", "new", "low", "high"})
PAIRED_TIMES = frozenset({"time", "term", "off", "year", "year's", "years", "tide", "moon"})
# A person's title before their name: "Dr Smith", "Cllr Jones", "Revd Canon Brown" (also _page_sibling_lines).
HONORIFICS = r"dr|mr|mrs|ms|miss|mx|prof|professor|rev|revd|sir|dame|cllr|councillor|canon"
# The words before "by" that make it who gives the outing ("led by", "a talk by"), not a deadline's.
BY_WHOM = "".join(
    rf"(?<!\b{word}\s)"
    for word in ("led", "hosted", "given", "run", "presented", "organised", "organized", "performed", "played",
                 "talk", "talks", "lecture", "reading", "recital", "workshop", "presentation", "demonstration")
)  # fmt: skip
# Words before the time that make it when something closes or is due, not when the outing starts.
CLOSING_BEFORE = re.compile(
    r"\b(?:close[sd]?|closing|deadline|due|until|till|ends?|ending|finish(?:es|ing)?|last|carriages"
    # "by" a deadline's ("Reply by Friday at", "Tickets by 18.00hrs"), not who gives the outing (left41): "Talk by
    # Dr Smith at 19.30hrs", "Walk led by Jim at", "Quiz hosted by Dave at" (BY_WHOM)
    rf"|{BY_WHOM}by(?!\s{{1,3}}(?:{HONORIFICS})\b)"
    # review52: a ticket sale's or a booking's hour, the way home, lights out, another occasion's ("The previous quiz
    # at"); not an outing named so ("Bake sale at 14.00hrs", "Back to School Disco at 19.00hrs", "Bingo returns at
    # 20.00hrs", "Festival of Lights at 18.00hrs": the lead's mend)
    r"|on\s{1,3}sale|tickets?\s{1,3}sales?|booking|bookings|lights\s{1,3}out|previous"
    # the way home ("The coach returns at", "We should be back at"), not an outing back again ("The quiz is back at",
    # "Bingo returning at": review53)
    r"|(?:coach|bus|minibus|train|ferry|boat|we|you|everyone)\s{1,3}(?:returns?|returning)"
    r"|(?:be|get|gets|getting|arrive|arrives|arriving|come|coming|head|heading)\s{1,3}back(?=\s{0,3}$|\s{1,3}(?:at|by|home)\b)"  # "$": the time's "at" is cut
    r"|back\s{1,3}home)\b",
    re.IGNORECASE,
)
# Where a sentence ends ("." "!" "?" ";" before a space or the end: not the dot of "19.00") and where a clause does.
SENTENCE_END = re.compile(r"[.!?;](?=\s|$)")
CLAUSE_END = re.compile(r"[.!?;,](?=\s|$)")
MIN_WORDS = 4  # fewer words than this is a line of its own, not a sentence (time_line_after reads those)
MAX_SENTENCE = 300
TIME_EVIDENCE = "time read from the sentence under the date: {text!r}"
PLACE_EVIDENCE = "place read from the sentence under the date: {place!r}"


def _clock(text: str) -> ClockHit | None:
    glued = AT_HOURS.search(text)
    worded = next((hit for match in AT_WORD.finditer(text) if (hit := _after(text, match.end())) is not None), None)
    if glued is not None and (worded is None or glued.start() <= worded.span[0]):
        start = dt.time(int(glued.group("h")), int(glued.group("m")))
        return ClockHit(start, None, glued.span())
    return worded


def _after(text: str, offset: int) -> ClockHit | None:
    hit = find_clock(text[offset:])
    return ClockHit(hit.start, hit.end, (offset, offset + hit.span[1])) if hit and hit.span[0] == 0 else None


def place_in(text: str) -> str | None:
    """The first place said with "at" in ``text`` (AT_PLACE), not a day, a feast or a time of day; None."""
    for match in AT_PLACE.finditer(text):
        place = match.group("place")
        if place.split()[0].casefold() in NOT_A_PLACE or place.casefold() in LONE_NOT_A_PLACE or _timed(match):
            continue
        return f"{place}, {match.group('town')}" if match.group("town") else place
    return None


def _timed(match: re.Match[str]) -> bool:
    """ "at Half Time", "at Kick-Off", "at New Year", "at Full Moon": a time in two words, not "the Half Moon"."""
    first, _, second = match.group("place").casefold().replace("-", " ").partition(" ")
    second = second.split(" ")[0]
    pub = second == "moon" and match.group(0)[3:].lstrip()[:4].casefold() == "the "
    return first in TIME_PAIRS and (second in PAIRED_TIMES or not second) and not pub


def _opening(ends: re.Pattern[str], text: str, at: int) -> int:
    """Where the sentence (or clause) holding ``at`` opens: after the last end before it."""
    opening = 0
    for found in ends.finditer(text, 0, at):
        opening = found.end()
    return opening


def sentence_below(entry: Any, lines: list[Any], line: Any) -> None:
    """A dated line's time (and place) from the sentence under it, in place (see the module)."""
    if entry.time is not None or line.is_heading or line.block is None or line.index + 1 >= len(lines):
        return
    below = lines[line.index + 1]
    text = below.text.strip()
    if below.is_heading or below.block is not line.block or len(text) > MAX_SENTENCE or len(text.split()) < MIN_WORDS:
        return
    if closing_line(text) or find_dates(text, year_hint=2000, today=dt.date(2000, 1, 1)):
        return
    clock = _clock(text)
    # the closing words in the time's own clause: "Please reply by email, we meet at 19.00hrs" keeps its time
    if clock is None or CLOSING_BEFORE.search(text, _opening(CLAUSE_END, text, clock.span[0]), clock.span[0]):
        return
    entry.time, entry.end_time = clock.start, clock.end
    entry.evidence.append(TIME_EVIDENCE.format(text=text[:60]))
    # the place in the time's own sentence: "Booking at Ticketmaster. Doors open at 19.00hrs." names no place
    begin = _opening(SENTENCE_END, text, clock.span[0])
    end = next((found.end() for found in SENTENCE_END.finditer(text, clock.span[1])), len(text))
    place = place_in(text[begin:end]) if entry.location is None else None
    if place:
        entry.location = place
        entry.evidence.append(PLACE_EVIDENCE.format(place=place))
