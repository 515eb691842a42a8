"""The lists whose items are records of another kind than events, each told by its own module, in one call for
the inference (``_json_infer.infer_list``): news articles (``_json_news``), incidents a service reports
(``_json_incidents``, batch 63), a software roadmap's planned changes (``_json_roadmap``, batch 63), a blog's
posts (``_json_posts``, batch 64), job ads (``_json_vacancies``, review30), telemetry (``_json_telemetry``, review30),
public holidays and flights (``_json_calendar_records``, review30), maintenance windows, recipes,
departures and earnings reports (``_json_service_records``, review32), a shop's discount codes and coupons
(``_json_discounts``, batch 67), a build log's stamps (``_json_builds``, left36), roll-call votes (``_json_votes``,
batch 74), a catalogue of serials counting their episodes (``_json_serials``, feeds batch 71), tasks done or due
(``_json_tasks``, feeds batch 72), a race's competitors (``_json_competitors``, feeds batch 73), a tracked parcel's scans
(``_json_parcel_scans``, batch 78), earthquakes and other measured hazards (``_json_hazards``, batch 82).

Each decides on the items alone and refuses the whole list; what each reads and refuses is in its own docstring.
A list whose items state happenings (``_json_happening.happening``: a timed start, a venue's, a room's or a side's
key) is never refused, whatever other records' keys they carry: more items than the share ``nearly_all`` leaves
over. Review31 guarded three of the kinds with it; review32 moved the guard up here, for all of them (public
holidays with ``any_when``: any date's key with a time of day, as review31 had it), but incidents and discounts:
an outage's start is timed by nature ("start": "2031-06-04T08:00:00Z"), and only its name, an incident's noun,
tells it; a discount code's validity is timed too, and only its declared type ("DiscountCode") tells it. Votes are
guarded: a meetup's timed, placed events may carry a tally of their RSVPs ("yes"/"no" counted) as votes do.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_builds import build_items
from sources.adapters._json_calendar_records import flight_items, holiday_items
from sources.adapters._json_competitors import competitor_items
from sources.adapters._json_discounts import discount_items
from sources.adapters._json_happening import happening
from sources.adapters._json_hazards import hazard_items
from sources.adapters._json_incidents import incident_items
from sources.adapters._json_news import NEARLY, news_items
from sources.adapters._json_parcel_scans import parcel_scans
from sources.adapters._json_posts import post_items
from sources.adapters._json_roadmap import roadmap_items
from sources.adapters._json_serials import gathering_key, serial_items
from sources.adapters._json_service_records import service_items
from sources.adapters._json_tasks import task_items
from sources.adapters._json_telemetry import telemetry_items
from sources.adapters._json_vacancies import vacancy_items
from sources.adapters._json_votes import vote_items

__all__ = ["other_records"]


def other_records(items: list[Any], path: str = "") -> bool:
    """Whether the list's items are news, incidents, roadmap changes, posts, job ads, telemetry, holidays,
    flights, a service's records, discounts, build stamps, votes, serials (not under a key naming gatherings:
    ``path``) or tasks, not events; never a list of happenings (see the module)."""
    records = [item for item in items if isinstance(item, Mapping)]
    if incident_items(items) or discount_items(items) or competitor_items(items) or parcel_scans(items, path):
        return True  # timed by nature: names (63), declared types (67), bibs (feeds 73) or path (78) say it, no guard
    if hazard_items(items):
        return True  # a quake is placed and timed by nature: its magnitude says it (82), no guard
    kinds = (
        (news_items, False), (roadmap_items, False), (post_items, False), (vacancy_items, False),
        (telemetry_items, False), (holiday_items, True), (flight_items, False), (service_items, False),
        (build_items, False), (vote_items, False), (task_items, False),
        *(() if gathering_key(path) else ((serial_items, False),)),  # "meetings" counting "chapters" (left40)
    )  # fmt: skip
    return any(kind(items) and not _happenings(records, any_when=any_when) for kind, any_when in kinds)


def _happenings(records: list[Mapping[Any, Any]], *, any_when: bool) -> bool:
    """Whether more of the records than ``nearly_all`` leaves over state happenings (with ``any_when``, any date's
    key with a time of day does: a holiday is a whole day)."""
    stated = sum(1 for item in records if happening(item, any_when=any_when))
    return stated > (1 - NEARLY) * len(records)
