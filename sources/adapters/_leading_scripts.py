"""A document of another kind behind a script or two: "<script>…</script>" then "BEGIN:VCALENDAR". Pure.

A calendar, a JSON answer or an XML feed is sometimes served with a tag manager's or a consent banner's script pasted
before it by the server's template ("<script>window.dataLayer=[];</script>" then "BEGIN:VCALENDAR"). Opening with a
script, such a file would be taken for an HTML page (webpage._HTML_TAG), whose reader finds no events in it. What
is after the leading scripts (and the comments and blank space between them) is the document: when it holds no
markup, the file is no page (webpage.looks_like_html); when the registry recognises it as a kind other than a page,
the file is read as that kind, from there (extraction, --kind auto). A page whose scripts come
before its markup ("<script>…</script><div>…") and a fragment that is only a script are still pages.
"""

from __future__ import annotations

import re

from sources.decoding import decode_document, sniff_bom

MAX_SCRIPTS = 20  # leading blocks skipped: a template's few, not a hostile file's thousands
_SCRIPT_OPEN = re.compile(rb"<script\b", re.IGNORECASE)
_SCRIPT_CLOSE = re.compile(rb"</script\s*>", re.IGNORECASE)


def after_leading_scripts(payload: bytes) -> bytes | None:
    """What follows the document's leading <script> blocks (and comments between them); None when it opens with
    no script, a script or a comment is left open, more than MAX_SCRIPTS blocks lead, or nothing follows."""
    data = decode_document(payload).encode("utf-8") if sniff_bom(payload)[0] is not None else payload
    at, cut = 0, False
    for _ in range(MAX_SCRIPTS):
        while at < len(data) and data[at : at + 1].isspace():
            at += 1
        if data.startswith(b"<!--", at):
            end = data.find(b"-->", at + 4)
            if end < 0:
                return None
            at = end + 3
            continue
        if _SCRIPT_OPEN.match(data, at) is None:
            break
        close = _SCRIPT_CLOSE.search(data, at)
        if close is None:
            return None
        at, cut = close.end(), True
    else:  # more blocks than a template writes: left to the page reader whole
        return None
    rest = data[at:]
    return rest if cut and rest.strip() else None
