"""A link to join a meeting says the event is held online: ``"location": {"type": "zoom", "join_url": "https://…"}``
(Calendly), ``"onlineMeeting": {"joinUrl": …}`` (Microsoft Graph), ``"join_link"``.

The online address of an event is found by its key naming going online ("onlineAddress", "zoomLink",
``_json_extras.online_address_column``); a key naming the act of joining beside a link word ("join" with "url",
"uri", "link", "href" or "web") holding web addresses is one too, whatever service it names. Not such a link: one to
join a group, a club or a mailing list ("group.join_url", "membership_join_link": signing up, not attending), and a
"join" key that holds no web addresses ("joined_at", "join_date").

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from sources.adapters._json_shapes import Column, url_share

__all__ = ["join_link_column"]

JOIN_WORDS = frozenset({"join"})
LINK_WORDS = frozenset({"url", "uri", "link", "href", "web"})
# Joining these is signing up to them, not attending an event online.
MEMBERSHIP_WORDS = frozenset({"group", "groups", "member", "members", "membership", "club", "community", "newsletter",
                              "mailing", "waitlist", "subscription", "subscribe"})  # fmt: skip
URL_SHARE = 0.8  # of the column's values that are web addresses


def join_link_column(column: Column) -> bool:
    """A column of links to join each item's meeting."""
    names = set(column.key_words)
    if not names & JOIN_WORDS or not names & LINK_WORDS or column.all_words & MEMBERSHIP_WORDS:
        return False
    return bool(column.present) and url_share(column) >= URL_SHARE
