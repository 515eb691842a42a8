"""A price's decimal mark read from the text's own shape (issue #13; events/pipeline/decimal_marks.py), by the one
function pages, feeds and JSON share (``common.money``), by the card prices of pages and by the price texts of the
pipeline (``prices.parse_price_text``): "12,00 €", "Eintritt: 12,50 EUR", "€ 8,-", "1.200,50 kr", "1 200,50 NOK",
"CHF 12.–", "CHF 1'200.50", "12€50" read the European or Swiss way, "$1,200" and "1,200.50" the English way.

Hard negatives: a decimal comma that no currency, price word or label makes a price ("1,5 km", "Ages 6,7",
"Rooms 1,2", "Sat 12,13 Dec", "v1,2") is no price; "12,000 attendees" and "2,026" keep their thousands comma; a
phone number is read as before (its first group), not as one glued number.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from decimal import Decimal

import pytest

from events.pipeline.decimal_marks import AMBIGUOUS, decimal_comma_price
from events.pipeline.prices import parse_price_text, written_currency
from sources.adapters._page_card_prices import prices_of
from sources.adapters.base import FetchWindow
from sources.adapters.common import money
from tests.sources.helpers import parse_json

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2031, 2, 1, 12, 0, tzinfo=BERLIN)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12,00 €", "12.00"),
        ("Eintritt: 12,50 EUR", "12.50"),
        ("€ 8,-", "8"),
        ("€ 8,–", "8"),
        ("8,- €", "8"),
        ("1.200,50 kr", "1200.50"),
        ("1 200,50 kr", "1200.50"),
        ("NOK 1\u00a0200,50", "1200.50"),
        ("SEK 150,00", "150.00"),
        ("DKK 95,-", "95"),
        ("CHF 12.–", "12"),
        ("CHF 1'200.50", "1200.50"),
        ("12€50", "12.50"),
        ("zł 20,50", "20.50"),
        ("20,50 zł", "20.50"),
        ("PLN 35,5", "35.5"),
        ("250,00 Kč", "250.00"),
        ("£12.50", "12.50"),
        ("1.200 kr", "1200"),
        ("12,50", "12.50"),  # alone in a price field
        ("Preis: 12,50", "12.50"),
        ("Tickets 12,50", "12.50"),
        ("19.30 Uhr, Eintritt 12,50 €", "12.50"),  # the clock is no price: the amount beside its currency is
        ("€10,50–15,00", "10.50"),
    ],
)
def test_a_price_written_the_european_way_is_read_with_its_decimal_comma(text: str, expected: str) -> None:
    assert money(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$1,200", "1200"),
        ("1,200.50", "1200.50"),
        ("₹ 1,00,000", "100000"),
        ("$25.00", "25.00"),
        ("12,000 attendees", "12000"),  # three digits after the comma: thousands, as before
        ("2,026", "2026"),
        ("call 555-0100", "555"),  # a phone number: its first group, as before (never 5550100)
        ("Tel. 030 123 45 67", "30"),
    ],
)
def test_a_price_written_the_english_way_reads_as_before(text: str, expected: str) -> None:
    assert money(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["1,5 km", "Ages 6,7", "Rooms 1,2", "Sat 12,13 Dec", "v1,2", "(6,7)"])
def test_a_decimal_comma_nothing_makes_a_price_is_no_price(text: str) -> None:
    assert decimal_comma_price(text) is AMBIGUOUS
    assert money(text) is None
    assert parse_price_text(text).cost_type == "unknown"  # in a price field too: a list or a distance


def test_numbers_and_their_notations_read_as_before() -> None:
    assert money(12.5) == Decimal("12.5")
    assert money("1.2.3") == Decimal("2.3")
    assert money("1e400") is None
    assert decimal_comma_price("12.50") is None  # no mark to decide: read the English way
    assert decimal_comma_price("$1,200") is None


@pytest.mark.parametrize(
    ("text", "low", "high", "currency", "written"),
    [
        ("Eintritt: 12,50 EUR", 12.5, 12.5, "EUR", "EUR"),
        ("€ 8,-", 8.0, 8.0, "EUR", "€"),
        ("12€50", 12.5, 12.5, "EUR", "€"),
        ("1 200,50 kr", 1200.5, 1200.5, None, "kr"),  # "kr" is the city's country's krona
        ("NOK 1 200,50", 1200.5, 1200.5, "NOK", "NOK"),
        ("CHF 12.–", 12.0, 12.0, "CHF", "CHF"),
        ("250 Kč", 250.0, 250.0, "CZK", "Kč"),
        ("$1,200", 1200.0, 1200.0, "USD", "$"),
    ],
)
def test_price_texts_keep_their_currency_as_written(
    text: str, low: float, high: float, currency: str | None, written: str
) -> None:
    info = parse_price_text(text)
    assert (info.cost_type, info.price_min, info.price_max, info.currency) == ("paid", low, high, currency)
    assert written_currency(text) == written


def test_a_krona_is_the_city_countrys() -> None:
    assert parse_price_text("1 200,50 kr", country="SE").currency == "SEK"
    assert parse_price_text("Tickets 2 200 kr").price_min == 200.0  # spaces group thousands only before a comma


@pytest.mark.parametrize(
    ("text", "low", "high", "currency"),
    [
        ("€12,50", "12.50", "12.50", "EUR"),
        ("12,50 €", "12.50", "12.50", "EUR"),
        ("1.200,50 €", "1200.50", "1200.50", "EUR"),
        ("€1,200", "1200", "1200", "EUR"),
        ("€ 8,-", "8", "8", "EUR"),
        ("€10 - 15 €", "10", "15", "EUR"),
        ("£12.50", "12.50", "12.50", "GBP"),
    ],
)
def test_card_prices_read_either_decimal_mark_and_the_euro_sign_after(
    text: str, low: str, high: str, currency: str
) -> None:
    assert prices_of(text) == ("paid", Decimal(low), Decimal(high), currency)


@pytest.mark.parametrize("text", ["Dec 12 €15", "19:30 € 15"])
def test_a_number_before_the_next_amounts_sign_is_not_a_card_price(text: str) -> None:
    assert prices_of(text) == ("paid", Decimal(15), Decimal(15), "EUR")


def test_a_card_with_no_currency_has_no_price() -> None:
    assert prices_of("Ages 6,7 · 1,5 km · Sat 12,13 Dec") == ("unknown", None, None, None)


def test_a_json_price_column_written_the_european_way() -> None:
    document = [
        {"title": "Orgelkonzert", "start": "2031-05-15T19:30:00", "venue": "Dom", "price": "1.200,50 kr"},
        {"title": "Lesung", "start": "2031-05-16T20:00:00", "venue": "Bibliothek", "price": "CHF 12.–"},
        {"title": "Jazzabend", "start": "2031-05-17T20:00:00", "venue": "Keller", "price": "12,50 €"},
        {"title": "Gala", "start": "2031-05-18T20:00:00", "venue": "Oper", "price": "$1,200"},
    ]
    events = parse_json(document, window=WINDOW, zone=BERLIN)[1]
    assert [event.price_min for event in events] == [Decimal("1200.50"), Decimal(12), Decimal("12.50"), Decimal(1200)]


# review15: a range of amounts with one currency after them, and a labelled list of amounts.
@pytest.mark.parametrize(("text", "expected"), [("10,00 - 15,00 €", "10.00"), ("10 – 15,50 EUR", "10")])
def test_a_range_before_its_currency_is_read_from_its_low_end(text: str, expected: str) -> None:
    assert money(text) == Decimal(expected)  # not the high end the currency stands beside


@pytest.mark.parametrize(
    ("text", "low", "high", "first"),
    [("Tickets 12,50 / 15,00", 12.5, 15.0, "12.50"), ("Eintritt: 8,50 / erm. 6,50", 6.5, 8.5, "8.50")],
)
def test_a_labelled_list_of_decimal_comma_prices_is_read(text: str, low: float, high: float, first: str) -> None:
    info = parse_price_text(text)  # a price field's text: all its amounts, as before the decimal marks were read
    assert (info.cost_type, info.price_min, info.price_max) == ("paid", low, high)
    assert money(text) == Decimal(first)


@pytest.mark.parametrize("text", ["Tickets 12,50, Saal 3", "Tickets 12,50 / Reihe 4"])
def test_a_labelled_price_followed_by_other_numbers_stays_ambiguous(text: str) -> None:
    assert decimal_comma_price(text) is AMBIGUOUS


def test_a_currencys_amount_after_a_list_with_a_comma_is_the_price() -> None:
    assert money("Sat 12,13 Dec €15") == Decimal("15")  # not the days glued into 1213, nor no price at all
    assert money("Ages 6,7 · 8 €") == Decimal("8")


@pytest.mark.parametrize(("text", "low", "high"), [("10,00 - 15,00 €", 10.0, 15.0), ("10 bis 15 EUR", 10.0, 15.0)])
def test_a_price_texts_range_before_its_currency_keeps_its_low_end(text: str, low: float, high: float) -> None:
    info = parse_price_text(text)
    assert (info.price_min, info.price_max, info.currency) == (low, high, "EUR")  # not 15 to 15
    assert parse_price_text("Saison 2026 - 15 €").price_min == 15.0  # a year before is no low end
