"""An event that runs over many sittings, given as its first and its last.

Catalogues of exhibitions, festivals and courses (OpenAgenda's ``firstTiming``/``lastTiming``, the Opendatasoft
exports' ``firstdate_begin``/``lastdate_end``, ``first_date``/``last_date``) give a record's first sitting and its
last, each with its own begin and end, instead of (or beside) the list of every sitting. The record is read as
one event from the first sitting's start to the last sitting's end: an exhibition open 10:00-18:00 every day from
7 March to 31 July ends on 31 July, not at 18:00 on 7 March.

Only when the end chosen for the record lies under a "first" key and the same key with "last" in its place reads
as moments too: a record with one sitting gives the same first and last, and nothing changes.
"""

from __future__ import annotations

import re

from sources.adapters._json_fields import Moment, Sample, _single

_FIRST = re.compile(r"(?:^|(?<=[._ -]))[Ff]irst")  # a key part that begins with the word


def last_sitting_end(sample: Sample, end: Moment) -> Moment | None:
    """The end read from the last sitting's key when ``end`` is the first sitting's ("firstTiming.end" →
    "lastTiming.end", "firstdate_end" → "lastdate_end"); None when there is no such column that reads."""
    if len(end.paths) != 1:
        return None
    path = end.paths[0]
    for match in _FIRST.finditer(path):
        word = match.group(0)
        last = "Last" if word[0].isupper() else "last"
        column = sample.columns.get(path[: match.start()] + last + path[match.end() :])
        shape = sample.shape(column) if column is not None else None
        if column is not None and shape is not None and shape.kind != "time":
            return _single(column, shape, end.named)
    return None
