"""A line's words that are only a field's label: "Event Dates:", "Dates:", "When:", "Datum:", "Fecha:". A card
writing "<strong>Event Dates:</strong> January 23, 2019, January 24, 2019, …" under its name had each day titled
"Event Dates"; such a label names no event, so the days take the name their section gives (the card's heading), as
a line with no words of its own does. The label is one as written, with its colon, and is a field's word
(_page_words.FIELD_LABEL) or one after what it dates ("Event", "Conference", "Show" …). Not: a name that only
begins with such a word ("Date Night", "When Harry Met Sally"), a word with no colon ("Dates" as a band's name).
Pure."""

from __future__ import annotations

from sources.adapters._page_intl import weekday_alone
from sources.adapters._page_words import FIELD_LABEL

# What a field's label may say it dates: "Event Dates:", "Conference dates:", "Show times:".
QUALIFIERS = frozenset(
    {"event", "events", "show", "conference", "festival", "course", "meeting", "performance", "concert", "session"}
)


# The year a label is for, after it: "Termin für 2026:", "Dates for 2027:" (a village's page, held-out batch 92).
FOR_WORDS = frozenset({"for", "für", "pour", "per", "voor", "para", "dla"})
# The article or preposition a weekday leads its date with, all that is left of "Montag, den 17.08.2026" (a culture
# club's day heads, held-out batch 92), "Sunday the 5th", "le 12 mars", "am 3. Mai": no name.
DATE_ARTICLE = frozenset({"den", "dem", "am", "the", "on", "le", "el", "il", "op"})
# What joins two dates after such a label, left behind with it ("When: Saturday 14 June and Sunday 15 June").
JOINERS = frozenset({"and", "&", "+", "or", "und", "et", "y", "e", "en"})


def date_article(title: str) -> bool:
    """Whether ``title`` (a line's words less its dates) is only the article its date was written with, after
    the date's weekday or alone ("Montag, den", "den")."""
    words = title.split()
    if len(words) == 2 and weekday_alone(words[0]):
        words = words[1:]
    return len(words) == 1 and words[0].strip(",.:;").lower() in DATE_ARTICLE


def _without_year(words: str) -> str:
    """A label's words without the year it is for ("Termin für 2026" → "Termin"), else as they were."""
    parts = words.split(" ")
    if len(parts) < 2 or not (parts[-1].isdigit() and len(parts[-1]) == 4 and parts[-1][:2] in ("19", "20")):
        return words
    parts.pop()
    if len(parts) > 1 and parts[-1].lower() in FOR_WORDS:
        parts.pop()
    return " ".join(parts)


def date_label(title: str, line: str) -> bool:
    """Whether ``title`` (a line's words less its dates) is only a field's label that ``line`` writes with its
    colon ("Event Dates: January 23, 2019, …", "When: …", "Fecha: …", "Termin für 2026: …")."""
    words = " ".join(title.split())
    while words.rsplit(" ", 1)[-1].lower() in JOINERS and " " in words:  # "When: and": its two days' joiner (left32)
        words = words.rsplit(" ", 1)[0]
    words = words.rstrip(":").rstrip()
    if not words or f"{words}:" not in " ".join(line.split()).replace(" :", ":"):
        return False
    words = _without_year(words)
    first, _, rest = words.partition(" ")
    return FIELD_LABEL.match(words) is not None or (first.lower() in QUALIFIERS and FIELD_LABEL.match(rest) is not None)
