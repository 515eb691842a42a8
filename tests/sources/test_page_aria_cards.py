"""A time an event card gives only in its title link's aria-label (issue #13): the card's badge shows the day, the
link's accessible name the day and the time; the time is read with that day, never with another."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters.base import RawEvent
from tests.sources.helpers import parse_page

OSLO = zoneinfo.ZoneInfo("Europe/Oslo")
START = dt.datetime(2027, 1, 1, tzinfo=OSLO)


def events(body: str) -> list[RawEvent]:
    html = f"<html><head><title>Hva skjer</title></head><body><div class='events'>{body}</div></body></html>"
    records = parse_page(html, zone=OSLO, base="https://kulturhus.example/program", start=START)
    return [record for record in records if isinstance(record, RawEvent)]


def card(title: str, badge: str, label: str | None, path: str) -> str:
    spoken = f" aria-label='{label}'" if label is not None else ""
    return (
        f"<article class='event'><div class='badge'>{badge}</div>"
        f"<h3><a href='/{path}'{spoken}>{title}</a></h3><p>Storsalen</p></article>"
    )


def test_a_card_whose_title_link_label_names_its_day_and_a_time_starts_at_that_time() -> None:
    found = events(
        card("Jazzkveld", "14.03.2027", "Jazzkveld, 14.03.2027, kl. 20:00", "jazz")
        + card("Folkemusikk", "21.03.2027", "Folkemusikk, søndag 21. mars 2027 kl. 19.30", "folk")
    )
    assert [event.start for event in found] == [
        dt.datetime(2027, 3, 14, 20, 0, tzinfo=OSLO),
        dt.datetime(2027, 3, 21, 19, 30, tzinfo=OSLO),
    ]
    assert any("label of the card's title link" in line for line in found[0].evidence)


def test_a_label_time_range_gives_the_end_and_a_date_only_time_element_takes_the_label_time() -> None:
    found = events(
        card("Quiz", "<time datetime='2027-04-02'>2 Apr</time>", "Quiz, 2 April 2027, 18:00-20:00", "quiz")
        + card("Open mic", "<time datetime='2027-04-09'>9 Apr</time>", "Open mic, 9 April 2027, 19:00", "mic")
    )
    assert [(event.start, event.end) for event in found] == [
        (dt.datetime(2027, 4, 2, 18, 0, tzinfo=OSLO), dt.datetime(2027, 4, 2, 20, 0, tzinfo=OSLO)),
        (dt.datetime(2027, 4, 9, 19, 0, tzinfo=OSLO), None),
    ]


def test_a_label_naming_another_day_or_no_day_gives_no_time() -> None:
    found = events(
        card("Jazzkveld", "14.03.2027", "Jazzkveld, 15.03.2027, kl. 20:00", "jazz")
        + card("Folkemusikk", "21.03.2027", "Folkemusikk, 21.03.2027 og 28.03.2027 kl. 19:30", "folk")
        + card("Quiz", "28.03.2027", "Les mer om Quiz", "quiz")
    )
    assert [event.start for event in found] == [dt.date(2027, 3, 14), dt.date(2027, 3, 21), dt.date(2027, 3, 28)]


def test_a_label_on_a_link_that_is_not_the_title_gives_no_time() -> None:
    body = (
        "<article class='event'><div class='badge'>14.03.2027</div><h3>Jazzkveld</h3>"
        "<a href='/billett' aria-label='Billetter til Jazzkveld 14.03.2027 kl. 20:00'>Billetter</a></article>"
    )
    assert [event.start for event in events(body)] == [dt.date(2027, 3, 14)]


def test_a_time_the_card_shows_wins_over_its_label() -> None:
    found = events(card("Jazzkveld", "14.03.2027 kl. 21:00", "Jazzkveld, 14.03.2027, kl. 20:00", "jazz"))
    assert [event.start for event in found] == [dt.datetime(2027, 3, 14, 21, 0, tzinfo=OSLO)]
