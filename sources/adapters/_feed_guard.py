"""Reading an untrusted feed document safely, before feedparser sees it (for the ``rss`` adapter). Pure.

Feeds are untrusted XML, and feedparser's parsers expand internal entities: a few kB of nested
``<!ENTITY>`` declarations become hundreds of MB ("billion laughs"), and an external entity can read a
local file (XXE). The guard fails closed:

- the document is decoded once (byte-order mark, then the declared charset, then UTF-8) and cleaned of
  control characters and of character references to them or to lone surrogates ("&#xD800;", on which
  feedparser crashes), and feedparser is handed exactly that text as UTF-8, so no encoding trick can show
  the checks one document and the parser another;
- the whole text is searched for ``<!ENTITY`` (no pre-scan that a ``<a>`` inside a comment can end early);
- a DOCTYPE is allowed only in its harmless external form (RSS 0.91's Netscape DTD, never fetched) and
  only once; anything else that looks like one refuses the document;
- an XML parser (defusedxml) then reads the same bytes with entities forbidden. A document that is not
  well-formed XML is accepted only when it has no DOCTYPE at all (then it cannot declare anything), and a
  check that fails in any other way refuses the document.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
from xml.sax import SAXException
from xml.sax.handler import ContentHandler

import defusedxml
import defusedxml.sax

from sources.adapters.base import AdapterError
from sources.decoding import decode_document, strip_controls

ENTITIES_FORBIDDEN = (
    "Refusing a feed that declares XML entities (<!ENTITY>): entity expansion can exhaust memory "
    "(billion laughs) or read local files (XXE)."
)
DOCTYPE_FORBIDDEN = (
    "Refusing a feed with an internal DTD or a malformed DOCTYPE: only a plain external DOCTYPE "
    '(<!DOCTYPE rss PUBLIC "…" "…">) is accepted, as a DTD can declare entities.'
)
DOCTYPE_UNCHECKED = (
    "Refusing a feed that has a DOCTYPE but is not well-formed XML: its declarations cannot be checked safely."
)
CHECK_FAILED = "Refusing a feed whose safety check could not complete ({error})."

_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
_REPLACEMENT = "&#xFFFD;"
UTF8_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>'
# "<!ENTITY" in any case, with any space after "<!" (SGML-minded parsers accept it).
_ENTITY = re.compile(r"<!\s*entity", re.IGNORECASE)
_ANY_DOCTYPE = re.compile(r"<!\s*doctype", re.IGNORECASE)
_QUOTED = r"""(?:"[^"<>\[\]]*"|'[^'<>\[\]]*')"""
# The only DOCTYPE allowed: a name and at most an external identifier; no "[" internal subset.
_EXTERNAL_DOCTYPE = re.compile(
    rf"<!DOCTYPE\s+[A-Za-z_][\w.:-]*(?:\s+(?:PUBLIC\s+{_QUOTED}(?:\s+{_QUOTED})?|SYSTEM\s+{_QUOTED}))?\s*>",
    re.IGNORECASE,
)


def decode_feed(payload: bytes) -> str:
    """The document as text: a BOM wins, then the XML declaration's charset, then UTF-8 (bad bytes → U+FFFD)."""
    declared = _DECLARED_ENCODING.match(payload[:200])
    return decode_document(payload, declared.group(1).decode("ascii") if declared else None)


def safe_feed(payload: bytes) -> tuple[str, bytes]:
    """The document's text and the UTF-8 bytes to hand feedparser, once no declaration is found in it.

    Raises AdapterError when the document declares entities or has an internal DTD. The caller runs
    ``check_with_xml_parser`` on the bytes before parsing them (after telling a feed from an HTML page).
    """
    text = _CHARACTER_REFERENCE.sub(_valid_reference, strip_controls(decode_feed(payload)))
    refuse_declarations(text)
    # Declared as what it now is, so feedparser reads the very text that was checked.
    if _XML_DECLARATION.match(text):
        text = _XML_DECLARATION.sub(UTF8_DECLARATION, text, count=1)
    return text, text.encode("utf-8")


def _valid_reference(match: re.Match[str]) -> str:
    """A numeric character reference XML allows is kept; a control character is dropped; anything else
    (a lone surrogate "&#xD800;", NUL, beyond U+10FFFF) becomes U+FFFD, as feedparser would crash on it."""
    digits = match.group(1) or match.group(2)
    if len(digits) > 8:
        return _REPLACEMENT
    code = int(digits, 16) if match.group(1) else int(digits)
    if code in (0x9, 0xA, 0xD) or 0x20 <= code < 0x7F or 0xA0 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD:
        return match.group(0)
    if code < 0xA0:
        return ""  # C0/C1 controls: terminal escapes have no place in a feed's text
    return match.group(0) if 0x10000 <= code <= 0x10FFFF else _REPLACEMENT


def refuse_declarations(text: str) -> None:
    """Raise AdapterError for any entity declaration anywhere, or any DOCTYPE but one plain external one."""
    if _ENTITY.search(text):
        raise AdapterError(ENTITIES_FORBIDDEN)
    doctypes = [match.start() for match in _ANY_DOCTYPE.finditer(text)]
    if len(doctypes) > 1:
        raise AdapterError(DOCTYPE_FORBIDDEN)
    if doctypes and not _EXTERNAL_DOCTYPE.match(text, doctypes[0]):
        raise AdapterError(DOCTYPE_FORBIDDEN)


def check_with_xml_parser(document: bytes, text: str) -> None:
    """expat (through defusedxml, entities forbidden) on the exact bytes feedparser will get."""
    try:
        # An external DTD is harmless: neither defusedxml nor feedparser ever fetches it.
        defusedxml.sax.parseString(
            document, ContentHandler(), forbid_dtd=False, forbid_entities=True, forbid_external=False
        )
    except defusedxml.DefusedXmlException as exc:
        raise AdapterError(ENTITIES_FORBIDDEN) from exc
    except SAXException as exc:
        # Not well-formed: feedparser falls back to its loose parser, which is safe only without a DTD.
        if _ANY_DOCTYPE.search(text):
            raise AdapterError(DOCTYPE_UNCHECKED) from exc
    except Exception as exc:  # fail closed: a check that did not finish is a refusal
        raise AdapterError(CHECK_FAILED.format(error=type(exc).__name__)) from exc


# --- what the document is ---------------------------------------------------------------------------
ATOM_NAMESPACES = ("http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#")
RSS1_NAMESPACES = ("http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/")
_COMMENT_OR_CDATA = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>", re.DOTALL)
_DOCTYPE = re.compile(r"<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.DOTALL | re.IGNORECASE)
_ROOT_TAG = re.compile(r"<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)([^>]*)>")
# A namespace declaration in the root's attribute text: ``xmlns="…"`` or ``xmlns:prefix='…'``.
_XMLNS = re.compile(r"""\bxmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']""")


def root_element(head: str) -> tuple[str | None, str]:
    """The name and attribute text of the document's first element, skipping comments and the DOCTYPE."""
    cleaned = _DOCTYPE.sub("", _COMMENT_OR_CDATA.sub("", head))
    match = _ROOT_TAG.search(cleaned)
    return (match.group(1), match.group(2)) if match else (None, "")


def is_feed_root(root: str, attributes: str, head: str) -> bool:
    """<rss>, an Atom <feed>, an Atom Entry Document (RFC 4287 §4.1.2: a lone <entry> in the Atom namespace, what an
    API answers for one item), or an RSS 1.0 <rdf:RDF>; an HTML page (or anything else) is not a feed."""
    prefix, _, local = root.rpartition(":")
    if local == "rss":
        return True
    if local == "feed":  # Atom's, or a home-made one declaring no namespace at all (_feed_bare_date)
        return (
            any(namespace in attributes for namespace in ATOM_NAMESPACES)
            or not prefix
            and not any(not name for name, _value in _XMLNS.findall(attributes))
        )  # a helper's prefix ("xmlns:xsi") declares no namespace for <feed> itself (review43)
    if local == "entry":
        declared = {name or "": value.strip() for name, value in _XMLNS.findall(attributes)}
        return declared.get(prefix) in ATOM_NAMESPACES
    if local == "RDF":
        return any(namespace in head for namespace in RSS1_NAMESPACES)
    return False


def foreign_feed_root(root: str, attributes: str) -> bool:
    """A ``<feed>`` whose own namespace is declared and is not Atom's: some API's answer named "feed" (Allociné's
    ``<feed xmlns="http://www.allocine.net/v6/ns/">`` of showtimes), data, not a feed. An undeclared one stays a feed."""
    prefix, _, local = root.rpartition(":")
    declared = {name or "": value.strip() for name, value in _XMLNS.findall(attributes)}
    return local == "feed" and bool(declared.get(prefix)) and declared[prefix] not in ATOM_NAMESPACES


FEED_SNIFF_BYTES = 4096  # a feed's root element comes first: after the declaration, comments and a DOCTYPE


def is_feed_document(payload: bytes) -> bool:
    """Whether the document's root element is a feed's (``is_feed_root``): then it is a feed, whatever markup its
    items quote (an item's description holding a page's ``<div class="h-event">`` does not make it a page)."""
    head = decode_feed(payload[:FEED_SNIFF_BYTES])
    root, attributes = root_element(head)
    return root is not None and is_feed_root(root, attributes, head)
