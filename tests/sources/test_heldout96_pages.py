"""The ninety-sixth held-out batch's miss, pages (issue #13, bench/corpus/pages/manifest-heldout96.json: Dutch venues'
own agenda pages from LeipeLeon/bwh-ical, measured once at e6506297), on small documents of our own:

* A youth venue's upcoming-events list (an old WordPress event-calendar list view) marks each event
  ``class="vevent"`` with its ``summary`` and ``url`` but prints its date only in words, "5 oktober 2024 20:00",
  in a plain element: no ``dtstart``. The event was skipped for want of a start and the page reader found nothing
  either. Now a start-less vevent whose text holds exactly one element that is nothing but a date in words with its
  year is given that date as its start (``_mf_text_start``). Not: two different dates, a stamp ("Geplaatst op ..."),
  a date without a year, a date inside a sentence, a vevent that has a start already.

Left (docs/real-world-sources-log.md, batch 96): the skatepark's exhibition dated three months before the test's clock
is read (its card has a date like the coming ones) and counts as extra.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._mf_text_start import _date_in_words, with_text_starts
from tests.sources.helpers import read_page

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
START = dt.datetime(2031, 9, 1, 12, tzinfo=AMSTERDAM)
read = functools.partial(read_page, url="https://venue.example/activiteiten/toekomstig/", zone=AMSTERDAM, start=START)


def _vevent(name: str, when: str, slug: str, extra: str = "") -> str:
    return (
        f"<div class='hentry vevent type-tribe_events'><h2 class='tribe-events-list-event-title summary'>"
        f"<a class='url' href='/activiteit/{slug}/' rel='bookmark'>{name}</a></h2>"
        f"<div class='tribe-events-event-meta'><div class='updated published time-details'>{when}</div></div>"
        f"<div class='description'>{extra}<a href='/activiteit/{slug}/' class='read-more'>Bekijk details &raquo;</a>"
        "</div></div>"
    )


def _page(*events: str) -> str:
    return (
        "<html lang='nl'><head><title>Walhalla</title></head><body><nav><a href='/'>Home</a>"
        "<a href='/vacatures/'>Vacatures</a></nav><h1></h1><h2>Toekomstige evenementen</h2>"
        f"<div class='tribe-events-loop hfeed vcalendar'>{''.join(events)}</div>"
        "<footer><p>Walhalla<br>Achter de Muren Zandpoort 20a<br>7411 GE Deventer</p></footer></body></html>"
    )


def _got(page: str) -> list[tuple[str, str, str]]:
    return [(event["title"], event["start"], event["url"]) for event in read(page)]


def test_vevent_with_its_date_in_words_only_is_read() -> None:
    page = _page(_vevent("Le Privet Social", "5 oktober 2031 20:00", "le-privet-social-2"))
    assert _got(page) == [
        ("Le Privet Social", "2031-10-05T20:00:00+02:00", "https://venue.example/activiteit/le-privet-social-2/")
    ]


def test_each_vevent_of_a_list_gets_its_own_day() -> None:
    page = _page(
        _vevent("KOTJ: Open Jam Night", "10 oktober 2031 20:00", "kick-out-the-jams-27"),
        _vevent("Dansavond", "zaterdag 11 oktober 2031 21.30", "dansavond"),
        _vevent("Expositie", "vrijdag 17 oktober 2031", "expositie"),
    )
    assert _got(page) == [
        ("KOTJ: Open Jam Night", "2031-10-10T20:00:00+02:00", "https://venue.example/activiteit/kick-out-the-jams-27/"),
        ("Dansavond", "2031-10-11T21:30:00+02:00", "https://venue.example/activiteit/dansavond/"),
        ("Expositie", "2031-10-17", "https://venue.example/activiteit/expositie/"),
    ]


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("5 oktober 2031 20:00", "2031-10-05T20:00"),
        ("Saturday, October 4, 2031 8:00 pm", "2031-10-04T20:00"),
        ("sam. 4 octobre 2031 20h30", "2031-10-04T20:30"),
        ("4. Oktober 2031", "2031-10-04"),
        ("October 4th, 2031", "2031-10-04"),
    ],
)
def test_a_date_in_words_alone_is_a_start(text: str, stamp: str) -> None:
    assert _date_in_words(text) == stamp


@pytest.mark.parametrize(
    "text",
    [
        "Geplaatst 5 oktober 2031",  # a stamp word before the date
        "Posted October 4, 2031",
        "5 oktober 20:00",  # no year: which year is a guess
        "Bekijk details »",
        "Deuren open om 20:00, einde rond 1 uur 's nachts",  # a sentence
        "5 oktober 2031 20:00 tot 6 oktober 2031 02:00 in de grote zaal",  # longer than a date
        "42 Zandpoort 2031",  # a street and a number, no month
    ],
)
def test_other_text_is_no_start(text: str) -> None:
    assert _date_in_words(text) is None


def test_two_different_dates_leave_the_vevent_as_it_is() -> None:
    event = _vevent("Le Privet Social", "5 oktober 2031 20:00", "le-privet-social-2", "<span>12 oktober 2031</span>")
    assert with_text_starts(_page(event)) == _page(event)


def test_a_vevent_with_a_start_of_its_own_is_left_alone() -> None:
    event = _vevent(
        "Le Privet Social",
        "<abbr class='dtstart' title='2031-10-05T21:00'>5 oktober 2031 20:00</abbr>",
        "le-privet-social-2",
    )
    assert with_text_starts(_page(event)) == _page(event)
    assert [event["start"] for event in read(_page(event))] == ["2031-10-05T21:00:00+02:00"]


def test_a_posting_stamp_in_a_vevent_is_no_start() -> None:
    """A vevent whose only date is the post's own ("Geplaatst 5 oktober 2031") keeps no start: no event."""
    event = _vevent("Nieuwe vrijwilligers gezocht", "Geplaatst 5 oktober 2031", "vrijwilligers")
    assert with_text_starts(_page(event)) == _page(event)


def test_pages_without_vevents_are_not_rewritten() -> None:
    page = "<html><body><div class='hentry'><h2>Nieuws</h2><p>5 oktober 2031 20:00</p></div></body></html>"
    assert with_text_starts(page) is page
