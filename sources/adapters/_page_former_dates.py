"""A line's former date, "March 8, 2031: Focus on Wellness (rescheduled from Feb 1)": the day the event is no longer
on, not a second event (helper left41). Pure.

A programme line that moved an event writes its new date first and the old one after a word that says so: "rescheduled
from", "moved from", "postponed from", "originally (scheduled) for", "previously on", "was on", "instead of", German
"verschoben vom", "statt", "ursprünglich am", French "reporté du", "initialement prévu le", "au lieu du", Dutch
"verplaatst van", Spanish "aplazado del", "en lugar del". The line reader took each date of such a line as an
event, so the event was read on its old day too. A date right after those words (an article or a weekday between) is
dropped from the line's dates, when another date is left.

Not: "moved to Feb 18" / "rescheduled to" (the new day: the line's day), "from Feb 1 to Feb 3" (a range), "originally
a barn, now a hall" (no date after the words), a line whose only date is the former one (nothing else to read),
"Die Führungen finden statt am 3. Mai und am 10. Mai" (review56: "take place on", as "findet statt am").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sources.adapters._page_dates import DateHit

FORMER = re.compile(
    r"(?:\b(?:(?:re)?scheduled|moved|postponed|changed|shifted|delayed|relocated|rearranged)[ \t]{1,3}from"
    r"|\boriginally(?:[ \t]{1,3}(?:scheduled|planned|set|due|billed))?(?:[ \t]{1,3}(?:for|on))?"
    r"|\bpreviously(?:[ \t]{1,3}(?:scheduled|planned|announced))?(?:[ \t]{1,3}(?:for|on))?"
    r"|\b(?:was|were)(?:[ \t]{1,3}(?:scheduled|planned|due))?[ \t]{1,3}(?:for|on)|\binstead[ \t]{1,3}of"
    r"|\bverschoben[ \t]{1,3}(?:vom|von)|(?<!findet )(?<!fand )(?<!finden )(?<!fanden )\bstatt(?:[ \t]{1,3}(?:am|dem))?|\bursprünglich(?:[ \t]{1,3}(?:am|für))?"
    r"|\breport[ée]e?s?[ \t]{1,3}(?:du|de)|\binitialement(?:[ \t]{1,3}prévue?s?)?(?:[ \t]{1,3}(?:le|pour))?"
    r"|\bau[ \t]{1,3}lieu[ \t]{1,3}(?:du|de)|\bverplaatst[ \t]{1,3}van|\baplazad[oa]s?[ \t]{1,3}(?:del|de)"
    r"|\ben[ \t]{1,3}lugar[ \t]{1,3}(?:del|de))"
    r"[ \t]{1,3}(?:the[ \t]{1,3}|le[ \t]{1,3}|el[ \t]{1,3})?[(\[]?$",
    re.IGNORECASE,
)
REACH = 48  # characters before a date looked at for those words


def former(text: str, start: int) -> bool:
    """Whether the date at ``start`` in ``text`` is written as the day the event was moved from (see the module)."""
    return FORMER.search(text[max(0, start - REACH) : start]) is not None


def former_dates_off(text: str, hits: Sequence[DateHit]) -> list[DateHit]:
    """``hits`` (dates with a ``start``) without the former dates, when another is left (see the module)."""
    kept = [hit for hit in hits if not former(text, hit.start)]
    return kept if kept else list(hits)
