"""A page titled only by its section ("Events") names its one event in the heading right over the event's date.

A small site's Events page built from a markdown file (Jekyll, Hugo) has no <h1>; its <title> and og:title say the
section ("Events - MicroHAMS", "Events"), and its content is one event: an <h3> "June 2025 Field Day" over a list
whose first item is the date's label and the date ("<strong>Date</strong>: June 27–29, 2025"), then its place and
details. The heading names the event, not the section's title. Read only when every title the page has is a section's
name (the generic "Events", "Upcoming events", "Calendar"), the content's headings of the highest rank it uses are
one, and the first text under that heading is a date's label with a day as its value. Not: a page titled with a
name of its own ("Spring Fair"); a heading that names a list or a section ("Upcoming events", "Event details",
"Opening hours"); two or more headings (a list of events, read as rows); a heading over prose, or over a label whose
value is no day ("Date: to be announced").
"""

from __future__ import annotations

import itertools
from typing import Any

from sources.adapters._page_labelled_heading import LABEL, SECTION, _day
from sources.adapters._page_series_heading import pieces_after
from sources.adapters._page_weekly_lines import HOURS_HEADING
from sources.adapters._page_words import GENERIC_HEADING

PIECES = 3  # "Date", ": June 27–29, 2025" (a bold label and its value), or "Date: June 27–29, 2025" in one


def section_heading(root: Any, titles: tuple[str | None, ...], branding: Any) -> Any:
    """The heading that names a section page's one event (see the module), else None. ``titles`` are the page's
    <title> first part and og:title; ``branding`` says whether a heading is the site's name in the banner."""
    named = [title for title in titles if title]
    if not named or not all(GENERIC_HEADING.match(title) for title in named):
        return None
    for tag in ("h2", "h3"):
        found = [node for node in root.iter(tag) if _text(node) and not branding(node)]
        if not found:
            continue
        if len(found) != 1:
            return None
        name = _text(found[0])
        if GENERIC_HEADING.match(name) or SECTION.match(name) or HOURS_HEADING.search(name):
            return None
        pieces = [" ".join(piece.split()) for piece in itertools.islice(pieces_after(found[0]), PIECES)]
        for count in (1, 2):
            label = LABEL.match(" ".join(pieces[:count])) if len(pieces) >= count else None
            if label is not None and label.group("rest").strip():
                return found[0] if _day(label.group("rest")) else None
        return None
    return None


def _text(node: Any) -> str:
    return " ".join((node.text_content() or "").split())
