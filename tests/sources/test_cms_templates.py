"""Event listings written in the markup of common calendar plugins and site builders (issue #13).

Each page here is our own, written by hand after the plugin's own template source (cited above each page): the same
class names, nesting and date/time wording, with our own events (one with an end time, one all-day, one over several
days, one cancelled where the template shows a status). The reader has no rule for any of these products: these
tests guard that the generic reader reads their shapes right.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo

import pytest

from sources.adapters._page_card_fields import ADDRESS_CLASS
from sources.adapters._page_time_clocks import WHOLE_CLOCK
from tests.hostile import superlinear_shape
from tests.sources.helpers import event_place as place
from tests.sources.helpers import read_page, site_page
from tests.sources.helpers import wall_time as local

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
FEBRUARY = dt.datetime(2027, 2, 1, tzinfo=CHICAGO)
SITE = "https://library.example.org"

read = functools.partial(read_page, zone=CHICAGO, start=FEBRUARY)


def summary(event: dict[str, object]) -> tuple[object, ...]:
    return (event["title"], event["start"], event.get("end"), event.get("url"))


def wrap(body: str, title: str = "Events") -> str:
    return site_page(
        body,
        site="Riverside Library",
        address="412 Elm Street, Springfield",
        nav=("About", "Events", "Contact"),
        title=title,
    )


# --- The Events Calendar (WordPress), list view -------------------------------------------------------------------
# Markup after the-events-calendar/the-events-calendar src/views/v2/list/event.php, list/event/date-tag.php,
# list/event/date.php, list/event/title.php, list/event/venue.php and list/month-separator.php; the date line is
# what tribe_events_event_schedule_details() writes ("March 4 @ 7:00 pm - 9:00 pm", no year in the current year).
def tec_row(
    day: str, weekday: str, details: str, title: str, slug: str, venue: str, address: str, status: str = ""
) -> str:
    label = (
        f"<div class='tribe-common-b2 tribe-events-status-label'><div class='tribe-events-status-label__text "
        f"tribe-events-status-label__text--{status.lower()}'>{status}</div></div>"
        if status
        else ""
    )
    venue_html = (
        f"<address class='tribe-events-calendar-list__event-venue tribe-common-b2'>"
        f"<span class='tribe-events-calendar-list__event-venue-title tribe-common-b2--bold'>{venue}</span>\n"
        f"  <span class='tribe-events-calendar-list__event-venue-address'>{address}</span>\n</address>"
        if venue
        else ""
    )
    return f"""
<div class="tribe-common-g-row tribe-events-calendar-list__event-row">
  <div class="tribe-events-calendar-list__event-date-tag tribe-common-g-col">
    <time class="tribe-events-calendar-list__event-date-tag-datetime" datetime="{day}">
      <span class="tribe-events-calendar-list__event-date-tag-weekday">{weekday}</span>
      <span class="tribe-events-calendar-list__event-date-tag-daynum tribe-common-h5 tribe-common-h4--min-medium">
        {int(day[-2:])}</span>
    </time>
  </div>
  <div class="tribe-events-calendar-list__event-wrapper tribe-common-g-col">
    <article class="tribe-events-calendar-list__event tribe-common-g-row tribe-common-g-row--gutters post-{slug}
      tribe_events type-tribe_events status-publish hentry">
      <div class="tribe-events-calendar-list__event-details tribe-common-g-col">
        <header class="tribe-events-calendar-list__event-header">
          <div class="tribe-events-calendar-list__event-datetime-wrapper tribe-common-b2">
            <time class="tribe-events-calendar-list__event-datetime" datetime="{day}">{details}</time>
          </div>
          {label}
          <h3 class="tribe-events-calendar-list__event-title tribe-common-h6 tribe-common-h4--min-medium">
            <a href="{SITE}/event/{slug}/" title="{title}" rel="bookmark"
              class="tribe-events-calendar-list__event-title-link tribe-common-anchor-thin">{title}</a>
          </h3>
          {venue_html}
        </header>
        <div class="tribe-events-calendar-list__event-description tribe-common-b2 tribe-common-a11y-hidden">
          <p>Bring a friend; all ages welcome.</p>
        </div>
      </div>
    </article>
  </div>
</div>"""


def tec_month(month: str, label: str) -> str:
    return (
        f"<div class='tribe-events-calendar-list__month-separator'><time class='tribe-events-calendar-list__month-"
        f"separator-text tribe-common-h7 tribe-common-h6--min-medium tribe-common-h--alt' datetime='{month}'>"
        f"{label}</time></div>"
    )


TEC_PAGE = wrap(
    "<div class='tribe-common tribe-events tribe-events-view tribe-events-view--list'>"
    "<div class='tribe-common-l-container tribe-events-l-container'><header class='tribe-events-header'>"
    "<h1 class='tribe-events-header__title-text'>Upcoming Events</h1></header>"
    "<div class='tribe-events-calendar-list'>"
    + tec_month("2027-03", "March 2027")
    + tec_row(
        "2027-03-04",
        "Thu",
        "<span class='tribe-event-date-start'>March 4 @ 7:00 pm</span> - <span class='tribe-event-time'>9:00 pm</span>",
        "Spring Poetry Slam",
        "spring-poetry-slam",
        "Riverside Branch Library",
        "412 Elm Street, Springfield, IL, United States",
    )
    + tec_row(
        "2027-03-13",
        "Sat",
        "<span class='tribe-event-date-start'>March 13</span>",
        "Seed Library Swap Day",
        "seed-library-swap-day",
        "Community Greenhouse",
        "88 Orchard Lane, Springfield, IL, United States",
    )
    + tec_row(
        "2027-03-18",
        "Thu",
        "<span class='tribe-event-date-start'>March 18 @ 6:30 pm</span>",
        "Author Talk: Maren Oduya on River Towns",
        "author-talk-maren-oduya",
        "Riverside Branch Library",
        "412 Elm Street, Springfield, IL, United States",
        status="Canceled",
    )
    + tec_row(
        "2027-03-26",
        "Fri",
        "<span class='tribe-event-date-start'>March 26 @ 8:00 am</span> - "
        "<span class='tribe-event-date-end'>March 28 @ 5:00 pm</span>",
        "Friends of the Library Book Sale",
        "friends-book-sale",
        "Lincoln Hall",
        "15 Market Square, Springfield, IL, United States",
    )
    + "</div></div></div>",
)

TEC_EXPECTED = [
    ("Spring Poetry Slam", "2027-03-04T19:00:00", "2027-03-04T21:00:00", "Riverside Branch Library"),
    ("Seed Library Swap Day", "2027-03-13", None, "Community Greenhouse"),
    ("Author Talk: Maren Oduya on River Towns", "2027-03-18T18:30:00", None, "Riverside Branch Library"),
    ("Friends of the Library Book Sale", "2027-03-26T08:00:00", "2027-03-28T17:00:00", "Lincoln Hall"),
]
TEC_URLS = [
    f"{SITE}/event/spring-poetry-slam/",
    f"{SITE}/event/seed-library-swap-day/",
    f"{SITE}/event/author-talk-maren-oduya/",
    f"{SITE}/event/friends-book-sale/",
]


# --- Events Manager (WordPress), default list item format ---------------------------------------------------------
# Markup after events-manager templates/formats/event_list_item_format.php (the plugin's copy in
# tanushree57/artist-website wp-content/plugins/events-manager/...) and templates/templates/events-list.php:
# #_EVENTLINK in h3.em-item-title, #_EVENTDATES ("March 4, 2027", a span "March 26, 2027 - March 28, 2027"),
# #_EVENTTIMES ("7:00 pm - 9:00 pm", "All Day"), #_LOCATIONLINK, then a "More Info" button.
def em_item(day: str, month: str, dates: str, times: str, title: str, slug: str, venue: str) -> str:
    return f"""
<div class="em-event em-item" style="--default-border:#a8d144;">
  <div class="em-item-image has-placeholder">
    <div class="em-item-image-placeholder"><div class="date"><span class="day">{day}</span>
      <span class="month">{month}</span></div></div>
  </div>
  <div class="em-item-info">
    <h3 class="em-item-title"><a href="{SITE}/events/{slug}/">{title}</a></h3>
    <div class="em-event-meta em-item-meta">
      <div class="em-item-meta-line em-event-date em-event-meta-datetime">
        <span class="em-icon-calendar em-icon"></span>
        {dates}&nbsp;&nbsp;&nbsp;&nbsp;
      </div>
      <div class="em-item-meta-line em-event-time em-event-meta-datetime">
        <span class="em-icon-clock em-icon"></span>
        {times}
      </div>
      <div class="em-item-meta-line em-event-location">
        <span class="em-icon-location em-icon"></span>
        <a href="{SITE}/locations/{venue.lower().replace(" ", "-")}/">{venue}</a>
      </div>
    </div>
    <div class="em-item-desc">Join us for an afternoon with neighbours and friends.</div>
    <div class="em-item-actions input">
      <a class="em-item-read-more button" href="{SITE}/events/{slug}/">More Info</a>
    </div>
  </div>
</div>"""


EM_PAGE = wrap(
    "<div class='em em-view-container' id='em-view-6' data-view='list'>"
    "<div class='em pixelbones em-list em-events-list' id='em-events-list-6' data-view-id='6'>"
    + em_item("04", "Mar", "March 4, 2027", "7:00 pm - 9:00 pm", "Knitting Circle", "knitting-circle", "Oak Room")
    + em_item("13", "Mar", "March 13, 2027", "All Day", "Seed Library Swap Day", "seed-swap", "Community Greenhouse")
    + em_item(
        "26",
        "Mar",
        "March 26, 2027 - March 28, 2027",
        "8:00 am - 5:00 pm",
        "Friends of the Library Book Sale",
        "book-sale",
        "Lincoln Hall",
    )
    + em_item("02", "Apr", "April 2, 2027", "10:30 am", "Toddler Story Time", "toddler-story-time", "Children's Wing")
    + "</div></div>",
)

EM_EXPECTED = [
    ("Knitting Circle", "2027-03-04T19:00:00", "2027-03-04T21:00:00", "Oak Room"),
    ("Seed Library Swap Day", "2027-03-13", None, "Community Greenhouse"),
    # a span of days over a separate "8:00 am - 5:00 pm" line: the first day's opening to the last day's close, as
    # the schedule readers read the hours of a span (helper leftpages7, _page_daily_hours)
    ("Friends of the Library Book Sale", "2027-03-26T08:00:00", "2027-03-28T17:00:00", "Lincoln Hall"),
    ("Toddler Story Time", "2027-04-02T10:30:00", None, "Children's Wing"),
]
EM_URLS = [f"{SITE}/events/{slug}/" for slug in ("knitting-circle", "seed-swap", "book-sale", "toddler-story-time")]


# --- Squarespace events collection, list view ---------------------------------------------------------------------
# Markup as Squarespace renders article.eventlist-event (read by the scrapers in other projects, e.g. the
# "SquareSpaceParser" and City Park Jazz scrapers found by `find_string event-time-12hr-start`): the date tag,
# h1.eventlist-title > a.eventlist-title-link, ul.eventlist-meta with time.event-date, the 12- and 24-hour clocks
# side by side (one hidden by CSS), li.eventlist-meta-address with its "(map)" link, a multi-day event's two date
# lines with event-time-12hr, and the "View Event" button.
def sq_datetag(month: str, day: str) -> str:
    return (
        "<div class='eventlist-datetag'><div class='eventlist-datetag-inner'>"
        f"<div class='eventlist-datetag-startdate eventlist-datetag-startdate--month'>{month}</div>"
        f"<div class='eventlist-datetag-startdate eventlist-datetag-startdate--day'>{day}</div>"
        "<div class='eventlist-datetag-enddate eventlist-datetag-enddate--month' style='display:none'></div>"
        "<div class='eventlist-datetag-enddate eventlist-datetag-enddate--day' style='display:none'></div>"
        "<div class='eventlist-datetag-status'></div></div></div>"
    )


def sq_event(tag: str, meta: str, title: str, slug: str, venue: str, multiday: bool = False) -> str:
    kind = " eventlist-event--multiday" if multiday else ""
    address = (
        f"<li class='eventlist-meta-item eventlist-meta-address event-meta-item'>{venue}\n"
        f"<a href='http://maps.google.com?q={venue.replace(' ', '+')}' class='eventlist-meta-address-maplink' "
        f"target='_blank'>(map)</a></li>"
    )
    return f"""
<article class="eventlist-event eventlist-event--upcoming{kind} eventlist-event--hasimg">
  <a href="/events/{slug}" class="eventlist-column-thumbnail content-fill">
    <img data-src="https://images.example.net/{slug}.jpg" alt="{title}"></a>
  {tag}
  <div class="eventlist-column-info">
    <h1 class="eventlist-title"><a href="/events/{slug}" class="eventlist-title-link">{title}</a></h1>
    <ul class="eventlist-meta event-meta" data-content-field="event-time">
      {meta}
      {address}
    </ul>
    <div class="eventlist-excerpt"><p>Tickets at the door.</p></div>
    <a href="/events/{slug}" class="eventlist-button sqs-editable-button sqs-button-element--primary">View Event &#8594;</a>
  </div>
</article>"""


def sq_day(date: str, words: str, clocks: str = "") -> str:
    return (
        f"<li class='eventlist-meta-item eventlist-meta-date event-meta-item'>"
        f"<time class='event-date' datetime='{date}'>{words}</time>{clocks}</li>"
    )


def sq_time(date: str, start12: str, end12: str, start24: str, end24: str) -> str:
    return (
        "<li class='eventlist-meta-item eventlist-meta-time event-meta-item'><span class='event-time-12hr'>"
        f"<time class='event-time-12hr-start' datetime='{date}'>{start12}</time>"
        "<span class='event-datetime-divider'></span>"
        f"<time class='event-time-12hr-end' datetime='{date}'>{end12}</time></span>"
        "<span class='event-time-24hr'>"
        f"<time class='event-time-24hr-start' datetime='{date}'>{start24}</time>"
        "<span class='event-datetime-divider'></span>"
        f"<time class='event-time-24hr-end' datetime='{date}'>{end24}</time></span></li>"
    )


def sq_clock(date: str, twelve: str, twenty_four: str) -> str:
    return (
        f"<time class='event-time-12hr' datetime='{date}'>{twelve}</time>"
        f"<time class='event-time-24hr' datetime='{date}'>{twenty_four}</time>"
    )


SQUARESPACE_PAGE = wrap(
    "<div class='eventlist eventlist--upcoming'>"
    + sq_event(
        sq_datetag("Mar", "4"),
        sq_day("2027-03-04", "Thursday, March 4, 2027") + sq_time("2027-03-04", "7:00 PM", "9:30 PM", "19:00", "21:30"),
        "Open Mic: Songwriters in the Round",
        "open-mic-songwriters",
        "The Blue Door",
    )
    + sq_event(
        sq_datetag("Mar", "12"),
        sq_day("2027-03-12", "Friday, March 12, 2027") + sq_time("2027-03-12", "8:00 PM", "11:00 PM", "20:00", "23:00"),
        "Delta Blues Night with the Marsh Kings",
        "delta-blues-night",
        "Riverside Taproom",
    )
    + sq_event(
        sq_datetag("Mar", "26"),
        sq_day("2027-03-26", "Friday, March 26, 2027", sq_clock("2027-03-26", "8:00 AM", "08:00"))
        + sq_day("2027-03-28", "Sunday, March 28, 2027", sq_clock("2027-03-28", "5:00 PM", "17:00")),
        "Spring Craft Fair",
        "spring-craft-fair",
        "Lincoln Hall",
        multiday=True,
    )
    + "</div>",
)

SQUARESPACE_EXPECTED = [
    ("Open Mic: Songwriters in the Round", "2027-03-04T19:00:00", "2027-03-04T21:30:00", "The Blue Door"),
    ("Delta Blues Night with the Marsh Kings", "2027-03-12T20:00:00", "2027-03-12T23:00:00", "Riverside Taproom"),
    ("Spring Craft Fair", "2027-03-26T08:00:00", "2027-03-28T17:00:00", "Lincoln Hall"),
]
SQUARESPACE_URLS = [
    f"{SITE}/events/{slug}" for slug in ("open-mic-songwriters", "delta-blues-night", "spring-craft-fair")
]


PAGES = {
    "the-events-calendar": (TEC_PAGE, TEC_EXPECTED, TEC_URLS),
    "events-manager": (EM_PAGE, EM_EXPECTED, EM_URLS),
    "squarespace": (SQUARESPACE_PAGE, SQUARESPACE_EXPECTED, SQUARESPACE_URLS),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_plugin_listing_reads_each_events_title_times_place_and_url(name: str) -> None:
    page, expected, urls = PAGES[name]
    events = read(page, url=f"{SITE}/events/")

    assert [(event["title"], local(event["start"]), local(event.get("end"))) for event in events] == [
        (title, start, end) for title, start, end, _ in expected
    ]
    assert [event["url"] for event in events] == urls
    for event, (_, _, _, venue) in zip(events, expected, strict=True):
        assert place(event).startswith(venue)


def test_a_plugins_cancelled_label_cancels_only_its_event() -> None:
    events = read(TEC_PAGE, url=f"{SITE}/events/")

    assert [event["status"] for event in events] == ["scheduled", "scheduled", "cancelled", "scheduled"]


# --- the rules these pages needed, each with its hard negatives ---------------------------------------------------
def card(when: str, title: str = "Quiz Night", extra: str = "") -> str:
    return wrap(
        f"<article class='event'><div class='when'>{when}</div><h3><a href='/e/quiz'>{title}</a></h3>{extra}"
        f"</article><article class='event'><div class='when'><time datetime='2027-05-01'>May 1</time></div>"
        f"<h3><a href='/e/fair'>May Fair</a></h3></article>"
    )


def first(page: str) -> tuple[str | None, str | None]:
    event = read(page, url=f"{SITE}/events/")[0]
    return local(event["start"]), local(event.get("end"))


def test_a_date_only_time_element_whose_words_write_a_range_gives_its_end() -> None:
    same_day = "<time datetime='2027-03-04'><span>March 4 @ 7:00 pm</span> - <span>9:00 pm</span></time>"
    days = "<time datetime='2027-03-26'><span>March 26 @ 8:00 am</span> - <span>March 28 @ 5:00 pm</span></time>"

    assert first(card(same_day)) == ("2027-03-04T19:00:00", "2027-03-04T21:00:00")
    assert first(card(days)) == ("2027-03-26T08:00:00", "2027-03-28T17:00:00")


def test_words_writing_another_days_range_give_no_end() -> None:
    # Guards against taking a range the element's day is not part of (a sale "March 10 - 12" under March 4's date).
    other_day = "<time datetime='2027-03-04'>Thu 4 March, 7:00 pm</time> <p>Tickets on sale March 10 - March 12</p>"
    single = "<time datetime='2027-03-04'>March 4 @ 7:00 pm</time>"

    assert first(card(other_day)) == ("2027-03-04T19:00:00", None)
    assert first(card(single)) == ("2027-03-04T19:00:00", None)


def test_date_only_time_elements_holding_clocks_give_start_and_end() -> None:
    twin_faces = (
        "<time datetime='2027-03-04'>Thursday, March 4, 2027</time>"
        "<time datetime='2027-03-04'>7:00 PM</time><span></span><time datetime='2027-03-04'>9:30 PM</time>"
        "<time datetime='2027-03-04'>19:00</time><span></span><time datetime='2027-03-04'>21:30</time>"
    )
    days = (
        "<time datetime='2027-03-26'>Friday, March 26, 2027</time><time datetime='2027-03-26'>8:00 AM</time>"
        "<time datetime='2027-03-28'>Sunday, March 28, 2027</time><time datetime='2027-03-28'>5:00 PM</time>"
    )

    assert first(card(twin_faces)) == ("2027-03-04T19:00:00", "2027-03-04T21:30:00")
    assert first(card(days)) == ("2027-03-26T08:00:00", "2027-03-28T17:00:00")


def test_one_clock_on_two_faces_or_a_day_number_is_no_end() -> None:
    # Guards: the same moment on a 24-hour face is no end; a date tag's bare day number ("4") is no clock.
    faces = (
        "<time datetime='2027-03-04'><span>Thu</span> <span>4</span></time>"
        "<time datetime='2027-03-04'>7:00 PM</time><time datetime='2027-03-04'>19:00</time>"
    )

    assert first(card(faces)) == ("2027-03-04T19:00:00", None)


def test_an_address_classed_element_is_the_cards_place_without_its_map_link() -> None:
    extra = (
        "<ul><li class='meta-address'>The Blue Door\n<a href='http://maps.google.com?q=The+Blue+Door'>(map)</a></li>"
        "</ul>"
    )
    event = read(card("<time datetime='2027-03-04'>March 4, 2027</time>", extra=extra), url=f"{SITE}/events/")[0]

    assert event["venue_name"] == "The Blue Door"


def test_a_mail_or_web_address_class_is_no_place() -> None:
    # Guards: "email-address" and "web-address" hold a contact, not where the event is.
    extra = "<p class='email-address'>events@library.example.org</p><p class='web-address'>library.example.org</p>"
    event = read(card("<time datetime='2027-03-04'>March 4, 2027</time>", extra=extra), url=f"{SITE}/events/")[0]

    assert not place(event)


@pytest.mark.parametrize("pattern", [WHOLE_CLOCK, ADDRESS_CLASS])
def test_the_new_patterns_take_linear_time(pattern: re.Pattern[str]) -> None:
    assert superlinear_shape(pattern) is None
