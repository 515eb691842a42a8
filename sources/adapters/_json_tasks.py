"""A list of tasks is no list of events: items that say whether they are done and when they are due (issue #13,
feeds batch 72).

A code-enforcement office's API answers an incident's workflow as ``<ArrayOfIncidEvent><IncidEvent><DateDeadline>
0001-01-01T00:00:00</DateDeadline><DateEvent>2012-10-11T00:00:00</DateEvent><DateTarget>2012-10-02T00:00:00-05:00
</DateTarget><IsComplete>false</IsComplete><Name>Inspection</Name>…``: a name and dates, so each step of the case
file ("Inspection", "Set Hearing Date", "Posting of Judgment") was read as an event. To-do lists, project plans
and ticket queues have the same shape: a task says whether it is done ("IsComplete", "completed", "done",
"is_finished": ``DONE_WORDS``, maybe with "is"/"has"/"task") as a yes or no, and when it is due ("deadline", "due",
"target": ``DUE_WORDS``, in a key holding a date). An event does neither: it happens at its time, it is not finished
by someone by a date.

A list is one of tasks when nearly all its items (``_json_news.nearly_all``) hold both. Not: a fixture list's
finished games ("completed": true, no deadline), an event's sign-up ("registration_deadline", no flag saying it is
done), a list whose items state happenings (a timed start, a venue's key: ``_json_not_events``' guard).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._json_news import nearly_all, said_keys

__all__ = ["task_items"]

DONE_WORDS = frozenset({"complete", "completed", "done", "finished"})
FLAG_WORDS = frozenset({"is", "has", "been", "task", "step", "item"})
DUE_WORDS = frozenset({"deadline", "due", "target"})
TRUTHS = frozenset({"true", "false", "yes", "no", "y", "n", "0", "1"})
MAX_TEXT = 40
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}")


def task_items(items: list[Any]) -> bool:
    """Whether the list's items are tasks, done or not, each due by a date (see the module's docstring)."""
    return nearly_all(items, _task)


def _task(item: Mapping[Any, Any]) -> bool:
    flagged = due = False
    for said, value in said_keys(item):
        if said & DONE_WORDS and said <= DONE_WORDS | FLAG_WORDS and _yes_or_no(value):
            flagged = True
        elif said & DUE_WORDS and isinstance(value, str) and len(value) <= MAX_TEXT and _DAY.search(value):
            due = True
    return flagged and due


def _yes_or_no(value: object) -> bool:
    return isinstance(value, bool) or (isinstance(value, str) and value.strip().lower() in TRUTHS)
