"""`extract --kind auto` over a mixed folder: each file is sniffed on its own and parsed by its adapter."""

from __future__ import annotations

import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

HERE = Path(__file__).parent
MIXED = {
    "calendar.ics": HERE / "calendars" / "dst_series.ics",
    "feed.rss": HERE / "recorded" / "rss" / "city_events.rss",
    "feed.atom": HERE / "recorded" / "rss" / "google_calendar.atom",
    "theatre.html": HERE / "recorded" / "pages" / "theatre.html",
    "club.html": HERE / "recorded" / "pages" / "plain_whats_on.html",
    "ticketmaster.json": HERE / "recorded" / "ticketmaster" / "events_page0.json",
    "eventbrite.json": HERE / "recorded" / "eventbrite" / "organization_events_page1.json",
    "meetup.json": HERE / "recorded" / "meetup" / "graphql_group_events_page1.json",
    "seatgeek.json": HERE / "recorded" / "seatgeek" / "events_page1.json",
    "luma.json": HERE / "recorded" / "luma" / "list_events_page1.json",
    "yelp.json": HERE / "recorded" / "yelp" / "events_offset0.json",
    "facebook.json": HERE / "recorded" / "facebook" / "page_events_1.json",
}


def test_a_mixed_folder_is_read_file_by_file(tmp_path):
    for name, path in MIXED.items():
        shutil.copy(path, tmp_path / name)
    (tmp_path / "notes.txt").write_text("not an event source at all\n")
    out, err = StringIO(), StringIO()
    call_command("extract", str(tmp_path), "--from", "2026-01-01", "--to", "2028-01-01", stdout=out, stderr=err)
    events = [json.loads(line) for line in out.getvalue().splitlines()]
    kinds = {event["source"] for event in events}
    assert kinds == {
        "ics",
        "rss",
        "jsonld",
        "html",
        "ticketmaster",
        "eventbrite",
        "meetup",
        "seatgeek",
        "luma",
        "yelp",
        "facebook",
    }
    assert all(event["title"] and event["start"] for event in events)
    assert f"skipped file {tmp_path / 'notes.txt'}" in err.getvalue()


def test_a_folder_with_nothing_readable_exits_2(tmp_path):
    (tmp_path / "a.txt").write_text("hello\n")
    with pytest.raises(CommandError, match="no readable calendar, feed, page or API response") as raised:
        call_command("extract", str(tmp_path), stdout=StringIO(), stderr=StringIO())
    assert raised.value.returncode == 2
