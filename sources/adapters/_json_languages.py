"""One language for one listing: fields given in several languages are read in the title's.

Multilingual APIs give each text as an object keyed by language ("title": {"ja": ..., "en": ...}; a room's
"name": {"ja": ..., "en": ...}; OpenAgenda's "location": {"name": {"fr": ..., "en": ...}}), and each field's
column is chosen on its own: the title may be read in English while the room beside it, tied between its
languages, is read in Japanese. Where the title is read under a language key and another field is read under a
different language key whose sibling in the title's language is there too, that field is read in the title's
language. A field given in one language only, or not by language at all, is left as it was.

Others write the language into the key itself, as its last word (batch apis52, a student association's Strapi
events: "NameFi" and "NameEn", "LocationFi" and "LocationEn"; "name_fi", "name_en"): the title read in "NameEn"
had its place read in "LocationFi". Such a suffix counts as a language key when the title's own key has a sibling
in another language ("NameFi" beside "NameEn"), and a field is moved only to its own sibling written the same way
("LocationEn"). Not: a key whose last word only looks like a code ("venueId", "roomNo": not languages), a title
with no sibling in another language, a field whose sibling in the title's language is not there. A record whose
field is empty in the title's language is read in the field's first language (a ``fallback``; review24: "location_en":
"" beside "location_de": "Rathaus" lost the place).
"""

from __future__ import annotations

import re
from collections.abc import Collection, MutableMapping
from typing import Any

from sources.adapters._json_text_keys import is_language

# a language written as a key's last word: "NameEn" (capitalised after a lower-case letter), "name_en", "name-fi"
_SUFFIX = re.compile(r"(?<=[a-z])[A-Z][a-z]$|(?<=[A-Za-z])[_-][a-z]{2}$")


def title_language(mapping: MutableMapping[str, Any], columns: Collection[str] = ()) -> str | None:
    """The language key the title is read under ("title.en" → "en"), if it is read under one path that ends in
    one; or the language suffix of its key as written ("NameEn" → "En"), where the same key is there in another
    language too (``columns``)."""
    spec = mapping.get("title")
    path = spec.get("path") if isinstance(spec, dict) else spec
    if not isinstance(path, str):
        return None
    parent, _, leaf = path.rpartition(".")
    if parent and is_language(leaf):
        return leaf
    split = _suffixed(path)
    if split is None:
        return None
    stem, suffix = split
    others = (column for column in columns if column != path and column.startswith(stem))
    return suffix if any(_suffixed(column) == (stem, column[len(stem) :]) for column in others) else None


def _suffixed(path: str) -> tuple[str, str] | None:
    """(the path before its last key's language suffix, the suffix as written), or None: "a.NameEn" → ("a.Name",
    "En"); "name_en" → ("name", "_en")."""
    match = _SUFFIX.search(path)
    if match is None:
        return None
    suffix = match.group()
    return (path[: match.start()], suffix) if is_language(suffix.strip("_-")) else None


def in_titles_language(mapping: MutableMapping[str, Any], evidence: list[str], columns: Collection[str]) -> None:
    """Read every field given by language in the title's language where that language is there
    (``columns``: the sampled items' paths), saying so in the field's evidence."""
    language = title_language(mapping, columns)
    if language is None:
        return
    for field, spec in list(mapping.items()):
        if field == "title":
            continue
        moved: dict[str, str] = {}
        mapping[field] = _with_fallback(_moved(spec, language, columns, moved), spec)
        if moved:
            evidence[:] = [_renamed(line, field, moved) for line in evidence]
            evidence.append(f"{field} read in the title's language ({language.strip('_-').lower()})")


def _with_fallback(moved: Any, spec: Any) -> Any:
    """The field read in the title's language, and where that is empty as it was read before (a record that fills in
    its place in one language only: "location_de": "Rathaus", "location_en": ""; review24)."""
    if moved == spec:
        return spec
    if isinstance(moved, str):
        return {"path": moved, "fallback": spec}
    if isinstance(moved, dict) and isinstance(moved.get("path"), str) and "fallback" not in moved:
        return {**moved, "fallback": spec}
    return moved


def _moved(spec: Any, language: str, columns: Collection[str], moved: dict[str, str]) -> Any:
    if isinstance(spec, str):
        other = _in_language(spec, language)
        if other is not None and other != spec and other in columns:
            moved[spec] = other
            return other
        return spec
    if isinstance(spec, dict) and "path" in spec:
        path = spec["path"]
        if isinstance(path, list):
            return {**spec, "path": [_moved(part, language, columns, moved) for part in path]}
        return {**spec, "path": _moved(path, language, columns, moved)}
    return spec


def _in_language(path: str, language: str) -> str | None:
    """The path of the same field in ``language`` (a key under the field, or a suffix written alike), or None."""
    parent, _, leaf = path.rpartition(".")
    if parent and is_language(leaf) and _style(language) == "key":
        return f"{parent}.{language}"
    split = _suffixed(path)
    if split is None or _style(split[1]) != _style(language):
        return None
    return split[0] + language


def _style(suffix: str) -> str:
    """How a suffix is joined to its key: "_" or "-" before it, or its capital ("En")."""
    return suffix[0] if suffix[0] in "_-" else "capital" if suffix[0].isupper() else "key"


def _renamed(line: str, field: str, moved: dict[str, str]) -> str:
    if not line.startswith(f"{field} ← "):
        return line
    for old, new in moved.items():
        line = line.replace(old, new)
    return line
