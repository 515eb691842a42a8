"""The scores of an event's other fields, for the inference (``_json_extras``): which column of a sampled list
(``_json_shapes.Column``) is the event's own page, its image, its tickets, description, category, organizer,
zone, coordinates and prices, each from its key's words and its values' shapes; and a status column's values
mapped to ours. Moved out of ``_json_fields`` as they were, to keep that module under its size limit.

Pure: no database, no network.
"""

from __future__ import annotations

from events import statuswords
from events.zones import zone
from sources.adapters._json_api_hosts import api_addresses
from sources.adapters._json_fields import PLACE_WORDS, TITLE_WORDS, word_weight
from sources.adapters._json_group_names import group_name
from sources.adapters._json_mapping import _number, iana
from sources.adapters._json_nested import MARK as CONTAINER
from sources.adapters._json_offset_zones import offset_key
from sources.adapters._json_other_words import (
    OTHER_DESCRIPTION_WORDS,
    OTHER_IMAGE_WORDS,
    OTHER_NOT_URL,
    OTHER_ORGANIZER_WORDS,
    OTHER_PRICE_WORDS,
    OTHER_TICKET_WORDS,
    OTHER_URL_WORDS,
)
from sources.adapters._json_owned import (
    in_classification_list,
    in_related_links,
    list_element_field,
    someone_elses_url,
)
from sources.adapters._json_resource_urls import data_file_addresses
from sources.adapters._json_shapes import (
    READ_SHARE,
    WRAPPERS,
    Column,
    amount,
    mean_length,
    text_column,
    url_share,
    words,
    wordy,
)
from sources.adapters._json_sides import sided
from sources.adapters._json_slug_urls import address_share
from sources.adapters._json_typed_parts import types_a_part

URL_WORDS = {"url": 2.0, "uri": 2.0, "link": 2.0, "permalink": 3.0, "href": 2.0, "page": 1.0, "web": 1.0,
             "website": 1.0, "detail": 2.0, "details": 2.0, "path": 1.0, "html": 1.0, "more": 1.0, "info": 1.0, "event": 1.0,
             "canonical": 3.0, "public": 0.5, "alternate": 3.0, "alt": 3.0, **OTHER_URL_WORDS}  # fmt: skip
# "alt" and "alternate" are Atom's and the Google Data APIs' link to the entry's page (rel="alternate"), which APIs
# built on them keep as a key (Douban's events: "alt" beside "adapt_url", its location adapter; apis83).
# "uri" names an address as "url" does (a record's own "uri": its page; a "spotify:album:…" is no web address, not
# read). "canonical" weighs as "permalink": a canonical URL is by definition the page's own address, so it beats a
# "publicSaleUrl" or an "affiliateSaleUrl" beside it (a ticket shop's home, an affiliate login link).
NOT_URL = frozenset(
    {"image", "images", "photo", "photos", "picture", "img", "thumbnail", "thumb", "logo", "cover", "banner",
     "poster", "icon", "avatar", "media", "video", "stream", "audio", "file", "files", "agenda", "minutes",
     "document", "documents", "attachment", "attachments", "pdf", "ical", "ics", "calendar", "map", "maps",
     "ticket", "tickets", "register", "registration", "rsvp", "buy", "department", "api", "self", "next", "prev",
     "previous", "zoom", "webex", "virtual", "online", "join", "webinar", "location", "venue", "place",
     "organizer", "organiser", "group", "source", "feed", "category", "series", "template", "embed", "book",
     "booking", "status", "flickr", "youtube", "tube", "vimeo", "twitter", "facebook", "instagram", "social",
     "purchase",  # a performance's "purchaseUrl" is its ticket shop (a theatre's Next.js payload, batch 98)
     "flag", "flags",  # a country's flag ("event_flag", "flagUrl": an icon beside the country), never the page
     # the data's licence or its holder ("LicenseInfo.LicenseHolder": "https://www.lts.it", "licenseUrl": a CC
     # licence's deed, "copyright"): who may reuse the record, never the event's page (batch 66). Not "attribution":
     # an aggregator's "attribution": {"source": …, "url": …} links the event's page at its source (review33)
     "license", "licence", "licenses", "licences", "licensing", "copyright"}
) | OTHER_NOT_URL  # fmt: skip
IMAGE_WORDS = frozenset({"image", "images", "photo", "photos", "picture", "img", "thumbnail", "thumb", "cover",
                         "banner", "poster", "featured"}) | OTHER_IMAGE_WORDS  # fmt: skip
TICKET_WORDS = frozenset({"ticket", "tickets", "buy", "purchase", "register", "registration", "rsvp", "booking",
                          "book"}) | OTHER_TICKET_WORDS  # fmt: skip
# "overview": TV and film APIs' synopsis of an episode or a film (Sonarr, TMDB).
DESCRIPTION_WORDS = {"description": 3.0, "desc": 3.0, "details": 2.0, "detail": 2.0, "body": 2.0, "content": 2.0,
                     "summary": 1.5, "about": 1.0, "abstract": 2.0, "notes": 1.0, "info": 1.0, "text": 1.0,
                     "overview": 2.0, **OTHER_DESCRIPTION_WORDS}  # fmt: skip
NOT_DESCRIPTION = frozenset({"alt", "image", "url", "link", "title", "name", "location", "venue", "category",
                             "contact", "file", "media", "seo", "meta", "time", "date"})  # fmt: skip
ZONE_WORDS = frozenset({"timezone", "tz", "zone", "tzid", "timezoneid", "iana"})
CATEGORY_WORDS = frozenset({"category", "categories", "genre", "classification", "kind", "type"})
NOT_CATEGORY = frozenset({"id", "color", "colour", "media", "file", "template", "mime", "content", "ticket"})
ORGANIZER_WORDS = frozenset({"organizer", "organiser", "host", "presenter", "organization",
                             "organisation"}) | OTHER_ORGANIZER_WORDS  # fmt: skip
PRICE_WORDS = frozenset({"price", "cost", "fee", "fees", "admission", "amount"}) | OTHER_PRICE_WORDS
LAT_WORDS = frozenset({"lat", "latitude"})
LON_WORDS = frozenset({"lon", "lng", "long", "longitude"})


def status_lookup(column: Column) -> dict[str, str]:
    """Each status value seen mapped to ours, when any of them says cancelled, postponed or rescheduled."""
    seen = set(column.strings())
    if len(seen) > 20:
        return {}
    lookup = {value: statuswords.status_in_value(value) for value in seen}
    if not any(status != "scheduled" for status in lookup.values()):
        return {}
    # The status words of the values' languages (English always), in the cases APIs write them, for the values
    # the sample did not show.
    languages = {"en"} | {
        language
        for value in seen
        for match in statuswords.VALUE_WORD.finditer(value)
        if (language := statuswords.language_of(match.group()))
    }
    for word in statuswords.words(languages=languages):
        for variant in (word, word.upper(), word.capitalize()):
            lookup.setdefault(variant, statuswords.status_in_value(variant))
    return dict(sorted(lookup.items()))


# The object an item keeps its event in ({"event": {…}, "hosts": […]}, Luma's items): its URL is the event's.
EVENT_HOLDERS = frozenset({"event"})


def event_url_score(column: Column, used: set[str], holder: str = "") -> float:
    """How surely ``column`` is the event's page; ``holder`` is the object the record's title and start both sit in
    (``_json_record_holder``): the event itself, whose URL is the event's."""
    every = column.all_words
    if column.share < 0.3 or address_share(column) < READ_SHARE or every & NOT_URL or someone_elses_url(column):
        return 0.0
    if in_related_links(column):  # "links.link.0.href": a talk's feedback form or slides, not its page
        return 0.0
    if data_file_addresses(column.strings()):  # an API's JSON or XML resource, not a page
        return 0.0
    if api_addresses(column.strings()):  # a record's own resource on the API ("https://api.…/events/1"): no page
        return 0.0
    parent = column.path.rpartition(".")[0]
    # The URL of the title's or the place's object (a department's page, a map) is not the event's; but the object
    # an item sits in (^event, for its occurrences) is the event itself, and its page is the event's; so is the
    # wrapper every field of a record sits in (Opendatasoft's "fields", JSON:API's "attributes").
    if (
        parent
        and parent != holder
        and not parent.startswith(CONTAINER)
        and not all(part.lower() in WRAPPERS for part in parent.split("."))
        and not set(words(parent.rpartition(".")[2])) & EVENT_HOLDERS  # {"event": {"name", "url"}, "hosts": […]}
        and any(path.startswith(parent + ".") or path == parent for path in used)
    ):
        return 0.0
    weight = word_weight(list(every), URL_WORDS)
    return weight + column.share - 0.1 * column.depth if weight else 0.0


# An image of something said about the event, not of the event: its age rating's or certificate's badge (a cinema's
# "RatingImageUrl": rating_large_12.png), a content warning's icon ("ContentDescriptors.ContentDescriptor.ImageURL"),
# a flag, a sponsor's mark, a QR or bar code. Never the event's picture, whatever else the record holds.
NOT_EVENT_IMAGE = frozenset({"rating", "ratings", "badge", "badges", "classification", "certificate", "certification",
                             "descriptor", "descriptors", "flag", "flags", "sponsor", "sponsors", "qr", "barcode"})  # fmt: skip
# A reduced copy (a thumbnail, an icon, a cinema's "EventSmallImagePortrait" beside its medium and large ones): taken
# only when no full-sized image is there.
SMALL_IMAGE = frozenset({"alt", "thumbnail", "thumb", "icon", "small", "micro", "mini", "tiny"})


def image_score(column: Column, used: set[str]) -> float:
    every = column.all_words
    if column.share < 0.2 or url_share(column) < READ_SHARE or not every & IMAGE_WORDS or every & NOT_EVENT_IMAGE:
        return 0.0
    return 2.0 + column.share - 0.1 * column.depth - (1.0 if every & SMALL_IMAGE else 0.0)


def ticket_score(column: Column, used: set[str]) -> float:
    every = column.all_words
    if column.share < 0.2 or url_share(column) < READ_SHARE or not every & TICKET_WORDS:
        return 0.0
    return 2.0 + column.share - 0.1 * column.depth


def description_score(column: Column) -> float:
    names = column.key_words
    weight = word_weight(names, DESCRIPTION_WORDS)
    if not weight or column.all_words & NOT_DESCRIPTION or column.holder_words & PLACE_WORDS or column.share < 0.1:
        return 0.0  # "resource.description": the room's, not the event's
    if sided(column.path):
        return 0.0  # one side's ("HomeTeamYellowCardDetails", "away_lineup_notes"): the team's, not the game's
    if (
        not text_column(column) or url_share(column) > 0.5 or mean_length(column) < 20
    ):  # "Universal Link" labels a link, it describes nothing
        return 0.0
    return weight + min(mean_length(column) / 200, 1.0) + column.share - 0.1 * column.depth


def category_score(column: Column) -> float:
    names = set(column.key_words)
    if not names & CATEGORY_WORDS or names & NOT_CATEGORY or column.share < 0.5 or not text_column(column):
        return 0.0
    if list_element_field(column) and not in_classification_list(column):
        return 0.0  # the kind of the first item of its programme ("CourseAgendas.0.CourseAgendaType")
    if column.context_words & (PLACE_WORDS | TITLE_WORDS.keys()):
        return 0.0  # a GeoJSON "location.type": "Point"; a title's own format ("title": {"$t": …, "type": "text"})
    if types_a_part(column):
        return 0.0  # "Text_Type": "web_app", "PriceType": "Free": the kind of a text or a price (_json_typed_parts)
    if url_share(column) > 0.2 or mean_length(column) > 60 or not wordy(column):
        return 0.0
    return 1.0 + column.share - 0.1 * column.depth


def organizer_score(column: Column) -> float:
    every = column.all_words
    if (
        not (every & ORGANIZER_WORDS or group_name(column))
        or column.share < 0.3
        or not text_column(column)
        or url_share(column) > 0.2
    ):
        return 0.0
    names = set(column.key_words)
    if names & {"id", "email", "phone", "url", "link", "image", "logo", "description", "type"}:
        return 0.0
    return 1.0 + column.share - 0.1 * column.depth


def zone_score(column: Column) -> float:
    bare = offset_key(column.path)  # "utc": "11", an offset's hours (_json_offset_zones)
    if not (column.all_words & ZONE_WORDS or bare) or column.share < 0.3:
        return 0.0
    strings = column.strings() if not bare else [str(value) for value in column.present if _scalar(value)]
    named = [iana(text, bare_offsets=bare) for text in strings]
    valid = sum(1 for text, name in zip(strings, named, strict=True) if (name != text or "/" in text) and zone(name))
    return 1.0 + column.share if strings and valid >= 0.5 * len(strings) else 0.0


def _scalar(value: object) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool) and bool(str(value).strip())


def _coordinate(column: Column, vocabulary: frozenset[str], limit: float) -> bool:
    if not set(column.key_words) & vocabulary or column.share < 0.3:
        return False
    numbers = []
    for value in column.present:
        number = None if isinstance(value, list) else _number(value)
        if number is not None:
            numbers.append(number)
        elif not (isinstance(value, int) and not isinstance(value, bool)):
            return False
        # else an integer too large for a float: that one value is lost (read as None), not the column
    return bool(numbers) and all(-limit <= number <= limit for number in numbers) and any(numbers)


def latitude(column: Column) -> bool:
    return _coordinate(column, LAT_WORDS, 90.0)


def longitude(column: Column) -> bool:
    return _coordinate(column, LON_WORDS, 180.0)


def price_score(column: Column, highest: bool) -> float:
    """A price column: a number (or "25.00", "$25") under a price-like name; ``highest`` for a "max" one."""
    names = set(column.key_words)
    if (
        not names & PRICE_WORDS
        or names & {"currency", "id", "type", "url", "text", "description"}
        or column.share < 0.3
    ):
        return 0.0
    if ("max" in names or "high" in names) != highest:
        return 0.0
    amounts = [value for value in column.present if amount(value)]
    return 1.0 + column.share if len(amounts) == len(column.present) else 0.0
