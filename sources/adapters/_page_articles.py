"""<article> elements as a listing's items (held-out batch 99). An <article>'s own <footer> is the article's, not the page's furniture (held-out batch 99, a musician's concert
list: "<article><header>Le 18 octobre 2013</header>Mellophonic Quartet<footer>au Train Théâtre à Portes les
Valence à 19 h 30</footer></article>": the place and hour of each concert were dropped with the site's footer).

HTML scopes a <footer> to its nearest sectioning element: inside an <article> it closes that article. It stays
furniture when it holds a date of its own (a post's "Posted on 3 March 2031", its byline's stamp) or when it sits
in a <nav> or <aside> rather than in the article.

<article> elements side by side, with no class, are one list: each a row of the same template, as <li> in a <ul>
are (the concert list above: one date in each article's header). Their shape is their parent's, so two concerts
are a schedule; articles with classes keep their classes' shape (_page_schedule_lines.class_shape). Pure.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sources.adapters._page_dates import find_dates

SECTIONING = frozenset({"article", "section", "aside", "nav", "body"})
FOOTER_TEXT = 300  # an article's footer is a line or two; a longer one is a site's footer set inside it
_ANY_DAY = dt.date(2000, 1, 1)


def articles_footer(element: Any) -> bool:
    """Whether a <footer> closes the <article> it sits in, and says no date of its own."""
    if element.tag != "footer":
        return False
    parent = element.getparent()
    while parent is not None and parent.tag not in SECTIONING:
        parent = parent.getparent()
    if parent is None or parent.tag != "article":
        return False
    text = " ".join(" ".join(element.itertext()).split())
    return 0 < len(text) <= FOOTER_TEXT and not find_dates(text, year_hint=2000, today=_ANY_DAY)


def article_shape(group: Any) -> tuple[str, str] | None:
    """The list shape of a bare <article> (no class, no id): the articles of one parent share it. None otherwise."""
    if group.tag != "article" or (group.get("class") or "").strip() or (group.get("id") or "").strip():
        return None
    parent = group.getparent()
    # The parent's path in its tree, not id(parent): lxml makes a new proxy object for an element nobody holds, so
    # its id can change between two calls for the same parent, or be another element's later.
    return None if parent is None else ("article", parent.getroottree().getpath(parent))
