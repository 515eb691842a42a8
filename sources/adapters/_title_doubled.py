"""A title that repeats its body's word where two names were joined: "Arts Committee Committee Meeting". Pure.

A meeting portal names a meeting by joining the body's name and the meeting's kind: "Arts Committee" and "Committee
Meeting" become "Arts Committee Committee Meeting", "Planning Board" and "Board Meeting" "Planning Board Board
Meeting". Where the same word of a body or a gathering ("committee", "board", "commission", "council", "meeting",
"session", "hearing", "Ausschuss", "Sitzung", …) stands twice in a row, once is its name: "Arts Committee Meeting".
Any other doubled word is a name and stays ("Duran Duran", "Talk Talk", "Walla Walla", "Bora Bora Night"); so does a
repeat set apart by a mark ("Board – Board Retreat").
"""

from __future__ import annotations

from collections.abc import Iterable

from sources.adapters.base import ParsedRecord, RawEvent

# The words of a body or a gathering a portal may write twice where it joins a name and a kind.
BODY_OR_GATHERING = frozenset(
    {
        "committee",
        "board",
        "commission",
        "council",
        "authority",
        "meeting",
        "session",
        "hearing",
        "workshop",
        "ausschuss",
        "sitzung",
        "beirat",
        "gemeinderat",
        "stadtrat",
        "comité",
        "comite",
        "commissione",
        "consiglio",
        "comisión",
        "comision",
        "junta",
        "conseil",
        "séance",
        "commissie",
        "vergadering",
    }
)
DOUBLED_EVIDENCE = "a body's word written twice where its name and the meeting's kind were joined: {title!r}"


def doubled_off(title: str) -> str:
    """``title`` with a body's or a gathering's word said once where it stands twice in a row (see the module)."""
    words = title.split(" ")
    kept: list[str] = []
    for word in words:
        if kept and word and word.casefold() == kept[-1].casefold() and word.casefold() in BODY_OR_GATHERING:
            continue
        kept.append(word)
    return " ".join(kept) if len(kept) < len(words) else title


def doubled_words_off(records: Iterable[ParsedRecord]) -> list[ParsedRecord]:
    """The records, each event's title with a doubled body's word said once; the title as written is the source's."""
    kept = list(records)
    for record in kept:
        if not isinstance(record, RawEvent) or not record.title:
            continue
        title = doubled_off(record.title)
        if title == record.title:
            continue
        record.source_title = record.source_title or record.title
        record.evidence = [*(record.evidence or []), DOUBLED_EVIDENCE.format(title=record.title)]
        record.title = title
    return kept
