"""A list of dates read with the fields of the record it sits in only when that record could be an event (left45, from
read-through 59's JSON probes). Pure.

``_json_infer._dates_readings`` reads a list of objects that are only dates ("dates": [{"date": "2031-03-05", "text":
"5 March 2031"}, …]) as that many occurrences of the record around it, named by its title. A news article that
spells out the days it reports on ({"headline": "Council approves budget", "body": "…", "dates": [two such
items]}) was so read as two events: a list of such articles is refused as news (``_json_not_events.other_records``),
but its dates lists, read one level down, were not asked. Now the records around a dates list are asked as a list of
records is: news, incidents, posts, a roadmap's changes, job ads … (``other_records``) give no occurrences.

Not (hard negatives): a play's record with its dates ({"title": "Hamlet", "venue": "Globe", "dates": […]}), a
headline with a place beside it (an event's, as ``_json_news`` reads it).

The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_nested import MARK
from sources.adapters._json_not_events import other_records

__all__ = ["containers_not_events"]

MAX_CONTAINERS = 50  # containers looked at: a sample, as the lists' own readers take


def containers_not_events(items: list[dict[str, Any]], path: str) -> bool:
    """Whether the records the dates list at ``path`` sits in (its items' nearest containers' fields) are no
    events: news articles, incidents, posts … (see the module)."""
    outer = path.rpartition(".")[0]
    key = f"{MARK}{outer}"
    containers: list[Mapping[str, Any]] = []
    for item in items:
        container = item.get(key)
        if isinstance(container, Mapping) and not any(container is seen for seen in containers):
            containers.append(container)
        if len(containers) >= MAX_CONTAINERS:
            break
    return bool(containers) and other_records(containers, outer)
