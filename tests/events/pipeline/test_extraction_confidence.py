"""A record a guessing reader was unsure of (RawEvent.confidence below the policy's bar) is held for a moderator,
with the reader's evidence in the reason; records stated outright (no confidence) and sure guesses go on."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from events.pipeline.decide import Evidence, Policy, decide
from events.pipeline.normalize import normalize
from sources.adapters.base import AdapterContext, FetchWindow
from sources.adapters.html import GenericPageAdapter

BASE = {
    "source": "html",
    "external_id": "p1",
    "title": "Board of Trustees meeting",
    "start": "2026-12-05T19:30:00-05:00",
}
EVIDENCE = ["date 2026-12-05 read from a text line: 'Posted notice … December 5'", "title from the page's main heading"]


def decided(record: dict, **policy: float):
    return decide(Evidence(normalized=normalize(record), trust_level="trusted"), policy=Policy(**policy))


def test_low_confidence_is_held_with_the_readers_evidence():
    decision = decided({**BASE, "confidence": 0.35, "evidence": EVIDENCE})
    assert decision.action == "hold"
    assert decision.reasons == (
        "read by a guess with low confidence (0.35): "
        "date 2026-12-05 read from a text line: 'Posted notice … December 5'; title from the page's main heading",
    )


@pytest.mark.parametrize(
    ("extra", "action"),
    [
        ({}, "publish"),  # stated outright: no confidence at all
        ({"confidence": 0.8, "evidence": EVIDENCE}, "publish"),
        ({"confidence": 0.5}, "publish"),  # the bar itself passes
        ({"confidence": 0.49}, "hold"),
        ({"confidence": "0.1"}, "publish"),  # not a number: not a reader's confidence
    ],
)
def test_only_a_confidence_below_the_bar_holds(extra, action):
    assert decided({**BASE, **extra}).action == action


def test_the_bar_is_the_policys_and_a_missing_evidence_says_so():
    assert decided({**BASE, "confidence": 0.6}, extraction_confidence_hold_below=0.7).reasons == (
        "read by a guess with low confidence (0.60): no evidence recorded",
    )
    assert decided({**BASE, "confidence": 0.6}).action == "publish"


def test_a_lone_date_far_from_the_heading_is_held_end_to_end():
    """The html adapter's own record: a page whose only date is in prose far below its heading."""
    filler = "".join(f"<p>Paragraph {n} about the society's history and members.</p>" for n in range(8))
    page = (
        "<html><head><title>Riverside Society</title></head><body><h1>Riverside Society</h1>"
        f"{filler}<p>Our summer picnic: Saturday 12 June 2027 at noon.</p></body></html>"
    ).encode()
    zone = zoneinfo.ZoneInfo("Europe/London")
    start = dt.datetime(2027, 1, 1, tzinfo=zone)
    context = AdapterContext(
        source="html", window=FetchWindow(start=start, end=start + dt.timedelta(days=365)), default_timezone=zone
    )
    (record,) = GenericPageAdapter(config={}, context=context).parse(page)
    assert record.confidence == 0.45  # a lone date (0.35) with a time (0.1), far from the heading
    assert record.evidence[-1] == "the date is not close to the heading: it may be about something else"
    decision = decide(Evidence(normalized=normalize(record.to_json()), trust_level="official"))
    assert (decision.action, decision.reasons) == (
        "hold",
        (
            "read by a guess with low confidence (0.45): title from the page's main "
            "heading: 'Riverside Society'; date 2027-06-12 from a line: 'Our summer picnic: Saturday 12 June 2027 at noon.'",
        ),
    )
