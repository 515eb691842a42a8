"""The twenty-seventh held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout27.json: measured
once at 087b613), each rule on a small document of our own:

1. alike sibling widgets that each keep one item as JSON in a ``data-*`` attribute, and show no text, are a JSON
   listing for the JSON reader (_page_data_lists, through _page_scripts.embedded_values);
2. a block of labelled fields as Japanese writes them: "名称：" (the name) on the line right above the date line
   names the event, not the heading over the block (_page_name_field); "場所：" / "会場：" before a full-width colon
   is the place, the map link beside it no part of it; a time range with a wave dash ("13:00～22:00") ends at its
   second time; a range of days with daily hours ends on its last day at the hours' end;
3. a line that is only a month's name and its year in any language read here, Finnish too ("HELMIKUU 2012"), is a
   month heading however it is marked up, and a line under it that opens with a year-less dotted day and month of
   that month ("18.2. Band") is that day; its bold words are the name and the plain words after them the place;
4. a year-less dotted day and month followed by a weekday's full name in the page's language ("1.5. Úterý 19:30"
   on a Czech page) is a date.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import zoneinfo

import lxml.html
import pytest

from sources.adapters import _page_data_lists, _page_intl, _page_years
from sources.adapters._page_dates import CLOCK_RANGE_24
from sources.adapters._page_single import NAME_LABEL
from sources.adapters._page_words import PLACE_LABEL
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent
from sources.adapters.html import GenericPageAdapter
from tests.hostile import module_patterns, superlinear_shape
from tests.sources.helpers import local_minute as local
from tests.sources.helpers import page_events

LONDON = zoneinfo.ZoneInfo("Europe/London")
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")
PRAGUE = zoneinfo.ZoneInfo("Europe/Prague")


def events_of(body: str, zone: zoneinfo.ZoneInfo, start: dt.datetime) -> list[RawEvent]:
    return page_events(body, zone=zone, start=start, base="https://club.example.org/whats-on")


# --- 1. a listing kept in alike widgets' data attributes ----------------------------------------------------------
def widget(item: dict[str, object], component: str = "MatchTicketing", shown: str = "") -> str:
    return f'<div data-component="{component}" data-props="{html.escape(json.dumps(item))}">{shown}</div>'


def match(title: str, kickoff: str) -> dict[str, object]:
    return {"title": title, "kickoff": kickoff, "competition": "County League", "buyLink": {"url": "/tickets"}}


def widgets_page(*blocks: str) -> str:
    header = widget({"id": "a1", "type": "headerTitle", "title": "Ticket dates", "colour": "red"}, "Header")
    return (
        f"<html><head><title>Tickets | Town FC</title></head><body><main>{header}{''.join(blocks)}</main></body></html>"
    )


def test_alike_widgets_with_json_attributes_are_a_listing() -> None:
    page = widgets_page(
        widget(match("Rovers (H)", "2027-03-06T15:00:00")),
        widget(match("United (A)", "2027-03-13T17:30:00")),
        widget(match("City (H)", "2027-03-20T15:00:00")),
    )
    events = events_of(page, LONDON, dt.datetime(2027, 3, 1, tzinfo=LONDON))
    assert [(event.title, local(event.start, LONDON)) for event in events] == [
        ("Rovers (H)", "2027-03-06 15:00"),
        ("United (A)", "2027-03-13 17:30"),
        ("City (H)", "2027-03-20 15:00"),
    ]


def test_the_note_says_the_listing_came_from_the_widgets_attributes_not_a_script() -> None:
    """The moderator's note names where the JSON was (the review of batch 27: it said a script assigned it)."""
    start = dt.datetime(2027, 3, 1, tzinfo=LONDON)
    page = widgets_page(
        widget(match("Rovers (H)", "2027-03-06T15:00:00")), widget(match("City (H)", "2027-03-20T15:00:00"))
    )
    context = AdapterContext(
        source="html", window=FetchWindow(start, start + dt.timedelta(days=365)), default_timezone=LONDON
    )
    adapter = GenericPageAdapter(config={}, context=context)
    assert len([record for record in adapter.parse(page.encode()) if isinstance(record, RawEvent)]) == 2
    assert any("data-props" in note for note in adapter.notes)
    assert not any("scripts" in note for note in adapter.notes)


def test_one_widget_or_rendered_cards_are_not_read_from_their_attributes() -> None:
    start = dt.datetime(2027, 3, 1, tzinfo=LONDON)
    assert events_of(widgets_page(widget(match("Rovers (H)", "2027-03-06T15:00:00"))), LONDON, start) == []
    rendered = [
        widget(match(name, day), shown=f"<p>{'A rendered card that shows its own words at length ' * 2}</p>")
        for name, day in (("Rovers (H)", "2027-03-06T15:00:00"), ("City (H)", "2027-03-20T15:00:00"))
    ]
    root = lxml.html.fromstring(widgets_page(*rendered))
    assert list(_page_data_lists.attribute_lists(root)) == []


# --- 2. a block of labelled fields, as a Japanese event blog writes them ------------------------------------------
FIELDS = (
    "<html><head><title>イベント情報ブログ</title></head><body><h1>イベント情報ブログ</h1><h2>港の春まつり2027 4月18日開催</h2>"
    "<div class='body'>2027年4月18日（日）港の広場で「港の春まつり」が開催されます。<br />"
    "<strong><span>◆港の春まつり2027の日程・時間・場所</span></strong><br /><br />"
    "名称：港の春まつり2027<br />日程：{days}<br />時間：{hours}<br />"
    "場所：みなと広場<a href='https://goo.gl/maps/abc123'>[地図：Google Map]</a><br /></div></body></html>"
)


def test_the_name_field_above_the_date_names_the_event_and_the_place_field_its_place() -> None:
    page = FIELDS.format(days="2027年4月18日（日）", hours="13:00～22:00")
    events = events_of(page, TOKYO, dt.datetime(2027, 4, 1, tzinfo=TOKYO))
    timed = [event for event in events if isinstance(event.start, dt.datetime)]
    assert [(event.title, event.venue_name, local(event.start, TOKYO), local(event.end, TOKYO)) for event in timed] == [
        ("港の春まつり2027", "みなと広場", "2027-04-18 13:00", "2027-04-18 22:00")
    ]


def test_a_run_of_days_with_daily_hours_ends_on_its_last_day() -> None:
    page = FIELDS.format(days="2027年4月16日（金）～4月18日（日）", hours="11:00～19:00")
    events = events_of(page, TOKYO, dt.datetime(2027, 4, 1, tzinfo=TOKYO))
    timed = [event for event in events if isinstance(event.start, dt.datetime)]
    assert [(event.title, local(event.start, TOKYO), local(event.end, TOKYO)) for event in timed] == [
        ("港の春まつり2027", "2027-04-16 11:00", "2027-04-18 19:00")
    ]


@pytest.mark.parametrize(
    ("text", "matched"),
    [("名称：港の春まつり", True), ("イベント名：港の春まつり", True), ("Name: Ann Smith", False), ("名称未定", False)],
)
def test_name_label(text: str, matched: bool) -> None:
    assert bool(NAME_LABEL.match(text)) is matched


@pytest.mark.parametrize(
    ("text", "place"),
    [("場所：みなと広場", "みなと広場"), ("会場：市民ホール", "市民ホール"), ("Venue: The Hall", "The Hall")],
)
def test_place_label(text: str, place: str) -> None:
    label = PLACE_LABEL.match(text)
    assert label is not None
    assert label.group("place") == place


# --- 3. a gig calendar's month headings and its "18.2. Band" lines ------------------------------------------------
def gig(day: str, band: str, where: str) -> str:
    return f"<b><span>{day} {band} </span></b><span>{where}<br><br></span>"


GIGS = (
    "<html><head><title>Blues calendar</title></head><body><table><tr><td><span>"
    "<b><font><span>HELMIKUU 2027<br><br></span></font></b>"
    + gig("18.2.", "Riverside Blues Band", "Tampere, Vanha Monttu")
    + gig("19.2.", "Jo Smith &amp; The Trio", "Helsinki, Storyville")
    + "<b><font><span>MAALISKUU 2027<br><br></span></font></b>"
    + gig("2.3.", "Harbour Jump", "Turku, Media Liv")
    + "</span></td></tr></table></body></html>"
)


def test_dotted_days_under_a_month_heading_with_the_name_in_bold() -> None:
    events = events_of(GIGS, HELSINKI, dt.datetime(2027, 2, 1, tzinfo=HELSINKI))
    assert [(event.title, event.venue_name, local(event.start, HELSINKI)) for event in events] == [
        ("Riverside Blues Band", "Tampere, Vanha Monttu", "2027-02-18"),
        ("Jo Smith & The Trio", "Helsinki, Storyville", "2027-02-19"),
        ("Harbour Jump", "Turku, Media Liv", "2027-03-02"),
    ]


def test_plain_words_after_a_bold_name_that_are_no_place_stay_out_of_the_venue() -> None:
    """An English listing's bold "date – name" followed by a status, a document's name or a link's "Read More" (the
    review of batch 27): those words are no venue; a venue's name after the bold name still is."""
    page = (
        "<html lang='en'><body><h1>What's on</h1><ul>"
        "<li><b>March 3, 2027 – Town Meeting</b> Agenda</li>"
        "<li><b>March 10, 2027 – Plant Sale</b> Minutes</li>"
        "<li><b>March 17, 2027 – Spring Concert</b> <a href='/concert'>Read More</a></li>"
        "<li><strong>March 31, 2027 – Easter Egg Hunt</strong> Cancelled</li>"
        "<li><strong>April 13, 2027 – Jazz Night</strong> Riverside Hall</li>"
        "</ul></body></html>"
    )
    events = events_of(page, LONDON, dt.datetime(2027, 3, 1, tzinfo=LONDON))
    assert [(event.venue_name, event.status) for event in events] == [
        (None, "scheduled"),
        (None, "scheduled"),
        (None, "scheduled"),
        (None, "cancelled"),
        ("Riverside Hall", "scheduled"),
    ]
    assert events[-1].title == "Jazz Night"


def test_bold_words_that_end_in_a_colon_label_the_plain_name_after_them() -> None:
    """ "<b>June 5 – Talk:</b> Local History Society": the bold words say what kind of event, the plain ones name it
    (the review of batch 27: "Local History Society" was read as the venue and "Talk" as the name)."""
    page = (
        "<html lang='en'><body><h1>Programme</h1><ul>"
        "<li><b>June 5, 2027 – Talk:</b> Local History Society</li>"
        "<li><b>June 12, 2027 – Concert:</b> The Amber Quartet</li>"
        "</ul></body></html>"
    )
    events = events_of(page, LONDON, dt.datetime(2027, 6, 1, tzinfo=LONDON))
    assert [(event.title, event.venue_name) for event in events] == [
        ("Talk: Local History Society", None),
        ("Concert: The Amber Quartet", None),
    ]


def test_a_dotted_lead_of_another_month_or_with_no_month_heading_is_no_date() -> None:
    assert _page_years.dotted_lead("18.2. Band", 2) == (18, 0, 5)
    assert _page_years.dotted_lead("18.3. Band", 2) is None
    assert _page_years.month_year_line("HELMIKUU 2027", dt.date(2027, 1, 1)) == (2027, 2)
    assert _page_years.month_year_line("Results of 2027", dt.date(2027, 1, 1)) is None
    numbered = (
        "<html lang='de'><body><h1>Protokoll</h1><p>1.2. Bericht des Vorstands<br>2.3. Kassenbericht<br>"
        "Sitzung am 14.03.2027</p></body></html>"
    )
    events = events_of(numbered, PRAGUE, dt.datetime(2027, 1, 1, tzinfo=PRAGUE))
    assert {local(event.start, PRAGUE) for event in events} <= {"2027-03-14"}


# --- 4. a Czech club's "1.5. Úterý 19:30" -------------------------------------------------------------------------
def show(slug: str, name: str, day: str, weekday: str, clock: str) -> str:
    return (
        f"<div class='item'><div class='title'><h3><a href='/program/{slug}/'>{name}</a></h3>"
        f"<div class='price'>Cena: 120,-</div></div><div class='date'><span class='d'>{day}</span> "
        f"<span class='w'>{weekday}</span> <span class='t'>{clock}</span></div>"
        "<div class='description'>Koncert v klubu.</div></div>"
    )


def test_a_dotted_day_and_month_before_a_weekday_in_the_pages_language() -> None:
    page = (
        "<html lang='cs'><head><title>Program | Klub</title></head><body><h1>Program</h1><h2>Květen 2027</h2>"
        "<div class='events-list'>"
        + show("a", "Divadlo Puls: ULITY", "4.5.", "Úterý", "19:30")
        + show("b", "SABRA CADABRA", "7.5.", "Pátek", "20:30")
        + "</div></body></html>"
    )
    events = events_of(page, PRAGUE, dt.datetime(2027, 5, 1, tzinfo=PRAGUE))
    assert [(event.title, local(event.start, PRAGUE)) for event in events] == [
        ("Divadlo Puls: ULITY", "2027-05-04 19:30"),
        ("SABRA CADABRA", "2027-05-07 20:30"),
    ]


def test_an_english_page_reads_no_dotted_day_before_a_foreign_weekday() -> None:
    matches = list(_page_intl.DAY_MONTH_WEEKDAY.finditer("1.5. Úterý 19:30"))
    assert len(matches) == 1
    page = "<html lang='en'><body><h1>Notes</h1><p>Point 1.5. Úterý is a word in Czech.</p></body></html>"
    assert events_of(page, PRAGUE, dt.datetime(2027, 5, 1, tzinfo=PRAGUE)) == []


def test_a_wave_dash_joins_a_clock_range() -> None:
    found = CLOCK_RANGE_24.search("時間：13:00～22:00")
    assert found is not None
    assert (found.group("h1"), found.group("h2")) == ("13", "22")


PATTERNS = {
    **module_patterns(_page_years, "_page_years."),
    "_page_intl.DAY_MONTH_WEEKDAY": _page_intl.DAY_MONTH_WEEKDAY,
    "_page_dates.CLOCK_RANGE_24": CLOCK_RANGE_24,
    "_page_words.PLACE_LABEL": PLACE_LABEL,
    "_page_single.NAME_LABEL": NAME_LABEL,
}


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_patterns_stay_linear(name: str) -> None:
    assert superlinear_shape(PATTERNS[name]) is None
