"""Fields beside an event that belong to something else: its recording, its host's tools, one element of a list.

- The address of a session's recording ("recording_url", "recording.url", a "recordUrl" object, a "record_url"
  whose address names a recording: "…/rec/12", "…/12.mp4") or of the tools its host manages it with
  ("host_tools_url", an "admin_url", an "edit_url") is not the page a person reads about the event on. A
  "record_url" whose address names none is the record's own page.
- The first element of a list beside each event ("Prices": [{"IsOnline": …}], "CourseAgendas": [{"CourseAgendaType":
  "Session"}]) is that element: its flag or its kind is the price's or the programme item's, not the event's. A list
  of the event's own classifications ("genres": [{"type": "Jazz"}], "categories": [{"name": …}]) is the exception;
  so is a list of the event's places for a flag saying it is held online ("locations": [{"is_online": true}]).
- An address read in an element of a list of the record's related links ("links": [{"title": "Slides", "url"}], a
  Pentabarf talk's ``<links><link href="…">Submit feedback</link></links>``) is one of the resources the record
  points to, each named by its own label (a feedback form, a PDF), not the page of the event (batch 45, feeds).
- A bookmaker's link beside a game (XMLSOCCER's "BetAtHomeLink": affiliates.bet-at-home.com/…, "InterwettenLink":
  …/sportsbook/e/9752883/) is where to bet on it, not its page: the key says so ("bet", "odds", "sportsbook"…) or
  most of its addresses do in their host or path (batch 49, feeds).

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from sources.adapters._json_meeting_words import HOST_LINK_WORDS
from sources.adapters._json_shapes import Column, words

# A recording's address: the word in the key itself ("recordUrl", "recording_url") or the object the URL is in
# ("recording": {"url": …}, "recordUrl": {"url": …}). Not an object named "record" otherwise ("record",
# "eventRecord", "record_info"): an API may wrap each item, or its page's fields, in one.
RECORDING_WORDS = frozenset({"record", "recording", "recordings"})
RECORDING_HOLDERS = frozenset({"recording", "recordings"})
# A "record_url" or "recordUrl" alone names the record (the item's own page), unless its address names a recording:
# a part of its path ("/rec/12", "/recordings/", "/replay/", "/vod/") or a media file's extension.
RECORDING_PATH_WORDS = frozenset({"rec", "recording", "recordings", "replay", "replays", "vod", "playback", "video",
                                  "videos", "mp4", "m3u8", "webm", "mov", "mp3", "m4a"})  # fmt: skip
# The organiser's side of an event: where its host signs in to manage it, not where the public reads about it.
URL_WORDS = frozenset({"url", "urls", "link", "links", "href", "uri"})  # what a "recordUrl" object is named for
TOOL_WORDS = frozenset({"tools", "admin", "edit", "manage", "dashboard"}) | HOST_LINK_WORDS  # "start_url": the host's
# Betting: a bookmaker's link's key ("BetAtHomeLink", "oddsUrl") or words of its address ("affiliates.bet-at-home.com",
# "/sportsbook/e/9752883/").
# Not "affiliate": a ticket seller's affiliate link ("affiliate_url") is the event's own page, as bought through.
BETTING_WORDS = frozenset({"bet", "bets", "betting", "odds", "bookmaker", "bookmakers", "sportsbook", "wager",
                           "wagers"})  # fmt: skip
CLASSIFICATION_WORDS = frozenset(
    {"category", "categories", "genre", "genres", "classification", "classifications", "kind", "kinds", "type",
     "types", "tag", "tags", "keyword", "keywords", "topic", "topics", "theme", "themes", "subject", "subjects"}
)  # fmt: skip


def someone_elses_url(column: Column) -> bool:
    """A URL column whose key says it is a recording's or the host's tools' address, or a bookmaker's link."""
    parts = column.path.split(".")
    own = set(words(parts[-1]))
    holder = set(words(parts[-2])) if len(parts) > 1 else set()
    recording_holder = bool(holder & RECORDING_HOLDERS) or (
        "record" in holder and bool(holder & URL_WORDS)
    )  # "recordUrl"
    recording = bool(own & RECORDING_HOLDERS) or ("record" in own and _addresses_name_recordings(column))
    return bool(own & TOOL_WORDS or holder & TOOL_WORDS) or recording or recording_holder or bookmakers_link(column)


def bookmakers_link(column: Column) -> bool:
    """A URL column whose key, or most of whose addresses (host and path), name betting: a bookmaker's link."""
    if set(column.key_words) & BETTING_WORDS:
        return True
    strings = column.strings()
    named = sum(1 for text in strings if set(words(_host_and_path(text).replace(".", "/"))) & BETTING_WORDS)
    return bool(strings) and named * 2 > len(strings)


def _host_and_path(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[": no address at all
        return ""
    return f"{parts.hostname or ''}/{parts.path}"


def _addresses_name_recordings(column: Column) -> bool:
    """Whether most of a "record_url" column's addresses name a recording in their path."""
    strings = column.strings()
    named = sum(1 for text in strings if set(words(_path(text).replace(".", "/"))) & RECORDING_PATH_WORDS)
    return bool(strings) and named * 2 >= len(strings)


def _path(url: str) -> str:
    try:
        return urlsplit(url).path
    except ValueError:  # "http://[": no address at all
        return ""


def list_element_field(column: Column) -> bool:
    """A field read in one element of a list ("Prices.0.IsOnline"): the element's, not the item's."""
    return any(part.isdigit() for part in column.path.split("."))


def in_classification_list(column: Column) -> bool:
    """A field read in an element of a list of the item's classifications ("genres.0.type")."""
    return _in_lists_of(column, CLASSIFICATION_WORDS)


# The lists of an event's own places: the first one's flag says where the event is held, as its name is the venue's.
PLACE_LIST_WORDS = frozenset({"venue", "venues", "location", "locations", "place", "places", "room", "rooms", "site",
                              "sites"})  # fmt: skip


def in_place_list(column: Column) -> bool:
    """A field read in an element of a list of the item's places ("locations.0.is_online")."""
    return _in_lists_of(column, PLACE_LIST_WORDS)


def _in_lists_of(column: Column, vocabulary: frozenset[str]) -> bool:
    """Whether the column is read in list elements only, every list named with a word of ``vocabulary``."""
    parts = column.path.split(".")
    lists = [parts[index - 1] for index, part in enumerate(parts) if part.isdigit() and index]
    return bool(lists) and all(set(words(name)) & vocabulary for name in lists)


# The lists of resources a record points to beside itself: a list so named ("links": [{…}]), or the key holding the
# list ("links": {"link": [{…}]}, an XML <links> of <link> elements). A singular "link" list alone is no such list
# (Atom's links read as data, "link": [{"rel": "alternate", "href"}], hold the entry's own page).
RELATED_WORDS = frozenset({"links", "resources", "references", "related", "downloads"})


def in_related_links(column: Column) -> bool:
    """Whether a field is read in an element of a list of the record's related links ("links.0.url",
    "links.link.0.href")."""
    parts = column.path.split(".")
    for index, part in enumerate(parts):
        if not (part.isdigit() and index):
            continue
        names = parts[max(0, index - 2) : index]
        if any(set(words(name)) & RELATED_WORDS for name in names):
            return True
    return False
