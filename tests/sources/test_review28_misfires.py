"""Review28: ordinary documents that the rules of helpers pages86, pages87, pages88 and left28 read wrong, each fixed
with its hard negative (the document the rule was written for).

- a workshop page whose breadcrumb ends in its category ("Home › Workshops") and whose sidebar repeats it in an <h3>
  lost its event: the sidebar's heading named the page in place of the <h1> and the date was looked for under it
  (``_page_section_title.crumb_heading``, pages88). The repeating heading names the page only when no date stands
  between the <h1> and it: the <h1> over a date line names that dated content;
- an old theme's post ("<div class='post'>" holding a byline's span and the event's date line) and an event's date
  set in a "post-date" block lost their event as a byline's stamp (``_page_article_dates.byline_element``, pages87).
  A byline's date is the day a post was written, on or before the fetch: a date after it is an event's;
- a road closure ("will be closed to all traffic on Saturday, 14 June 2031 from 6:00"), a school closing early and a
  ticket sale's opening ("tickets go on sale on Friday, 6 June 2031 at 10:00") were read as events by the announcing
  sentence (``_page_article_dates.announcing_sentence``, pages87): a limit's ("by", "before", "until"), a deadline's,
  a sale's opening or a closure's words before the date make it no announcement;
- a KML map of a borough's summer events, each a point with a time span (``<TimeSpan><begin>``), was refused as GPS
  data with ``--kind xml`` (``_xml_tracks.refuse_tracks``, left28): a map of places each holding a span of time is
  read; a logger's points (an instant each, ``TimeStamp``) and a recorded line's span are refused as before;
- a council's meeting dates each linked to its stream on a video host (Vimeo) took the stream as the meeting's page
  (``_page_date_link_rows``, pages86), where a YouTube link was already refused (by its word): the video hosts the
  row documents know (``_page_words.VIDEO_HOSTS``) are no event's page either; a meetup's own page still is.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import _xml_tracks
from sources.adapters.base import FetchWindow
from sources.extraction import ExtractionError, extract_document
from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
START = dt.datetime(2031, 5, 20, 9, 0)  # noqa: DTZ001 (read_page sets the zone)
read = functools.partial(read_page, url="https://site.example/page", zone=LONDON, start=START)


def page(title: str, body: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><header><a href='/'>Site</a>"
        f"<nav><a href='/'>Home</a> <a href='/events'>Events</a></nav></header><main>{body}</main>"
        "<footer>&copy; 2031 Example</footer></body></html>"
    )


def starts(events: list[dict]) -> list[tuple[str, str]]:
    return [(event["title"], str(event["start"])[:16]) for event in events]


# --- a heading repeating the breadcrumb's last item, below the page's date ------------------------------------------

TRAIL = "<ul class='breadcrumb'><li><a href='/'>Home</a></li><li class='active'>{}</li></ul>"


def test_a_sidebar_heading_repeating_the_trails_category_leaves_the_h1() -> None:
    body = (
        "<h1>Pottery for beginners</h1>" + TRAIL.format("Workshops") + "<p>Saturday 14 June 2031, 10:00–13:00</p>"
        "<p>Studio Clay, 4 Mill Lane, Bristol</p><p>Learn to throw a pot on the wheel in three hours.</p>"
        "<aside><h3>Workshops</h3><ul><li><a href='/w/glaze'>Glazing</a></li><li><a href='/w/raku'>Raku</a></li>"
        "</ul></aside>"
    )
    assert starts(read(page("Studio Clay", body))) == [("Pottery for beginners", "2031-06-14T10:00")]


def test_hard_negative_the_site_names_h1_over_the_trail_and_the_pages_own_heading() -> None:
    body = (
        "<h1>EXAMPLE GROUP e.V.</h1><ul class='breadcrumb'><li><a href='/'>Home</a></li><li><a href='/events'>"
        "Events</a></li><li class='active'>Debugging workshop with Ada Example</li></ul>"
        "<h2>Debugging workshop with Ada Example</h2><p><strong>October 4th, 2031</strong><br>Example Hall</p>"
        "<p>We are proud to host a workshop.</p>"
    )
    assert starts(read(page("Workshop", body))) == [("Debugging workshop with Ada Example", "2031-10-04")]


# --- a byline's date is on or before the fetch ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "<h1>Summer ceilidh</h1><div class='post'><span class='byline'>Posted by Ann</span><br>"
            "Saturday 14 June 2031, 7.30pm<br>Memorial Hall, Upper Street<br>Live band, all welcome.</div>",
            [("Summer ceilidh", "2031-06-14T19:30")],
        ),
        (
            "<h1>Spring concert</h1><div class='post-date'>Saturday 7 June 2031</div><p>7.30pm, St Mary's Church</p>"
            "<p>Our spring concert with music by Fauré.</p>",
            [("Spring concert", "2031-06-07T19:30")],
        ),
    ],
)
def test_an_event_date_in_a_byline_classed_block_is_read(body: str, expected: list[tuple[str, str]]) -> None:
    assert starts(read(page("Club", body))) == expected


def test_hard_negative_a_bylines_date_on_the_fetch_day_is_the_posts() -> None:
    body = (
        "<h1>Jahrestagung 2031</h1><p class='post-meta'><span class='author'>Anna</span> "
        "<span class='date updated'>20. Mai 2031</span></p><p>Unter dem Titel &quot;Politik im Netz&quot; "
        "veranstaltet die Stiftung am Samstag, 14. Juni 2031, zwischen 10:00 und 17:00 Uhr im Rathaus ihre "
        "diesjährige Jahrestagung.</p>"
    )
    events = read(page("Blog", body))
    assert [(title, when) for title, when in starts(events)] == [("Jahrestagung 2031", "2031-06-14T10:00")]


# --- no announcing sentence for a limit, a sale's opening or a closure --------------------------------------------


@pytest.mark.parametrize(
    ("h1", "sentence"),
    [
        (
            "High Street road closure",
            "The High Street will be closed to all traffic on Saturday, 14 June 2031 from 6:00 until 20:00 while the "
            "water main is replaced.",
        ),
        (
            "Letter to parents",
            "Dear parents, the school will close early on Friday, 6 June 2031 at 13:30 so that staff can attend a "
            "training day.",
        ),
        (
            "The Lumineers: presale",
            "Fans can register now; general tickets go on sale on Friday, 6 June 2031 at 10:00 through our box "
            "office and website.",
        ),
        (
            "Garden furniture sale",
            "Everything in the garden range is half price, and the offer runs in every store until Sunday, 8 June "
            "2031 at 17:00 or while stocks last.",
        ),
    ],
)
def test_a_sentence_dating_a_limit_a_sale_or_a_closure_announces_no_event(h1: str, sentence: str) -> None:
    assert read(page("News", f"<h1>{h1}</h1><p>{sentence}</p>")) == []


def test_hard_negative_a_sentence_announcing_a_fair_is_read() -> None:
    sentence = (
        "We had a great time last year, and we are delighted to say that this year's fair is on Saturday, 14 June "
        "2031 from 11am at the Village Hall."
    )
    assert starts(read(page("Village", f"<h1>The fair is back</h1><p>{sentence}</p>"))) == [
        ("The fair is back", "2031-06-14T11:00")
    ]


# --- a KML map of events -----------------------------------------------------------------------------------------------

UTC = zoneinfo.ZoneInfo("UTC")
WINDOW = FetchWindow(start=dt.datetime(2031, 6, 1, tzinfo=UTC), end=dt.datetime(2032, 6, 1, tzinfo=UTC))


def kml(*placemarks: str) -> bytes:
    return (
        "<?xml version='1.0' encoding='UTF-8'?><kml xmlns='http://www.opengis.net/kml/2.2'><Document>"
        f"<name>Summer events map</name>{''.join(placemarks)}</Document></kml>"
    ).encode()


def placemark(name: str, when: str, shape: str = "<Point><coordinates>-0.04,51.53,0</coordinates></Point>") -> str:
    return f"<Placemark><name>{name}</name><address>Victoria Park, London</address>{when}{shape}</Placemark>"


def test_a_kml_map_of_events_each_a_point_holding_a_time_span_is_read() -> None:
    events = extract_document(
        kml(
            placemark("Open-air cinema: Jaws", "<TimeSpan><begin>2031-06-14T20:00:00Z</begin></TimeSpan>"),
            placemark("Midsummer market", "<TimeSpan><begin>2031-06-21T09:00:00Z</begin></TimeSpan>"),
        ),
        window=WINDOW,
        kind="xml",
        zone=UTC,
    ).events
    assert [(event["title"], str(event["start"])[:16]) for event in events] == [
        ("Open-air cinema: Jaws", "2031-06-14T20:00"),
        ("Midsummer market", "2031-06-21T09:00"),
    ]


@pytest.mark.parametrize(
    "document",
    [
        # a logger's points: an instant each
        kml(
            *(placemark(f"Point {n}", f"<TimeStamp><when>2031-06-1{n}T08:00:00Z</when></TimeStamp>") for n in range(3))
        ),
        # a recorded line's span
        kml(
            placemark(
                "Morning hike",
                "<TimeSpan><begin>2031-06-14T08:00:00Z</begin><end>2031-06-14T11:00:00Z</end></TimeSpan>",
                "<LineString><coordinates>-0.04,51.53,0 -0.05,51.54,0</coordinates></LineString>",
            ),
            placemark(
                "Evening ride",
                "<TimeSpan><begin>2031-06-15T18:00:00Z</begin><end>2031-06-15T19:00:00Z</end></TimeSpan>",
                "<LineString><coordinates>-0.04,51.53,0 -0.06,51.55,0</coordinates></LineString>",
            ),
        ),
    ],
)
def test_hard_negative_gps_points_and_recorded_lines_in_kml_are_refused(document: bytes) -> None:
    with pytest.raises(ExtractionError, match="GPS or map data"):
        extract_document(document, window=WINDOW, kind="xml", zone=UTC)


# --- a date linking to a video host ---------------------------------------------------------------------------------


def _meetings(href: str) -> str:
    rows = "".join(f"<li><a href='{href}{n}'>{day}</a></li>" for n, day in enumerate(("3 June 2031", "1 July 2031")))
    return page("Town Council", f"<h1>Full Council meetings</h1><ul>{rows}</ul>")


def test_a_date_linking_to_a_video_hosts_stream_keeps_no_url() -> None:
    assert [event["url"] for event in read(_meetings("https://vimeo.com/event/11"))] == [None, None]


def test_hard_negative_a_date_linking_to_its_meetup_page_has_that_page() -> None:
    urls = [event["url"] for event in read(_meetings("https://www.meetup.com/example-group/events/30"))]
    assert urls == [
        "https://www.meetup.com/example-group/events/300",
        "https://www.meetup.com/example-group/events/301",
    ]


def test_hostile_placemarks_cost_one_look_each() -> None:
    # the walker's hostile case (the JSON walkers' are in test_json_walkers_hostile.py): 100,000 placemarks, and spans that
    # are no objects, are each looked at once
    mark = {"name": "Market", "TimeSpan": {"begin": "2031-06-21T10:00:00Z"}, "Point": {"coordinates": "0,51"}}
    assert _xml_tracks.spans_at_points([mark] * 100_000)
    assert not _xml_tracks.spans_at_points([mark] * 100_000 + [{"TimeSpan": "x" * 100_000, "Point": {}}])
