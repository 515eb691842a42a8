"""A static site's page source: YAML front matter, then the page (helper pages113).

Jekyll and Hugo pages are kept as their sources: a front matter block between two ``---`` lines (``layout: page``,
``title: Events``), then HTML, often with Markdown paragraphs between the tags as bare lines ("<h3>December 1-29,
2023</h3>" over "Torrance Library Holiday Display" and a blank line, then the paragraph about it). Saved or served
as they stand, such files were not taken for pages when their first tag came after the block (the sniffer looks for
a fragment's first tag at the start), and read as pages their bare lines ran together into one text with the
front matter's keys in it.

Here the block is dropped before the sniffer and the parser see the document, and what follows is put in a marked
``<div>`` (``SOURCE_MARK``) whose bare text, split at its blank lines, becomes a ``<p>`` per paragraph, as the site
generator would render it (``markdown_paragraphs``). Only a block that opens the document and has a ``key: value``
line is front matter: a horizontal rule ("---") in a page, or a "---" line over prose, is not. A source that is a
whole document (its own ``<html>`` or ``<body>``: a layout) only loses the block.
"""

from __future__ import annotations

import html
import re
from typing import Any

import lxml.html

SOURCE_MARK = "data-page-source"  # the <div> that holds a static site's page source below its front matter
# The block: "---" alone on the first line, up to 60 lines of at most 500 characters, "---" alone again. The
# lines are taken lazily one at a time (no nested repetition over the same characters).
FRONT_MATTER = re.compile(r"\A\ufeff?[ \t]*---[ \t]*\r?\n((?:[^\n]{0,500}\n){0,60}?)[ \t]*---[ \t]*(?:\r?\n|\Z)")
FRONT_MATTER_BYTES = re.compile(FRONT_MATTER.pattern.replace("\\ufeff", "(?:\\xef\\xbb\\xbf)").encode())
# A YAML key line ("layout: page", "title: 2014-2015 Season", "permalink: /events/"): what makes the block front
# matter and not a rule over a page's text.
YAML_KEY = re.compile(r"^[ \t]*[A-Za-z_][\w-]{0,40}[ \t]*:(?:[ \t]|$)", re.MULTILINE)
WHOLE_DOCUMENT = re.compile(r"<(?:html|body|head)\b", re.IGNORECASE)
# The block's "title: Evenementen" line (quoted or not): the page's name, which the site's layout puts over the page
# as its heading (held-out batch 121). A page source with its own <h1> or <title> keeps them.
TITLE_KEY = re.compile(r"^title[ \t]*:[ \t]*(?P<q>[\"']?)(?P<title>[^\n\"']{1,200}?)(?P=q)[ \t]*\r?$", re.MULTILINE)
OWN_HEADING = re.compile(r"<(?:h1|title)\b", re.IGNORECASE)
BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")


def _front_matter_end(match: re.Match[Any] | None, keys: Any) -> int | None:
    if match is None or not keys.search(match.group(1)):
        return None
    return match.end()


def after_front_matter_bytes(head: bytes) -> bytes:
    """The document's first bytes without a front matter block that opens them (for the sniffer)."""
    keys = re.compile(YAML_KEY.pattern.encode(), re.MULTILINE)
    end = _front_matter_end(FRONT_MATTER_BYTES.match(head), keys)
    return head if end is None else head[end:]


def front_matter_marked(text: str) -> str:
    """``text`` without its front matter block, the rest in a marked ``<div>`` unless it is a whole document."""
    end = _front_matter_end(FRONT_MATTER.match(text), YAML_KEY)
    if end is None:
        return text
    rest = text[end:]
    if WHOLE_DOCUMENT.search(rest):
        return rest
    heading = "" if OWN_HEADING.search(rest) else _named(text[:end])
    return f'<div {SOURCE_MARK}="1">\n{heading}{rest}\n</div>'


def _named(block: str) -> str:
    """The block's title as the page source's <h1>, as its layout would head the page, or nothing."""
    title = TITLE_KEY.search(block)
    if title is None or not title.group("title").strip():
        return ""
    return f"<h1>{html.escape(title.group('title').strip())}</h1>\n"


def markdown_paragraphs(root: Any) -> None:
    """The bare text of a marked page source (``front_matter_marked``), each paragraph in a ``<p>`` of its own:
    the text before the first tag and after each element at the top of the source, split at blank lines."""
    for source in root.iterfind(f".//div[@{SOURCE_MARK}]"):
        source.text = _wrapped(source, source.text, 0)
        for child in list(source):
            child.tail = _wrapped(source, child.tail, source.index(child) + 1)


def _wrapped(source: Any, text: str | None, position: int) -> str | None:
    """``text`` (at ``position`` among ``source``'s children) as ``<p>``s inserted there; the whitespace it leaves."""
    if not text or not text.strip():
        return text
    for offset, paragraph in enumerate(part.strip() for part in BLANK_LINE.split(text) if part.strip()):
        element = lxml.html.Element("p")
        element.text = paragraph
        element.tail = "\n"
        source.insert(position + offset, element)
    return "\n"
