"""A meeting's way in on its own page: "Join via Webex", "Watch on Facebook Live". Pure.

Beside a meeting's documents, a page about one meeting links where to follow it: a video-meeting or stream
address behind words that say to join or watch it. Such a link belongs to the meeting (its ``links``), as its
agenda does; a "Join our mailing list" or "Watch our new video" link to an ordinary page does not.
"""

from __future__ import annotations

import re

from sources.adapters._meeting_hosts import is_meeting_url

WAY_IN = re.compile(r"^(?:watch|join|stream|listen)\b", re.I)
LINE_LENGTH = 80  # a short line around the link: "Watch live streaming of board meeting."
STREAMED = re.compile(r"\b(?:live|livestream|live-stream|webcast|broadcast)\b", re.I)


def way_in(text: str, href: str, line: str = "") -> bool:
    """Whether a link is how to follow the meeting: its words, or the short line that holds them ("Watch <a>live
    streaming of board meeting</a>."), begin with join/watch/stream/listen, and its address is a video meeting's or
    a stream's, or those words say it is live ("Watch on Facebook Live")."""
    words = " ".join(text.split())
    around = " ".join(line.split())
    said = words if WAY_IN.match(words) else ""
    if not said and words and len(around) <= LINE_LENGTH and WAY_IN.match(around) and words in around:
        said = around
    return bool(said) and (is_meeting_url(href) or STREAMED.search(said) is not None)
