"""A label alone on its line that dates a post, not an event: when it was published, until when it is shown
("Publicerad" over "10 maj", "Visa till" over "15 maj" in a school's news items; "Published" / "Posted" over a
date in an article's meta block; "Veröffentlicht", "Publié", "Gepubliceerd", "Julkaistu" ...). The date under
such a label is the post's stamp: no event's day. Pure.

Only the label alone (with at most a colon): "Published: 12 May" on one line is the page-date words' business
(_page_words.PAGE_DATES), and a heading that merely contains a word of these ("Posted to the board") is no label.
"""

from __future__ import annotations

import re

STAMP_LABEL = re.compile(
    r"(?:"
    r"(?:first\s+|last\s+)?(?:published|posted|updated)(?:\s+on)?|publication\s+date|date\s+(?:published|posted)|"
    r"(?:visible|shown?|displayed|expires?|available)\s+(?:until|till)|expir(?:es|y\s+date)|"  # English
    r"publicerad|publicerat|publiceret|publisert|publicert|uppdaterad|opdateret|oppdatert|"  # Swedish, Danish, Norwegian
    r"visa(?:s)?\s+till|vises\s+til|visas\s+t\.?o\.?m\.?|"  # "shown until" (Swedish, Danish/Norwegian)
    r"julkaistu|päivitetty|näkyy\s+asti|"  # Finnish
    r"ver(?:ö|oe)ffentlicht(?:\s+am)?|aktualisiert(?:\s+am)?|anzeigen\s+bis|sichtbar\s+bis|"  # German
    r"publi[ée](?:\s+le)?|mis\s+[àa]\s+jour(?:\s+le)?|"  # French
    r"gepubliceerd(?:\s+op)?|bijgewerkt(?:\s+op)?|zichtbaar\s+tot|"  # Dutch
    r"publicado(?:\s+el)?|actualizado(?:\s+el)?|pubblicato(?:\s+il)?|opublikowano"  # Spanish, Italian, Polish
    r")",
    re.IGNORECASE,
)


def stamp_label(text: str) -> bool:
    """Whether a line is only a post's stamp label ("Publicerad", "Visa till", "Published:", "Veröffentlicht am")."""
    label = text.strip()
    label = label[:-1].rstrip() if label.endswith(":") else label
    return len(label) <= 40 and STAMP_LABEL.fullmatch(label) is not None
