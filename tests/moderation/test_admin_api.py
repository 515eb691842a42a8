"""The admin REST API (/api/admin/): who may call it, what each endpoint answers, and what it writes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.utils import timezone
from django.utils.crypto import get_random_string
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from events.models import Event, StagedEvent
from moderation.actions import REASON_REQUIRED
from moderation.api.serializers import MAX_VALIDATE, NOT_AN_OBJECT, TOO_MANY
from moderation.models import ModerationAction
from sources.models import FetchRun
from tests.factories import EventFactory, SourceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Whatson tests//Admin API//EN
BEGIN:VEVENT
UID:api-1@admin.example
DTSTAMP:20260101T000000Z
DTSTART;TZID=America/Chicago:{day}T200000
DTEND;TZID=America/Chicago:{day}T230000
SUMMARY:Late Show
LOCATION:The Empty Bottle\\, 1035 N Western Ave\\, Chicago
URL:https://bottle.example/api-1
END:VEVENT
BEGIN:VEVENT
UID:api-2@admin.example
DTSTAMP:20260101T000000Z
DTSTART;VALUE=DATE:{day}
SUMMARY:Winter Market
END:VEVENT
END:VCALENDAR
"""
GET_ENDPOINTS = ("/api/admin/sources/", "/api/admin/pipeline/", "/api/admin/jobs/1/")
POST_ENDPOINTS = (
    "/api/admin/sources/1/fetch",
    "/api/admin/moderation/1/approve",
    "/api/admin/moderation/1/reject",
    "/api/admin/moderation/1/flag",
    "/api/admin/validate",
)


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user("sam", password="pw-sam-12345", is_staff=True)


@pytest.fixture
def api(staff):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=staff).key}")
    return client


@pytest.fixture
def held():
    source = SourceFactory(slug="shady")
    event = EventFactory(title="Maybe A Gig", moderation_status=Event.ModerationStatus.HELD, city=source.city)
    staged = StagedEvent.objects.create(
        source=source, external_id="g1", raw={"title": "Maybe A Gig"}, event=event, status=StagedEvent.Status.HELD
    )
    return event, staged


# --- authentication and permission ------------------------------------------------------------------------------


@pytest.mark.parametrize("url", GET_ENDPOINTS)
def test_anonymous_get_is_401_with_the_error_body(url):
    response = APIClient().get(url)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Token")
    assert set(response.json()) == {"error", "fields"}


@pytest.mark.parametrize("url", POST_ENDPOINTS)
def test_anonymous_post_is_401(url):
    assert APIClient().post(url, {}, format="json").status_code == 401


def test_a_bad_token_is_401():
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token " + "0" * 40)
    assert client.get("/api/admin/sources/").status_code == 401


@pytest.mark.parametrize("url", GET_ENDPOINTS)
def test_non_staff_is_403_by_token_and_by_session(django_user_model, url):
    user = django_user_model.objects.create_user("nina", password="pw-nina-12345")
    by_token = APIClient()
    by_token.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    by_session = APIClient()
    by_session.force_login(user)
    for client in (by_token, by_session):
        response = client.get(url)
        assert response.status_code == 403
        assert response.json()["error"]


def test_non_staff_cannot_moderate(django_user_model, held):
    _, staged = held
    user = django_user_model.objects.create_user("nina", password="pw-nina-12345")
    client = APIClient()
    client.force_login(user)
    assert client.post(f"/api/admin/moderation/{staged.pk}/approve", {}, format="json").status_code == 403
    assert not ModerationAction.objects.exists()


def test_staff_token_and_staff_session_both_work(staff, api):
    SourceFactory(slug="one")
    assert api.get("/api/admin/sources/").status_code == 200
    session = APIClient()
    session.force_login(staff)
    response = session.get("/api/admin/sources/")
    assert response.status_code == 200
    assert [row["slug"] for row in response.json()] == ["one"]


def test_session_posts_need_the_csrf_token(staff, held):
    event, staged = held
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(staff)
    url = f"/api/admin/moderation/{staged.pk}/approve"

    refused = client.post(url, {}, format="json")
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["error"]
    assert not ModerationAction.objects.exists()

    secret = get_random_string(32)
    client.cookies["csrftoken"] = secret
    assert client.post(url, {}, format="json", HTTP_X_CSRFTOKEN=secret).status_code == 200
    assert ModerationAction.objects.get().action == ModerationAction.Action.APPROVE


# --- sources and fetch jobs -------------------------------------------------------------------------------------


def test_sources_list_health_last_run_and_staged_counts(api):
    source = SourceFactory(slug="busy", health="failing", consecutive_failures=3, last_error="boom")
    SourceFactory(slug="idle")
    now = timezone.now()
    FetchRun.objects.create(source=source, started_at=now - dt.timedelta(hours=2), status="success")
    latest = FetchRun.objects.create(source=source, started_at=now - dt.timedelta(hours=1), status="failed")
    for n, status in enumerate(("pending", "held", "held", "published")):
        StagedEvent.objects.create(source=source, external_id=f"r{n}", status=status)

    rows = {row["slug"]: row for row in api.get("/api/admin/sources/").json()}
    busy = rows["busy"]
    assert (busy["health"], busy["consecutive_failures"], busy["last_error"]) == ("failing", 3, "boom")
    assert busy["last_run"]["id"] == latest.pk
    assert busy["last_run"]["status"] == "failed"
    assert busy["staged"] == {"pending": 1, "held": 2, "published": 1}
    assert rows["idle"]["last_run"] is None
    assert rows["idle"]["staged"] == {}


def test_fetch_answers_202_with_a_job_whose_counts_show_after_the_run(
    api, tmp_path, django_capture_on_commit_callbacks
):
    day = (timezone.localdate() + dt.timedelta(days=3)).strftime("%Y%m%d")
    calendar = tmp_path / "api.ics"
    calendar.write_text(CALENDAR.format(day=day))
    source = SourceFactory(slug="api-cal", config={"path": str(calendar)})

    with django_capture_on_commit_callbacks(execute=True):  # the fetch is sent after commit; eager here
        response = api.post(f"/api/admin/sources/{source.pk}/fetch", format="json")
    assert response.status_code == 202
    body = response.json()
    run = FetchRun.objects.get(source=source)  # the queued run became the fetch's run: one run, not two
    assert body["job"] == run.pk
    assert body["status_url"] == f"/api/admin/jobs/{run.pk}/"
    assert run.trigger == FetchRun.Trigger.ADMIN

    job = api.get(body["status_url"]).json()
    assert job["status"] == "success"
    assert (job["found"], job["new"], job["updated"], job["unchanged"], job["failed"]) == (2, 2, 0, 0, 0)
    assert job["errors"] == []
    assert job["source"] == "api-cal"
    assert job["finished_at"] is not None


def test_a_queued_run_answers_queued_until_a_worker_takes_it(
    api, settings, monkeypatch, django_capture_on_commit_callbacks
):
    # Without eager tasks nothing runs in the test process: the job is seen as the worker would find it.
    sent = []
    monkeypatch.setattr("sources.tasks.fetch_source.delay", lambda *args: sent.append(args))
    settings.CELERY_TASK_ALWAYS_EAGER = False
    source = SourceFactory(slug="later")
    with django_capture_on_commit_callbacks(execute=True):
        body = api.post(f"/api/admin/sources/{source.pk}/fetch", format="json").json()
    assert body["status"] == "queued"
    assert api.get(body["status_url"]).json()["status"] == "queued"
    assert sent == [(source.pk, "admin", body["job"])]


def test_fetch_of_an_unknown_source_and_an_unknown_job_are_404(api):
    response = api.post("/api/admin/sources/999999/fetch", format="json")
    assert response.status_code == 404
    assert set(response.json()) == {"error", "fields"}
    assert api.get("/api/admin/jobs/999999/").status_code == 404


# --- moderation -------------------------------------------------------------------------------------------------


def test_approve_reject_flag_write_audit_rows_as_the_caller(staff, api, held):
    event, staged = held
    url = f"/api/admin/moderation/{staged.pk}/"

    flagged = api.post(url + "flag", {"reason": "check the venue"}, format="json")
    assert flagged.status_code == 200
    approved = api.post(url + "approve", {}, format="json").json()
    assert approved["moderation_status"] == "published"
    rejected = api.post(url + "reject", {"reason": "spam"}, format="json").json()
    assert rejected["moderation_status"] == "rejected"

    rows = list(ModerationAction.objects.order_by("pk"))
    assert [row.action for row in rows] == ["flag", "approve", "reject"]
    assert [row.reason for row in rows] == ["check the venue", "", "spam"]
    assert {row.acting_user for row in rows} == {staff}
    assert {row.event for row in rows} == {event}
    assert rejected["action"] == rows[-1].pk
    event.refresh_from_db()
    assert event.moderation_status == Event.ModerationStatus.REJECTED


@pytest.mark.parametrize("verdict", ["reject", "flag"])
@pytest.mark.parametrize("body", [{}, {"reason": ""}, {"reason": "   "}])
def test_reject_and_flag_need_a_reason(api, held, verdict, body):
    _, staged = held
    response = api.post(f"/api/admin/moderation/{staged.pk}/{verdict}", body, format="json")
    assert response.status_code == 400
    assert response.json()["fields"] == {"reason": [REASON_REQUIRED.format(action=verdict)]}
    assert not ModerationAction.objects.exists()


def test_moderation_body_must_be_an_object_with_a_short_reason(api, held):
    _, staged = held
    url = f"/api/admin/moderation/{staged.pk}/reject"
    assert "non_field_errors" in api.post(url, [1, 2], format="json").json()["fields"]
    too_long = api.post(url, {"reason": "x" * 1001}, format="json")
    assert too_long.status_code == 400
    assert "reason" in too_long.json()["fields"]


def test_moderation_unknown_is_404_and_without_event_is_409(api):
    assert api.post("/api/admin/moderation/999999/approve", {}, format="json").status_code == 404
    orphan = StagedEvent.objects.create(source=SourceFactory(), external_id="x", status=StagedEvent.Status.REJECTED)
    response = api.post(f"/api/admin/moderation/{orphan.pk}/approve", {}, format="json")
    assert response.status_code == 409
    assert "no event" in response.json()["error"]
    assert not ModerationAction.objects.exists()


# --- validate ---------------------------------------------------------------------------------------------------


def test_validate_reports_each_gate_and_stores_nothing(api):
    start = (timezone.now() + dt.timedelta(days=5)).replace(microsecond=0).isoformat()
    good = {
        "external_id": "ok-1",
        "title": "Jazz in the Park",
        "description": "An evening of live jazz by the lake with three local bands and food trucks.",
        "start": start,
        "timezone": "America/Chicago",
        "venue_name": "Lakeside Park",
        "url": "https://jazz.example/park",
    }
    untitled = {"external_id": "bad-1", "start": start}
    counts = (StagedEvent.objects.count(), Event.objects.count(), FetchRun.objects.count())

    response = api.post("/api/admin/validate", [good, untitled], format="json")
    assert response.status_code == 200
    first, second = response.json()
    assert (first["index"], first["ok"]) == (0, True)
    assert set(first["quality"]["gates"]) == {"completeness", "format", "business", "geography", "content"}
    assert all("score" in gate and "reasons" in gate for gate in first["quality"]["gates"].values())
    assert first["verdict"] in ("publish", "hold", "reject")
    assert first["normalized"]["title"] == "Jazz in the Park"
    assert (second["index"], second["ok"], second["quality"], second["verdict"]) == (1, False, None, None)
    assert second["errors"]
    assert (StagedEvent.objects.count(), Event.objects.count(), FetchRun.objects.count()) == counts


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"title": "not a list"}, None),
        ([], "send at least one event"),
        ([{"title": "ok"}, "a string"], NOT_AN_OBJECT),
        ([{"title": "x"}] * (MAX_VALIDATE + 1), TOO_MANY.format(limit=MAX_VALIDATE)),
    ],
)
def test_validate_refuses_what_is_not_a_bounded_list_of_objects(api, body, message):
    response = api.post("/api/admin/validate", body, format="json")
    assert response.status_code == 400
    fields = response.json()["fields"]
    assert "events" in fields
    if message is not None:
        assert message in str(fields["events"])


def test_validate_refuses_a_body_that_is_not_json(api):
    response = api.post("/api/admin/validate", "nope{", content_type="application/json")
    assert response.status_code == 400
    assert set(response.json()) == {"error", "fields"}


# --- pipeline ---------------------------------------------------------------------------------------------------


def test_pipeline_figures_on_a_known_fixture(api):
    source = SourceFactory()
    now = timezone.now()
    statuses = [("pending", []), ("pending", []), ("processing", []), ("published", [])]
    statuses += [("held", ["low quality"]), ("held", ["low quality", "possible duplicate"]), ("held", [])]
    for n, (status, reasons) in enumerate(statuses):
        StagedEvent.objects.create(source=source, external_id=f"p{n}", status=status, reasons=reasons)
    FetchRun.objects.create(source=source, started_at=now - dt.timedelta(hours=1), status="success")
    FetchRun.objects.create(source=source, started_at=now - dt.timedelta(hours=3), status="failed")
    FetchRun.objects.create(source=source, started_at=now - dt.timedelta(hours=30), status="success")
    published_at = now - dt.timedelta(minutes=10)
    EventFactory(published_at=published_at)
    EventFactory(published_at=now - dt.timedelta(days=2))

    figures = api.get("/api/admin/pipeline/").json()
    assert (figures["pending"], figures["processing"], figures["held"]) == (2, 1, 3)
    assert figures["held_by_reason"] == {"low quality": 2, "possible duplicate": 1, "(no reason recorded)": 1}
    assert figures["runs_24h"] == {"total": 2, "by_status": {"success": 1, "failed": 1}}
    assert dt.datetime.fromisoformat(figures["last_published_at"]) == published_at


def test_readme_documents_the_admin_api():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    assert "/api/admin/" in readme
