"""The feed guard fails closed: any entity declaration, internal DTD or failed safety check refuses the feed.

The bypass these tests pin down: a comment containing ``<a>`` ended the old pre-scan early (it took the
``<a`` for the first element), and a raw invalid byte made the XML-parser check fail, a failure that was
ignored; feedparser then expanded nested internal entities (2 MB in, 872 MB of memory).
"""

from __future__ import annotations

import datetime as dt
import io
import tracemalloc

import feedparser
import pytest

from sources.adapters import _feed_guard, rss
from sources.adapters.base import AdapterContext, AdapterError, FetchWindow, RawEvent

WINDOW = FetchWindow(start=dt.datetime(2026, 11, 20, tzinfo=dt.UTC), end=dt.datetime(2027, 11, 20, tzinfo=dt.UTC))
ITEM = (
    b"<item><title>Quiz night - December 8, 8pm</title><link>https://pub.example/quiz</link>"
    b"<description>Teams of four &amp; prizes</description></item>"
)


def adapter() -> rss.FeedAdapter:
    return rss.FeedAdapter(config={}, context=AdapterContext(source="rss", window=WINDOW))


def nested_entities(levels: int, *, width: int = 10) -> bytes:
    """A "billion laughs" DTD: each level is ten references to the one below (width × 10**levels characters)."""
    declarations = b'<!ENTITY e0 "' + b"A" * width + b'">\n'
    for level in range(1, levels + 1):
        declarations += b'<!ENTITY e%d "' % level + b"&e%d;" % (level - 1) * 10 + b'">\n'
    return declarations


def bypass_document(levels: int) -> bytes:
    """The issue's document: a comment with ``<a>`` and a raw invalid byte before the DOCTYPE."""
    return (
        b'<?xml version="1.0" encoding="utf-8"?>\n<!-- <a> \xff -->\n<!DOCTYPE rss [\n'
        + nested_entities(levels)
        + b']>\n<rss version="2.0"><channel><title>t</title><item><title>Bomb &e%d;</title>' % levels
        + b"<description>December 5, 7pm</description></item></channel></rss>"
    )


@pytest.fixture
def feedparser_calls(monkeypatch):
    calls: list[bytes] = []
    real = feedparser.parse

    def spy(source, *args, **kwargs):
        data = source.getvalue() if isinstance(source, io.BytesIO) else source
        calls.append(data)
        return real(io.BytesIO(data), *args, **kwargs)

    monkeypatch.setattr(rss.feedparser, "parse", spy)
    return calls


def test_the_bypass_document_is_dangerous_to_feedparser_alone():
    """Why it matters: with its invalid byte replaced, feedparser expands the entities (3 levels: 10 kB)."""
    document = bypass_document(3).decode("utf-8", errors="replace").encode("utf-8")
    parsed = feedparser.parse(io.BytesIO(document))
    assert len(parsed.entries[0].title) >= 10 * 10**3


def test_the_bypass_document_is_refused_before_feedparser_and_memory_stays_low(feedparser_calls):
    # 8 levels: under 1 kB of file, 1 GB once expanded.
    document = bypass_document(8)
    assert len(document) < 4096
    tracemalloc.start()
    try:
        with pytest.raises(AdapterError) as raised:
            list(adapter().parse(document))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(raised.value) == rss.ENTITIES_FORBIDDEN
    assert feedparser_calls == []
    assert peak < 5 * 1024 * 1024


@pytest.mark.parametrize(
    "document",
    [
        # Entities declared after an element-looking comment, the invalid byte elsewhere.
        b'<?xml version="1.0"?><!-- <a> --><!DOCTYPE rss [<!ENTITY a "b">]>\xfe<rss version="2.0">&a;</rss>',
        # Quoted in CDATA: a text search cannot know CDATA from markup in a broken document, so it refuses.
        b'<rss version="2.0"><channel><item><description><![CDATA[<!ENTITY lol "lol">]]></description>'
        b"</item></channel></rss>",
        # SGML-style spacing, as a loose parser accepts it.
        b'<!DOCTYPE rss [<!  eNtItY a "b">]><rss version="2.0"/>',
        # UTF-7 declared: the declaration only appears once the document is decoded as it says.
        b'<?xml version="1.0" encoding="utf-7"?>+ADw-!DOCTYPE rss +AFs-+ADw-!ENTITY a +ACI-b+ACI-+AD4-+AF0-+AD4-'
        b'<rss version="2.0"/>',
        # UTF-16 without a byte-order mark.
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE rss [<!ENTITY a "b">]><rss version="2.0"/>'.encode(
            "utf-16-le"
        ),
    ],
    ids=["comment-and-bad-byte", "cdata", "sgml-spacing", "utf-7", "utf-16-no-bom"],
)
def test_entity_declarations_anywhere_are_refused(document, feedparser_calls):
    with pytest.raises(AdapterError, match="declares XML entities"):
        list(adapter().parse(document))
    assert feedparser_calls == []


@pytest.mark.parametrize(
    "document",
    [
        b'<!DOCTYPE rss [<!ELEMENT rss ANY>]><rss version="2.0"><channel>' + ITEM + b"</channel></rss>",
        b'<!DOCTYPE rss SYSTEM "a.dtd"><!DOCTYPE rss SYSTEM "b.dtd"><rss version="2.0"/>',
        b'<! DOCTYPE rss SYSTEM "a.dtd"><rss version="2.0"/>',
        b'<!DOCTYPE rss SYSTEM "a.dtd" [ ]><rss version="2.0"/>',
    ],
    ids=["internal-subset", "two-doctypes", "spaced-doctype", "empty-internal-subset"],
)
def test_any_doctype_but_a_plain_external_one_is_refused(document, feedparser_calls):
    with pytest.raises(AdapterError) as raised:
        list(adapter().parse(document))
    assert str(raised.value) == _feed_guard.DOCTYPE_FORBIDDEN
    assert feedparser_calls == []


def test_a_broken_document_with_a_doctype_cannot_be_checked_so_it_is_refused(feedparser_calls):
    document = b'<!DOCTYPE rss SYSTEM "rss.dtd"><rss version="2.0"><channel>\xff<b>' + ITEM + b"</channel></rss>"
    with pytest.raises(AdapterError) as raised:
        list(adapter().parse(document))
    assert str(raised.value) == _feed_guard.DOCTYPE_UNCHECKED
    assert feedparser_calls == []


def test_a_broken_document_without_a_doctype_is_read_by_the_loose_parser(feedparser_calls):
    """Without a DTD nothing can be declared: a stray "&" (common in real feeds) costs no events."""
    document = b'<rss version="2.0"><channel><title>Rock & Roll</title>' + ITEM + b"</channel></rss>"
    records = list(adapter().parse(document))
    assert [record.title for record in records if isinstance(record, RawEvent)] == ["Quiz night - December 8, 8pm"]
    assert len(feedparser_calls) == 1


def test_a_safety_check_that_fails_refuses_the_feed(monkeypatch, feedparser_calls):
    def broken(*args, **kwargs):
        raise RuntimeError("parser crashed")

    monkeypatch.setattr(_feed_guard.defusedxml.sax, "parseString", broken)
    document = b'<rss version="2.0"><channel>' + ITEM + b"</channel></rss>"
    with pytest.raises(AdapterError) as raised:
        list(adapter().parse(document))
    assert str(raised.value) == _feed_guard.CHECK_FAILED.format(error="RuntimeError")
    assert feedparser_calls == []


def test_feedparser_reads_exactly_the_checked_text_as_utf8(feedparser_calls):
    document = (
        b'<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel>'
        b"<item><title>Caf\xe9 \x1b[31mquiz\x1b[0m - December 8, 8pm</title><link>https://pub.example/q</link></item>"
        b"</channel></rss>"
    )
    (record,) = adapter().parse(document)
    assert record.title == "Café quiz - December 8, 8pm"
    (handed,) = feedparser_calls
    assert handed.startswith(b'<?xml version="1.0" encoding="utf-8"?>')
    assert b"\x1b" not in handed
