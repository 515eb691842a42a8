"""A listing's entry that calls itself a placeholder is no event. Pure.

A club's site built from a template (held-out batch 122, a Lions club's "Termine") still shows its sample rows:
"Hinweis: Die folgenden Termine sind Platzhalter", then "06" / "Dez" over "Waldweihnacht für Kinder (Platzhalter)",
"[Uhrzeit] Uhr · [Veranstaltungsort einfügen]". The one row whose badge was a real day was read as an event. A
record whose title ends with a bracketed word saying it is a placeholder or an example ("(Platzhalter)",
"(placeholder)", "[Beispiel]", "(exemple)", "(voorbeeld)", "(ejemplo)", "(esempio)") is the template's, not the
club's: it is left out.

Not: a title that only contains such a word ("Platzhalter-Workshop", "Der Platzhalter", "Example Band live"), a
bracketed note of another kind ("Konzert (Band)", "Quiz (example questions online)"), a bracket in the middle of a
title; an ordinary word of a name in brackets ("Special Guest (Example)", "Cheese Night (Sample)", "Crash Test
(Dummy)") unless the record's other fields show a template's slot too ("[Uhrzeit]", "[Venue]", "Lorem ipsum":
review61). The placeholder's own words ("Platzhalter", "placeholder", "plaatshouder", "segnaposto") suffice alone.

pages123: an orchestra's "Concerts" page still holding its theme's demo posts, "<h2>Post Title<br><small>October 13,
2013</small></h2>" over lorem ipsum: a title that is only the field it stands for ("Post Title", "Event Title", "Event
Name", "Your Title Here", "Title goes here") or the filler "Lorem ipsum …" is the theme's (PLACEHOLDER_TITLE). Not: a
title holding such words among its own ("Post Title Fight Night", "The Event Name Game", "Lorem Ipsum Quartet live").
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
# The words that only say "placeholder": a title marked with one needs no other sign.
PLACEHOLDER_ONLY = re.compile(r"platzhalter|placeholder|plaatshouder|segnaposto|espace\s+réservé", re.IGNORECASE)
# A template's slot in the record's other fields: a bracketed capitalised word or two ("[Uhrzeit]", "[Veranstaltungsort
# einfügen]", "[Venue]"), or the filler text.
TEMPLATE_SLOT = re.compile(r"\[[^\W\d_][^\]\[]{0,40}\]|lorem\s+ipsum", re.IGNORECASE)


def _placeholder(record: RawEvent) -> bool:
    mark = PLACEHOLDER_MARK.search(record.title or "")
    if mark is None:
        return False
    if PLACEHOLDER_ONLY.search(mark.group()):
        return True
    fields = (record.description, record.venue_name, record.address)
    return any(TEMPLATE_SLOT.search(field[:2000]) for field in fields if field)


# pages123: a theme's demo entry titled by the field it stands for ("Post Title", "Event Title", "Your Title Here")
# or by its filler text ("Lorem ipsum …"), the whole title only, or with the date its heading runs on after it
# ("Post Title October 13, 2013": "<h2>Post Title<br><small>October 13, 2013</small></h2>").
PLACEHOLDER_TITLE = re.compile(
    r"^\s*(?:(?:post|event|blog|article|news|page|entry|item)\s{1,3}(?:title|name|heading)|your\s{1,3}(?:event\s{1,3})?"
    r"title(?:\s{1,3}here)?|title\s{1,3}(?:goes\s{1,3})?here|lorem\s{1,3}ipsum(?:\s{1,3}dolor\b[^\n]{0,200})?)"
    r"(?:[ \t,–-]{1,3}[^\n\d]{0,20}\d{1,2}(?:st|nd|rd|th)?,?[ \t]{1,3}(?:19|20)\d\d)?\s*$",  # its date run on after it
    re.IGNORECASE,
)


def without_placeholders(records: Iterable[ParsedRecord]) -> list[ParsedRecord]:
    """``records`` without the events whose titles mark them as a template's placeholders (see the module)."""
    return [
        record
        for record in records
        if not (isinstance(record, RawEvent) and (_placeholder(record) or PLACEHOLDER_TITLE.match(record.title or "")))
    ]
