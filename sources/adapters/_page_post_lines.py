"""Schedule lines that stamp a post or a reader's comment, not an event (helper review30). Pure.

A news article's byline ("<p class='byline'>By Jo Reporter · 10 June 2031, 08:30</p>") was read as a schedule row
titled "By Jo Reporter": the page-about-one-event reader already knew a byline's date (``_page_article_dates``,
pages87), the dated lines' reader did not. Now a dated line in a byline's element, its date on or before the fetch,
is no row there either (``_page_article_dates.byline_date``; a date after the fetch is still an event's).

A blog post's comments ("<section id='comments'><ol><li><b>Tom</b> June 10, 2031 at 10:14 am …") were read as
events titled by their authors, one a comment. A line inside a comment thread — an element whose id or class is a
comment list's or a comment's ("comments", "comment-list", "commentlist", "comment", "comment-meta", WordPress's
"comments-area", "comment-body", "comment-metadata") — says when a reader wrote, and gives no row.

Not: a class that merely holds the word ("no-comments-yet", "commentary", "comment-form" lists no comments), an
events list on a page that also has comments (its lines are outside the thread).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_article_dates import byline_date

COMMENT_TOKEN = re.compile(
    r"comments?|comment-?list|comments-(?:area|list|section|wrap(?:per)?|thread)|comment-(?:body|meta(?:data)?|"
    r"content|author|date|item|thread|entry)|commentlist|discussion-comments?",
    re.IGNORECASE,
)
ANCESTORS = 12  # elements looked at above a line's element


def _tokens(node: Any) -> list[str]:
    get = getattr(node, "get", None)
    if get is None:
        return []
    words = [get("id") or ""]
    value = get("class")
    if isinstance(value, str):
        words.extend(value.split())
    return [word for word in words if word]


def in_comments(line: Any) -> bool:
    """Whether a line stands inside a comment thread (see the module), by its element's or an ancestor's id or
    class."""
    node = line.block
    for _ in range(ANCESTORS):
        if node is None or not hasattr(node, "getparent"):
            return False
        if any(COMMENT_TOKEN.fullmatch(token) for token in _tokens(node)):
            return True
        node = node.getparent()
    return False


def post_line(line: Any, hits: list[Any], today: dt.date) -> bool:
    """Whether a dated line stamps a post (its byline, on or before the fetch) or a reader's comment."""
    return bool(hits) and (byline_date(line, hits, today) or in_comments(line))
