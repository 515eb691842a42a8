"""Read-through 58 (helper mend58a): the page readers' findings of a read-only review of the day's merge
(/work/wt/readthrough58.md), each mended with the smallest general change; each test is the reviewer's probe, beside
the rule's own positive case and hard negatives.

1. A count after a pair of days ("December 26 and 27, 2000 runners expected") was read as the pair's year, and that
   year became the whole page's (``_page_pair_hits.YEAR_AFTER``): a year is followed by no noun (F3).
2. A pair of days after the month with a dash and a title after it ("December 12 and 13 - Open Weekend") is one event
   over both days, as the module's docstring says (``_page_day_pairs.PAIR_TAIL``; F4).
3. Under plain <h3> date headings and <p> lines, a price or a deadline line and the street after it became the venue
   ("Eintritt 5 Euro, Kirchplatz 3"): the street's place lines are read only under a heading broken by <br>
   (``_page_broken_headings``), and a price or a deadline is never a place line (F15).
4. "19:30 Quiz Night at The Crown, 12 teams compete for first place" took the count for the venue's street, and a
   remark after a street ended in the title ("Quiz Night , Free Entry"): a street's name is capitalised, "Dr." before
   a name is a doctor, and a remark after the street is neither place nor name (``_page_place_streets``; F2).
5. A lone table cell "Men at Arms" was read as "Men" at "Arms": a building's word alone is a title's word, the place
   needs a capitalised name word before it (``_page_lone_cell_places``; F10).
6. A BEM class token of a long run of underscores took quadratic time (``_page_bem_cards.BEM_ELEMENT``; F11): the
   block now ends at the first "__" in one pass (its timing also in test_adapters_hostile_text.py).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._page_bem_cards import BEM_ELEMENT
from sources.adapters._page_broken_headings import street_place
from sources.adapters._page_clock_sentences import opening_clock
from sources.adapters._page_schedule import Entry
from tests.hostile import superlinear
from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2031, 1, 2, 9)  # noqa: DTZ001 (read_page sets the zone)
MARCH = dt.datetime(2031, 3, 1, 9)  # noqa: DTZ001
read = functools.partial(read_page, url="https://site.example/events/", zone=LONDON, start=START)
read_de = functools.partial(read_page, url="https://verein.example/termine", zone=BERLIN, start=MARCH)


def page(body: str, heading: str = "What's On", lang: str = "en") -> str:
    return f"<html lang='{lang}'><head><title>{heading}</title></head><body><h1>{heading}</h1>{body}</body></html>"


def spans(events: list[dict]) -> list[tuple[str, str | None, str | None]]:
    return [
        (str(event["start"])[:10], str(event["end"])[:10] if event.get("end") else None, event["title"])
        for event in events
    ]


def listing(*texts: str) -> list[dict]:
    return read(page("<ul>" + "".join(f"<li>{text}</li>" for text in texts) + "</ul>"))


# 1, 2. A pair of days after the month (_page_pair_hits, _page_day_pairs) -------------------------------------------

NO_YEAR = ("December 12 and 13 - Open Weekend at the Old Mill", "December 19 - Carol Concert", "December 24 - Nativity")


@pytest.mark.parametrize("count", ["2000 runners expected", "1999 prices", "2030 seats, book early"])
def test_a_count_after_a_pair_of_days_is_no_year(count):
    events = listing(*NO_YEAR, f"Marathon December 26 and 27, {count}")
    assert [start[:4] for start, _, _ in spans(events)] == ["2031"] * 4
    assert spans(events)[3][:2] == ("2031-12-26", "2031-12-27")


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("December 26 and 27, 2032 - Winter Fair", "2032"),
        ("December 26 and 27, 2032", "2032"),
        ("December 26 and 27, 2032 at the Old Mill", "2032"),
        ("December 26 and 27, 2032: Winter Fair", "2032"),
    ],
)
def test_a_year_after_a_pair_of_days_is_still_its_year(line, year):
    events = listing("December 19, 2032 - Carol Concert", line)
    assert spans(events)[1][:2] == (f"{year}-12-26", f"{year}-12-27")


def test_a_pair_of_days_then_a_dash_and_a_title_is_one_event_over_both():
    events = listing(*NO_YEAR)
    assert spans(events)[0] == ("2031-12-12", "2031-12-13", "Open Weekend at the Old Mill")


@pytest.mark.parametrize("line", ["December 12 and 13 - 20 - Open Days", "December 12 and 13 – January 3 - Open Days"])
def test_a_dash_then_a_day_or_a_month_makes_no_pair(line):
    assert spans(listing(line, *NO_YEAR[1:]))[0][1] != "2031-12-13"


# 3. A street's place lines only under a heading broken by <br> (_page_broken_headings) -----------------------------


def plain(*events: tuple[str, list[str]]) -> str:
    body = "".join(f"<h3>Samstag, {day}</h3>" + "".join(f"<p>{line}</p>" for line in lines) for day, lines in events)
    return page("<main>" + body + "</main>", "Termine", "de")


def test_plain_headings_and_paragraphs_give_no_price_or_deadline_as_the_venue():
    events = read_de(
        plain(
            ("14.03.2031", ["Adventskonzert", "Eintritt 5 Euro,", "Kirchplatz 3", "Mit dem Kirchenchor."]),
            ("21.03.2031", ["Weihnachtsmarkt", "Anmeldung bis Freitag,", "Marktplatz 1"]),
            ("28.03.2031", ["Krippenspiel", "Kinder 3 Euro", "Im Gemeindehaus,", "Lindenstraße 12"]),
        )
    )
    assert [(event["title"], event["venue_name"]) for event in events] == [
        ("Adventskonzert", None),
        ("Weihnachtsmarkt", None),
        ("Krippenspiel", None),
    ]


def test_a_heading_broken_by_br_still_gives_its_place_past_a_price_line():
    html = page(
        "<h3>Samstag, 19:30 Uhr<br><b>21.03.31<br>Krippenspiel</b><br>Kinder 3 Euro<br>im Gemeindehaus,<br>"
        "Lindenstraße 12, Schongau<br><br>Ein Spiel für die ganze Familie.</h3><hr>"
        "<h3>Samstag, 9:30 Uhr<br><b>28.03.31<br>Faires Frühstück</b><br>im Weltladen,<br>Lechtorstr. 11, Schongau"
        "<br><br>Wir laden Sie herzlich ein.</h3>",
        "Termine",
        "de",
    )
    assert [(event["title"], event["venue_name"]) for event in read_de(html)] == [
        ("Krippenspiel", "Gemeindehaus, Lindenstraße 12, Schongau"),
        ("Faires Frühstück", "Weltladen, Lechtorstr. 11, Schongau"),
    ]


@pytest.mark.parametrize(
    ("places", "expected"),
    [
        (["Eintritt 5 Euro,", "Kirchplatz 3"], "Kirchplatz 3"),
        (["Anmeldung bis Freitag,", "Marktplatz 1"], "Marktplatz 1"),
        (["Kinder 3 Euro", "Im Gemeindehaus,", "Lindenstraße 12"], "Gemeindehaus, Lindenstraße 12"),
        (["im Weltladen,", "Lechtorstr. 11, Schongau"], "Weltladen, Lechtorstr. 11, Schongau"),  # the rule's own
        (["Im Kinderhaus,", "Lindenstraße 12"], "Kinderhaus, Lindenstraße 12"),  # "kinder" inside a word: a place
    ],
)
def test_a_price_or_a_deadline_is_no_place_line(places, expected):
    entry = Entry(day=dt.date(2031, 3, 21), title="Krippenspiel")
    street_place(entry, places)
    assert entry.location == expected


# 4. A venue's street after its name (_page_place_streets) ------------------------------------------------------------


def opened(text: str) -> tuple[str | None, str | None]:
    found = Entry(day=dt.date(2031, 6, 5), text="June 5, 2031")
    assert opening_clock(found, text) is not None
    return found.title, found.location


@pytest.mark.parametrize(
    "remark",
    [
        "2 talks by Dr. Jones",
        "12 teams compete for first place",
        "3 rounds all the way",
        "2 speakers from Westminster Court",
    ],
)
def test_a_count_after_the_venue_is_no_street(remark):
    assert opened(f"19:30 Quiz Night at The Crown, {remark}")[1] == "The Crown"


@pytest.mark.parametrize("remark", ["Free Entry", "Tickets Available", "All Welcome", "Tickets £5"])
def test_a_remark_after_the_street_is_neither_place_nor_name(remark):
    assert opened(f"19:30 Quiz Night at The Crown, 12 High Street, {remark}") == (
        "Quiz Night",
        "The Crown, 12 High Street",
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("19:30 Quiz Night at The Crown, 12 High Street", "The Crown, 12 High Street"),
        ("19:30 Quiz Night at The Crown, 12 High Street, Bristol", "The Crown, 12 High Street, Bristol"),
        ("19:30 Quiz Night at The Crown, 59 East 4th Street, Long Eaton", "The Crown, 59 East 4th Street, Long Eaton"),
        ("19:30 Quiz Night at The Crown, 12 Harley Dr., Leeds", "The Crown, 12 Harley Dr., Leeds"),
        ("19:30 Konzert im Gasthaus Krone, Kirchplatz 3", "Gasthaus Krone, Kirchplatz 3"),
    ],
)
def test_a_capitalised_street_after_the_venue_is_still_its_place(text, place):
    assert opened(text) == (text.split(" at " if " at " in text else " im ")[0][6:], place)


# 5. A lone "Name at Venue" cell (_page_lone_cell_places) ------------------------------------------------------------


def dates_table(*names: str) -> list[dict]:
    days = ["Saturday 14 June 2031", "Saturday 12 July 2031", "Saturday 9 August 2031"]
    body = "".join(f"<tr><td>{day}</td><td>{name}</td></tr>" for day, name in zip(days, names, strict=True))
    return read(page(f"<table>{body}</table>", "Important Dates"))


def rows(events: list[dict]) -> list[tuple[str | None, str | None]]:
    return [(event["title"], event["venue_name"]) for event in events]


def test_a_buildings_word_alone_is_a_titles_word():
    events = dates_table("Men at Arms", "Brothers at Arms", "Murder at the Mill")
    assert rows(events) == [("Men at Arms", None), ("Brothers at Arms", None), ("Murder at the Mill", None)]


def test_a_named_building_is_still_read_apart():
    events = dates_table("Quiz at Kings Arms", "Grand Reunion at Eliot House", "Harvest Supper at Cley Mill")
    assert rows(events) == [("Quiz", "Kings Arms"), ("Grand Reunion", "Eliot House"), ("Harvest Supper", "Cley Mill")]


# 6. A BEM class token (_page_bem_cards) -------------------------------------------------------------------------------


def test_a_long_class_token_of_underscores_is_read_in_one_pass():
    assert superlinear(BEM_ELEMENT.match, lambda size: "a" + "_" * size + "!") is None


@pytest.mark.parametrize(
    ("token", "parts"),
    [
        ("eds-event-card-content__primary-content", ("eds-event-card-content", "primary-content")),
        ("x-card__primary", ("x-card", "primary")),
        ("snake_case__part", ("snake_case", "part")),
        ("a___b", ("a", "_b")),
        ("a__b__c", ("a", "b__c")),
        ("a__", None),
        ("a__b!", None),
        ("9card__part", None),
    ],
)
def test_a_bem_token_splits_at_its_first_double_underscore(token, parts):
    match = BEM_ELEMENT.match(token)
    assert (match.group("block", "element") if match else None) == parts
