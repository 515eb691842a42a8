"""Issue 9's visitor journeys in a real browser (Debian Chromium through Playwright), end to end on PostgreSQL.

A visitor opens the home page, picks Bengaluru, narrows the list to tonight with the filter form, searches from the
header box (typo included), opens an event, adds it to a calendar (Google link and .ics download), follows the
city's feeds, and meets a readable message for a bad filter. axe-core checks the pages they see, at desktop and
phone widths, and the skip link and filter form work from the keyboard alone.

The events come through the real pipeline (a trusted source, sync + processing), dated relative to Bengaluru's own
"now" so "tonight" means tonight there whatever the hour the suite runs.

No ORM inside the ``sync_playwright`` blocks: Playwright's greenlet has its own context, so Django would open a
second connection there. Everything the browser checks is read into plain values first.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import re
import zoneinfo
from collections.abc import Iterator
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import feedparser
import icalendar
import pytest
import time_machine
from django.apps import apps as global_apps
from django.utils import timezone

from events.calendar_export import event_uid
from events.filters import EVENING_STARTS, NIGHT_ENDS
from events.formatting import event_price_text, zone_label
from events.models import Category, Event
from tests.browser import axe_blocking, overflow
from tests.events.helpers import day, load_bengaluru, make_source, record, run

taxonomy_migration = importlib.import_module("events.migrations.0003_category_taxonomy")

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres, pytest.mark.chromium]

IST = zoneinfo.ZoneInfo("Asia/Kolkata")
CHROMIUM = "/usr/bin/chromium"
TONIGHT = "Courtyard Jazz Festival"
LATER = ("Sunday Farmers Market", "Stand-up Comedy Open Mic", "Jazz Quartet Evening")
# Leave the last stretch of a night alone: the page must still call it "tonight" when the browser gets there.
NIGHT_MARGIN = dt.timedelta(minutes=40)


def evening_of(local_now: dt.datetime) -> dt.date:
    """The date whose evening "tonight" means (events/filters.py named_range): yesterday's until 04:00."""
    return local_now.date() - dt.timedelta(days=1) if local_now.time() < NIGHT_ENDS else local_now.date()


def tonight_start(local_now: dt.datetime) -> dt.datetime | None:
    """A start inside tonight's window that is still ahead: 20:00, or a little after now if later; None when the
    night is nearly over (between about 03:20 and 04:00 local)."""
    evening = evening_of(local_now)
    night_ends = dt.datetime.combine(evening + dt.timedelta(days=1), NIGHT_ENDS, tzinfo=local_now.tzinfo)
    soon = (local_now + dt.timedelta(minutes=20)).replace(second=0, microsecond=0)
    start = max(dt.datetime.combine(evening, dt.time(20, 0), tzinfo=local_now.tzinfo), soon)
    assert start.time() >= EVENING_STARTS or start.date() > evening
    return start if start + NIGHT_MARGIN <= night_ends else None


@pytest.fixture
def evening_clock() -> Iterator[None]:
    """The real clock, unless Bengaluru's night is nearly over: then the process's clock (the live server runs in
    a thread of it) moves on to just after 04:00 local, where "tonight" is the coming evening."""
    local_now = timezone.now().astimezone(IST)
    if tonight_start(local_now) is not None:
        yield
        return
    dawn = dt.datetime.combine(local_now.date(), NIGHT_ENDS, tzinfo=IST) + dt.timedelta(minutes=5)
    with time_machine.travel(dawn, tick=True):
        yield


@pytest.fixture
def world(evening_clock) -> dict:
    # The migration loads the categories; an earlier transactional test's flush may have emptied the table.
    if not Category.objects.exists():
        taxonomy_migration.load_taxonomy(global_apps, None)
    city = load_bengaluru()
    source = make_source("city-listings", city)
    start = tonight_start(timezone.now().astimezone(IST))
    assert start is not None
    result = run(
        source,
        record(
            "tonight",
            TONIGHT,
            start,
            end=start + dt.timedelta(hours=3),
            venue_name="Bangalore Palace Courtyard",
            address="Palace Road, Vasanth Nagar, Bengaluru",
            latitude=12.9987,
            longitude=77.5921,
            description="Three bands under the stars, with food stalls and a late jam session.",
            cost_type="paid",
            price_min=Decimal(500),
            price_max=Decimal(1200),
            currency="INR",
            source_category="Music",
        ),
        record("market", LATER[0], day(2, 9), cost_type="free", venue_name="Cubbon Park"),
        record("comedy", LATER[1], day(3, 19, 30), cost_type="paid", price_min=Decimal(300), currency="INR"),
        record("quartet", LATER[2], day(5, 18), venue_name="State Central Library"),
    )
    events = {event.title: event for event in Event.objects.filter(moderation_status="published")}
    assert set(events) == {TONIGHT, *LATER}, result
    event = events[TONIGHT]
    assert event.category is not None
    return {
        "pk": event.pk,
        "url": event.get_absolute_url(),
        "uid": event_uid(event),
        "uids": {title: event_uid(other) for title, other in events.items()},
        "start": event.start,
        "end": event.end,
        "timezone": event.timezone,
        "zone_label": zone_label(event.timezone),
        "price": event_price_text(event),
        "category": event.category.name,
    }


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])


def card_titles(page) -> list[str]:
    return [text.strip() for text in page.locator(".event-card__title").all_inner_texts()]


def _browse_city_and_filter_tonight(page, base: str, category: str) -> None:
    """Journey 1: home → the city card → the list by day → "Tonight" chosen in the filter form and submitted."""
    from playwright.sync_api import expect

    page.goto("/")
    page.locator("a.city-card", has_text="Bengaluru").click()
    page.wait_for_url(f"{base}/cities/bengaluru/")
    expect(page.get_by_role("heading", level=1)).to_have_text("What's on in Bengaluru")
    assert sorted(card_titles(page)) == sorted([TONIGHT, *LATER])
    assert page.locator("section.day").count() == 4  # one section a day, each with its own heading
    assert page.locator("section.day h2.day__title time").count() == 4

    page.get_by_text("More filters").click()
    page.get_by_role("combobox", name="When").select_option("tonight")
    page.get_by_role("button", name="Show events").click()
    page.wait_for_url("**/cities/bengaluru/?*")
    assert parse_qs(urlsplit(page.url).query)["when"] == ["tonight"]
    assert card_titles(page) == [TONIGHT]
    expect(page.locator(".event-card .badge--category")).to_have_text(category)
    expect(page.get_by_role("combobox", name="When")).to_have_value("tonight")


def _follow_the_feeds(page, base: str, world: dict) -> None:
    """Journey 4: the filtered list's "Follow this list" links give feeds holding just its events."""
    ics_href = page.locator('a.feeds__link[type="text/calendar"]').get_attribute("href")
    rss_href = page.locator('a.feeds__link[type="application/rss+xml"]').get_attribute("href")
    assert ics_href
    assert rss_href
    for href in (ics_href, rss_href):
        assert parse_qs(urlsplit(href).query).get("when") == ["tonight"], href

    ics = page.request.get(base + ics_href)
    assert ics.ok
    assert ics.headers["content-type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(ics.body())
    assert [str(vevent["UID"]) for vevent in calendar.walk("VEVENT")] == [world["uid"]]

    rss = page.request.get(base + rss_href)
    assert rss.ok
    feed = feedparser.parse(rss.body())
    assert not feed.bozo, feed.bozo_exception
    assert [entry.title for entry in feed.entries] == [TONIGHT]
    assert urlsplit(feed.entries[0].link).path == world["url"]

    # The unfiltered city feed has them all.
    everything = page.request.get(base + "/feeds/events.ics?city=bengaluru")
    calendar = icalendar.Calendar.from_ical(everything.body())
    assert {str(vevent["UID"]) for vevent in calendar.walk("VEVENT")} == set(world["uids"].values())


def _search_from_the_header(page, base: str) -> None:
    """Journey 2: the header's search box, the highlighted match, then a misspelt search still finding it."""
    from playwright.sync_api import expect

    box = page.get_by_role("searchbox", name="Search events")
    box.fill("jazz")
    box.press("Enter")
    page.wait_for_url("**/search/?q=jazz")
    titles = page.locator(".search-hit__title")
    expect(titles).to_have_count(2)
    assert {text.strip() for text in titles.all_inner_texts()} == {TONIGHT, LATER[2]}
    marks = page.locator(".search-hit__title mark")
    assert {text.lower() for text in marks.all_inner_texts()} == {"jazz"}

    page.get_by_role("searchbox", name="Search events").first.fill("jaz festivl")
    page.get_by_role("searchbox", name="Search events").first.press("Enter")
    page.wait_for_url("**/search/?q=jaz+festivl")
    expect(page.locator(".search-hit__title").first).to_have_text(TONIGHT)
    page.get_by_role("link", name=TONIGHT).first.click()


def _event_page_and_calendar(page, base: str, world: dict) -> None:
    """Journey 3: local time with its zone, the price, Google Calendar dates, the .ics download, the JSON-LD."""
    from playwright.sync_api import expect

    page.wait_for_url(base + world["url"])
    expect(page.get_by_role("heading", level=1)).to_have_text(TONIGHT)
    local_start = world["start"].astimezone(zoneinfo.ZoneInfo(world["timezone"]))
    when = page.locator(".facts__row", has=page.locator("dt", has_text="When")).locator("dd")
    expect(when).to_contain_text(local_start.strftime("%A %-d %B %Y, %-I:%M %p"))
    expect(when).to_contain_text(world["zone_label"])
    assert world["zone_label"]
    assert world["zone_label"] != world["timezone"]
    price = page.locator(".facts__row", has=page.locator("dt", has_text="Price")).locator("dd")
    expect(price).to_have_text(world["price"])
    assert world["price"] == "₹500–₹1,200"

    google = page.get_by_role("link", name="Google Calendar").get_attribute("href")
    assert google
    params = parse_qs(urlsplit(google).query)
    utc = "%Y%m%dT%H%M%SZ"
    assert params["dates"] == [f"{world['start'].astimezone(dt.UTC):{utc}}/{world['end'].astimezone(dt.UTC):{utc}}"]
    assert params["text"] == [TONIGHT]
    assert params["ctz"] == [world["timezone"]]

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Apple, Outlook (.ics)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    with open(download.path(), "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["UID"]) == world["uid"]
    start = vevent.decoded("DTSTART")
    assert start == world["start"]
    assert getattr(start.tzinfo, "key", str(start.tzinfo)) == world["timezone"]
    assert vevent["DTSTART"].params.get("TZID") == world["timezone"]
    assert [zone["TZID"] for zone in calendar.walk("VTIMEZONE")] == [world["timezone"]]
    assert isinstance(vevent, icalendar.Event)
    assert world["category"] in vevent.categories

    data = json.loads(page.locator('script[type="application/ld+json"]').text_content() or "")
    assert data["@type"] == "Event"
    assert data["name"] == TONIGHT
    assert dt.datetime.fromisoformat(data["startDate"]) == world["start"]


def _stand_in_live_server(socket) -> None:
    """Answers the page's subscribe and pings the way /ws/events/ does (docs/realtime.md), and pushes nothing."""

    def answer(text) -> None:
        action = json.loads(text).get("action")
        if action == "subscribe":
            socket.send(json.dumps({"type": "subscribed", "id": json.loads(text)["id"]}))
        elif action == "ping":
            socket.send(json.dumps({"type": "pong"}))

    socket.on_message(answer)


def test_a_visitor_browses_filters_searches_and_saves_an_event(live_server, world, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    from playwright.sync_api import sync_playwright

    base = live_server.url
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            context = browser.new_context(base_url=base, accept_downloads=True, viewport={"width": 1280, "height": 900})
            # live_server is WSGI only: the city page's live updates talk to a stand-in WebSocket server here
            # (the real one is tested in tests/events/test_live_banner_browser.py).
            context.route_web_socket("**/ws/events/", _stand_in_live_server)
            page = context.new_page()
            problems: list[str] = []
            page.on("pageerror", lambda exc: problems.append(f"script error: {exc}"))
            page.on(
                "console",
                lambda message: problems.append(message.text) if message.type == "error" else None,
            )
            _browse_city_and_filter_tonight(page, base, world["category"])
            _follow_the_feeds(page, base, world)
            _search_from_the_header(page, base)
            _event_page_and_calendar(page, base, world)
            assert problems == []  # no script errors, no CSP refusals along the way
        finally:
            browser.close()


def test_a_bad_filter_value_shows_a_message_not_everything(live_server, world, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            page = browser.new_page(base_url=live_server.url)
            page.goto("/cities/bengaluru/?when=someday&date_from=2024-13-45")
            alert = page.get_by_role("alert")
            expect(alert).to_be_visible()
            expect(alert).to_contain_text("Some filters could not be used")
            expect(page.locator(".event-card")).to_have_count(0)
            expect(page.get_by_role("heading", name="Nothing listed until the filters are fixed")).to_be_visible()
            expect(page.locator(".feeds__link")).to_have_count(0)
            # Each message links to its field, which says what is wrong.
            when = page.get_by_role("combobox", name="When")
            expect(when).to_have_attribute("aria-invalid", "true")
            expect(page.locator("#f-when-error")).to_be_visible()
            expect(page.locator("#f-date_from-error")).to_be_visible()
            alert.get_by_role("link").first.click()
            # a fragment link moves the page on after the click returns: wait for it, as a reader would
            expect(page).to_have_url(re.compile(r"#f-[\w-]+$"))
        finally:
            browser.close()


def test_pages_pass_axe_at_desktop_and_phone_widths(live_server, world, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    from playwright.sync_api import sync_playwright

    pages = {
        "home": "/",
        "city-tonight": "/cities/bengaluru/?when=tonight",
        "search": "/search/?q=jazz",
        "event": world["url"],
    }
    problems: dict[str, list[str]] = {}
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            for width in (1280, 375):
                context = browser.new_context(viewport={"width": width, "height": 900}, base_url=live_server.url)
                page = context.new_page()
                for name, path in pages.items():
                    page.goto(path)
                    found = axe_blocking(page)
                    wider = overflow(page)
                    if wider > 0:
                        found.append(f"{wider} px wider than the {width} px screen")
                    if found:
                        problems[f"{name}@{width}"] = found
                context.close()
        finally:
            browser.close()
    assert problems == {}


def focused(page) -> dict:
    return page.evaluate(
        "() => { const el = document.activeElement;"
        " return {tag: el.tagName.toLowerCase(), id: el.id, text: (el.textContent || '').trim(),"
        " cls: el.className || ''}; }"
    )


def tab_to(page, wanted, *, limit: int = 80) -> dict:
    """Press Tab until ``wanted(focused element)`` holds; fail if it never does within ``limit`` presses."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        element = focused(page)
        if wanted(element):
            return element
    raise AssertionError(f"not reached with Tab; focus ended on {focused(page)}")


def test_the_keyboard_reaches_the_skip_link_and_the_filter_form(live_server, world, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    from playwright.sync_api import expect, sync_playwright

    base = live_server.url
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            page = browser.new_page(base_url=base)
            page.goto("/cities/bengaluru/")
            # The first Tab lands on the skip link, shown when focused; Enter moves focus to the main content.
            page.keyboard.press("Tab")
            skip = page.get_by_role("link", name="Skip to main content")
            expect(skip).to_be_focused()
            expect(skip).to_be_visible()
            page.keyboard.press("Enter")
            expect(page).to_have_url(re.compile(r"#main$"))  # the key's navigation lands after press() returns
            expect(page.locator("main")).to_be_focused()

            # From there Tab reaches "More filters"; Enter opens it; Tab reaches "When", the keyboard picks a
            # value and Enter on "Show events" submits.
            tab_to(page, lambda el: el["tag"] == "summary")
            page.keyboard.press("Enter")
            tab_to(page, lambda el: el["id"] == "f-when")
            when = page.get_by_role("combobox", name="When")
            for _ in range(10):
                if when.input_value() == "tonight":
                    break
                page.keyboard.press("ArrowDown")
            expect(when).to_have_value("tonight")
            tab_to(page, lambda el: el["tag"] == "button" and el["text"] == "Show events")
            page.keyboard.press("Enter")
            page.wait_for_url("**/cities/bengaluru/?*")
            assert parse_qs(urlsplit(page.url).query)["when"] == ["tonight"]
            assert card_titles(page) == [TONIGHT]
        finally:
            browser.close()


def test_the_journey_works_without_javascript(live_server, world, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    from playwright.sync_api import expect, sync_playwright

    base = live_server.url
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            context = browser.new_context(base_url=base, java_script_enabled=False, accept_downloads=True)
            page = context.new_page()
            _browse_city_and_filter_tonight(page, base, world["category"])
            # The "When" chips are plain links too.
            page.get_by_role("link", name="Next 7 days").click()
            page.wait_for_url("**when=next-7-days*")
            assert TONIGHT in card_titles(page)
            page.get_by_role("searchbox", name="Search events").fill("comedy")
            page.get_by_role("searchbox", name="Search events").press("Enter")
            page.wait_for_url("**/search/?q=comedy")
            page.get_by_role("link", name=LATER[1]).click()
            expect(page.get_by_role("heading", level=1)).to_have_text(LATER[1])
            with page.expect_download() as download_info:
                page.get_by_role("link", name="Apple, Outlook (.ics)").click()
            with open(download_info.value.path(), "rb") as handle:
                (vevent,) = icalendar.Calendar.from_ical(handle.read()).walk("VEVENT")
            assert str(vevent["UID"]) == world["uids"][LATER[1]]
        finally:
            browser.close()
