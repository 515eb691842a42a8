"""The hundred-and-thirteenth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout113.json: a
chamber choir's season page (Jekyll source) and its 2011 concerts page, a chess union's Plone event listing, a sailing
club's news panel, a model railroad society's events page (Jekyll source), and two hard negatives: a flower show's
entry desk hours and the sailing club's training page; measured once at babfc188), on small documents of our own:

* A static site's page source (front matter between "---" lines, then HTML with Markdown paragraphs as bare lines) was
  refused as no page, or read with its paragraphs run together: the block is dropped and the bare paragraphs become
  ``<p>``s (``_page_front_matter``).
* A listing cut from its ``<dl>`` ("<dt class="vevent">…") was refused: a ``<dt>`` opening a fragment is HTML
  (``webpage._HTML_TAG``).
* Plone's hCalendar stamps ("2017/09/20 19:30:00 GMT+2") were read by nobody: the clock in the page's zone
  (``_mf_slash_stamp``).
* "We will have several tables at the Swap Meet from 8:30 am to noon." under one date was taken for the page's rule
  of when meetings start: a "Meet" in a name is no meetings statement (``_page_meet_names``).
* "29th and 30th APRIL", "SAT 20th / SUN 21st MAY" were read as their second day: two consecutive days joined by
  "and", "&" or "/" are a run (``_page_joined_days``).
* A row's "St. Joseph's Parish &em; 174 Wilbrod Street, Ottawa" or "Pembroke, Ontario" under its date named the
  concert: a name and a street set off by a comma or a mark, or a town and its region, is the place
  (``_page_row_places``).
* "On November 11, 2010, the Capital Chamber Choir presented its Christmas programme, …" was titled by its clause:
  a dated line's rest opening in lower case and running on as prose is no name (``_page_prose_titles``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._mf_slash_stamp import slash_stamp
from sources.adapters._page_dates import find_dates
from sources.adapters._page_front_matter import front_matter_marked
from sources.adapters._page_meet_names import meet_named
from sources.adapters._page_prose_titles import prose_title
from sources.adapters._page_row_places import under_date_place
from sources.adapters.webpage import looks_like_html
from tests.sources.helpers import read_page

TORONTO = zoneinfo.ZoneInfo("America/Toronto")
LONDON = zoneinfo.ZoneInfo("Europe/London")
SEPTEMBER = dt.datetime(2031, 9, 1, 9)  # noqa: DTZ001  (wall-clock, in each reader's zone)
read_ca = functools.partial(read_page, url="https://choir.example/concerts", zone=TORONTO, start=SEPTEMBER)
read_uk = functools.partial(read_page, url="https://club.example/events", zone=LONDON, start=SEPTEMBER)


def page(body: str, title: str = "Events") -> str:
    """``body`` in a page of its own under an <h1> ``title``."""
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


def titles(events: list[dict]) -> list[str]:
    """The events' titles, in the page's order."""
    return [event["title"] for event in events]


def minute(value: str | None) -> str | None:
    """A start or end as printed ("2031-10-26T15:30:00-04:00", local): its day and clock, or its day."""
    return value[:16] if value else None


# 1. A static site's page source.

SEASON_SOURCE = (
    "---\nlayout: default\ntitle: 2031-2032 Season\n---\n\n<p>Our season has two concerts.</p>\n\n"
    "<h3>Autumn Requiem</h3>\n<p>\n\tSunday, October 26, 2031, 3:30pm<br />\n\tGrace Church, 12 King Street, Ottawa\n</p>\n\n"
    "<h3>Winter Carols</h3>\n<p>\n\tFriday, December 12, 2031, 8pm<br />\n\tGrace Church, 12 King Street, Ottawa\n</p>\n"
)


def test_a_page_source_with_front_matter_is_read_as_a_page():
    events = read_ca(SEASON_SOURCE)
    assert titles(events) == ["Autumn Requiem", "Winter Carols"]
    assert [minute(event["start"]) for event in events] == ["2031-10-26T15:30", "2031-12-12T20:00"]
    assert all("layout" not in (event.get("description") or "") for event in events)


MARKDOWN_SOURCE = (
    "---\nlayout: page\ntitle: Events\npermalink: /events/\n---\n\n<h3>December 1-29, 2031</h3>\n"
    "Riverside Library Holiday Display\n\nOur club set up a holiday display at the library. Drop in and see it.\n\n"
    '<figure><img src="/a.jpg" alt="The display"><figcaption>Above: the display.</figcaption></figure>\n\n'
    "<h3>October 21, 2031</h3>\nThe society will have tables at the regional railway fair in the church hall.\n"
)


def test_a_page_sources_bare_lines_are_paragraphs():
    event = read_ca(MARKDOWN_SOURCE)[0]
    assert event["title"] == "Riverside Library Holiday Display"
    assert (event["start"], event["end"]) == ("2031-12-01", "2031-12-29")


def test_dashes_over_prose_or_a_layout_are_no_page_source():
    ruled = "---\nNot a key line, just a rule\n---\n<p>Friday, December 12, 2031</p>"
    assert front_matter_marked(ruled) == ruled  # no "key: value" line: no front matter
    layout = "---\nlayout: base\n---\n<html><body><p>Hello</p></body></html>"
    assert front_matter_marked(layout) == "<html><body><p>Hello</p></body></html>"  # a whole document: no wrapper
    assert not looks_like_html(b"---\ntitle: Notes\n---\n\nJust *Markdown* text, no tags.\n")


# 2. A listing cut from its <dl>; Plone's stamps.

PLONE_LISTING = (
    '<dt class="vevent">\n<span class="summary"><a href="https://club.example/e/1" class="url">Summer Rapidplay</a>'
    '</span>\n<span><abbr class="dtstart" title="2031/09/20 19:30:00 GMT+2">Sep 20, 2031</abbr> from\n'
    '<abbr class="dtstart" title="2031/09/20 19:30:00 GMT+2">07:30 PM</abbr> to\n'
    '<abbr class="dtend" title="2031/09/20 22:45:00 GMT+2">10:45 PM</abbr></span>\n'
    '<span class="location">Bankers Club, 31 Malone Road</span>\n</dt>\n<dd>Open to all players.</dd>\n'
    '<dt class="vevent">\n<span class="summary"><a href="https://club.example/e/2" class="url">Winter Open 2031-32</a>'
    '</span>\n<abbr class="dtstart" title="2031/12/10 13:55:00 GMT+1">Dec 10, 2031 01:55 PM</abbr>\n</dt>\n'
)


def test_a_listing_cut_from_its_definition_list_is_a_page_with_ploness_stamps_read_as_shown():
    assert looks_like_html(PLONE_LISTING.encode())
    assert not looks_like_html(b"Write the term in a <dt> and its meaning in a <dd>.")
    events = read_uk(PLONE_LISTING)
    assert titles(events) == ["Summer Rapidplay", "Winter Open 2031-32"]
    first, second = events
    assert minute(first["start"]) == "2031-09-20T19:30"  # the clock shown, not 18:30 (GMT+2)
    assert minute(first["end"]) == "2031-09-20T22:45"
    assert minute(second["start"]) == "2031-12-10T13:55"  # not the 18th of "2031-32"


@pytest.mark.parametrize(
    ("raw", "zone", "expected"),
    [
        ("2031/09/20 19:30:00 GMT+2", LONDON, dt.datetime(2031, 9, 20, 19, 30, tzinfo=LONDON)),
        ("2031/09/20 19:30", LONDON, dt.datetime(2031, 9, 20, 19, 30, tzinfo=LONDON)),
        (
            "2031/09/20 19:30:00 GMT+2",
            None,
            dt.datetime(2031, 9, 20, 19, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        ),
        ("20/09/2031 19:30", LONDON, None),  # day first
        ("2031/09/20", LONDON, None),  # no clock
        ("2031/13/40 19:30", LONDON, None),  # no such day
        ("2031/09/20 19:30 CEST", LONDON, None),  # a zone's name, not GMT/UTC
    ],
)
def test_ploness_slashed_stamps(raw, zone, expected):
    assert slash_stamp(raw, tz=zone) == expected


# 3. A "Meet" in a name is no meetings statement.

SWAP_MEET = page(
    "<h3>December 1-29, 2031</h3><p>Library Holiday Display</p><p>Our display is at the library all month.</p>"
    "<h3>October 21, 2031</h3><p>Fall Meet at the church hall.</p>"
    "<p>We will have several tables at the Swap Meet from 8:30 am to noon.</p>"
)


def test_a_swap_meets_hours_are_not_the_pages_rule():
    events = read_uk(SWAP_MEET)
    display = next(event for event in events if event["start"].startswith("2031-12-01"))
    assert display["start"] == "2031-12-01"  # all day, not 08:30 from the other date's meet


def test_a_meetings_statement_still_times_every_meeting():
    events = read_uk(
        page(
            "<p>The Society meets at 7.30pm in the Village Hall.</p><ul><li>14 October 2031: AGM</li>"
            "<li>11 November 2031: Winter talk</li></ul>"
        )
    )
    assert [minute(event["start"]) for event in events] == ["2031-10-14T19:30", "2031-11-11T19:30"]


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("We will have several tables at the Swap Meet from 8:30 am to noon.", True),
        ("Join us at the Fall Meet from 9am.", True),
        ("Members Meet at 7pm in the Hall.", False),  # a plural subject: the verb
        ("The Club Will Meet Every Tuesday at 7pm.", False),  # an auxiliary before, a frequency after
        ("The board meets at 7 p.m. in the Chamber.", False),
        ("Meetings are held at 7 p.m.", False),
        ("The Swap Meet and the meeting start at 8 am.", False),  # another schedule word
    ],
)
def test_meet_named(sentence, named):
    assert meet_named(sentence) is named


# 4. Two consecutive days joined by "and", "&" or "/".


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Club Regatta 29th and 30th APRIL 2031", dt.date(2031, 4, 29), dt.date(2031, 4, 30)),
        ("Open Meeting SAT 20th / SUN 21st SEPTEMBER 2031", dt.date(2031, 9, 20), dt.date(2031, 9, 21)),
        ("Saturday 20th / Sunday 21st September 2031", dt.date(2031, 9, 20), dt.date(2031, 9, 21)),
        # weekdays joined by "&": each day its own event (_page_own_days, left32), not one run here
        ("Saturday 20th & Sunday 21st September 2031", dt.date(2031, 9, 21), None),
        ("5 and 12 May 2031", dt.date(2031, 5, 12), None),  # not consecutive: a list, left as read
        ("Ages 6 and 7 May 2031", dt.date(2031, 5, 7), None),  # a measure
        ("v2 and 3 May 2031", dt.date(2031, 5, 3), None),  # glued to a word
        ("Tickets £6 & 7 May 2031", dt.date(2031, 5, 7), None),  # a price (the lead's mend)
        ("Entry $6 and 7 May 2031", dt.date(2031, 5, 7), None),
        ("21 and 20 May 2031", dt.date(2031, 5, 20), None),  # backwards
    ],
)
def test_joined_consecutive_days_are_a_run(text, first, last):
    hit = find_dates(text, year_hint=2031, today=dt.date(2031, 1, 1))[0]
    assert (hit.date, hit.end_date) == (first, last)


def test_a_day_after_another_months_date_is_no_run():
    # "June 17 & 18 July": the 17th is June's (_page_day_pairs, left30), the 18th July's own day (the lead's mend)
    hits = find_dates("June 17 & 18 July 2031", year_hint=2031, today=dt.date(2031, 1, 1))
    assert [(hit.date, hit.end_date) for hit in hits] == [(dt.date(2031, 6, 17), None), (dt.date(2031, 7, 18), None)]


def test_a_news_headings_weekend_is_one_run():
    spring = dt.datetime(2031, 3, 1)  # noqa: DTZ001
    read_spring = functools.partial(read_page, url="https://club.example/news", zone=LONDON, start=spring)
    news = page(
        '<div class="news"><h2>Sailing Club 2031 Regatta <small>29<sup>th</sup> and 30<sup>th</sup> APRIL</small></h2>'
        '<p>Notice of race to follow</p></div><div class="news"><h2>Dinghy OPEN MEETING <small>SAT 20<sup>th</sup> / '
        "SUN 21<sup>st</sup> MAY</small></h2><p>Registration opens at 10am</p></div>",
        "News",
    )
    regatta, meeting = read_spring(news)
    assert (regatta["title"], regatta["start"], regatta["end"]) == (
        "Sailing Club 2031 Regatta",
        "2031-04-29",
        "2031-04-30",
    )
    assert meeting["start"].startswith("2031-05-20")


# 5. A row's place under its date set off by a comma or a mark.

ROWS = page(
    "<h3>Autumn Requiem</h3><p>Sunday, October 26, 2031, 3:30pm<br>Grace Church &em; 12 King Street, Ottawa</p>"
    "<h3>Community Connections</h3><p>Sunday, February 1, 2032, 3pm<br>Pembroke, Ontario</p>"
    "<h3>Spring Songs</h3><p>Sunday, March 22, 2032, 3pm<br>Opening Night, Act One</p>",
    "Concerts",
)


def test_a_rows_place_under_its_date_leaves_the_heading_to_name_it():
    events = read_ca(ROWS)
    assert titles(events)[:2] == ["Autumn Requiem", "Community Connections"]
    assert "12 King Street" in " ".join(filter(None, (events[0]["venue_name"], events[0]["address"])))
    assert events[1]["venue_name"] == "Pembroke, Ontario" or events[1]["city"] == "Pembroke"
    assert events[2]["title"] == "Opening Night, Act One"  # no street, no region: a name


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("St. Joseph’s Parish &em; 174 Wilbrod Street, Ottawa", True),
        ("Grace Church, 12 King Street, Ottawa", True),
        ("Town Hall · 3 High Street", True),
        ("Pembroke, Ontario", True),
        ("Ballarat, Victoria", True),
        ("Smith, John", False),
        ("Room 4, Building B", False),
        ("Opening Night, Act One", False),
        ("Doors 7pm, 12 King Street", False),  # a clock
        ("We meet at Grace Church, 12 King Street.", False),  # a sentence
    ],
)
def test_under_date_place(line, place):
    assert under_date_place(line) is place


# 6. A dated line's rest that is prose.

PROSE = page(
    '<h3><a href="/2032/05/15/northern.html">Northern Sketches</a></h3><img src="/n.jpg" /><p>On Saturday, May 15, '
    "2032, the choir presented its spring programme. Featured works included new pieces by local composers.</p>"
    '<div class="hr"></div><h3><a href="/2032/06/12/summer.html">Summer Songs</a></h3><img src="/s.jpg" /><p>On '
    "Saturday, June 12, 2032, the choir presented its summer programme with the town band and two soloists.</p>",
    "Concerts",
)


def test_a_clause_after_the_date_leaves_the_heading_to_name_it():
    events = read_ca(PROSE)
    assert [(event["title"], event["start"]) for event in events] == [
        ("Northern Sketches", "2032-05-15"),
        ("Summer Songs", "2032-06-12"),
    ]


@pytest.mark.parametrize(
    ("title", "prose"),
    [
        ("the Capital Chamber Choir presented its Christmas programme, Un instant mystique.", True),
        ("the choir sang for us all evening long!", True),
        ("The Capital Chamber Choir presented its Christmas programme, Un instant mystique.", False),  # a capital
        ("dead prez live at the hall", False),  # no sentence's end
        ("an evening with friends.", False),  # short
        ("the big quiz night – tickets at the door", False),
    ],
)
def test_prose_title(title, prose):
    assert prose_title(title) is prose
