"""The eighty-third held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout83.json: measured
once at f19784f7), on small documents of our own:

* An esports event's match list: day heads ("Sun, August 23, 2031") over cards, each card one link around a time
  alone and two sides, each side's score on the line after it ("<a href=/731406/…><div>9:15 AM</div><div>BBL
  Esports</div><div>0</div><div>Fire Flux Esports</div><div>2</div>…</a>"). The cards were not read (no heading),
  and each day head became an all-day row named by the page's header. Now such a card is the day's match at that
  time, "BBL Esports vs Fire Flux Esports", linked by the card (``_page_score_rows.score_row``). Not: a time over
  two names with no score lines (a concert's two acts), score lines outside the card's link, a price or a year
  where the score would be.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import _page_score_rows
from tests.sources.helpers import read_page

EASTERN = zoneinfo.ZoneInfo("America/New_York")
read = functools.partial(read_page, url="https://league.example/event/7/", zone=EASTERN, start=dt.datetime(2031, 8, 20))  # noqa: DTZ001


def _card(href: str, clock: str, first: str, first_score: str, second: str, second_score: str) -> str:
    return (
        f'<a href="{href}" class="match-item"><div class="match-item-time">{clock}</div>'
        f'<div class="team"><div class="name">{first}</div><div class="score">{first_score}</div></div>'
        f'<div class="team"><div class="name">{second}</div><div class="score">{second_score}</div></div>'
        '<div class="status">Completed</div><div class="series">Lower Round 2</div></a>'
    )


def _page(*days: tuple[str, str]) -> str:
    body = "".join(f'<div class="wf-label">{day}</div><div class="wf-card">{cards}</div>' for day, cards in days)
    return (
        "<html><head><title>League Finals: Schedule and Results</title></head><body><h1>League Finals</h1>"
        f"<h2>Part of the 2031 circuit.</h2>{body}</body></html>"
    )


def _rows(events: list[dict]) -> list[tuple[str, str, str | None]]:
    return [(event["title"], str(event["start"])[:16], event["url"]) for event in events]


def _without_rule(page: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str | None]]:
    """What the page reads as with the rule switched off: a hard negative must read the same with it on."""
    with monkeypatch.context() as patched:
        patched.setattr(_page_score_rows, "score_row", lambda lines, line, time_alone: None)
        before = _rows(read(page))
    assert _rows(read(page)) == before
    return before


def test_a_match_card_under_a_day_head_is_that_days_match() -> None:
    page = _page(
        (
            "Sun, August 23, 2031",
            _card("/731406/bbl-vs-flux", "9:15 AM", "BBL Esports", "0", "Fire Flux Esports", "2")
            + _card("/731404/enterprise-vs-liquid", "7:00 AM", "Enterprise Esports", "0", "Team Liquid", "2"),
        ),
        (
            "Sat, August 22, 2031",
            _card("/731403/vitality-vs-flux", "9:30 AM", "Team Vitality", "13", "Fire Flux", "11"),
        ),
    )
    assert _rows(read(page)) == [
        ("BBL Esports vs Fire Flux Esports", "2031-08-23T09:15", "https://league.example/731406/bbl-vs-flux"),
        ("Enterprise Esports vs Team Liquid", "2031-08-23T07:00", "https://league.example/731404/enterprise-vs-liquid"),
        ("Team Vitality vs Fire Flux", "2031-08-22T09:30", "https://league.example/731403/vitality-vs-flux"),
    ]


def test_a_time_over_two_acts_with_no_scores_is_no_match(monkeypatch: pytest.MonkeyPatch) -> None:
    card = (
        '<a href="/shows/double-bill"><div>8:00 PM</div><div>The Lumineers</div><div>Support: Gregory Alan Isakov</div>'
        "<div>Tickets on sale</div><div>Main Hall</div></a>"
    )
    rows = _without_rule(_page(("Sun, August 23, 2031", card)), monkeypatch)
    assert all(" vs " not in title for title, _, _ in rows)


def test_scores_outside_the_cards_link_are_no_match(monkeypatch: pytest.MonkeyPatch) -> None:
    card = (
        '<div class="row"><a href="/m/1"><div>9:15 AM</div></a><div>BBL Esports</div><div>0</div>'
        "<div>Fire Flux Esports</div><div>2</div></div>"
    )
    rows = _without_rule(_page(("Sun, August 23, 2031", card)), monkeypatch)
    assert all(" vs " not in title for title, _, _ in rows)


@pytest.mark.parametrize(("first_score", "second_score"), [("£12", "£15"), ("2031", "2032"), ("12:00", "14:00")])
def test_prices_years_or_clocks_where_the_scores_would_be_are_no_match(
    monkeypatch: pytest.MonkeyPatch, first_score: str, second_score: str
) -> None:
    card = _card("/shows/1", "7:00 PM", "Adults", first_score, "Children", second_score)
    rows = _without_rule(_page(("Sun, August 23, 2031", card)), monkeypatch)
    assert all(" vs " not in title for title, _, _ in rows)


def test_ordinary_day_heads_over_timed_headings_are_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(
        (
            "Sun, August 23, 2031",
            '<div class="row"><p>11:00 a.m.</p><h3><a href="/e/ghost">Ghost walk</a></h3><p>2</p></div>'
            '<div class="row"><p>7:00 p.m.</p><h3><a href="/e/choir">Choir evening</a></h3></div>',
        )
    )
    assert _without_rule(page, monkeypatch) == [
        ("Ghost walk", "2031-08-23T11:00", "https://league.example/e/ghost"),
        ("Choir evening", "2031-08-23T19:00", "https://league.example/e/choir"),
    ]
