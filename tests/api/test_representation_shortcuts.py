"""The event representation's shortcuts (a reversed path template, remembered prices) say exactly what the
slow paths say."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse, set_script_prefix

from events.api.representation import event_page_url, page_url_builder
from events.formatting import _money, money
from events.links import site_url


@pytest.mark.parametrize(
    ("pk", "slug"),
    [(1, "jazz-night"), (42, ""), (7, "café-concert"), (9, "a b"), (3, "x.y~z_-"), (5, "50%-off"), (8, "?q=1")],
)
def test_event_page_url_is_the_reversed_url(pk, slug):
    assert event_page_url(pk, slug) == site_url(reverse("events:detail", kwargs={"pk": pk, "slug": slug or "event"}))


def test_event_page_url_follows_the_script_prefix():
    set_script_prefix("/sub/")
    try:
        assert event_page_url(4, "gig").endswith("/sub/events/4/gig/")
    finally:
        set_script_prefix("/")
    assert event_page_url(4, "gig").endswith("/events/4/gig/")
    assert "/sub/" not in event_page_url(4, "gig")


def test_a_shared_builder_says_what_event_page_url_says():
    cases = [(1, "jazz-night"), (42, ""), (7, "café-concert"), (9, "a b"), (5, "50%-off"), (3, "x.y~z_-")]
    page_url = page_url_builder()
    assert [page_url(pk, slug) for pk, slug in cases] == [event_page_url(pk, slug) for pk, slug in cases]
    set_script_prefix("/sub/")
    try:  # a builder made under a prefix keeps it for its list
        assert page_url_builder()(4, "gig").endswith("/sub/events/4/gig/")
    finally:
        set_script_prefix("/")


@pytest.mark.parametrize(
    ("first", "second"), [(Decimal("10.5"), Decimal("10.50")), (Decimal("3"), 3.0), (Decimal("1200.00"), 1200)]
)
def test_money_remembers_by_the_amount_as_written(first, second):
    for amount in (first, second):  # equal numbers, different texts: each formatted as if first seen
        for currency, country in (("USD", "US"), ("INR", "IN"), ("", ""), ("XYZ", "")):
            assert money(amount, currency, country) == _money.__wrapped__(str(amount), currency, country)
