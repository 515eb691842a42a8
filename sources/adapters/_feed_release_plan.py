"""A recording's item announcing when the next ones come out: no event (for ``rss``). Pure.

A podcast's or a video channel's item carries its media as an enclosure (``_feed_recordings``). Its words often
announce the show's new schedule, with the day it begins: "Podcast Help Desk going 2 times weekly starting
December 16th", "New episodes every Friday from 3 March", "zweimal pro Woche ab dem 16. Dezember", "chaque semaine
à partir du 16 décembre". That day is when episodes start coming out, not a time anyone gathers: read as an event,
it lists a podcast's release day in a city's calendar. So an item with an audio or video enclosure whose words
name a frequency of release ("2 times weekly", "twice a week", "every Friday", "weekly", "wöchentlich") followed
within the clause by the word that opens its first day ("starting", "beginning", "from", "as of", "ab", "à partir
du", "a partir de", "desde") is set aside with that reason.

Left as they were: a recording's item whose clause names a happening ("Live taping every Friday starting June 5",
"weekly quiz night from 3 March": ``_feed_release_series.HAPPENING``), an item without such media (a class "twice a
week starting January 5" is a series of sessions, read as before), and a recording whose dates the words give with
no frequency ("Live show on December 16").

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._feed_recordings import recording_media
from sources.adapters._feed_release_series import HAPPENING

RELEASE_PLAN = (
    "The item is a recording (its enclosure is {media}) announcing when its show comes out ({plan!r}): a schedule of "
    "releases, not an event."
)
_FREQUENCY = (
    r"(?:\d{1,2}|two|three|twice|once|zwei|drei|deux|trois|dos|tres|(?:ein|zwei|drei)mal|une[^\S\n]fois)"
    r"(?:[^\S\n]++(?:times?|mal|fois|veces))?"
    r"[^\S\n]++(?:a|per|each|pro|in[^\S\n]der|par|por|a[^\S\n]la)[^\S\n]++(?:week|month|day|woche|monat|tag|semaine|mois"
    r"|jour|semana|mes|d[ií]a)"
    r"|(?:\d{1,2}|two|three)[^\S\n]++times?[^\S\n]++(?:weekly|monthly|daily)"
    r"|(?:bi-?)?weekly|fortnightly|monthly|daily|w[öo]chentlich|monatlich|t[äa]glich|hebdomadaire|semanal(?:mente)?"
    r"|every[^\S\n]++(?:other[^\S\n]++)?(?:week|month|day|weekday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?"
    r"|(?:chaque|toutes[^\S\n]les)[^\S\n]++semaines?|jede[^\S\n]++woche|cada[^\S\n]++semana"
)
RELEASE_START = re.compile(
    rf"\b(?:{_FREQUENCY})\b[^\n.!?]{{0,40}}?\b(?:starting|beginning|from|as[^\S\n]of|ab|à[^\S\n]partir[^\S\n]d[eu]"
    rf"|a[^\S\n]partir[^\S\n]de|desde|dès)\b",
    re.IGNORECASE,
)
SCAN_LIMIT = 3000  # the opening of a description: where an episode's announcement is written
_CLAUSE_END = re.compile(r"[.!?\n]")


def release_plan(entry: Mapping[str, Any], texts: list[str | None]) -> str | None:
    """Why the item is a release schedule's announcement (``RELEASE_PLAN``), or None when it may be an event's."""
    media = recording_media(entry)
    if media is None:
        return None
    for text in texts:
        window = (text or "")[:SCAN_LIMIT]
        for match in RELEASE_START.finditer(window):
            clause = _clause(window, match.start(), match.end())
            if HAPPENING.search(clause) is None:
                return RELEASE_PLAN.format(media=media, plan=match.group(0))
    return None


def _clause(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``: from the last sentence end before it to the next one after it."""
    opening = max((found.end() for found in _CLAUSE_END.finditer(text, max(0, start - 300), start)), default=0)
    closing = _CLAUSE_END.search(text, end)
    return text[opening : closing.start() if closing else min(len(text), end + 300)]
