"""A talk's title cell that says it has no title yet: the row's speaker names it. Pure.

A department's colloquium table (batch 103) heads its columns "Date | Speaker | Affiliation | Title" and fills the
title as talks are announced: "TBA" in seven rows, one cell left empty. Read by its title column, every such row
was titled "TBA" (and so five rows of one title on other days were lost as repeats) or named by another reading.
A title cell that is empty or a placeholder ("TBA", "TBD", "TBC", "To be announced", "Title to follow", "N.N.",
"Thema folgt", "Titel folgt", "à venir", "à confirmer", "por confirmar", "da definire", "nog te bepalen", a lone
dash or question mark) names nothing: the row's named cell (the column headed "Speaker", "Artist", "Referent"…)
names the row instead.

Not: a title that only contains such a word ("TBA Jazz Night", "Concert (details TBC)": a name with a note); a
row whose speaker's cell is empty or a placeholder too, or holds no letter (a "Guests" column's head count): the
title stays as read; a table with no such column.
"""

from __future__ import annotations

import re

# The whole cell is a placeholder: a short code, a phrase that a title will follow, a dash or a question mark.
PLACEHOLDER = re.compile(
    r"(?:t\.?b\.?[acd]\.?|n\.?[ \t]?n\.?|to[ \t]{1,3}be[ \t]{1,3}(?:announced|confirmed|determined|decided)|"
    r"(?:title|topic|subject|details?)[ \t]{1,3}(?:tba|tbc|tbd|to[ \t]{1,3}follow|to[ \t]{1,3}come|pending)|to[ \t]{1,3}follow|"
    r"(?:thema|titel|programm)[ \t]{1,3}folgt|wird[ \t]{1,3}noch[ \t]{1,3}bekannt[ \t]{0,3}gegeben|[àa][ \t]{1,3}(?:venir|confirmer|pr[ée]ciser|d[ée]finir)|"
    r"por[ \t]{1,3}(?:confirmar|anunciar|definir)|da[ \t]{1,3}(?:definire|confermare|comunicare)|nog[ \t]{1,3}te[ \t]{1,3}bepalen|volgt|"
    r"[-–—?]{1,3})",
    re.IGNORECASE,
)
MAX_CELL = 40  # characters: a placeholder is a short cell, a header cell a short label
# A header cell naming who gives the talk or plays: "Speaker", "Presenter", "Artist", "Referent", "Intervenant".
NAMED = re.compile(
    r"\W{0,3}(?:speakers?|presenters?|lecturers?|guests?|artists?|performers?|bands?|referent(?:in|en)?|redner(?:in)?|"
    r"vortragende[rn]?|k\u00fcnstler(?:in)?|orateur|intervenant(?:e|s)?|conf[ée]rencier|ponentes?|relatori?|"
    r"relatrice|spreker|prelegent|f\u00f6redragsh\u00e5llare)\W{0,3}",
    re.IGNORECASE,
)


def placeholder(text: str | None) -> bool:
    """Whether a title cell names nothing: empty, or only a placeholder (see the module)."""
    written = (text or "").strip(" \t\r\n.:()[]*")
    return not written or (len(written) <= MAX_CELL and PLACEHOLDER.fullmatch(written) is not None)


def _named_column(header: list[str]) -> int | None:
    """The column a header names as the row's speaker or billed name, if one does."""
    for column, text in enumerate(header):
        if len(text) <= MAX_CELL and NAMED.fullmatch(text.strip()):
            return column
    return None


def billed_name(title: str | None, texts: list[str], header: list[str]) -> str | None:
    """The row's speaker's (or billed) cell when its title cell is a placeholder and that cell names someone; else
    the title."""
    column = _named_column(header) if placeholder(title) else None
    if column is None or column >= len(texts):
        return title
    name = texts[column].strip()
    # review44: a "Guests" column of head counts ("30") names nobody; a name has a letter in it
    named = any(ch.isalpha() for ch in name) and not placeholder(name)
    return name if named else title
