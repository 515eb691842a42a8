"""A record named or dated through its parcel tracking is a tracked shipment, not an event (issue #13, held-out
batch 81).

A parcel-tracking service answers a number with ``{"data": {"accepted": [{"number": "RR123456789CN", "carrier":
3011, "track_info": {"latest_event": {"time_iso", "description": "Package delivered", "location": "LOS ANGELES,
CA"}, "time_metrics": {"estimated_delivery_date": {"from", "to"}}, "tracking": {"providers": [{"provider": {"name":
"China Post"}, "events": [...]}]}}}]}}``. Its scans under "tracking" are refused as a parcel's (``_json_parcel_scans``:
a list on a tracking path whose items have no name), but the accepted shipment itself was read as one event: titled
by the carrier it is tracked through ("track_info.tracking.providers.0.provider.name" → "China Post") and dated by
its estimated delivery window, at the place of its last scan.

Refused (``_json_infer.infer_list``): a list whose chosen title or start is read through a key naming a tracked
shipment (``_json_parcel_scans.TRACK_WORDS``: "tracking", "shipment", "parcel", "consignment", "waybill",
"courier" …). An event names itself and dates itself by its own fields, not through the history of a parcel. Not: a
conference's "track" or "tracks" ("track.name": a session's track, no tracking word), a title or a start of the
record's own beside a "tracking" object it also holds (an event's analytics "tracking": {"utm_campaign"} is not on
its title's or start's path).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Iterable

from sources.adapters._json_parcel_scans import TRACK_WORDS
from sources.adapters._json_shapes import words

__all__ = ["tracked_record"]

MAX_PATH = 1_000  # characters of a field's path read for its words
MAX_PATHS = 20  # paths of a field looked at


def tracked_record(*fields: Iterable[object]) -> bool:
    """Whether any of the fields' paths (the title's, the start's) runs through a key naming a tracked shipment."""
    for paths in fields:
        for index, path in enumerate(paths):
            if index >= MAX_PATHS:
                break
            if isinstance(path, str) and set(words(path[:MAX_PATH])) & TRACK_WORDS:
                return True
    return False
