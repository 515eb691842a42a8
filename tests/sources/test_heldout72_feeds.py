"""Feeds helper 72 (issue #13): batch 71's Hong Kong programme export, and the seventy-second held-out batch, feeds
(bench/corpus/feeds/manifest-heldout72.json), on small documents of our own.

Part 1, the export batch 71 left unread: every field written twice with a language's mark (``<titlee>``/``<titlec>``),
the performances only as text (``<predateE>`` "30 Jan 2031 (Thu) 7:30pm ; 31 Jan 2031 (Fri) 2:30pm,7:30pm"), the
record's submission and the box office's sale beside them (``<submitdate>``, ``<saledate>``). A field written in two
languages is read under its name too, in English (``_json_language_twins``); a written list of performances as
their starts (``_json_performance_dates``); a glued "submitdate"/"saledate" is no start (``_json_glued``).

Part 2, batch 72's miss: a code-enforcement case's workflow steps (``<IncidEvent>`` with ``IsComplete`` and
``DateDeadline``) read as events. A list of tasks, each saying whether it is done and when it is due, is none
(``_json_tasks``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._json_glued import glued_record_words
from sources.adapters._json_language_twins import with_language_stems
from sources.adapters._json_not_events import other_records
from sources.adapters._json_performance_dates import PERFORMANCES, with_performances
from sources.adapters._json_tasks import task_items
from sources.adapters.base import FetchWindow
from sources.extraction import ExtractionError, extract_document
from tests.sources.helpers import read_feed, titled_spans

HONG_KONG = zoneinfo.ZoneInfo("Asia/Hong_Kong")
read_hong_kong = functools.partial(read_feed, zone=HONG_KONG, start=dt.datetime(2030, 12, 20, 12, 0, tzinfo=HONG_KONG))
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")


def programmes(*records: str) -> str:
    return '<?xml version="1.0" encoding="UTF-8"?><events>' + "".join(records) + "</events>"


def programme(title: str, dates: str, *, submitted: str = "2030-12-01 09:43:29.000", sale: str = "") -> str:
    return (
        f'<event id="17702"><titlec><![CDATA[冬日開懷集：{title}]]></titlec><titlee><![CDATA[{title}]]></titlee>'
        f"<predateC><![CDATA[2031年1月30日 晚上7:30]]></predateC><predateE><![CDATA[{dates}]]></predateE>"
        "<venueid>35510044</venueid><urlc>https://example.org/tc/p1.html</urlc><urle>https://example.org/en/p1.html</urle>"
        f"<saledate>{sale}</saledate><submitdate>{submitted}</submitdate></event>"
    )


def unreadable(document: str, zone: zoneinfo.ZoneInfo) -> None:
    window = FetchWindow(dt.datetime(2030, 12, 20, tzinfo=zone), dt.datetime(2031, 12, 20, tzinfo=zone))
    with pytest.raises(ExtractionError, match="cannot tell what kind"):
        extract_document(document.encode(), window=window, zone=zone)


# --- part 1: a bilingual programme export ----------------------------------------------------------------------------
def test_a_bilingual_programme_is_read_in_english_one_event_per_performance() -> None:
    document = programmes(
        programme("Plastic Island", "30 Jan 2031 (Thu) 7:30pm ; 31 Jan 2031 (Fri) 2:30pm,7:30pm", sale="2030-10-10"),
        programme("YOAH", "23-24/01/2031(Thu-Fri) 20:00; 25/01/2031(Sat) 15:00"),
    )
    events = read_hong_kong(document)
    assert titled_spans(events) == [
        ("Plastic Island", "2031-01-30T19:30:00", None),
        ("Plastic Island", "2031-01-31T14:30:00", None),
        ("Plastic Island", "2031-01-31T19:30:00", None),
        ("YOAH", "2031-01-23T20:00:00", None),
        ("YOAH", "2031-01-24T20:00:00", None),
        ("YOAH", "2031-01-25T15:00:00", None),
    ]
    assert {event["url"] for event in events} == {"https://example.org/en/p1.html"}


def test_a_run_of_days_across_months_is_every_evening_of_it() -> None:
    events = read_hong_kong(
        programmes(programme("Run", "30/01-1/2/2031(Thu-Sat)19:30\n31/01-01/02/2031(Fri-Sat)14:30"))
    )
    assert [start for _, start, _ in titled_spans(events)] == [
        "2031-01-30T19:30:00", "2031-01-31T19:30:00", "2031-02-01T19:30:00", "2031-01-31T14:30:00",
        "2031-02-01T14:30:00",
    ]  # fmt: skip


def test_the_submission_and_sale_dates_are_no_start() -> None:
    # Dates only in words the reader cannot split into performances: no start but the record's own stamps, refused.
    unreadable(programmes(programme("Classes", "5 Jan 2031 to 29 Jun 2031 (Every Mon) 5:00pm-7:00pm")), HONG_KONG)
    assert glued_record_words("submitdate") == ["submitted", "date"]
    assert glued_record_words("saledate") == ["sale", "date"]
    assert glued_record_words("salesperson") == []  # hard negative: no date word glued to it
    assert glued_record_words("submission") == []


def test_language_twins_give_the_english_field_its_name() -> None:
    record = {"titlee": "Opera", "titlec": "歌劇", "urle": "https://e.example", "urlc": "https://c.example", "id": 1}
    assert with_language_stems([record])[0] == {**record, "title": "Opera", "url": "https://e.example"}
    canadian = {"title_fr": "Fête", "title_en": "Party", "url_fr": "/fr", "url_en": "/en"}
    assert with_language_stems(canadian)["title"] == "Party"
    welsh = {"teitlCy": "Noson", "teitlEn": "Evening", "lleoliadCy": "Neuadd", "lleoliadEn": "Hall"}
    assert (with_language_stems(welsh)["teitl"], with_language_stems(welsh)["lleoliad"]) == ("Evening", "Hall")


@pytest.mark.parametrize(
    "record",
    [
        {"titlee": "Opera", "titlec": "歌劇", "venue": "Hall"},  # one twinned stem alone is no evidence
        {"startA": "10:00", "startB": "11:00", "endA": "12:00", "endB": "13:00"},  # slots, not languages
        {"datea": "x", "datex": "y", "namea": "p", "namex": "q"},  # "x" is no language's mark
        {"venue_id": "17", "venue_no": "B4", "event_id": "9", "event_no": "A1"},  # numbers (the lead's mend)
        {"start_ms": "1", "start_en": "2", "end_ms": "3", "end_en": "4"},  # milliseconds
    ],
)
def test_keys_that_only_look_twinned_gain_nothing(record: dict[str, str]) -> None:
    assert with_language_stems(record) == record


def test_a_stem_the_record_has_keeps_its_own_value() -> None:
    record = {"title": "Own", "title_en": "English", "title_fr": "Français", "url_en": "/en", "url_fr": "/fr"}
    assert with_language_stems(record)["title"] == "Own"


def test_written_performances_are_read_as_starts() -> None:
    record = {"predate": "14/12/2031(Sun)14:30", "name": "Messiah"}
    assert with_performances(record)[PERFORMANCES] == [{"start": "2031-12-14T14:30:00"}]
    assert with_performances({"showtimes": "7 Mar 2031 8pm"})[PERFORMANCES] == [{"start": "2031-03-07T20:00:00"}]


@pytest.mark.parametrize(
    "record",
    [
        {"predate": "06/02/2031 20:00"},  # 6 February or 2 June: no weekday says which
        {"predate": "06/02/2031(Tue)20:00"},  # 2 June 2031 is a Monday, 6 February a Thursday: neither fits
        {"predate": "30 Jan 2031 (Thu) 7:30pm ; every Friday in February"},  # a part that is no performance
        {"predate": "30 Jan 2031 (Thu)"},  # no clock
        {"predate": "30 Jan 2031 (Wed) 7:30pm"},  # the weekday contradicts the day
        {"predate": "1/1-28/2/2031(Wed-Fri)19:30"},  # a two-month season, not a run of nightly performances
        {"description": "30 Jan 2031 (Thu) 7:30pm"},  # the key names no date
        {"predate": "2031-01-30 19:30:00"},  # a stamp, read as one date as before
    ],
)
def test_texts_that_are_no_list_of_performances_are_left_alone(record: dict[str, str]) -> None:
    assert with_performances(record) == record


def test_a_record_with_its_own_performances_keeps_them() -> None:
    record = {"predate": "30 Jan 2031 (Thu) 7:30pm", PERFORMANCES: [{"start": "2031-02-01T10:00:00"}]}
    assert with_performances(record) == record


# --- part 2: a list of tasks -----------------------------------------------------------------------------------------
def steps(*names: str) -> str:
    return (
        '<ArrayOfIncidEvent xmlns="http://schemas.datacontract.org/2004/07/Cases">'
        + "".join(
            f"<IncidEvent><DateDeadline>0001-01-01T00:00:00</DateDeadline><DateEvent>2031-02-{day:02d}T00:00:00"
            f"</DateEvent><DateTarget>2031-02-{day:02d}T00:00:00</DateTarget><ID>{day}</ID>"
            f"<IsComplete>false</IsComplete><Name>{name}</Name></IncidEvent>"
            for day, name in enumerate(names, start=3)
        )
        + "</ArrayOfIncidEvent>"
    )


def test_a_case_files_workflow_steps_are_no_events() -> None:
    document = steps("Inspection", "Supervisor Review", "Set Hearing Date", "Publication")
    window = FetchWindow(dt.datetime(2031, 1, 20, tzinfo=CHICAGO), dt.datetime(2032, 1, 20, tzinfo=CHICAGO))
    try:
        events = extract_document(document.encode(), window=window, zone=CHICAGO).events
    except ExtractionError:
        events = []
    assert events == []


def test_tasks_done_or_due_are_told() -> None:
    todo = [{"title": f"Task {n}", "completed": n % 2 == 0, "due_on": f"2031-03-{n:02d}"} for n in range(1, 5)]
    assert task_items(todo)
    assert other_records(todo)


@pytest.mark.parametrize(
    "items",
    [
        # finished games: a flag that they are done, no deadline
        [{"name": f"Game {n}", "completed": True, "date": f"2031-03-{n:02d}T19:00:00Z"} for n in range(1, 5)],
        # an event's sign-up deadline, no flag that anything is done
        [
            {"title": f"Fair {n}", "registration_deadline": f"2031-03-{n:02d}", "date": "2031-04-01"}
            for n in range(1, 5)
        ],
        # a flag that is no yes or no ("done": "see notes")
        [{"title": f"Item {n}", "done": "see notes", "due": f"2031-03-{n:02d}"} for n in range(1, 5)],
    ],
)
def test_lists_that_are_no_tasks_are_not_refused_as_tasks(items: list[dict[str, object]]) -> None:
    assert not task_items(items)


def test_tasks_stating_happenings_are_kept() -> None:
    # "done" and "due" beside a timed start in a room: a workshop's session, not a to-do (the module's guard)
    sessions = [
        {
            "title": f"Workshop {n}",
            "done": False,
            "due": "2031-03-01",
            "start": f"2031-03-{n:02d}T18:00:00",
            "room": "B",
        }
        for n in range(1, 5)
    ]
    assert task_items(sessions)
    assert not other_records(sessions)
