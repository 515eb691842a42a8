"""A feed item whose title names a submission deadline, not an event, for the ``rss`` adapter. Pure.

A conference calendar's feed lists, beside each conference, the days its papers are due: "International Copper
Conference: Abstract extended submission deadline", "… : First draft manuscript submission deadline", "Final
manuscript submission deadline" (batch 63), each dated in its description ("Date: 2024-11-13 … Kind: abstract
deadline"). The date reader read them as three more events on the deadline's day. A deadline is the last day to send
something in, not an event anyone attends: the item is set aside with that reason, whatever its feed (a calendar
lists the deadline as a reminder).

Only the title decides, and only its end: the word "deadline" (or "deadlines") after what is due: a submission, an
application, a registration, an abstract, a manuscript, a paper, a proposal, an entry, a nomination, a payment…
("Early-bird registration deadline", "Grant application deadline (extended)"). Left as they were: a title that is
"Deadline" alone or names something else ("The Deadline", a film; "Deadline Festival", "Deadline: a play in two
acts"), and a deadline named mid-title ("Workshop: bring your work before the deadline and meet the editors").

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

MAX_TITLE = 200  # characters of a title looked at

DEADLINE_TITLE = re.compile(
    r"(?<![^\W\d_])(?:submissions?|applications?|registrations?|abstracts?|manuscripts?|papers?|proposals?|entry|"
    r"entries|nominations?|payments?|filing|enrol?lments?|sign[- ]?ups?|rsvps?|early[- ]?bird|grants?|"
    r"scholarships?|bids?|call\s{1,3}for\s{1,3}\w{1,20})[ \t]{1,3}deadlines?"
    r"(?:[ \t]{0,3}\([^()]{0,40}\))?[ \t.!]{0,3}$",
    re.IGNORECASE,
)
DEADLINE = (
    "The item's title names a deadline ({deadline!r}): the last day to send something in, not an event to attend."
)


def deadline_notice(title: str | None) -> str | None:
    """Why the item is a submission deadline, not an event (``DEADLINE``), or None when its title names none."""
    if not title:
        return None
    found = DEADLINE_TITLE.search(title.strip()[:MAX_TITLE])
    if found is None:
        return None
    return DEADLINE.format(deadline=found.group(0).strip(" .!"))
