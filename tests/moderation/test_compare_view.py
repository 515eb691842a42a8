"""The compare view: a duplicate pair side by side with per-field similarity; keep left/right merges."""

from __future__ import annotations

import datetime as dt
import importlib
from decimal import Decimal

import pytest
from django.apps import apps as global_apps
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from events.models import Event, EventListing, StagedEvent
from moderation.models import ModerationAction
from sources.models import Source
from tests.factories import CityFactory, EventFactory, SourceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]
group_migration = importlib.import_module("moderation.migrations.0002_moderators_group")


@pytest.fixture
def moderator(django_user_model):
    # The migration made the group; a transactional test earlier in the run may have flushed it.
    if not Group.objects.filter(name="Moderators").exists():
        group_migration.create_group(global_apps, None)
    user = django_user_model.objects.create_user("mona", password="pw-mona-12345", is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def pair():
    city = CityFactory(slug="compare-city", name="Compare City", timezone="America/Chicago")
    blog = SourceFactory(slug="blog", name="Gig Blog", city=city, trust_level=Source.Trust.STANDARD)
    venue = SourceFactory(slug="hall", name="Music Hall", city=city, trust_level=Source.Trust.OFFICIAL)
    start = dt.datetime(2026, 12, 5, 1, 30, tzinfo=dt.UTC)  # 19:30 CST on the 4th
    left = EventFactory(
        title="Night Owls live at the Music Hall",
        slug="night-owls",
        city=city,
        start=start,
        timezone="America/Chicago",
        venue_name="Music Hall",
        latitude=41.8800,
        longitude=-87.6300,
        price_min=Decimal("20.00"),
        currency="USD",
        cost_type="paid",
        description="An evening with the Night Owls. " * 30,
    )
    right = EventFactory(
        title="Night Owls – Live",
        slug="night-owls-2",
        city=city,
        start=start + dt.timedelta(minutes=30),
        timezone="America/Chicago",
        venue_name="The Music Hall",
        latitude=41.8900,
        longitude=-87.6300,
    )
    for event, source, external_id in ((left, blog, "b1"), (right, venue, "h1")):
        EventListing.objects.create(event=event, source=source, external_id=external_id, is_primary=True)
        StagedEvent.objects.create(source=source, external_id=external_id, event=event, status="published")
    return left, right


def url(left: Event, right: Event) -> str:
    return reverse("moderation-compare", args=[left.pk, right.pk])


def test_a_moderator_sees_both_sides_and_the_per_field_similarity(client, moderator, pair):
    left, right = pair
    client.force_login(moderator)
    response = client.get(url(left, right))

    assert response.status_code == 200
    body = response.content.decode()
    assert "Night Owls live at the Music Hall" in body
    assert "Night Owls – Live" in body
    assert "Fri 04 Dec 2026 19:30 CST" in body  # local time in the event's zone, with its short name
    assert "Fri 04 Dec 2026 20:00 CST" in body
    assert "30 min apart" in body
    assert "1.11 km apart" in body  # 0.01° of latitude
    assert "…" in body  # the long description is truncated
    rows = {row.label: row for row in response.context["rows"]}
    assert rows["venue"].similarity == "0.83"  # rapidfuzz ratio of "music hall" / "the music hall"
    assert rows["city"].similarity == "same"
    assert "Gig Blog" in rows["listed at"].left
    assert "Music Hall" in rows["listed at"].right
    assert response.context["pair"].scores  # the pipeline's own field scores are shown too
    assert 'name="keep" value="left"' in body
    assert 'name="keep" value="right"' in body
    assert "csrfmiddlewaretoken" in body


def test_anonymous_users_are_sent_to_the_login_page(client, pair):
    response = client.get(url(*pair))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_staff_without_the_change_event_permission_are_refused(client, django_user_model, pair):
    staff = django_user_model.objects.create_user("sam", password="pw-sam-12345", is_staff=True)
    client.force_login(staff)
    assert client.get(url(*pair)).status_code == 403
    assert client.post(url(*pair), {"keep": "left"}).status_code == 403
    assert not ModerationAction.objects.exists()


def test_non_staff_never_reach_it(client, django_user_model, pair):
    user = django_user_model.objects.create_user("visitor", password="pw-vis-12345")
    client.force_login(user)
    response = client.post(url(*pair), {"keep": "left"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert not Event.objects.filter(merged_into__isnull=False).exists()


def test_keep_right_merges_left_into_right_and_goes_to_the_winner(client, moderator, pair):
    left, right = pair
    client.force_login(moderator)
    response = client.post(url(left, right), {"keep": "right", "reason": "same gig"}, follow=True)

    assert response.redirect_chain[0] == (reverse("admin:events_event_change", args=[right.pk]), 302)
    assert "Merged" in response.content.decode()
    left.refresh_from_db()
    assert left.merged_into == right
    assert right.listings.count() == 2
    assert set(ModerationAction.objects.values_list("action", "event_id", "acting_user", "reason")) == {
        ("merge", left.pk, moderator.pk, "same gig"),
        ("merge", right.pk, moderator.pk, "same gig"),
    }
    # The loser's change page offers the undo; the winner's the "merge with" form.
    assert "Undo merge (split)" in client.get(reverse("admin:events_event_change", args=[left.pk])).content.decode()
    assert "Merge with" in response.content.decode()


def test_a_bad_choice_or_a_refused_merge_merges_nothing(client, moderator, pair):
    left, right = pair
    client.force_login(moderator)
    client.post(url(left, right), {"keep": "both"})
    assert not ModerationAction.objects.exists()

    client.post(url(left, right), {"keep": "left"})
    response = client.post(url(left, right), {"keep": "left"}, follow=True)  # right is merged already
    assert "Not merged" in response.content.decode()
    assert ModerationAction.objects.count() == 2


def test_the_merge_with_form_opens_the_compare_view_and_the_split_button_undoes(client, moderator, pair):
    left, right = pair
    client.force_login(moderator)
    response = client.get(reverse("moderation-compare-with", args=[left.pk]), {"with": str(right.pk)})
    assert response["Location"] == url(left, right)
    response = client.get(reverse("moderation-compare-with", args=[left.pk]), {"with": "abc"})
    assert response["Location"] == reverse("admin:events_event_change", args=[left.pk])

    client.post(url(left, right), {"keep": "left"})
    client.post(reverse("moderation-split", args=[right.pk]))
    right.refresh_from_db()
    assert right.merged_into is None
    assert right.listings.count() == 1
    assert list(ModerationAction.objects.order_by("id").values_list("action", flat=True)) == [
        "merge",
        "merge",
        "split",
        "split",
    ]


def test_a_held_record_with_a_duplicate_candidate_links_to_the_compare_view(client, moderator, pair):
    left, right = pair
    source = SourceFactory(slug="other", city=left.city)
    StagedEvent.objects.create(
        source=source,
        external_id="x1",
        event=left,
        status="held",
        last_seen_at=timezone.now() + dt.timedelta(days=1),  # first in the list
        dedup={"band": "review", "candidate": f"event:{right.pk}", "scores": {"title": 0.8}},
    )
    client.force_login(moderator)
    body = client.get(reverse("admin:events_stagedevent_changelist")).content.decode()
    assert f'href="{url(left, right)}"' in body


def test_the_queue_change_page_offers_merge_with_too(client, moderator, pair):
    left, _ = pair
    Event.objects.filter(pk=left.pk).update(moderation_status=Event.ModerationStatus.HELD)
    client.force_login(moderator)
    body = client.get(reverse("admin:moderation_heldevent_change", args=[left.pk])).content.decode()
    assert reverse("moderation-compare-with", args=[left.pk]) in body
