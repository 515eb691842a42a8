"""Feeds that use a namespace prefix they never declare. Pure.

Calendar exports add their own fields under a prefix and sometimes forget its ``xmlns:`` declaration (Trumba's
Atom/GData feeds write ``<gc:venue>``, ``<gc:bookings>`` with no ``xmlns:gc``). Such a document is well-formed
XML but not namespace-well-formed: a namespace-aware parser refuses it, and feedparser's loose fallback keeps
those elements' attributes but loses their text. ``declared`` gives the document back with each prefix its tags
use and no ``xmlns:`` names declared on the root element (under a ``urn:undeclared:<prefix>`` name), so that the
item's own XML can be read (``_feed_tree``). Nothing else is changed; a document that declares every prefix it
uses, or whose root cannot be found, is returned as it is.
"""

from __future__ import annotations

import re

# a prefixed start or end tag: "<gc:venue", "</gc:venue"; the name as XML allows it (no backtracking: one class each)
_PREFIXED_TAG = re.compile(rb"</?([A-Za-z_][\w.-]{0,63}):[A-Za-z_]")
_DECLARED = re.compile(rb"xmlns:([A-Za-z_][\w.-]{0,63})\s*=")
# the root's start tag: the first element after the prolog (declaration, comments, processing instructions, doctype)
_ROOT_TAG = re.compile(rb"<([A-Za-z_][\w.:-]{0,127})(?=[\s/>])")
RESERVED = frozenset({b"xml", b"xmlns"})
MAX_PREFIXES = 50  # a document inventing more prefixes than this is not a calendar export's slip


def undeclared(document: bytes) -> list[bytes]:
    """The prefixes the document's tags use that no ``xmlns:`` declares, in order of first use."""
    declared = set(_DECLARED.findall(document))
    missing: dict[bytes, None] = {}
    for match in _PREFIXED_TAG.finditer(document):
        prefix = match.group(1)
        if prefix not in declared and prefix.lower() not in RESERVED:
            missing.setdefault(prefix, None)
            if len(missing) > MAX_PREFIXES:
                return []
    return list(missing)


def declared(document: bytes) -> bytes:
    """The document with its undeclared prefixes declared on its root element."""
    missing = undeclared(document)
    if not missing:
        return document
    root = _ROOT_TAG.search(document, _prolog_end(document))
    if root is None:
        return document
    names = b"".join(b' xmlns:%s="urn:undeclared:%s"' % (prefix, prefix) for prefix in missing)
    return document[: root.end()] + names + document[root.end() :]


def _prolog_end(document: bytes) -> int:
    """Where the prolog ends: past the XML declaration, comments, processing instructions and a doctype."""
    position = 0
    while True:
        rest = document[position:].lstrip()
        position = len(document) - len(rest)
        for opening, closing in ((b"<?", b"?>"), (b"<!--", b"-->"), (b"<!DOCTYPE", b">")):
            if rest.startswith(opening):
                end = document.find(closing, position + len(opening))
                if end < 0:
                    return position
                position = end + len(closing)
                break
        else:
            return position
