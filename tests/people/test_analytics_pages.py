"""Click-outs, the event page's recording, an event's figures for its organizers (page and API), the staff
dashboard and /metrics: numbers from known interactions, and who may see them."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from rest_framework_simplejwt.tokens import RefreshToken

from events.models import Category, Event
from events.people.analytics import recording
from events.people.analytics.recording import record
from events.people.models import EventDailyStats, Interaction, InteractionKind
from tests.factories import CityFactory, EventFactory, OrganizerFactory, UserFactory, make_member
from tests.people import helpers_analytics
from tests.people.helpers_analytics import utc_today

pytestmark = pytest.mark.django_db
clean_buffer = helpers_analytics.clean_buffer
flush = helpers_analytics.flush

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
TICKETS = "https://tickets.example.com/show/42?ref=whatson"
WEBSITE = "https://venue.example.org/events/42"


def browser(user=None) -> Client:
    client = Client(HTTP_USER_AGENT=BROWSER)
    if user is not None:
        client.force_login(user)
    return client


def pending_records() -> list[recording.Record]:
    """What waits in the buffer, in order (left there)."""
    taken = recording.buffer().take()
    if taken is None:
        return []
    records = [recording.decode(raw) for chunk in taken.chunks() for raw in chunk]
    taken.give_back()
    return [record for record in records if record is not None]


def pending_kinds() -> list[str]:
    return [record.kind for record in pending_records()]


# --- Click-outs -------------------------------------------------------------------------------------------------


@pytest.fixture
def linked_event():
    return EventFactory(ticket_url=TICKETS, url=WEBSITE)


def test_click_out_redirects_to_the_events_own_links_and_counts_a_click(linked_event):
    person = UserFactory()
    tickets = browser(person).get(reverse("people:click-out", args=[linked_event.pk, "ticket"]))
    assert tickets.status_code == 302
    assert tickets["Location"] == TICKETS
    assert "no-cache" in tickets["Cache-Control"] or "max-age=0" in tickets["Cache-Control"]
    website = browser().get(f"/events/{linked_event.pk}/out/website/")
    assert website.status_code == 302
    assert website["Location"] == WEBSITE
    records = pending_records()
    assert [(r.kind, r.event_id, r.user_id) for r in records] == [
        ("click", linked_event.pk, person.pk),
        ("click", linked_event.pk, None),
    ]


def test_click_out_goes_nowhere_but_the_events_own_link(linked_event):
    other = EventFactory(ticket_url="https://other.example.net/t")
    client = browser()
    for query in ("?to=https://evil.example.com/", "?next=//evil.example.com", "?url=javascript:alert(1)"):
        response = client.get(f"/events/{linked_event.pk}/out/ticket/{query}")
        assert response["Location"] == TICKETS
    # Another event's id leads to that event's own link, never to this one's (nor anywhere chosen by the caller).
    assert client.get(f"/events/{other.pk}/out/ticket/")["Location"] == "https://other.example.net/t"
    assert client.get(f"/events/{other.pk}/out/website/").status_code == 404  # it has no website


@pytest.mark.parametrize(
    "bad_link",
    [
        "javascript:alert(document.cookie)",
        "data:text/html,<script>x</script>",
        "//evil.example.com/",
        "https://",
        "ftp://x.example.com/f",
    ],
)
def test_click_out_refuses_links_that_are_not_plain_web_addresses(bad_link):
    event = EventFactory(ticket_url=bad_link)
    response = browser().get(f"/events/{event.pk}/out/ticket/")
    assert response.status_code == 404
    assert pending_kinds() == []


def test_click_out_404s(linked_event):
    client = browser()
    held = EventFactory(ticket_url=TICKETS, moderation_status=Event.ModerationStatus.HELD)
    merged = EventFactory(ticket_url=TICKETS, merged_into=linked_event)
    bare = EventFactory()
    for path in (
        f"/events/{linked_event.pk}/out/other/",
        f"/events/{linked_event.pk + 10_000}/out/ticket/",
        f"/events/{held.pk}/out/ticket/",
        f"/events/{merged.pk}/out/ticket/",
        f"/events/{bare.pk}/out/ticket/",
        f"/events/{bare.pk}/out/website/",
        "/events/99999999999999999999999/out/ticket/",
    ):
        assert client.get(path).status_code == 404, path
    assert pending_kinds() == []


def test_bots_prefetches_and_heads_are_redirected_but_not_counted(linked_event):
    path = f"/events/{linked_event.pk}/out/ticket/"
    assert Client(HTTP_USER_AGENT="Mozilla/5.0 (compatible; Googlebot/2.1)").get(path)["Location"] == TICKETS
    assert Client().get(path).status_code == 302  # no user agent at all
    assert Client(HTTP_USER_AGENT=BROWSER, HTTP_SEC_PURPOSE="prefetch").get(path).status_code == 302
    assert browser().head(path).status_code == 302
    assert browser().post(path).status_code == 405
    assert pending_kinds() == []


def test_the_event_page_links_through_the_click_out_address(linked_event):
    page = browser().get(linked_event.get_absolute_url()).content.decode()
    ticket_link = reverse("people:click-out", args=[linked_event.pk, "ticket"])
    website_link = reverse("people:click-out", args=[linked_event.pk, "website"])
    assert f'href="{ticket_link}" rel="nofollow noopener"' in page
    assert f'href="{website_link}" rel="nofollow noopener"' in page
    assert f'class="button button--primary" href="{TICKETS}"' not in page


def test_the_event_page_records_people_with_their_id_and_not_bots():
    event = EventFactory()
    person = UserFactory()
    browser().get(event.get_absolute_url())
    browser(person).get(event.get_absolute_url())
    Client(HTTP_USER_AGENT="Mozilla/5.0 (compatible; bingbot/2.0)").get(event.get_absolute_url())
    browser().head(event.get_absolute_url())
    browser(person).post(reverse("events:event-share", args=[event.pk]))
    records = pending_records()
    assert [(r.kind, r.user_id) for r in records] == [("view", None), ("view", person.pk), ("share", person.pk)]


# --- An event's figures for its organizers ----------------------------------------------------------------------


@pytest.fixture
def organized():
    organizer = OrganizerFactory()
    member = UserFactory()
    make_member(member, organizer)
    event = EventFactory(organizer=organizer, capacity=50, rsvp_count=3)
    return event, member


def put_stats(event: Event, days_ago: int, **counts: int) -> None:
    EventDailyStats.objects.create(event=event, day=utc_today() - dt.timedelta(days=days_ago), **counts)


def test_stats_page_asks_anonymous_visitors_to_sign_in(organized):
    event, _ = organized
    response = browser().get(f"/organize/events/{event.pk}/stats/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert f"/organize/events/{event.pk}/stats/" in response["Location"]


def test_stats_page_and_api_refuse_other_organizers(organized):
    event, _ = organized
    outsider = UserFactory()
    make_member(outsider, OrganizerFactory())
    pending = UserFactory()
    make_member(pending, event.organizer, status="pending")
    for person in (outsider, pending):
        assert browser(person).get(f"/organize/events/{event.pk}/stats/").status_code == 403
        response = browser(person).get(f"/api/v1/events/{event.pk}/stats")
        assert response.status_code == 403
        assert response.json() == {"error": "Only the event's organizers and staff can see its figures.", "fields": {}}


def test_stats_page_shows_the_figures_by_day_with_zero_days(organized, flush):
    event, member = organized
    put_stats(event, 0, views=8, saves=2, rsvps=2, shares=1, clicks=3)
    put_stats(event, 2, views=4)
    put_stats(event, 40, views=999)  # outside the last 30 days
    record(InteractionKind.RSVP, event_id=event.pk)  # flushed into today's row
    flush()
    response = browser(member).get(f"/organize/events/{event.pk}/stats/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = response.content.decode()
    assert '<dd data-figure="views">12</dd>' in page
    assert '<dd data-figure="rsvps">3</dd>' in page
    assert '<dd data-figure="clicks">3</dd>' in page
    assert '<dd data-figure="conversion">25.0 %</dd>' in page  # 3 RSVPs / 12 views
    assert '<span data-figure="confirmed">3</span> confirmed of 50 seats' in page
    assert page.count("<tr data-day=") == 30
    yesterday = (utc_today() - dt.timedelta(days=1)).isoformat()
    row = page.split(f'<tr data-day="{yesterday}">')[1].split("</tr>")[0]
    assert row.count('<span class="stats-cell__n">0</span>') == 5
    assert "—" in row  # no views: no conversion, not 0 %
    assert "stats-bar--100" in page  # the busiest day's views fill their bar
    assert 'style="' not in page


def test_stats_page_days_choice_and_a_bad_one(organized):
    event, member = organized
    put_stats(event, 5, views=3)
    client = browser(member)
    week = client.get(f"/organize/events/{event.pk}/stats/?days=7").content.decode()
    assert week.count("<tr data-day=") == 7
    bad = client.get(f"/organize/events/{event.pk}/stats/?days=0")
    assert bad.status_code == 400
    assert "Choose a number of days from 1 to 365." in bad.content.decode()
    assert bad.content.decode().count("<tr data-day=") == 30
    assert client.get(f"/organize/events/{event.pk}/stats/?days=abc").status_code == 400
    assert client.get("/organize/events/123456789/stats/").status_code == 404


def test_staff_see_any_events_figures():
    event = EventFactory()
    staff = UserFactory(is_staff=True)
    assert browser(staff).get(f"/organize/events/{event.pk}/stats/").status_code == 200
    assert browser(staff).get(f"/api/v1/events/{event.pk}/stats/").status_code == 200


def test_stats_api_by_day_with_totals_conversion_and_seats(organized):
    event, member = organized
    put_stats(event, 0, views=10, rsvps=1, saves=4)
    put_stats(event, 1, rsvps=1)
    put_stats(event, 3, views=5, shares=2, clicks=1)
    token = str(RefreshToken.for_user(member).access_token)
    response = Client().get(f"/api/v1/events/{event.pk}/stats?days=3", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    body = response.json()
    today = utc_today()
    assert body["from"] == (today - dt.timedelta(days=2)).isoformat()
    assert body["to"] == today.isoformat()
    assert body["days"] == [
        {
            "day": (today - dt.timedelta(days=2)).isoformat(),
            "views": 0,
            "saves": 0,
            "rsvps": 0,
            "shares": 0,
            "clicks": 0,
            "conversion": None,
        },
        {
            "day": (today - dt.timedelta(days=1)).isoformat(),
            "views": 0,
            "saves": 0,
            "rsvps": 1,
            "shares": 0,
            "clicks": 0,
            "conversion": None,
        },
        {"day": today.isoformat(), "views": 10, "saves": 4, "rsvps": 1, "shares": 0, "clicks": 0, "conversion": 0.1},
    ]
    assert body["totals"] == {"views": 10, "saves": 4, "rsvps": 2, "shares": 0, "clicks": 0, "conversion": 0.2}
    assert body["confirmed"] == 3
    assert body["capacity"] == 50
    assert body["event"] == {"id": event.pk, "title": event.title}
    default = browser(member).get(f"/api/v1/events/{event.pk}/stats/").json()
    assert len(default["days"]) == 30
    assert default["totals"]["views"] == 15


def test_stats_api_errors(organized):
    event, member = organized
    anonymous = Client().get(f"/api/v1/events/{event.pk}/stats")
    assert anonymous.status_code == 401
    assert anonymous.json()["error"].startswith("Sign in to see an event's figures")
    client = browser(member)
    for days in ("0", "366", "x", "1.5"):
        response = client.get(f"/api/v1/events/{event.pk}/stats?days={days}")
        assert response.status_code == 400, days
        assert response.json() == {
            "error": "Invalid input: see fields.",
            "fields": {"days": ["Choose a number of days from 1 to 365."]},
        }
    missing = client.get("/api/v1/events/987654321/stats")
    assert missing.status_code == 404
    assert missing.json() == {"error": "No such event.", "fields": {}}
    assert client.post(f"/api/v1/events/{event.pk}/stats").status_code in (403, 405)  # CSRF first, then 405


# --- The staff dashboard ----------------------------------------------------------------------------------------


@pytest.fixture
def analyst():
    person = UserFactory(is_staff=True)
    person.user_permissions.add(Permission.objects.get(codename="view_eventdailystats"))
    return person


def test_dashboard_needs_staff_and_the_permission(analyst):
    assert Client().get("/admin/people/dashboard/").status_code == 302  # to the admin's sign-in
    assert browser(UserFactory()).get("/admin/people/dashboard/").status_code == 302
    assert browser(UserFactory(is_staff=True)).get("/admin/people/dashboard/").status_code == 403
    assert browser(analyst).get("/admin/people/dashboard/").status_code == 200


def test_admin_index_links_the_dashboard_for_those_who_may_see_it(analyst):
    link = reverse("people-dashboard")
    assert link == "/admin/people/dashboard/"
    assert f'href="{link}"' in browser(analyst).get("/admin/").content.decode()
    assert f'href="{link}"' not in browser(UserFactory(is_staff=True)).get("/admin/").content.decode()


def test_dashboard_numbers_from_known_activity(analyst, flush):
    today = utc_today()
    now = dt.datetime.now(dt.UTC)
    music, talks = Category.objects.filter(parent__isnull=True).order_by("position")[:2]
    paris, lyon = CityFactory(name="Paris"), CityFactory(name="Lyon")
    viewed = EventFactory(city=paris, category=music, title="Much viewed")
    loved = EventFactory(city=paris, category=talks, title="Much loved")
    old = EventFactory(city=paris, category=music, title="Popular last month")
    elsewhere = EventFactory(city=lyon, category=music, title="In Lyon")
    EventDailyStats.objects.create(event=viewed, day=today, views=40)  # score 40
    EventDailyStats.objects.create(event=loved, day=today - dt.timedelta(days=1), views=5, saves=4, rsvps=2)  # 45
    EventDailyStats.objects.create(event=old, day=today - dt.timedelta(days=20), rsvps=30)  # 300, not this week
    EventDailyStats.objects.create(event=elsewhere, day=today, shares=1)  # 3

    # Sign-ups: the analyst and three people today, one 10 days ago, one 40 days ago (outside).
    people = [UserFactory() for _ in range(3)]
    for person, days in ((UserFactory(), 10), (UserFactory(), 40)):
        type(person).objects.filter(pk=person.pk).update(date_joined=now - dt.timedelta(days=days))
    # Active: one interacted today (flushed), one signed in 5 days ago, one only 20 days ago, one 40 days ago.
    record(InteractionKind.VIEW, event_id=viewed.pk, user_id=people[0].pk)
    flush()
    for person, days in ((people[1], 5), (people[2], 20), (analyst, 40)):
        type(person).objects.filter(pk=person.pk).update(last_login=now - dt.timedelta(days=days))

    page = browser(analyst).get("/admin/people/dashboard/").content.decode()
    # force_login signed the analyst in just now: they count too.
    assert '<td data-figure="active-1">2</td>' in page
    assert '<td data-figure="active-7">3</td>' in page
    assert '<td data-figure="active-30">4</td>' in page
    assert f'data-figure="signups-{today.isoformat()}"><span class="stats-cell__n">4</span>' in page
    assert (
        f'data-figure="signups-{(today - dt.timedelta(days=10)).isoformat()}"><span class="stats-cell__n">1</span>'
        in page
    )
    assert '<span data-figure="signups-total">5</span>' in page

    week = page.split('id="people-top-events-7"')[1].split('id="people-top-events-30"')[0]
    assert week.index("Much loved") < week.index("Much viewed")  # 2 RSVPs and 4 saves beat 36 more views
    assert "Popular last month" not in week
    assert "<caption>Lyon</caption>" in week
    month = page.split('id="people-top-events-30"')[1].split('id="people-top-categories-7"')[0]
    assert month.index("Popular last month") < month.index("Much loved") < month.index("Much viewed")
    categories = page.split('id="people-top-categories-7"')[1].split('id="people-top-categories-30"')[0]
    paris_categories = categories.split("<caption>Paris</caption>")[1].split("</table>")[0]
    assert paris_categories.index(talks.name) < paris_categories.index(music.name)  # 45 against 40 views and 1 more
    assert "10 × RSVPs + 5 × saves + 3 × shares + 2 × click-outs + 1 × views" in page


def test_dashboard_queries_do_not_grow_with_events(analyst, django_assert_max_num_queries):
    client = browser(analyst)

    def seed(count: int) -> None:
        for _ in range(count):
            city = CityFactory()
            for _ in range(3):
                EventDailyStats.objects.create(event=EventFactory(city=city), day=utc_today(), views=3, rsvps=1)

    seed(1)
    with django_assert_max_num_queries(20) as few:
        client.get("/admin/people/dashboard/")
    seed(6)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get("/admin/people/dashboard/").content.decode()
    assert page.count("<caption>Testville") >= 14  # seven cities, each in both top-event windows


# --- /metrics -----------------------------------------------------------------------------------------------------


def test_metrics_show_the_buffer(flush):
    event = EventFactory()
    for _ in range(3):
        record(InteractionKind.VIEW, event_id=event.pk)
    flush()
    record(InteractionKind.VIEW, event_id=event.pk)
    record(InteractionKind.VIEW, event_id=0)  # unreadable: dropped at the next flush
    text = Client(REMOTE_ADDR="127.0.0.1").get("/metrics").content.decode()
    assert "whatson_interactions_buffered 2.0" in text
    assert "whatson_interactions_flushed_total 3.0" in text
    assert "whatson_interactions_dropped_total 0.0" in text
    assert "whatson_interactions_buffer_up 1.0" in text
    flush()
    text = Client(REMOTE_ADDR="127.0.0.1").get("/metrics").content.decode()
    assert "whatson_interactions_flushed_total 4.0" in text
    assert "whatson_interactions_dropped_total 1.0" in text
    assert Interaction.objects.count() == 4
