"""Review32: ordinary documents read as events, and the review30/31 "Left" misreads (flight tables, bin days, term
dates, a life's "Born"/"Died", a status page's maintenance, a film called "Sunrise", a shop's delivery days, a jobs
API's timed "interview_start", a news headline's colon before its day), each fixed generically and tried both ways:
every misfire test fails at 72a46b1e, every hard negative (a real event beside the trap) passes there and here.
Synthetic documents, dates 2031, fetched on 10 June 2031.

- ``_json_not_events.other_records`` holds the happening's guard for every kind of other records (not three of
  them), but incidents; a job's "interview_start" is no happening's start (``_json_happening.ERRAND_WORDS``);
- a status page's maintenance windows, recipes, a station's departures and an earnings calendar are other records
  (``_json_service_records``);
- a page's rows titled only by a life's, a school term's, a bin collection's, the sky's or a forecast's label are
  dropped (``_page_record_titles`` in ``webpage.finalize``);
- an airport's departures board and a flight's status page are boards (``_page_departure_boards``);
- a lone "Sunrise 21:00" is a film (``_page_sky_times.LONE_TITLE``);
- a product card's and an auction's days, pre-orders, sales' openings and publication dates are a shop's
  (``_page_article_dates.SHOP_BEFORE``, ``SHOP_LONE``);
- in a feed titled as news, a title whose day follows a colon or a dash is held (``_feed_headline_dates``).
"""

from __future__ import annotations

import pytest

from tests.sources.helpers import titles_feed
from tests.sources.test_review28_misfires import page, starts
from tests.sources.test_review31_misfires import api, feed, read  # the same fetch day, window and zone

# --- JSON answers of other records ----------------------------------------------------------------------------------

OTHER_RECORDS = {
    "jobs-with-timed-interviews": {
        "jobs": [
            {
                "id": n,
                "title": title,
                "company": "Riverside Council",
                "location": "Town Hall",
                "posted_at": "2031-06-01",
                "closing_date": "2031-06-20",
                "interview_start": f"2031-06-2{n}T09:30:00",
            }
            for n, title in ((1, "Library Assistant"), (2, "Events Coordinator"), (3, "Gardener"))
        ]
    },
    "status-page-maintenance": {
        "page": {"name": "Acme Cloud"},
        "scheduled_maintenances": [
            {
                "id": f"m{n}",
                "name": name,
                "status": "scheduled",
                "impact": "maintenance",
                "scheduled_for": f"2031-06-1{n}T02:00:00Z",
                "scheduled_until": f"2031-06-1{n}T04:00:00Z",
                "components": [{"name": "API"}],
                "incident_updates": [{"body": "Maintenance.", "status": "scheduled"}],
            }
            for n, name in ((5, "Database upgrade"), (7, "Network maintenance"))
        ],
    },
    "recipes": {
        "recipes": [
            {
                "id": n,
                "title": title,
                "prepTime": "PT20M",
                "cookTime": "PT4H",
                "date": f"2031-06-1{n}T08:00:00",
                "author": "Jane Cook",
                "servings": 6,
            }
            for n, title in ((1, "Slow-roast lamb"), (2, "Summer pudding"))
        ]
    },
    "train-departures": {
        "departures": {
            "all": [
                {
                    "mode": "train",
                    "service": f"1A2{n}",
                    "platform": str(n),
                    "operator_name": "Great Western Railway",
                    "aimed_departure_time": f"0{n + 6}:30",
                    "destination_name": "Bristol",
                    "date": "2031-06-14",
                    "status": "ON TIME",
                }
                for n in (1, 2)
            ]
        }
    },
    "earnings-calendar": {
        "earningsCalendar": [
            {
                "symbol": symbol,
                "name": name,
                "reportDate": f"2031-06-1{n}",
                "fiscalDateEnding": "2031-05-31",
                "estimate": 1.1,
                "currency": "USD",
            }
            for n, symbol, name in ((2, "ACME", "Acme Ltd"), (3, "WIDG", "Widget"))
        ]
    },
    "weather-days": {
        "daily": [
            {
                "date": f"2031-06-1{n}",
                "summary": summary,
                "temp": {"min": 11, "max": 21},
                "sunrise": f"2031-06-1{n}T04:44:00",
                "sunset": f"2031-06-1{n}T21:30:00",
            }
            for n, summary in ((1, "Sunny intervals"), (2, "Light rain"))
        ]
    },
    "school-terms": {
        "terms": [
            {"name": "Autumn term", "start": "2031-09-03", "end": "2031-12-19", "school": "Riverside Primary"},
            {"name": "Spring term", "start": "2032-01-05", "end": "2032-03-26", "school": "Riverside Primary"},
        ]
    },
}


@pytest.mark.parametrize("name", sorted(OTHER_RECORDS))
def test_other_records_are_no_events(name: str) -> None:
    assert api(OTHER_RECORDS[name]) == []


SCHOOL_DAYS = [
    {"name": name, "start": f"2031-07-0{n}"}
    for n, name in enumerate(("Sports day", "Summer fair", "Leavers' assembly", "Summer concert", "Open evening",
                              "Book fair", "Science week", "Parents' evening", "Art exhibition"), start=1)
]  # fmt: skip
HAPPENINGS = {
    "cooking-classes": (
        {
            "classes": [
                {
                    "title": title,
                    "ingredients": ["flour"],
                    "servings": 4,
                    "prepTime": "PT20M",
                    "start": f"2031-06-1{n}T18:00:00",
                    "venue": "Cookery School",
                }
                for n, title in ((4, "Bread masterclass"), (6, "Pasta night"))
            ]
        },
        [("Bread masterclass", "2031-06-14 18:00"), ("Pasta night", "2031-06-16 18:00")],
    ),
    "school-calendar": (
        {"events": [{"name": "Half term", "start": "2031-10-27", "end": "2031-10-31"}, *SCHOOL_DAYS]},
        [("Half term", "2031-10-27"), *((event["name"], event["start"]) for event in SCHOOL_DAYS)],
    ),
    "coach-trips": (
        {
            "trips": [
                {
                    "title": title,
                    "carrier": "Riverside Coaches",
                    "departure": f"2031-06-1{n}T08:00:00",
                    "arrival": f"2031-06-1{n}T11:00:00",
                    "pickup": "Bus station",
                }
                for n, title in ((4, "Day trip to Bath"), (5, "Day trip to Oxford"))
            ]
        },
        [("Day trip to Bath", "2031-06-14 08:00"), ("Day trip to Oxford", "2031-06-15 08:00")],
    ),
}


FLY_IN = {
    "trips": [
        {
            "title": title,
            "airline": "Loganair",
            "departure": "Kirkwall",
            "arrival": "Westray",
            "start": f"2031-06-1{n}T09:00:00",
            "venue": "Westray Heritage Centre",
        }
        for n, title in ((4, "Westray heritage day"), (5, "Papa Westray walk"))
    ]
}


def test_a_fly_in_days_trips_with_a_start_and_a_venue_are_read_not_flights() -> None:
    # Dropped whole at 72a46b1e: the flights' refusal had no happening's guard (now in other_records).
    assert starts(api(FLY_IN)) == [
        ("Westray heritage day", "2031-06-14T09:00"),
        ("Papa Westray walk", "2031-06-15T09:00"),
    ]


@pytest.mark.parametrize("name", sorted(HAPPENINGS))
def test_hard_negative_happenings_with_other_records_keys_are_read(name: str) -> None:
    document, expected = HAPPENINGS[name]
    assert starts(api(document)) == [(title, start.replace(" ", "T")) for title, start in expected]


# --- pages: a record's label as a row's title -------------------------------------------------------------------------

LABEL_PAGES = {
    "bin-collections": page(
        "Your bin collection days",
        "<h1>Bin collection days for 12 Elm Road</h1><ul>"
        "<li><strong>Rubbish (black bin)</strong>: Tuesday 17 June 2031</li>"
        "<li><strong>Recycling (blue bin)</strong>: Tuesday 24 June 2031</li>"
        "<li><strong>Garden waste</strong>: Friday 20 June 2031</li></ul>",
    ),
    "waste-calendar": page(
        "Waste collection calendar",
        "<h1>Waste collection calendar</h1><table>"
        "<tr><th>Date</th><th>Collection</th></tr><tr><td>Monday 16 June 2031</td><td>General waste</td></tr>"
        "<tr><td>Monday 23 June 2031</td><td>Recycling and glass</td></tr>"
        "<tr><td>Monday 30 June 2031</td><td>General waste</td></tr></table>",
    ),
    "term-dates": page(
        "School term dates",
        "<h1>Term dates 2031 to 2032</h1><h2>Autumn term 2031</h2><ul>"
        "<li>Term starts: Wednesday 3 September 2031</li><li>Half term: Monday 27 October to Friday 31 October 2031</li>"
        "<li>Term ends: Friday 19 December 2031</li></ul>",
    ),
    "biography": page(
        "Ada Penhallow",
        "<h1>Ada Penhallow</h1><table class='infobox'><tr><th>Born</th><td>12 March "
        "1961<br>Truro</td></tr><tr><th>Died</th><td>14 June 2031 (aged 70)<br>London</td></tr></table>"
        "<h2>Death</h2><p>Penhallow died on 14 June 2031 in London.</p>",
    ),
    "tide-table": page(
        "Whitby tide times",
        "<h1>Whitby tide times</h1><h2>Saturday 14 June 2031</h2><table>"
        "<tr><td>High tide</td><td>04:12</td><td>5.6m</td></tr><tr><td>Low tide</td><td>10:31</td><td>0.9m</td></tr>"
        "<tr><td>High tide</td><td>16:40</td><td>5.4m</td></tr></table>",
    ),
    "weather": page(
        "Riverside weather",
        "<h1>Riverside 7-day forecast</h1><div class='day'><h2>Wednesday 11 June "
        "2031</h2><p>Sunny intervals, 21°C. Sunrise 04:44, sunset 21:30.</p></div><div class='day'><h2>Friday 13 June "
        "2031</h2><p>Heavy showers from 15:00, 16°C.</p></div>",
    ),
    "departures-board": page(
        "Departures - Gatwick Airport",
        "<h1>Departures</h1><table><tr><th>Scheduled</th>"
        "<th>Destination</th><th>Flight</th><th>Gate</th><th>Status</th></tr>"
        "<tr><td>14 June 2031 06:10</td><td>Malaga</td><td>EZY8071</td><td>12</td><td>Gate closed</td></tr>"
        "<tr><td>14 June 2031 07:05</td><td>Dublin</td><td>FR113</td><td>3</td><td>Delayed</td></tr>"
        "<tr><td>14 June 2031 07:40</td><td>Amsterdam</td><td>KL1004</td><td>8</td><td>Landed</td></tr></table>",
    ),
    "flight-status": page(
        "Flight BA2612 status",
        "<h1>BA2612 London Gatwick to Geneva</h1><dl><dt>Scheduled "
        "departure</dt><dd>Saturday 14 June 2031, 06:25</dd><dt>Scheduled arrival</dt><dd>Saturday 14 June 2031, "
        "09:05</dd><dt>Terminal</dt><dd>North</dd><dt>Status</dt><dd>On time</dd></dl>",
    ),
    "shop-cards": page(
        "Garden furniture",
        "<h1>Garden furniture</h1><div class='products'>"
        "<article class='product-card'><h3>Oslo bench</h3><p>£129.00</p><p>Get it by Friday 13 June 2031</p></article>"
        "<article class='product-card'><h3>Bergen table</h3><p>£249.00</p><p>Delivery Saturday 14 June 2031, 8am - "
        "12pm</p></article><article class='product-card'><h3>Fjord parasol</h3><p>£59.00</p><p>Arrives Mon 16 June "
        "2031</p></article><article class='product-card'><h3>Lund chair</h3><p>£45.00</p><p>Click &amp; collect from "
        "Wednesday 11 June 2031 at 2pm</p></article></div>",
    ),
    "moon-phases": page(
        "Moon phases",
        "<h1>Moon phases June 2031</h1><ul><li>First quarter: Thursday 5 June 2031, "
        "21:14</li><li>Full moon: Thursday 12 June 2031, 03:02</li><li>Last quarter: Thursday 19 June 2031, 11:40</li>"
        "<li>New moon: Friday 27 June 2031, 06:09</li></ul>",
    ),
    "engineering-works": page(
        "Planned engineering works",
        "<h1>Planned engineering works</h1><ul><li><strong>"
        "Saturday 14 June 2031 to Sunday 15 June 2031</strong>: No trains between Reading and Oxford. Rail replacement "
        "buses run.</li><li><strong>Sunday 22 June 2031, 00:30 – 07:00</strong>: Fewer trains between London and "
        "Slough.</li></ul>",
    ),
    "term-dates-table": page(
        "Term and holiday dates",
        "<h1>Term and holiday dates</h1><table><tr><th>Term</th>"
        "<th>Starts</th><th>Ends</th></tr><tr><td>Autumn 2031</td><td>3 September 2031</td><td>19 December 2031</td></tr>"
        "<tr><td>Spring 2032</td><td>5 January 2032</td><td>26 March 2032</td></tr></table>",
    ),
    "road-closure": page(
        "Road closure",
        "<article><h1>Temporary road closure – High Street</h1><p>High Street will be "
        "closed from 8pm on Monday 16 June 2031 until 6am on Friday 20 June 2031 for resurfacing works.</p></article>",
    ),
    "parking-suspension": page(
        "Parking",
        "<h1>Parking bay suspension</h1><p>Bays outside 22–30 Elm Road are suspended "
        "from 07:00 on Wednesday 18 June 2031 to 19:00 on Thursday 19 June 2031 for a house move.</p>",
    ),
    "holiday-let": page(
        "Sea View Cottage",
        "<h1>Sea View Cottage</h1><h2>Availability</h2><table><tr><th>Week starting"
        "</th><th>Price</th><th>Status</th></tr><tr><td>Saturday 14 June 2031</td><td>£850</td><td>Booked</td></tr>"
        "<tr><td>Saturday 21 June 2031</td><td>£850</td><td>Available</td></tr></table>",
    ),
    "auction-lot": page(
        "Lot 42",
        "<h1>Lot 42: Victorian writing desk</h1><p>Estimate £300 – £500</p>"
        "<p>Bidding ends Sunday 15 June 2031 at 20:00 BST</p><p>Viewing by appointment.</p>",
    ),
    "product-launch": page(
        "Zephyr 5",
        "<article><h1>Introducing Zephyr 5</h1><p>Pre-orders open Friday 13 June 2031 at "
        "8am. Zephyr 5 will be available in stores from Friday 20 June 2031.</p></article>",
    ),
}


@pytest.mark.parametrize("name", sorted(LABEL_PAGES))
def test_ordinary_pages_read_no_events(name: str) -> None:
    assert starts(read(LABEL_PAGES[name])) == []


EVENT_PAGES = {
    "half-term-club": (
        page(
            "Half term",
            "<h1>Half term at the library</h1><ul><li>Half term holiday club: Tuesday "
            "28 October 2031, 10:00</li><li>Born Free screening: Wednesday 29 October 2031, 14:00</li><li>Recycling "
            "workshop: Thursday 30 October 2031, 11:00</li><li>Sunrise yoga: Friday 31 October 2031, 07:00</li></ul>",
        ),
        ["Half term holiday club", "Born Free screening", "Recycling workshop", "Sunrise yoga"],
    ),
    "carnival-with-closures": (
        page(
            "Riverside Carnival",
            "<h1>Riverside Carnival</h1><p>Saturday 14 June 2031, 12:00"
            " – 18:00, Riverside Park</p><h2>Road closures</h2><p>Mill Lane closes from 10:00 to 19:00.</p>",
        ),
        ["Riverside Carnival"],
    ),
    "tour-on-sale": (
        page(
            "The Lanterns",
            "<article><h1>The Lanterns announce UK tour</h1><p>Tickets go on sale Friday "
            "13 June 2031 at 9am.</p><ul><li>Thursday 6 November 2031 – Bristol, O2 Academy</li><li>Friday 7 November "
            "2031 – London, Roundhouse</li></ul></article>",
        ),
        ["Bristol, O2 Academy", "London, Roundhouse"],
    ),
}


@pytest.mark.parametrize("name", sorted(EVENT_PAGES))
def test_hard_negative_event_pages_beside_the_labels_are_read(name: str) -> None:
    document, titles = EVENT_PAGES[name]
    assert [event["title"] for event in read(document)] == titles


def test_hard_negative_a_show_named_by_the_moon_among_others_is_read() -> None:
    # Batch 51's "Marée Haute": the sky's and the moon's names are dropped only on a page of nothing else.
    document = page(
        "What's on",
        "<h1>What's on</h1><h2>Saturday 14 June 2031</h2><ul><li>New Moon 19:00</li><li>The Long Road 18:30</li></ul>",
    )
    assert sorted(event["title"] for event in read(document)) == ["New Moon", "The Long Road"]


def test_a_cinemas_film_called_sunrise_is_read() -> None:
    # Dropped at 72a46b1e as the sun's time (review31's "Left").
    document = page(
        "What's on",
        "<h1>What's on</h1><h2>Saturday 14 June 2031</h2><ul><li>Sunrise 21:00</li>"
        "<li>The Long Road 18:30</li></ul><h2>Sunday 15 June 2031</h2><ul><li>Sunrise 14:00</li>"
        "<li>Nosferatu 20:15</li></ul>",
    )
    assert [event["title"] for event in read(document)] == ["Sunrise", "The Long Road", "Sunrise", "Nosferatu"]


# --- feeds: a news headline's day after a colon ----------------------------------------------------------------------


def rss(channel: str, *titles: str) -> str:
    return titles_feed(channel, titles, site="https://site.example", summary="More.")


def test_a_news_feeds_headlines_with_a_colon_before_the_day_are_held() -> None:
    events = feed(
        rss(
            "Riverside Gazette - Local news",
            "Election date set: 3 July 2031",
            "Weather warning – Saturday 14 June 2031",
        )
    )
    assert [(event["title"], event["confidence"]) for event in events] == [
        ("Election date set", 0.45),
        ("Weather warning", 0.45),
    ]


def test_hard_negative_a_news_and_events_feeds_listing_keeps_its_day() -> None:
    events = feed(rss("Riverside news and events", "Summer Fair – Saturday 14 June 2031"))
    assert [(event["title"], str(event["start"])[:10], event["confidence"]) for event in events] == [
        ("Summer Fair", "2031-06-14", None)
    ]
