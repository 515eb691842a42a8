"""left37, pages: the items earlier sessions noticed and left (issue #13), each tried both ways (dates 2031).

1. "Duration 2:30 h" under a date was a start at 02:30: a running time is no clock (``_page_duration_clocks``).
2. A byline beside a date's bar ("12 May 2031 | Posted by Jane Smith", "By Tom Brown | 19 May 2031") was the card's
   place or name (``_page_bylines``, ``_page_bar_places``).
3. A news list of dated links with no teaser was read as events (``_page_link_news``).
4. The film "Training Day" at 20:00 was dropped as a school's training day (``_page_record_titles``).
5. "Agenda" and "Programme" over one dated line were no listing's headings (``_page_listing_one``).
6. A hall's hire offer alone was an event titled "Events" (``_page_hire_offers``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from events.pipeline import titles
from sources.adapters import (
    _page_bar_places,
    _page_bylines,
    _page_card_dates,
    _page_date_clocks,
    _page_link_news,
    _page_listing_one,
    _page_other_dates,
    _page_record_titles,
)
from sources.adapters._page_dates import find_clock
from sources.adapters._page_hire_offers import hire_offer
from tests.sources.test_left35_pages import _page, _read, read  # the same page, zone and window as left35's


def _off(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, value: Any) -> None:
    monkeypatch.setattr(module, name, value)


# --- 1. a running time -------------------------------------------------------------------------------------------

HAMLET = _page("Hamlet", "<h1>Hamlet</h1><p>Saturday 14 June 2031</p><p>Duration 2:30 h</p><p>The Globe</p>")
PLAYS = _page(
    "What's on",
    "<h1>What's on</h1><ul><li><h3>Hamlet</h3><p>Saturday 14 June 2031</p><p>Duration 2:30 h</p></li>"
    "<li><h3>Macbeth</h3><p>Sunday 15 June 2031</p><p>Running time: 2:10</p></li></ul>",
)
STUECKE = _page(
    "Spielplan",
    "<h1>Spielplan</h1><ul><li><h3>Faust</h3><p>Samstag, 14. Juni 2031</p><p>Spieldauer ca. 2:30 h</p></li>"
    "<li><h3>Woyzeck</h3><p>Sonntag, 15. Juni 2031</p><p>Dauer: 1:45</p></li></ul>",
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (HAMLET, [("Hamlet", "2031-06-14", None)]),
        (PLAYS, [("Hamlet", "2031-06-14", None), ("Macbeth", "2031-06-15", None)]),
        (STUECKE, [("Faust", "2031-06-14", None), ("Woyzeck", "2031-06-15", None)]),
    ],
)
def test_a_running_time_under_the_date_is_no_start(body: str, expected: list[tuple[Any, ...]]) -> None:
    assert _read(body) == expected


def test_without_the_rule_the_running_time_was_the_start(monkeypatch: pytest.MonkeyPatch) -> None:
    _off(monkeypatch, _page_date_clocks, "running_time", lambda text, span: False)
    _off(monkeypatch, _page_card_dates, "running_time", lambda text, span: False)
    assert _read(HAMLET) == [("Hamlet", "2031-06-14T02:30", None)]
    assert [title_start[1] for title_start in _read(PLAYS)] == ["2031-06-14T02:30", "2031-06-15T02:10"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Duration 2:30 h · Beginn 19:30", dt.time(19, 30)),  # the next clock after the length
        ("Full length feature, 7:30pm", dt.time(19, 30)),  # a meridiem: a time of day
        ("Doors 19:00", dt.time(19, 0)),
        ("Lengthy show at 20:00", dt.time(20, 0)),
        ("Duration 2:30 h", None),
        ("Durée : 1:30", None),
        ("Laufzeit: approx. 1:45", None),
        ("Duration 1:00, duration 2:00, duration 3:00, duration 4:00", None),  # lengths only
    ],
)
def test_find_clock_passes_over_running_times(text: str, expected: dt.time | None) -> None:
    found = find_clock(text)
    assert (found.start if found else None) == expected


def test_a_clock_after_a_running_time_keeps_its_span() -> None:
    text = "Duration 2:30 h · Beginn 19:30"
    found = find_clock(text)
    assert found is not None
    assert text[found.span[0] : found.span[1]] == "19:30"


def test_a_show_with_its_hour_and_its_running_time_starts_at_its_hour() -> None:
    body = _page("Hamlet", "<h1>Hamlet</h1><p>Saturday 14 June 2031, 19:30</p><p>Duration 2:30 h</p>")
    assert _read(body) == [("Hamlet", "2031-06-14T19:30", None)]


# --- 2. a byline beside a date's bar -----------------------------------------------------------------------------

CARD = """<div class='grid border mb-6'><div class='overflow-hidden'><img src='/a.jpg'></div>
<div class='text-justify my-auto p-6'><p>{day}</p><h2 class='text-2xl font-bold'>{name}</h2>
<p class='mb-4'>More about it.</p><a href='https://forms.example/x' class='uppercase'>More</a></div></div>"""


def _cards(*rows: tuple[str, str]) -> str:
    body = "".join(CARD.format(day=day, name=name) for day, name in rows)
    return f"<html><body><h2>Events</h2><p>Our programme.</p><div class='container'>{body}</div></body></html>"


BYLINES_AFTER = _cards(
    ("12 May 2031 | Posted by Jane Smith", "Summer fete"), ("19 May 2031 | By Tom Brown", "Quiz night")
)
BYLINES_BEFORE = _cards(("By Jane Smith | 12 May 2031", "Summer fete"), ("By Tom Brown | 19 May 2031", "Quiz night"))
BYLINES_DE = _cards(
    ("Von Anna Schmidt | 13. Dez. 2031", "Weihnachtskonzert"), ("Geschrieben von Ben Jones | 14. Dez. 2031", "Lesung")
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (BYLINES_AFTER, [("Summer fete", "2031-05-12", None), ("Quiz night", "2031-05-19", None)]),
        (BYLINES_BEFORE, [("Summer fete", "2031-05-12", None), ("Quiz night", "2031-05-19", None)]),
        (BYLINES_DE, [("Weihnachtskonzert", "2031-12-13", None), ("Lesung", "2031-12-14", None)]),
    ],
)
def test_a_byline_beside_the_bar_is_no_place_and_no_name(body: str, expected: list[tuple[Any, ...]]) -> None:
    assert _read(body) == expected


def test_without_the_rule_the_byline_was_the_place_or_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    _off(monkeypatch, _page_bar_places, "byline", lambda text: False)
    assert [venue for _, _, venue in _read(BYLINES_AFTER)] == ["Posted by Jane Smith", "By Tom Brown"]
    assert [title for title, _, _ in _read(BYLINES_BEFORE)] == ["By Jane Smith", "By Tom Brown"]


def test_a_place_after_the_bar_is_still_the_place() -> None:
    body = _cards(("Sat 13 Dec 2031 | Tufa Trier", "Weihnachtskonzert"), ("By the River | 14 Dec 2031", "Lesung"))
    assert _read(body)[0] == ("Weihnachtskonzert", "2031-12-13", "Tufa Trier")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted by Jane Smith", True),
        ("By Tom Brown", True),
        ("by J. R. Smith", True),
        ("Von Anna Schmidt", True),
        ("Publié par la rédaction", True),
        ("Author: Jane", True),
        ("By the River", False),  # an article after "by": a place
        ("Von Bach bis Beethoven", False),  # a lower-case word: a title
        ("By Royal Appointment Hall", False),  # a place's noun last
        ("Door 2", False),
        ("Bywell Hall", False),
        ("Tufa Trier", False),
    ],
)
def test_byline(text: str, expected: bool) -> None:
    assert _page_bylines.byline(text) is expected


# --- 3. a news list of dated links ---------------------------------------------------------------------------------


def _links(rows: list[tuple[str, str]], *, path: str = "/p/", link_first: bool = False) -> str:
    items = []
    for index, (day, name) in enumerate(rows):
        link = f"<a href='{path}{index}'>{name}</a>"
        items.append(f"<li>{link} {day}</li>" if link_first else f"<li>{day} {link}</li>")
    return "<ul>" + "".join(items) + "</ul>"


NEWS = [
    ("12 May 2031", "New play area opens"),
    ("14 May 2031", "Tax rates set for the year"),
    ("20 May 2031", "Library refurbishment complete"),
    ("2 June 2031", "Parish clerk retires after 20 years"),
]
SHORT_NEWS = [("12 May 2031", "Play area"), ("14 May 2031", "Tax rates"), ("20 May 2031", "Library works")]
NEWS_PAGES = {
    "headlines": _page("Millbrook", "<h1>Millbrook village</h1>" + _links(NEWS)),
    "news heading": _page(
        "Millbrook", "<h1>Millbrook village</h1><h2>Latest news</h2>" + _links(NEWS, link_first=True)
    ),
    "articles' paths": _page(
        "Millbrook", "<h1>Millbrook village</h1><h2>Recent</h2>" + _links(SHORT_NEWS, path="/news/")
    ),
}


@pytest.mark.parametrize("body", NEWS_PAGES.values(), ids=NEWS_PAGES.keys())
def test_hard_negative_a_news_list_of_dated_links_is_no_listing(body: str) -> None:
    assert read(body) == []


def test_without_the_rule_the_news_were_events(monkeypatch: pytest.MonkeyPatch) -> None:
    _off(monkeypatch, _page_link_news, "_news_sign", lambda schedule, lines: False)
    assert [title for title, _, _ in _read(NEWS_PAGES["headlines"])] == [name for _, name in NEWS]


EVENT_LINKS = {
    "event words": [("12 May 2031", "Quiz night at The Crown"), ("14 May 2031", "Jazz concert"), ("20 May 2031", "Craft workshop for children"), ("2 June 2031", "Scarecrow trail and village walk")],
    "short names": [("12 May 2031", "Open gardens"), ("14 May 2031", "Scarecrow trail"), ("20 May 2031", "Plant swap")],
    "minutes newest first": [("02.05.2031", "Pöytäkirja - 011/2031"), ("24.04.2031", "Pöytäkirja - 010/2031"), ("03.04.2031", "Pöytäkirja - 009/2031")],
    "times": [("12 May 2031, 10am", "New play area opens to all"), ("14 May 2031, 7pm", "Tax rates set for the year"), ("20 May 2031, 2pm", "Library refurbishment is complete")],
}  # fmt: skip


@pytest.mark.parametrize("rows", EVENT_LINKS.values(), ids=EVENT_LINKS.keys())
def test_a_list_of_dated_event_links_is_kept(rows: list[tuple[str, str]]) -> None:
    body = _page("Millbrook", "<h1>Millbrook village</h1><h2>Coming up</h2>" + _links(rows))
    assert len(read(body)) == len(rows)


def test_a_news_row_with_a_teaser_is_read_as_before() -> None:
    rows = "".join(
        f"<li>{day} <a href='/p/{index}'>{name}</a> Read how the village got on this week.</li>"
        for index, (day, name) in enumerate(NEWS)
    )
    assert len(read(_page("Millbrook", f"<h1>Millbrook village</h1><ul>{rows}</ul>"))) == len(NEWS)


# --- 4. "Training Day" -------------------------------------------------------------------------------------------

FILMS = _page(
    "Cinema",
    "<h1>Films this week</h1><ul><li><h3>Training Day</h3><p>Friday 13 June 2031, 20:00</p></li>"
    "<li><h3>Heat</h3><p>Saturday 14 June 2031, 20:00</p></li></ul>",
)
FILM = _page("Training Day", "<h1>Training Day</h1><p>Friday 13 June 2031, 20:00, Screen 1</p><p>A thriller.</p>")
FILMS_UNTIMED = _page(
    "Cinema",
    "<h1>Films this month</h1><ul><li>Friday 13 June 2031 – Training Day</li><li>Saturday 14 June 2031 – Heat</li>"
    "<li>Sunday 15 June 2031 – Collateral</li></ul>",
)
CLUB = _page(
    "Harriers",
    "<h1>Millbrook Harriers</h1><ul><li>Saturday 14 June 2031 – Training day</li>"
    "<li>Saturday 21 June 2031 – Club championship</li></ul>",
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (FILMS, ["Training Day", "Heat"]),
        (FILM, ["Training Day"]),
        (FILMS_UNTIMED, ["Training Day", "Heat", "Collateral"]),
        (CLUB, ["Training day", "Club championship"]),
    ],
)
def test_a_film_or_a_clubs_training_day_survives(body: str, expected: list[str]) -> None:
    assert [title for title, _, _ in _read(body)] == expected


def test_without_the_rule_training_day_was_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    _off(monkeypatch, _page_record_titles, "_timed", lambda row: False)
    _off(monkeypatch, _page_record_titles, "MIN_TERMS", 0)
    assert [title for title, _, _ in _read(FILMS)] == ["Heat"]


@pytest.mark.parametrize(
    "rows",
    [
        "<li>Monday 1 September 2031 – Training day</li><li>Tuesday 2 September 2031 – Term starts</li>"
        "<li>Friday 24 October 2031 – Half term</li>",
        "<li>Monday 1 September 2031 – Training day</li><li>Monday 5 January 2032 – Training day</li>",
    ],
)
def test_hard_negative_a_schools_training_days_among_its_term_dates(rows: str) -> None:
    assert read(_page("School", f"<h1>Term dates</h1><ul>{rows}</ul>")) == []


# --- 5. "Agenda", "Programme" ------------------------------------------------------------------------------------

AGENDA = _page(
    "Village Hall", "<h1>Village Hall</h1><h2>Agenda</h2><p>Quiz night – Friday 20 June 2031, 7pm, Village Hall</p>"
)
AGENDA_FR = _page(
    "Salle des fêtes",
    "<h1>Salle des fêtes</h1><h2>Agenda</h2><p>Soirée jazz – vendredi 20 juin 2031, 20h, Salle Pleyel</p>",
)
PROGRAMME = _page(
    "Village Hall", "<h1>Village Hall</h1><h2>Programme</h2><p>Quiz night – Friday 20 June 2031, 7pm, Village Hall</p>"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (AGENDA, ("Quiz night", "2031-06-20T19:00", "Village Hall")),
        (AGENDA_FR, ("Soirée jazz", "2031-06-20T20:00", "Salle Pleyel")),
        (PROGRAMME, ("Quiz night", "2031-06-20T19:00", "Village Hall")),
    ],
)
def test_a_line_alone_under_agenda_or_programme_names_its_event(body: str, expected: tuple[Any, ...]) -> None:
    assert _read(body) == [expected]


def test_without_the_rule_agenda_kept_the_pages_title(monkeypatch: pytest.MonkeyPatch) -> None:
    _off(monkeypatch, _page_listing_one, "_programme", lambda lines, heading, at: False)
    assert _read(AGENDA) == [("Village Hall", "2031-06-20T19:00", None)]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (  # a council's meeting: the agenda is its business
            _page(
                "Parish council",
                "<h1>Parish council</h1><h2>Agenda</h2><p>Annual parish meeting – Monday 16 June 2031, 7pm, Village "
                "Hall</p>",
            ),
            "Parish council",
        ),
        (  # an agenda's numbered item
            _page("Village Hall", "<h1>Village Hall</h1><h2>Agenda</h2><p>1. Apologies – Monday 16 June 2031, 7pm</p>"),
            "Village Hall",
        ),
    ],
)
def test_hard_negative_a_meetings_agenda_names_nothing(body: str, title: str) -> None:
    assert [found for found, _, _ in _read(body)] == [title]


# --- 6. a hire offer ---------------------------------------------------------------------------------------------

HIRE_OFFERS = {
    "events heading": "<html><head><title>Events</title></head><body><h2>Events</h2><p>Host your event with us! "
    "Weddings, parties and conferences from £500. Enquire for dates from 1 June 2031.</p></body></html>",
    "for hire": _page(
        "The Old Barn", "<h1>The Old Barn</h1><h2>Events</h2><p>The hall is available for hire from 1 June 2031. "
        "Contact us to book.</p>"
    ),
    "German": _page(
        "Bürgerhaus", "<h1>Bürgerhaus Linden</h1><h2>Veranstaltungen</h2><p>Unser Saal ist ab 1. Juni 2031 zu "
        "vermieten. Anfragen bitte per E-Mail.</p>"
    ),
}  # fmt: skip


@pytest.mark.parametrize("body", HIRE_OFFERS.values(), ids=HIRE_OFFERS.keys())
def test_hard_negative_a_hire_offer_alone_is_no_event(body: str) -> None:
    assert read(body) == []


def test_without_the_rule_the_offer_was_an_event_called_events(monkeypatch: pytest.MonkeyPatch) -> None:
    _off(monkeypatch, _page_other_dates, "hire_offer", lambda text: False)
    assert _read(HIRE_OFFERS["events heading"]) == [("Events", "2031-06-01", None)]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (_page("Hall", "<h1>Open day</h1><p>Saturday 14 June 2031 – come and see the hall, available for hire.</p>"), "Open day"),
        (_page("Club", "<h1>Summer regatta</h1><p>Saturday 14 June 2031 at the river. Boats for hire on the day.</p>"), "Summer regatta"),
    ],
)  # fmt: skip
def test_an_event_that_mentions_hire_is_kept(body: str, title: str) -> None:
    assert [found for found, _, _ in _read(body)] == [title]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hall is available for hire from 1 June 2031.", True),
        ("Enquire for dates from 1 June 2031.", True),
        ("Salle à louer à partir du 1er juin 2031.", True),
        ("Wedding fair – Sunday 14 June 2031, 11am–3pm. Venue hire advice on the day.", False),  # a time
        ("Saturday 14 June 2031 – the hall, available for hire.", False),  # the line opens with its date
        ("Saturday 14 June 2031 at the river. Boats for hire on the day.", False),  # the offer's sentence is undated
        ("Festival – 14 June 2031: stalls for hire.", False),  # an event's word
    ],
)
def test_hire_offer(text: str, expected: bool) -> None:
    assert hire_offer(text) is expected


# --- 7. prose is no title: the check moved into the title test ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Host your event with us! Weddings and parties from £500. Enquire for dates.", True),
        ("Wow. Look. Fireworks", True),
        ("Mamma Mia! The Party", False),  # one sentence's end is a name's
        ("Talk by Dr. J. R. Smith and Mr. Tom Brown", False),  # abbreviations' and initials' stops
        ("Quiz night", False),
    ],
)
def test_is_prose(text: str, expected: bool) -> None:
    assert titles.is_prose(text) is expected
    assert titles.is_full_title(text) is not expected


def test_a_listed_line_with_initials_is_named_by_its_own_words() -> None:
    # Before left37 the listing's own check read "Dr. J" and "J. S" as two sentences' ends: prose, the heading kept.
    body = _page(
        "Village Hall",
        "<h1>Village Hall</h1><h2>What's on</h2><p>Talk by Dr. J. Smith – Friday 20 June 2031, 7pm, Village Hall</p>",
    )
    assert _read(body) == [("Talk by Dr. J. Smith", "2031-06-20T19:00", "Village Hall")]


def test_a_hire_offers_prose_under_events_names_nothing() -> None:
    # the listing of one refuses prose through the title test (the offer itself is no event: item 6)
    offer = "Host your event with us! Weddings, parties and conferences from £500. Enquire for dates from 1 June 2031."
    assert not titles.is_full_title(offer)
