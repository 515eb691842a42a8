"""A record's name written as one typed entry of a list of its texts in several languages (batch apis52).

A party's schedule service (Assembly's pss) keeps no name key on its events: every text is an entry of one list,
told apart by what it is and in which language, ``"translations": [{"type": "name", "lang": "en", "text": "Doors
open"}, {"type": "name", "lang": "fi", "text": "Ovet auki"}, {"type": "description", "lang": "en", "text": …}]``.
With no title found, the item was named by the last word of its link ("arriving"). The entry whose type says it
is the name (or the title) names the item: in English where most items have an English one, else in the language
of the first item's first name entry; read through a keyed path (``"translations.type=name&lang=en.text"``,
``_json_keyed_paths``), so the entries' order in each item does not matter.

Not: a typed list without a language in its entries (a contact's ``{"type": "name", "value": "Jane Doe"}``, a
person's, not the event's), a list whose entries name no name or title (``{"type": "website", "lang": "en",
"value": "https://…"}``), entries only a few items have, or names that are not one short line of text.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sources.adapters._json_keyed_paths import written
from sources.adapters._json_mapping import resolve
from sources.adapters._json_shapes import Column
from sources.adapters._json_twin_titles import PREFIX_EVIDENCE

TYPE_KEYS = ("type", "kind", "field", "property")
LANGUAGE_KEYS = ("lang", "language", "locale")
TEXT_KEYS = ("text", "value", "content", "translation")
NAME_TYPES = frozenset({"name", "title"})
PREFERRED = "en"
MIN_SHARE = 0.8  # of the items with a name entry
MAX_ENTRIES = 50  # looked at in one list
MAX_NAME = 200
TYPED_EVIDENCE = " (no title key: each item's name is the entry of its text list typed {type!r}, in {language!r})"


def typed_title(items: Sequence[Any]) -> Column | None:
    """The column of the items' names read from a list of typed, language-tagged text entries, or None."""
    records = [item for item in items if isinstance(item, Mapping)]
    if not records:
        return None
    keys = sorted({key for item in records for key in item if isinstance(key, str) and "." not in key})
    for key in keys:
        found = [_name_entries(item.get(key)) for item in records]
        named = [entries for entries in found if entries]
        if len(named) < MIN_SHARE * len(records):
            continue
        shapes = {shape for entries in named for shape, _ in entries}
        if len(shapes) != 1:
            continue
        type_key, type_value, language_key, text_key = next(iter(shapes))
        english = sum(any(language == PREFERRED for _, language in entries) for entries in named)
        language = PREFERRED if english >= MIN_SHARE * len(named) else named[0][0][1]
        path = f"{key}.{type_key}={type_value}&{language_key}={language}.{text_key}"
        column = Column(path, [resolve(item, path) for item in records])
        if _names(column, len(records)):
            return column
    return None


def _name_entries(value: Any) -> list[tuple[tuple[str, str, str, str], str]]:
    """The list's name entries: ((type key, type as written, language key, text key), language) each."""
    if not isinstance(value, list):
        return []
    found = []
    for entry in value[:MAX_ENTRIES]:
        if not isinstance(entry, Mapping):
            continue
        type_key = next((key for key in TYPE_KEYS if isinstance(entry.get(key), str)), None)
        language_key = next((key for key in LANGUAGE_KEYS if isinstance(entry.get(key), str)), None)
        text_key = next((key for key in TEXT_KEYS if isinstance(entry.get(key), str)), None)
        if type_key is None or language_key is None or text_key is None:
            continue
        type_value = written(entry[type_key])
        if type_value.casefold() in NAME_TYPES and "." not in type_value and "&" not in type_value:
            language = written(entry[language_key])
            if language and "." not in language and "&" not in language:
                found.append(((type_key, type_value, language_key, text_key), language))
    return found


def _names(column: Column, count: int) -> bool:
    """Whether the column reads a short one-line name in most items."""
    names = [value.strip() for value in column.values if isinstance(value, str) and value.strip()]
    return len(names) >= MIN_SHARE * count and all(len(name) <= MAX_NAME and "\n" not in name for name in names)


def title_note(column: Column) -> str:
    """The evidence of a title read without a title key: a typed entry's (``typed_title``) or a bare prefix key's
    (``_json_twin_titles.own_prefix_title``)."""
    typed = column.path.split(".")[1] if column.path.count(".") == 2 and "&" in column.path else None
    if typed is None:
        return PREFIX_EVIDENCE.format(key=column.path)
    kind, _, language = typed.partition("&")
    return TYPED_EVIDENCE.format(type=kind.partition("=")[2], language=language.partition("=")[2])
