"""Prices given as a list, one per kind of ticket, for the ``json_api`` and ``xml`` adapters. Pure.

A venue's export names each ticket's price beside the others: ``<price name="Adult">12.00</price><price
name="Child">6.00</price>`` in XML, ``"prices": [{"name": "Adult", "amount": 12}, {"name": "Child", "amount": 6}]``
in JSON. Read as fields named by the ticket ("Adult", "Child") no price was read, and read through the list's first
element only, the first ticket's price was the event's. Such siblings stay a list (``_xml_data.priced_siblings``), a price
column read through a list is read over all of it (``every_element``), so the lowest is the event's ``price_min``
and the highest its ``price_max`` (``price_range``), and the tickets' names with their prices are kept in the
record's evidence ("prices as named: Adult 12.00; Child 6.00", ``named_prices``): the §4.1 record has no field
for them, and a moderator sees them there.

The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sources.adapters._json_paths import resolve
from sources.adapters.common import money

# Words of an element's name that say its siblings are prices ("price", "ticketPrice", "fees", "tariff").
PRICE_ELEMENT_WORDS = frozenset({"price", "prices", "cost", "costs", "fee", "fees", "admission", "tariff", "ticket"})
FREE_WORDS = frozenset({"free", "gratis", "0"})
NAME_KEYS = ("name", "label", "type", "title", "category", "description", "kind")  # what a ticket is called
MAX_NAMED = 12  # tickets named in the evidence; a longer list is cut
MAX_NAME = 60
NAMED = "prices as named: {prices}"


def every_element(path: str) -> str | None:
    """A column's path through lists' first elements read over every element ("prices.0.amount" →
    "prices.amount", "offers.0.prices.0.amount" → "offers.prices.amount", which ``resolve`` reads from each),
    or None when the path crosses no list."""
    parts = path.split(".")
    if "0" not in parts[1:-1]:
        return None
    return ".".join([parts[0], *(part for part in parts[1:-1] if part != "0"), parts[-1]])


def _amounts(value: Any) -> list[Decimal]:
    values = value if isinstance(value, list) else [value]
    return [found for found in map(money, values) if found is not None]


def price_range(low: Any, high: Any) -> tuple[Decimal | None, Decimal | None]:
    """The lowest of ``low``'s amounts and the highest of ``high``'s (each a value or a list of them)."""
    lows, highs = _amounts(low), _amounts(high)
    return (min(lows) if lows else None), (max(highs) if highs else None)


def named_prices(item: Mapping[str, Any], spec: Any) -> list[str]:
    """The evidence line naming each ticket's price, when the price is read over a list of named elements."""
    path = spec.paths[0] if spec is not None and len(spec.paths) == 1 else ""
    holder, _, leaf = path.rpartition(".")
    elements = resolve(item, holder)
    if not isinstance(elements, list) or len(elements) < 2:
        return []
    named: list[str] = []
    for element in elements[:MAX_NAMED]:
        if not isinstance(element, Mapping):
            continue
        name = next(
            (element[key] for key in NAME_KEYS if isinstance(element.get(key), str) and element[key].strip()), None
        )
        price = element.get(leaf)
        if name is not None and isinstance(price, str | int | float) and not isinstance(price, bool):
            named.append(f"{' '.join(name.split())[:MAX_NAME]} {price}")
    return [NAMED.format(prices="; ".join(named))] if named else []
