"""A record written in two languages names each field twice, one key per language: the field is also read under its
own name, in English where there is English (issue #13, feeds batch 72, part 1: batch 71's Hong Kong file).

Bilingual exports suffix a field's key with the language it is in: Hong Kong's cultural programmes
``<titlee>``/``<titlec>``, ``<predateE>``/``<predateC>``, ``<urle>``/``<urlc>`` (English, Chinese); Canadian open data
``title_en``/``title_fr``; Belgian ``titleNl``/``titleFr``; Welsh ``teitl_cy`` beside ``title_en``. Glued to a one-letter
mark, no key says "title" any more, so nothing named the records and the file was refused whole.

A record's keys are language twins when a stem (three letters or more) is followed by a language's mark, and at
least ``MIN_STEMS`` stems are each written with the same two or more marks: "titlee"/"titlec" and "urle"/"urlc".
One stem alone is no evidence ("date"/"data", "starte"?), nor are marks no language is written with ("startA",
"startB": a first and a second slot). A mark is one letter (``LETTERS``: E English, C Chinese, F French, N Dutch,
D German, W Welsh…), glued, capitalised or after "_"/"-", or a two-letter language code (``CODES``) after "_"/"-"
or capitalised ("titleEn").

Each twinned field is then also the record's field under its stem, from the English twin when one of the marks is
English (``ENGLISH``), else from the first written: ``"title"`` beside ``"titlee"`` and ``"titlec"``. The twins stay as
they were, and a stem the record already has keeps its own value (an export with "title" and "title_fr" reads as
before).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._json_record_walk import map_records

__all__ = ["with_language_stems"]

# One-letter marks bilingual exports use: English, Chinese (and its Traditional/Simplified), French, Dutch, German,
# Welsh, Irish, Spanish, Italian, Japanese, Korean.
LETTERS = frozenset("ecftsndwgijk")
# Two-letter language codes (ISO 639-1) and Hong Kong's "tc"/"sc" (Traditional, Simplified Chinese).
# Not "id", "no" or "ms" (Indonesian, Norwegian, Malay): "venue_id" beside "venue_no", "start_ms", are a record's
# numbers, not its languages.
CODES = frozenset({"en", "fr", "nl", "de", "cy", "ga", "gd", "zh", "tc", "sc", "es", "it", "pt", "ca", "eu", "ja",
                   "ko", "ru", "ar", "sv", "da", "fi", "nb", "pl", "el", "tr", "he", "hi", "th", "vi", "mi"})  # fmt: skip
ENGLISH = frozenset({"e", "en"})
MIN_STEMS = 2  # stems written with the same marks in one record
MAX_KEYS = 400  # a record has tens of keys; a larger mapping is no record
MAX_KEY = 60  # a field's key is a word or two; a longer one is no language twin
# stem (3+ letters) + mark: "_en", "-fr", "En", "E", "e" (glued), "_e"
_TWIN = re.compile(
    r"^(?P<stem>[A-Za-z][A-Za-z0-9]*?[A-Za-z]{2})(?:[_-](?P<sep>[A-Za-z]{1,2})|(?P<camel>[A-Z][a-z]?)|(?P<glued>[a-z]))$"
)


def with_language_stems(data: Any) -> Any:
    """The document with every record's language-twinned fields also under their stems (see the module)."""
    return map_records(data, _with_stems)


def _with_stems(record: dict[Any, Any]) -> dict[Any, Any]:
    if len(record) > MAX_KEYS:
        return record
    marks_of: dict[str, dict[str, str]] = {}  # stem → mark (lower-cased) → the key written with it
    for key in record:
        split = _split(key) if isinstance(key, str) and len(key) <= MAX_KEY else None
        if split is not None:
            marks_of.setdefault(split[0], {}).setdefault(split[1], key)
    twinned = {stem: marks for stem, marks in marks_of.items() if len(marks) >= 2}
    shared: dict[frozenset[str], int] = {}
    for marks in twinned.values():
        shared[frozenset(marks)] = shared.get(frozenset(marks), 0) + 1
    stems = {stem: marks for stem, marks in twinned.items() if shared[frozenset(marks)] >= MIN_STEMS}
    if not stems:
        return record
    added = dict(record)
    for stem, marks in stems.items():
        if stem in added:
            continue
        english = [key for mark, key in marks.items() if mark in ENGLISH]
        added[stem] = record[english[0] if english else next(iter(marks.values()))]
    return added


def _split(key: str) -> tuple[str, str] | None:
    """(stem, mark) of a key written in a language ("titlee" → title, e; "title_fr" → title, fr), else None."""
    match = _TWIN.match(key)
    if match is None:
        return None
    mark = (match["sep"] or match["camel"] or match["glued"] or "").lower()
    if (len(mark) == 1 and mark not in LETTERS) or (len(mark) == 2 and mark not in CODES):
        return None
    return match["stem"], mark
