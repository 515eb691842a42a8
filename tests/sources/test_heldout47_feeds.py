"""The forty-seventh held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout47.json: a Spanish research
centre's WordPress RSS whose talks are dated only in running text, year-less, three excerpts the project counts 0, 1
and 2 upcoming events in; a Home Assistant XMLTV integration's inline guide, a lone ``<programme>`` and two programmes
it refuses; measured once before this rule: found 5/5, fields 3/3, extra 7), on small documents of our own.

The miss, and the rule written from it:

- the research centre's talks of August ("La actividad tendrá lugar el lunes 31 de agosto, a las 18 horas"), read
  from the text of a feed that does not say it lists events and held for a moderator, were printed three months
  later (6 extra). A date read only from an item's text, in such a feed, that is over more than six weeks
  (``_feed_when.RECENT_PAST``) before the window is an announcement of an event long past, or news of a day long
  past: the item is refused with that reason (``_feed_past_prose.past_prose``, in ``_feed_dates.item_dates``).

Left:

- the programme whose stop is an hour before its start (the project refuses it) is read at its start, its end
  dropped (1 extra): dropping a record whose end contradicts its start was not tried in the JSON/XML inference.
- "a las 23 horas y 59 minutos" is read at 23:00 (the minutes in words are not read); no start was expected.

Hard negatives (read as before): a recap of a day just past (within six weeks of the window), a feed that says it
lists events, an item whose title writes its date, an item that also names a day still to come or just past.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._feed_past_prose import past_prose
from sources.adapters._feed_when import make_when
from tests.sources.helpers import read_feed

CORDOBA = zoneinfo.ZoneInfo("America/Argentina/Cordoba")
AUGUST = dt.datetime(2031, 8, 11, 9, 0, tzinfo=CORDOBA)  # the window's start: a day after the posts
NOVEMBER = dt.datetime(2031, 11, 26, 9, 0, tzinfo=CORDOBA)  # three months on


def feed(*items: str, link: str = "https://centro.example/") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Centro de Estudios</title>'
        f"<link>{link}</link><description>Noticias del centro</description>"
        "<lastBuildDate>Sun, 10 Aug 2031 13:00:00 +0000</lastBuildDate>" + "".join(items) + "</channel></rss>"
    )


def item(slug: str, title: str, text: str, posted: str = "Wed, 06 Aug 2031 16:00:00 +0000") -> str:
    return (
        f"<item><title>{title}</title><link>https://centro.example/{slug}/</link><guid>{slug}</guid>"
        f"<pubDate>{posted}</pubDate><description><![CDATA[<p>{text}</p>]]></description></item>"
    )


TALK = item(
    "charla",
    "Charla: Filosofía de la mente",
    "El encuentro tendrá lugar el miércoles <strong>13 de agosto</strong>, a las <strong>16 horas</strong> en el Aula 3.",
)
ENGLISH_TALK = item("talk", "Talk: Philosophy of mind", "The talk will take place on Wednesday, August 13 at 4 pm.")


def read(document: str, start: dt.datetime) -> list[dict]:
    return read_feed(document, zone=CORDOBA, start=start)


def test_a_talk_announced_in_a_news_feed_is_read_and_held_while_it_is_to_come() -> None:
    (event,) = read(feed(TALK), AUGUST)
    assert event["start"].startswith("2031-08-13T16:00")
    assert any("does not say it lists events" in line for line in event["evidence"])


@pytest.mark.parametrize("talk", [TALK, ENGLISH_TALK])
def test_a_talk_announced_in_a_news_feed_is_no_event_months_after_it_took_place(talk: str) -> None:
    assert read(feed(talk), NOVEMBER) == []


def test_every_date_of_the_item_must_be_long_past() -> None:
    both = item("cycle", "Conversation cycle", "Sessions on August 13 and December 4 at 6 pm.")
    starts = [event["start"][:16] for event in read(feed(both), NOVEMBER)]
    assert starts == ["2031-08-13T18:00", "2031-12-04T18:00"]  # the list, as before: one day is still to come


def test_a_recap_of_a_day_just_past_is_read_as_before() -> None:
    recap = item(
        "recap",
        "Cleanup recap",
        "Thanks to the 40 volunteers who came out on November 1!",
        posted="Mon, 03 Nov 2031 16:00:00 +0000",
    )
    (event,) = read(feed(recap), NOVEMBER)
    assert event["start"].startswith("2031-11-01")


def test_a_feed_that_lists_events_keeps_its_past_talks() -> None:
    document = feed(TALK, link="https://centro.example/events/")
    assert len(read(document, NOVEMBER)) == 1


def test_an_item_whose_title_writes_its_date_keeps_it() -> None:
    dated = item("jornada", "Jornada del 13 de agosto de 2031", "Charlas a partir de las 16 horas en el Aula 3.")
    assert len(read(feed(dated), NOVEMBER)) == 1


def test_past_prose_measures_from_the_window_in_the_feeds_zone() -> None:
    window = dt.datetime(2031, 11, 26, 9, 0, tzinfo=CORDOBA)
    long_past = make_when(dt.datetime(2031, 8, 13, 16, 0, tzinfo=CORDOBA), None, zone=CORDOBA, exclusive_end=False)
    six_weeks = make_when(
        dt.date(2031, 10, 15), None, zone=CORDOBA, exclusive_end=False
    )  # exactly six weeks before the window
    assert past_prose([long_past], window, CORDOBA) is not None
    assert "2031-08-13" in (past_prose([long_past], window, CORDOBA) or "")
    assert past_prose([six_weeks], window, CORDOBA) is None
    assert past_prose([long_past, six_weeks], window, CORDOBA) is None
    assert past_prose([], window, CORDOBA) is None
