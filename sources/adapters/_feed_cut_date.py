"""A title with its own date taken out, the separators around the date with it. Pure.

``without_iso_date`` and ``without_dotted_date`` find a date in a title that is the event's own ("Climb
2026-08-09T10:00", "Tatort - Das Erste, 31.03., 20:15 Uhr"); this joins what is left before and after it, the
dashes, colons and commas that set it apart dropped. A date that is all a pair of brackets holds ("Vegan ist der Plan
(19.08.2013)", "Workshop [2031-05-01]") goes with its brackets: "Vegan ist der Plan", not "Vegan ist der Plan ( )"
(batch 49, feeds). Brackets that hold more than the date stay, closed up around what is left ("Show (19.08.2013,
Bergen)" → "Show (Bergen)").

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from sources.adapters._feed_date_word import without_date_word

# What sets a date apart from the words around it ("Climb - 2026-08-09", "Late tour, 31.03.").
APART = " \t-–—:|,;/"
BRACKETS = {"(": ")", "[": "]", "{": "}"}
CLOSERS = frozenset(BRACKETS.values())


def cut_out(title: str, begin: int, end: int) -> str | None:
    """The title without ``title[begin:end]`` and its separators (and the brackets that hold only it), or None when
    nothing with a letter or a digit is left."""
    before, after = title[:begin].rstrip(" \t"), title[end:].lstrip(" \t")
    if before[-1:] in BRACKETS and after[:1] == BRACKETS[before[-1]]:
        before, after = before[:-1], after[1:]
    before, after = before.rstrip(APART), after.lstrip(APART)
    before = without_date_word(before, after)  # "Ratssitzung am" → "Ratssitzung" (_feed_date_word)
    glue = "" if before[-1:] in BRACKETS or after[:1] in CLOSERS else " "
    kept = f"{before}{glue}{after}".strip() if before and after else before or after
    return kept if any(character.isalnum() for character in kept) else None
