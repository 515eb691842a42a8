"""A shop's discount codes and coupons are no events, though each has a title and a start (batch 67, APIs).

A shop's admin API lists its discounts with a title and the span they are valid in: Shopify's GraphQL answer
``{"data": {"codeDiscountNodes": {"edges": [{"node": {"codeDiscount": {"__typename": "DiscountCodeBasic", "title":
"SAVE10", "status": "ACTIVE", "startsAt": "2031-08-01T10:00:00Z", "endsAt": …}}}]}}}`` was read as four events
("SAVE10" at 12:00) at confidence 0.93. Stripe's coupons say so the same way (``{"object": "coupon", "name": "25%
off", "redeem_by": …}``). A list is one of discounts when nearly all its items are typed as such: the type name a
record gives itself ("__typename", "object", "@type", "resourceType", "kind") names a discount, a coupon, a voucher,
a promotion code or a price rule. The type is looked for on the item, then down its GraphQL wrapper ("node") and
any key that names a discount ("codeDiscount", "automaticDiscount", "coupon"), at most MAX_DEPTH deep; the first
type name met decides, so an event typed "Event" with a discount inside it stays an event.

Not: an event with an early-bird "discount" or "discounts" object (no type name of a discount on the event), a
ticket type "Discount" in an event's ticket list (lists are not walked), a list of sales or offers.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_news import nearly_all
from sources.adapters._json_shapes import words

__all__ = ["discount_items"]

TYPE_KEYS = frozenset({"__typename", "typename", "object", "@type", "resourcetype", "resource_type", "kind"})
DISCOUNT_WORDS = frozenset({"discount", "discounts", "coupon", "coupons", "voucher", "vouchers", "promocode"})
DISCOUNT_PAIRS = (frozenset({"promotion", "code"}), frozenset({"promo", "code"}), frozenset({"price", "rule"}))
WRAPPERS = frozenset({"node"})
MAX_DEPTH = 3
MAX_KEYS = 40
MAX_TYPE = 80  # a type name longer than this is prose, not a name


def discount_items(items: list[Any]) -> bool:
    """Whether the list's items are a shop's discounts or coupons (see the module)."""
    return nearly_all(items, lambda item: _typed_discount(item, MAX_DEPTH))


def _discount_name(name: str) -> bool:
    said = set(words(name))
    return bool(said & DISCOUNT_WORDS) or any(pair <= said for pair in DISCOUNT_PAIRS)


def _typed_discount(record: Mapping[Any, Any], depth: int) -> bool:
    keys = list(record.items())[:MAX_KEYS]
    for key, value in keys:
        if str(key).lower() in TYPE_KEYS and isinstance(value, str) and len(value) <= MAX_TYPE:
            return _discount_name(value)  # the record says what it is; the first type name decides
    if depth <= 1:
        return False
    return any(
        isinstance(value, Mapping)
        and (str(key).lower() in WRAPPERS or _discount_name(str(key)))
        and _typed_discount(value, depth - 1)
        for key, value in keys
    )
