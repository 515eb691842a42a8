"""A dated line's rest that is the clause of a sentence is no name (helper pages113). Pure.

A choir's concerts page tells each past concert in one paragraph under its <h3> name: "On November 11, 2010, the
Capital Chamber Choir presented its Christmas programme, Un instant mystique. Featured works included …". The line
reader took the date and left the rest as the concert's title: "the Capital Chamber Choir presented its Christmas
programme, …" (two hundred letters), while the heading above named it. ``prose_title``: the rest opens with a
lower-case word (a name opens with a capital, a digit or a mark) and runs on as prose, a sentence of more than six
words ending in ".", "!" or "?": the line has no name of its own and takes its section's heading, as a line without
one does.

Not: a name in lower case by design ("dead prez live", "an evening with …" of four words), a short line, a line
that does not end a sentence ("the big quiz night – tickets at the door"), a rest opening with a capital. Review55:
nor a rest whose first word has a capital inside ("iPhone photography for …", "eBay
selling …": a brand written so).
"""

from __future__ import annotations

import re

LOWER_OPENING = re.compile(r"[^\W\d_]")
MIN_WORDS = 7


def prose_title(title: str) -> bool:
    """Whether a dated line's rest (``title``) is a clause of prose, not a name (see the module)."""
    text = title.strip()
    opening = LOWER_OPENING.search(text[:3])
    return (
        opening is not None
        and opening.start() == 0
        and text.split()[0].islower()
        and len(text.split()) >= MIN_WORDS
        and text.endswith((".", "!", "?"))
    )
