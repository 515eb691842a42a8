"""A listing's entry that calls itself a placeholder is no event. Pure.

A club's site built from a template (held-out batch 122, a Lions club's "Termine") still shows its sample rows:
"Hinweis: Die folgenden Termine sind Platzhalter", then "06" / "Dez" over "Waldweihnacht für Kinder (Platzhalter)",
"[Uhrzeit] Uhr · [Veranstaltungsort einfügen]". The one row whose badge was a real day was read as an event. A
record whose title ends with a bracketed word saying it is a placeholder or an example ("(Platzhalter)",
"(placeholder)", "[Beispiel]", "(exemple)", "(voorbeeld)", "(ejemplo)", "(esempio)") is the template's, not the
club's: it is left out.

Not: a title that only contains such a word ("Platzhalter-Workshop", "Der Platzhalter", "Example Band live"), a
bracketed note of another kind ("Konzert (Band)", "Quiz (example questions online)"), a bracket in the middle of a
title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sources.adapters.base import ParsedRecord, RawEvent

PLACEHOLDER_MARK = re.compile(
    r"[(\[]\s*(?:platzhalter|beispiel(?:termin)?|placeholder|sample|example|dummy|exemple|espace\s+réservé"
    r"|voorbeeld|plaatshouder|ejemplo|esempio|segnaposto|exemplo)\s*[)\]]\s*$",
    re.IGNORECASE,
)


def without_placeholders(records: Iterable[ParsedRecord]) -> list[ParsedRecord]:
    """``records`` without the events whose titles mark them as a template's placeholders (see the module)."""
    return [
        record
        for record in records
        if not (isinstance(record, RawEvent) and PLACEHOLDER_MARK.search(record.title or ""))
    ]
