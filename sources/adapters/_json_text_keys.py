"""Keys that hold a field's text without naming the field.

Two general shapes of JSON put a field's words one level below its name:

* **Text nodes of XML turned into JSON.** The Google Data APIs' JSON ("title": {"$t": "Halloween"}), and the
  converters that write an element's text as "#text", "_text", "__text" or "$": the key under the field is the
  converter's, not the publisher's.
* **Text by language.** Multilingual APIs (OpenAgenda, Drupal's JSON:API, museum and tourism catalogues) give
  "title": {"fr": "Concert", "en": "Concert"}: the key under the field is an ISO 639-1 language code.

A dotted path through either is named by the part above it ("title.$t" and "title.fr" are titles). Two-letter
codes that are also ordinary English key names ("id", "is", "no", "to", "or", "in", "at", "as", "be", "on") are
left out: "venue.id" stays an identifier.
"""

from __future__ import annotations

import re
from collections.abc import Collection

# the leaves converters of XML to JSON write an element's text under
TEXT_NODES = frozenset({"$t", "#text", "_text", "__text", "$", "_value", "#cdata-section"})

# ISO 639-1 codes, less the ones that are common key words in English
LANGUAGES = frozenset(
    {"ar", "bg", "bs", "ca", "cs", "cy", "da", "de", "el", "en", "eo", "es", "et", "eu", "fa", "fi", "fr",
     "ga", "gd", "gl", "he", "hi", "hr", "hu", "hy", "it", "ja", "ka", "kk", "ko", "lb", "lt", "lv", "mk", "mt",
     "nb", "nl", "nn", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr", "sv", "th", "tr", "uk", "ur", "vi", "zh"}
)  # fmt: skip
_REGIONAL = re.compile(r"^([a-z]{2})[-_][a-z]{2}$")  # "fr-FR", "pt_BR"


def is_language(key: str) -> bool:
    """Whether a key is a language tag: an ISO 639-1 code, alone or with its region ("de", "pt-BR")."""
    lowered = key.lower()
    regional = _REGIONAL.match(lowered)
    return (regional[1] if regional else lowered) in LANGUAGES


def says_nothing(key: str) -> bool:
    """Whether a key only carries the text of the field above it (a text node or a language)."""
    return key in TEXT_NODES or is_language(key)


def text_attribute(path: str, paths: Collection[str]) -> bool:
    """Whether ``path`` is an attribute of a text element turned into JSON ("title.type" beside "title.$t": the
    text's format, "text" or "html"), which describes the text and never the event."""
    parent, _, leaf = path.rpartition(".")
    return bool(parent) and leaf not in TEXT_NODES and any(f"{parent}.{node}" in paths for node in TEXT_NODES)
