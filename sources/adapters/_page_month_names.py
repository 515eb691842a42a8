"""An element classed as a name whose words are only a month's name (helper pages62). Pure.

A student house's programme writes each day as a box: ``<h2><span class="agenda_day_name">torsdag</span><span
class="agenda_day_number">23</span><span class="agenda_month_name">januar</span></h2>`` over the day's entries,
each a link to the event's page and a line "21:00 - Konsert - Teglverket". With no heading that names an event, the
card reader took the first element classed as a name for the card's name: the weekday's span was refused (a weekday
alone names nothing), the month's span was not, so every day became one card titled "januar". A month's name alone,
in any language the readers know ("januar", "März", "May", "décembre"), names no event either: such a box is left to
the schedule readers, which read each entry at its time under the day.

Not: a name that holds a month's name among other words ("Mai Jazz Night", "Oktoberfest", "May Day Parade").
"""

from __future__ import annotations

from sources.adapters._page_dates import MONTHS
from sources.adapters._page_intl import fold, heading_month


def month_alone(text: str) -> bool:
    """Whether ``text`` is only a month's name, in English or in another language read here ("januar", "Mai.")."""
    name = " ".join(text.split()).strip(" .,:")
    if not name or " " in name:
        return False
    return fold(name) in MONTHS or heading_month(name) is not None
