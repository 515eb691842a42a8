"""An XML document of records is no web page: the page reader leaves it alone. Pure.

A job board's or a shop's export written as XML (``<?xml version="1.0"?><jobs><job><title>Barista</title>
<location>Leeds</location><posted>2031-06-01</posted></job>…</jobs>``) is refused by the XML reader when none of its
dates is an event's (a posting's, a release's stamp), and then the page reader took it for a page: its first
record's ``<title>`` as the page's title, a posting date on the "line" of all the records' text as the event's day.
A document that declares itself XML (``<?xml …?>`` first) and whose root element is no HTML element (``<jobs>``,
``<catalog>``, ``<StartList>``) is data: ``HtmlAdapter.sniff`` does not claim it, and what no other reader claims
stays unread ("cannot tell what kind of content this is"), as an unknown document should.

Still pages: XHTML (``<?xml …?><!DOCTYPE html …><html xmlns="http://www.w3.org/1999/xhtml">``), an XML-declared
fragment whose root is an HTML element (``<div>``, ``<table>``), any document with no XML declaration (a fragment
opening ``<document>`` or ``<div>`` is read as before), and a root in the XHTML namespace whatever its name.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from sources.adapters._feed_guard import decode_feed, root_element

SNIFF_BYTES = 4096
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
# The elements an HTML page or a page's fragment opens with.
HTML_ROOTS = frozenset({
    "html", "head", "body", "div", "main", "article", "section", "header", "footer", "nav", "aside", "form", "table",
    "thead", "tbody", "tr", "td", "ul", "ol", "li", "dl", "dt", "dd", "p", "span", "a", "h1", "h2", "h3", "h4", "h5",
    "h6", "meta", "title", "link", "script", "style", "template", "figure", "img", "br", "hr", "center", "font", "b",
    "i", "strong", "em", "iframe", "picture", "time", "abbr", "blockquote", "pre", "label", "button", "input",
})  # fmt: skip


def data_xml_document(payload: bytes) -> bool:
    """Whether the payload declares itself XML and its root element is no HTML element nor in XHTML's namespace."""
    head = decode_feed(payload[:SNIFF_BYTES]).lstrip("\ufeff \t\r\n")
    if not head.startswith("<?xml"):
        return False
    root, attributes = root_element(head)
    if root is None:
        return False
    return root.rpartition(":")[2].lower() not in HTML_ROOTS and XHTML_NAMESPACE not in attributes
