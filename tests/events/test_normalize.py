"""The normalize stage: pure, never raises, repairs what it can and says why."""

from __future__ import annotations

import pytest

from events.pipeline.decide import Evidence, decide
from events.pipeline.normalize import FIELDS, normalize
from events.pipeline.text import plain_text

BASE = {"source": "ics", "external_id": "e1", "title": "Gig", "start": "2026-12-05T19:30:00-05:00"}


def test_good_record_keeps_the_contract_shape():
    result = normalize(BASE)
    assert result.ok
    assert tuple(result.record)[: len(FIELDS)] == FIELDS
    assert result.record["cost_type"] == "unknown"
    assert result.record["tags"] == []


def test_missing_or_unreadable_start_and_title_are_errors():
    assert normalize({**BASE, "title": "  <b></b> "}).errors == ["missing title"]
    assert normalize({**BASE, "start": None}).errors == ["missing start"]
    assert normalize({**BASE, "start": "soon"}).errors == ["unreadable start 'soon'"]
    assert normalize({**BASE, "start": "2026-12-05T19:30:00"}).errors == ["start has no UTC offset"]


def test_end_before_start_is_dropped_with_a_warning():
    result = normalize({**BASE, "end": "2026-12-05T18:00:00-05:00"})
    assert result.ok
    assert result.record["end"] is None
    assert result.warnings == ["end before start (end dropped)"]


def test_unsafe_urls_and_bad_values_are_dropped():
    result = normalize(
        {**BASE, "url": "javascript:alert(1)", "ticket_url": "/relative", "image_url": "https://img.example/a.png",
         "latitude": 123, "longitude": 5, "price_min": -3, "currency": "dollars", "cost_type": "cheap",
         "status": "maybe", "timezone": "Mars/Base"}
    )  # fmt: skip
    record = result.record
    assert (record["url"], record["ticket_url"], record["image_url"]) == (None, None, "https://img.example/a.png")
    assert (record["latitude"], record["longitude"]) == (None, None)
    assert (record["price_min"], record["currency"], record["cost_type"]) == (None, None, "unknown")
    assert (record["status"], record["timezone"]) == ("scheduled", None)
    assert len(result.warnings) == 8  # timezone, url, ticket_url, cost_type, price_min, currency, coordinates, status
    assert result.ok


def test_prices_are_ordered_and_zero_means_free():
    assert normalize({**BASE, "price_min": 30, "price_max": 10}).record[("price_min")] == 10
    free = normalize({**BASE, "price_min": 0, "price_max": 0}).record
    assert free["cost_type"] == "free"


def test_html_becomes_plain_text():
    assert plain_text("<p>One &amp; two</p><script>steal()</script><p>Three<br>four</p>") == "One & two\nThree\nfour"
    assert plain_text(None) == ""
    assert plain_text("x" * 50, max_length=10) == "x" * 9 + "…"


@pytest.mark.parametrize(
    ("evidence", "action", "reason"),
    [
        ({"trust_level": "trusted", "quality_score": 0.9}, "publish", None),
        ({"trust_level": "untrusted", "quality_score": 0.99}, "hold", "untrusted"),
        ({"trust_level": "standard", "quality_score": 0.65}, "hold", "below 0.70 for a standard source"),
        ({"trust_level": "official", "quality_score": 0.55}, "publish", None),  # trust lowers the bar
        ({"trust_level": "official", "quality_score": 0.3}, "reject", "below the rejection floor"),
        ({"trust_level": "trusted", "quality_critical": ("event is over",)}, "reject", "event is over"),
        ({"trust_level": "trusted", "content_severity": "reject", "content_reasons": ("spam",)}, "reject", "spam"),
        ({"trust_level": "trusted", "content_severity": "hold", "content_reasons": ("profanity",)}, "hold", "profanity"),
        ({"trust_level": "trusted", "dedup_band": "merge", "duplicate_of": "event:7", "similarity": 0.93}, "link", "duplicate of event:7"),
        ({"trust_level": "trusted", "dedup_band": "merge", "dedup_candidate": "x"}, "publish", None),  # the canonical one
        ({"trust_level": "trusted", "dedup_band": "review", "dedup_candidate": "event:3", "similarity": 0.7}, "hold", "possible duplicate of event:3"),
        ({"trust_level": "trusted", "text_confidence": 0.6}, "hold", "free text"),
    ],
)  # fmt: skip
def test_decide_paths(evidence, action, reason):
    decision = decide(Evidence(normalized=normalize(BASE), **evidence))
    assert decision.action == action
    if reason:
        assert any(reason in text for text in decision.reasons), decision.reasons


def test_normalization_errors_reject_first():
    decision = decide(
        Evidence(
            normalized=normalize({**BASE, "title": ""}), trust_level="official", dedup_band="merge", duplicate_of="x"
        )
    )
    assert (decision.action, decision.reasons) == ("reject", ("missing title",))


def test_registry_refuses_duplicates():
    import pytest

    from sources.adapters import registry
    from sources.adapters.ics import ICalendarAdapter

    class Impostor(ICalendarAdapter):
        pass

    with pytest.raises(ValueError, match="already registered"):
        registry.register(Impostor)
    assert registry.register(ICalendarAdapter) is ICalendarAdapter
    assert registry.get("ics") is ICalendarAdapter
    assert registry.names() == sorted(set(registry.names()))


def test_points_are_matched_to_the_area_that_contains_them():
    from types import SimpleNamespace

    from events.pipeline.geo import containing, haversine_km

    assert round(haversine_km(12.9716, 77.5946, 12.9784, 77.6408)) == 5  # Bengaluru centre → Indiranagar
    indiranagar = SimpleNamespace(latitude=12.9784, longitude=77.6408, radius_km=2)
    koramangala = SimpleNamespace(latitude=12.9352, longitude=77.6245, radius_km=2)
    assert containing(12.9719, 77.6412, [koramangala, indiranagar]) is indiranagar  # 100 Feet Road
    assert containing(12.9716, 77.5946, [koramangala, indiranagar]) is None  # MG Road is neither
    assert containing(None, 77.6, [indiranagar]) is None
