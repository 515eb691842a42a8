"""A day a record or a song comes out, written in a news post: no event (for ``rss``). Pure.

An entertainment news feed reports "MOMOLAND will be making a comeback with a brand new song on January 14th" and
"Changmin Announces January Comeback": the day is when a single is released, and nobody gathers for it. Read from
the post's words, it became an event on 14 January. So a date a news post's words give (the post has a pubDate: the
same ``reported`` check as a day the post reports, ``_feed_not_event_dates``) is set aside when its own clause (back
to the sentence's start, at most REACH characters) names a release - "comeback", "release(s|d)", "drops", "album",
"single", "EP", "mixtape", "new song", "tracklist" - and nothing that happens somewhere (``_feed_release_series
.HAPPENING``: "release party", "album launch concert", "live", "tour", "at …").

A release's gathering is a happening too (review47): "a release show", "the EP launch (event)", "a release
celebration", "an album signing", "a listening session", "a showcase", "takes place" (``GATHERING``); "the album
launches", "drops", "is released" stay a release's day.

Left as they were: "Album release party on January 14th", "Comeback showcase live on January 14th" (a happening),
a release word in another sentence, a feed that says it lists events (its prose is read without this check).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

from sources.adapters._feed_release_series import HAPPENING

REACH = 120
RELEASE = re.compile(
    r"\b(?:comeback|releas(?:e[sd]?|ing)|drop(?:s|ping)?|album|single|EP|mini-album|mixtape|new[^\S\n]song"
    r"|tracklist|pre-release)\b",
)
GATHERING = re.compile(  # a release's gathering (review47): the nouns, not "launches"/"launching"
    r"\b(?:show(?:case)?|event|launch|celebration|signing|session|takes[^\S\n]place|doors)\b", re.IGNORECASE
)
SENTENCE_END = re.compile(r"[.!?;\n](?=[^.!?;\n]*\Z)")


def release_day(text: str, start: int) -> bool:
    """Whether the date found at ``start`` of ``text`` is a release's day: its clause names a release, no happening."""
    before = text[max(0, start - REACH) : start]
    end = SENTENCE_END.search(before)
    clause = before[end.end() :] if end else before
    return bool(RELEASE.search(clause)) and not HAPPENING.search(clause) and not GATHERING.search(clause)
