"""The one lxml parser configuration for untrusted XML: the ``xml`` adapter's documents (``_xml_data``) and the
second reading of a feed's items (``_feed_tree``) both get their parser here.

No entity resolution, no network access, no DTD loading or validation, lxml's huge-tree mode off; comments and
processing instructions are dropped. Entity declarations and internal DTDs are refused before any parser sees a
document (``_feed_guard``); this configuration is the second line. ``recover`` (lxml's recovering parse of a
document that is not well-formed) is the caller's choice and off unless asked for.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from typing import Any

from lxml import etree


def safe_xml_parser(*, recover: bool = False) -> Any:
    """A fresh lxml XML parser for untrusted input (a fresh one per call: lxml parsers are not to be shared
    between threads)."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=recover,
    )
