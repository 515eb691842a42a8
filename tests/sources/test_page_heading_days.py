"""Dateless cards under a day heading among a listing's dated cards (issue #13, helper leftpages6;
sources/adapters/_page_heading_days.py), each on a small document of our own: "<h3 class="day">Sunday, October
11th</h3>" among cards that give their own dates, over a card of the same shape that gives only "Doors 7pm / Show
8pm", is that card's day, at the show time, in the year of the dated cards before it.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import lxml.html

from sources.adapters._page_heading_days import day_headings_into_cards
from tests.sources.helpers import read_page

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")


def reader(year: int, month: int, day: int):
    return functools.partial(
        read_page,
        url="https://club.example.org/calendar/",
        zone=CHICAGO,
        start=dt.datetime(year, month, day, tzinfo=CHICAGO),
    )


def at(year: int, month: int, day: int, hour: int, minute: int) -> str:
    return dt.datetime(year, month, day, hour, minute, tzinfo=CHICAGO).isoformat()


LISTING = """<html lang="en"><body><h1>Calendar</h1>
<div class="listing">
<div class="item"><h3 class="name"><a href="/e/oak">The Oak Quartet</a></h3><div class="when">Thursday, Oct 08, 2026
</div><div class="hour">9:00 PM</div></div>
<div class="item"><h3 class="name"><a href="/e/mill">Millie Grant Trio</a></h3><div class="when">Friday, Oct 09, 2026
</div><div class="hour">7:30 PM</div></div>
<h3 class="day">Sunday, October 11th</h3>
<div class="item"><h3 class="name">Late Harvest Revue</h3><div class="hour">Doors 7pm / Show 8pm</div></div>
</div>
<a href="/calendar/page/2/">Older</a>
</body></html>"""


def test_a_card_under_a_day_heading_is_on_that_day_at_the_show_time() -> None:
    events = reader(2026, 10, 5)(LISTING)

    assert [(e["title"], e["start"]) for e in events] == [
        ("The Oak Quartet", at(2026, 10, 8, 21, 0)),
        ("Millie Grant Trio", at(2026, 10, 9, 19, 30)),
        ("Late Harvest Revue", at(2026, 10, 11, 20, 0)),
    ]


NO_WEEKDAY = """<html lang="en"><body><h1>Calendar</h1>
<div class="listing">
<div class="item"><h3 class="name"><a href="/e/oak">The Oak Quartet</a></h3><div class="when">Oct 08, 2026</div>
<div class="hour">9:00 PM</div></div>
<h3 class="day">October 11th</h3>
<div class="item"><h3 class="name">Late Harvest Revue</h3><div class="hour">Doors 7pm / Show 8pm</div></div>
<div class="item"><h3 class="name">Night Owls Jam</h3><div class="hour">10:30pm</div></div>
</div></body></html>"""


def test_a_year_less_heading_takes_the_year_of_the_dated_card_before_it() -> None:
    """The window opens a year earlier (2025): the listing's own dates say 2026, so its October 11th is 2026's."""
    events = reader(2025, 10, 1)(NO_WEEKDAY)

    assert [(e["title"], e["start"]) for e in events] == [
        ("The Oak Quartet", at(2026, 10, 8, 21, 0)),
        ("Late Harvest Revue", at(2026, 10, 11, 20, 0)),
        ("Night Owls Jam", at(2026, 10, 11, 22, 30)),
    ]


# --- guards ---------------------------------------------------------------------------------------------------
OTHER_HEADING = """<html lang="en"><body><h1>Calendar</h1>
<div class="listing">
<div class="item"><h3 class="name"><a href="/e/oak">The Oak Quartet</a></h3><div class="when">Thursday, Oct 08, 2026
</div><div class="hour">9:00 PM</div></div>
<h3 class="day">Sunday, October 11th</h3>
<h3>Residencies</h3>
<div class="item"><h3 class="name">Open Mic Mondays</h3><div class="hour">Doors 7pm / Show 8pm</div></div>
</div></body></html>"""


def test_a_heading_that_is_no_day_ends_the_run() -> None:
    """Guards the run: a weekly residency under "Residencies" is not the day heading's event."""
    events = reader(2026, 10, 5)(OTHER_HEADING)

    assert not any(e["title"] == "Open Mic Mondays" and e["start"].startswith("2026-10-11") for e in events)


def _written(document: str) -> list[str]:
    root = lxml.html.fromstring(document)
    day_headings_into_cards(root)
    return [" ".join(node.text_content().split()) for node in root.iter("p") if node.get("class") == "list-day"]


BLOG = """<div><h2 class="date-header">Sunday, October 11th</h2>
<div class="post"><h3 class="post-title"><a href="/owls.html">Owls at dusk</a></h3><p>Posted by Ann at 7:15 PM</p></div>
<h2 class="date-header">Saturday, October 10th</h2>
<div class="post"><h3 class="post-title"><a href="/geese.html">Geese overhead</a></h3><p>Posted at 6:02 PM</p></div>
</div>"""


def test_a_blogs_date_headers_are_left_to_the_other_readers() -> None:
    """Guards the dated siblings: posts under date headers, none dating itself, are no listing's dateless cards."""
    assert _written(BLOG) == []


OWN_DATE_AND_NO_TIME = """<div>
<div class="item"><h3>The Oak Quartet</h3><p>Oct 08, 2026</p><p>9:00 PM</p></div>
<h3 class="day">Sunday, October 11th</h3>
<div class="item"><h3>Early Show</h3><p>Oct 12, 2026</p><p>6:00 PM</p></div>
<div class="item"><h3>Gallery open all weekend</h3><p>Free entry</p></div>
</div>"""


def test_a_card_with_its_own_date_or_no_time_is_left_alone() -> None:
    """Guards the card: one that dates itself keeps its date; one with no time is no timed show of that day."""
    assert _written(OWN_DATE_AND_NO_TIME) == []


def test_the_day_gets_the_year_only_when_it_has_none() -> None:
    written = _written(LISTING.replace("<html", "<div").replace("</html>", "</div>"))
    assert written == ["Sunday, October 11th, 2026"]
