"""Content checks: profanity (whole words, obfuscated), spam phrases, suspicious links, blocked hosts."""

from __future__ import annotations

import pytest

from events.pipeline.content import ContentConfig, ContentReport, check_batch, check_content, check_text

OK = ContentReport([], "ok", [])


@pytest.mark.parametrize(
    "text",
    [
        "Scunthorpe United vs Grimsby Town",
        "Dickens reading, cocktails and a bass night",
        "Shiitake mushroom foraging walk",
        "Moby Dick read-aloud marathon",
        "Work from home productivity workshop",
        "Early bird: limited offer, 20% off",
        "Tickets: https://www.eventbrite.com/e/jazz-night-tickets-123?aff=newsletter",
        "Classic cars and class reunions",
    ],
)
def test_ordinary_text_is_ok(text):
    assert check_text(text) == OK


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("What the f*ck comedy night", "f*ck"),
        ("SH1T happens: an improv show", "sh1t"),
        ("Fuuuck yes, it's Friday", "fuuuck"),
        ("a$$hole of the year awards", "a$$hole"),
        ("Total bullshit bingo", "bullshit"),
    ],
)
def test_profanity_is_held(text, word):
    assert check_text(text) == ContentReport(["profanity"], "hold", [f"profanity: {word!r}"])


def test_slurs_are_flagged_apart_and_held():
    assert check_text("no fags allowed") == ContentReport(["slur"], "hold", ["slur: 'fags'"])


def test_spam_and_links():
    spam = check_text("Click here to WIN a crypto giveaway http://bit.ly/abc")
    assert spam == ContentReport(
        ["spam_phrase", "shortened_link"],
        "reject",
        [
            "spam phrase: 'click here to win'",
            "spam phrase: 'crypto giveaway'",
            "shortened link hides its target: bit.ly",
        ],
    )
    assert check_text("Work from home and earn $500 per day!") == ContentReport(
        ["spam_phrase"], "hold", ["spam phrase: 'work from home and earn'"]
    )
    assert check_text("limited offer!!! http://192.168.1.1/x").severity == "reject"  # spam + raw IP
    assert check_text("RSVP at bit.ly/jazz-night") == ContentReport(
        ["shortened_link"], "hold", ["shortened link hides its target: bit.ly"]
    )
    assert check_text("see http://xn--pple-43d.com/login").flags == ["punycode_link"]
    assert check_text("download http://report.zip/file").flags == ["suspicious_tld"]
    assert check_text("mybit.ly/abc is our domain") == OK


def test_record_fields_and_the_blocklist():
    config = ContentConfig(blocked_hosts=frozenset({"spam.example"}))
    record = {"title": "Jazz", "description": "A fine night.", "url": "https://a.spam.example/x"}
    assert check_content(record, config=config) == ContentReport(
        ["blocked_host"], "reject", ["link to a blocked host: a.spam.example"]
    )
    assert check_content({**record, "url": "https://notspam.example/x"}, config=config) == OK
    assert check_content({**record, "ticket_url": "https://t.co/abc"}).flags == ["shortened_link"]
    allowed = ContentConfig(allowed_hosts=frozenset({"t.co"}))
    assert check_content({**record, "ticket_url": "https://t.co/abc"}, config=allowed) == OK
    assert [report.severity for report in check_batch([record, {"title": "Sh*t show"}])] == ["ok", "hold"]
    assert OK.to_json() == {"flags": [], "severity": "ok", "reasons": []}
