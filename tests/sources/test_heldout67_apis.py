"""The sixty-seventh held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout67.json: a town-events
collector's Localist answer and The Events Calendar page, TheSportsDB's schedule with one match named only by its
teams; hard negatives: a Google-Maps places list and API-Football's team statistics; all measured only), on small
documents of our own.

The cold measure found 7 of 7 events (5 of 5 spelled out, every field right) and refused both negatives: nothing to
mend. Probing shapes of the same kind by hand (GraphQL answers of a shop's admin API) found one: a shop's discount
codes, each with a title and the span it is valid in (``{"codeDiscount": {"__typename": "DiscountCodeBasic",
"title": "SAVE10", "startsAt": …, "endsAt": …}}`` under ``edges[].node``), read as events at confidence 0.93. One
rule: a list whose items type themselves as discounts, coupons, vouchers, promotion codes or price rules
("__typename", "object", "@type", "resourceType", "kind"; looked for on the item, its GraphQL "node" and a key naming
a discount) is no list of events (``_json_discounts``, in ``_json_not_events``). Not: an event typed "Event" with a
discount inside, an event with an early-bird "discount" object, a ticket type "Discount" in an event's ticket list.

Left: a listing with a day as ``{"timestamp": …, "machine": "2031-08-21"}`` and its clock apart in ``"times":
{"starts_at": "20:30"}`` is read at the timestamp's moment, not at 20:30 (a probe, not in the batch).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

import pytest

from sources.adapters._json_discounts import discount_items
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

ZONE = zoneinfo.ZoneInfo("America/Chicago")
NOW = dt.datetime(2031, 8, 1, tzinfo=ZONE)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
events = functools.partial(json_events, window=WINDOW, zone=ZONE)


def discount_node(number: int, typename: str = "DiscountCodeBasic") -> dict[str, Any]:
    return {
        "cursor": f"d{number}",
        "node": {
            "id": f"gid://shopify/DiscountCodeNode/{number}",
            "codeDiscount": {
                "__typename": typename, "title": f"SAVE{number}0", "status": "ACTIVE",
                "startsAt": f"2031-08-0{number}T10:00:00Z", "endsAt": f"2031-08-2{number}T10:00:00Z",
            },
        },
    }  # fmt: skip


def graphql(key: str, nodes: list[dict[str, Any]]) -> dict[str, Any]:
    return {"data": {key: {"edges": nodes, "pageInfo": {"hasNextPage": False, "endCursor": None}}}}


# --- a shop's discounts -------------------------------------------------------------------------------------


def test_a_shops_discount_codes_are_no_events() -> None:
    assert events(graphql("codeDiscountNodes", [discount_node(i) for i in range(1, 5)])) == []
    assert events(graphql("codeDiscountNodes", [discount_node(1)])) == []


def test_automatic_discounts_typed_on_the_node_are_no_events() -> None:
    nodes = [
        {"node": {"__typename": "DiscountAutomaticNode", "automaticDiscount": {
            "title": f"Summer sale {i}", "startsAt": f"2031-08-0{i}T00:00:00Z", "endsAt": None}}}
        for i in range(1, 4)
    ]  # fmt: skip
    assert events(graphql("automaticDiscountNodes", nodes)) == []


def test_coupons_typed_by_their_object_are_no_events() -> None:
    coupons = [
        {"id": f"Z4OV5{i}", "object": "coupon", "name": f"{i}5% off autumn", "percent_off": 10 + i,
         "created": 1943000000 + i, "redeem_by": "2031-09-30T23:59:59Z", "valid": True}
        for i in range(3)
    ]  # fmt: skip
    assert events({"object": "list", "data": coupons, "has_more": False}) == []


def test_events_typed_as_events_with_a_discount_inside_stay_events() -> None:
    # hard negative: the event types itself "Event"; its discount object is a part of it
    nodes = [
        {"node": {"__typename": "Event", "title": f"Jazz on the Lawn {i}", "startsAt": f"2031-08-1{i}T19:00:00-05:00",
                  "venue": {"name": "Riverside Park"},
                  "discount": {"__typename": "Discount", "code": "EARLY", "percent": 10}}}
        for i in range(1, 4)
    ]  # fmt: skip
    read = events(graphql("events", nodes))
    assert [e["title"] for e in read] == ["Jazz on the Lawn 1", "Jazz on the Lawn 2", "Jazz on the Lawn 3"]
    assert read[0]["start"] == "2031-08-11T19:00:00-05:00"


def test_events_with_an_early_bird_discount_or_discount_tickets_stay_events() -> None:
    # hard negative: no type name of a discount on the record; a "Discount" ticket type lies in a list
    items = [
        {"title": f"Harvest Concert {i}", "start": f"2031-10-1{i}T19:30:00", "location": "Craterian",
         "discount": {"type": "early bird discount", "percent": 15},
         "tickets": [{"type": "Discount", "price": 12}, {"type": "Standard", "price": 20}]}
        for i in range(1, 4)
    ]  # fmt: skip
    read = events({"events": items})
    assert [e["title"] for e in read] == ["Harvest Concert 1", "Harvest Concert 2", "Harvest Concert 3"]


@pytest.mark.parametrize(
    ("item", "discount"),
    [
        (discount_node(1), True),
        (discount_node(1, "DiscountCodeBxgy"), True),
        ({"object": "promotion_code", "code": "FALL"}, True),
        ({"@type": "PriceRule", "title": "10% off"}, True),
        ({"kind": "voucher", "title": "Gift card"}, True),
        ({"node": {"__typename": "Event", "codeDiscount": {"__typename": "DiscountCodeBasic"}}}, False),
        ({"__typename": "Event", "title": "Sale"}, False),
        ({"type": "discount", "title": "Student night"}, False),  # a plain "type" is a category, not a type name
        ({"discounts": [{"__typename": "Discount"}], "title": "Gig"}, False),  # lists are not walked
        ({"object": "event", "name": "Gig"}, False),
        ({"kind": "calendar#event", "summary": "Gig"}, False),
    ],
)  # fmt: skip
def test_discount_items(item: dict[str, Any], discount: bool) -> None:
    assert discount_items([item, item]) is discount


def test_a_discount_among_events_leaves_the_events() -> None:
    # nearly all items must be discounts: one stray promotion in a gig list refuses nothing
    gigs: list[Any] = [{"title": f"Gig {i}", "start": f"2031-08-1{i}T20:00:00", "venue": "Hall"} for i in range(1, 6)]
    gigs.append({"object": "coupon", "name": "10% off", "redeem_by": "2031-08-30T00:00:00Z"})
    assert len(events({"items": gigs})) >= 5
