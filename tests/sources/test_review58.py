"""review58: adversarial probes of the rules pages118, feeds75, feeds76, apis80 and left43 brought in; each mend's test
fails on the six heads merged without it (docs/review58-probes.md has every probe and what it read on main, on the
merged heads and after the mends)."""

from __future__ import annotations

import datetime as dt
import functools
import json
import zoneinfo
from typing import Any

import pytest

from sources.adapters._json_weekday_runs import weekday_run
from tests.sources.helpers import read_feed, read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
ZURICH = zoneinfo.ZoneInfo("Europe/Zurich")
START = dt.datetime(2031, 1, 10, 9)  # noqa: DTZ001 (the helpers set the zone)
MARCH = dt.datetime(2031, 3, 1, 9)  # noqa: DTZ001
read_uk = functools.partial(read_page, url="https://club.example/events", zone=LONDON, start=START)
read_de = functools.partial(read_page, url="https://verein.example/veranstaltungen", zone=BERLIN, start=MARCH)


def page(body: str, heading: str = "Events", lang: str = "en") -> str:
    return f"<html lang='{lang}'><head><title>{heading}</title></head><body><h1>{heading}</h1>{body}</body></html>"


def shown(events: list[dict[str, Any]]) -> list[tuple[str, str | None, str | None]]:
    return [(str(event["start"])[:16], event["title"], event.get("venue_name")) for event in events]


def rss(items: list[str], title: str = "Upcoming Events") -> str:
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
        f"<channel><title>{title}</title><link>https://u.example/</link><description>{title}</description>"
        f"{''.join(items)}</channel></rss>"
    )


def item(title: str, published: str, link: str, text: str = "", extra: str = "") -> str:
    return (
        f"<item><title>{title}</title><link>{link}</link><pubDate>{published}</pubDate>"
        f"<description>{text}</description>{extra}</item>"
    )


# 1. A podcast's feed (feeds76, _feed_podcast): a feed must say it is a podcast; trailers and samples are no episodes.


def enclosure(kind: str) -> str:
    return f"<enclosure url='https://cdn.example/media' length='1000' type='{kind}'/>"


def shows(media: str, published: str, text: str, title: str) -> str:
    films = (("Casablanca", "15"), ("Vertigo", "22"), ("Metropolis", "29"))
    return rss(
        [
            item(
                name,
                published.format(day=day),
                f"https://venue.example/e/{day}",
                text.format(day=day),
                enclosure(media),
            )
            for name, day in films
        ],
        title,
    )


def test_a_cinemas_screenings_each_with_a_trailer_are_events() -> None:
    feed = shows("video/mp4", "Sat, {day} Mar 2031 19:30:00 GMT", "Screening.", "Cinema Screenings")
    assert len(read_feed(feed, zone=LONDON, start=MARCH)) == 3


def test_a_venues_gigs_each_with_a_sample_and_a_day_stamp_are_events() -> None:
    feed = shows("audio/mpeg", "Sat, {day} Mar 2031 00:00:00 GMT", "Live on Saturday {day} March 2031 at 8pm.", "Gigs")
    assert [event["start"][:16] for event in read_feed(feed, zone=LONDON, start=MARCH)] == [
        "2031-03-15T20:00",
        "2031-03-22T20:00",
        "2031-03-29T20:00",
    ]


@pytest.mark.parametrize("title", ["Radio Shows Podcast", "Cinema Screenings"])
def test_a_feed_that_says_it_is_a_podcast_still_gives_no_events(title: str) -> None:  # hard negative
    feed = shows("audio/mpeg", "Sat, {day} Mar 2031 09:00:00 GMT", "Interviews.", title)
    if title == "Cinema Screenings":  # its items say so: an itunes field
        feed = feed.replace("<rss ", "<rss xmlns:itunes='http://www.itunes.com/dtds/podcast-1.0.dtd' ")
        feed = feed.replace("</item>", "<itunes:duration>42:10</itunes:duration></item>")
    assert read_feed(feed, zone=LONDON, start=MARCH) == []


# 2. A bare pubDate at its dc:date's clock (feeds76, _feed_dc_clock): not when the item writes another day.


def dc_item(title: str, published: str, stamp: str, text: str) -> str:
    slug = title.lower().replace(" ", "-")
    return item(title, published, f"https://u.example/event/{slug}", text, f"<dc:date>{stamp}</dc:date>")


def test_an_items_written_day_outranks_its_publications_dc_date() -> None:
    feed = rss(
        [
            dc_item("Jazz Night", "Thu, 18 Sep 2031", "2031-09-18T10:00:00-04:00", "Saturday 27 September 2031, 8pm."),
            dc_item("Book Fair", "Fri, 19 Sep 2031", "2031-09-19T11:12:00-04:00", "Sunday 5 October 2031, 1pm."),
        ]
    )
    assert [event["start"][:16] for event in read_feed(feed, zone=NEW_YORK, start=START)] == [
        "2031-09-27T20:00",
        "2031-10-05T13:00",
    ]


def test_the_dc_dates_clock_still_reads_an_item_naming_its_own_day() -> None:
    feed = rss(
        [
            dc_item("Heart Smart", "Thu, 18 Sep 2031", "2031-09-18T10:00:00-04:00", "Thursday 18 September 2031."),
            dc_item("Book Fair", "Fri, 19 Sep 2031", "2031-09-19T13:30:00-04:00", "A fair."),
        ]
    )
    assert [event["start"][:16] for event in read_feed(feed, zone=NEW_YORK, start=START)] == [
        "2031-09-18T10:00",
        "2031-09-19T13:30",
    ]


# 3. "NAME at PLACE" named by its page (feeds76, _feed_slug_place): a time of day, home, an hour, "your …" are no place.


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Bat Walk at Dusk", "bat-walk"),
        ("Book Club Meeting at Home", "book-club-meeting"),
        ("Retirement Party at 4", "retirement-party"),
        ("Office Hours at Your Convenience", "office-hours"),
    ],
)
def test_when_or_whose_after_at_is_no_venue(title: str, slug: str) -> None:
    feed = rss(
        [
            item(title, "Thu, 18 Sep 2031 19:00:00 -0400", f"https://u.example/event/{slug}"),
            item(
                "Book Fair at Founders Library", "Fri, 19 Sep 2031 13:00:00 -0400", "https://u.example/event/book-fair"
            ),
        ]
    )
    assert shown(read_feed(feed, zone=NEW_YORK, start=START)) == [
        ("2031-09-18T19:00", title, None),
        ("2031-09-19T13:00", "Book Fair", "Founders Library"),
    ]


# 4. A run on listed weekdays (feeds75, _json_weekday_runs).


def test_a_run_whose_weekdays_cover_every_day_of_it_is_one_event() -> None:
    assert weekday_run({"startDate": "2031-06-07", "endDate": "2031-06-08", "days": ["Saturday", "Sunday"]}) is None


def test_opening_days_with_no_clock_are_one_run() -> None:
    days = ["Tu", "We", "Th", "Fr", "Sa", "Su"]
    assert weekday_run({"startDate": "2031-04-01", "endDate": "2031-10-31", "days": days}) is None
    with_clock = weekday_run({"startDate": "2031-04-01", "endDate": "2031-04-30", "startTime": "19:30", "days": days})
    assert with_clock is not None  # a theatre's run, six evenings a week: its performances


def test_a_weekly_series_starts_on_its_first_listed_weekday() -> None:
    run = weekday_run({"startDate": "2031-05-01", "endDate": "2031-05-31", "startTime": "14:00", "weekdays": ["Sa"]})
    assert run is not None
    assert (run["startDate"], run["endDate"]) == ("2031-05-03", "2031-05-03")


def test_the_series_read_has_no_meeting_on_the_unlisted_first_day() -> None:
    document = {
        "events": [
            {"title": "Sculpture Tour", "startDate": "2031-05-01", "endDate": "2031-05-17", "startTime": "14:00",
             "weekdays": ["Sa"]},
            {"title": "Konzert", "startDate": "2031-05-08", "endDate": "2031-05-08", "startTime": "19:00"},
        ]
    }  # fmt: skip
    events = read_feed(json.dumps(document), zone=ZURICH, start=START)
    assert [event["start"][:10] for event in events if event["title"] == "Sculpture Tour"] == [
        "2031-05-03",
        "2031-05-10",
        "2031-05-17",
    ]


# 5. A date heading broken by <br> (pages118, _page_broken_headings).


def test_the_hours_under_an_earlier_date_of_the_heading_are_not_the_next_events() -> None:
    body = page(
        "<h3><b>15.03.31</b> Flohmarkt<br>ab 14 Uhr<br><b>22.03.31</b> Basar<br>im Saal</h3>"
        "<h3><b>29.03.31</b> Konzert</h3>",
        "Aktuelle Veranstaltungen",
        "de",
    )
    starts = {event["title"]: event["start"][:16] for event in read_de(body)}
    assert starts["Basar"] == "2031-03-22"


def test_a_remark_in_the_bold_is_no_part_of_the_name() -> None:
    body = page(
        "<h3><b>15.03.31<br>Konzert<br>Eintritt frei</b><br>im Saal</h3><hr>"
        "<h3><b>22.03.31<br>Lesung<br>ausverkauft</b><br>im Saal</h3>",
        "Aktuelle Veranstaltungen",
        "de",
    )
    assert [event["title"] for event in read_de(body)] == ["Konzert", "Lesung"]


# 6. A clock icon's line (pages118, _page_clock_icons): a timer's or an hourglass's line is a running time.


def test_a_timers_line_is_a_running_time_not_a_start() -> None:
    cards = "".join(
        f"<div class='card'><h3>{name}</h3><p>Am {day}. März 2031 im Pfarrsaal.</p><p>{line}</p></div>"
        for name, day, line in (("Kinoabend", 14, "⏲ 1:30 h"), ("Filmnacht", 21, "⏳ 2:05 h"))
    )
    assert [event["start"][:16] for event in read_de(page(cards, "Kino", "de"))] == ["2031-03-14", "2031-03-21"]


# 7. An events table's notices (pages118, _page_table_notices): an open day with its hours is an event.


def test_open_days_with_their_hours_are_events() -> None:
    rows = (
        ("Sat 15 March 2031", "Quiz Night"),
        ("Sat 22 March 2031", "Open Days 11-3"),
        ("Sat 29 March 2031", "Closed"),
        ("Sat 5 April 2031", "Jazz Night"),
    )
    table = "<table>" + "".join(f"<tr><td>{day}</td><td>{name}</td></tr>" for day, name in rows) + "</table>"
    titles = [event["title"] for event in read_uk(page(table, "What's On"))]
    assert "Open Days 11-3" in titles
    assert "Closed" not in titles  # the rule's own reading stays


# 8. A venue's street after its name (left43, _page_place_streets): a remark after the street is no town.


@pytest.mark.parametrize("remark", ["All Welcome", "Members Only", "Free Entry"])
def test_a_remark_after_the_street_is_no_town(remark: str) -> None:
    body = page(
        f"<h3>Saturday 15 March 2031</h3><p>7:30pm Quiz Night at The Crown, 12 High Street, {remark}</p>"
        "<h3>Saturday 22 March 2031</h3><p>8pm Jazz Night at The Swan, 3 Mill Lane, Bristol</p>",
        "Club Calendar",
    )
    assert [event.get("venue_name") for event in read_uk(body)] == [
        "The Crown, 12 High Street",
        "The Swan, 3 Mill Lane, Bristol",
    ]


# 9. An organiser object's address (left43, _json_organiser_parts): a venue under the host is still the venue.


def test_a_venue_inside_the_host_object_keeps_its_address() -> None:
    records = [
        {"title": title, "start": start, "host": {"venue": {"name": name, "address": street}}}
        for title, start, name, street in (
            ("Spring Gala", "2031-04-05T19:00:00", "Town Hall", "1 Market Sq"),
            ("Summer Ball", "2031-07-05T19:00:00", "Assembly Rooms", "5 Bath St"),
        )
    ]
    events = read_feed(json.dumps({"events": records}), zone=LONDON, start=START)
    assert [event.get("address") for event in events] == ["1 Market Sq", "5 Bath St"]


def test_the_organisers_own_address_stays_off() -> None:  # hard negative (left43's rule)
    records = [
        {"title": "Spring Gala", "start": "2031-04-05T19:00:00", "venue": {"name": "Town Hall", "address": "1 Market Sq"},
         "organizer": {"name": "Dance Club", "address": "12 Club Road"}},
        {"title": "Summer Ball", "start": "2031-07-05T19:00:00", "venue": {"name": "Assembly Rooms", "address": "5 Bath St"},
         "organizer": {"name": "Dance Club", "address": "12 Club Road"}},
    ]  # fmt: skip
    events = read_feed(json.dumps({"events": records}), zone=LONDON, start=START)
    assert [event.get("address") for event in events] == ["1 Market Sq", "5 Bath St"]


# 10. A form's setting taken for a place (apis80, _json_not_places): a venue's own name may be such a word.


def test_a_venue_named_as_a_forms_setting_is_still_the_venue() -> None:
    records = [
        {"title": title, "start": start, "venue": {"name": "Hidden", "address": "Mary Street, Manchester"}}
        for title, start in (("Techno Night", "2031-03-07T23:00:00"), ("House Night", "2031-03-14T23:00:00"))
    ]
    events = read_feed(json.dumps({"events": records}), zone=LONDON, start=START)
    assert [event.get("venue_name") for event in events] == ["Hidden", "Hidden"]


def test_a_forms_hidden_address_is_still_left_out() -> None:  # hard negative (apis80's rule)
    records = [
        {"title": title, "start": start, "rsvp_form": {"address": "hidden", "phone": "optional"}}
        for title, start in (("Techno Night", "2031-03-07T23:00:00"), ("House Night", "2031-03-14T23:00:00"))
    ]
    events = read_feed(json.dumps({"events": records}), zone=LONDON, start=START)
    assert [event.get("address") for event in events] == [None, None]
