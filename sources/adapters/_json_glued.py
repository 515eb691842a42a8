"""A record's own dates named in one lower-case word, as XML attributes and old APIs often name them: "createdon",
"creationdate", "modifiedon", "lastupdated", "availablefrom" (when a listing may be shown), "birthdate". Pure.

``_json_fields.NOT_DATE`` rules a key out of being an event's start or end by its words ("createdOn",
"created_at"); glued into one word they are not split, and such a key was read as the start of every record.
``glued_record_words`` gives the words NOT_DATE knows for such a key: the first word, when it is one of a
record's own dates, glued to a date word, a bound ("from", "to") or another such word.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

# The first word of a glued key, and the word NOT_DATE names it by.
GLUED_NOT_DATE = {"creation": "created", "created": "created", "create": "created", "modified": "modified",
                  "updated": "updated", "update": "updated", "published": "published", "availability": "visible",
                  "available": "visible", "last": "last", "changed": "changed", "imported": "imported",
                  "validated": "approved", "deleted": "deleted", "posted": "posted",
                  # when the record was handed in and when its tickets go on sale ("submitdate", "saledate", as Hong
                  # Kong's cultural programmes export names them): the record's and the box office's (feeds batch 72)
                  "submit": "submitted", "submitted": "submitted", "sale": "sale",
                  # a person's date of birth ("birthdate", "birthday", as a GraphQL API of children names it): the
                  # person's, never an event's start (apis batch 85)
                  "birth": "birth"}  # fmt: skip
GLUED_TAILS = frozenset({"date", "time", "datetime", "dt", "at", "on", "day", "ts", "from", "to", "until", "till"})


def glued_record_words(name: str) -> list[str]:
    """The words of a record's own date glued in one word ("createdon" → created, on; "lastupdated" → last,
    updated), as NOT_DATE names them; none for any other word ("startdate", "lastname")."""
    for head, word in GLUED_NOT_DATE.items():
        tail = name[len(head) :]
        if name.startswith(head) and tail and (tail in GLUED_TAILS or tail in GLUED_NOT_DATE):
            return [word, GLUED_NOT_DATE.get(tail, tail)]
    return []
