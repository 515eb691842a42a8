"""What a listing feed's item says of itself beside its event's dates, for the ``rss`` adapter. Pure.

Google Base's bulk feeds (one item type of which is "events", beside jobs, housing and products) and feeds made
like them give, in elements of their own namespace: the item's labels, one element each (``g:label``), which
feedparser keeps only the last of; the price's currency (``g:currency``); the item's picture (``g:image_link``);
and the place as one postal-address line (``g:location``: "1600 Amphitheatre Parkway, Mountain View, CA, 94043"),
which is an address, not a venue named by its street.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from events.pipeline.prices import currency_code
from sources.adapters._feed_extras import local_value
from sources.adapters._xml_data import local_name
from sources.adapters.common import http_url

# A house number opens a street line ("1600 Amphitheatre Parkway", "12B Quay Road"); not "1st Bank Center".
STREET_START = re.compile(r"\d{1,6}[A-Za-z]?\s+\S")
MAX_STREET = 120  # a first part longer than this is prose, not a street line
# The word a street line ends with, before a direction ("77 Ocean Ave N"): without one, a name that opens with a
# number ("54 Below", "21 Club") stays a venue's name.
STREET_WORDS = frozenset(
    {"street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane", "ln", "way"}
    | {"parkway", "pkwy", "place", "pl", "court", "ct", "square", "sq", "terrace", "ter", "highway", "hwy", "circle"}
    | {"cir", "trail", "trl", "plaza", "alley", "crescent", "row", "walk", "quay", "wharf", "pike", "turnpike"}
)  # fmt: skip
DIRECTIONS = frozenset({"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west"})

LABEL_NAMES = frozenset({"label"})
MAX_LABELS = 20  # an item's labels kept; a keyword-stuffed item has hundreds
MAX_LABEL = 60  # a label longer than this is prose, not a tag
CURRENCY_NAMES = ("currency", "price_currency", "pricecurrency", "currency_code", "currencycode")
MAX_CURRENCY = 12  # "USD", "€", "Rs.": a longer text names no currency
IMAGE_NAMES = ("image_link", "imagelink", "image_url", "imageurl")


def street_line(text: str) -> bool:
    """Whether a place's first part is a street line (a house number, a street's name and a street word) rather
    than a place's name."""
    if len(text) > MAX_STREET or not STREET_START.match(text):
        return False
    words = [word.strip(".,").casefold() for word in text.split()[1:]]
    while words and words[-1] in DIRECTIONS:
        words.pop()
    return len(words) >= 2 and words[-1] in STREET_WORDS


def item_labels(element: Any | None) -> list[str]:
    """The texts of the item's own label elements (its direct children, any namespace), in order, each once."""
    if element is None:
        return []
    labels: list[str] = []
    for child in element:
        if not isinstance(child.tag, str) or local_name(child.tag).lower() not in LABEL_NAMES:
            continue
        text = " ".join((child.text or "").split())
        if text and len(text) <= MAX_LABEL and any(character.isalnum() for character in text) and text not in labels:
            labels.append(text)
            if len(labels) >= MAX_LABELS:
                break
    return labels


def currency_element(entry: Mapping[str, Any]) -> str | None:
    """The ISO 4217 code a currency element names ("USD", "€"), else None: it outranks a sign written in the price."""
    text = local_value(entry, CURRENCY_NAMES)
    return currency_code(text) if text and len(text) <= MAX_CURRENCY else None


def item_image_link(entry: Mapping[str, Any]) -> str | None:
    """The web address an image element gives, else None."""
    return http_url(local_value(entry, IMAGE_NAMES))
