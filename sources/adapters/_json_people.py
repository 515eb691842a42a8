"""A directory of people is no list of events (helper left58, issue #13).

A city's or a library's staff directory, published as JSON or as a sheet, lists people::

    [{"Name": "Maria Lopez", "Title": "Program Coordinator", "Department": "Parks", "Email": "…", "Phone": "…",
      "Start Date": "2026-12-01"}, …]

Each record has a name-like field ("Title"), a date ("Start Date", "Hire date") and a place-like one ("Office"),
so the inferred mapping read every person as an event: "Program Coordinator" on their first day at work. A list
whose records are nearly all people is read as no events: a record is a person's when it has a person's name
("Name", "Full name", "First name" and "Last name", "Employee") and at least two of a person's fields (an e-mail, a
phone, a position — "Title" counts as one beside a separate name —, a department, a hire date), and none of an
event's (a time, an end, a venue, an organizer, an instructor or a speaker, tickets, registration, an event word).

Not a directory: events with an organizer's e-mail and phone (no person's name; "organizer" is an event's field),
an event with a list of speakers inside it (the speakers are no records of the list), a class schedule with its
instructors' names, e-mails and phones (the instructor and the time are an event's fields).

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_shapes import words

__all__ = ["PEOPLE_NOTE", "people_list"]

PEOPLE_NOTE = "The list reads as a directory of people (names, positions, e-mails, phones), not events: none read."
MIN_RECORDS = 2
MIN_SHARE = 0.8  # nearly every record is a person's
MIN_PERSON_FIELDS = 2
NAME_KEYS = frozenset({("name",), ("full", "name"), ("fullname",), ("employee",), ("employee", "name"),
                       ("staff", "name"), ("person",), ("contact", "name"), ("display", "name"), ("displayname",),
                       ("nombre",), ("nom",), ("mitarbeiter",), ("mitarbeiter", "in")})  # fmt: skip
SPLIT_NAME = ({"first", "given", "vorname", "prenom"}, {"last", "surname", "family", "nachname"})
# A person's fields, by category: the words of a key that say it.
PERSON_FIELDS = {
    "email": frozenset({"email", "mail"}),
    "phone": frozenset({"phone", "telephone", "tel", "mobile", "cell", "fax", "extension", "ext", "telefon"}),
    "position": frozenset(
        {"position", "jobtitle", "job", "designation", "role", "rank", "funktion", "poste", "cargo", "occupation"}
    ),  # fmt: skip
    "department": frozenset({"department", "dept", "division", "unit", "agency", "abteilung", "team"}),
    "hired": frozenset({"hire", "hired", "employment", "seniority", "salary", "tenure"}),
}
# An event's fields: a record with one of them is an event's, whatever else it says.
EVENT_WORDS = frozenset({"event", "events", "venue", "time", "times", "end", "ends", "finish", "organizer",
                         "organiser", "host", "instructor", "teacher", "speaker", "speakers", "presenter", "performer",
                         "ticket", "tickets", "registration", "register", "rsvp", "price", "cost", "fee", "session",
                         "schedule", "capacity", "attendees", "doors", "show", "veranstaltung", "termin", "beginn",
                         "uhrzeit", "evenement", "heure", "hora", "occurrence", "recurrence", "rrule", "duration",
                         "all", "allday"})  # fmt: skip


def people_list(items: list[Any]) -> bool:
    """Whether ``items`` (a list's records) are nearly all people's records, none of them an event's."""
    records = [item for item in items if isinstance(item, Mapping)]
    if len(records) < MIN_RECORDS:
        return False
    people = sum(1 for record in records if _person(record))
    return people >= MIN_SHARE * len(records)


def _person(record: Mapping[Any, Any]) -> bool:
    keys = [tuple(words(str(key))) for key in record if record[key] not in (None, "", [], {})]
    flat = {word for key in keys for word in key}
    if flat & EVENT_WORDS:
        return False
    named = any(key in NAME_KEYS for key in keys) or all(flat & side for side in SPLIT_NAME)
    if not named:
        return False
    found = {kind for kind, said in PERSON_FIELDS.items() if flat & said}
    if ("title",) in keys or ("job", "title") in keys:
        found.add("position")  # a "Title" beside a separate name is the person's position
    return len(found) >= MIN_PERSON_FIELDS and bool(found & {"email", "phone", "position", "department"})
