"""The eighty-fifth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout85.json: one city
council meeting as a Legistar MCP server re-serves it, keys without their "Event" prefix; a GraphQL Relay event with
its occurrences as nested edges; API-Football v2 fixtures, one postponed; hard negative, the same GraphQL API's
children with their birthdates), on small documents of our own.

The cold measure found 4 of 4 events, fields 13/13, 3 extra. The cause this file covers:

- a person's date of birth glued into one word ("birthdate", "birthday") was read as a start, so each child of a
  GraphQL list was printed as an event titled by its first name. "birth" was already no start's word when split
  ("dateOfBirth", "birth_date"); glued, it is now read the same (``_json_glued.GLUED_NOT_DATE``).
"""

from __future__ import annotations

import zoneinfo
from typing import Any

from sources.adapters._json_glued import glued_record_words
from tests.sources.test_heldout80_apis import events as events_over_2031
from tests.sources.test_heldout80_apis import seen

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")


def events(document: object) -> list[dict[str, Any]]:
    """What --kind auto reads from the document in Helsinki, over 2031."""
    return events_over_2031(document, HELSINKI)


def child(first: str, born: str, key: str = "birthdate") -> dict[str, Any]:
    guardian = {"firstName": "Selena", "lastName": "Roy", "email": "selena@example.org"}
    return {"node": {key: born, "firstName": first, "lastName": "Owens", "postalCode": "00820",
                     "relationships": {"edges": [{"node": {"guardian": guardian, "type": "OTHER_RELATION"}}]}}}  # fmt: skip


def test_glued_birth_dates_are_a_persons_not_a_start() -> None:
    assert glued_record_words("birthdate") == ["birth", "date"]
    assert glued_record_words("birthday") == ["birth", "day"]
    assert glued_record_words("birthplace") == []  # no date word glued on: not this rule's


def test_children_with_their_birthdates_are_no_events() -> None:
    for key in ("birthdate", "birthday"):
        answer = {
            "data": {"children": {"edges": [child("Jason", "2031-03-01", key), child("John", "2031-09-07", key)]}}
        }
        assert events(answer) == []


def test_an_event_is_read_on_its_own_date_beside_a_performers_birthday() -> None:
    # hard negative: the event keeps its start; the performer's birthday is not taken for it
    shows = [{"title": f"Recital {n}", "date": f"2031-05-{n:02d}T19:00:00", "venue": "Music Hall",
              "performer": {"name": "A. Pianist", "birthday": "1990-02-02"}} for n in (10, 17)]  # fmt: skip
    assert seen(events(shows), "title", "start") == [
        ("Recital 10", "2031-05-10T19:00:00+03:00"),
        ("Recital 17", "2031-05-17T19:00:00+03:00"),
    ]


def test_a_birthday_party_keyed_by_its_date_is_still_an_event() -> None:
    # hard negative: the word in a title or a type is not a key's; a party on its "date" is read
    parties = [{"title": "Birthday party", "type": "birthday", "date": f"2031-06-0{n}T15:00:00"} for n in (6, 7)]
    assert [each["start"] for each in events(parties)] == ["2031-06-06T15:00:00+03:00", "2031-06-07T15:00:00+03:00"]


def test_a_meeting_without_its_key_prefix_is_one_event_not_its_agenda_items() -> None:
    meeting = {"ID": 1, "BodyName": "City Council", "Date": "2031-08-15T13:30:00+03:00",
               "Location": "Council Chambers - City Hall", "InSiteURL": "https://council.example/MeetingDetail?ID=1",
               "Items": [{"ID": n, "Title": f"Int 000{n}-2031, a local law", "AgendaSequence": n,
                          "LastModified": "2031-07-17T16:31:27Z"} for n in (1, 2, 3)]}  # fmt: skip
    assert seen(events(meeting), "title", "start", "venue_name") == [
        ("City Council", "2031-08-15T13:30:00+03:00", "Council Chambers - City Hall")
    ]
