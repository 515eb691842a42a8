"""The adapters' shared patterns still read what they were written for: prices (common.py), dates written in a
feed's prose (_feed_when.py), a schedule page's duration cells and default place (_page_schedule.py) and a feed
value's tags (_feed_extras.py). Their hostile-text twins, the linear-time checks, are in
test_adapters_hostile_text.py."""

from __future__ import annotations

import re
from decimal import Decimal

from sources.adapters import _feed_extras, _feed_when, _page_schedule, common


def test_prices_read_as_before() -> None:
    assert common.money("$25.00") == Decimal("25.00")
    assert common.money("Tickets: 12,50 EUR") == Decimal(
        "12.50"
    )  # a decimal comma beside its currency (_decimal_marks)
    assert common.money("$1,200") == Decimal("1200")  # three digits after a comma: a thousands comma, dropped
    assert common.money("1.2.3") == Decimal("2.3")  # "1" has a digit after its dots: the next number is read
    assert common.money("call 555-0100") == Decimal("555")


def test_dates_and_times_in_prose_read_as_before() -> None:
    match = _feed_when.PROSE_DATE.search("Join us Saturday, December 5,   at   7:30 PM  to  9 pm!")
    assert match is not None
    assert (match.group("date"), match.group("start"), match.group("end")) == (
        "Saturday, December 5",
        "7:30 PM",
        "9 pm",
    )
    shared = _feed_when._SHARED_CLOCK.match(" ,  both running from  9 a.m.   to   noon")
    assert shared is not None
    assert (shared.group("start"), shared.group("end")) == ("9 a.m.", "noon")
    assert _feed_when._SHARED_CLOCK.match("\n\n x") is None


def test_duration_cells_and_default_places_read_as_before() -> None:
    duration: re.Pattern[str] = _page_schedule.DURATION
    matched = duration.match("  01h  45m  ")
    assert matched is not None
    assert (matched.group("h"), matched.group("m"), matched.group("unit")) == ("01", "45", "m")
    assert duration.match("  1 h 30  ") is None
    sentence = "Meetings are held on Mondays and begin at 7 pm at City Hall, located at 5 Main St."
    place = _page_schedule.DEFAULT_PLACE.search(sentence)
    assert place is not None
    assert place.group("place") == "City Hall"


def test_a_feed_value_loses_its_tags_and_keeps_a_lone_less_than_sign() -> None:
    entry = {"ev_location": "Hall <b>A</b> &amp; <i>B</i> (age < 18, <em>free</em> entry)"}
    assert _feed_extras.local_value(entry, ["location"]) == "Hall A & B (age < 18, free entry)"
