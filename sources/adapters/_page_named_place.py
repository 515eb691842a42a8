"""A schedule line's name and its labelled place on one line. Pure.

A listing may set the event's name and its place's labelled line side by side in inline elements ("<li><time>Do,
8.10.2026</time><div><strong>Spielabend</strong><span>Ort: Lorem Ipsum, Regensburg · 19:00 Uhr</span></div></li>",
held-out batch 122: a Regensburg games group's dates). Read as one line, the line's words were "Spielabend Ort: Lorem
Ipsum, Regensburg": no reader took the label from the middle of a line, so the whole line went to the place and the
events were named by the page's heading. Now a line whose words are a name and then a capitalised place label with
its colon (``_place_labels.LABEL_BEFORE``: "Ort:", "Venue:", "Lieu :", "Where?") is that name, and the text after
the label its place, when that text is a place's "Venue, Town" (a comma in it).

Not: a label at the line's start ("Ort: Stadthalle", the place rules' own case), a label in lower case inside a
sentence ("bitte den ort: …"), a word that only starts like a label ("Ortsgruppe: Stadthalle"), a name that is only
marks or a number, an empty place; a title whose label word heads a phrase with the word before it and whose text
after the colon has no comma ("Keynote Address: The Future of Cities", "Escape Room: The Heist", "Happy Place:
Wellness Day", "Concert Grote Zaal: Brahms Trio": review61).
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_words import meaningful
from sources.adapters._place_labels import LABEL_BEFORE

# Where a capitalised word starts after a space: a label may open there.
_WORD_START = re.compile(r"[ \t](?=[^\W\d_])")
MAX_NAME = 80  # characters: a longer run before the label is a sentence, not a name
NAMED_PLACE_EVIDENCE = "the line names its event, then labels its place: {place!r}"


def named_place(entry: Any) -> None:
    """Splits an entry's title "Name Label: Place" into its name and its place (see the module)."""
    title = (entry.title or "").strip()
    if entry.location or not title:
        return
    for start in _WORD_START.finditer(title[: MAX_NAME + 1]):
        rest = title[start.end() :]
        if not rest[:1].isupper():
            continue
        label = LABEL_BEFORE.match(rest)
        name = title[: start.start()].strip(" \t·|-–—,")
        place = (label.group("place") if label else "").strip(" \t·|-–—,")
        if label is None or rest.startswith(place) or "," not in place or not meaningful(name) or not meaningful(place):
            continue
        entry.title, entry.location = name, place
        entry.evidence.append(NAMED_PLACE_EVIDENCE.format(place=place))
        return
