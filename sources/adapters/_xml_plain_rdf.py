"""An RDF/XML document that is no RSS 1.0 feed is data the XML reader may read. Pure.

``<rdf:RDF>`` is RSS 1.0's root, so the XML reader (``xml_doc``) left every such document to the feed reader. But
RDF/XML is also how open-data portals and semantic-web projects publish records of any kind: a city's cultural
programme as ``<rdf:Description>``s with schema.org's ``name``, ``startDate``, ``endDate`` and ``location`` (the
Marseille-Provence 2013 programme, prefixes bound to the class URIs, ``xmlns:event="http://schema.org/Event"``).
The feed reader does not claim such a document (no RSS 1.0 namespace, no channel), and nothing else did: it stayed
unread. An ``<rdf:RDF>`` root that declares no RSS 1.0 (or 0.9) namespace and opens no ``<channel>`` in the sniffed
head is the XML reader's to try, which claims it only when it finds a list of event-like records in it.

Not: RSS 1.0 (``xmlns="http://purl.org/rss/1.0/"``), Netscape's RSS 0.90 (its ``rdf/simple/0.9`` namespace), an
RDF root whose head opens a ``<channel>`` (a feed that forgot its namespace), any other root.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

from sources.adapters._feed_guard import RSS1_NAMESPACES

# A channel element opened under any prefix: "<channel", "<rss:channel" (one bounded prefix, no backtracking).
_CHANNEL = re.compile(r"<(?:[A-Za-z_][\w.-]{0,40}:)?channel\b")


def plain_rdf(root: str, head: str) -> bool:
    """Whether ``root`` is an ``rdf:RDF`` element of a document that is not an RSS 1.0 (or 0.9) feed, as far as
    the sniffed ``head`` shows."""
    if root.rpartition(":")[2] != "RDF":
        return False
    return not any(namespace in head for namespace in RSS1_NAMESPACES) and _CHANNEL.search(head) is None
