"""The sixty-fourth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout64.json: an NHL schedule
answer in a game tracker's tests; a Brazilian exercise's events in Portuguese keys and a list of iOS conferences
with bare days and flag-led places, both measured only; and two hard negatives -- a tech community site's
WordPress posts and an OpenWeatherMap forecast, the latter measured only), on small documents of our own.

The cold measure found 20 of 20 events (5 of 5 spelled out, every field right), refused the forecast, and read
the three blog posts as events: their publication moment ("date": "2017-11-27T14:36:42") and rendered title look
like an event's. One rule, refusing the whole list:

- a list whose items each have a body ("content", "excerpt", "html"; a text or {"rendered": text}), an author and
  an edit's stamp ("modified", "updated_at"), and no key naming a place or a happening's moment ("start_date",
  "eventDate", "venue", "time"), at the top or one object down, is a blog's posts, no event (``_json_posts``,
  called with the news rule in ``_json_not_events.other_records``). Not: WordPress posts a site keeps as events
  ("acf": {"event_date": ...}), "tribe_events" with "start_date" and "venue", an event list with a description,
  an organizer and "updated_at" beside "starts_at".

Left: nothing scored.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

from sources.adapters import _json_posts
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

NY = zoneinfo.ZoneInfo("America/New_York")
NOW = dt.datetime(2031, 6, 1, tzinfo=NY)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
events = functools.partial(json_events, window=WINDOW, zone=NY)


def post(number: int, **changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": str(number), "date": f"2031-06-0{number}T14:36:42", "date_gmt": f"2031-06-0{number}T18:36:42",
        "guid": {"rendered": f"https://blog.example/?p={number}"}, "modified": f"2031-06-0{number}T14:37:28",
        "modified_gmt": f"2031-06-0{number}T18:37:28", "slug": f"post-{number}", "status": "publish",
        "type": "post", "link": f"https://blog.example/2031/06/0{number}/post-{number}/",
        "title": {"rendered": f"Notes from the meetup, part {number}"},
        "content": {"rendered": "<p>What we talked about.</p>\n", "protected": False},
        "excerpt": {"rendered": "<p>What we talked about.</p>\n", "protected": False},
        "author": 3, "featured_media": 0, "comment_status": "open", "sticky": False, "format": "standard",
    }  # fmt: skip
    record.update(changes)
    return record


def titles(document: object) -> list[str]:
    return [e["title"] for e in events(document)]


# --- a blog's posts -----------------------------------------------------------------------------------------


def test_a_wordpress_sites_posts_are_no_events() -> None:
    posts = [post(2), post(3), post(4)]
    assert events(posts) == []
    assert events({"posts": posts}) == []


def test_a_headless_cms_posts_in_their_own_words_are_no_events() -> None:
    ghost = [
        {"id": "6a1", "title": "Welcome", "slug": "welcome", "html": "<p>Hello.</p>", "status": "published",
         "published_at": "2031-06-03T10:00:00.000Z", "updated_at": "2031-06-03T11:00:00.000Z",
         "authors": [{"name": "Ana"}], "tags": []},
        {"id": "6a2", "title": "Our autumn plans", "slug": "autumn", "html": "<p>Soon.</p>", "status": "published",
         "published_at": "2031-06-04T10:00:00.000Z", "updated_at": "2031-06-04T12:00:00.000Z",
         "authors": [{"name": "Ben"}], "tags": []},
    ]  # fmt: skip
    assert _json_posts.post_items(ghost)
    assert events({"posts": ghost}) == []


def test_wordpress_posts_a_site_keeps_as_events_are_still_read() -> None:
    # hard negative: the same posts, each with its happening's day in its custom fields one object down
    kept = [
        post(2, title={"rendered": "Quiz night"}, acf={"event_date": "2031-06-12 19:30", "venue": "The Crown"}),
        post(3, title={"rendered": "Open mic"}, acf={"event_date": "2031-06-19 20:00", "venue": "The Crown"}),
    ]
    assert not _json_posts.post_items(kept)
    assert titles(kept) == ["Quiz night", "Open mic"]


def test_an_events_plugins_items_are_still_read() -> None:
    # hard negative: "tribe_events" with a description, an author and "modified", and a start and a venue
    tribe = [
        {"id": 7, "author": "2", "date": "2031-05-01 09:00:00", "modified": "2031-05-02 09:00:00",
         "title": "Summer fair", "description": "<p>Stalls and music.</p>", "start_date": "2031-06-14 11:00:00",
         "end_date": "2031-06-14 17:00:00", "venue": {"venue": "Village green"}},
        {"id": 8, "author": "2", "date": "2031-05-01 09:00:00", "modified": "2031-05-02 09:00:00",
         "title": "Garden tour", "description": "<p>Six gardens.</p>", "start_date": "2031-06-21 10:00:00",
         "end_date": "2031-06-21 13:00:00", "venue": {"venue": "Church hall"}},
    ]  # fmt: skip
    assert titles({"events": tribe}) == ["Summer fair", "Garden tour"]


def test_events_with_a_body_an_author_and_an_update_stamp_are_still_read() -> None:
    # hard negative: the writing's keys beside a start ("starts_at") say they are events
    listed = [
        {"name": "Book club", "content": "This month's novel.", "author": "Library", "updated_at": "2031-05-20",
         "starts_at": "2031-06-10T18:30:00-04:00"},
        {"name": "Story time", "content": "For under-fives.", "author": "Library", "updated_at": "2031-05-20",
         "starts_at": "2031-06-11T10:00:00-04:00"},
    ]  # fmt: skip
    assert titles(listed) == ["Book club", "Story time"]


def test_post_items_needs_a_body_an_author_and_an_edit() -> None:
    assert _json_posts.post_items([post(2)])
    assert not _json_posts.post_items([])
    for key in ("content", "excerpt"):
        assert _json_posts.post_items([{k: v for k, v in post(2).items() if k != key}])  # one body is enough
    bodiless = {k: v for k, v in post(2).items() if k not in {"content", "excerpt"}}
    assert not _json_posts.post_items([bodiless])
    assert not _json_posts.post_items([{k: v for k, v in post(2).items() if k != "author"}])
    assert not _json_posts.post_items([{k: v for k, v in post(2).items() if k not in {"modified", "modified_gmt"}}])
    assert not _json_posts.post_items([post(2, content={"rendered": "  ", "protected": False}, excerpt=None)])
    assert not _json_posts.post_items([post(2, location="Town hall")])
    assert not _json_posts.post_items([post(2, meta={"eventDate": "2031-06-12"})])


def test_a_few_posts_among_events_do_not_refuse_the_list() -> None:
    mixed: list[dict[str, Any]] = [
        {"title": f"Talk {n}", "start": f"2031-06-{n + 10}T19:00:00-04:00", "author": "Club"} for n in range(9)
    ]
    mixed.append(post(2))
    assert len(events(mixed)) >= 9


# --- the batch's event lists, as read cold ------------------------------------------------------------------


def test_events_keyed_in_portuguese_with_naive_times_are_read() -> None:
    eventos = {"eventos": [
        {"nome": "Reunião de Planejamento", "data_inicio": "2031-06-05T10:00", "data_fim": "2031-06-05T11:30",
         "cor": "#FF5733"},
        {"nome": "Sprint Review", "data_inicio": "2031-06-12T15:00", "data_fim": "2031-06-12T16:00", "cor": "#33B5FF"},
    ]}  # fmt: skip
    found = events(eventos)
    assert [e["title"] for e in found] == ["Reunião de Planejamento", "Sprint Review"]


def test_conferences_with_bare_days_and_flag_led_places_are_read() -> None:
    conferences = [
        {"name": "SwiftConf", "link": "https://swift.example/", "start": "2031-10-07", "end": "2031-10-08",
         "location": "🇬🇧 Leeds, UK"},
        {"name": "MobileDays", "link": "https://mobile.example/", "start": "2031-09-19", "end": "2031-09-19",
         "location": "🇧🇾 Minsk, Belarus", "cocoa-only": False},
    ]  # fmt: skip
    assert sorted(titles(conferences)) == ["MobileDays", "SwiftConf"]
