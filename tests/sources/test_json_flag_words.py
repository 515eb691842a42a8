"""JSON flags written as words in other languages (issue #13; sources/adapters/_json_flag_words.py): "ja"/"nein",
"sí"/"no", "oui"/"non", "sim"/"não", "ja"/"nee", "tak"/"nie" for the cancelled, online and all-day flags, read as
true/false are.

Hard negatives: a column is a flag only when every value is such a word, so a description that says "no" or a
name "Ja" is text, not a flag; a word for no never says yes.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from decimal import Decimal

import pytest

from sources.adapters._json_flag_words import flag_word, true_word
from sources.adapters._json_shapes import Column, flag_column
from sources.adapters.base import AdapterError, FetchWindow, RawEvent
from tests.sources.helpers import parse_json

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2031, 2, 1, 12, 0, tzinfo=BERLIN)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))


def read(document: object) -> list[RawEvent]:
    try:
        return parse_json(document, window=WINDOW, zone=BERLIN)[1]
    except AdapterError:
        return []


@pytest.mark.parametrize(
    ("yes", "no"),
    [("ja", "nein"), ("Sí", "No"), ("si", "no"), ("oui", "non"), ("sim", "não"), ("ja", "nee"), ("tak", "nie"),
     ("JA", "NEJ"), ("kyllä", "ei"), ("true", "false")],
)  # fmt: skip
def test_yes_and_no_in_other_languages_are_flag_words(yes: str, no: str) -> None:
    assert flag_word(yes)
    assert flag_word(no)
    assert true_word(yes)
    assert not true_word(no)


@pytest.mark.parametrize("text", ["no later than 8pm", "Ja Rule", "nothing", "yes please", "non-stop", ""])
def test_other_text_is_no_flag_word(text: str) -> None:
    assert not flag_word(text)
    assert not true_word(text)


@pytest.mark.parametrize(
    ("yes", "no", "cancelled_key", "online_key"),
    [
        ("ja", "nein", "abgesagt", "online"),
        ("sí", "no", "cancelado", "online"),
        ("oui", "non", "annulé", "virtuel"),
        ("sim", "não", "cancelado", "online"),
        ("ja", "nee", "afgelast", "online"),
        ("tak", "nie", "odwolane", "online"),
    ],
)
def test_cancelled_and_online_flags_written_as_words(yes: str, no: str, cancelled_key: str, online_key: str) -> None:
    document = {"events": [
        {"title": "Orgelkonzert im Dom", "start": "2031-05-15T19:30:00", "venue": "Dom St. Marien",
         cancelled_key: no, online_key: no},
        {"title": "Lesung: Neue Gedichte", "start": "2031-05-16T20:00:00", "venue": "Stadtbibliothek",
         cancelled_key: yes, online_key: yes},
        {"title": "Kinderflohmarkt", "start": "2031-05-17T10:00:00", "venue": "Schulhof",
         cancelled_key: no, online_key: no},
    ]}  # fmt: skip
    first, second, third = read(document)
    assert (first.status, second.status, third.status) == ("scheduled", "cancelled", "scheduled")
    assert (first.online, second.online, third.online) == (False, True, False)


def test_an_all_day_flag_written_as_a_word() -> None:
    document = [
        {"titel": "Stadtfest", "start": "2031-06-02T00:00:00", "ende": "2031-06-03T00:00:00", "ganztägig": "ja"},
        {"titel": "Konzert", "start": "2031-06-05T20:30:00", "ende": "2031-06-05T23:00:00", "ganztägig": "nein"},
    ]
    first, second = read(document)
    assert first.all_day is True
    assert second.all_day is False


def test_a_column_with_other_text_is_no_flag() -> None:
    assert flag_column(Column("online", ["ja", "nein", "nee", "tak"]))
    assert not flag_column(Column("online", ["no", "Only in the hall, no stream"]))


@pytest.mark.parametrize(
    ("key", "yes", "no"),
    [("is_free", True, False), ("kostenlos", "ja", "nein"), ("gratuit", "oui", "non"), ("gratis", "sí", "no"),
     ("entrada_gratuita", "sim", "não"), ("darmowe", "tak", "nie")],
)  # fmt: skip
def test_a_free_flag_makes_the_event_free_and_its_no_leaves_the_prices_to_decide(
    key: str, yes: object, no: object
) -> None:
    document = [
        {"title": "Stadtfest", "start": "2031-06-02T14:00:00", "venue": "Marktplatz", key: yes, "price": ""},
        {"title": "Konzert", "start": "2031-06-05T20:30:00", "venue": "Stadthalle", key: no, "price": "12,50 €"},
        {"title": "Lesung", "start": "2031-06-07T19:00:00", "venue": "Bibliothek", key: no, "price": "8,- €"},
    ]
    first, second, third = read(document)
    assert first.cost_type == "free"
    assert (second.cost_type, second.price_min) == ("paid", Decimal("12.50"))  # and the decimal comma read
    assert (third.cost_type, third.price_min) == ("paid", Decimal(8))


@pytest.mark.parametrize("key", ["free_cancellation", "free_parking", "freeWifi"])
def test_a_free_service_is_no_free_event(key: str) -> None:
    document = [
        {"title": "Stadtfest", "start": "2031-06-02T14:00:00", "venue": "Marktplatz", key: True},
        {"title": "Konzert", "start": "2031-06-05T20:30:00", "venue": "Stadthalle", key: True, "price": 12},
    ]
    first, second = read(document)
    assert first.cost_type != "free"
    assert second.cost_type == "paid"
