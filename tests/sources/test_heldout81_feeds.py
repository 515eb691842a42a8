"""Feeds helper 81 (issue #13): the eighty-first held-out batch, feeds (bench/corpus/feeds/manifest-heldout81.json),
on small documents of our own.

Batch 81's misses, each mended by a shape other feeds share:

- a Czech library's Hugo "Akce" (events) section dates its talk by the pubDate, under a lastBuildDate that is that same
  pubDate, a week after the fetch: a build time after the fetch that is an item's own pubDate is that item's date,
  no build time (``_feed_build_time.copied_build``), and "/akce/" is an events page
  (``_feed_date_signs.EVENT_SEGMENTS``);
- a cycling NGO's heritage ride, dated 28 May 2032 at midnight, opens with the first ride's day "El 28 de Mayo de
  2027": the day stamp says which year (``_feed_stale_pubdate.stamp_year``);
- a game-development group's talks restate their own day numeric with its year, a clock after it ("No dia
  24/11/2031, das 8:00 às 12:00"): read as the day and clocks (``_feed_restated.stamp_day_when``; "das" now leads a
  clock, ``_intl_names.CLOCK_LEAD_WORDS``).

Hard negatives beside each: what looks like the shape but is no event, no other year, no restated day.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._feed_build_time import copied_build
from sources.adapters._feed_clock_after import clock_after
from sources.adapters._feed_date_signs import event_page
from tests.sources.helpers import hugo_feed, one_event, read_feed, wall_time

PRAGUE = zoneinfo.ZoneInfo("Europe/Prague")
SANTIAGO = zoneinfo.ZoneInfo("America/Santiago")
BAHIA = zoneinfo.ZoneInfo("America/Bahia")


# --- a build time after the fetch that is an item's own pubDate (_feed_build_time.copied_build) -----------------
TALK = [("Jak chranit uspory", "Mon, 14 Apr 2031 00:00:00 +0000", "&lt;p&gt;#přednáška&lt;/p&gt;")]
read_prague = functools.partial(read_feed, zone=PRAGUE, start=dt.datetime(2031, 4, 6, 12, 0, tzinfo=PRAGUE))


def test_an_akce_section_built_on_its_one_talks_day_dates_the_talk_by_it() -> None:
    event = one_event(read_prague(hugo_feed("https://knihovna.example.cz", "akce", TALK, TALK[0][1])))
    assert (event["title"], str(event["start"])[:10]) == ("Jak chranit uspory", "2031-04-14")


def test_an_events_section_whose_build_time_is_its_next_events_day_reads_it() -> None:
    talks = [*TALK, ("Beseda", "Mon, 10 Mar 2031 00:00:00 +0000", "&lt;p&gt;Beseda.&lt;/p&gt;")]
    events = read_prague(hugo_feed("https://spolek.example.cz", "events", talks, TALK[0][1]))
    assert [event["title"] for event in events] == ["Jak chranit uspory"]  # the past one stays a publication


def test_a_news_section_built_on_its_posts_day_gives_no_event() -> None:
    assert read_prague(hugo_feed("https://knihovna.example.cz", "aktuality", TALK, TALK[0][1])) == []


def test_copied_build_drops_only_a_build_after_the_fetch_that_an_item_shares() -> None:
    now = dt.datetime(2031, 4, 7, 12, 0, tzinfo=dt.UTC)
    day = dt.datetime(2031, 4, 14, tzinfo=dt.UTC)
    assert copied_build(day, now, [day]) is None
    assert copied_build(day, now, [day - dt.timedelta(days=1)]) == day  # no item's: a build time still
    before = dt.datetime(2031, 4, 7, 8, 0, tzinfo=dt.UTC)
    assert copied_build(before, now, [before]) == before  # before the fetch: a post published that morning
    assert copied_build(None, now, [day]) is None


def test_akce_is_an_events_segment_but_not_a_tag() -> None:
    assert event_page("https://knihovna.example.cz/akce/beseda/")
    assert not event_page("https://blog.example.cz/tag/akce/")


# --- a day stamp's year over the words' other year (_feed_stale_pubdate.stamp_year) ------------------------------
RIDE = "Cicletada Patrimonial"
read_santiago = functools.partial(read_feed, zone=SANTIAGO, start=dt.datetime(2032, 5, 20, 12, 0, tzinfo=SANTIAGO))


def ride_feed(published: str, description: str) -> str:
    later = ("Taller de Mecanica", "Sun, 03 Oct 2032 00:00:00 +0000", "Taller abierto.")
    items = [later, (RIDE, published, description)]
    return hugo_feed("https://ong.example.cl", "events", items, "Sun, 02 Oct 2016 22:55:05 -0400")


def ride_start(published: str, description: str) -> str | None:
    events = [event for event in read_santiago(ride_feed(published, description)) if event["title"] == RIDE]
    return wall_time(one_event(events)["start"])


def test_a_day_stamped_item_recalling_its_first_edition_is_the_stamps_year() -> None:
    words = "El 28 de Mayo de 2027, se convoca por primera vez a una cicletada. A 5 años, se retoma."
    assert ride_start("Fri, 28 May 2032 00:00:00 +0000", words) == "2032-05-28"


def test_a_pubdate_with_a_clock_keeps_the_words_year() -> None:
    words = "El 28 de Mayo de 2033 se convoca a la cicletada."
    assert ride_start("Fri, 28 May 2032 14:32:00 +0000", words) == "2033-05-28"


def test_a_later_year_written_out_is_kept() -> None:
    words = "La próxima edición: el 28 de Mayo de 2033."  # next year's ride, announced on this one's day
    assert ride_start("Fri, 28 May 2032 00:00:00 +0000", words) == "2033-05-28"


def test_another_day_in_the_words_is_not_moved() -> None:
    words = "El 29 de Mayo de 2033 se convoca a la cicletada."
    assert ride_start("Fri, 28 May 2032 00:00:00 +0000", words) == "2033-05-29"


# --- the item's own day written numeric with its year (_feed_restated.stamp_day_when) ----------------------------
read_bahia = functools.partial(read_feed, zone=BAHIA, start=dt.datetime(2032, 1, 10, 12, 0, tzinfo=BAHIA))


def talk(description: str, published: str = "Mon, 24 Nov 2031 00:00:00 +0000") -> list[dict[str, object]]:
    items = [("Minicursos", published, description)]
    return read_bahia(hugo_feed("https://grupo.example.br", "eventos", items, "Mon, 24 Nov 2031 00:00:00 +0000"))


def test_the_items_own_day_restated_with_a_span_of_clocks() -> None:
    event = one_event(talk("No dia 24/11/2031, das 8:00 às 12:00, ocorreram os minicursos."))
    assert (wall_time(event["start"]), wall_time(event["end"])) == ("2031-11-24T08:00:00", "2031-11-24T12:00:00")


def test_the_items_own_day_restated_with_one_clock_or_none() -> None:
    event = one_event(talk("No dia 24/11/2031, às 15h, recebemos a visita de um artista."))
    assert (wall_time(event["start"]), event["end"]) == ("2031-11-24T15:00:00", None)
    event = one_event(talk("Diego ministrou o curso no dia 24/11/2031 no III Workshop."))
    assert (wall_time(event["start"]), event["all_day"]) == ("2031-11-24", True)


def test_another_day_or_a_short_year_is_no_restatement() -> None:
    assert talk("No dia 25/11/2031, às 15h, recebemos a visita.") == []
    assert talk("No dia 24/11/31, às 15h, recebemos a visita.") == []


def test_das_leads_a_clock_after_a_date_but_not_a_word() -> None:
    hit = clock_after("24/11/2031, das 8:00 às 12:00", 10)
    assert hit is not None
    assert (hit.start, hit.end) == (dt.time(8), dt.time(12))
    assert clock_after("24/11/2031, das Konzert beginnt", 10) is None
