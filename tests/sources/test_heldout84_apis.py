"""The eighty-fourth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout84.json: Bandsintown
artist events; a JSON:API document of Confetti events; API-Football's live fixtures; TheSportsDB's league events; a
meeting from the Microsoft Graph with its people and room; Google Calendar events under a "payload" envelope; hard
negatives, a JSON:API document of webhooks and one Outlook mail message), on small documents of our own.

The cold measure found 10 of 10 events, fields 33/35, no extra. The one cause:

- Bandsintown's events have no title: the acts are a list of names ("lineup"), and a short tagline under
  "description" ("An absolute corker") was taken for each concert's name. A list of acts by name, the headliner
  first, names the concert, read joined (``_json_kinds.bill_column``, ``_json_extras.titled``).
"""

from __future__ import annotations

import zoneinfo
from typing import Any

from tests.sources.test_heldout80_apis import events as events_over_2031
from tests.sources.test_heldout80_apis import seen

SYDNEY = zoneinfo.ZoneInfo("Australia/Sydney")


def events(document: object) -> list[dict[str, Any]]:
    """What --kind auto reads from the document in Sydney, over 2031."""
    return events_over_2031(document, SYDNEY)


def show(day: str, lineup: Any, **more: Any) -> dict[str, Any]:
    return {"id": day, "url": f"https://tickets.example/e/{day}", "datetime": f"{day}T19:00:00",
            "description": "An absolute corker", "venue": {"name": "Harbour Hall", "city": "Sydney"},
            "lineup": lineup, "offers": [{"type": "Tickets", "url": f"https://tickets.example/t/{day}"}], **more}  # fmt: skip


def test_a_concert_with_no_title_is_named_by_its_lineup_not_its_tagline() -> None:
    read = events({"response": [show("2031-11-23", ["Crooked Colours"]), show("2031-11-30", ["Crooked Colours"])]})
    assert seen(read, "title", "start", "venue_name") == [
        ("Crooked Colours", "2031-11-23T19:00:00+11:00", "Harbour Hall"),
        ("Crooked Colours", "2031-11-30T19:00:00+11:00", "Harbour Hall"),
    ]


def test_a_lineup_of_several_acts_is_read_joined_headliner_first() -> None:
    read = events([show("2031-11-23", ["Headliner Band", "Support Act"]), show("2031-11-30", ["Solo Singer"])])
    assert [each["title"] for each in read] == ["Headliner Band, Support Act", "Solo Singer"]


def test_a_concert_with_its_own_title_keeps_it_over_its_lineup() -> None:
    read = events(
        [show("2031-11-23", ["Crooked Colours"], title="Summer Sessions"), show("2031-11-30", ["X"], title="Y")]
    )
    assert [each["title"] for each in read] == ["Summer Sessions", "Y"]


def test_a_lineup_of_objects_or_empty_lists_names_nothing() -> None:
    # a list of records is no bill of names; an empty bill names nobody: the tagline stays the only name
    objects = events([show("2031-11-23", [{"id": 1}]), show("2031-11-30", [{"id": 2}])])
    empty = events([show("2031-11-23", []), show("2031-11-30", [])])
    assert {each["title"] for each in objects + empty} == {"An absolute corker"}


def test_a_list_of_sentences_under_a_bill_key_names_nothing() -> None:
    long = "A very long paragraph about everyone who might come along on the night and what they will bring to it"
    read = events([show("2031-11-23", [long]), show("2031-11-30", [long])])
    assert all(each["title"] != long for each in read)


def test_a_list_of_names_under_another_key_names_nothing() -> None:
    # "sponsors": ["Acme"] are not who plays
    items = [show("2031-11-23", None, sponsors=["Acme"]), show("2031-11-30", None, sponsors=["Acme"])]
    assert {each["title"] for each in events(items)} == {"An absolute corker"}
