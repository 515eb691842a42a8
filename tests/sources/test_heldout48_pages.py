"""Rules written from the forty-eighth held-out page batch's misses, on our own small documents.

- a JSON-LD startDate at local midnight on the dot, with no endDate, on a page that shows no midnight, is the day
  (a template writing a date-only field as a date-time), not an event at 00:00.
- an empty <time datetime> is given its stamp as text, so a page about one event dated only there is read; only
  when its offset is the page's zone's own (a UTC stamp on a New York page would be read hours, even a day, off).
- a page with no <h1> whose one data-title (data-name, data-event-title) is shown whole by an element is named by
  that element, not by a keyword-stuffed <title>; a menu item's data-name (in a nav, a header, a list of links)
  names nothing, and among several names the one the <title> or og:title gives is the page's.
- an icon of a place (a location/map-marker/pin icon) marks the text beside it as the event's place: only the run of
  words after it, in a row of other facts; not a date, a time or a paragraph.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.extraction import default_window, extract_document
from tests.hostile import superlinear_shape

ZONE = zoneinfo.ZoneInfo("America/New_York")
NOW = dt.datetime(2026, 3, 1, tzinfo=ZONE)


LONDON = zoneinfo.ZoneInfo("Europe/London")


def events(html: str, zone: zoneinfo.ZoneInfo = ZONE) -> list[dict]:
    extraction = extract_document(
        html.encode(), window=default_window(NOW), kind="auto", page_url="https://example.org/e/1", zone=zone
    )
    return extraction.events


def ld(start: str, end: str | None = None, body: str = "") -> str:
    end_part = f', "endDate": "{end}"' if end else ""
    return (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event",'
        f' "name": "Harbour Lantern Walk", "startDate": "{start}"{end_part}}}</script></head>'
        f"<body>{body}</body></html>"
    )


def test_midnight_start_without_end_is_the_day() -> None:
    [event] = events(ld("2026-06-12T00:00:00-04:00"))
    assert event["start"] == "2026-06-12"
    assert event["all_day"] is True


def test_midnight_without_seconds_or_offset_is_the_day() -> None:
    [event] = events(ld("2026-06-12T00:00", body="<h1>Harbour Lantern Walk</h1><p>Friday 12 June</p>"))
    assert event["start"] == "2026-06-12"


def test_midnight_the_page_shows_is_kept() -> None:
    # Hard negative: a night that really starts at midnight, and says so.
    [event] = events(ld("2026-06-12T00:00:00-04:00", body="<p>Doors at 00:00, Friday night into Saturday</p>"))
    assert event["start"].startswith("2026-06-12T00:00")
    [event] = events(ld("2026-06-12T00:00:00-04:00", body="<p>Starts at midnight</p>"))
    assert event["start"].startswith("2026-06-12T00:00")
    [event] = events(ld("2026-06-12T00:00:00-04:00", body="<p>12:00 AM - late</p>"))
    assert event["start"].startswith("2026-06-12T00:00")


def test_midnight_with_an_end_is_kept() -> None:
    # Hard negative: a stated end makes the midnight a time (a night from 00:00 to 04:00).
    [event] = events(ld("2026-06-12T00:00:00-04:00", end="2026-06-12T04:00:00-04:00"))
    assert event["start"].startswith("2026-06-12T00:00")


def test_other_times_are_kept() -> None:
    # Hard negative: a minute past midnight, or any other time, is not the day.
    [event] = events(ld("2026-06-12T00:30:00-04:00"))
    assert event["start"].startswith("2026-06-12T00:30")
    [event] = events(ld("2026-06-12T19:00:00-04:00"))
    assert event["start"].startswith("2026-06-12T19:00")


# --- an empty <time datetime> on a page about one event ----------------------------------------------------
def page(time_element: str) -> str:
    return (
        "<html><body><main><h1>Saltmarsh Quartet</h1>"
        f"{time_element}<p>A saxophone quartet plays its new suite.</p></main></body></html>"
    )


def test_empty_time_element_dates_the_page() -> None:
    [event] = events(page('<time datetime="2026-03-15T19:00:00-04:00"></time>'))
    assert event["title"] == "Saltmarsh Quartet"
    assert event["start"].startswith("2026-03-15T19:00")


def test_empty_time_element_with_a_day_alone() -> None:
    [event] = events(page('<time datetime="2026-03-15"></time>'))
    assert event["start"] == "2026-03-15"


def test_time_element_with_words_reads_its_words() -> None:
    # Hard negative: the element's own words win over its attribute (here they disagree on the hour).
    [event] = events(page('<time datetime="2026-03-15T00:00:00-04:00">15 March 2026, 8 pm</time>'))
    assert event["start"].startswith("2026-03-15T20:00")


def test_empty_time_elements_that_are_not_dates_stay_empty() -> None:
    # Hard negatives: a duration, a bare time, a year and a UTC stamp give the page no date.
    for value in ("PT2H", "19:00", "2026", "2026-03-15T23:00:00Z"):
        assert events(page(f'<time datetime="{value}"></time>')) == []


def test_empty_time_in_another_zone_stays_empty() -> None:
    # Hard negatives: a stamp whose offset is not the page's zone's at that time (a UTC value on a New York page, a
    # New York value on a London page) written as text would be read in the page's zone, hours and a day off.
    assert events(page('<time datetime="2026-12-15T00:30:00+00:00"></time>')) == []
    assert events(page('<time datetime="2026-12-15T00:30:00+0000"></time>')) == []
    assert events(page('<time datetime="2026-12-15T00:30:00-05:00"></time>'), LONDON) == []
    assert events(page('<time datetime="2026-07-15T19:00:00-05:00"></time>')) == []  # New York is -04:00 in July


def test_empty_time_in_the_pages_zone_is_read() -> None:
    # The offset is the page's zone's own at that time: its wall time is the page's.
    [event] = events(page('<time datetime="2026-12-15T00:30:00-05:00"></time>'))
    assert event["title"] == "Saltmarsh Quartet"
    assert event["start"] == "2026-12-15T00:30:00-05:00"
    [event] = events(page('<time datetime="2026-12-15T00:30:00+00:00"></time>'), LONDON)
    assert event["start"] == "2026-12-15T00:30:00+00:00"
    [event] = events(page('<time datetime="2026-12-15T00:30:00Z"></time>'), LONDON)
    assert event["start"] == "2026-12-15T00:30:00+00:00"
    [event] = events(page('<time datetime="2026-07-15T19:00:00+0100"></time>'), LONDON)
    assert event["start"] == "2026-07-15T19:00:00+01:00"
    [event] = events(page('<time datetime="2026-12-15T00:30"></time>'), LONDON)  # no offset: the page's wall time
    assert event["start"] == "2026-12-15T00:30:00+00:00"


# --- a data-title shown on the page names it ----------------------------------------------------------------
STUFFED = (
    "<title>Lantern concert tickets buy online - Concert - schedule, prices, contacts | Go Out!</title>"
    '<meta property="og:title" content="Lantern concert tickets buy online - Concert - schedule, prices">'
)
STUFFED_OG = "Lantern concert tickets buy online - Concert - schedule, prices"  # the title when no element names it


def named_page(container: str, inside: str) -> str:
    return (
        f'<html><head>{STUFFED}</head><body><div class="logo">Go Out!</div>'
        f'<div class="container" {container}>{inside}'
        '<div class="date">Saturday 14 March 2026, 19:00</div>'
        "<p>The lantern choir sings winter songs.</p></div></body></html>"
    )


def test_data_title_shown_on_the_page_is_the_title() -> None:
    html = named_page(
        'data-title="Lantern Choir in the Old Mill"', '<div class="title">Lantern Choir in the Old Mill</div>'
    )
    [event] = events(html)
    assert event["title"] == "Lantern Choir in the Old Mill"


def test_data_title_not_shown_leaves_the_title() -> None:
    # Hard negative: a data-title no element shows (a share button's label) names nothing.
    html = named_page('data-title="Share this"', '<div class="title">Winter songs</div>')
    [event] = events(html)
    assert event["title"] == STUFFED_OG


def test_several_data_titles_name_no_page() -> None:
    # Hard negative: two different data-titles (a listing's cards) are not the page's name.
    inside = (
        '<div data-title="Moth Walk"><span>Moth Walk</span></div>'
        '<div data-title="Bat Night"><span>Bat Night</span></div>'
    )
    html = named_page("", inside)
    [event] = events(html)
    assert event["title"] == STUFFED_OG


def test_a_form_fields_data_name_is_no_title() -> None:
    # Hard negative: a sign-up form's field names its data, not the event.
    inside = '<form><div data-name="Telephone"><label>Telephone</label><input></div></form>'
    html = named_page("", inside)
    [event] = events(html)
    assert event["title"] == STUFFED_OG


def test_a_heading_outranks_the_data_title() -> None:
    # Hard negative: the page's <h1> stays its name.
    html = named_page(
        'data-title="Lantern Choir"', '<h1>Lantern Choir: Winter Songs</h1><div class="t">Lantern Choir</div>'
    )
    [event] = events(html)
    assert event["title"] == "Lantern Choir: Winter Songs"


def lantern_walk(title: str, menu: str, inside: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body>{menu}<div class='page'>{inside}"
        "<p>Saturday 12 December 2026, 17:00</p><p>Riverside Park, Oxford</p></div></body></html>"
    )


WALK_TITLE = "Winter Lantern Walk - Tickets, Dates, Prices | TicketHub"
HERO = '<div class="hero">Winter Lantern Walk</div>'


def test_a_menu_items_data_name_is_no_title() -> None:
    # Hard negatives: a menu item's data-name (in a nav, a site header, a list of links however marked) names a
    # page of the site, not this event.
    menus = (
        '<header><nav><ul><li data-name="Gift vouchers"><a href="/gift">Gift vouchers</a></li></ul></nav></header>',
        '<header><div data-name="Gift vouchers"><span>Gift vouchers</span></div></header>',
        '<ul class="links"><li data-name="Gift vouchers"><a href="/gift">Gift vouchers</a></li></ul>',
        '<div role="navigation"><div data-name="Gift vouchers"><span>Gift vouchers</span></div></div>',
        '<div data-name="Gift vouchers"><a href="/gift">Gift vouchers</a></div>',
        '<div data-name="Gift vouchers"><div><a href="/gift">Gift vouchers</a></div></div>',
    )
    for menu in menus:
        [event] = events(lantern_walk(WALK_TITLE, menu, HERO))
        assert event["title"] == "Winter Lantern Walk", menu
        assert event["start"].startswith("2026-12-12T17:00")


def test_the_title_tells_the_pages_own_data_title() -> None:
    # Two names carried as data (a related event's card beside the page's own): the one the <title> gives as a part.
    inside = (
        '<div data-title="Winter Lantern Walk"><div class="hero">Winter Lantern Walk</div></div>'
        '<div class="related" data-title="Bat Night Walk"><span>Bat Night Walk</span></div>'
    )
    [event] = events(lantern_walk("Tickets - Winter Lantern Walk | TicketHub", "", inside))
    assert event["title"] == "Winter Lantern Walk"


def test_a_data_title_in_the_contents_header_is_read() -> None:
    # Hard negative: a <header> inside the page's <main> heads its content, not the site.
    inside = (
        '<main><header data-title="Lantern Choir in the Old Mill"><div>Lantern Choir in the Old Mill</div></header>'
    )
    html = named_page("", inside + "</main>")
    [event] = events(html)
    assert event["title"] == "Lantern Choir in the Old Mill"


# --- a place icon marks its text as the place ---------------------------------------------------------------
def icon_page(row: str) -> str:
    return (
        '<html><body><main><h1>Lantern Choir</h1><div class="info">'
        '<div class="group"><div class="text">Saturday 14 March 2026</div></div>'
        f'<div class="group">{row}</div>'
        '<div class="group"><svg class="icon icon--time"><use href="#time"></use></svg><div class="text">19:00</div></div>'
        "</div><p>The lantern choir sings winter songs.</p></main></body></html>"
    )


def test_svg_location_icon_marks_the_place() -> None:
    row = '<svg class="svg-icon svg-icon--location"><use href="/sprite.svg#location"></use></svg><div class="text">Old Mill Hall, 12 Weir Lane</div>'
    [event] = events(icon_page(row))
    assert event["title"] == "Lantern Choir"
    assert (event["venue_name"], event["address"]) == ("Old Mill Hall, 12 Weir Lane", None)  # one line: one place
    assert event["start"].startswith("2026-03-14T19:00")


def test_font_icon_marker_marks_the_place() -> None:
    row = '<span><i class="fa fa-map-marker"></i> Old Mill Hall, 12 Weir Lane</span>'
    [event] = events(icon_page(row))
    assert (event["venue_name"], event["address"]) == ("Old Mill Hall, 12 Weir Lane", None)
    row = '<p><i class="fa fa-map-marker"></i> Old Mill Hall<br>12 Weir Lane</p>'
    [event] = events(icon_page(row))
    assert (event["venue_name"], event["address"]) == ("Old Mill Hall, 12 Weir Lane", None)


def meta_page(row: str) -> str:
    return (
        f'<html><body><main><h1>Lantern Choir</h1><div class="meta">{row}</div>'
        "<p>The lantern choir sings winter songs.</p></main></body></html>"
    )


def test_a_pin_in_a_row_of_facts_marks_only_its_words() -> None:
    # The pin's words up to the next icon are the place, not the whole row with the date and the time.
    row = (
        '<i class="fa fa-map-marker"></i> Old Mill Hall <i class="fa fa-calendar"></i> Saturday 14 March 2026'
        ' <i class="fa fa-clock-o"></i> 7:30pm'
    )
    [event] = events(meta_page(row))
    assert event["venue_name"] == "Old Mill Hall"
    assert event["address"] is None
    assert event["start"].startswith("2026-03-14T19:30")
    row = (
        '<i class="fa fa-map-marker"></i> Old Mill Hall, <a href="/venues/mill">12 Weir Lane</a><br>'
        "Saturday 14 March 2026, 7:30pm"
    )
    [event] = events(meta_page(row))
    assert event["venue_name"] == "Old Mill Hall, 12 Weir Lane"
    assert event["start"].startswith("2026-03-14T19:30")


def test_a_pin_before_a_paragraph_marks_no_place() -> None:
    # Hard negatives: a pin before a line of facts with a date, or before a paragraph, marks no place.
    row = (
        '<p><i class="fa fa-map-marker"></i> Saturday 14 March 2026, 7:30pm. Tickets $12 on the door.'
        " Old Mill Hall, 12 Weir Lane</p>"
    )
    [event] = events(meta_page(row))
    assert event["venue_name"] is None
    assert event["start"].startswith("2026-03-14T19:30")
    row = (
        '<p>Saturday 14 March 2026, 7:30pm</p><p><i class="fa fa-map-marker"></i> We meet by the gate and walk the'
        " river path together, then stop at the weir for songs and a hot drink, and come back along the old towpath"
        " before the light goes.</p>"
    )
    [event] = events(meta_page(row))
    assert event["venue_name"] is None
    # And a row with no pin at all stays unread.
    row = ' Old Mill Hall <i class="fa fa-calendar"></i> Saturday 14 March 2026 <i class="fa fa-clock-o"></i> 7:30pm'
    [event] = events(meta_page(row))
    assert event["venue_name"] is None


def test_other_icons_mark_no_place() -> None:
    # Hard negatives: a phone icon's number and a spinner's text are not a place.
    row = '<svg class="icon icon--phone"><use href="#phone"></use></svg><div class="text">+1 555 0100</div>'
    [event] = events(icon_page(row))
    assert "555" not in (event["venue_name"] or "") + (event["address"] or "")
    row = '<i class="spinner"></i><div class="text">Loading seats</div>'
    [event] = events(icon_page(row))
    assert "Loading" not in (event["venue_name"] or "") + (event["address"] or "")


def test_marker_beside_a_map_link_marks_no_place() -> None:
    # Hard negatives: a marker over "Get directions" or "Show on map" says where to look, not the place.
    for link in ("Get directions", "Show on map", "View map"):
        row = f'<i class="fa fa-map-marker"></i><a href="https://maps.google.com/?q=mill">{link}</a>'
        [event] = events(icon_page(row))
        assert link not in (event["venue_name"] or "") + (event["address"] or "")


def test_new_patterns_are_linear() -> None:
    from sources.adapters._jsonld_midnight import _MIDNIGHT_STAMP, _SHOWN_MIDNIGHT
    from sources.adapters._page_empty_times import _STAMP
    from sources.adapters._page_place_icons import MAP_LABEL, PLACE_ICON

    for pattern in (_MIDNIGHT_STAMP, _SHOWN_MIDNIGHT, _STAMP, PLACE_ICON, MAP_LABEL):
        assert superlinear_shape(pattern) is None, pattern.pattern
