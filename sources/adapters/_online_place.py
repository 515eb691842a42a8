"""A place field that names only an online room: "Online", "Virtual", "Zoom", "Online / Zoom link to follow",
"Via Zoom (link sent after registration)", "Online<br>Zoom link to follow". Such an event is held online and has no
venue: the words are how to attend, not where. Pure.

The field's words, once the online rooms (ONLINE_ROOMS) and the words that say how the room is reached
(HOW_TO_JOIN: "link", "to follow", "sent after registration", a meeting host's URL) are taken out, must leave
nothing, and name at least one room. A place that only shares a word with them ("Online Cafe, 12 Main St", "Zoom
Arena", "Town Hall / Online": a hybrid event's hall) keeps its name. Rooms that are everyday words (EVERYDAY_ROOMS:
"stream", "meet", "digital", "remote") name a place when nothing but such words names the room and the field opens
with an article or holds "room" ("The Stream", "Stream Room", "The Meet": a bar's, a hall's name); "Stream",
"Remote", "Google Meet" alone are still online.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

from sources.adapters._meeting_hosts import is_meeting_url

ONLINE_ROOMS = frozenset(
    {"online", "virtual", "virtually", "zoom", "teams", "webex", "webinar", "livestream", "livestreamed", "jitsi",
     "youtube", "twitch", "discord", "gotomeeting", "skype", "remote", "remotely", "digital", "en ligne", "meet",
     "stream", "streamed", "streaming"}
)  # fmt: skip
HOW_TO_JOIN = frozenset(
    {"via", "on", "by", "in", "over", "per", "über", "the", "a", "an", "and", "or", "only", "event", "meeting",
     "session", "room", "call", "video", "conference", "videoconference", "platform", "live", "microsoft", "google",
     "link", "links", "url", "details", "info", "information", "access", "login", "to", "be", "will", "follow",
     "follows", "sent", "send", "emailed", "email", "provided", "shared", "posted", "given", "after", "upon",
     "before", "with", "your", "registration", "register", "registering", "rsvp", "confirmation", "tba", "tbc",
     "tbd", "later", "soon", "closer", "date", "folgt", "wird", "nachgereicht", "zugeschickt", "nach", "anmeldung",
     "lien", "suivre", "envoyé", "après", "inscription"}
)  # fmt: skip
_URL = re.compile(r"https?://\S+", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]{0,200}>")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
ONLINE_LINK = "Online meeting"  # the label of the meeting's address a place field gave
MAX_TEXT = 300  # characters: a longer field is a description, not a room's name
# Online rooms that are also everyday words, and so the names of bars, halls and rooms ("The Stream", "Stream Room").
EVERYDAY_ROOMS = frozenset({"stream", "streamed", "streaming", "meet", "digital", "remote", "remotely"})
ARTICLES = frozenset({"the", "a", "an"})
# The rooms a line may name among other words ("Zoom link to follow", "Teams meeting", "Remote"): the online rooms
# but the everyday words, which name bars and halls as often ("Digital Lab", "The Stream"); "live stream" as words.
NAMED_ROOMS = (ONLINE_ROOMS - EVERYDAY_ROOMS) | {"remote"}


def online_only(place: str | None) -> bool:
    """Whether a place field names only an online room and how to reach it (see the module's note)."""
    if not place or len(place) > MAX_TEXT:
        return False
    place = _TAG.sub(" ", place)  # "Online<br>Zoom link to follow"
    urls = _URL.findall(place)
    if any(not is_meeting_url(url.rstrip(".,;)")) for url in urls):
        return False
    text = _URL.sub(" ", place).casefold().replace("en ligne", "online")
    if any(character.isdigit() for character in text):
        return False  # a street number, a room number, a date: a place or more than a room's name
    found = _WORD.findall(text)
    rooms = [word for word in found if word in ONLINE_ROOMS]
    if not rooms or not all(word in ONLINE_ROOMS or word in HOW_TO_JOIN for word in found):
        return False
    everyday = all(word in EVERYDAY_ROOMS for word in rooms)
    return not (everyday and (found[0] in ARTICLES or "room" in found))  # "The Stream", "Stream Room": a name


def names_online_room(text: str) -> bool:
    """Whether a line names an online room anywhere among its words ("Online", "via Zoom", "Teams meeting", "Live
    stream"): a line that is not a venue's name, though more than a room's (online_only)."""
    words = _WORD.findall(text.casefold().replace("en ligne", "online"))  # French's two words, as online_only reads
    return any(word in NAMED_ROOMS for word in words) or any(
        pair == ("live", "stream") for pair in zip(words, words[1:], strict=False)
    )


def meeting_link(place: str | None) -> str | None:
    """The meeting host's address a place field names ("Virtual Meeting - https://zoom.us/j/92667922137"), if any."""
    for url in _URL.findall(_TAG.sub(" ", place or "")[:MAX_TEXT]):
        url = url.rstrip(".,;)")
        if is_meeting_url(url):
            return url
    return None
