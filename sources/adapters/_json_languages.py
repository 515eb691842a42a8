"""One language for one listing: fields given in several languages are read in the title's.

Multilingual APIs give each text as an object keyed by language ("title": {"ja": ..., "en": ...}; a room's
"name": {"ja": ..., "en": ...}; OpenAgenda's "location": {"name": {"fr": ..., "en": ...}}), and each field's
column is chosen on its own: the title may be read in English while the room beside it, tied between its
languages, is read in Japanese. Where the title is read under a language key and another field is read under a
different language key whose sibling in the title's language is there too, that field is read in the title's
language. A field given in one language only, or not by language at all, is left as it was.
"""

from __future__ import annotations

from collections.abc import Collection, MutableMapping
from typing import Any

from sources.adapters._json_text_keys import is_language


def title_language(mapping: MutableMapping[str, Any]) -> str | None:
    """The language key the title is read under ("title.en" → "en"), if it is read under one path that ends in
    one."""
    spec = mapping.get("title")
    path = spec.get("path") if isinstance(spec, dict) else spec
    if not isinstance(path, str):
        return None
    parent, _, leaf = path.rpartition(".")
    return leaf if parent and is_language(leaf) else None


def in_titles_language(mapping: MutableMapping[str, Any], evidence: list[str], columns: Collection[str]) -> None:
    """Read every field given by language in the title's language where that language is there
    (``columns``: the sampled items' paths), saying so in the field's evidence."""
    language = title_language(mapping)
    if language is None:
        return
    for field, spec in list(mapping.items()):
        if field == "title":
            continue
        moved: dict[str, str] = {}
        mapping[field] = _moved(spec, language, columns, moved)
        if moved:
            evidence[:] = [_renamed(line, field, moved) for line in evidence]
            evidence.append(f"{field} read in the title's language ({language})")


def _moved(spec: Any, language: str, columns: Collection[str], moved: dict[str, str]) -> Any:
    if isinstance(spec, str):
        parent, _, leaf = spec.rpartition(".")
        other = f"{parent}.{language}"
        if parent and leaf != language and is_language(leaf) and other in columns:
            moved[spec] = other
            return other
        return spec
    if isinstance(spec, dict) and "path" in spec:
        path = spec["path"]
        if isinstance(path, list):
            return {**spec, "path": [_moved(part, language, columns, moved) for part in path]}
        return {**spec, "path": _moved(path, language, columns, moved)}
    return spec


def _renamed(line: str, field: str, moved: dict[str, str]) -> str:
    if not line.startswith(f"{field} ← "):
        return line
    for old, new in moved.items():
        line = line.replace(old, new)
    return line
