"""Telling a video-meeting or streaming address from any other web address. Pure; shared by every reader that
meets a place written as a URL (a feed's ``<venue>``, a JSON record's or a page's place field: ``_online_place``).

A place field holding such a URL ("https://us02web.zoom.us/j/123456") says the event is online; any other URL
there is the venue's website, not a place on the internet.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from urllib.parse import urlsplit

# Hosts of video meetings and streams, matched with any subdomain (us02web.zoom.us, www.youtube.com).
MEETING_HOSTS = (
    "zoom.us", "zoom.com", "meet.google.com", "teams.microsoft.com", "teams.live.com", "webex.com",
    "gotomeeting.com", "goto.com", "whereby.com", "meet.jit.si", "youtube.com", "youtu.be", "twitch.tv",
    "vimeo.com",
)  # fmt: skip


def is_meeting_url(url: str) -> bool:
    """A URL on a video-meeting or streaming host (any subdomain: us02web.zoom.us, www.youtube.com)."""
    host = (urlsplit(url).hostname or "").casefold()
    return any(host == known or host.endswith(f".{known}") for known in MEETING_HOSTS)
