"""The hundred-and-twenty-fourth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout124.json:
an Italian town band's cards, a Danish shopping centre's Christmas blocks, a Danish singer's calendar, a Swedish summer
theatre's programme; a Polish charity's weekly roster and a Swedish orchestra's archive as the hard negatives;
measured once at 410186b7), on small documents of our own:

* "TID: 30-12-2031 10:00:00" left ":00" over after its clock, so the line was no date line and five of six blocks
  were missed (``_page_date_clocks.ZERO_SECONDS``).
* "<strong>Luogo:</strong> Sede della banda … <a>Vedi sulla mappa</a>" was placed at the map link, the label
  element's next element, not at the words in its tail (``_page_cards.labelled``).
* "<h5>Kalender 2013</h5>" named no year ("Kalender" no calendar's noun: ``_page_years.SCHEDULE_NOUNS``) and the
  "<h6>Oktober</h6>" under it no month (a month alone: ``_page_schedule_lines._month_under_year``), so the rows
  "<span class=day>10</span><span class=time>19:00</span>Aggerbæk Orchestra @ Buddhas Jazzklub, Hillerød" were no days.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from lxml import html

from sources.adapters._page_cards import WHERE_LABEL, labelled
from sources.adapters._page_dates import find_clock
from sources.adapters._page_years import bare_year
from tests.sources.helpers import read_page
from tests.sources.test_heldout114_pages import by_title

COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")
read = functools.partial(read_page, url="https://centre.example/events.php", zone=COPENHAGEN)
NOVEMBER = dt.datetime(2031, 11, 15, 9)  # noqa: DTZ001  (the reader's zone)


def _block(name: str, stamp: str, place: str) -> str:
    return (
        f"<div>\n<img src='x.jpg' alt='x'>\n<h2>{name}</h2>\n<p>TID: {stamp}</p>\n<p>STED: {place}</p>\n"
        "<p>Kom og vær med</p>\n<a href='e.html'>Læs mere her</a>\n</div>\n<hr>\n"
    )


def test_a_clock_with_zero_seconds_is_one_time_and_its_blocks_are_events() -> None:
    assert find_clock("TID: 30-12-2031 10:00:00").span == (16, 24)
    blocks = [
        ("Udsalget starter!", "30-12-2031 10:00:00", "Hele galleriet"),
        ("Nissernes værksted", "29-11-2031 11:00:00", "Foran Bahne plan 5"),
        ("De bedste julesange", "28-11-2031 18:00:00", "Plan 5"),
    ]
    events = by_title(
        read("<html><body>" + "".join(_block(*block) for block in blocks) + "</body></html>", start=NOVEMBER)
    )
    assert set(events) == {name for name, _, _ in blocks}
    assert events["Nissernes værksted"]["start"].startswith("2031-11-29T11:00")
    assert events["De bedste julesange"]["venue_name"] == "Plan 5"


def test_other_seconds_and_a_timecode_are_not_zero_seconds() -> None:
    assert find_clock("Finish 19:30:01").span == (7, 12)  # a result's time to the second: read as before
    clock = find_clock("Cue 10:00:00:00")  # a timecode: its ":00" is not a clock's seconds
    assert clock is None or clock.span[1] != 12


def _card(label: str) -> html.HtmlElement:
    return html.fragment_fromstring(f"<div class='card-body'><h4>Concerto d'estate</h4>{label}</div>")


def test_the_words_beside_a_place_label_are_its_value_not_the_link_after_them() -> None:
    beside = "<p><strong>Luogo:</strong> Sede della banda, Via Roma 33 &emsp;<a href='https://maps.example/x'>Vedi sulla mappa</a></p>"
    assert labelled(_card(beside), WHERE_LABEL) == "Sede della banda, Via Roma 33"
    # not: a label over its value's own element, or a dash between the label and its value's link
    assert labelled(_card("<dl><dt>Venue</dt><dd>The Blue Door</dd></dl>"), WHERE_LABEL) == "The Blue Door"
    assert labelled(_card("<p><strong>Where:</strong> – <a href='/hall'>Main Hall</a></p>"), WHERE_LABEL) == "Main Hall"


def test_a_weekly_roster_and_an_archive_of_years_print_nothing() -> None:
    day = (
        "<div class='day'><h2 class='day__name'>{day}</h2><ul class='duties'><li class='duty'><div class='duty__date'>"
        "<div class='duty__day'>{hours}</div></div><div class='duty__body'><h3>{name}</h3><p class='duty__meta'>"
        "<span>psycholożka</span></p><p>Konsultacja pierwszego kontaktu.</p></div></li></ul></div>"
    )
    roster = "".join(
        day.format(day=d, hours=h, name=n)
        for d, h, n in [("Poniedziałek", "10–14", "Anna Kowalska"), ("Wtorek", "12–16", "Karolina Nowak")]
    )
    assert read(f"<html><body><h2>Poradnia, ul. Przykładowa 12</h2>{roster}</body></html>", start=NOVEMBER) == []
    archive = "".join(
        f"<div class='concert-item'><h3>{name}</h3><img src='x.jpg' alt='{name}'></div>"
        for name in ("Höstens Konsert 2030", "Vårens Symfoni 2029", "Sommarkonsert 2028")
    )
    assert read(f"<html><body><h2>Tidigare Konserter</h2>{archive}</body></html>", start=NOVEMBER) == []


def _calendar(year_heading: str) -> str:
    row = "<li><span class='day'>{}</span><span class='time'>19:00</span>{}</li>"
    months = [
        ("Oktober", 10, "Aggerbæk Orchestra @ Buddhas Jazzklub, Hillerød"),
        ("April", 16, "Release Party @ Planeten"),
    ]
    body = "".join(
        f"<div class='month'><h6>{month}</h6><ul>{row.format(day, what)}</ul></div>" for month, day, what in months
    )
    return f"<html><body><div class='row'>{year_heading}{body}</div></body></html>"


def test_a_month_alone_under_a_calendars_year_heading_is_that_years_month() -> None:
    assert bare_year("Kalender 2031") == 2031
    assert bare_year("Kalender 2031, 12. oktober") is None  # a day: no year heading
    events = by_title(read(_calendar("<h5>Kalender 2031</h5>"), start=dt.datetime(2031, 3, 1, 9)))  # noqa: DTZ001
    assert events["Aggerbæk Orchestra"]["start"].startswith("2031-10-10T19:00")
    assert events["Aggerbæk Orchestra"]["venue_name"] == "Buddhas Jazzklub, Hillerød"
    assert events["Release Party"]["start"].startswith("2031-04-16T19:00")
    # not: the same months with no year above them (a listing's month headings over its own dates)
    assert read(_calendar("<h5>Kalender</h5>"), start=dt.datetime(2031, 3, 1, 9)) == []  # noqa: DTZ001
