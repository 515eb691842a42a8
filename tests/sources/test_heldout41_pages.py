"""The forty-first held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout41.json: measured
once at 53a59e9), each rule on a small document of our own:

1. an add-to-calendar widget (AddToCalendar's ``<var class="atc_event">`` with ``atc_date_start``…, AddEvent's
   ``<div class="addeventatc">`` with ``<span class="start">``…) is the page's data for the event, not an event
   card of its own: the event-card reader skips it (``_calendar_links.in_calendar_widget``), so an event page's
   one widget gives the page's event its end and its URL, a listing's card holding a widget is read as the card
   (its own link), and a page whose dated lines are only its widgets' text is read from the widgets.
2. a card's time on a line of its own led by the day's weekday name ("Miércoles 17:00 hrs", "Sat 8pm", "zondag
   14.00 uur") under the card's date is the card's time (``_page_time_lines.timed_line``): the weekday is the
   date's, the line still says only when.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters import _page_time_lines
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.hostile import superlinear_shape

MONTERREY = zoneinfo.ZoneInfo("America/Monterrey")
AUGUST = dt.datetime(2031, 8, 1, tzinfo=MONTERREY)
PAGE = "https://arts.example.org/agenda/clay-workshop/"
LISTING = "https://arts.example.org/agenda/"


def read(body: str, page: str = PAGE) -> list[dict[str, object]]:
    window = FetchWindow(AUGUST, AUGUST + dt.timedelta(days=365))
    return extract_document(body.encode(), window=window, page_url=page, zone=MONTERREY).events


def at(hour: int, minute: int = 0, day: int = 14) -> str:
    return dt.datetime(2031, 8, day, hour, minute, tzinfo=MONTERREY).isoformat()


def widget(start: str, end: str, title: str, tag: str = "var") -> str:
    if tag == "var":  # AddToCalendar
        return (
            f'<span class="addtocalendar"><a class="atcb-link">Add</a><var class="atc_event">'
            f'<var class="atc_date_start">{start}</var><var class="atc_date_end">{end}</var>'
            f'<var class="atc_timezone">America/Monterrey</var><var class="atc_title">{title}</var>'
            f'<var class="atc_location"></var></var></span>'
        )
    return (  # AddEvent
        f'<div title="Add to Calendar" class="addeventatc">Add to Calendar<span class="start">{start}</span>'
        f'<span class="end">{end}</span><span class="timezone">America/Monterrey</span>'
        f'<span class="title">{title}</span></div>'
    )


def detail(widgets: str, *, heading: str = "Clay workshop for beginners", when: str = "Thursday 14 August") -> str:
    return f"""<html><head><title>{heading} : Arts Council</title></head><body>
<h1>{heading}</h1>
<p class="subtitle">Ceramics room</p>
<p>Hands-on session with a potter. Free entry.</p>
<dl><dt>Dates and times</dt><dd><p>{when}: {widgets}</p></dd></dl>
</body></html>"""


# --- 1. an add-to-calendar widget ---------------------------------------------------------------------------
def test_an_event_pages_add_to_calendar_widget_gives_its_end_and_the_page_is_its_url() -> None:
    events = read(detail(widget("2031-08-14 18:30:00", "2031-08-14 20:30:00", "Clay workshop for beginners")))

    assert len(events) == 1
    event = events[0]
    assert event["title"] == "Clay workshop for beginners"
    assert (event["start"], event["end"]) == (at(18, 30), at(20, 30))
    assert event["url"] == PAGE


def test_an_addevent_widget_on_an_event_page_does_the_same() -> None:
    body = detail(widget("08/14/2031 06:30 PM", "08/14/2031 08:30 PM", "Clay workshop for beginners", tag="span"))
    events = read(body)

    assert [(e["start"], e["end"], e["url"]) for e in events] == [(at(18, 30), at(20, 30), PAGE)]


def test_a_page_of_two_sessions_given_only_by_their_widgets_is_two_events_with_the_widgets_titles() -> None:
    sessions = (
        "<p>Saturday 16 August: "
        + widget("2031-08-16 10:00:00", "2031-08-16 12:00:00", "Dance module III")
        + "</p><p>Saturday 23 August: "
        + widget("2031-08-23 10:00:00", "2031-08-23 12:00:00", "Dance module III")
        + "</p>"
    )
    events = read(detail(sessions, heading="Dance module III", when="Sessions"))

    assert [(e["title"], e["start"], e["end"]) for e in events] == [
        ("Dance module III", at(10, day=16), at(12, day=16)),
        ("Dance module III", at(10, day=23), at(12, day=23)),
    ]


def test_a_listings_cards_holding_widgets_are_read_as_cards_with_their_own_links() -> None:
    cards = "".join(
        f"""<article class="event-card"><h3><a href="/agenda/{slug}/">{name}</a></h3>
<p class="date">{day} August 2031, {hour}:00</p><p class="place">{place}</p>
{widget(f"2031-08-{day} {hour}:00:00", f"2031-08-{day} {hour + 2}:00:00", name)}</article>"""
        for slug, name, day, hour, place in (
            ("clay", "Clay workshop", 14, 18, "Ceramics room"),
            ("choir", "Open choir", 15, 19, "Main hall"),
            ("film", "Film club", 16, 20, "Cinema room"),
        )
    )
    events = read(f"<html><body><h1>Agenda</h1>{cards}</body></html>", page=LISTING)

    assert sorted((e["title"], e["url"], e["venue_name"]) for e in events) == [
        ("Clay workshop", "https://arts.example.org/agenda/clay/", "Ceramics room"),
        ("Film club", "https://arts.example.org/agenda/film/", "Cinema room"),
        ("Open choir", "https://arts.example.org/agenda/choir/", "Main hall"),
    ]


# Hard negatives: what the rule must not change.
def test_a_card_whose_class_only_says_event_is_still_a_card() -> None:
    """Guards the skip against taking every "…_event" class for a widget: only the widgets' own classes."""
    cards = "".join(
        f'<div class="list_event"><h3><a href="/agenda/{slug}/">{name}</a></h3><p>{day} August 2031, 18:00</p></div>'
        for slug, name, day in (("a", "Poetry night", 14), ("b", "Jazz trio", 15))
    )
    events = read(f"<html><body><h1>Agenda</h1>{cards}</body></html>", page=LISTING)

    assert sorted((e["title"], e["url"]) for e in events) == [
        ("Jazz trio", "https://arts.example.org/agenda/b/"),
        ("Poetry night", "https://arts.example.org/agenda/a/"),
    ]


def test_a_schedule_of_meetings_with_one_google_link_each_stays_the_schedule() -> None:
    """Guards the widgets-over-lines choice against calendar links: a meeting row's link does not replace the row
    (its agenda is the row's)."""
    rows = "".join(
        f"""<tr><td>August {day}, 2031 6:00 PM</td><td>Board meeting</td><td>City Hall, Room 2</td>
<td><a href="/docs/agenda-{day}.pdf">Agenda</a></td>
<td><a href="https://calendar.google.com/calendar/render?action=TEMPLATE&text=Board+meeting&dates=203108{day}T180000/203108{day}T200000&ctz=America/Monterrey">Add</a></td></tr>"""
        for day in (14, 21, 28)
    )
    events = read(f"<html><body><h1>Board meetings</h1><table>{rows}</table></body></html>", page=LISTING)

    assert [e["start"] for e in events] == [at(18, day=14), at(18, day=21), at(18, day=28)]
    assert all(e["links"] for e in events)  # each row keeps its agenda


def test_a_widget_that_disagrees_with_the_pages_date_is_not_taken_for_the_pages_event() -> None:
    """Guards the end: a widget for another day (a related event's) gives the page's event no end of its own."""
    body = detail(widget("2031-09-20 18:30:00", "2031-09-20 20:30:00", "Another talk"), when="Thursday 14 August 18:30")
    events = read(body)

    page_event = [e for e in events if e["title"] == "Clay workshop for beginners"]
    assert all(e["end"] is None or e["end"].startswith("2031-08-14") for e in page_event)


def test_a_hostile_widget_costs_nothing() -> None:
    junk = '<var class="atc_event"><var class="atc_date_start">' + "9" * 5000 + "</var></var>"
    assert isinstance(read(detail(junk)), list)


# --- 2. a time line led by its weekday ----------------------------------------------------------------------
def museum_card(name: str, date: str, time: str, slug: str) -> str:
    return (
        f'<a href="/eventos/{slug}/" class="flex card"><div><h3>{name}</h3>'
        f"<div><span>{date}</span><br><span>{time}</span></div><p>Evento gratuito</p></div></a>"
    )


def test_a_cards_time_line_led_by_its_weekday_is_the_cards_time() -> None:
    cards = (
        museum_card("Conversatorio con la artista", "13 de agosto 2031", "Miércoles 17:00 hrs", "a")
        + museum_card("Laboratorio de dibujo", "16 de agosto 2031", "Sábado 10:00", "b")
        + museum_card("Family Sunday", "17 August 2031", "Sun 12:00", "c")
    )
    events = read(f"<html><body><h1>Eventos</h1>{cards}</body></html>", page=LISTING)

    assert sorted((e["title"], e["start"]) for e in events) == [
        ("Conversatorio con la artista", at(17, day=13)),
        ("Family Sunday", at(12, day=17)),
        ("Laboratorio de dibujo", at(10, day=16)),
    ]


# Hard negatives.
def test_a_weekday_line_with_words_besides_its_time_is_not_a_time_line() -> None:
    """Guards the lead: only the weekday may stand before the time ("Wednesday talk at 17:00 with the curator" is
    prose about the card, read or not by the other rules, not a line that states only when)."""
    assert _page_time_lines.timed_line("Miércoles 17:00 hrs") is not None
    assert _page_time_lines.timed_line("Wednesday talk at 17:00 with the curator") is None
    assert _page_time_lines.timed_line("Marathon 17:00") is None  # a word that is no weekday


def test_a_weekday_alone_or_a_weekday_with_a_date_is_no_time_line() -> None:
    """Guards against a date line: "Sábado 16 de agosto" names a day, no time."""
    assert _page_time_lines.timed_line("Sábado") is None
    assert _page_time_lines.timed_line("Sábado 16 de agosto") is None


def test_the_weekday_lead_pattern_is_linear() -> None:
    assert superlinear_shape(_page_time_lines.WEEKDAY_LEAD) is None
