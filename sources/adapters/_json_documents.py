"""The documents an event record carries beside it, as link specs for the inferred mapping (``_json_extras``):
objects with a URL under a document-like key ("Agenda": {"label", "url"}), URL fields named for a document
("videoUrl"), and lists of documents ("publishedFiles": [{"type", "url"}]). Moved out of ``_json_extras``, unchanged;
since batch 45 (feeds) a list of documents one wrapper down is read too: XML's ``<links><link href>Slides</link>
</links>`` comes as ``"links": {"link": [{"href", "text"}]}`` (a Pentabarf talk's related links).

Pure: no database, no network.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sources.adapters._json_fields import Sample, word_weight
from sources.adapters._json_shapes import container_object_lists, is_path, is_url, object_lists, url_share, words

__all__ = ["document_links"]

DOC_WORDS = frozenset(
    {"agenda", "agendas", "minutes", "video", "videos", "audio", "packet", "recording", "recordings", "notice",
     "transcript", "materials", "material", "document", "documents", "attachment", "attachments", "file", "files",
     "handout", "handouts", "slides", "report", "ecomment", "comment", "comments", "virtual", "online", "webinar",
     "zoom", "webex", "links", "resources", "presentation", "proceedings", "captions", "livestream", "published",
     "asset", "assets", "summary", "statement", "journal", "recap"}
)  # fmt: skip
NOT_LINK = frozenset({"ical", "icalendar", "calendar", "ics", "department", "image", "images", "photo", "logo"})


def document_links(sample: Sample, used: set[str]) -> list[dict[str, str]]:
    """Link specs for the documents the items carry: objects with a URL under a document-like key
    ("Agenda": {"label", "url"}), URL fields named for a document ("videoUrl"), and lists of documents
    ("publishedFiles": [{"type", "url"}], "virtualList": [{"locationName", "link"}])."""
    links: list[dict[str, str]] = []
    for column in sample.columns.values():
        if column.path in used or url_share(column) < 0.5 or column.all_words & NOT_LINK:
            continue
        parts = column.path.split(".")
        owner = parts[-2] if len(parts) >= 2 and parts[-1].lower() in {"url", "href", "link"} else parts[-1]
        if len(parts) > 2 or ".0." in column.path or not set(words(owner)) & DOC_WORDS:
            continue
        links.append({"label": _human(owner), "url": column.path})
    own = object_lists(sample.items)
    carried = {key: elements for key, elements in container_object_lists(sample.items).items() if key not in own}
    wrapped = {key: elements for key, elements in _wrapped_lists(sample.items).items() if key not in own}
    for key, elements in {**own, **carried, **wrapped}.items():
        spec = _document_list(key, elements)
        if spec is not None and f"{key}.0.{spec['url']}" not in used:
            links.append(spec)
    return links


def _wrapped_lists(items: Sequence[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    """Lists of objects each item holds one wrapper down, the wrapper holding nothing else ("links": {"link":
    [{…}]}, an XML element of repeated children), by path ("links.link")."""
    found: dict[str, list[Mapping[str, Any]]] = {}
    for item in items:
        for key, value in item.items():
            if not isinstance(key, str) or not key or "." in key or key.startswith("^"):
                continue
            if not isinstance(value, Mapping) or len(value) != 1:
                continue
            ((inner, elements),) = value.items()
            if isinstance(inner, str) and inner and isinstance(elements, list):
                found.setdefault(f"{key}.{inner}", []).extend(e for e in elements if isinstance(e, Mapping))
    return {key: elements for key, elements in found.items() if elements}


def _document_list(key: str, elements: list[Mapping[str, Any]]) -> dict[str, str] | None:
    if not set(words(key)) & DOC_WORDS:
        return None
    url_key = _best_key(elements, lambda name, values: _url_child(name, values))
    if url_key is None:
        return None
    label_key = _best_key(elements, lambda name, values: _label_child(name, values))
    spec = {"each": key, "url": url_key}
    if label_key is not None:
        spec["label_path"] = label_key
    return spec


def _best_key(elements: list[Mapping[str, Any]], score: Any) -> str | None:
    keys = list(dict.fromkeys(key for element in elements for key in element if isinstance(key, str)))
    ranked = [(score(key, [element.get(key) for element in elements]), key) for key in keys]
    ranked = [entry for entry in ranked if entry[0] > 0]
    return max(ranked, key=lambda entry: entry[0])[1] if ranked else None


def _url_child(name: str, values: list[Any]) -> float:
    present = [value for value in values if value not in (None, "")]
    if not present or sum(1 for value in present if is_url(value) or is_path(value)) < 0.5 * len(present):
        return 0.0
    names = set(words(name))
    if names & {"image", "thumbnail", "icon", "stream"} and not names & {"url", "link", "href"}:
        return 0.0
    return 1.0 + word_weight(list(names), {"url": 2.0, "link": 2.0, "href": 2.0}) + len(present) / len(values)


def _label_child(name: str, values: list[Any]) -> float:
    strings = [value for value in values if isinstance(value, str) and value.strip()]
    if not strings or any(is_url(value) for value in strings):
        return 0.0
    return word_weight(words(name), {"type": 3.0, "label": 3.0, "title": 2.5, "name": 2.0, "description": 1.0}) + len(
        strings
    ) / len(values)


def _human(key: str) -> str:
    """A key as a label: "Agenda Packet" stays, "videoUrl" becomes "Video"."""
    if " " in key or key[:1].isupper():
        return key
    kept = [word for word in words(key) if word not in {"url", "link", "href"}]
    return " ".join(kept).capitalize() or key
