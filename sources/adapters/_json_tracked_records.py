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
its title's or start's path). Read-through 59: nor a race whose start sits under its live tracking ("tracking":
{"start", "url"}: race, regatta and rally APIs nest it there). A path through a bare tracking word ("tracking",
"tracked", ``LOOSE_WORDS``) names a shipment only where the record also shows a shipment's signs (``SIGN_WORDS``: a
carrier, a courier, a waybill, an estimated delivery; a tracking number or code: ``shipment_signs``); a path
through a shipment's own word ("shipment", "parcel", "consignment" …) needs none.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Iterable

from sources.adapters._json_parcel_scans import TRACK_WORDS
from sources.adapters._json_shapes import words

__all__ = ["tracked_record"]

MAX_PATH = 1_000  # characters of a field's path read for its words
MAX_PATHS = 20  # paths of a field looked at
MAX_SIGN_PATHS = 400  # the record's paths looked at for a shipment's signs
# Tracking words that a race's or a vehicle's live position shares with a parcel's.
LOOSE_WORDS = frozenset({"tracking", "trackings", "tracked", "trackable"})
# A shipment's signs elsewhere in the record: who carries it, its bill, its delivery estimate.
SIGN_WORDS = frozenset({"carrier", "carriers", "courier", "couriers", "waybill", "waybills", "awb", "shipment",
                        "shipments", "parcel", "parcels", "consignment", "consignments", "delivered"})  # fmt: skip
SIGN_PAIRS = frozenset({("estimated", "delivery"), ("est", "delivery")})
NUMBER_WORDS = frozenset({"number", "numbers", "code", "no", "num", "nr", "id"})  # a tracking number's key


def tracked_record(*fields: Iterable[object], signs: Iterable[object] | None = None) -> bool:
    """Whether any of the fields' paths (the title's, the start's) runs through a key naming a tracked shipment;
    through a bare tracking word only when ``signs`` (the record's paths) show a shipment (``shipment_signs``).
    Without ``signs``, any tracking word names one."""
    loose = False
    for paths in fields:
        for index, path in enumerate(paths):
            if index >= MAX_PATHS:
                break
            said = set(words(path[:MAX_PATH])) & TRACK_WORDS if isinstance(path, str) else set()
            if said - LOOSE_WORDS:
                return True
            loose = loose or bool(said)
    return loose and (signs is None or shipment_signs(signs))


def shipment_signs(paths: Iterable[object]) -> bool:
    """Whether the record's paths name a carrier, a waybill, a delivery estimate or a tracking number."""
    for index, path in enumerate(paths):
        if index >= MAX_SIGN_PATHS:
            break
        for part in str(path)[:MAX_PATH].split("."):
            said = words(part)
            pairs = set(zip(said, said[1:], strict=False))
            if set(said) & SIGN_WORDS or pairs & SIGN_PAIRS:
                return True
            if any(head in LOOSE_WORDS | {"track"} and tail in NUMBER_WORDS for head, tail in pairs):
                return True
    return False
