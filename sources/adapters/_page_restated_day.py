"""A card's time written where its text says its day again. Pure.

A card may give its day alone in a badge ("15 septembre") and its time only in the sentence under its title that
says the day again: "Le mardi 15 septembre à 18 h 30, au Grand Bar du Chapitre, …" (a French association's
meetings), "Am Freitag, 16. Oktober um 19 Uhr im Saal …". The card reader (_page_block_reader.BlockReader.moments)
read the badge's day and left the time, which sits on no line of its own and beside no label. Now, when the day
read has no time, a line of the card that writes that same day with a time right after it (within
``RESTATED_REACH`` characters: "à", "um", ", at") gives the time.

A "from" before the time ("Mercredi 7 janvier 2026 à partir de 19h00", "ab 19 Uhr", "from 7pm": held-out batch 122,
a French association's meet-up under "<h2>Meet up 7 janvier</h2>") is part of the join: the reach counts from
after it (``_page_time_lines.FROM_WORDS``).

Not: a time after another day ("Prochaine séance le 22 septembre à 18 h"), a time further on in the sentence than
a word or two from the day ("15 septembre, au Grand Bar du Chapitre ouvert dès 18 h"), a card whose day already
has its time or an end.
"""

from __future__ import annotations

import datetime as dt

from sources.adapters._page_dates import ClockHit, find_clock, find_dates
from sources.adapters._page_time_lines import FROM_WORDS

RESTATED_REACH = 6  # ", à ", " um ", " at ": the words that join a day to its time
CLOCK_READ = 40  # how far after the day a time is looked for (its own span must start within the reach)


def restated_clock(text: str, day: dt.date, today: dt.date) -> ClockHit | None:
    """The time a line of ``text`` writes right after the same ``day`` again, or None."""
    for line in text.splitlines():
        for hit in find_dates(line, year_hint=day.year, today=today):
            if hit.date != day:
                continue
            after = line[hit.end : hit.end + CLOCK_READ]
            lead = FROM_WORDS.match(after)  # "à partir de 19h00": the "from" joins the day to its time too
            clock = find_clock(after[lead.end() :] if lead and lead.end() else after, dated=True)
            if clock is not None and clock.span[0] <= RESTATED_REACH:
                return clock
    return None
