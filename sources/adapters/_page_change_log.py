"""A change log is no listing (held-out batch 110, helper pages110). Pure.

A club's website keeps a "Changelog" page ("Interne Änderungsübersicht der Website"): an <ol> of items, each a
<time datetime="2026-05-12">12.05.2026</time> over what changed on the site ("Der Link zum Aufnahmeantrag wurde
korrigiert."). Nine dates were read as nine events titled by the heading. A page whose first heading says it is a
change log ("Changelog", "Change log", "Release notes", "Version history", "Revision history", "Änderungsprotokoll",
"Änderungsübersicht", "Versionshistorie", "Notes de version", "Journal des modifications", "Historique des versions",
"Wijzigingslogboek", "Versiegeschiedenis", "Registro de cambios", "Note di rilascio"), alone or with a version or a
few words of what it covers ("Release notes 2.4", "Changelog – Website"), dates changes: none of its records is an
event.

Not: a heading that names an event after the label ("Changelog Meetup Berlin", "Release Notes Live: Community Call",
"Release party"), a change log's heading below the page's first (a site's news page with a "Changelog" section among
others is read as before), "What's new" or "Updates" (a venue's news of what is on), a heading whose tail names a venue ("Changelog Bar &
Kitchen": a venue's name), a page whose dated lines give a clock (a listing's: a change is dated by its day; review54).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_line_places import PLACE_NOUN
from sources.adapters.base import ParsedRecord, RawEvent

CHANGE_LOG = re.compile(
    r"^\W{0,3}(?:change[\s-]{0,2}log|release\s{1,3}notes|version\s{1,3}history|revision\s{1,3}history|"
    r"[äa]nderungs(?:protokoll|[üu]bersicht|historie|log)|versions(?:historie|geschichte)|notes\s{1,3}de\s{1,3}version|"
    r"journal\s{1,3}des\s{1,3}modifications|historique\s{1,3}des\s{1,3}versions|wijzigingslog(?:boek)?|"
    r"versiegeschiedenis|registro\s{1,3}de\s{1,3}cambios|note\s{1,3}di\s{1,3}rilascio)(?P<tail>.{0,60})$",
    re.IGNORECASE,
)
# A word in the heading's tail that names something one attends: "Changelog Meetup", "Release notes live".
EVENT_WORD = re.compile(
    r"\b(?:meet[\s-]?ups?|party|parties|conference|konferenz|night|talks?|live|calls?|webinars?|streams?|"
    r"launch|festival|concert|konzert|workshops?|sessions?|summit|treffen|abend|f[êe]te|soir[ée]e)\b",
    re.IGNORECASE,
)
MAX_TAIL_WORDS = 5
HEADINGS = ("h1", "h2", "h3")


def change_log_page(root: Any) -> bool:
    """Whether the page's first heading says it is a change log (see the module)."""
    for element in root.iter(*HEADINGS):
        text = " ".join(element.text_content().split())
        if not text:
            continue
        match = CHANGE_LOG.match(text)
        if match is None:
            return False  # the first heading is the page's: only it says what the page is
        tail = match.group("tail")
        return len(tail.split()) <= MAX_TAIL_WORDS and EVENT_WORD.search(tail) is None and not PLACE_NOUN.search(tail)
    return False


def without_change_log(records: list[ParsedRecord], root: Any) -> list[ParsedRecord]:
    """The records, none of them events on a change log's page (see the module)."""
    if not change_log_page(root):
        return records
    events = [record for record in records if isinstance(record, RawEvent)]
    if any(isinstance(event.start, dt.datetime) and not event.all_day for event in events):
        return records  # a clock on a dated line: a listing's (a change is dated by its day: review54)
    return [record for record in records if not isinstance(record, RawEvent)]
