"""One vocabulary for the words that say an event is cancelled, postponed or rescheduled (events/statuswords.py).

Every reader builds its patterns from it: the pipeline's titles, a page's rows and lines, cards and their badges,
a schedule's status-only lines, feed titles, JSON status values and flag keys, and dedup's title comparison. So
each word it lists is understood by all of them: a word added there is read everywhere. Before, each reader had
its own list, and most knew English only (a feed's "Abgesagt: …", a card's "Entfällt" badge, a JSON status
"annulé" were read as scheduled).
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import lxml.html
import pytest

from events import statuswords
from events.pipeline.dedup.text import _title as dedup_title
from events.pipeline.titles import clean_title, detect_status
from sources.adapters import _feed_fields, _json_field_scores, _json_fields, _page_card_fields, _page_schedule, rss
from sources.adapters._page_words import status_in, without_status
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent
from sources.adapters.json_api import JsonApiAdapter
from tests.sources.helpers import parse_page

EVERY_WORD = [(word, status) for status in statuswords.STATUSES for word in statuswords.words(status)]
WINDOW = FetchWindow(start=dt.datetime(2026, 11, 1, tzinfo=dt.UTC), end=dt.datetime(2027, 11, 1, tzinfo=dt.UTC))
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def card(badge: str) -> object:
    return lxml.html.fromstring(f"<article><h3>Lesung im Park</h3><span class='badge'>{badge}</span></article>")


@pytest.mark.parametrize(("word", "status"), EVERY_WORD, ids=[word for word, _ in EVERY_WORD])
def test_every_reader_understands_every_listed_word(word: str, status: str) -> None:
    shouted = word.upper()
    # A title: the marker is taken out and becomes the status (set apart by a dash, or by brackets).
    assert clean_title(f"Lesung im Park – {shouted}") == clean_title(f"Lesung im Park ({word})")
    assert (clean_title(f"Lesung im Park – {shouted}").title, clean_title(f"[{word}] Lesung").status) == (
        "Lesung im Park",
        status,
    )
    # A page's row or line, and the title cut from it.
    assert status_in(f"12.06. 19:00 · Lesung im Park · {word}") == status
    assert without_status(f"Lesung im Park - {shouted}") == "Lesung im Park"
    # A schedule line that is only the status names no meeting.
    assert _page_schedule.STATUS_ONLY.match(f"({shouted})")
    # A card's title prefix, and a badge of its own.
    assert _page_card_fields.status_of(card(""), f"{word.capitalize()}: Lesung im Park") == (status, "Lesung im Park")
    assert _page_card_fields.status_of(card(word.capitalize()), "Lesung im Park") == (status, "Lesung im Park")
    # A feed item's title that starts with it.
    assert _feed_fields.item_status(f"{shouted}: Lesung im Park", None) == status
    # A JSON status value, and the value an inferred mapping reads back.
    assert statuswords.status_in_value(shouted) == status
    assert statuswords.status_of(f" {shouted} ") == status
    # Dedup: the word says nothing about which event it is.
    assert dedup_title(f"Lesung im Park – {word}").tokens == dedup_title("Lesung im Park").tokens


def test_the_lists_are_lower_case_and_each_word_has_one_status_and_one_language() -> None:
    listed = [word for word, _ in EVERY_WORD]
    assert all(word == word.lower() == " ".join(word.split()) for word in listed)
    assert len(listed) == len(set(listed))
    assert all(statuswords.language_of(word) for word in listed)
    assert statuswords.language_of("abgesagt") == "de"
    assert statuswords.status_of("Jazz") is None


def test_a_stronger_status_wins_in_a_value_and_an_english_stem_is_read_anywhere() -> None:
    assert statuswords.status_in_value("EventCancelled") == "cancelled"
    assert statuswords.status_in_value("IS_POSTPONED") == "postponed"
    assert statuswords.status_in_value("verschoben, dann abgesagt") == "cancelled"
    assert statuswords.status_in_value("Reporte anual") == "scheduled"  # Spanish "report", not French "reporté"
    assert statuswords.status_in_value(None) == "scheduled"


# --- what merging the lists fixed: readers that lacked another's words ------------------------------------------

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/">
  <channel><title>Stadtbibliothek – Veranstaltungen</title><link>https://bibliothek.example/</link>
    <item><title>ABGESAGT: Lesung im Park</title><guid>l-1</guid><link>https://bibliothek.example/l/1</link>
      <ev:startdate>2026-12-04T19:00:00+01:00</ev:startdate></item>
    <item><title>Annulé – Bal folk</title><guid>l-2</guid><link>https://bibliothek.example/l/2</link>
      <ev:startdate>2026-12-05T19:00:00+01:00</ev:startdate></item>
    <item><title>Konzert im Saal</title><guid>l-3</guid><link>https://bibliothek.example/l/3</link>
      <ev:startdate>2026-12-06T19:00:00+01:00</ev:startdate></item>
  </channel>
</rss>"""


def test_a_feed_title_that_starts_with_a_status_word_of_another_language_is_that_status() -> None:
    context = AdapterContext(source="rss", window=WINDOW, default_timezone=BERLIN)
    records = [r for r in rss.FeedAdapter(config={}, context=context).parse(FEED.encode()) if isinstance(r, RawEvent)]

    assert {record.external_id: record.status for record in records} == {
        "l-1": "cancelled",
        "l-2": "cancelled",
        "l-3": "scheduled",
    }


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Di 12.06. Vortrag – entfällt", "cancelled"),  # the titles knew it, the rows did not
        ("Sa 14.06. Flohmarkt · fällt aus", "cancelled"),
        ("Concierto en el parque — suspendido", "cancelled"),
        ("Concierto en el parque — pospuesto", "postponed"),
        ("Board of Trustees — no meeting in August", "cancelled"),  # a calendar keeps the date and says it is off
        ("Concert in the park (new time)", "rescheduled"),
    ],
)
def test_a_row_knows_the_words_the_titles_knew(text: str, status: str) -> None:
    assert status_in(text) == status


def test_a_card_badge_in_another_language_is_the_status() -> None:
    assert _page_card_fields.status_of(card("Entfällt"), "Lesung im Park") == ("cancelled", "Lesung im Park")
    assert _page_card_fields.status_of(card("Neu"), "Lesung im Park") == ("scheduled", "Lesung im Park")
    # A noun alone heads a ticket's terms as often as it marks an event: rows read it, badges do not.
    assert _page_card_fields.status_of(card("Cancellation"), "Lesung im Park") == ("scheduled", "Lesung im Park")


@pytest.mark.parametrize(
    ("badge", "status"),
    [
        ("++ ABGESAGT ++", "cancelled"),
        ("CANCELLED!", "cancelled"),
        ("*** Postponed ***", "postponed"),
        ("VERLEGT!", "rescheduled"),
        ("– Reprogrammé –", "rescheduled"),
        ("++ AUSVERKAUFT ++", "scheduled"),  # sold out is no status
        ("Abgesagt wegen Regen, Ersatztermin folgt", "scheduled"),  # a sentence, not a badge: the rows' to read
    ],
)
def test_a_card_badge_may_wear_marks_around_its_word(badge: str, status: str) -> None:
    assert _page_card_fields.status_of(card(badge), "Lesung im Park") == (status, "Lesung im Park")


def test_a_programme_card_with_a_decorated_badge_is_read_as_that_status() -> None:
    page = (
        "<html><body><h1>Programm</h1>"
        + "".join(
            f'<article><h3><a href="/konzerte/{slug}/">{name}</a></h3>{badge}<p>Fr. {day}.09.2027 · 20:00 Uhr</p>'
            "</article>"
            for slug, name, badge, day in (
                ("traumatin", "Traumatin", "<p>++ ABGESAGT ++</p>", 3),
                ("wussow", "Michèl von Wussow", "<p>++ VERLEGT! ++</p>", 10),
                ("january", "January Future", "<p>Indie rock from Berlin.</p>", 17),
            )
        )
        + "</body></html>"
    )
    events = parse_page(page, zone=BERLIN, base="https://club.example.de/programm/", start=WINDOW.start)
    assert [(event.title, event.status) for event in events] == [
        ("Traumatin", "cancelled"),
        ("Michèl von Wussow", "rescheduled"),
        ("January Future", "scheduled"),
    ]


def test_a_title_marker_the_rows_knew_is_read_in_titles_too() -> None:
    assert (clean_title("Jazz im Park – new time").title, clean_title("Jazz im Park – new time").status) == (
        "Jazz im Park",
        "rescheduled",
    )
    # French capitals without their accents, as they are often typed.
    assert clean_title("BAL FOLK – ANNULE").status == "cancelled"
    # Running text stays English grammar: "has been cancelled", not any word anywhere.
    assert detect_status("Le concert est annulé.").status is None


def test_json_status_values_in_another_language_are_mapped_and_their_other_spellings_added() -> None:
    items = [
        {"title": "Lesung", "start": "2026-12-04T19:00:00", "status": "geplant"},
        {"title": "Konzert", "start": "2026-12-05T19:00:00", "status": "abgesagt"},
        {"title": "Markt", "start": "2026-12-06T10:00:00", "status": "geplant"},
    ]
    context = AdapterContext(source="json_api", window=WINDOW, default_timezone=BERLIN)
    adapter = JsonApiAdapter(config={}, context=context)
    records = [r for r in adapter.parse(json.dumps(items).encode()) if isinstance(r, RawEvent)]

    assert [record.status for record in records] == ["scheduled", "cancelled", "scheduled"]


def test_a_status_lookup_adds_the_words_of_the_languages_it_saw() -> None:
    class Column:
        def strings(self) -> list[str]:
            return ["geplant", "abgesagt"]

    lookup = _json_field_scores.status_lookup(Column())  # type: ignore[arg-type]

    assert (lookup["abgesagt"], lookup["geplant"]) == ("cancelled", "scheduled")
    assert (lookup["ABGESAGT"], lookup["Verschoben"], lookup["CANCELLED"]) == ("cancelled", "postponed", "cancelled")
    assert "annulé" not in lookup  # French was not seen


def test_a_flag_key_in_another_language_says_cancelled() -> None:
    # Key words are folded to ASCII ("annulé" → annule, "entfällt" → entfallt: _json_other_words.fold_key).
    assert {"abgesagt", "annule", "entfallt", "iscancelled", "canceled"} <= _json_fields.CANCELLED_FLAG_WORDS
    assert not {"cancel", "cancellation"} & _json_fields.CANCELLED_FLAG_WORDS  # a booking's terms as often
