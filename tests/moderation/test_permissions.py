"""The Moderators group: what a moderator may do in the admin, and what they may not."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps as global_apps
from django.contrib.auth.models import Group
from django.urls import reverse

from events.models import Event, StagedEvent
from moderation.models import ModerationAction
from tests.factories import EventFactory, SourceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]
group_migration = importlib.import_module("moderation.migrations.0002_moderators_group")
claims_migration = importlib.import_module("moderation.migrations.0005_moderators_review_claims")

EXPECTED = {
    "events.view_event",
    "events.change_event",
    "events.view_eventlisting",
    "events.view_stagedevent",
    "events.change_stagedevent",
    "moderation.view_moderationaction",
    "sources.view_source",
    "sources.view_fetchrun",
    # Organizer claims (0005): moderators approve or reject them.
    "people.view_organizermembership",
    "people.change_organizermembership",
    "people.view_submission",
}


@pytest.fixture
def moderators():
    # The migration made it; a transactional test earlier in the run may have flushed it, so make it again.
    if not Group.objects.filter(name="Moderators").exists():
        group_migration.create_group(global_apps, None)
        claims_migration.grant(global_apps, None)
    return Group.objects.get(name="Moderators")


@pytest.fixture
def moderator(django_user_model, moderators):
    user = django_user_model.objects.create_user("mo", password="pw-mo-123456", is_staff=True)
    user.groups.add(moderators)
    return user


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


def test_the_group_has_exactly_what_moderation_needs(moderators):
    granted = {
        f"{app}.{codename}"
        for app, codename in moderators.permissions.values_list("content_type__app_label", "codename")
    }
    assert granted == EXPECTED


def test_the_group_migration_is_safe_to_run_twice(moderators):
    group_migration.create_group(global_apps, None)
    claims_migration.grant(global_apps, None)
    assert Group.objects.filter(name="Moderators").count() == 1
    assert moderators.permissions.count() == len(EXPECTED)


def test_a_moderator_opens_the_queue_and_an_event(moderator_client):
    event = EventFactory(moderation_status=Event.ModerationStatus.HELD, title="Held Gig")
    changelist = moderator_client.get(reverse("admin:events_event_changelist"), {"moderation_status__exact": "held"})
    assert changelist.status_code == 200
    assert b"Held Gig" in changelist.content
    assert moderator_client.get(reverse("admin:events_event_change", args=[event.pk])).status_code == 200
    assert moderator_client.get(reverse("admin:events_stagedevent_changelist")).status_code == 200
    assert moderator_client.get(reverse("admin:moderation_moderationaction_changelist")).status_code == 200
    assert moderator_client.get(reverse("admin:sources_source_changelist")).status_code == 200  # view only


def test_a_moderator_approves_from_the_changelist(moderator_client, moderator):
    event = EventFactory(moderation_status=Event.ModerationStatus.HELD)
    response = moderator_client.post(
        reverse("admin:events_event_changelist"), {"action": "publish", "_selected_action": [event.pk]}
    )
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.moderation_status == Event.ModerationStatus.PUBLISHED
    row = ModerationAction.objects.get()
    assert (row.acting_user, row.action, row.event) == (moderator, ModerationAction.Action.APPROVE, event)
    assert (row.before["moderation_status"], row.after["moderation_status"]) == ("held", "published")


def test_reject_asks_for_a_reason_then_rejects(moderator_client, moderator):
    event = EventFactory(moderation_status=Event.ModerationStatus.HELD, title="Spammy")
    url = reverse("admin:events_event_changelist")
    ask = moderator_client.post(url, {"action": "reject", "_selected_action": [event.pk]})
    assert ask.status_code == 200
    assert b"Why reject these events?" in ask.content
    assert b"Spammy" in ask.content

    blank = moderator_client.post(url, {"action": "reject", "_selected_action": [event.pk], "apply": "1", "reason": ""})
    assert blank.status_code == 200  # the form again, with its error
    assert blank.context["form"].errors["reason"]
    event.refresh_from_db()
    assert event.moderation_status == Event.ModerationStatus.HELD
    assert not ModerationAction.objects.exists()

    done = moderator_client.post(
        url, {"action": "reject", "_selected_action": [event.pk], "apply": "1", "reason": "Advertising, not an event."}
    )
    assert done.status_code == 302
    event.refresh_from_db()
    assert event.moderation_status == Event.ModerationStatus.REJECTED
    row = ModerationAction.objects.get()
    assert (row.acting_user, row.action, row.reason) == (moderator, "reject", "Advertising, not an event.")


def test_restore_from_the_changelist_undoes_the_reject(moderator_client):
    event = EventFactory(moderation_status=Event.ModerationStatus.HELD)
    url = reverse("admin:events_event_changelist")
    moderator_client.post(url, {"action": "reject", "_selected_action": [event.pk], "apply": "1", "reason": "Dup"})
    moderator_client.post(url, {"action": "restore", "_selected_action": [event.pk]})
    event.refresh_from_db()
    assert event.moderation_status == Event.ModerationStatus.HELD
    assert list(ModerationAction.objects.order_by("id").values_list("action", flat=True)) == ["reject", "restore"]


def test_the_event_page_shows_its_audit_trail(moderator_client, moderator):
    event = EventFactory(moderation_status=Event.ModerationStatus.HELD)
    from moderation.actions import event_reject

    event_reject(acting_user=moderator, event=event, reason="Looks like spam")
    page = moderator_client.get(reverse("admin:events_event_change", args=[event.pk]))
    assert b"Looks like spam" in page.content
    assert b"audit-trail" in page.content
    trail = moderator_client.get(
        reverse("admin:moderation_moderationaction_changelist"), {"event__id__exact": event.pk}
    )
    assert trail.status_code == 200
    assert b"Looks like spam" in trail.content


def test_the_audit_list_is_read_only(moderator_client, admin_client):
    from moderation.actions import event_flag

    row = event_flag(acting_user=None, event=EventFactory(title="Flagged Gig"), reason="Check price")
    for client in (moderator_client, admin_client):
        assert client.get(reverse("admin:moderation_moderationaction_add")).status_code == 403
        assert client.get(reverse("admin:moderation_moderationaction_delete", args=[row.pk])).status_code == 403
        change = client.get(reverse("admin:moderation_moderationaction_change", args=[row.pk]))
        assert change.status_code == 200
        assert b'name="reason"' not in change.content  # shown, never editable
    search = admin_client.get(reverse("admin:moderation_moderationaction_changelist"), {"q": "Flagged"})
    assert b"Check price" in search.content
    filtered = admin_client.get(reverse("admin:moderation_moderationaction_changelist"), {"action__exact": "reject"})
    assert b"Check price" not in filtered.content


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:sources_source_add",
        "admin:django_celery_beat_periodictask_changelist",
        "admin:django_celery_beat_periodictask_add",
        "admin:auth_user_changelist",
        "admin:auth_group_changelist",
    ],
)
def test_a_moderator_may_not_touch_sources_schedules_or_users(moderator_client, url_name):
    assert moderator_client.get(reverse(url_name)).status_code == 403


def test_a_moderator_may_not_change_a_source(moderator_client):
    source = SourceFactory()
    url = reverse("admin:sources_source_change", args=[source.pk])
    page = moderator_client.get(url)
    assert page.status_code == 200  # view only
    assert b'name="_save"' not in page.content
    assert moderator_client.post(url, {"name": "Renamed"}).status_code == 403
    assert moderator_client.get(reverse("admin:sources_source_delete", args=[source.pk])).status_code == 403


def test_a_moderator_may_not_add_staged_records_or_delete_events(moderator_client):
    event = EventFactory()
    assert moderator_client.get(reverse("admin:events_stagedevent_add")).status_code == 403
    assert moderator_client.get(reverse("admin:events_event_delete", args=[event.pk])).status_code == 403
    assert moderator_client.get(reverse("admin:events_event_add")).status_code == 403


def test_non_staff_never_reach_the_admin(client, django_user_model, moderators):
    user = django_user_model.objects.create_user("visitor", password="pw-visitor-123")
    user.groups.add(moderators)  # even with the group's permissions
    client.force_login(user)
    for name in ("admin:index", "admin:events_event_changelist", "admin:moderation_moderationaction_changelist"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))
    assert not StagedEvent.objects.exists()


def test_a_moderator_decides_an_organizer_claim(moderator_client):
    from events.people.models import OrganizerMembership
    from tests.factories import OrganizerFactory, UserFactory

    claim = OrganizerMembership.objects.create(user=UserFactory(), organizer=OrganizerFactory(), message="I run it.")
    changelist = reverse("admin:people_organizermembership_changelist")
    assert moderator_client.get(changelist).status_code == 200
    response = moderator_client.post(changelist, {"action": "approve", "_selected_action": [claim.pk]})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == OrganizerMembership.Status.APPROVED
