"""A place labelled inside a run of labelled facts on one line (helper pages112). Pure.

A card's announcement may write its facts one after another in one sentence-run, each behind its own label: "Am
Sonntag den 14. Dezember 2025. Treff: 12:30 Uhr, Beginn: 13 Uhr, Ort: Vereinsheim (Gaststätte Rudolphia).
Anmeldegebühr: 5 €." (an allotment club's chess tournament), "Doors: 7pm, Venue: Old Mill Hall, Tickets: £8". The
place's label is not at the line's start, so the line readers (``_place_labels.LABEL_BEFORE``) do not see it. When a
line holds MIN_FACTS labels or more, each at the line's start or after a comma, semicolon or sentence's dot, and one
of them is a place's label ("Ort", "Venue", "Location", "Lieu" …: ``_place_labels.PLACE_WORDS``), its value is the
place: the words after its colon up to the next label's separator or the sentence's end (a dot and a space).

Not read: a line with one label only (a sentence that says "the place: …" once; a line that opens with its place's
label is the line readers' own), a value that is empty or longer than MAX_PLACE, a value that starts with a time of day
("Treffpunkt: 14:00 Uhr am Bahnhof": the meeting time reader's), a label inside a word or after no separator; a
value with no capitalised word nor number ("Location: see website", "Ort: wird noch bekannt gegeben": a remark, no name) or
names an online room ("Venue: online", "Ort: Zoom": the remote reader's) (review55).
"""

from __future__ import annotations

import re

from sources.adapters._online_place import online_only
from sources.adapters._place_labels import PLACE_WORDS

MIN_FACTS = 2  # a run of labelled facts, not one label in a sentence
MAX_PLACE = 80  # characters: a place's name and its aside, not a sentence
MAX_LINE = 600  # characters of a line read: a card's announcement, not a page
# A fact's label after a separator: a capitalised word (or two) and a colon, a space after it ("Beginn: 13 Uhr",
# "Ort: Vereinsheim"); not a clock's colon ("12:30"), not a web address's ("https://").
FACT_LABEL = re.compile(
    r"(?:^|(?<=[,;.])|(?<=[,;.] )|(?<=[,;.]  ))(?P<label>[A-ZÀ-Þ][^\W\d_]{1,24}(?: [^\W\d_]{2,24})?)[ \t\u00a0]?:[ \t\u00a0]"
)
PLACE_LABEL_WORD = re.compile(rf"^(?:{PLACE_WORDS})$", re.IGNORECASE)
# The value's end: the next fact's separator, or a sentence's dot and a space before a capital.
VALUE_END = re.compile(r"\.(?=\s{1,3}[A-ZÀ-Þ])|\.$|[,;](?=\s{0,3}[A-ZÀ-Þ][^\W\d_]{1,24}(?: [^\W\d_]{2,24})?\s?:\s)")
NAMED = re.compile(r"\b[A-ZÀ-Þ]|\d")  # a name's capital or a number ("am Rathaus", "12 Oak St"), not "see website"
STARTS_WITH_CLOCK = re.compile(r"^\W{0,2}\d{1,2}(?:[:.h]\d{2}|\s?(?:uhr|h\b|[ap]\.?m\b))", re.IGNORECASE)


def fact_run_place(line: str) -> str | None:
    """The place a run of labelled facts on ``line`` names after its place label, or None (see the module)."""
    line = line[:MAX_LINE]
    labels = list(FACT_LABEL.finditer(line))
    if len(labels) < MIN_FACTS:
        return None
    for label in labels:
        if not PLACE_LABEL_WORD.match(label.group("label")):
            continue
        rest = line[label.end() :]
        end = VALUE_END.search(rest)
        value = " ".join((rest[: end.start()] if end else rest).split()).strip(" ,;")
        if not value or len(value) > MAX_PLACE or STARTS_WITH_CLOCK.match(value):
            continue
        if not NAMED.search(value) or online_only(value):  # "see website", "online": a remark, not a place's name
            return None
        return value
    return None
