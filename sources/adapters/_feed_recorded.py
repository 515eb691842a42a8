"""A clock written to the second in an item's words, for the ``rss`` adapter's ISO dates: a recorded instant. Pure.

Events are announced to the minute: "Climb 2026-08-09T10:00", "Opens 2026-08-08 18:30", and a form or a database
that writes seconds writes them as zero ("2026-08-09 19:30:00"). A clock whose seconds are not zero
("2018-10-06 10:21:33 UTC - Magnitude(ML) 2.3 - 1 km NE Biancavilla (CT)", "2026-08-09T10:21:33.120") was not set
by anyone: it is when something was measured or logged (an earthquake, a sensor's reading, a crash, a server's
line), so it is no event's start, and the ISO reader of an item's words passes over it as it passes over a revision
stamp (``_feed_stamps``). Zero seconds, with or without a fraction of zeros ("19:30:00", "19:30:00.000"), are the
minute's and are read as before. Only the words: a start element's value (``ev:startdate``, ``gd:when``, xCal) is
read whatever its seconds.

A numeric day-first date ("07.08.2019 17:17:04 Liperi/Liperi öljyvah.", a rescue service's first alert restating when
it was sent) is read by ``_feed_dotted``, whose clock is the hour and minute alone: ``seconds_follow`` tells it that
seconds, not all zero, follow that clock, and the date is passed over the same way ("31.03.2015 18:50:00" is read).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations


def recorded_instant(clock: str | None) -> bool:
    """Whether a written clock ("10:21:33", "08:20:44.120") is a recorded instant: its seconds, fraction included,
    are not all zero. "10:21", "19:30:00" and "19:30:00.000" are not."""
    if not clock or clock.count(":") < 2:
        return False
    seconds = clock.split(":", 2)[2]
    return any(character not in "0." for character in seconds)


def seconds_follow(text: str, position: int) -> bool:
    """Whether the clock that ends at ``position`` of ``text`` ("17:17" of "07.08.2019 17:17:04") goes on with seconds
    that are not zero (":04", ":33.120"): a recorded instant. ":00", ":00.000", a lone ":" and none are not."""
    if text[position : position + 1] != ":" or not text[position + 1 : position + 3].isdigit():
        return False
    seconds = text[position + 1 : position + 3]
    fraction = text[position + 3 : position + 4]
    if fraction == ".":
        end = position + 4
        while end < len(text) and end < position + 16 and text[end].isdigit():
            end += 1
        seconds += text[position + 3 : end]
    return recorded_instant(f"00:00:{seconds}")
