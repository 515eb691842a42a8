"""The nouns a place's name holds ("Town Hall", "The Doors Bar", "Ticket Office"): read by the readers of places and
of remarks alike, so in a module of its own that imports nothing of theirs. Pure."""

from __future__ import annotations

import re

PLACE_NOUN = re.compile(
    r"\b(?:hall|room|park|library|cent(?:er|re)|church|school|pavilion|auditorium|chambers?|building|theat(?:er|re)|"
    r"museum|gallery|stadium|arena|club|cafe|café|pub|bar|campus|plaza|square|field|courthouse|office)\b",
    re.I,
)
