"""XML documents found by the probe: an element with a huge number of attributes, bad character references."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._xml_data import MAX_ATTRIBUTES, MAX_DEPTH, drop_bad_references, read_document
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document

UTC = zoneinfo.ZoneInfo("UTC")
# A fixed window: the dates below are absolute, so the test reads the same whatever today is.
WINDOW = FetchWindow(start=dt.datetime(2026, 12, 1, tzinfo=UTC), end=dt.datetime(2026, 12, 31, tzinfo=UTC))


def test_only_the_first_attributes_of_an_element_are_read():
    attributes = " ".join(f'a{n}="{n}"' for n in range(MAX_ATTRIBUTES + 50))
    payload = f"<events><event {attributes}><title>Chess</title></event></events>".encode()

    (event,) = read_document(payload).data["events"]["event"]

    assert [key for key in event if key.startswith("a")] == [f"a{n}" for n in range(MAX_ATTRIBUTES)]
    assert event["a0"] == "0"
    assert event["title"] == "Chess"


def test_a_bad_character_reference_costs_that_character_only():
    payload = (
        b"<events><event><title>A&#xD800;B&#0;</title><start>2026-12-05T19:00</start></event>"
        b"<event><title>Late &#x110000;show &#233;</title><start>2026-12-06T19:00</start></event></events>"
    )

    events = extract_document(payload, window=WINDOW, kind="xml", zone=UTC).events

    assert [(event["title"], event["start"]) for event in events] == [
        ("AB", "2026-12-05T19:00:00+00:00"),
        ("Late show é", "2026-12-06T19:00:00+00:00"),
    ]


def test_references_xml_allows_are_kept():
    text = "&#9;&#x41;&#xE000;&#x10FFFF;&#65;&amp;"

    assert drop_bad_references(text) == text
    assert drop_bad_references("&#xFFFE;&#x1F;&#99999999999;&#" + "9" * 5000 + ";") == ""


def test_long_runs_of_reference_like_text_are_read_in_one_pass():
    # No ";" to end them, or one reference after another: each start is tried once, without backtracking.
    unterminated = "&#" + "9" * 1_000_000
    many = "&#xD800;" * 200_000 + "&#65;"

    assert drop_bad_references(unterminated) == unterminated
    assert drop_bad_references(many) == "&#65;"
    padded = "&#x" + "0" * 1_000_000 + "41;"  # leading zeros: still "A"
    assert drop_bad_references(padded) == padded


def test_attributes_past_the_bound_are_dropped_with_a_note():
    attributes = " ".join(f'a{n}="{n}"' for n in range(MAX_ATTRIBUTES + 50))
    payload = (
        f"<events><event {attributes}><title>Chess</title><start>2026-12-05T19:00</start></event>"
        f'<event a="1"><title>Go</title><start>2026-12-06T19:00</start></event></events>'
    ).encode()

    document = read_document(payload)
    result = extract_document(payload, window=WINDOW, kind="xml", zone=UTC)

    assert document.problems == (
        f"1 element(s) had more than {MAX_ATTRIBUTES} attributes (the first: <event> with {MAX_ATTRIBUTES + 50}); "
        f"only the first {MAX_ATTRIBUTES} of each were read.",
    )
    assert [event["title"] for event in result.events] == ["Chess", "Go"]
    assert any(f"more than {MAX_ATTRIBUTES} attributes" in note for note in result.notes)


def test_an_element_with_just_the_allowed_attributes_has_no_note():
    attributes = " ".join(f'a{n}="{n}"' for n in range(MAX_ATTRIBUTES))
    document = read_document(f"<events><event {attributes}><title>Chess</title></event></events>".encode())

    assert document.problems == ()


def test_content_nested_past_the_depth_bound_is_read_as_text_with_a_note():
    deep = (
        "".join(f"<l{n}>" for n in range(MAX_DEPTH + 5))
        + "x<b>y</b>"
        + "".join(f"</l{n}>" for n in reversed(range(MAX_DEPTH + 5)))
    )
    document = read_document(f"<events><event><title>Chess</title>{deep}</event></events>".encode())

    assert len(document.problems) == 1
    # <events> is the root, <event> one level below it, <l0> two: <l38> is the element MAX_DEPTH levels down,
    # read as its text, and the note names it for what it is (not as an element deeper than the limit).
    assert f"1 element(s) {MAX_DEPTH} levels below the root held elements nested deeper" in document.problems[0]
    assert f"(the first: <l{MAX_DEPTH - 2}>)" in document.problems[0]
