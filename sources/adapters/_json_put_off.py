"""An event put off, not called off: a JSON item's cancelled flag beside its own word that it was moved (left33).

A UK ticketing API's event detail writes ``"cancelled": "1", "cancellationType": "rescheduled",
"cancellationReason": "Covid-19 Pandemic", "rescheduledDate": ""``: the flag is set on every event that will not
happen on its day, and its type says how. The inferred mapping reads the flag (``_json_extras.status``: "1" →
cancelled), and held-out 66's show was printed as cancelled. So is an item whose flag is set and whose own status
says "postponed" (the flag's column wins the mapping). The event is put off (docs/event-format.md's vocabulary, as
schema.org's ``EventPostponed`` / ``EventRescheduled``):

- a cancellation's type or kind, or the item's status or state, saying postponed or rescheduled
  (``statuswords.status_in_value``) turns a "cancelled" reading into that word's status;
- a new date's key beside it decides between the two: empty ("rescheduledDate": "", null) → postponed (no new day
  yet), a value → rescheduled (it has one). With no such key the word stands.

Not: a cancellation's type saying cancelled, an item read as scheduled (a put-off word on a running event changes
nothing here), a reason's free text ("Postponed from last year" in ``cancellationReason``), a key elsewhere in the item.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from events import statuswords

PUT_OFF = frozenset({"postponed", "rescheduled"})
# the keys, lowercased with "_", "-" and spaces dropped, whose value says how an event stopped being on its day
HOW_KEYS = frozenset(
    {"cancellationtype", "cancelationtype", "canceltype", "cancellationkind", "cancellationstatus", "status", "state",
     "eventstatus", "statuscode"}
)  # fmt: skip
# the keys that hold the day an event was moved to
NEW_DATE_KEYS = frozenset(
    {"rescheduleddate", "rescheduledto", "rescheduledfor", "rescheduledstart", "newdate", "newstart", "newstartdate",
     "postponedto", "postponeddate", "movedto"}
)  # fmt: skip


def _folded(key: Any) -> str:
    return "".join(char for char in str(key).lower() if char.isalnum())


def put_off(status: str, item: Mapping[str, Any]) -> str:
    """``status`` as read, or postponed / rescheduled when it is "cancelled" and the item's own words say it was put
    off (see the module)."""
    if status != "cancelled":
        return status
    said = [
        found
        for key, value in item.items()
        if _folded(key) in HOW_KEYS and isinstance(value, str)
        if (found := statuswords.status_in_value(value)) != "scheduled"
    ]
    if not said or any(found not in PUT_OFF for found in said):
        return status
    dates = [value for key, value in item.items() if _folded(key) in NEW_DATE_KEYS]
    if not dates:
        return "postponed" if "postponed" in said else "rescheduled"
    return "rescheduled" if any(value not in (None, "", 0, "0") for value in dates) else "postponed"
