"""Keys that hold a field's text without naming the field.

Two general shapes of JSON put a field's words one level below its name:

* **Text nodes of XML turned into JSON.** The Google Data APIs' JSON ("title": {"$t": "Halloween"}), and the
  converters that write an element's text as "#text", "_text", "__text" or "$": the key under the field is the
  converter's, not the publisher's.
* **Text by language.** Multilingual APIs (OpenAgenda, Drupal's JSON:API, museum and tourism catalogues) give
  "title": {"fr": "Concert", "en": "Concert"}: the key under the field is an ISO 639-1 language code.

* **A name in several forms.** Sports and ticketing APIs give a name as the forms they print it in
  ("name": {"full": "Brighton & Hove Albion", "abbreviation": "Brighton", "first": ...}): the full form under a
  name or title is that name.

* **A moment in its written form.** A CMS gives a day as an object of its forms ("datetime": {"iso":
  "2031-07-24T12:00:00.000Z", "date": "24", "monthSym": "Jul", "year": "2031"}): the ISO form under a moment's
  key is that moment (a RedBadger site's events, apis83).

A dotted path through any of them is named by the part above it ("title.$t", "title.fr" and "name.full" are
what the part above is). Two-letter codes that are also ordinary English key names ("id", "is", "no", "to", "or",
"in", "at", "as", "be", "on") are left out: "venue.id" stays an identifier; a name's other forms ("short",
"abbreviation", a person's "first" and "last") keep their own words.
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
_KEY_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")  # camelCase and snake_case words of one key


def is_language(key: str) -> bool:
    """Whether a key is a language tag: an ISO 639-1 code, alone or with its region ("de", "pt-BR")."""
    lowered = key.lower()
    regional = _REGIONAL.match(lowered)
    return (regional[1] if regional else lowered) in LANGUAGES


# the fullest form of a name given in several ("name": {"full": ..., "short": ...})
FULL_FORMS = frozenset({"full", "long", "official"})
NAME_PARTS = frozenset({"name", "title"})
# the ISO form of a moment given in several ("datetime": {"iso": ..., "year": ...}), under a key naming a moment
ISO_FORMS = frozenset({"iso", "iso8601"})
MOMENT_PARTS = frozenset({"date", "datetime", "time", "start", "starts", "end", "ends", "begin", "when", "day"})


def says_nothing(key: str, above: str = "") -> bool:
    """Whether a key only carries the text of the field above it (a text node, a language, the full form of a
    name, or the ISO form of a moment: ``above`` is the key it sits under)."""
    return key in TEXT_NODES or is_language(key) or full_form(key, above) or iso_form(key, above)


def iso_form(key: str, above: str) -> bool:
    """Whether ``key`` is the ISO 8601 form of the moment ``above`` it ("datetime.iso", "startDate.iso8601"); not a
    country's or a language's ISO code ("country.iso"), whose key above names no moment."""
    return key.lower() in ISO_FORMS and bool(set(_words(above)) & MOMENT_PARTS)


def full_form(key: str, above: str) -> bool:
    """Whether ``key`` is the full form of the name or title ``above`` it ("name.full", "teamName.long")."""
    return key.lower() in FULL_FORMS and bool(set(_words(above)) & NAME_PARTS)


def _words(key: str) -> list[str]:
    return [word.lower() for word in _KEY_WORD.findall(key)]


def text_attribute(path: str, paths: Collection[str]) -> bool:
    """Whether ``path`` is an attribute of a text element turned into JSON ("title.type" beside "title.$t": the
    text's format, "text" or "html"), which describes the text and never the event."""
    parent, _, leaf = path.rpartition(".")
    return bool(parent) and leaf not in TEXT_NODES and any(f"{parent}.{node}" in paths for node in TEXT_NODES)
