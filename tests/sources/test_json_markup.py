"""A JSON answer that carries a page in its strings (a DataTables ``aaData`` list of HTML rows, an AJAX call's
``"html"`` field): read as the page it carries, its links come out clean instead of with the JSON's escaped
quotes in them, and a count leading a line under a month heading ("6 out of 20 volunteers signed up") is no
day of that month."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

from sources.adapters.base import FetchWindow
from sources.adapters.webpage import json_markup
from sources.extraction import extract_document
from tests.sources.helpers import parse_page

SEATTLE = zoneinfo.ZoneInfo("America/Los_Angeles")
WINDOW = FetchWindow(start=dt.datetime(2031, 6, 1, tzinfo=SEATTLE), end=dt.datetime(2032, 6, 1, tzinfo=SEATTLE))


def row(href: str, name: str, day: str, place: str, signed_up: str) -> list[str]:
    return [
        f'<div class="event"><div class="c1"><a href="{href}">{name}</a></div><div class="c2">{day}</div>'
        f'<div class="c3">{place}</div><div class="c4">{signed_up}</div></div>'
    ]


def datatables_answer() -> bytes:
    rows = [
        ['<div class="header"><h4>August 2031</h4></div>'],
        row(
            "/work-party/310", "Ivy pull at the ravine", "08/09/2031", "Ravine Park", "6 out of 20 volunteers signed up"
        ),
        row("/work-party/311", "Mulching the orchard", "08/16/2031", "Hillside Orchard", "12 spots left"),
    ]
    return json.dumps({"sEcho": 1, "iTotalRecords": 2, "aaData": rows}).encode()


def events_of(payload: bytes) -> list:
    return extract_document(
        payload, window=WINDOW, kind="auto", zone=SEATTLE, page_url="https://parks.example.org/api/parties"
    ).events


def test_a_json_answer_of_html_rows_is_read_as_the_page_it_carries() -> None:
    events = events_of(datatables_answer())
    assert [(event["title"], event["start"][:10], event["url"]) for event in events] == [
        ("Ivy pull at the ravine", "2031-08-09", "https://parks.example.org/work-party/310"),
        ("Mulching the orchard", "2031-08-16", "https://parks.example.org/work-party/311"),
    ]


def test_a_count_under_a_month_heading_is_not_a_day_of_it() -> None:
    """The rows' "6 out of 20 volunteers signed up" and "12 spots left" sit under "August 2031": no event on
    the 6th or the 12th."""
    days = {event["start"][:10] for event in events_of(datatables_answer())}
    assert "2031-08-06" not in days
    assert "2031-08-12" not in days


def test_a_count_is_no_day_where_a_day_number_is() -> None:
    """Held records included: the count's line is not read as a day at all, not merely held."""
    body = """<html><body><h1>Parks Board</h1><h2>August 2031</h2><p>14 – Regular meeting</p>
    <p>20 seats left for the tree-care workshop</p><p>28 – Special meeting</p><p>3 x 45 min guided walks</p>
    </body></html>"""
    records = parse_page(body, zone=SEATTLE, base="https://parks.example.org/board", start=WINDOW.start)
    assert [(record.title, record.start) for record in records] == [
        ("Regular meeting", dt.date(2031, 8, 14)),
        ("Special meeting", dt.date(2031, 8, 28)),
    ]


def test_what_json_markup_makes_of_a_document() -> None:
    carried = json_markup(json.dumps({"rows": [["<b>Quiz</b>", "5 < 6 & 7", 42, None]]}).encode())
    assert carried is not None
    assert "<b>Quiz</b>" in carried  # markup goes in as markup
    assert "5 &lt; 6 &amp; 7" in carried  # other text as text
    assert "42" not in carried  # numbers not at all
    assert "rows" not in carried  # nor keys
    assert carried.count("<div>") == carried.count("</div>") == 3  # the object, the list and the row: blocks
    assert json_markup(b'{"events": [{"name": "Quiz night", "date": "2031-08-09"}]}') is None  # no markup
    assert json_markup(b"<html><body><div>not JSON</div></body></html>") is None
    assert json_markup(b'{"broken": "<div>') is None


def test_a_deep_json_document_of_markup_costs_a_loop_not_the_stack() -> None:
    deep = "[" * 50_000 + '"<p>deep</p>"' + "]" * 50_000
    carried = json_markup(deep.encode())  # json.loads refuses what is too deep for it: then nothing is carried
    assert carried is None or "<p>deep</p>" in carried
