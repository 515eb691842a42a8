"""The ninth held-out batch's misses (issue #13, bench/corpus/*/manifest-heldout9.json: measured once at 493d703,
four of its ten files committed), each rule on a small document of our own: a monthly programme whose heading
names the month in a word and whose day headings name only the day and its weekday ("Репертуар на май" over
"1 чт").
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._page_dates import month_heading
from tests.sources.helpers import parse_body

MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")
WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")


def day_block(day: str, clock: str, name: str, stage: str) -> str:
    return (
        f"<div class='show'><h2>{day}</h2><p class='time'>{clock}</p><div class='name'><a href='/plays/{len(name)}'>"
        f"{name}</a></div><p class='stage'>{stage}</p></div>"
    )


# --- 1. a programme's month named in a word by its heading; its days by number and weekday -----------------------
def test_a_month_headings_days_are_read_in_that_month() -> None:
    body = (
        "<h1>Афиша на июнь</h1>"
        + day_block("4 чт", "19:00Премьера", "Чайка", "Основная сцена")
        + day_block("6 сб", "12:00", "Снежная королева", "Малая сцена")
        + day_block("6 сб", "19:30", "Ревизор", "Основная сцена")
    )
    events = parse_body(
        body, title="Театр на набережной", zone=MOSCOW, base="https://teatr.example.ru/afisha/",
        start=dt.datetime(2026, 5, 20, tzinfo=MOSCOW),
    )  # fmt: skip
    assert [(event.title, event.start) for event in events] == [
        ("Чайка", dt.datetime(2026, 6, 4, 19, 0, tzinfo=MOSCOW)),
        ("Снежная королева", dt.datetime(2026, 6, 6, 12, 0, tzinfo=MOSCOW)),
        ("Ревизор", dt.datetime(2026, 6, 6, 19, 30, tzinfo=MOSCOW)),
    ]


def test_a_heading_ending_with_a_month_names_it_in_any_language_read() -> None:
    today = dt.date(2026, 5, 20)
    assert month_heading("Афиша на июнь", today) == (2026, 6)
    assert month_heading("Repertuar: lipiec 2027", today) == (2027, 7)  # a year written is kept
    assert month_heading("Spielplan Januar", today) == (2027, 1)  # a month long past is next year's
    assert month_heading("Events in April", today) == (2026, 4)  # last month: still this year's programme
    assert month_heading("Join the March", today) is None  # an English word, with words before and no year
    assert month_heading("Our plans for the coming autumn and the May", today) is None  # too many words
    assert month_heading("Афиша на июнь") is None  # without a today, only "January 2024" as before
    assert month_heading("februari", today) is None  # a month alone heads dates that name their own month
    assert month_heading("Juni 2026", today) == (2026, 6)
