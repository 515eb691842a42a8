"""The forty-second held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout42.json: measured
once at 53941c1), each rule on a small document of our own:

1. a fragment that is only an inline script (a widget's hydration data saved without its page: "<script>window.x =
   {...}</script>") is HTML, so the page reader reads the JSON the script assigns; not a text that merely mentions
   a <script> tag further on, nor a JavaScript file (no tag at all) (webpage._HTML_TAG).
2. a page that shows no event in its markup but keeps its listing as the whole text of a <script
   type="application/json"> (a widget's warmup data, a framework's page state) is read like a script's assignment:
   the JSON reader's events from it; not a JSON script that holds no events (a settings object), not a script with
   a src, and never before the events the page's markup shows (_page_scripts.data_blocks).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo

from sources.adapters._page_scripts import JSON_SCRIPT_TYPES, data_blocks
from sources.adapters.base import FetchWindow
from sources.adapters.webpage import _HTML_TAG, looks_like_html
from sources.extraction import ExtractionError, extract_document
from tests.hostile import superlinear_shape
from tests.sources.helpers import local_minute, read_page

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
OCTOBER = dt.datetime(2026, 10, 1)  # noqa: DTZ001 - a wall-clock time read_page places in the zone
PAGE = "https://hall.example.com/shows"
read = functools.partial(read_page, url=PAGE, zone=CHICAGO, start=OCTOBER)


def shows(body: str) -> list[tuple[str, str | None]]:
    return sorted(
        (event["title"], local_minute(dt.datetime.fromisoformat(event["start"]), CHICAGO)) for event in read(body)
    )


# 1. A document that is only an inline script.

HYDRATION = """<script>window.__STATE__ = {"venue": {"id": 7}, "upcoming": [
{"name": "Brass Night", "start_date": "2026-10-14", "start_time": "21:00:00", "timezone": "America/Chicago"},
{"name": "Second Line Social", "start_date": "2026-10-21", "start_time": "19:30:00", "timezone": "America/Chicago"}
]};</script>
"""


def test_a_document_that_is_only_an_inline_script_is_a_page_whose_script_is_read():
    assert looks_like_html(HYDRATION.encode())
    assert shows(HYDRATION) == [("Brass Night", "2026-10-14 21:00"), ("Second Line Social", "2026-10-21 19:30")]


def test_a_comment_before_the_script_is_allowed():
    assert looks_like_html(b"<!-- saved widget -->\n<script>var x = {};</script>")


def test_a_text_that_mentions_a_script_tag_later_is_not_html():
    """Hard negative: only a document whose first tag is the script is taken for a page's fragment."""
    assert not looks_like_html(b"To embed it, paste <script src='w.js'></script> into your page, 12 May 2026.")


def test_a_javascript_file_is_not_html():
    """Hard negative: a script's own source, with no tag, is not a page."""
    payload = b'window.__STATE__ = {"upcoming": [{"name": "Brass Night", "start_date": "2026-10-14"}]};'
    assert not looks_like_html(payload)
    window = FetchWindow(OCTOBER.replace(tzinfo=CHICAGO), OCTOBER.replace(tzinfo=CHICAGO) + dt.timedelta(days=365))
    try:
        events = extract_document(payload, window=window, zone=CHICAGO).events
    except ExtractionError:
        events = []
    assert all(event.get("title") != "Brass Night" for event in events)


def test_the_sniffing_pattern_stays_linear():
    # The sniffing pattern reads bytes; its twin over text reads the same way.
    assert superlinear_shape(re.compile(_HTML_TAG.pattern.decode(), _HTML_TAG.flags)) is None


# 2. A page's listing in a <script type="application/json">.

WARMUP = """<div id="events-widget"></div><script type="application/json">{"widget": {"events": {"events": [
{"id": "a1", "title": "Porter Trio", "slug": "porter-trio", "scheduling": {"config": {"scheduleTbd": false,
"startDate": "2026-10-10T01:00:00.000Z", "endDate": "2026-10-10T04:00:00.000Z", "timeZoneId": "America/Chicago"}}},
{"id": "a2", "title": "Jump Hounds", "slug": "jump-hounds", "scheduling": {"config": {"scheduleTbd": false,
"startDate": "2026-10-17T02:30:00.000Z", "endDate": "2026-10-17T05:00:00.000Z", "timeZoneId": "America/Chicago"}}}
], "total": 2}}}</script>"""


def test_a_listing_kept_as_a_json_script_is_read():
    assert shows(WARMUP) == [("Jump Hounds", "2026-10-16 21:30"), ("Porter Trio", "2026-10-09 20:00")]


def test_a_json_script_is_decoded_whole():
    script = _script('{"events": [{"title": "Porter Trio", "start": "2026-10-09T20:00:00"}]}', "application/json")
    assert list(data_blocks([script])) == [{"events": [{"title": "Porter Trio", "start": "2026-10-09T20:00:00"}]}]
    assert "application/json" in JSON_SCRIPT_TYPES
    assert "application/ld+json" not in JSON_SCRIPT_TYPES  # read by the JSON-LD reader, not here


def test_a_json_script_of_settings_adds_no_event():
    """Hard negative: a page's JSON configuration (no list of dated records) is no listing."""
    body = """<h1>Our hall</h1><p>Call us to book the room.</p>
<script type="application/json">{"locale": "en-US", "theme": {"color": "#333"}, "features": ["map", "cart"],
"updated": "2026-10-02T10:00:00Z"}</script>"""
    assert read(body) == []


def test_a_json_script_with_a_src_is_not_read():
    """Hard negative: a script that loads its JSON from elsewhere has no text of its own to read."""
    script = _script('{"events": [{"title": "Porter Trio", "start": "2026-10-09T20:00:00"}]}', "application/json")
    script.set("src", "/data/events.json")
    assert list(data_blocks([script])) == []


def test_broken_json_in_a_json_script_fails_closed():
    script = _script('{"events": [{"title": "Porter Trio", ', "application/json")
    assert list(data_blocks([script])) == []


def test_the_markup_s_events_come_before_a_json_script_s():
    """Hard negative: a page that shows its events keeps them; the script's state is not read over them."""
    body = """<article class="event"><h2>Kitchen Sessions</h2><time datetime="2026-10-20T19:00">Tue 20 Oct, 7pm</time>
</article><script type="application/json">{"events": [{"title": "Stale Show", "start": "2026-10-22T20:00:00"},
{"title": "Other Stale Show", "start": "2026-10-23T20:00:00"}]}</script>"""
    titles = [event["title"] for event in read(body)]
    assert "Kitchen Sessions" in titles
    assert "Stale Show" not in titles


def _script(text: str, kind: str):
    import lxml.html

    script = lxml.html.fragment_fromstring("<script></script>")
    script.set("type", kind)
    script.text = text
    return script
