"""What the records of video-meeting and webinar APIs call their parts (batch 45, APIs).

A meeting's or a webinar's name is its ``"topic"`` (Zoom's meetings and webinars, and the conferencing APIs
modelled on them): it names the record as a ``"subject"`` names a calendar entry, and as "onderwerp", "sujet" and
"temat" already do in other languages (``_json_other_words``), below a ``"title"`` or a ``"name"`` beside it. A
record's list of topics, or a topic beside its own title, is still a category (``_json_owned``).

A participant's ``"join_time"`` and ``"leave_time"`` (``"joined_at"``, ``"left_at"``, a member's ``"join_date"``)
are when a person came into a meeting or a group and went: an attendance or membership record's stamps, never the
start or the end of anything one goes to, as a check-in time is not (``"checkin"`` in ``_json_fields.NOT_DATE``).

A name in an e-mail address (``"organizer": {"emailAddress": {"name": "Developer", "address": "dev@…"}}``, how
Microsoft Graph writes a person) is the person's, not a place's, though its object is an "address"
(``_json_extras``). A meeting's ``"start_url"`` is where its host starts it (Zoom's, with the host's token), not the
public page: as a host's "admin" or "manage" link is someone else's address (``_json_owned.TOOL_WORDS``).

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

__all__ = ["ATTENDANCE_WORDS", "HOST_LINK_WORDS", "MAILBOX_WORDS", "MEETING_TITLE_WORDS", "in_mailbox"]

# Weighted as the other languages' words for a subject are: below "title" (3.0) and "name" (2.0).
MEETING_TITLE_WORDS = {"topic": 1.5}
# The words of a key that says when someone joined or left (their inflections included).
ATTENDANCE_WORDS = frozenset({"join", "joins", "joined", "joining", "leave", "leaves", "left", "leaving"})
# An e-mail address object's words ("emailAddress", "mail"): a person's mailbox, whatever its "address" says.
MAILBOX_WORDS = frozenset({"email", "mail", "mailbox"})
# The words of a URL key for the host's own way in ("start_url"): the host's, never the event's page.
HOST_LINK_WORDS = frozenset({"start"})


def in_mailbox(context: AbstractSet[str]) -> bool:
    """Whether a field sits in an e-mail address object (the words of the objects above it)."""
    return bool(context & MAILBOX_WORDS)
