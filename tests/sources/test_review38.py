"""review38: held-out batch 99's page rules tried both ways, and the misfires the probes found, fixed.

- A date line's part after its bar was the place whatever it said: "Fri 14 Mar 2031 | Comedy", "| Sold out",
  "| Tickets £12", "| Deutsch", "| Tel 0171 …", "| News", "| Full-time". Such a part (a remark, a status, a
  programme's kind, a language, an age, a phone number: ``_page_listing_kinds``) is no place; the heading under it
  still names the card, and a status it says is the card's. A spaced bullet is a bar too, and the date may keep its
  clock ("Sa, 13. Dez. 2031 19 Uhr | Tufa Trier") (``_page_bar_places``).
- An ordinal superscript's date was read month first ("1<sup>er</sup>/06/2031" was 6 January): written ISO when a
  year follows (``_page_ordinal_sups``).
- A labelled date ("<h4>Date</h4><p>14 March 2031</p>") beside an event's label ("<h4>Event</h4><p>Choir
  concert</p>") took the page's heading for its name; Spanish, Italian and Dutch labels too (``_page_label_headings``).
- An article's footer: "at The Blue Room" lost its "The"; "Doors 19:00", "Open 10:00–17:00", "Tel … from 8pm" made
  places of "Doors", "Open", a phone number; a clock first ("20 h 30 – Salle Pleyel") gave no place
  (``_page_article_footer_places``).
- A registration's opening sentence took the line's own event with it ("Registration opens now for our Summer Camp,
  4–8 August 2031": no camp); "Registration is open from …", "Anmeldungen sind ab …", "Inscripciones abiertas
  desde …", "Iscrizioni aperte dal …", "Booking opens …" were read as events (``_page_opening_sentences``).
Dates are 2031.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import lxml.html
import pytest

from sources.adapters import _page_label_headings
from sources.adapters._page_label_headings import labelled_card_name
from sources.adapters._page_listing_kinds import listing_kind
from sources.adapters._page_opening_sentences import opening_sentence
from sources.adapters._page_ordinal_sups import ordinal_days_joined
from tests.sources.helpers import one_event, read_page

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
read = functools.partial(
    read_page, url="https://verein.example/kalender/", zone=BERLIN, start=dt.datetime(2031, 1, 2, 12, tzinfo=BERLIN)
)

CARD = """<div class='grid border mb-6'><div class='overflow-hidden'><img src='/a.jpg'></div>
<div class='text-justify my-auto p-6{extra}'><p>{day}</p><h2 class='text-2xl font-bold'>{name}</h2>
<p class='mb-4'>{about}</p><a href='https://forms.example/x' class='uppercase'>Mehr</a></div></div>"""


def _cards(*rows: tuple[str, str]) -> str:
    body = "".join(
        CARD.format(day=day, name=name, about="Mehr dazu.", extra=" lg:order-first" if index % 2 else "")
        for index, (day, name) in enumerate(rows)
    )
    return (
        f"<html><body><h2>Veranstaltungen</h2><p>Unser Programm.</p><div class='container'>{body}</div></body></html>"
    )


def _named(events: list[dict]) -> list[tuple[str, str, str | None]]:
    return [(event["title"], event["start"][:16], event["venue_name"]) for event in events]


# --- a date line's bar ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Comedy", "Music"),
        ("Sold out", "Few tickets left"),
        ("Tickets £12", "Free entry"),
        ("Family", "Online"),
        ("Tel 0171 496 0000", "Call 0171 496 0001"),
        ("Deutsch", "Englisch"),
        ("All ages", "Ages 18+"),
        ("News", "Announcements"),
        ("Full-time", "Part-time"),
    ],
)
def test_a_bars_remark_kind_or_phone_is_no_place_and_the_heading_names_the_card(first: str, second: str) -> None:
    events = read(
        _cards((f"Fri 14 Mar 2031 | {first}", "Stand-up Showcase"), (f"Sat 15 Mar 2031 | {second}", "Folk Night"))
    )
    assert _named(events) == [("Stand-up Showcase", "2031-03-14", None), ("Folk Night", "2031-03-15", None)]


def test_a_bars_status_is_the_cards() -> None:
    events = read(
        _cards(("Fri 14 Mar 2031 | Cancelled", "Stand-up Showcase"), ("Sat 15 Mar 2031 | Postponed", "Folk Night"))
    )
    assert [(event["title"], event["status"]) for event in events] == [
        ("Stand-up Showcase", "cancelled"),
        ("Folk Night", "postponed"),
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Sa, 13. Dez. 2031 · Tufa Trier", "So, 14. Dez. 2031 · Mergener Hof"),  # a bullet for a bar
        ("Sa, 13. Dez. 2031 19 Uhr | Tufa Trier", "So, 14. Dez. 2031 18 Uhr | Mergener Hof"),  # the date's clock
        ("Sat 13 Dec 2031 | Tufa Trier", "Sun 14 Dec 2031 | Mergener Hof"),  # as batch 99 read it
    ],
)
def test_a_bars_place_over_the_heading(first: str, second: str) -> None:
    events = read(_cards((first, "Weihnachtskonzert"), (second, "Lesung")))
    assert [(event["title"], event["venue_name"]) for event in events] == [
        ("Weihnachtskonzert", "Tufa Trier"),
        ("Lesung", "Mergener Hof"),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Comedy", True),
        ("Music & Family", True),
        ("Konzert", True),
        ("OmU", True),
        ("18+", True),
        ("Tel. 0651 123456", True),
        ("Jazz Club", False),
        ("Comedy Theatre", False),
        ("Kino Světozor", False),
        ("Mergener Hof e.V.", False),
        ("Trier", False),
        ("12 Oak Street", False),
    ],
)
def test_a_listing_kind_is_no_place(text: str, kind: bool) -> None:
    assert listing_kind(text) is kind


# --- an ordinal superscript's date ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Le 1<sup>er</sup>/06/2031 à 20 h</p>", "Le 2031-06-01 à 20 h"),
        ("<p>3<sup>rd</sup>-06-2031, 8pm</p>", "2031-06-03, 8pm"),
        ("<p>24 <sup>th</sup>/03/2031</p>", "2031-03-24"),
        ("<p>24<sup>th</sup>/03</p>", "24/03"),  # no year: the day joined to its month, as batch 99 did
        ("<p>The 1<sup>st</sup> Prize</p>", "The 1st Prize"),
    ],
)
def test_an_ordinal_days_date_is_written_day_first(html: str, text: str) -> None:
    root = lxml.html.fromstring(html)
    ordinal_days_joined(root)
    assert root.text_content() == text


def test_an_ordinal_days_date_on_a_page_is_the_day_it_says() -> None:
    page = "<html><body><main><h1>Concert</h1><p>Le 1<sup>er</sup>/06/2031 à 20 h</p><p>Salle des fêtes</p></main></body></html>"
    assert one_event(read(page))["start"].startswith("2031-06-01T20:00")


# --- a labelled date's card -----------------------------------------------------------------------------------------


def _labelled(rows: list[tuple[str, str]], date_label: str, name_label: str) -> str:
    cards = "".join(
        f"<div class='evt'><div class='d'><h4>{date_label}</h4><p>{day}</p></div>"
        f"<div class='t'><h4>{name_label}</h4><p>{name}</p></div></div>"
        for day, name in rows
    )
    return f"<html><body><main><h1>Upcoming</h1><div class='evts'>{cards}</div></main></body></html>"


@pytest.mark.parametrize(
    ("rows", "labels"),
    [
        ([("14 March 2031", "Choir concert"), ("21 March 2031", "Organ recital")], ("Date", "Event")),
        ([("14 marzo 2031", "Concierto del coro"), ("21 marzo 2031", "Recital de órgano")], ("Fecha", "Evento")),
        ([("14 marzo 2031", "Concerto del coro"), ("21 marzo 2031", "Recital d'organo")], ("Data", "Evento")),
    ],
)
def test_a_labelled_date_is_named_by_its_cards_event_label(
    rows: list[tuple[str, str]], labels: tuple[str, str]
) -> None:
    events = read(_labelled(rows, *labels))
    assert [event["title"] for event in events] == [name for _, name in rows]


def test_hard_negative_a_list_of_labelled_cards_gives_no_name_to_the_list() -> None:
    # the date's own card holds its label; the list around two cards holds two, and names neither
    root = lxml.html.fromstring(
        _labelled([("14 March 2031", "Choir concert"), ("21 March 2031", "Organ")], "Date", "Event")
    )
    dates = root.xpath("//div[@class='d']/p")
    assert [labelled_card_name(date) for date in dates] == ["Choir concert", "Organ"]
    assert labelled_card_name(root.xpath("//div[@class='evts']")[0]) is None


def test_a_labelled_dates_card_is_looked_for_in_bounded_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    looked = []
    label = _page_label_headings.NAME_LABEL

    class Counting:
        def match(self, text: str) -> object:
            looked.append(text)
            return label.match(text)

    monkeypatch.setattr(_page_label_headings, "NAME_LABEL", Counting())
    rows = "".join(f"<div><h4>Date</h4><p>{1 + i % 28} March 2031</p></div>" for i in range(2_000))
    root = lxml.html.fromstring(f"<html><body><main><section><div>{rows}</div></section></main></body></html>")
    assert labelled_card_name(root.xpath("//p")[0]) is None
    limit = _page_label_headings.CARD_LEVELS * _page_label_headings.CARD_ELEMENTS
    assert len(looked) <= limit < 2_000


# --- an article's footer --------------------------------------------------------------------------------------------


def _articles(*rows: tuple[str, str, str]) -> str:
    body = "".join(
        f"<article><header>{day}</header>{name}<footer>{where}</footer></article><br/>" for day, name, where in rows
    )
    return f"<html><body><main><h1>Concerts</h1>{body}</main></body></html>"


@pytest.mark.parametrize(
    ("first", "second", "places"),
    [
        ("at The Blue Room, 8pm", "at The Crown from 7.30pm", ["The Blue Room", "The Crown"]),
        (
            "20 h 30 – Salle Pleyel, Paris",
            "19h – Le Rouge Gorge, Montrouge",
            ["Salle Pleyel, Paris", "Le Rouge Gorge, Montrouge"],
        ),
        ("Doors 19:00 · Tickets £12", "Doors 19:30 · Tickets £10", [None, None]),
        ("Open 10:00–17:00", "Open 9:00–13:00", [None, None]),
        ("Tickets: 0171 496 0000, from 8pm", "Call 0171 496 0001 after 9am", [None, None]),
    ],
)
def test_an_articles_footer_place(first: str, second: str, places: list[str | None]) -> None:
    events = read(_articles(("Saturday 14 June 2031", "Jazz Trio", first), ("Friday 20 June 2031", "Quartet", second)))
    assert [event["venue_name"] for event in events] == places


def test_hard_negative_a_footers_running_time_is_no_place() -> None:
    events = read(
        _articles(
            ("Saturday 14 June 2031", "Walk", "Duration 2:30 h"), ("Sunday 15 June 2031", "Hike", "Duration 4:00 h")
        )
    )
    assert [event["venue_name"] for event in events] == [None, None]


# --- a registration's opening as a sentence -------------------------------------------------------------------------


def _single(title: str, *lines: str) -> str:
    return f"<html><body><main><h1>{title}</h1>" + "".join(f"<p>{line}</p>" for line in lines) + "</main></body></html>"


@pytest.mark.parametrize(
    ("title", "day", "opening"),
    [
        ("Riverside 10K", "Race day: Sunday 14 September 2031, 9:00am", "Registration is open from 1 June 2031."),
        (
            "Stadtlauf Trier",
            "Lauftag: Sonntag, 14. September 2031, 9:00 Uhr",
            "Anmeldungen sind ab 1. Juni 2031 möglich.",
        ),
        (
            "Carrera popular",
            "Domingo 14 de septiembre de 2031, 9:00",
            "Inscripciones abiertas desde el 1 de junio de 2031.",
        ),
        ("Corsa cittadina", "Domenica 14 settembre 2031, ore 9:00", "Iscrizioni aperte dal 1 giugno 2031."),
        ("Winter Concert", "Sunday 14 September 2031, 9:00am, Town Hall", "Booking opens 1 September 2031."),
    ],
)
def test_a_registrations_opening_sentence_is_no_event(title: str, day: str, opening: str) -> None:
    event = one_event(read(_single(title, day, opening)))
    assert (event["title"], event["start"][:16]) == (title, "2031-09-14T09:00")


@pytest.mark.parametrize(
    ("title", "line", "start", "end"),
    [
        (
            "Summer Camp 2031",
            "Registration opens now for our Summer Camp, 4–8 August 2031.",
            "2031-08-04",
            "2031-08-08",
        ),
        (
            "Kids Coding Club",
            "Sign-ups open for the Coding Club on Saturday 14 June 2031 at the Library.",
            "2031-06-14",
            None,
        ),
    ],
)
def test_hard_negative_a_sentence_that_goes_on_to_its_event_keeps_it(
    title: str, line: str, start: str, end: str | None
) -> None:
    event = one_event(read(_single(title, line, "All welcome.")))
    assert (event["start"], event["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("Les inscriptions débutent à partir du 1er Juillet 2031.", True),
        ("Registration opens on 1 June 2031.", True),
        ("Registration opens now for our Summer Camp, 4–8 August 2031.", False),
        ("Sign-ups open for the Coding Club on Saturday 14 June 2031.", False),
        ("Registration opens at 7:00 am on race day, Saturday June 5", False),
    ],
)
def test_an_opening_sentence_has_its_date_right_after_the_verb(text: str, opening: bool) -> None:
    assert opening_sentence(text) is opening


def test_hard_negative_headings_then_dates_keep_their_own_names_off_the_next_card() -> None:
    # "<h3>Quiz Night</h3><p>Sat 13 Dec 2031 | The Crown</p><h3>Carol Concert</h3>…": the heading under the first date
    # is the next event's; the bar rule took it (the first event named "Carol Concert")
    rows = [("Quiz Night", "Sat 13 Dec 2031 | The Crown"), ("Carol Concert", "Sun 14 Dec 2031 | Village Hall")]
    flat = "".join(f"<h3>{name}</h3><p>{day}</p>" for name, day in rows)
    events = read(f"<html><body><main><h1>Events</h1><div class='content'>{flat}</div></main></body></html>")
    assert "Carol Concert" not in [event["title"] for event in events[:1]]
    assert [event["start"] for event in events] == ["2031-12-13", "2031-12-14"]
