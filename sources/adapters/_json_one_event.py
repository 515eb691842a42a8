"""One event as a whole document, for the inference (``_json_infer``): an endpoint for one event
(``/events/2644``) is read as that event when no list in it reads as surely, the document itself or one object
under wrapper keys that name items ("resultsPage" → "results" → "event"); and what tells such an object from a
post, an error or a record holding its events. Also the paths' small helpers the inference shares with it.
Moved out of ``_json_infer`` as it was, to keep that module under its size limit.

Pure: no database, no network.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from sources.adapters._json_activity_object import published_object
from sources.adapters._json_before import event_holding_earlier_list
from sources.adapters._json_framework_wrappers import MAX_WRAPPERS, framework_wrapper
from sources.adapters._json_plays import on_air
from sources.adapters._json_result_member import result_member
from sources.adapters._json_shapes import words

if TYPE_CHECKING:
    from sources.adapters._json_infer import DayOrder, Inference

ITEM_KEYS = frozenset({"events", "event", "items", "results", "data", "records", "value", "hits", "meetings",
                       "entries", "edges", "nodes", "rows", "list", "graph", "calendar", "docs", "objects",
                       "upcoming"})  # fmt: skip
# The words naming a list's container after its head noun ("eventsArray", "event_collection"); "list" is an item
# word of its own ("eventList", "list").
CONTAINER_WORDS = frozenset({"array", "collection"})
# A list named for what a record carries ("mediaList", "imageItems", "fileList"): its attachments, not its events.
ATTACHMENT_WORDS = frozenset({"media", "image", "images", "photo", "photos", "picture", "pictures", "file", "files",
                              "attachment", "attachments", "document", "documents", "video", "videos", "audio",
                              "link", "links", "tag", "tags", "category", "categories"})  # fmt: skip
# A key naming an event's own start, end or place: what makes an object with a date one event, not a record
# published on a date ("date", "created", "modified", "pushed_at", "timestamp", "date_gmt" say nothing more).
ONE_EVENT_WORDS = frozenset({"start", "starts", "begin", "begins", "dtstart", "end", "ends", "dtend", "venue",
                             "location", "event", "when"})  # fmt: skip
PUBLICATION_WORDS = frozenset({"created", "updated", "modified", "pushed", "published", "posted", "timestamp",
                               "gmt", "last", "issued", "changed"})  # fmt: skip
# The words of an event's start, and the publication words that only say how a time is written ("timestamp", "gmt").
START_KEY_WORDS = frozenset({"start", "starts", "begin", "begins", "dtstart"})
FORMAT_STAMP_WORDS = frozenset({"timestamp", "gmt"})
# Such a start is an event's when the object says more of one (review27): an end, a place, who is invited or answers
# ("recipients", "responses", as a club app's events write them). Alone beside a song's "artist", a build's "status"
# or a backup's "size_mb", a "startTimestamp" is when a playback or a run began.
OTHER_EVENT_WORDS = (ONE_EVENT_WORDS - START_KEY_WORDS) | frozenset(
    {"attendees", "attendance", "responses", "rsvp", "rsvps", "participants", "recipients", "invitees", "guests",
     "organizer", "organiser", "host", "place", "address", "meeting", "meetup"}
)  # fmt: skip
NOT_EVENT_KINDS = frozenset({"post", "page", "attachment", "article", "error", "fail", "failure", "repository"})
MAX_OWN_KEYS = 200
MAX_LISTS_ASKED = 3  # lists under item-naming keys read through to see whether they hold events
ONE_EVENT = "items ← {path} (one object with its own title and start: a single event)"
WRAPPER_DEPTH = 3  # how deep under item-naming keys one event is looked for ("resultsPage.results.event")
# An object of an event's dates ("dates": {"start": {...}}, Ticketmaster Discovery) says it is an event's.
DATES_WORDS = frozenset({"date", "dates", "time", "times"})  # not a job's "schedule": {"start"}
# An object of the record's own fields under a generic name ("details": {"start_date", "end_date", "location"},
# a GOV.UK-style content API's event artefact; JSON:API's "attributes"; a GeoJSON feature's "properties"), beside
# the title and the stamps at the top, says it is an event's as its own keys would.
DETAILS_WORDS = frozenset({"details", "detail", "attributes", "properties", "fields"})


def one_event_document(data: Any, best: Inference | None, order: DayOrder) -> Inference | None:
    """The one event of the document, when no list of two or more event-like objects in it reads at least as
    surely: the document itself, else one object under wrapper keys that name items ("resultsPage" →
    "results" → "event", "data"), the first that reads (``_one_event``). An endpoint for one event
    (``/events/2644``) lists its organizers or images, not more events; a library's record with its "upcoming"
    events is those events."""
    if best is not None and (best.items >= 2 or item_named(best)):
        # unless the list is dated before the object holding it (an event's ticket releases): _json_before
        return event_holding_earlier_list(
            _wrapped_objects(data), best.config["items"], best.config["mapping"], _one_event_in(order)
        )
    for path, candidate in _wrapped_objects(data):
        found = _one_event(path, candidate, order)
        if found is not None and (best is None or found.confidence >= best.confidence):
            return found
    return None


def _one_event_in(order: DayOrder) -> Callable[[str, Mapping[str, Any]], Inference | None]:
    return lambda path, candidate: _one_event(path, candidate, order)


def _wrapped_objects(data: Any) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(path, object): the document, then, breadth first, the objects under its keys that name items ("event",
    "results", "data") down to WRAPPER_DEPTH; never inside a list, nor below an object that says it is an error
    or a post, or that holds a list of items (its events: that list is the reading). A document that is one key
    holding an object is that object whatever the key's name: an XML document's root element (a news agency's
    ``<document>`` of one calendar event) wraps everything the document says; an ActivityStreams activity that
    publishes an event holds it as its "object" (``_json_activity_object``); an RPC-style answer its "result"
    beside the call's metadata (``_json_result_member``)."""
    level: list[tuple[str, Any, int]] = [("", data, 0)]  # (path, node, framework wrappers passed)
    for depth in range(WRAPPER_DEPTH + MAX_WRAPPERS + 1):
        following: list[tuple[str, Any, int]] = []
        for path, node, wrappers in level:
            if not isinstance(node, Mapping) or _not_an_event(node):
                continue
            yield path, node
            root = depth == 0 and len(node) == 1
            for key, value in list(node.items())[:MAX_OWN_KEYS]:
                if not isinstance(key, str) or "." in key or not isinstance(value, Mapping):
                    continue
                # a framework's wrapper ("props.pageProps", _json_framework_wrappers) costs no depth of its own
                wrapper = framework_wrapper(key) and wrappers < MAX_WRAPPERS
                named = (
                    root
                    or wrapper
                    or set(words(key)) & ITEM_KEYS
                    or published_object(node, key, value)
                    or on_air(key)
                    or result_member(depth, key)
                )
                if named and (wrapper or depth - wrappers < WRAPPER_DEPTH):
                    following.append((f"{path}.{key}" if path else key, value, wrappers + wrapper))
        level = following


def _one_event(path: str, data: Mapping[str, Any], order: DayOrder) -> Inference | None:
    """The object as one event, when its own keys (not a list inside it) give a title and a start, and one of
    its keys (or a key of its "dates") is an event's (a start, an end, a venue: not only a publication's
    "date", "created", "pushed_at", "timestamp"); it holds no list under an item-like key ("events", "items",
    even empty), and does not say it is a post or an error."""
    if not _event_keys(data) or _not_an_event(data):
        return None
    from sources.adapters._json_infer import infer_list  # _json_infer reads one-event documents with this module

    found = infer_list(path, [data], order=order)
    if found is None or any(through_list(found.config["mapping"][field]) for field in ("title", "start")):
        return None
    start = first_path(found.config["mapping"]["start"])
    if publication_stamp(start):
        return None  # the start is when the record was made ("created_at" beside a user's "location")
    if set(words(start)) & FORMAT_STAMP_WORDS and not _says_more(data):
        return None  # "startTimestamp" beside a song's "artist", a build's "status": a playback's or a run's start
    found.evidence[0] = ONE_EVENT.format(path=path or "the document itself")
    return found


def _event_keys(data: Mapping[str, Any], *, inner: bool = True) -> bool:
    """Whether one of the object's own keys is an event's (its start, end or place), or, ``inner``, one of the
    keys of its dates' object ("dates": {"start": …}) or of its details' object ("details": {"start_date": …}). A key naming items whose value is an object wraps the
    candidate (``_wrapped_objects``), so it does not count."""
    for key, value in list(data.items())[:MAX_OWN_KEYS]:
        if not isinstance(key, str):
            continue
        named = set(words(key))
        if isinstance(value, Mapping) and named & ITEM_KEYS:
            continue  # a wrapper ("event": {…}): the object inside is the candidate, not this one
        if named & ONE_EVENT_WORDS:
            return True
        inner_words = DATES_WORDS | DETAILS_WORDS
        if inner and named & inner_words and isinstance(value, Mapping) and _event_keys(value, inner=False):
            return True
    return False


def _says_more(data: Mapping[str, Any]) -> bool:
    """Whether one of the object's own keys other than its start says it is an event (``OTHER_EVENT_WORDS``)."""
    return any(
        isinstance(key, str) and set(words(key)) & OTHER_EVENT_WORDS and not set(words(key)) & START_KEY_WORDS
        for key in list(data)[:MAX_OWN_KEYS]
    )


def publication_stamp(path: str) -> bool:
    """Whether a start's key says when the record was made ("created_at", "timestamp", "lastModified"). A key
    naming a start whose only other word is its format ("startTimestamp", "start_date_gmt", as Spond's events
    write their start) names the event's start: a stamp's word there says how the start is written, not when the
    record was made; "lastStartTime" (a job's last run) and "created_start" stay stamps."""
    named = set(words(path))
    stamped = named & PUBLICATION_WORDS
    return bool(stamped) and not (named & START_KEY_WORDS and stamped <= FORMAT_STAMP_WORDS)


def _not_an_event(data: Mapping[str, Any]) -> bool:
    """An object holding a list under an item-like key (its events, none today), or saying it is a post, a
    page or an error ("type": "post", "status": "error", an "error" key). Only the first ``MAX_LISTS_ASKED`` such
    lists are read through (``_no_events``); a later one is the object's events, unread (review61: an object of
    thousands of lists of objects took a minute)."""
    asked = 0
    for key, value in list(data.items())[:MAX_OWN_KEYS]:
        if not isinstance(key, str):
            continue
        named = set(words(key))
        if isinstance(value, list) and _names_items(key) and not named & ATTACHMENT_WORDS:
            asked += 1
            if asked > MAX_LISTS_ASKED or not _no_events(key, value):
                return True
        if named & {"error", "errors"}:
            return True
        if named & {"type", "status", "kind"} and isinstance(value, str) and value.strip().lower() in NOT_EVENT_KINDS:
            return True
    return False


def _no_events(key: str, value: list[Any]) -> bool:
    """Whether a list under an item-naming key is not the object's events: objects, one or more, of which none
    reads as an event (a match's "matchResults", its half-time and final scores: OpenLigaDB, apis83). An empty
    list still holds the object's events (none today), and a list of ids or names its events by reference."""
    if not value or not all(isinstance(item, Mapping) for item in value[:MAX_OWN_KEYS]):
        return False
    from sources.adapters._json_infer import infer_list  # _json_infer reads one-event documents with this module

    return infer_list(key, value[:MAX_OWN_KEYS]) is None


def _names_items(key: str) -> bool:
    """Whether a key names a list of items: its head noun, the last word ("upcoming_events", "eventList"), is an
    item word. The words before it only qualify it: "guild_scheduled_event_exceptions" are exceptions to an
    event's repetitions and "event_ids" are ids, the event's parts, not its events."""
    named = [word for word in words(key) if not word.isdigit()]
    while len(named) > 1 and named[-1] in CONTAINER_WORDS:  # "eventsArray", "event_collection": the events
        named.pop()
    return bool(named) and named[-1] in ITEM_KEYS


def first_path(spec: Any) -> str:
    paths = spec.get("path") if isinstance(spec, Mapping) else spec
    first = paths[0] if isinstance(paths, list) and paths else paths
    return first if isinstance(first, str) else ""


def through_list(spec: Any) -> bool:
    """Whether a field's path (or any of its paths) runs through a list element ("items.0.summary")."""
    paths = spec.get("path") if isinstance(spec, Mapping) else spec
    paths = paths if isinstance(paths, list) else [paths]
    return any(part.isdigit() for path in paths if isinstance(path, str) for part in path.split("."))


def item_named(found: Inference) -> bool:
    last = found.config["items"].rsplit(".", 1)[-1] if found.config["items"] else ""
    return bool(set(words(last)) & ITEM_KEYS)
