"""The `html` adapter on list pages like the third held-out batch's: dates in other languages ("samedi 27 juin
2027"), a row whose name carries its own date above the row's date and time, and a date written one part per
line ("FRIDAY<br>JULY<br>19") in a hand-made template that repeats its ids."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import lxml.html

from sources.adapters._page_dates import find_dates
from sources.adapters._page_lines import page_lines
from sources.adapters._page_schedule_lines import _shape_of, line_entries
from tests.sources.helpers import parse_body

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
TORONTO = zoneinfo.ZoneInfo("America/Toronto")
START = dt.datetime(2027, 1, 1, tzinfo=PARIS)
TODAY = dt.date(2027, 1, 1)


def parse(body: str, *, zone: zoneinfo.ZoneInfo = PARIS, start: dt.datetime = START) -> list:
    return parse_body(body, title="Agenda | Salle", zone=zone, base="https://salle.example/agenda", start=start)


def days(text: str) -> list[dt.date]:
    return [hit.date for hit in find_dates(text, year_hint=None, today=TODAY)]


def at(day: dt.date, hour: int, minute: int = 0, zone: zoneinfo.ZoneInfo = PARIS) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zone)


# --- dates in other languages ---------------------------------------------------------------------------------
def test_day_first_dates_in_other_languages() -> None:
    assert days("samedi 26 juin 2027") == [dt.date(2027, 6, 26)]
    assert days("Samstag, 26. Juni 2027, 19:30 Uhr") == [dt.date(2027, 6, 26)]
    assert days("sábado 26 de junio de 2027") == [dt.date(2027, 6, 26)]
    assert days("sabato 26 giugno") == [dt.date(2027, 6, 26)]
    assert days("zaterdag 26 juni") == [dt.date(2027, 6, 26)]
    assert days("1er août 2027") == [dt.date(2027, 8, 1)]
    assert days("mar. 7 déc. 2027") == [dt.date(2027, 12, 7)]  # "mar." is mardi here, not March


def test_month_names_that_are_english_words_need_more_than_a_day() -> None:
    assert days("Top 5 Mars facts for kids") == []
    assert days("Happy hour: 2 Mai Tais for $10") == []
    assert days("Win 2 Avril Lavigne tickets") == []
    assert days("Top 3 Marco Polo facts") == []
    assert days("5 Mars 2027") == [dt.date(2027, 3, 5)]  # a year
    assert days("Vendredi 5 Mars") == [dt.date(2027, 3, 5)]  # a weekday
    assert days("le 27 mai") == [dt.date(2027, 5, 27)]  # in lower case, as French writes it
    assert days("27. Mai") == [dt.date(2027, 5, 27)]  # the day with its dot, as German writes it
    assert days("May 5, 2027") == [dt.date(2027, 5, 5)]  # the English patterns as before


def test_a_french_listing_is_read_with_its_times() -> None:
    rows = "".join(
        f'<li><a href="/e/{slug}">{name}</a><br><span>{day}</span> <span>{time}</span></li>'
        for slug, name, day, time in (
            ("finale", "Finale du championnat", "samedi 26 juin 2027", "21:05"),
            ("concert", "Concert d'été", "vendredi 2 juillet 2027", "18:30"),
            ("opera", "Opéra en plein air", "dimanche 11 juillet 2027", "20:00"),
        )
    )
    events = sorted(parse(f"<ul>{rows}</ul>"), key=lambda event: event.start)
    assert [(event.title, event.start) for event in events] == [
        ("Finale du championnat", at(dt.date(2027, 6, 26), 21, 5)),
        ("Concert d'été", at(dt.date(2027, 7, 2), 18, 30)),
        ("Opéra en plein air", at(dt.date(2027, 7, 11), 20)),
    ]


# --- a name that carries its own date -------------------------------------------------------------------------
def product(slug: str, name: str, day: str, time: str) -> str:
    """A ticketing platform's product block: a hidden heading, the name as a link, the date and time in spans."""
    return (
        f'<section class="product"><h4 class="hidden">{name}</h4><div class="content"><p class="site">Stade</p>'
        f'<a href="/e/{slug}" class="title">{name}</a><p class="date"><span class="day">{day}</span>\n'
        f'<span class="time">{time}</span></p><span class="button"><a href="/buy/{slug}">Buy</a></span></div></section>'
    )


def test_a_name_line_with_the_rows_own_date_names_the_row() -> None:
    body = (
        product("finale", "FINALE - 2027", "samedi 26 juin 2027", "21:05")
        + product("chanteuse", "CHANTEUSE - 28 Mai 2027", "vendredi 28 mai 2027", "18:30")
        + product("derby", "DERBY", "dimanche 4 juillet 2027", "17:00")
    )
    events = {event.start: event for event in parse(body)}
    assert len(events) == 3
    # The name without its date; was the title of the row above ("FINALE - 2027"), the name line being a date.
    assert events[at(dt.date(2027, 5, 28), 18, 30)].title == "CHANTEUSE"


def test_the_name_line_is_kept_as_the_sources_wording() -> None:
    root = lxml.html.fromstring(
        '<div><div class="product"><a href="/e/7">CHANTEUSE - 28 Mai 2027</a><p>vendredi 28 mai 2027 18:30</p></div></div>'
    )
    entries = line_entries(page_lines(root, base="https://salle.example/"), today=TODAY, skip_blocks=set())
    timed = next(entry for entry in entries if entry.time == dt.time(18, 30))
    assert (timed.title, timed.wording) == ("CHANTEUSE", "CHANTEUSE - 28 Mai 2027")


def test_a_name_line_with_another_day_is_not_the_rows_name() -> None:
    body = (
        product("finale", "FINALE - 2027", "samedi 26 juin 2027", "21:05")
        + product("tournee", "TOURNÉE - en vente le 1 mai 2027", "vendredi 28 mai 2027", "18:30")
        + product("derby", "DERBY", "dimanche 4 juillet 2027", "17:00")
    )
    titles = {event.start: event.title for event in parse(body)}
    assert titles.get(at(dt.date(2027, 5, 28), 18, 30)) not in ("TOURNÉE - en vente le", "TOURNÉE")


# --- a date one part per line --------------------------------------------------------------------------------
def listing(weekday: str, month: str, day: str, name: str, slug: str, doors: str) -> str:
    return (
        f'<div id="calendar_wrap"><div id="calendar_date"><h1>{weekday}<br />{month}<br />{day}</h1></div>'
        f'<div id="calendar_info"><div id="calendar_info_headliner"><a href="https://tickets.example/{slug}">{name}'
        f'</a></div><div id="calendar_info_support">SUPPORT ACT<br /><span>{doors}<br />'
        f'<a href="https://tickets.example/{slug}">$20 advance</a></span></div></div></div>'
    )


def test_a_date_written_one_part_per_line_heads_its_listing() -> None:
    body = (
        listing("FRIDAY", "JULY", "19", "MIZMOR", "mizmor", "7:30:PM")
        + listing("SATURDAY", "JULY", "20", "PINK PONY CLUB", "pink", "10:PM")
        + listing("MONDAY", "AUGUST", "o5", "TRAMPOLINE HALL", "hall", "8:PM")
    )
    start = dt.datetime(2024, 6, 27, tzinfo=TORONTO)
    events = sorted(parse(body, zone=TORONTO, start=start), key=lambda event: event.start)
    assert [(event.title, event.start) for event in events] == [
        ("MIZMOR", at(dt.date(2024, 7, 19), 19, 30, TORONTO)),
        ("PINK PONY CLUB", at(dt.date(2024, 7, 20), 22, 0, TORONTO)),
        ("TRAMPOLINE HALL", at(dt.date(2024, 8, 5), 20, 0, TORONTO)),  # "o5" with its weekday: the 5th
    ]
    assert events[0].url == "https://tickets.example/mizmor"


def test_a_typed_day_without_a_weekday_is_no_date() -> None:
    rows = "".join(
        f'<div class="show"><h2>{month}<br />{day}</h2><p><a href="/s/{index}">Show {index}</a></p><p>8 PM</p></div>'
        for index, (month, day) in enumerate((("JULY", "19"), ("JULY", "o5"), ("AUGUST", "12")))
    )
    start = dt.datetime(2024, 6, 27, tzinfo=TORONTO)
    dates = sorted(event.start.date() for event in parse(rows, zone=TORONTO, start=start))
    assert dt.date(2024, 7, 5) not in dates
    assert dt.date(2024, 7, 19) in dates
    assert dt.date(2024, 8, 12) in dates


# --- a dialog's list is not the page's -----------------------------------------------------------------------
def test_events_in_a_dialog_are_not_the_pages() -> None:
    cards = "".join(
        f'<div class="event-card"><a href="/event/{slug}" class="card"><div class="card-body">'
        f'<div class="card-body-date">{when}</div><h3>{name}</h3><p>An evening by the lake.</p></div></a></div>'
        for slug, name, when in (
            ("garden", "Music in the Garden", "Thu, Aug 19, 2027 &bull; 7:00pm"),
            ("taiko", "Taiko Drumming", "Sat, Aug 21, 2027 &bull; 4:00pm"),
            ("opera", "Opera Afternoon", "Sun, Aug 22, 2027 &bull; 4:00pm"),
        )
    )
    dialog = (
        '<div class="modal fade" id="search" aria-hidden="true"><div class="modal-body"><h2>Popular Events</h2><ul class="top-featured-list">'
        + "".join(
            f'<li class="popular-event"><a href="/event/{slug}"><span class="popular-title">{name}</span><br />'
            f'<span class="popular-date">{when}</span></a></li>'
            for slug, name, when in (
                ("summer", "Summer Season", "Thu, Aug 19, 2027"),
                ("market", "Farmers Market", "Jun 26 &ndash; Sep 25, 2027"),
                ("festival", "Lake Festival", "Fri, Aug 20, 2027"),
            )
        )
        + "</ul></div></div>"
    )
    events = parse(f'<header><nav>{dialog}</nav></header><main><div class="row">{cards}</div></main>', zone=TORONTO)
    assert sorted(event.title for event in events) == ["Music in the Garden", "Opera Afternoon", "Taiko Drumming"]


# --- a card's ticket link --------------------------------------------------------------------------------------
def test_a_cards_ticket_button_is_its_ticket_link() -> None:
    def concert(slug: str, name: str, when: str, seats: str) -> str:
        return (
            f'<div class="tps-card-item"><div class="date">{when}</div><a class="title" href="/concert/{slug}">{name}'
            f'</a><div class="actions"><a class="button" href="/concert/{slug}">Learn More</a>'
            f'<a class="button" href="/tickets/seats/{seats}">Buy Tickets</a></div></div>'
        )

    body = (
        concert("liu", "Piano Recital", "Oct 30, 2027 8:00 PM", "426201")
        + concert("class", "Master Class", "Nov 6, 2027 1:00 PM", "null")  # free: the template's empty target
        + concert("quartet", "String Quartet", "Nov 7, 2027 3:00 PM", "426601")
    )
    events = {event.title: event for event in parse(body, zone=TORONTO)}
    assert events["Piano Recital"].links == [
        {"label": "Buy Tickets", "url": "https://salle.example/tickets/seats/426201"}
    ]
    assert events["Piano Recital"].ticket_url == "https://salle.example/tickets/seats/426201"
    assert events["Piano Recital"].url == "https://salle.example/concert/liu"  # "Learn More" is its page, no ticket
    assert events["Master Class"].links == []
    assert events["Master Class"].ticket_url is None


def test_a_date_boxed_one_part_per_element_is_one_date() -> None:
    rows = "".join(
        f'<article class="show"><div class="date"><div class="month">{month}</div><div class="day">{day}</div></div>'
        f'<h3><a href="/shows/{index}">{name}</a></h3><p>Doors 8 PM</p></article>'
        for index, (month, day, name) in enumerate((("Jul", "19", "Night One"), ("Jul", "26", "Night Two")))
    )
    lines = page_lines(lxml.html.fromstring(f"<div>{rows}</div>"), base="https://club.example/")
    assert [line.text for line in lines if "Jul" in line.text] == ["Jul 19", "Jul 26"]


def test_a_repeated_id_is_a_lists_shape_unless_it_is_a_byline() -> None:
    root = lxml.html.fromstring(
        '<div><div id="calendar_date"><h1>A</h1></div><div id="calendar_date"><h1>B</h1></div>'
        '<div id="post-meta"><p>C</p></div><div id="post-meta"><p>D</p></div></div>'
    )
    first, second, third, fourth = root.findall("div")
    assert _shape_of(first) == _shape_of(second)  # one template's rows
    assert _shape_of(third) != _shape_of(fourth)  # each post's own byline


# --- a template's empty time ---------------------------------------------------------------------------------
def club_night(slug: str, name: str, when: str) -> str:
    return (
        f'<a href="https://club.example/event/{slug}/" class="homeEventWrap"><div class="eventDate">'
        f'<div class="datePull">{when}</div></div><div class="eventDetails"><h3>{name}</h3>'
        f"<p>A night of house and techno.</p></div></a>"
    )


def test_every_event_at_midnight_is_a_template_without_times() -> None:
    body = (
        club_night("one", "Night One", "September 20, 2024 12:00 am")
        + club_night("two", "Night Two", "September 21, 2024 12:00 am")
        + club_night("three", "Night Three", "September 27, 2024 12:00 am")
    )
    events = parse(f"<main>{body}</main>", zone=TORONTO, start=dt.datetime(2024, 9, 1, tzinfo=TORONTO))
    assert sorted(event.start for event in events) == [dt.date(2024, 9, 20), dt.date(2024, 9, 21), dt.date(2024, 9, 27)]
    assert all(event.all_day for event in events)


def test_one_midnight_among_timed_events_stays_at_midnight() -> None:
    body = (
        club_night("eve", "New Year's Eve", "December 31, 2024 12:00 am")
        + club_night("two", "Night Two", "September 21, 2024 10:00 pm")
        + club_night("three", "Night Three", "September 27, 2024 9:00 pm")
    )
    events = parse(f"<main>{body}</main>", zone=TORONTO, start=dt.datetime(2024, 9, 1, tzinfo=TORONTO))
    assert at(dt.date(2024, 12, 31), 0, 0, TORONTO) in [event.start for event in events]
