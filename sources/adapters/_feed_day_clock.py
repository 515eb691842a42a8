"""The clock an item's words write beside its own day, for a day a feed of events dates by pubDate (``rss``). Pure.

A venue's Hugo site dates each show's page by the show's day, so its feed's pubDate is the day at local midnight
("Sat, 16 Nov 2019 00:00:00 +0100") and is read as that day, all day (``_feed_dates._pubdate_when``). Two pages of
one act's two nights share a description that lists both nights with their clocks, day first with dots and a bar
between: "Dienstag, 12.11. I 20:00 Samstag, 16.11.I 20.00" (batch 64). The dotted-date reader does not take the
bar ("I") nor the dotted clock without "Uhr", and the prose's first date would be the 12th for both pages anyway;
each page is the night its pubDate names, and its clock was lost.

``day_at_clock`` gives such a day (a day alone, no end) the clock its words write right after a restatement of that
same day: a day and a month with dots ("16.11.", "16.11.2019", a weekday before it or not), then at most a comma, a
bar ("|", "I", "/", "·", "•"), a dash or "um"/"at"/"à", then a clock with a colon or a dot ("20:00", "20.00",
"20.00 Uhr"). Only when the words give that day exactly one such clock.

Not changed: a day the words restate with no clock, or with two different ones ("16.11. 18:00 … 16.11. 21:00");
another day's clock ("12.11. I 20:00" under the 16th); a restatement after "bis", "until", "by", "deadline",
"Vorverkauf", "Anmeldung", "Kartenverkauf ab", "Einsendeschluss", "on sale" (a sale's or a sign-up's start or
close on the day, not the show; review37); a score's or a running time's figure ("Ergebnis 16.11. 3:12", "16.11. –
3:30 h Laufzeit"; review38); a figure with a currency after it ("16.11. | 20.00 €", "18.00 Fr.", a price); a day that already has its clock, or a span.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from collections.abc import Sequence

from sources.adapters._feed_when import TEXT_SCAN_LIMIT, When, make_when

# A dotted day and month (a year maybe), a short separator, a clock. Bounded, nothing nested: linear on any text.
DAY_CLOCK = re.compile(
    r"(?<![\w.,/:-])(?P<day>0?[1-9]|[12]\d|3[01])\.(?P<month>0?[1-9]|1[0-2])\.(?:(?:19|20)\d\d)?"
    r"[ \t]{0,3}(?:(?:[,|/·•–—-]|(?-i:I)(?![^\W\d_])|um|at|à)[ \t]{0,3})?"
    r"(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?![\d.,:])"
    r"(?![ \t]{0,2}(?:€|eur\b|euro|chf|s?fr\.|kr\b|kč|kn\b|ft\b|zł|lei\b|sek\b|nok\b|dkk\b|%|\$|£))",
    re.IGNORECASE,
)
# What a restated day closes rather than starts: a sale, a sign-up, a deadline ("Vorverkauf bis 16.11. 12:00").
CLOSE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:bis|until|till|by|deadline|frist|vorverkauf|anmeldung|anmeldeschluss|registration|"
    r"tickets?|(?:karten|ticket)?(?:vor)?verkauf|[^\W\d_]{0,12}schluss|on[ \t]sale|sale|booking|"
    r"ergebnis|endstand|spielstand|result|score|dauer|duration|laufzeit)"  # a score's or a duration's (review38)
    r"[ \t:]{0,3}(?:[^\W\d_]{2,12}[ \t,]{1,3})?$",
    re.IGNORECASE,
)
# A figure that is a running time or a score, said right after it ("16.11. – 3:30 h Laufzeit", "3:12 n. V.").
NOT_CLOCK_AFTER = re.compile(
    r"[ \t]{0,2}(?:h\b|std\.?|stunden|hrs?\b|hours?)?[ \t]{0,2}"
    r"(?:laufzeit|dauer|spieldauer|duration|running[ \t]time|n\.[ \t]?v\.|nach[ \t]verl)",
    re.IGNORECASE,
)
BEFORE_REACH = 30  # characters before a restated day looked at for what it closes
MAX_MATCHES = 20  # restated days looked at per text


def day_at_clock(when: When, texts: Sequence[str | None], zone: zoneinfo.ZoneInfo | None) -> When:
    """``when`` (one day, no clock, no end) at the one clock its ``texts`` write right after that same day, in
    ``zone`` (the feed's); else ``when`` as it is."""
    day = when.start
    if not when.all_day or isinstance(day, dt.datetime) or when.end is not None:
        return when
    clocks: set[tuple[int, int]] = set()
    for text in texts:
        text = (text or "")[:TEXT_SCAN_LIMIT]
        for count, match in enumerate(DAY_CLOCK.finditer(text)):
            if count >= MAX_MATCHES:
                break
            if (int(match["day"]), int(match["month"])) != (day.day, day.month):
                continue
            if CLOSE_BEFORE.search(text[max(0, match.start() - BEFORE_REACH) : match.start()]):
                continue  # "Vorverkauf bis 16.11. 12:00": a sale's close
            if NOT_CLOCK_AFTER.match(text, match.end()):
                continue  # "16.11. – 3:30 h Laufzeit": a running time (review38)
            clocks.add((int(match["hour"]), int(match["minute"])))
    if len(clocks) != 1:
        return when
    hour, minute = clocks.pop()
    start = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zone or dt.UTC)
    return dataclasses.replace(make_when(start, None, zone=zone, exclusive_end=False), doubt=when.doubt)
