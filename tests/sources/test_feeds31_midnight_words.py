"""The midnight words of a feed item in French, Spanish, Italian, Dutch and Portuguese too (helper feeds31).

The rules that tell an all-day item written at midnight from a real midnight event (``_feed_stated_clock``) read
the words around the word for midnight: a preposition before it that makes it a start ("à minuit", "a medianoche",
"alla mezzanotte", "om middernacht", "à meia-noite"), one that makes it an end ("jusqu'à minuit", "hasta la
medianoche", "fino alla mezzanotte", "tot middernacht", "até à meia-noite"), and the day a midnight is tied to (a
weekday, a date, "tonight", the year's turn). They read English and German and only part of the other languages.
And an item whose lone start is its day's midnight while its words say it lasts all day ("All day", "ganztägig",
"toute la journée", "todo el día", "tutto il giorno", "de hele dag", "o dia todo") is that day, not an event at
00:00 (``_midnight_words.says_all_day``, ``_feed_stated_clock.all_day_midnight``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from sources.adapters import _midnight_words, _page_placeholders
from sources.adapters._feed_stated_clock import midnight_tie, says_midnight_start
from sources.adapters._midnight_words import WEEKDAY_BEFORE, says_all_day
from sources.adapters._page_placeholders import midnight_placeholders
from sources.adapters._page_time_lines import time_alone
from sources.adapters.base import RawEvent
from tests.hostile import module_patterns, superlinear_shape
from tests.sources.test_left_data2 import day_item, feed, item, local, parse

SATURDAY = dt.date(2031, 6, 14)


def read(*items: str) -> list[tuple[str, object, bool]]:
    return [(record.title, local(record), record.all_day) for record in parse(feed(*items))]


# --- a midnight the words say an item starts at ---------------------------------------------------------------


STARTS = [
    "Proyección a medianoche",
    "Proyección a la medianoche en la sala 2",
    "Sesión golfa desde la medianoche",
    "Proiezione a mezzanotte",
    "Si balla dalla mezzanotte",
    "Séance à partir de minuit",
    "Sessão a partir da meia-noite",
]


@pytest.mark.parametrize("words", STARTS)
def test_a_midnight_start_in_other_languages_is_the_items_start(words: str) -> None:
    assert read(day_item("Cine", "2031-06-14", words)) == [
        ("Cine", dt.datetime(2031, 6, 14, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))), False)
    ]


ENDS = [
    "Abierto hasta la medianoche",
    "Aperto fino alla mezzanotte",
    "Aberto até à meia-noite",
    "Aberto até meia-noite",
    "Ouvert jusqu'à minuit",
    "Open tot middernacht",
    "De 22h à minuit",
    "Dalle 22 a mezzanotte",
    "Join us for a midnight screening",  # English "a" is no preposition
    "Misa de medianoche",  # a name
]


@pytest.mark.parametrize("words", ENDS)
def test_a_midnight_that_ends_the_hours_or_names_a_thing_keeps_the_day(words: str) -> None:
    assert read(day_item("Cine", "2031-06-14", words)) == [("Cine", SATURDAY, True)]
    assert not says_midnight_start([words])


# --- the day a midnight is tied to --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "vendredi soir à minuit",
        "el viernes a medianoche",
        "venerdì a mezzanotte",
        "vrijdagavond om middernacht",
        "vrijdag om middernacht",
        "sexta-feira à meia-noite",
        "na sexta à meia-noite",
    ],
)
def test_a_weekday_before_the_midnight_ties_it_to_that_day(words: str) -> None:
    assert midnight_tie([words], SATURDAY) == dt.date(2031, 6, 13)


@pytest.mark.parametrize(
    "words",
    [
        "31 décembre à minuit",
        "le 31 décembre, à minuit",
        "31 de diciembre a medianoche",
        "31 dicembre a mezzanotte",
        "31 december om middernacht",
        "31 de dezembro à meia-noite",
        "31. Dezember um Mitternacht",
    ],
)
def test_a_date_before_the_midnight_ties_it_to_that_day(words: str) -> None:
    assert midnight_tie([words], dt.date(2032, 1, 1)) == dt.date(2031, 12, 31)


@pytest.mark.parametrize(
    "words", ["esta noite à meia-noite", "stasera a mezzanotte", "vanavond om middernacht", "cette nuit à minuit"]
)
def test_tonight_before_the_midnight_ties_it_to_the_items_day(words: str) -> None:
    assert midnight_tie([words], SATURDAY) == SATURDAY


def test_the_years_turn_in_other_languages_ends_the_31st() -> None:
    new_years_eve = dt.date(2031, 12, 31)
    for words in ("Fiesta de fin de año", "Festa di San Silvestro", "Festa da virada do ano", "Jaarwisseling"):
        assert midnight_tie([words], new_years_eve) == new_years_eve, words
    assert midnight_tie(["Festa di San Silvestro"], dt.date(2031, 6, 14)) is None  # only on its days


def test_a_weekday_midnight_on_the_next_days_item_is_its_start_and_on_its_own_day_keeps_the_day() -> None:
    friday = day_item("Soirée", "2031-06-13", "Vendredi soir à minuit, on danse.")
    saturday = day_item("Sesión", "2031-06-14", "El viernes a medianoche empieza la sesión.")
    assert read(friday, saturday) == [
        ("Soirée", dt.date(2031, 6, 13), True),
        ("Sesión", dt.datetime(2031, 6, 14, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))), False),
    ]


def test_no_weekday_word_is_read_inside_another_word() -> None:
    """Hard negative: "Domingos" ends no weekday before the midnight, nor does "salunes"."""
    assert WEEKDAY_BEFORE.search("Los domingosx ") is None
    assert midnight_tie(["Sala lunes2 a medianoche"], SATURDAY) is None


# --- a lone midnight start the words say lasts all day ------------------------------------------------------------


ALL_DAY = ["All day", "All-day market", "Ganztägig", "den ganzen Tag", "Toute la journée", "Todo el día"]
ALL_DAY += ["Tutto il giorno", "Tutta la giornata", "De hele dag", "Hele dag open", "O dia todo", "Dia inteiro"]
ALL_DAY += ["Todo o dia"]


@pytest.mark.parametrize("words", ALL_DAY)
def test_a_lone_midnight_start_that_the_words_say_lasts_all_day_is_the_day(words: str) -> None:
    assert read(item("Markt", "2031-06-14T00:00:00+02:00", None, words)) == [("Markt", SATURDAY, True)]
    assert says_all_day([words])


@pytest.mark.parametrize(
    "words",
    [
        "",  # no words: nothing says what the midnight is
        "Le marché ouvre à minuit et dure toute la nuit",  # a midnight start stated
        "Todo el día, con apertura a las 00:00",  # the clock written: the midnight is meant
        "Halle ganztägig geschlossen, Party ab Mitternacht",  # a stated midnight start wins
        "Mall day sale",  # no phrase: a word that ends in "all"
        "Dias inteiros de música",  # no phrase: "dias inteiros" is no "dia inteiro"
    ],
)
def test_a_lone_midnight_start_without_an_all_day_phrase_keeps_its_time(words: str) -> None:
    moment = dt.datetime(2031, 6, 14, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert read(item("Markt", "2031-06-14T00:00:00+02:00", None, words)) == [("Markt", moment, False)]


def test_an_all_day_phrase_under_another_start_changes_nothing() -> None:
    """Hard negative: a 10:00 start with "toute la journée" keeps its hour; only a midnight is a day's stand-in."""
    moment = dt.datetime(2031, 6, 14, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert read(item("Markt", "2031-06-14T10:00:00+02:00", None, "Toute la journée")) == [("Markt", moment, False)]


PATTERNS = module_patterns(_midnight_words) | module_patterns(_page_placeholders, "page.")


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_the_midnight_word_patterns_grow_linearly_on_long_text(name: str) -> None:
    assert superlinear_shape(PATTERNS[name]) is None


# --- a page whose every event is at 12:00 am: the page's words in the other languages -----------------------------


def page_events() -> list[RawEvent]:
    moment = dt.datetime(2031, 6, 14, 0, 0, tzinfo=dt.UTC)
    return [
        RawEvent(source="html", external_id=str(day), title=f"Night {day}", start=moment + dt.timedelta(days=day))
        for day in range(3)
    ]


@pytest.mark.parametrize(
    "text",
    ["Les DJ sets commencent à minuit", "Sesiones a medianoche", "Proiezioni a mezzanotte", "Om middernacht open"],
)
def test_a_page_that_speaks_of_its_midnights_keeps_them(text: str) -> None:
    kept = midnight_placeholders(page_events(), lambda: text)
    assert [event.start for event in kept if isinstance(event, RawEvent)] == [e.start for e in page_events()]


@pytest.mark.parametrize(
    "text",
    ["Bibliothèque ouverte jusqu'à minuit", "Abierto hasta la medianoche", "Aperto fino alla mezzanotte", "Geen tekst"],
)
def test_a_page_whose_midnight_only_ends_its_hours_has_its_events_on_their_days(text: str) -> None:
    kept = midnight_placeholders(page_events(), lambda: text)
    assert [(event.start, event.all_day) for event in kept if isinstance(event, RawEvent)] == [
        (dt.date(2031, 6, 14 + day), True) for day in range(3)
    ]


# --- a line that only says "all day" is a listing's time cell ------------------------------------------------------


@pytest.mark.parametrize("line", ["All Day", "all-day", "Ganztägig", "Toute la journée", "Todo el día", "Hele dag"])
def test_an_all_day_line_in_any_language_is_a_time_line(line: str) -> None:
    assert time_alone(line)


@pytest.mark.parametrize("line", ["Toute la journée de jeux", "All day long we dance", "Hele dagen", "Dia"])
def test_a_line_that_says_more_than_all_day_is_no_time_line(line: str) -> None:
    assert not time_alone(line)
