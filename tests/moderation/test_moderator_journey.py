"""Issue 8's "Done when": a moderator, in a real browser, approves, rejects, merges and splits; the public pages and
the audit list follow every step.

Debian Chromium (Playwright) drives the admin served by a live server on PostgreSQL. The held events come through the
real pipeline (an untrusted source); the duplicate pair is two published events made directly, one listing each.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from django.apps import apps as global_apps
from django.contrib.auth.models import Group

from events.models import Event, EventListing
from moderation.models import ModerationAction
from sources.models import Source
from tests.events.helpers import day, load_bengaluru, make_source, record, run
from tests.factories import EventFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.postgres,
    pytest.mark.chromium,
]
group_migration = importlib.import_module("moderation.migrations.0002_moderators_group")
Action = ModerationAction.Action
PASSWORD = "pw-mona-12345"  # a throwaway test user's
REASON = "Ticket scam: the organiser does not exist"


@pytest.fixture
def world(django_user_model):
    city = load_bengaluru()
    untrusted = make_source("rumours", city, trust=Source.Trust.UNTRUSTED)
    run(
        untrusted,
        record("r1", "Jazz on the Terrace", day(4), venue_name="Terrace Cafe"),
        record("r2", "Free iPhone Giveaway Party", day(6), venue_name="Somewhere Hall"),
    )
    held = {event.title: event for event in Event.objects.filter(moderation_status=Event.ModerationStatus.HELD)}
    assert set(held) == {"Jazz on the Terrace", "Free iPhone Giveaway Party"}

    blog = make_source("gigblog", city, trust=Source.Trust.STANDARD)
    hall = make_source("hallsite", city, trust=Source.Trust.OFFICIAL)
    Source.objects.filter(pk=blog.pk).update(name="Gig Blog")
    Source.objects.filter(pk=hall.pk).update(name="Palace Grounds Official")
    pair = []
    for source, title, slug in ((blog, "Night Owls live", "night-owls"), (hall, "Night Owls – Live", "night-owls-2")):
        event = EventFactory(title=title, slug=slug, city=city, start=day(9, 19, 30), timezone="Asia/Kolkata",
                             venue_name="Palace Grounds", moderation_status=Event.ModerationStatus.PUBLISHED)  # fmt: skip
        EventListing.objects.create(event=event, source=source, external_id=slug, is_primary=True)
        pair.append(event)

    # The migration made the group; an earlier transactional test may have flushed it.
    if not Group.objects.filter(name="Moderators").exists():
        group_migration.create_group(global_apps, None)
    user = django_user_model.objects.create_user("mona", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    return {
        "approve": held["Jazz on the Terrace"],
        "reject": held["Free iPhone Giveaway Party"],
        "left": pair[0],
        "right": pair[1],
        "city": city,
        "user": user,
    }


def test_a_moderator_approves_rejects_merges_and_splits(live_server, world, tmp_path, monkeypatch):
    # Playwright runs an event loop in this thread; the ORM checks after it and the flush after the test run here too.
    # No ORM inside the browser block: Playwright's greenlet has its own context, so Django would open (and leak) a
    # second connection there.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    from playwright.sync_api import expect, sync_playwright

    base = live_server.url
    approve, reject, left, right = world["approve"], world["reject"], world["left"], world["right"]
    city_url = base + world["city"].get_absolute_url()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            public = browser.new_page()  # a visitor: no session

            def shot(name: str) -> None:
                page.screenshot(path=str(Path(tmp_path) / f"{name}.png"), full_page=True)

            # Log in through the admin login page.
            page.goto(base + "/admin/login/?next=/admin/")
            page.fill("#id_username", "mona")
            page.fill("#id_password", PASSWORD)
            page.get_by_role("button", name="Log in").click()
            expect(page.locator("#user-tools")).to_contain_text("mona")

            # Held events are not public yet.
            assert public.goto(base + approve.get_absolute_url()).status == 404

            # 1. Approve from the moderation queue.
            page.goto(base + "/admin/moderation/heldevent/")
            shot("queue")
            expect(page.locator("#result_list")).to_contain_text("Jazz on the Terrace")
            page.check(f"input[name=_selected_action][value='{approve.pk}']")
            page.select_option("select[name=action]", "publish")
            page.get_by_title("Run the selected action").click()
            expect(page.locator(".messagelist")).to_contain_text("1 event(s) now published")
            expect(page.locator("#result_list")).not_to_contain_text("Jazz on the Terrace")
            response = public.goto(base + approve.get_absolute_url())
            assert response is not None
            assert response.status == 200
            expect(public.locator("h1")).to_contain_text("Jazz on the Terrace")
            public.goto(city_url)
            expect(public.locator("body")).to_contain_text("Jazz on the Terrace")

            # 2. Reject the other with a typed reason (an intermediate page asks why).
            page.check(f"input[name=_selected_action][value='{reject.pk}']")
            page.select_option("select[name=action]", "reject")
            page.get_by_title("Run the selected action").click()
            shot("reject-reason")
            page.fill("[name=reason]", REASON)
            page.get_by_role("button", name="Reject").click()
            expect(page.locator(".messagelist")).to_contain_text("1 event(s) now rejected")
            assert public.goto(base + reject.get_absolute_url()).status == 404
            public.goto(city_url)
            expect(public.locator("body")).not_to_contain_text("Free iPhone Giveaway Party")

            # 3. Merge the duplicate pair from the compare view, keeping the left one.
            page.goto(f"{base}/admin/moderation/compare/{left.pk}/{right.pk}/")
            shot("compare")
            page.get_by_role("button", name=f"Keep left (#{left.pk})").click()
            expect(page.locator(".messagelist")).to_contain_text("Night Owls")
            response = public.goto(base + right.get_absolute_url())
            assert response is not None
            assert response.status == 200
            assert public.url == base + left.get_absolute_url()  # the 301 was followed to the winner
            listings = public.locator("section.listings")
            expect(listings).to_contain_text("Also listed at")
            expect(listings).to_contain_text("Gig Blog")
            expect(listings).to_contain_text("Palace Grounds Official")
            public.goto(city_url)
            expect(public.locator("body")).not_to_contain_text("Night Owls – Live")

            # 4. Undo it from the loser's change page.
            page.goto(f"{base}/admin/events/event/{right.pk}/change/")
            shot("loser")
            page.get_by_role("button", name="Undo merge (split)").click()
            expect(page.locator(".messagelist")).to_be_visible()
            shot("split")
            # A new visitor: this browser cached the permanent redirect it followed above (see the report).
            public = browser.new_page()
            for event in (left, right):
                response = public.goto(base + event.get_absolute_url())
                assert response is not None
                assert response.status == 200
                assert public.url == base + event.get_absolute_url()
            public.goto(city_url)
            expect(public.locator("body")).to_contain_text("Night Owls live")
            expect(public.locator("body")).to_contain_text("Night Owls – Live")

            # 5. The audit list shows every step, by the moderator.
            page.goto(base + "/admin/moderation/moderationaction/")
            shot("audit")
            rows = page.locator("#result_list tbody tr")
            texts = [rows.nth(index).inner_text() for index in range(rows.count())]
        finally:
            browser.close()

    def listed(action: str, title: str, reason: str = "") -> bool:
        return any("mona" in text and action in text and title in text and reason in text for text in texts)

    assert listed("Approve", "Jazz on the Terrace")
    assert listed("Reject", "Free iPhone Giveaway Party", REASON)
    assert listed("Merge", "Night Owls – Live")
    assert listed("Split", "Night Owls – Live")
    assert Event.objects.get(pk=right.pk).merged_into_id is None
    user = world["user"]
    assert set(ModerationAction.objects.filter(acting_user=user).values_list("action", flat=True)) == {
        Action.APPROVE,
        Action.REJECT,
        Action.MERGE,
        Action.SPLIT,
    }
