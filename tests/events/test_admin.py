"""The admin: behind login, every model browsable, actions go through services."""

from __future__ import annotations

import pytest
from django.urls import reverse

from events.models import Area, Category, City, Event, EventListing, Organizer, StagedEvent, Venue
from sources.models import FetchRun, Source
from tests.factories import EventFactory, SourceFactory

pytestmark = pytest.mark.django_db
MODELS = [City, Venue, Organizer, Category, StagedEvent, Event, Source, FetchRun]


def test_admin_requires_login(client):
    response = client.get(reverse("admin:events_event_changelist"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_staff_without_permissions_sees_nothing(client, django_user_model):
    user = django_user_model.objects.create_user("intern", password="pw-intern-123", is_staff=True)
    client.force_login(user)
    assert client.get(reverse("admin:sources_source_changelist")).status_code == 403


@pytest.fixture
def populated(tmp_path):
    from django.utils import timezone

    source = SourceFactory(slug="cal")
    event = EventFactory(city=source.city, title="Admin Visible")
    EventListing.objects.create(event=event, source=source, external_id="e1", is_primary=True)
    StagedEvent.objects.create(
        source=source, external_id="e1", raw={"title": "Admin Visible"}, event=event, status="published"
    )
    FetchRun.objects.create(source=source, started_at=timezone.now(), status="success", found=1, new=1)
    Venue.objects.create(name="Hall", slug="hall", city=source.city)
    Organizer.objects.create(name="Org", slug="org")
    Area.objects.create(city=source.city, name="Downtown", slug="downtown", latitude=1, longitude=1)
    return source, event


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_every_changelist_and_change_page_renders(admin_client, populated, model):
    meta = model._meta
    changelist = admin_client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"), {"q": "a"})
    assert changelist.status_code == 200
    obj = model.objects.first()
    change = admin_client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk]))
    assert change.status_code == 200


def test_staged_event_shows_its_raw_json_read_only(admin_client, populated):
    staged = StagedEvent.objects.get()
    page = admin_client.get(reverse("admin:events_stagedevent_change", args=[staged.pk]))
    assert b"&quot;title&quot;: &quot;Admin Visible&quot;" in page.content
    assert admin_client.get(reverse("admin:events_stagedevent_add")).status_code == 403


def test_moderator_edit_is_remembered(admin_client, populated):
    _, event = populated
    url = reverse("admin:events_event_change", args=[event.pk])
    form = admin_client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update(
        {
            "title": "Admin Visible (edited)",
            "start_0": event.start.strftime("%Y-%m-%d"),
            "start_1": event.start.strftime("%H:%M:%S"),
            "tags": "[]",
            "listings-TOTAL_FORMS": "1",
            "listings-INITIAL_FORMS": "1",
            "listings-0-id": str(event.listings.get().pk),
            "listings-0-event": str(event.pk),
        }
    )
    for key in ("start", "end", "city", "venue", "organizer", "category", "subcategory", "price_min", "price_max"):
        data.pop(key, None)
    data["city"] = str(event.city_id)
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    event.refresh_from_db()
    assert event.title == "Admin Visible (edited)"
    assert "title" in event.edited_fields


def test_moderation_actions(admin_client, populated):
    _, event = populated
    event.moderation_status = Event.ModerationStatus.HELD
    event.published_at = None
    event.save()
    admin_client.post(reverse("admin:events_event_changelist"), {"action": "publish", "_selected_action": [event.pk]})
    event.refresh_from_db()
    assert event.moderation_status == Event.ModerationStatus.PUBLISHED
    assert event.published_at is not None


def test_fetch_now_action_runs_the_fetch(admin_client, tmp_path, django_capture_on_commit_callbacks):
    import datetime as dt

    from django.utils import timezone

    day = (timezone.now() + dt.timedelta(days=10)).strftime("%Y%m%d")
    calendar = tmp_path / "now.ics"
    calendar.write_text(
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\nBEGIN:VEVENT\nUID:n1\nDTSTAMP:20260101T000000Z\n"
        f"DTSTART:{day}T200000Z\nSUMMARY:Soon Fete\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    source = SourceFactory(slug="now", config={"path": str(calendar)})
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:sources_source_changelist"), {"action": "fetch_now", "_selected_action": [source.pk]}
        )
    assert response.status_code == 302
    run = FetchRun.objects.get(source=source)
    assert (run.trigger, run.status, run.found) == ("admin", "success", 1)
    assert Event.objects.get(title="Soon Fete").is_published


def test_source_form_offers_registered_adapters_and_rejects_unknown(admin_client):
    page = admin_client.get(reverse("admin:sources_source_add"))
    assert b'value="ics"' in page.content
    response = admin_client.post(
        reverse("admin:sources_source_add"),
        {"name": "X", "slug": "x", "kind": "calendar", "adapter": "nope", "config": "{}", "schedule": "0 * * * *",
         "rate_limit_per_minute": 60, "priority": 0, "trust_level": "standard"},
    )  # fmt: skip
    assert response.status_code == 200
    assert "adapter" in response.context["adminform"].form.errors
