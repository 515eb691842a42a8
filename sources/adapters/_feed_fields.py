"""A feed item's fields other than its dates, for the ``rss`` adapter: its name when the title is only a date,
venue and address, price, categories, organizer, status, image and coordinates, read from the item's elements and
the event namespaces. Pure.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import urllib.parse
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from events import statuswords
from events.pipeline.prices import UNKNOWN, PriceInfo, parse_price_text, written_currency
from sources.adapters._feed_bare_where import bare_where
from sources.adapters._feed_bracket_day import bracket_day_off
from sources.adapters._feed_bullet_place import bullet_place
from sources.adapters._feed_directions_place import directions_place
from sources.adapters._feed_dotted import without_dotted_date
from sources.adapters._feed_extras import (
    ADDRESS_NAMES,
    LATITUDE_NAMES,
    LONGITUDE_NAMES,
    ORGANIZER_NAMES,
    PERFORMER_NAMES,
    PRICE_NAMES,
    VENUE_NAMES,
    built_title,
    closing_address,
    is_date_title,
    local_number,
    local_value,
    place_line,
)
from sources.adapters._feed_glued import box_line, html_lines, unglued
from sources.adapters._feed_iso import without_iso_date
from sources.adapters._feed_item import (
    EVENT_MODULE,
    GDATA,
    GDATA_CANCELLED,
    GDATA_KIND,
    GDATA_ORGANIZER,
    XCAL,
    FeedInfo,
    attribute,
    clean,
    item_description,
    plain_text,
    text_field,
)
from sources.adapters._feed_listing import street_line
from sources.adapters._feed_mf_place import marked_place
from sources.adapters._feed_parts import without_date_echo
from sources.adapters._feed_phrase_street import phrase_street
from sources.adapters._feed_place_label import labelled_place
from sources.adapters._feed_place_lines import element_place, lined_place
from sources.adapters._feed_rooms import in_building, item_building
from sources.adapters._feed_state_town import state_town
from sources.adapters._feed_tail_day import without_tags, without_tail_day
from sources.adapters._feed_title_cheer import cheer_off
from sources.adapters._feed_title_place import title_place
from sources.adapters._feed_tree import item_address, place_block
from sources.adapters._feed_venue_phrase import venue_phrase
from sources.adapters._feed_when import PROSE_DATE
from sources.adapters._meeting_hosts import is_meeting_url
from sources.adapters._online_place import ONLINE_LINK, meeting_link, online_only
from sources.adapters._title_lead_day import lead_day_off
from sources.adapters.common import http_url

# A percent escape, as a URL's query value writes a comma or a letter ("%2C", "%C3%A9").
_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
# "Cancelled: …", "ABGESAGT – …", "[Postponed] …" at a title's start, in any language events.statuswords lists: the
# word set apart by a colon, a dash, a bar, "!" or a closing bracket (``mark``), or shouted ("CANCELLED Board
# Meeting"). A word opening the name itself ("Postponed Dreams – a play") is no status.
_STATUS_PREFIX = re.compile(
    r"^\W*(" + statuswords.alternation(statuswords.words()) + r")\b(?P<mark>\s*[:\-–—|!)\]])?", re.IGNORECASE
)


@dataclasses.dataclass(frozen=True, slots=True)
class Naming:
    """The event's title, and when it is not the item's own, what the item said and how sure we are."""

    title: str
    source_title: str | None = None
    confidence: float | None = None
    evidence: list[str] = dataclasses.field(default_factory=list)


def item_naming(
    entry: Mapping[str, Any],
    info: FeedInfo,
    title: str,
    description: str | None,
    venue: str | None,
    start: dt.date | None = None,
) -> Naming | None:
    """The item's title, unless it is only a date: then one built from what else the item says. A title ending
    with its own date in brackets (CivicEngage: "Book Club (07/23/2026 6:00 PM - 7:00 PM)") loses the echo, and so
    does one writing the event's own ``start`` in ISO notation ("Climb 2026-08-09T10:00": ``_feed_iso``) or day
    first with dots ("Tatort - Das Erste, 31.03., 20:15 Uhr": ``_feed_dotted``), and one opening with the start's
    own day ("10/3 1:00 PM Otters Football vs Bay State": ``_title_lead_day``)."""
    if not is_date_title(title, PROSE_DATE):
        echoless = without_date_echo(title) or (
            without_iso_date(title, start)
            or without_tail_day(title, start)  # "… - am Do 27.08.": _feed_tail_day
            or without_dotted_date(title, start)
            or lead_day_off(title, start)
            or bracket_day_off(title, start)  # "[21 Oct] CityJS Athens": _feed_bracket_day
            if start is not None
            else None
        )
        echoless = echoless or cheer_off(title)  # "SPRING GALA Tomorrow is the big day!": _feed_title_cheer
        echoless = without_tags(echoless or title) or echoless  # "[Bern] [Vortrag] Name": _feed_tail_day
        return Naming(echoless, source_title=title) if echoless else Naming(title)
    built = built_title(
        title,
        performer=local_value(entry, PERFORMER_NAMES),
        description=description,
        channel_title=info.channel_title,
        venue=venue,
        prose_date=PROSE_DATE,
    )
    if built is None:
        return None
    return Naming(built.title, source_title=title, confidence=built.confidence, evidence=[built.evidence])


def item_venue(entry: Mapping[str, Any], info: FeedInfo, element: Any = None) -> tuple[str | None, str | None, bool]:
    """(venue, address, online?) from xCal/ev:/gd:where, else from a place block of parts in the item's element
    (``_feed_tree.place_block``), else from venue and address elements (an address also from its parts written
    straight in the item: ``_feed_tree.item_address``; a room inside the building an element names:
    ``_feed_rooms``)."""
    venue_name, address, online = _location(
        unglued(
            text_field(info.field(entry, XCAL, "location"))
            or text_field(info.field(entry, EVENT_MODULE, "location"))
            or attribute(info.field(entry, GDATA, "where"), "valuestring"),
            item_description(entry),
        )
    )
    if venue_name or online:
        return venue_name, address, online
    venue_name, address = place_block(element)
    if venue_name or address:
        return venue_name, address, False
    venue = local_value(entry, VENUE_NAMES) or bare_where(element)  # <where>Shields Library</where>: _feed_bare_where
    address = local_value(entry, ADDRESS_NAMES) or item_address(element)
    if venue and http_url(venue):
        # The venue's website names no place we can show, and is no sign of an online event unless it is a
        # meeting or stream's address.
        return None, address, is_meeting_url(venue)
    housed, housed_address = in_building(venue, item_building(entry))  # LibCal: the room in its branch
    if housed != venue:
        return housed, address or housed_address, False
    if venue and not address:
        parted = unglued(venue, item_description(entry))  # CivicPlus: "Hall40 Elm StTown, ST 80999"
        lined = element_place(entry, VENUE_NAMES) if parted == venue else None  # "Hall<br>1 Main St<br>Town"
        return (*lined, False) if lined else _location(parted)
    if not venue and not address:
        # an h-event's p-location (_feed_mf_place), "Where: Board Room" (_feed_place_label)
        labelled = marked_place(item_description(entry)) or labelled_place(item_description(entry))
        labelled = labelled or bullet_place(item_description(entry))  # "Sale Apollinee • Sep: 17" (_feed_bullet_place)
        labelled = labelled or directions_place(
            item_description(entry), entry.get("title")
        )  # under "Anfahrt": _feed_directions_place
        # "MeetBSD 2018 (https://…), Intel Campus, Santa Clara, CA 19 - 20 October, 2018.": _feed_title_place
        labelled = labelled or title_place(plain_text(item_description(entry)), entry.get("title"))
        if labelled:
            return _location(labelled)
        named, address = place_line(item_description(entry))
        lines = "\n".join(html_lines(item_description(entry) or ""))
        named, phrased = (named, None) if named else (venue_phrase(lines), True)  # _feed_venue_phrase
        address = address or (
            phrase_street(lines, named) if phrased else None
        )  # ", Marktstraße 8": _feed_phrase_street
        address = address or closing_address(item_description(entry))
        if not named and not address and info.event_feed:  # "a festival in Bozeman, MT": _feed_state_town
            return None, state_town(plain_text(item_description(entry))), False
        return named, address, False
    return venue, address, False


def item_meeting_links(entry: Mapping[str, Any], info: FeedInfo) -> list[dict[str, str]]:
    """The meeting's address an online-only place names, as the item's link "Online meeting": a location element
    that is nothing but an online room and how to join ("Virtual Meeting - https://zoom.us/j/…", a bare Teams or
    Meet link), as JSON keeps it (``_json_mapping``). A venue's own site, or a hall beside the link ("Town Hall /
    https://zoom.us/j/…"), gives none."""
    for place in (
        text_field(info.field(entry, XCAL, "location")),
        text_field(info.field(entry, EVENT_MODULE, "location")),
        attribute(info.field(entry, GDATA, "where"), "valuestring"),
        local_value(entry, VENUE_NAMES),
    ):
        if not place:
            continue
        joining = meeting_link(place) if online_only(place) or http_url(place.strip()) else None
        return [{"label": ONLINE_LINK, "url": joining}] if joining else []
    return []


def _location(location: str | None) -> tuple[str | None, str | None, bool]:
    """ "Venue, street, city" → (venue, "street, city", online?). A bare URL means an online event. A place written
    as a URL's query value ("LeineLab%2C+Glocksee": no space, and a percent escape) is read decoded. A line that
    opens with a street ("123 Main St, Anytown, CA") is all address (``_feed_listing.street_line``)."""
    if not location:
        return None, None, False
    if http_url(location) or online_only(location):  # "Online / Zoom link to follow": no place (_online_place)
        return None, None, True
    lined = lined_place(location)  # a place in HTML lines, or a lone town line (_feed_place_lines)
    if lined is not None:
        return (*lined, False)
    if not any(character.isspace() for character in location) and _PERCENT_ESCAPE.search(location):
        location = urllib.parse.unquote_plus(location)
    name, _, rest = location.partition(",")
    if street_line(name.strip()) or box_line(name):  # "1600 Amphitheatre Parkway, …", "P.O. Box 750, …": no venue
        return None, location.strip(), False
    return name.strip() or None, rest.strip() or None, False


def item_price(entry: Mapping[str, Any]) -> PriceInfo:
    """What a price element says, read as the pipeline reads a price text: amounts count even beside "free"
    ("Free for members, $25 general" is variable, 0-25), a range is a range. Its currency is left to the
    pipeline, which knows the source's country ("$" is not always the US dollar): item_currency gives it as written."""
    text = local_value(entry, PRICE_NAMES)
    return parse_price_text(text) if text else UNKNOWN


def item_currency(entry: Mapping[str, Any]) -> str | None:
    """The currency the price element writes with its amount, as written ("£", "EUR", "$"): the pipeline reads it
    with the source's country (``$`` in Toronto is the Canadian dollar)."""
    return written_currency(local_value(entry, PRICE_NAMES))


def amount(value: float | None) -> Decimal | None:
    return Decimal(str(value)) if value is not None else None


def item_categories(entry: Mapping[str, Any]) -> list[str]:
    labels: list[str] = []
    for tag in entry.get("tags") or []:
        if tag.get("scheme") == GDATA_KIND:
            continue
        label = clean(tag.get("label")) or clean(tag.get("term"))
        if label and label not in labels:
            labels.append(label)
    return labels


def item_organizer(entry: Mapping[str, Any], info: FeedInfo) -> str | None:
    for value in (info.field(entry, EVENT_MODULE, "organizer"), info.field(entry, XCAL, "organizer")):
        text = text_field(value)
        if text:
            return re.sub(r"^mailto:", "", text, flags=re.IGNORECASE) or None
    who = info.field(entry, GDATA, "who")
    if (attribute(who, "rel") or "").endswith(GDATA_ORGANIZER):
        return attribute(who, "valuestring")
    text = local_value(entry, ORGANIZER_NAMES)
    return re.sub(r"^mailto:", "", text, flags=re.IGNORECASE) or None if text else None


# What an entry's tombstone element says: true. GData's "<gd:deleted/>" says it by being there, empty.
DELETED_WORDS = frozenset({"true", "yes", "1"})


def item_deleted(entry: Mapping[str, Any], info: FeedInfo) -> bool:
    """Whether the entry is marked deleted by an element of its own: GData's empty ``<gd:deleted/>`` (a calendar's
    entry for an event removed from it), or a ``<deleted>`` (``<is_deleted>``…) saying true. ``<deleted>false</deleted>``
    is not, nor an empty element of another namespace or none: an empty ``<date_deleted/>`` or ``<is_deleted/>`` is a
    field left blank, as a CMS's export writes every field."""
    tombstones = {f"{prefix}_deleted" for prefix in info.prefixes.get(GDATA, ())}
    for key, value in entry.items():
        if not isinstance(key, str) or not (key == "deleted" or key.endswith("_deleted")) or not isinstance(value, str):
            continue
        if value.strip().lower() in DELETED_WORDS or (key in tombstones and not value.strip()):
            return True
    return False


def item_status(title: str, gd_status: Any, *, deleted: bool = False) -> str:
    if deleted or (attribute(gd_status, "value") or "").endswith(GDATA_CANCELLED):
        return "cancelled"
    prefix = _STATUS_PREFIX.match(title)
    if prefix is None or not (prefix.group("mark") or prefix.group(1).isupper()):
        return "scheduled"
    return statuswords.status_of(prefix.group(1)) or "scheduled"


def item_image(entry: Mapping[str, Any]) -> str | None:
    """An image enclosure, else an image media:content, else a media:thumbnail."""
    for enclosure in entry.get("enclosures") or []:
        if str(enclosure.get("type", "")).startswith("image/") and http_url(enclosure.get("href")):
            return http_url(enclosure.get("href"))
    for media in entry.get("media_content") or []:
        is_image = media.get("medium") == "image" or str(media.get("type", "")).startswith("image/")
        if is_image and http_url(media.get("url")):
            return http_url(media.get("url"))
    for thumbnail in entry.get("media_thumbnail") or []:
        if http_url(thumbnail.get("url")):
            return http_url(thumbnail.get("url"))
    return None


def item_coordinates(entry: Mapping[str, Any]) -> tuple[float | None, float | None]:
    """GeoRSS (``georss:point``, which feedparser gives as ``where``) or W3C geo (``geo:lat``/``geo:long``)."""
    where = entry.get("where")
    try:
        if isinstance(where, Mapping) and where.get("type") == "Point":
            longitude, latitude = (float(part) for part in where["coordinates"])
        else:
            found_latitude, found_longitude = local_number(entry, LATITUDE_NAMES), local_number(entry, LONGITUDE_NAMES)
            if found_latitude is None or found_longitude is None:
                return None, None
            latitude, longitude = found_latitude, found_longitude
    except (KeyError, TypeError, ValueError):
        return None, None
    if -90 <= latitude <= 90 and -180 <= longitude <= 180:
        return latitude, longitude
    return None, None
