"""digests.skeleton: a digest template rendered once per shape and filled in per subscriber gives exactly what
rendering it in full gives (escaping included), and a template that transforms a per-subscriber value is
rendered in full instead."""

from __future__ import annotations

import datetime as dt

import pytest
from django.template import engines
from django.utils import timezone
from django.utils.safestring import mark_safe

from digests.models import Subscription
from digests.rendering import SLOTS, DigestRenderer
from digests.skeleton import Skeleton, SkeletonTemplate
from tests.digests.factories import ActiveSubscriptionFactory
from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db

TZ = "Europe/Berlin"


def full(renderer: DigestRenderer) -> DigestRenderer:
    """The renderer with its skeletons switched off: every digest through the template engine."""
    renderer._html.usable = renderer._text.usable = False
    return renderer


def test_filled_digests_are_the_full_renders_for_every_shape(settings):
    settings.DIGEST_POSTAL_ADDRESS = "1 Road & <Street>"
    city = CityFactory(name="Zürich & <Co>", timezone=TZ)
    start = timezone.now() + dt.timedelta(hours=20)
    ids = [
        EventFactory(city=city, timezone=TZ, title=f"Gig <{n}> & 'x'", start=start + dt.timedelta(hours=9 * n)).pk
        for n in range(6)
    ]
    subscribers = [
        Subscription.objects.select_related("city").get(pk=ActiveSubscriptionFactory(city=city, **fields).pk)
        for fields in (
            {"email": "o'neil&co@mail-host.net"},
            {"email": "b@mail-host.net", "filters": {"free": True}},
            {"email": "c@mail-host.net", "cadence": "daily"},
        )
    ]
    filled, rendered = DigestRenderer(now=timezone.now()), full(DigestRenderer(now=timezone.now()))
    for test in (False, True):
        for subscription in subscribers:
            for subset in (ids, ids[2:5], ids[:1]):
                ours = filled.render(subscription, subset, test=test, live_links=False)
                theirs = rendered.render(subscription, subset, test=test, live_links=False)
                assert (ours.html, ours.text) == (theirs.html, theirs.text)
    assert filled._html.usable
    assert filled._text.usable
    assert len(filled._html.skeletons) == 6  # (filter wording, cadence) × test: not one per digest
    escaped = filled.render(subscribers[0], ids, live_links=False).html
    assert "because o&#x27;neil&amp;co@mail-host.net subscribed" in escaped


def template(source: str):
    return engines["django"].from_string(source)


def test_a_filter_on_a_slot_refuses_the_skeleton():
    upper = SkeletonTemplate(template("<p>{{ email|upper }} {{ city }}</p>"), SLOTS)
    assert Skeleton.build(upper.template, {"email": "a@b.net", "city": "X"}, SLOTS) is None
    assert upper.render({"email": "a&b@mail.net", "city": "X"}) == "<p>A&amp;B@MAIL.NET X</p>"
    assert not upper.usable


def test_a_traceless_transformation_is_caught_by_the_first_comparison():
    length = SkeletonTemplate(template("{{ email|length }} {% if count > 1 %}many{% endif %} {{ days }}"), SLOTS)
    context = {"email": "a@mail-host.net", "count": 3, "days": mark_safe("<b>d</b>")}
    assert length.render(context) == "15 many <b>d</b>"
    assert not length.usable
    assert length.render({**context, "email": "ab@mail-host.net"}) == "16 many <b>d</b>"


def test_escaping_follows_the_template_and_unhashable_contexts_render_in_full():
    mixed = SkeletonTemplate(
        template("{{ email }}|{% autoescape off %}{{ email }}{% endautoescape %}|{{ days }}|{{ city }}"), SLOTS
    )
    first = {"email": "<a>@x.net", "days": mark_safe("<i>safe</i>"), "city": "C"}
    assert mixed.render(first) == "&lt;a&gt;@x.net|<a>@x.net|<i>safe</i>|C"
    assert mixed.render({**first, "email": "&b@x.net"}) == "&amp;b@x.net|&b@x.net|<i>safe</i>|C"
    assert mixed.usable
    assert len(mixed.skeletons) == 1
    assert (
        mixed.render({**first, "city": ["not", "hashable"]})
        == "&lt;a&gt;@x.net|<a>@x.net|<i>safe</i>|[&#x27;not&#x27;, &#x27;hashable&#x27;]"
    )
