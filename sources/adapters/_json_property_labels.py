"""A property's label is no item's name (lead, from batch feeds46's SportsML schedule). Pure.

Records often carry name/value pairs: custom fields ({"name": "Ticket price", "value": "12"}), XML properties
(<sports-property formal-name="television-coverage" value="FSN-TN"/>). Such a pair's name is the label of the
property, the same in every record, and it was taken for each record's title ("television-coverage" for every game
of a season). Now a column is no title when its object also holds a "value" beside it and every sampled record
gives the same label.

A "content" that is a marked-up body ("title" and "content": "<p>Loremp ipsum</p>", a CMS post's own text, batch
apis80) is no property's value: the title beside it is the record's, the same in each occurrence of the record. Only
at the record's own level (review58: "info": {"title": "Price", "content": "<b>£5</b>"} is a property's label and its
marked-up value, beside the record's own "name").

Not: a name beside a value that differs from record to record ("attributes": [{"id": 1, "value": "Nieuwjaarsconcert"}]
names each item by its value, and {"name": "Spring Gala", "value": 25} by its name), one record alone, a name with no
value beside it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

VALUE_KEYS = frozenset(("value", "val", "content"))
MARKUP = re.compile(r"<[a-z][a-z0-9]*\b[^<>]{0,200}>", re.IGNORECASE)  # an opening tag


def property_label(path: str, values: list[Any], columns: Mapping[str, Any]) -> bool:
    """Whether the column at ``path`` is the label of a name/value pair: a value beside it in the same object, and one
    label across two or more records."""
    holder, _, _ = path.rpartition(".")
    prefix = f"{holder}." if holder else ""
    own = not holder or (holder.startswith("^") and "." not in holder)  # the record's or its container's (review58)
    if not any(f"{prefix}{key}" in columns and not (own and _body(columns[f"{prefix}{key}"])) for key in VALUE_KEYS):
        return False
    labels = [value.strip().casefold() for value in values if isinstance(value, str) and value.strip()]
    return len(labels) >= 2 and len(set(labels)) == 1


def _body(column: Any) -> bool:
    """Whether a column's values are marked-up text (a body: "<p>…</p>"), every one of them that is text."""
    texts = [value for value in getattr(column, "values", []) if isinstance(value, str) and value.strip()]
    return bool(texts) and all(MARKUP.search(text) for text in texts)
