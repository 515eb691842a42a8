"""Known misreads fixed (helper left28), pages: a range of times of day written with "between … and".

Held-out batch 87's blog post announces its conference "am Samstag, 31. Januar 2015, zwischen 10:00 und 17:00 Uhr
im Stuttgarter Rathaus": the day and 10:00 were read, the end not, as "und" joins two times as often as a range.
Now a time right after a word for "between" ("zwischen", "between", "entre", "tra", "tussen", "mellan"…) and
followed by "and" ("und", "and", "et", "y"…) and a second time is a range to that time
(``_page_between_clocks``, read by every reader that finds a clock). Not: two times joined by "und" with no
"between" ("um 10:00 und um 14:00 Uhr Führungen": two tours), "between" before numbers that are no times ("between
2 and 3 people", "zwischen 2010 und 2015"), "between 7:15 and" something that is no time.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._page_date_clocks import find_clock
from tests.sources.helpers import read_page

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
read_blog = functools.partial(
    read_page,
    url="https://blog.example/2031/06/tagung/",
    zone=BERLIN,
    start=dt.datetime(2031, 6, 2),  # noqa: DTZ001
)
POST = """<html><head><title>Jahrestagung 2031 | Ein Blog</title></head><body>
<div id="content" class="hentry">
<h1 class="entry-title">Netzpolitische Jahrestagung 2031 der Stiftung</h1>
<p class="post-meta"><span class="post-date date updated">2. Juni 2031</span></p>
<div class="entry-content">
<p>Unter dem Titel &bdquo;Politik im Netz&ldquo; veranstaltet die Stiftung am Samstag, 7. Juni 2031, zwischen 10:00
und 17:00 Uhr im Rathaus ihre diesjährige Jahrestagung, an der auch viele Gäste aus dem ganzen Land teilnehmen.</p>
</div></div></body></html>"""
TOURS = """<html><head><title>Museumsnacht</title></head><body>
<h1>Museumsnacht im Stadtmuseum</h1>
<p>Wann: Samstag, 7. Juni 2031, um 10:00 und um 14:00 Uhr Führungen durch die Sammlung</p>
<p>Wo: Stadtmuseum</p></body></html>"""


def test_a_single_events_announcing_sentence_between_two_times_gives_its_end() -> None:
    (event,) = read_blog(POST)
    assert event["start"] == "2031-06-07T10:00:00+02:00"
    assert event["end"] == "2031-06-07T17:00:00+02:00"


def test_hard_negative_two_times_joined_by_and_are_no_range() -> None:
    (event,) = read_blog(TOURS)
    assert event["start"] == "2031-06-07T10:00:00+02:00"
    assert event["end"] is None


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("zwischen 10:00 und 17:00 Uhr im Rathaus", dt.time(17)),
        ("between 10am and 5pm at the hall", dt.time(17)),
        ("between 10:00 and 17:00", dt.time(17)),
        ("entre 10h et 17h à la mairie", dt.time(17)),
        ("entre las 10:00 y las 17:00", dt.time(17)),
        ("10:00 und 17:00 Uhr", None),
        ("um 10:00 und um 14:00 Uhr Führungen", None),
        ("at 10am and 5pm daily", None),
        ("Buses leave between 7:15 and every 20 minutes", None),
    ],
)
def test_between_and_joins_a_range(text: str, end: dt.time | None) -> None:
    hit = find_clock(text)
    assert hit is not None
    assert hit.end == end


@pytest.mark.parametrize("text", ["Between 2 and 3 people", "zwischen 2010 und 2015"])
def test_numbers_between_are_no_times(text: str) -> None:
    assert find_clock(text) is None
