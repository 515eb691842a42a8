"""Mend helper 60b (issue #13): read-through 60's findings on the JSON and feed rules (#1, #2, #3, #5, #10), each on
the reviewer's own probe inputs (/work/wt/readthrough60/f, p1–p6):

- #1 a display column that writes a start and an end ("Sun Oct 26 2031 at 07:00 pm - 10:00 pm") no longer kills the
  whole read (strptime's ``re.error`` on a format that repeats a directive): it reads as a dated range
  (``_json_display_moments``);
- #2 a key naming the state and when it was written ("status_updated": the final whistle) gives no start; "status"
  and "gameStatus" still do (``_json_state_instants``);
- #3 an item's own day restated is read only in an event feed under a midnight stamp, and not after a publication's
  or a deadline's words ("Publicado em …", "Inscrições até …": ``_feed_restated.stamp_day_when``);
- #5 a town named as a kind is ("READING", "RUGBY", "SPA") is a kicker's town again (``_feed_kicker_town``);
- #10 a box office's or the doors' clock is no tail day's start ("Die Kasse öffnet um 18 Uhr": ``_feed_tail_clock``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from sources.adapters._json_display_moments import written_format
from sources.adapters._page_deadline_clocks import deadline_clock
from tests.sources.helpers import one_event, read_feed, wall_time
from tests.sources.test_heldout80_apis import seen
from tests.sources.test_heldout81_feeds import BAHIA, hugo_feed, read_bahia, talk
from tests.sources.test_heldout82_apis import events, game, listing
from tests.sources.test_readthrough59_b import LONDON, agenda, it, item, read_ch, rss

# --- #1 a display column holding a start–end range -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sun Oct 26 2031 at 07:00 pm - 10:00 pm",
        "Oct 26 2031 7:00 PM to Oct 26 2031 10:00 PM",
        "Sun Oct 26 2031 at 07:00 pm - Sun Oct 26 2031 at 10:00 pm",
    ],
)
def test_a_written_range_has_no_one_format_and_raises_nothing(text: str) -> None:
    assert written_format(text) is None


def test_a_ranged_display_is_read_for_its_start_and_end_not_a_crash() -> None:
    listings = [
        listing("Jazz at the Garden", "2031-10-27T03:00:00", "Sun Oct 26 2031 at 07:00 pm - 10:00 pm"),
        listing("Rock Night", "2031-10-28T04:00:00", "Mon Oct 27 2031 at 08:00 pm - 11:00 pm"),
        listing("Folk Evening", "2031-10-29T02:00:00", "Tue Oct 28 2031 at 06:00 pm - 09:00 pm"),
    ]
    assert seen(events(listings), "title", "start", "end") == [
        ("Jazz at the Garden", "2031-10-26T19:00:00-04:00", "2031-10-26T22:00:00-04:00"),
        ("Rock Night", "2031-10-27T20:00:00-04:00", "2031-10-27T23:00:00-04:00"),
        ("Folk Evening", "2031-10-28T18:00:00-04:00", "2031-10-28T21:00:00-04:00"),
    ]


def test_an_unreadable_range_display_keeps_the_naive_start() -> None:
    listings: list[dict[str, Any]] = [
        listing("Jazz at the Garden", "2031-10-27T03:00:00", "Oct 26 2031 7:00 PM to Oct 26 2031 10:00 PM"),
        listing("Rock Night", "2031-10-28T04:00:00", "Oct 27 2031 8:00 PM to Oct 27 2031 11:00 PM"),
    ]
    assert seen(events(listings), "start") == [("2031-10-27T03:00:00-04:00",), ("2031-10-28T04:00:00-04:00",)]


def test_single_displays_still_read_by_their_own_format_and_days_alone_by_nothing() -> None:
    single = [listing("Olivia Dean in New York", "2031-10-27T03:00:00", "Sun Oct 26 2031 at 07:00 pm")]
    assert seen(events(single), "start", "end") == [("2031-10-26T19:00:00-04:00", None)]
    days = [listing("Jazz at the Garden", "2031-10-27T03:00:00", "26 Oct 2031 - 28 Oct 2031")]
    assert seen(events(days), "start") == [("2031-10-27T03:00:00-04:00",)]  # no clock written: the naive start


# --- #2 a state's stamp is no start -----------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["status_updated", "statusUpdatedAt", "status_changed_at"])
def test_when_the_state_was_written_is_no_start(key: str) -> None:
    matches = [
        {"title": "Leeds v Hull", "date": "2031-04-04", "status": "finished", key: "2031-04-04T21:47:00Z"},
        {"title": "Wigan v Salford", "date": "2031-04-05", "status": "finished", key: "2031-04-05T17:02:00Z"},
    ]
    assert seen(events(matches), "title", "start") == [
        ("Leeds v Hull", "2031-04-04"),
        ("Wigan v Salford", "2031-04-05"),
    ]


def test_a_state_keyed_by_whose_it_is_still_holds_the_tip_off() -> None:
    games = [
        game("2031-04-04T00:00:00.000Z", "Final", "Miami Heat", "Philadelphia 76ers"),
        game("2031-04-05T00:00:00.000Z", "Final", "LA Clippers", "Denver Nuggets"),
    ]
    for each, tip_off in zip(games, ("2031-04-04T23:30:00Z", "2031-04-06T02:00:00Z"), strict=True):
        del each["status"]
        each["gameStatus"] = tip_off
    assert seen(events(games), "start") == [("2031-04-04T19:30:00-04:00",), ("2031-04-05T22:00:00-04:00",)]


# --- #3 a publication's or a deadline's day restated is no event -----------------------------------------------------


def test_a_blogs_posts_restating_their_own_day_are_no_events() -> None:
    feed = hugo_feed("https://gdj.example.org", "noticias", [
        ("Relatório do encontro", "Mon, 24 Nov 2031 14:10:00 +0000",
         "Publicado em 24/11/2031 às 14:00. Obrigado a todos que participaram do nosso último encontro!"),
        ("Novo site no ar", "Thu, 20 Nov 2031 09:00:00 +0000", "Atualizado em 20/11/2031. O nosso site foi renovado."),
    ], None)  # fmt: skip
    assert read_bahia(feed, start=dt.datetime(2031, 11, 25, 12, tzinfo=BAHIA)) == []


def test_an_event_feeds_publication_or_deadline_day_is_no_start() -> None:
    assert talk("Publicado em 24/11/2031 às 14:00. Obrigado a todos!") == []
    assert talk("Inscrições até 24/11/2031 às 23:59; o workshop é no sábado.") == []
    # a stamp with its clock is a publication's moment, even in an event feed
    assert talk("No dia 24/11/2031, às 15h, recebemos a visita.", "Mon, 24 Nov 2031 14:10:00 +0000") == []


def test_an_event_feeds_own_day_at_midnight_still_reads() -> None:
    event = one_event(talk("No dia 24/11/2031, às 15h, recebemos a visita de um artista."))
    assert wall_time(event["start"]) == "2031-11-24T15:00:00"
    # midnight in the feed's zone is a day too
    event = one_event(talk("No dia 24/11/2031, das 8:00 às 12:00.", "Mon, 24 Nov 2031 00:00:00 -0300"))
    assert (wall_time(event["start"]), wall_time(event["end"])) == ("2031-11-24T08:00:00", "2031-11-24T12:00:00")
    feed = hugo_feed("https://grupo.example.br", "eventos", [("Oficina", "Mon, 24 Nov 2031 00:00:00 +0000",
                     "Oficina no dia 24/11/2031, das 8:00 às 12:00. Inscrições abertas.")], None)  # fmt: skip
    assert wall_time(one_event(read_bahia(feed))["start"]) == "2031-11-24T08:00:00"


def test_portuguese_sign_ups_until_lead_a_deadline_but_not_a_start() -> None:
    assert deadline_clock("Inscrições até 23:59", len("Inscrições até "))
    assert deadline_clock("Inscricoes ate 23:59", len("Inscricoes ate ")) is False  # "ate": an English word
    assert deadline_clock("Início às 19:00", len("Início às ")) is False


# --- #5 a town named as a kind is still a kicker's town --------------------------------------------------------------


def kicker_city(kicker: str, slug: str) -> list[str | None]:
    link = f"https://visit.example/agenda/jazz-night-{slug}-en-1234/"
    html = f'<p><img src="x.jpg"></p><p>8 OCTOBER · {kicker}</p><p>Jazz night at the abbey at 7.30pm.</p>'
    read = read_feed(rss(it("Jazz night", link, html)), zone=LONDON, start=dt.datetime(2031, 10, 1, 9, tzinfo=LONDON))
    return [event.get("city") for event in read]


@pytest.mark.parametrize(("kicker", "town"), [("READING", "Reading"), ("RUGBY", "Rugby"), ("SPA", "Spa")])
def test_a_town_named_as_a_kind_is_the_kickers_town(kicker: str, town: str) -> None:
    assert kicker_city(kicker, kicker.lower()) == [town]


@pytest.mark.parametrize("kicker", ["YOGA", "CONCERT", "JAZZ", "KINO", "DANCE"])
def test_a_kind_that_is_no_town_is_still_no_kickers_town(kicker: str) -> None:  # hard negatives
    assert kicker_city(kicker, kicker.lower()) == [None]


# --- #10 the house's hours are no tail day's start --------------------------------------------------------------------


def tail_start(description: str) -> tuple[str, bool]:
    event = one_event(read_ch(agenda(item("Konzert im Park - am Sa 30.08.", description))))
    return event["start"], event["all_day"]


@pytest.mark.parametrize(
    "description",
    ["Die Kasse öffnet um 18 Uhr.", "Tageskasse ab 18 Uhr.", "Einlass ab 19 Uhr.", "Doors 7pm.", "Abendkasse: 18 Uhr"],
)
def test_a_box_offices_or_the_doors_clock_is_no_start(description: str) -> None:
    assert tail_start(description) == ("2031-08-30", True)


@pytest.mark.parametrize(
    ("description", "start"),
    [
        ("Die Kasse öffnet um 18 Uhr, Beginn 20 Uhr.", "2031-08-30T20:00:00+02:00"),  # the start after the house's
        ("Einlass 19 Uhr, Beginn 20 Uhr.", "2031-08-30T20:00:00+02:00"),  # one clock, the show's
        ("Kinderschminken ab 14 Uhr.", "2031-08-30T14:00:00+02:00"),  # an activity's own start
        ("Beginn 19:30 Uhr, an der Kasse.", "2031-08-30T19:30:00+02:00"),  # the box office after the clock
    ],
)
def test_a_start_beside_the_house_words_is_still_read(description: str, start: str) -> None:  # hard negatives
    assert tail_start(description) == (start, False)
