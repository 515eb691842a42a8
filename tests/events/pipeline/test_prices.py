"""Prices from text: cost type, range and ISO 4217 currency, with the city's country as the tie-breaker."""

from __future__ import annotations

import pytest

from events.pipeline.prices import PriceInfo, currency_code, parse_price_text


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("$10–$25", None, PriceInfo("paid", 10.0, 25.0, "USD")),
        ("$10 - $25", "US", PriceInfo("paid", 10.0, 25.0, "USD")),
        ("₹499 onwards", "IN", PriceInfo("paid", 499.0, None, "INR")),
        ("Free entry", None, PriceInfo("free", 0.0, 0.0, None)),
        ("FREE", None, PriceInfo("free", 0.0, 0.0, None)),
        ("Donation / pay what you can", None, PriceInfo("donation", None, None, None)),
        ("Suggested donation $5-10", "US", PriceInfo("donation", 5.0, 10.0, "USD")),
        ("from £8", None, PriceInfo("paid", 8.0, None, "GBP")),
        ("Tickets: 15 EUR at the door", None, PriceInfo("paid", 15.0, 15.0, "EUR")),
        ("1.299,00 €", None, PriceInfo("paid", 1299.0, 1299.0, "EUR")),
        ("Rs. 500/-", "IN", PriceInfo("paid", 500.0, 500.0, "INR")),
        ("Rs 1,00,000", "IN", PriceInfo("paid", 100000.0, 100000.0, "INR")),
        ("INR 1,200", None, PriceInfo("paid", 1200.0, 1200.0, "INR")),
        ("₹ 499 - ₹ 999", "IN", PriceInfo("paid", 499.0, 999.0, "INR")),
        ("$15 adv / $20 door", "US", PriceInfo("paid", 15.0, 20.0, "USD")),
        ("Free before 10pm, $20 after", "US", PriceInfo("variable", 0.0, 20.0, "USD")),
        ("Sliding scale $5–$20", "US", PriceInfo("variable", 5.0, 20.0, "USD")),
        ("USD 20 / EUR 18", None, PriceInfo("paid", 20.0, 20.0, "USD")),  # the second is a conversion
        ("Tickets: 15", "US", PriceInfo("paid", 15.0, 15.0, "USD")),  # a bare amount in a price field
        ("$0", None, PriceInfo("free", 0.0, 0.0, None)),
    ],
)
def test_price_fields(text, country, expected):
    assert parse_price_text(text, country=country) == expected


def test_dollar_is_the_citys_dollar_or_the_us_dollar():
    assert parse_price_text("$10-25", country="CA") == PriceInfo("paid", 10.0, 25.0, "CAD")
    assert parse_price_text("$10", country="IN").currency == "USD"  # India writes ₹: "$" is the US dollar
    assert parse_price_text("C$10", country="US").currency == "CAD"
    assert currency_code("$") == "USD"
    assert currency_code("Rs", country="PK") == "PKR"
    assert currency_code("usd") == "USD"
    assert currency_code("dollars") is None
    assert currency_code("XYZ") is None  # three letters, but not ISO 4217


@pytest.mark.parametrize(
    "text",
    ["Gluten-free snacks", "Doors 7pm, 2026 edition", "EUROPE tour", "", "   "],
)
def test_texts_without_a_price_are_unknown(text):
    assert parse_price_text(text) == PriceInfo("unknown")


def test_descriptions_are_read_strictly():
    # Only amounts next to a price word, in the same sentence, count; "free parking" is not free entry.
    text = "Join us! We raised $5,000 last year. Tickets $15 at the door."
    assert parse_price_text(text, country="US", strict=True) == PriceInfo("paid", 15.0, 15.0, "USD")
    assert parse_price_text("Gluten-free snacks, free parking", strict=True) == PriceInfo("unknown")
    assert parse_price_text("The event is free to attend.", strict=True) == PriceInfo("free", 0.0, 0.0, None)
    assert parse_price_text("Donations welcome for the food bank.", strict=True) == PriceInfo("unknown")
    assert parse_price_text("Tickets: 15", country="US", strict=True) == PriceInfo("unknown")  # no currency
