"""Values a page's template prints where it has nothing to say. Pure.

A listing whose every event starts at 12:00 am ("September 20, 2024 12:00 am" under each card of a club's
WordPress list, a plugin's default when no time was entered) gives no time at all: each event is on its day,
not at midnight. One event at midnight, or a few among timed ones (a New Year's Eve party), are left alone, and so
is a page that says its midnights are meant ("late-night DJ sets start at midnight", "Midnight Movies", "à minuit",
"a medianoche"); a midnight that ends the hours ("book drop open until midnight", "jusqu'à minuit", "hasta la
medianoche") says nothing of when events start. Events with a date only (a range of days among the midnights) neither
count nor stop the rule: they have no time to be empty.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable

from sources.adapters._midnight_words import MIDNIGHT_WORD
from sources.adapters.base import ParsedRecord, RawEvent

MIDNIGHTS = 3  # a page's events, all at 00:00: a template's empty time rather than a night's programme
# The page says its midnights are meant: the word for midnight in any language _midnight_words reads, or late night.
MEANT = re.compile(rf"{MIDNIGHT_WORD.pattern}|\blate[\s-]night\b", re.IGNORECASE)
# "Open until midnight", "tickets by midnight", "ouvert jusqu'à minuit", "abierto hasta la medianoche", "aperto fino
# alla mezzanotte", "open tot middernacht", "aberto até à meia-noite": the midnight ends the hours or a deadline.
ENDING_MIDNIGHT = re.compile(
    r"\b(?:until|till|til|to|by|before|through|bis|jusqu['’]à|hasta(?:\s{1,3}la)?|fino\s{1,3}a(?:lla)?|tot|"
    rf"até(?:\s{{1,3}}[àa])?)\s{{1,3}}{MIDNIGHT_WORD.pattern}",
    re.IGNORECASE,
)
MIDNIGHT_EVIDENCE = "every event on the page starts at 12:00 am: the template's empty time, read as the day only"


def _at_midnight(event: RawEvent) -> bool:
    start = event.start
    return isinstance(start, dt.datetime) and start.time() == dt.time(0, 0) and event.end is None


def midnight_placeholders(
    records: Iterable[ParsedRecord], page_text: Callable[[], str] | None = None
) -> list[ParsedRecord]:
    """The page's records, each event on its day only when all of them (at least MIDNIGHTS) start at midnight and
    the page (``page_text``, read only then) does not speak of midnight or late nights."""
    kept = list(records)
    events = [record for record in kept if isinstance(record, RawEvent) and isinstance(record.start, dt.datetime)]
    if len(events) < MIDNIGHTS or not all(_at_midnight(event) for event in events):
        return kept
    if page_text is not None and MEANT.search(ENDING_MIDNIGHT.sub(" ", page_text())):
        return kept
    dated: dict[int, RawEvent] = {
        id(event): dataclasses.replace(
            event,
            start=event.start.date(),  # type: ignore[union-attr]
            all_day=True,
            evidence=[*event.evidence, MIDNIGHT_EVIDENCE],
        )
        for event in events
    }
    return [dated.get(id(record), record) for record in kept]
