"""Incidents are no events: a list whose items are outages or faults a service reports, each named only by what
went wrong and saying whom it affects or why (batch 63, APIs).

A power utility's outage map answers its "events" as ``[{"id": 1, "startTime": 1616700000000, "title": "Outage",
"numPeople": 2000, "status": "Unassigned", "cause": "", "latitude": 36.07, "longitude": -86.61}]``: a title, a
start and a point, as an event has. But the title names no happening one goes to, only the kind of trouble
("Outage", "Power outage", "Fault", "Service disruption", "Störung", "Panne", "Avería"), the same in every item,
and the item counts whom it affects ("numPeople", "customersAffected") or says what caused it and when it will
be mended ("cause", "estimatedRestoration"). Such records report trouble, not something that happens for anyone.

A list is one of incidents when nearly all its items have a name key ("title", "name", "summary", "subject",
"label", "type") holding only an incident's noun (INCIDENT_NAMES, accents folded) AND a key saying whom it
affects or why (IMPACT_WORDS, or a count of people: "numPeople", "customerCount"); nearly all and the keys
looked at as for news (``_json_news.nearly_all``, ``said_keys``).

Not: a play or a tour named "Blackout" (its items say where, not whom they affect); "Incident Response
Workshop" (a name that is more than the noun); a status page's incident named by its own words ("Elevated error
rates"), which this module does not decide; a list where a few items are outages among events.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_news import nearly_all, said_keys
from sources.adapters._json_other_words import fold_key

__all__ = ["incident_items"]

# What went wrong, as an outage map or a fault list names each record (accents folded, lower case).
INCIDENT_NAMES = frozenset({
    "outage", "outages", "power outage", "planned outage", "unplanned outage", "water outage", "gas outage",
    "service outage", "network outage", "fault", "power fault", "network fault", "incident", "disruption",
    "service disruption", "interruption", "service interruption", "power interruption", "supply interruption",
    "power cut", "power failure", "blackout", "water main break", "main break", "leak", "burst main",
    "storung", "stromausfall", "netzstorung", "panne", "coupure", "coupure de courant", "averia", "corte",
    "corte de luz", "apagon", "guasto", "interruzione", "storing", "stroomstoring", "awaria", "strombrudd",
    "stromavbrott", "sahkokatko",
})  # fmt: skip
# The keys that name each item (a key's words, _json_shapes.words).
NAME_WORDS = frozenset({"title", "name", "summary", "subject", "label", "type", "headline"})
# The keys that say whom a record affects, what caused it, or when it will be mended.
IMPACT_WORDS = frozenset({
    "affected", "impacted", "cause", "causes", "restoration", "restore", "restored", "etr", "customers", "outaged",
    "betroffen", "betroffene", "ursache", "afectados", "causa", "clients", "getroffen", "oorzaak",
})  # fmt: skip
# A count of people ("numPeople", "customerCount", "personsAffected"): a counting word beside a people word.
COUNT_WORDS = frozenset({"num", "number", "count", "total", "nb"})
PEOPLE_WORDS = frozenset({"people", "persons", "customer", "customers", "users", "homes", "households", "meters"})
MAX_NAME = 40  # characters of a name looked at: an incident's noun is short


def incident_items(items: list[Any]) -> bool:
    """Whether the list's items are incidents a service reports (see the module's docstring)."""
    return nearly_all(items, _incident)


def _incident(item: Mapping[Any, Any]) -> bool:
    named = impact = False
    for said, value in said_keys(item):
        if said & NAME_WORDS and isinstance(value, str) and len(value) <= MAX_NAME:
            named = named or " ".join(fold_key(value).lower().split()) in INCIDENT_NAMES
        if said & IMPACT_WORDS or (said & COUNT_WORDS and said & PEOPLE_WORDS):
            impact = True
    return named and impact
