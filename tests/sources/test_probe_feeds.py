"""Feeds found by the probe: items sharing a guid or link and a start keep one event each."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters.base import FetchWindow
from sources.extraction import extract_document

# A fixed window: the items' dates are absolute, so the test reads the same whatever today is.
WINDOW = FetchWindow(start=dt.datetime(2026, 12, 1, tzinfo=dt.UTC), end=dt.datetime(2026, 12, 31, tzinfo=dt.UTC))


def feed(items: list[tuple[str, str]], *, shared: str) -> bytes:
    body = "".join(
        f"<item><title>{title}</title><link>https://x.org/e</link>{shared}<description>{when}</description></item>"
        for title, when in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Shows</title><link>https://x.org/</link>'
        f"<description>d</description>{body}</channel></rss>"
    ).encode()


SHOWS = [
    ("Early show", "December 5, 2026 7:00 PM"),
    ("Late show", "December 5, 2026 7:00 PM"),
    ("Matinee", "December 5, 2026 2:00 PM"),
]


def read(payload: bytes) -> dict[str, str]:
    events = extract_document(payload, window=WINDOW, kind="rss", zone=zoneinfo.ZoneInfo("UTC")).events
    return {event["title"]: event["external_id"] for event in events}


@pytest.mark.parametrize("shared", ["<guid>same</guid>", ""])  # a shared guid, or only the shared link
def test_two_items_at_one_start_sharing_an_id_are_two_events(shared):
    ids = read(feed(SHOWS, shared=shared))

    assert set(ids) == {"Early show", "Late show", "Matinee"}
    assert len(set(ids.values())) == 3
    prefix = "same" if shared else "https://x.org/e"
    # Only the colliding ids are qualified; the matinee keeps the id it always had.
    assert ids["Matinee"] == f"{prefix}#2026-12-05T14:00:00+00:00"
    assert ids["Early show"].startswith(f"{prefix}#2026-12-05T19:00:00+00:00#")


def test_the_qualified_ids_are_stable_across_fetches_and_orders():
    ids = read(feed(SHOWS, shared="<guid>same</guid>"))

    assert len(set(ids.values())) == 3
    assert ids == read(feed(SHOWS[::-1], shared="<guid>same</guid>"))
