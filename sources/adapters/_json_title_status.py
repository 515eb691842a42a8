"""A status word a record's own title opens or ends with, in JSON and XML records (batch 43, feeds).

A university's events export cancels an event by renaming it, "*CANCELLED* Data Fair Webinar", and leaves its
``<Canceled>`` flag at 0; feeds and pages read such words already (``_title_status``), but a record read through a
JSON mapping took its status only from the mapped status field, and printed the event as scheduled under the
title "CANCELLED* Data Fair Webinar".

Where the mapped status says nothing else (no status field, or one that reads "scheduled"), a status word opening
the title and set apart by a mark ("*CANCELLED* …", "[Postponed] …", "Cancelled: …", "RESCHEDULED - …") or
closing it after a separator ("… - CANCELLED", "… (Postponed)", ``_title_status.tail_status``) is the record's
status; the title is the rest, and the record's own title is kept as its source title.

Refused: a word that opens the name itself ("Cancelled Plans: A Comedy Night", "Postponed Dreams – a play": no mark
right after the word); a title that is only the word; a record whose status field says another status already
(its field wins); a word inside the title ("The Cancellation Policy Workshop").

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

from events import statuswords
from events.statuswords import Status
from sources.adapters._title_status import tail_status

_LEAD_WORDS = statuswords.alternation((*statuswords.words(), *statuswords.phrases()))
# "*CANCELLED* …", "[Postponed] …", "Cancelled: …", "ABGESAGT – …": the word, then at least one mark; anchored.
MARKED_LEAD = re.compile(r"^[^\w]{0,8}(?P<word>" + _LEAD_WORDS + r")[ \t]{0,3}[*:\-–—|!\])]{1,4}[ \t]*", re.IGNORECASE)


def title_status(title: str) -> tuple[str, Status] | None:
    """(the title without its status word, the status) when a marked status word opens or ends it, else None."""
    lead = MARKED_LEAD.match(title)
    if lead is not None:
        rest = title[lead.end() :].strip()
        status = statuswords.status_of(lead.group("word"))
        if status is not None and any(character.isalnum() for character in rest):
            return rest, status
    return tail_status(title)
