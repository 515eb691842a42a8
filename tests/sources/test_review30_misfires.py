"""Review30: ordinary documents that are no event listings (or event pages with traps), read as events by the generic
rules, each fixed with its hard negative. The documents are synthetic, of the shape of the ordinary documents tried
(a news article, a blog post with comments, a job ad, a booking confirmation, a weather page, a news index, a jobs
API, analytics and cluster event logs); dates 2031, fetched on 10 June 2031.

- a news article's byline ("<p class='byline'>By Jo Reporter · 10 June 2031, 08:30</p>") was a schedule row titled
  "By Jo Reporter", and a blog's comments one event each, titled by their authors (``_page_post_lines``);
- a vacancy's "Closing date:", "Interview date:", "Date limite de candidature :", "Entretiens :" and a stay's
  "Check-in:" / "Check-out:" lines were events titled by their labels (``_page_other_dates.ERRAND_LABEL``);
- a concert page's "Booking closes on Friday 27 June 2031 at 12:00." was a second event, which made the page a list
  whose first row was titled "doors 19:00"; a booking's "Free cancellation until 12 June 2031, 23:59." its event
  (``_page_article_dates.limited_day``, the limit words review28 gave the announcing sentence);
- a news index's teasers took the headline's day and the stamp's clock ("Bridge to reopen on Monday 16 June" at
  08:12, from "10 June 2031 · 08:12") (``_page_other_day_clocks``);
- a weather page's "Sunrise 04:38, sunset 21:36" under each day was an event titled "Sunrise" (``_page_sky_times``);
- a recipe's "Published 10 June 2031" in its <article> card was its event; a shop's "ships Friday 20 June 2031",
  "for delivery Thursday 12 June", "Disponibile dal 20 giugno 2031" were events (``_page_article_dates.limited_card``,
  ``SHOP_BEFORE``); a job ad's start date and weekly hours its event (``_page_other_pages``);
- a library's "Holiday opening" and "Afwijkende openingstijden" days were events (``_page_hours_sections``), and a
  news article's "comes into force on Thursday 1 January 2032" one (``_page_article_dates.IN_FORCE_BEFORE``);
- a jobs API's closing dates were each job's start at confidence 0.9 (``_json_vacancies``); an analytics export's,
  a cluster's and a parcel's "events" were events titled by a page, a pod or a scan (``_json_telemetry``); a public
  holidays API's days and a flight API's flights were events (``_json_calendar_records``);
- a news feed's headlines about a day ("Rail strike called for 19 June") were events at full confidence, as a
  listing's dated title is: held now (``_feed_headline_dates``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events, read_feed, read_page, titles_feed
from tests.sources.test_review28_misfires import page, starts

LONDON = zoneinfo.ZoneInfo("Europe/London")
FETCH = dt.datetime(2031, 6, 10, 9, 0)  # noqa: DTZ001 (read_page sets the zone)
read = functools.partial(read_page, url="https://site.example/page", zone=LONDON, start=FETCH)
WINDOW = FetchWindow(dt.datetime(2031, 6, 10, 9, 0, tzinfo=LONDON), dt.datetime(2032, 6, 10, 9, 0, tzinfo=LONDON))
api = functools.partial(json_events, window=WINDOW, zone=LONDON)
feed = functools.partial(read_feed, zone=LONDON, start=FETCH)


def titles(body: str, title: str = "Page") -> list[str]:
    return [title for title, _ in starts(read(page(title, body)))]


# --- a byline's stamp and readers' comments ------------------------------------------------------------------------


def test_a_news_articles_byline_is_no_row() -> None:
    body = (
        "<article><h1>New rent rules</h1><p class='byline'>By Jo Reporter · 10 June 2031, 08:30</p>"
        "<p>The council will publish its response on 15 September 2031.</p><ul><li><a href='/n/1'>Housing list grows"
        "</a> – 9 June 2031</li>"
        "<li><a href='/n/2'>Landlords react</a> – 8 June 2031</li></ul></article>"
    )
    assert "By Jo Reporter" not in titles(body)


def test_a_blogs_comments_are_no_events() -> None:
    comments = "".join(
        f"<li><b>{who}</b> <span class='date'>June {day}, 2031 at 10:14 am</span><p>Nice.</p></li>"
        for who, day in (("Tom", 10), ("Lea", 11), ("Ana", 12))
    )
    body = (
        "<article class='post'><h1>Why I switched desks</h1><div class='meta'>Posted on June 10, 2031 by Ana</div>"
        f"<p>Three months on.</p></article><section id='comments'><h2>3 comments</h2><ol>{comments}</ol></section>"
    )
    assert not {"Tom", "Lea", "Ana"} & set(titles(body))


def test_hard_negative_an_events_list_beside_a_comment_thread_is_read() -> None:
    body = (
        "<h1>Club nights</h1><ul class='events'><li>Quiz night – Saturday 14 June 2031, 20:00</li>"
        "<li>Open mic – Saturday 21 June 2031, 19:30</li></ul><div class='no-comments-yet'><p>Be the first to comment"
        "</p></div><ol class='comment-list'><li class='comment'><b>Tom</b> June 10, 2031 at 10:14 am</li></ol>"
    )
    assert starts(read(page("Club", body))) == [("Quiz night", "2031-06-14T20:00"), ("Open mic", "2031-06-21T19:30")]


def test_hard_negative_an_events_date_in_a_byline_class_after_the_fetch_is_read() -> None:
    body = (
        "<h1>Events</h1><ul><li class='entry-date'>Quiz night – Saturday 14 June 2031, 20:00</li>"
        "<li class='entry-date'>Open mic – Saturday 21 June 2031, 19:30</li></ul>"
    )
    assert titles(body) == ["Quiz night", "Open mic"]


# --- other days' labels: a vacancy's, a stay's ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "<h1>Library Assistant</h1><dl><dt>Salary</dt><dd>£24,000</dd><dt>Closing date</dt><dd>Monday 30 June 2031, "
        "12:00</dd><dt>Interview date</dt><dd>Tuesday 8 July 2031</dd></dl><a class='btn' href='/apply'>Apply</a>",
        "<h1>Chargé(e) de communication</h1><ul><li>Lieu : Hôtel de Ville</li><li>Date limite de candidature : lundi "
        "30 juin 2031</li><li>Entretiens : jeudi 10 juillet 2031</li></ul>",
        "<h1>Your booking is confirmed</h1><dl><dt>Check-in</dt><dd>Saturday 14 June 2031 from 15:00</dd><dt>Check-out"
        "</dt><dd>Monday 16 June 2031 until 11:00</dd></dl><p>Free cancellation until 12 June 2031, 23:59.</p>",
    ],
)
def test_a_vacancys_and_a_stays_labelled_days_are_no_events(body: str) -> None:
    assert read(page("Page", body)) == []


def test_hard_negative_an_event_pages_date_label_is_still_read() -> None:
    body = "<h1>Summer fair</h1><dl><dt>Date</dt><dd>Saturday 14 June 2031, 11:00</dd><dt>Closing party</dt><dd>18:00</dd></dl>"
    assert starts(read(page("Fair", body))) == [("Summer fair", "2031-06-14T11:00")]


# --- a limit's day in a sentence -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "extra",
    ["Tickets £12. Booking closes on Friday 27 June 2031 at 12:00.", "Offer valid until Friday 27 June 2031, 23:59."],
)
def test_a_concert_pages_booking_limit_is_no_second_event(extra: str) -> None:
    body = (
        "<h1>Summer concert</h1><p>Saturday 28 June 2031, 19:30 (doors 19:00)</p><p>St Mary's Church, York</p>"
        f"<p>{extra}</p>"
    )
    assert starts(read(page("Choir", body))) == [("Summer concert", "2031-06-28T19:30")]


def test_hard_negative_a_listings_run_until_a_day_is_read() -> None:
    body = "<h1>Exhibitions</h1><ul><li>Until 28 June 2031: Photo show</li><li>5 July 2031: Print fair, 10:00</li></ul>"
    assert [day for _, day in starts(read(page("Gallery", body)))] == ["2031-06-28", "2031-07-05T10:00"]


def test_a_laws_day_in_force_is_no_event() -> None:
    body = (
        "<article><h1>New rent rules</h1><p>Tenants gain protections when the Renters Act comes into force on "
        "Thursday 1 January 2032.</p><p>Landlords will have to register from 1 March 2032.</p></article>"
    )
    assert "2032-01-01" not in [when for _, when in starts(read(page("News", body)))]


@pytest.mark.parametrize(
    "body",
    [
        "<article><h1>Lemon drizzle cake</h1><p class='meta'>Published 10 June 2031 · Serves 8</p><ul><li>Prep: 20 "
        "mins</li><li>Cook: 45 mins</li></ul></article>",
        "<article><h1>Tortilla de patatas</h1><p>Publicado el 10 de junio de 2031</p><ul><li>Raciones: 4</li></ul>"
        "</article>",
        "<div class='product'><h1>Trail Runner X2</h1><p>£119.00</p><p>Pre-order now: ships Friday 20 June 2031.</p>"
        "<p>Order within 3 hrs for delivery Thursday 12 June 2031.</p></div>",
        "<h1>Macchina da caffè Aroma</h1><p>€ 149,00</p><p>Disponibile dal 20 giugno 2031.</p>",
        "<h1>Library Assistant (part-time)</h1><dl><dt>Salary</dt><dd>£24,000 pro rata</dd><dt>Closing date</dt><dd>"
        "Monday 30 June 2031, 12:00</dd><dt>Start date</dt><dd>1 September 2031</dd></dl><p>18 hours a week, "
        "including Saturdays 10:00–16:00.</p>",
    ],
    ids=["recipe", "receta", "shoe", "caffe", "job"],
)
def test_a_recipes_a_shops_and_a_job_ads_days_are_no_events(body: str) -> None:
    assert read(page("Page", body)) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "<h1>Workshops</h1><ul><li>Project Delivery Workshop August 16, 2031</li><li>Tall Ships 23 August 2031"
            "</li></ul>",
            ["2031-08-16", "2031-08-23"],
        ),
        (
            "<h1>Poetry competition: prize-giving</h1><p>Closing date: 1 June 2031</p><p>Prize-giving: Saturday 14 June "
            "2031, 15:00, Central Library</p>",
            ["2031-06-14T15:00"],
        ),
    ],
    ids=["delivery-workshop", "competition"],
)
def test_an_events_names_and_a_competitions_closing_date_keep_their_events(body: str, expected: list[str]) -> None:
    assert [when for _, when in starts(read(page("Page", body)))] == expected


# --- a place's opening hours -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "days"),
    [
        ("Holiday opening", ("Wednesday 24 December 2031: 9:00 – 13:00", "Thursday 25 December 2031: closed")),
        ("Afwijkende openingstijden", ("maandag 9 juni 2031: gesloten", "vrijdag 27 juni 2031: 10.00 - 13.00")),
    ],
)
def test_a_places_holiday_hours_are_no_events(heading: str, days: tuple[str, str]) -> None:
    rows = "".join(f"<li>{day}</li>" for day in days)
    body = (
        "<h1>Opening hours</h1><table><tr><th>Monday</th><td>9:00 – 19:00</td></tr><tr><th>Saturday</th><td>10:00 – "
        f"16:00</td></tr></table><h2>{heading}</h2><ul>{rows}</ul>"
    )
    assert read(page("Library", body)) == []


def test_hard_negative_a_grand_openings_days_are_read() -> None:
    body = (
        "<h1>News</h1><h2>Grand opening</h2><ul><li>Saturday 14 June 2031, 10:00 – Ribbon cutting</li>"
        "<li>Sunday 15 June 2031, 11:00 – Family day</li></ul>"
    )
    assert [when for _, when in starts(read(page("Shop", body)))] == ["2031-06-14T10:00", "2031-06-15T11:00"]


# --- a teaser's stamp gives no clock to its headline's day -----------------------------------------------------------


def test_a_news_teasers_stamp_gives_no_time_to_the_headlines_day() -> None:
    teasers = "".join(
        f"<div class='teaser'><h3><a href='/a/{n}'>{headline}</a></h3><p class='time'>{stamp}</p></div>"
        for n, (headline, stamp) in enumerate(
            (
                ("Bridge to reopen on Monday 16 June", "10 June 2031 · 08:12"),
                ("Strike called for 19 June", "9 June 2031 · 18:03"),
            )
        )
    )
    read_ = starts(read(page("Latest news", f"<h1>Latest news</h1>{teasers}")))
    assert all(not when.endswith(("08:12", "18:03")) for _, when in read_)


def test_hard_negative_a_card_restating_its_day_with_a_time_keeps_it() -> None:
    cards = "".join(
        f"<div class='event'><h3><a href='/e/{day}'>Quiz – Sat {day} June</a></h3><p>Sat {day} June 2031, 19:30</p></div>"
        for day in (14, 21)
    )
    assert [when for _, when in starts(read(page("Events", f"<h1>Events</h1>{cards}")))] == [
        "2031-06-14T19:30",
        "2031-06-21T19:30",
    ]


# --- the sky's times --------------------------------------------------------------------------------------------------


def test_a_weather_pages_sunrise_is_no_event() -> None:
    days = "".join(
        f"<li><h3>{day} June</h3><p>Sunny intervals, 21°C / 12°C</p><p>Sunrise 04:38, sunset 21:36</p></li>"
        for day in ("Wednesday 11", "Thursday 12", "Friday 13")
    )
    read_ = starts(read(page("Forecast", f"<h1>Leeds 5-day forecast</h1><ul class='days'>{days}</ul>")))
    assert "Sunrise" not in [title for title, _ in read_]
    assert all("T04:38" not in when for _, when in read_)


def test_hard_negative_sunrise_yoga_under_its_day_is_read() -> None:
    body = (
        "<h1>This week</h1><h2>Saturday 14 June 2031</h2><p>06:00 Sunrise yoga on the beach</p>"
        "<p>10:00 Storytime</p><h2>Sunday 15 June 2031</h2><p>06:00 Sunrise yoga on the beach</p><p>11:00 Book club</p>"
    )
    assert ("Sunrise yoga on the beach", "2031-06-14T06:00") in starts(read(page("Week", body)))


# --- JSON: job ads, telemetry ----------------------------------------------------------------------------------------

JOBS = {
    "jobs": [
        {"id": 881, "title": "Library Assistant", "company": "Riverside Council", "location": "Central Library",
         "posted_at": "2031-06-09", "closing_date": "2031-06-30T12:00:00", "start_date": "2031-09-01",
         "salary": "£24,000", "url": "https://jobs.example/881"},
        {"id": 882, "title": "Events Coordinator", "company": "Arts Centre", "location": "Riverside",
         "posted_at": "2031-06-10", "closing_date": "2031-07-04T17:00:00", "interview_date": "2031-07-14",
         "url": "https://jobs.example/882"},
    ]
}  # fmt: skip


def test_a_jobs_apis_closing_dates_are_no_events() -> None:
    assert api(JOBS) == []


def test_hard_negative_a_careers_fairs_events_with_a_company_are_read() -> None:
    fair = {
        "events": [
            {"id": 1, "title": "Meet the employers", "company": "Riverside Council", "start": "2031-06-20T10:00:00",
             "end": "2031-06-20T13:00:00", "location": "Town Hall"},
            {"id": 2, "title": "CV clinic", "company": "Arts Centre", "start": "2031-06-21T14:00:00",
             "end": "2031-06-21T16:00:00", "location": "Library"},
        ]
    }  # fmt: skip
    assert [event["title"] for event in api(fair)] == ["Meet the employers", "CV clinic"]


ANALYTICS = {
    "events": [
        {"event": "Page Viewed", "timestamp": "2031-06-10T09:20:11Z", "userId": "u_123",
         "properties": {"path": "/pricing", "title": "Pricing"}},
        {"event": "Webinar Registered", "timestamp": "2031-06-10T09:25:00Z", "userId": "u_124",
         "properties": {"webinar_title": "Onboarding 101", "webinar_start": "2031-06-17T15:00:00Z"}},
    ]
}  # fmt: skip
CLUSTER = {
    "kind": "EventList",
    "items": [
        {"kind": "Event", "metadata": {"name": "web-7d9.17a"}, "involvedObject": {"kind": "Pod", "name": "web-7d9"},
         "reason": "Scheduled", "message": "Assigned to node-1", "firstTimestamp": "2031-06-10T09:30:00Z",
         "lastTimestamp": "2031-06-10T09:30:00Z", "count": 1},
        {"kind": "Event", "metadata": {"name": "web-7d9.17b"}, "involvedObject": {"kind": "Pod", "name": "web-7d9"},
         "reason": "Pulled", "message": "Image pulled", "firstTimestamp": "2031-06-10T09:30:05Z",
         "lastTimestamp": "2031-06-10T09:31:05Z", "count": 2},
    ],
}  # fmt: skip


@pytest.mark.parametrize("document", [ANALYTICS, CLUSTER], ids=["analytics", "cluster"])
def test_telemetry_events_are_no_events(document: dict) -> None:
    assert api(document) == []


def test_hard_negative_a_calendars_events_with_a_users_id_and_a_stamp_are_read() -> None:
    calendar = {
        "events": [
            {"title": "Quiz night", "start": "2031-06-14T20:00:00", "user_id": 7, "timestamp": "2031-06-01T10:00:00Z",
             "action": "published", "venue": "The Crown"},
            {"title": "Open mic", "start": "2031-06-21T19:30:00", "user_id": 7, "timestamp": "2031-06-02T10:00:00Z",
             "action": "published", "venue": "The Crown"},
        ]
    }  # fmt: skip
    assert [event["title"] for event in api(calendar)] == ["Quiz night", "Open mic"]


def test_a_parcels_tracking_scans_are_no_events() -> None:
    tracking = {
        "trackingNumber": "JD014600006281",
        "events": [
            {"timestamp": "2031-06-11T18:22:00+01:00", "status": "ARRIVED_AT_DEPOT", "description": "Arrived at depot",
             "location": {"city": "Leeds"}},
            {"timestamp": "2031-06-11T06:10:00+01:00", "status": "IN_TRANSIT", "description": "In transit",
             "location": {"city": "Milton Keynes"}},
            {"timestamp": "2031-06-10T21:47:00+01:00", "status": "COLLECTED", "description": "Collected from sender",
             "location": {"city": "London"}},
        ],
    }  # fmt: skip
    assert api(tracking) == []


HOLIDAYS = [
    {"date": "2031-08-25", "localName": "Summer Bank Holiday", "name": "Summer Bank Holiday", "countryCode": "GB",
     "fixed": False, "global": False, "types": ["Public"]},
    {"date": "2031-12-25", "localName": "Christmas Day", "name": "Christmas Day", "countryCode": "GB", "fixed": False,
     "global": True, "types": ["Public"]},
]  # fmt: skip
FLIGHTS = {
    "data": [
        {"flight_date": "2031-06-14", "flight_status": "scheduled",
         "departure": {"airport": "Gatwick", "scheduled": "2031-06-14T14:05:00+00:00"},
         "arrival": {"airport": "Geneva", "scheduled": "2031-06-14T16:50:00+00:00"},
         "airline": {"name": "easyJet"}, "flight": {"number": "1234"}},
    ]
}  # fmt: skip


@pytest.mark.parametrize("document", [HOLIDAYS, FLIGHTS], ids=["holidays", "flights"])
def test_public_holidays_and_flights_are_no_events(document: object) -> None:
    assert api(document) == []


def test_hard_negative_a_festivals_days_with_a_country_and_a_coach_trip_are_read() -> None:
    festival = [
        {"name": "Folk day", "date": "2031-06-14", "country": "GB", "type": "Concert", "venue": "Town Hall"},
        {"name": "Ceilidh", "date": "2031-06-15", "country": "GB", "type": "Dance", "venue": "Town Hall"},
    ]
    trips = {
        "trips": [
            {"title": "Day trip to Bath", "departure": "2031-06-14T08:00:00", "arrival": "2031-06-14T10:30:00",
             "coach": "Coach A"},
            {"title": "Day trip to York", "departure": "2031-06-21T08:00:00", "arrival": "2031-06-21T11:00:00",
             "coach": "Coach B"},
        ]
    }  # fmt: skip
    assert [event["title"] for event in api(festival)] == ["Folk day", "Ceilidh"]
    assert [event["title"] for event in api(trips)] == ["Day trip to Bath", "Day trip to York"]


# --- a news feed's headlines about a day -----------------------------------------------------------------------------


def news_feed(*titles: str) -> str:
    return titles_feed("Daily Courier", titles, site="https://courier.example", summary="Our reporter writes.",
                       about="Top stories")  # fmt: skip


def test_a_news_feeds_headlines_about_a_day_are_held() -> None:
    read_ = feed(news_feed("Bridge to reopen on Monday 16 June after repairs", "Rail strike called for 19 June"))
    assert [event.get("confidence") for event in read_] == [0.45, 0.45]


def test_hard_negative_a_feeds_dated_listing_titles_stand() -> None:
    read_ = feed(news_feed("Summer Fair – Saturday 14 June 2031", "Quiz night on 19 June 2031"))
    assert [(str(event["start"])[:10], event.get("confidence")) for event in read_] == [
        ("2031-06-14", None),
        ("2031-06-19", None),
    ]
