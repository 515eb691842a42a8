"""A feed item's status said at the end of its title, for the ``rss`` adapter. Pure.

Calendars mark a called-off meeting by renaming it: "Board of Adjustment - Cancellation" (CivicPlus), "Jazz Night
(Postponed)", "Konzert – abgesagt". The rule is ``_title_status.tail_status``'s, shared with pages: the event's
status is that word's, and its name the title before it (the item's own wording is kept as ``source_title``). A word
at the title's start is ``_feed_fields.item_status``'s.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses

from events.statuswords import Status
from sources.adapters._feed_fields import Naming
from sources.adapters._title_status import tail_status


def named_status(naming: Naming) -> tuple[Naming, Status | None]:
    """The naming without a closing status word (the item's own title kept as ``source_title``), and the status
    that word says; the naming itself and None when no status word ends its title."""
    found = tail_status(naming.title)
    if found is None:
        return naming, None
    name, status = found
    return dataclasses.replace(naming, title=name, source_title=naming.source_title or naming.title), status
