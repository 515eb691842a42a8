"""Misreadings pages batch 29's session noticed and left, each on a small document of our own that the page reader
misread before its rule:

1. a remark written where a place could be ("Deuren open", "Ingresso libero", "Entrada gratuita", "Fri entré",
   "Vstup zdarma", "Wstęp wolny", "Vapaa pääsy") is no place in the other languages the reader reads, as in
   English, German, French and Spanish (_page_not_places.REMARK);
2. a meeting point's line that gives its time, then the place ("Treffpunkt: 14:00 Uhr am Bahnhof", "Meeting point:
   10am at the car park", "Rendez-vous : 9h devant la mairie") gives the time and, as the place, the words after
   the time: the place had been the whole value, time and all, or nothing (_page_meeting_points);
3. a range that writes a whole date and a time on both sides ("Wed, Oct 7, 2026 18:30 – Thu, Oct 8, 2026 07:30",
   "October 7, 2026 6:30 PM - October 8, 2026 7:30 AM") starts at the first and ends at the second: a card had
   only its start, a page about one event two events (_page_dates.DatedEnd);
4. a page that declares English (a CMS's default ``lang="en-US"``) but names its dates and weekdays in another
   language only ("lunes 1 de marzo de 2027", "sabato 6 marzo") writes its slashed and dotted dates day first, as
   its own words do: "05/04/2027" had read as the 4th of May (_page_intl.visible_language);
5. a show a page's script lists twice, the same in every field (a calendar widget's repeated entry), is one event:
   it was printed twice (_page_scripts.once_each);
6. two sibling rows of one class, each dated and each naming its own show by a link ("<div class=tw-section>": the
   month and the day in spans, the name, "Doors: 7:00 pm / Show: 8:00 pm") are two cards, as three were: they had
   been read line by line, titled by a "… presents" line and without their times (_page_cards.repeated_blocks).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import _page_dated_ends, _page_meeting_points, _page_not_places
from sources.adapters._page_dated_ends import find_clock_until
from sources.adapters._page_dates import find_dates
from sources.adapters._page_intl import visible_language
from sources.adapters._page_meeting_points import meeting_place, place_of
from sources.adapters._page_not_places import a_remark
from sources.adapters._page_ranges import joined_ranges
from tests.hostile import module_patterns, superlinear, superlinear_shape
from tests.sources.helpers import local_minute
from tests.sources.test_page_left_items import BERLIN, LONDON, NEW_YORK, cards, events_of


# --- 1. remarks in more languages -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "remark"),
    [
        ("nl", "Deuren open"),
        ("nl", "Gratis toegang"),
        ("it", "Ingresso libero"),
        ("it", "Apertura porte"),
        ("pt", "Entrada gratuita"),
        ("pt", "Esgotado"),
        ("da", "Dørene åbner"),
        ("sv", "Fri entré"),
        ("nb", "Gratis inngang"),
        ("cs", "Vstup zdarma"),
        ("pl", "Wstęp wolny"),
        ("fi", "Vapaa pääsy"),
    ],
)
def test_a_remark_in_another_language_after_a_cards_date_is_no_place(lang: str, remark: str) -> None:
    body = cards([("Jazz", f"13.03.2027, {remark}", ""), ("Pop", "20.03.2027, Stadthalle", "")], lang)
    events = events_of(body, BERLIN, dt.datetime(2027, 1, 1, tzinfo=BERLIN))
    assert [(event.title, event.venue_name) for event in events] == [("Jazz", None), ("Pop", "Stadthalle")]


@pytest.mark.parametrize(
    "remark",
    [
        "Deuren open 20:00",
        "Zaal open",
        "Toegang gratis",
        "Vrije toegang",
        "Ingresso gratuito",
        "Biglietti in prevendita",
        "Abertura das portas",
        "Entrada livre",
        "Bilhetes à venda",
        "Ingressos esgotados",
        "Entrada libre",
        "Apertura de puertas",
        "Dørene åpner 19:00",
        "Dörrarna öppnar",
        "Insläpp 19",
        "Gratis entré",
        "Fritt inträde",
        "Biljetter",
        "Billetter",
        "Udsolgt",
        "Slutsålt",
        "Vyprodáno",
        "Vstupenky",
        "Vstupné dobrovolné",
        "Wstęp bezpłatny",
        "Bilety",
        "Wyprzedane",
        "Ovet avataan",
        "Liput",
        "Loppuunmyyty",
    ],
)
def test_remarks_in_other_languages(remark: str) -> None:
    assert a_remark(remark)


@pytest.mark.parametrize(
    "place", ["Paradiso", "Teatro Verdi", "Casa da Música", "Konserthuset", "Ingresso principale, Via Roma 1"]
)
def test_places_in_those_languages_are_no_remarks(place: str) -> None:
    assert not a_remark(place)


PATTERNS = {
    **module_patterns(_page_not_places, "_page_not_places."),
    **module_patterns(_page_meeting_points, "_page_meeting_points."),
    **module_patterns(_page_dated_ends, "_page_dated_ends."),
}


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_patterns_stay_linear(name: str) -> None:
    assert superlinear_shape(PATTERNS[name]) is None


@pytest.mark.parametrize("shape", ["14:00 Uhr ", "10am at ", "Treffpunkt: 9h "])
def test_meeting_points_stay_linear_on_hostile_text(shape: str) -> None:
    assert superlinear(place_of, lambda size: shape + " " * size + "x") is None
    assert superlinear(meeting_place, lambda size: "Treffpunkt: " + shape + " ," * size + "x") is None


# --- 2. a meeting point's time, then its place ---------------------------------------------------------------------
def one_event(heading: str, day: str, meeting: str, lang: str) -> str:
    return f"<html lang='{lang}'><body><h1>{heading}</h1><p>{day}</p><p>{meeting}</p></body></html>"


@pytest.mark.parametrize(
    ("lang", "day", "meeting", "place", "start"),
    [
        ("de", "Samstag, 10. Oktober 2026", "Treffpunkt: 14:00 Uhr am Bahnhof", "am Bahnhof", "2026-10-10 14:00"),
        ("en", "Saturday, October 10, 2026", "Meeting point: 10am at the car park", "the car park", "2026-10-10 10:00"),
        ("fr", "samedi 10 octobre 2026", "Rendez-vous : 9h devant la mairie", "devant la mairie", "2026-10-10 09:00"),
        ("de", "Samstag, 10. Oktober 2026", "Treffpunkt: Marktplatz", "Marktplatz", "2026-10-10"),
    ],
)
def test_a_meeting_points_place_is_the_words_after_its_time(
    lang: str, day: str, meeting: str, place: str, start: str
) -> None:
    events = events_of(one_event("Stadtführung", day, meeting, lang), BERLIN, dt.datetime(2026, 9, 1, tzinfo=BERLIN))
    assert [(event.venue_name, local_minute(event.start, BERLIN)) for event in events] == [(place, start)]


def test_a_meeting_point_with_only_a_time_is_no_place() -> None:
    body = one_event("Hill Walk", "Saturday, October 10, 2026", "Meeting point: 10am", "en")
    events = events_of(body, LONDON, dt.datetime(2026, 9, 1, tzinfo=LONDON))
    assert [(event.venue_name, local_minute(event.start, LONDON)) for event in events] == [(None, "2026-10-10 10:00")]


def test_a_cards_meeting_point_gives_its_time_and_place() -> None:
    body = cards(
        [
            ("Stadtführung", "Samstag, 10. Oktober 2026", "<p>Treffpunkt: 14:00 Uhr am Bahnhof</p>"),
            ("Nachtwächter", "Samstag, 17. Oktober 2026", "<p>Treffpunkt: 20 Uhr, Marktplatz</p>"),
        ],
        "de",
    )
    events = events_of(body, BERLIN, dt.datetime(2026, 9, 1, tzinfo=BERLIN))
    assert [(event.title, event.venue_name, local_minute(event.start, BERLIN)) for event in events] == [
        ("Stadtführung", "am Bahnhof", "2026-10-10 14:00"),
        ("Nachtwächter", "Marktplatz", "2026-10-17 20:00"),
    ]


# --- 3. a range with a whole date and a time on both sides --------------------------------------------------------
RANGES = [
    ("Wed, Oct 7, 2026 18:30 – Thu, Oct 8, 2026 07:30", "2026-10-07 18:30", "2026-10-08 07:30"),
    ("October 7, 2026 6:30 PM - October 8, 2026 7:30 AM", "2026-10-07 18:30", "2026-10-08 07:30"),
    ("Sat 10 Oct 2026, 10:00 - Mon 12 Oct 2026, 16:00", "2026-10-10 10:00", "2026-10-12 16:00"),
    ("Oct 7, 2026 at 6:30 PM to Oct 9, 2026 at 11:00 AM", "2026-10-07 18:30", "2026-10-09 11:00"),
    ("Oct 7 18:30 – Oct 8 07:30", "2026-10-07 18:30", "2026-10-08 07:30"),
]


@pytest.mark.parametrize(("when", "start", "end"), RANGES)
def test_a_cards_range_with_dates_and_times_on_both_sides(when: str, start: str, end: str) -> None:
    body = cards([("Night Hike", when, ""), ("Quiz", "Friday, October 16, 2026", "<p>7:00 PM</p>")])
    events = events_of(body, LONDON, dt.datetime(2026, 9, 1, tzinfo=LONDON))
    assert [(event.title, local_minute(event.start, LONDON), local_minute(event.end, LONDON)) for event in events] == [
        ("Night Hike", start, end),
        ("Quiz", "2026-10-16 19:00", None),
    ]


@pytest.mark.parametrize(("when", "start", "end"), RANGES)
def test_a_pages_range_with_dates_and_times_on_both_sides(when: str, start: str, end: str) -> None:
    body = f"<html lang='en'><body><h1>Night Hike</h1><p>{when}</p><p>Bring a torch.</p></body></html>"
    events = events_of(body, LONDON, dt.datetime(2026, 9, 1, tzinfo=LONDON))
    assert [(event.title, local_minute(event.start, LONDON), local_minute(event.end, LONDON)) for event in events] == [
        ("Night Hike", start, end)
    ]


@pytest.mark.parametrize(("when", "start", "end"), RANGES)
def test_a_lists_range_with_dates_and_times_on_both_sides(when: str, start: str, end: str) -> None:
    body = (
        f"<html lang='en'><body><h1>Events</h1><ul><li>{when} - Night Hike</li>"
        "<li>Friday, October 16, 2026 7:00 PM - Quiz</li></ul></body></html>"
    )
    events = events_of(body, LONDON, dt.datetime(2026, 9, 1, tzinfo=LONDON))
    assert [(event.title, local_minute(event.start, LONDON), local_minute(event.end, LONDON)) for event in events] == [
        ("Night Hike", start, end),
        ("Quiz", "2026-10-16 19:00", None),
    ]


@pytest.mark.parametrize(
    "when",
    [
        "Oct 9, 2026 18:30 – Oct 8, 2026 07:30",  # ends before it starts
        "Oct 7, 2026 18:30 – Oct 8, 2027 07:30",  # a year on
    ],
)
def test_a_range_that_cannot_be_gives_no_end(when: str) -> None:
    body = f"<html lang='en'><body><h1>Night Hike</h1><p>{when}</p></body></html>"
    events = events_of(body, LONDON, dt.datetime(2026, 9, 1, tzinfo=LONDON))
    assert [event.end for event in events][:1] == [None]


@pytest.mark.parametrize("shape", ["Oct 7, 2026 18:30 – ", "18:30 – Oct 8, 2026 ", "18:30 - Oct 8, 2026 07:30 - "])
def test_dated_ends_stay_linear_on_hostile_text(shape: str) -> None:
    assert superlinear(find_clock_until, lambda size: shape * size + "x") is None
    today = dt.date(2026, 9, 1)
    assert (
        superlinear(
            lambda text: joined_ranges(text, find_dates(text, year_hint=None, today=today)), lambda size: shape * size
        )
        is None
    )


# --- 4. a page's own words over its declared language -------------------------------------------------------------
def listing(lang: str, note: str, rows: list[tuple[str, str]]) -> str:
    return (
        f"<html lang='{lang}'><body><h1>Agenda</h1><p>{note}</p>"
        + "".join(
            f'<article class="evento"><h3><a href="/e/{index}">{title}</a></h3><p>{when}</p></article>'
            for index, (title, when) in enumerate(rows)
        )
        + "</body></html>"
    )


@pytest.mark.parametrize(
    "note",
    [
        "Actualizado el lunes 1 de marzo de 2027",
        "Aggiornato sabato 6 marzo 2027",
        "Programa de abril: viernes y sábado",
    ],
)
def test_a_page_in_another_language_declared_english_reads_day_first(note: str) -> None:
    body = listing("en-US", note, [("Concierto", "05/04/2027 20:00"), ("Mostra", "10.04.2027 18:00")])
    events = events_of(body, BERLIN, dt.datetime(2027, 3, 1, tzinfo=BERLIN))
    assert [(event.title, local_minute(event.start, BERLIN)) for event in events] == [
        ("Concierto", "2027-04-05 20:00"),
        ("Mostra", "2027-04-10 18:00"),
    ]


@pytest.mark.parametrize(
    "note",
    [
        "Updated Monday, March 1, 2027",  # English names: the page is English
        "Cinco de Mayo party: 5 de mayo",  # one Spanish date on an English page
        "Plácido Domingo sings; Domingo live",  # one name, twice
        "Viernes Social and Sábado Salsa: our dance nights",  # weekday names as the names of nights, no dates
        "",
    ],
)
def test_an_english_page_still_reads_month_first(note: str) -> None:
    body = listing("en-US", note, [("Concert", "05/04/2027 20:00"), ("Show", "10/04/2027 18:00")])
    events = events_of(body, NEW_YORK, dt.datetime(2027, 3, 1, tzinfo=NEW_YORK))
    assert [(event.title, local_minute(event.start, NEW_YORK)) for event in events] == [
        ("Concert", "2027-05-04 20:00"),
        ("Show", "2027-10-04 18:00"),
    ]


@pytest.mark.parametrize("shape", ["1 de ", "sabato ", "Monday 1 de "])
def test_the_visible_language_stays_linear(shape: str) -> None:
    assert superlinear(lambda text: visible_language(text, "en-US"), lambda size: shape * size + "x") is None


# --- 5. a show a script lists twice -------------------------------------------------------------------------------
def calendar_script(items: list[str]) -> str:
    return (
        "<!doctype html><html><body><div class='calendar'></div><script>\njQuery('#cal').fullCalendar({\n  events: ["
        + ",".join(items)
        + ",\n  ],\n});\n</script></body></html>"
    )


SINGERS = '{title: "Harbour Singers",start: "2026-09-16T20:00:00",link: "https://club.example.org/e/singers"}'
TRIO = '{title: "The Fiddle Trio",start: "2026-09-27T19:00:00",link: "https://club.example.org/e/trio"}'


def test_a_show_a_script_lists_twice_is_one_event() -> None:
    events = events_of(calendar_script([SINGERS, TRIO, SINGERS]), NEW_YORK, dt.datetime(2026, 9, 1, tzinfo=NEW_YORK))
    assert [(event.title, local_minute(event.start, NEW_YORK)) for event in events] == [
        ("Harbour Singers", "2026-09-16 20:00"),
        ("The Fiddle Trio", "2026-09-27 19:00"),
    ]


def test_two_shows_of_one_name_on_two_days_stay_two() -> None:
    later = SINGERS.replace("2026-09-16", "2026-09-17")
    events = events_of(calendar_script([SINGERS, later]), NEW_YORK, dt.datetime(2026, 9, 1, tzinfo=NEW_YORK))
    assert [local_minute(event.start, NEW_YORK) for event in events] == ["2026-09-16 20:00", "2026-09-17 20:00"]


# --- 6. two rows of one class ---------------------------------------------------------------------------------------
def venue_row(month: str, day: str, weekday: str, name: str, support: str) -> str:
    slug = name.lower().replace(" ", "-")
    return f"""<div class="tw-section"><div class="row"><div class="four columns"><div class="tw-date-image-container">
<span class="tw-event-month">
    {month}    </span>
<span class="tw-event-date">
    {day}    </span>
<span class="tw-day-of-week">{weekday}</span></div>
<div class="tw-image"><a title="{name} - {day}" href="https://club.example.org/e/{slug}/"><img src="/i/{slug}.jpg"
 alt="{name} - {day} - event-img"></a></div></div>
<div class="five columns"><div class="tw-prefix">Harbour Presents presents</div>
<div class="tw-name"><a href="https://club.example.org/e/{slug}/">{name}</a></div>
<div class="tw-attractions">with <span>{support}</span></div><div class="tw-venue-details"></div>
<span class="tw-event-door-time-complete">Doors: <span class="tw-event-door-time">7:00 pm</span> /</span>
<span class="tw-event-time-complete">Show: <span class="tw-event-time">8:00 pm</span></span>
<div class="tw-age-restriction">21 and up</div></div>
<div class="three columns"><a href="https://tickets.example.org/{slug}" class="button tw-buy-tix-btn">Buy Tickets</a>
</div></div><hr><div class="row"></div></div>"""


LOS_ANGELES = zoneinfo.ZoneInfo("America/Los_Angeles")


def test_two_dated_rows_of_one_class_each_naming_its_show_are_cards() -> None:
    body = (
        "<!doctype html><html><body>"
        + venue_row("September", "18", "Fri", "Harbour Lights", "The Gulls")
        + venue_row("September", "23", "Wed", "Night Swimmers", "Low Tide")
        + "</body></html>"
    )
    events = events_of(body, LOS_ANGELES, dt.datetime(2026, 9, 10, tzinfo=LOS_ANGELES))
    assert [(event.title, local_minute(event.start, LOS_ANGELES)) for event in events] == [
        ("Harbour Lights", "2026-09-18 20:00"),
        ("Night Swimmers", "2026-09-23 20:00"),
    ]


def test_two_dated_paragraphs_of_one_class_are_no_cards() -> None:
    body = (
        "<html><body><h1>News</h1><div class='note'><h3>Opening hours</h3><p>From September 18 we open at 9:00 am.</p>"
        "</div><div class='note'><h3>Parking</h3><p>The car park closes on September 23.</p></div></body></html>"
    )
    events = events_of(body, LOS_ANGELES, dt.datetime(2026, 9, 10, tzinfo=LOS_ANGELES))
    assert [event.title for event in events if event.title in {"Opening hours", "Parking"}] == []


@pytest.mark.parametrize(
    ("value", "place"),
    [
        ("10 am - noon, Town Hall", "Town Hall"),  # a range whose end find_clock leaves is no part of the place
        ("9 am to noon at The Anchor", "The Anchor"),
        ("10 am - noon", None),
    ],
)
def test_a_where_values_time_range_is_no_part_of_its_place(value: str, place: str | None) -> None:
    assert place_of(value) == place
