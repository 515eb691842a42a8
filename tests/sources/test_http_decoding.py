"""HttpResponse.text decodes what servers really send: UTF-16/32 with a byte-order mark, wrong charsets."""

from __future__ import annotations

import codecs

import pytest

from sources.http import HttpClient, HttpResponse

CALENDAR = "BEGIN:VCALENDAR\r\nSUMMARY:Café concert – Zoë\r\nEND:VCALENDAR\r\n"


def response(content: bytes, content_type: str) -> HttpResponse:
    return HttpResponse(
        url="https://cal.example/feed.ics", status=200, headers={"content-type": content_type}, content=content
    )


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (codecs.BOM_UTF16_LE + CALENDAR.encode("utf-16-le"), "text/calendar; charset=utf-8"),  # Outlook's export
        (codecs.BOM_UTF16_BE + CALENDAR.encode("utf-16-be"), "text/calendar"),
        (codecs.BOM_UTF32_LE + CALENDAR.encode("utf-32-le"), "text/calendar; charset=iso-8859-1"),
        (codecs.BOM_UTF8 + CALENDAR.encode("utf-8"), "text/calendar; charset=windows-1252"),
        (CALENDAR.encode("utf-16-le"), "text/calendar"),  # no mark at all
        (CALENDAR.encode("utf-8"), "text/calendar; charset=no-such-charset"),
    ],
)
def test_text_decodes_by_the_byte_order_mark_then_the_declared_charset(content, content_type):
    assert response(content, content_type).text == CALENDAR


def test_a_declared_legacy_charset_is_honoured():
    assert response("Café".encode("cp1252"), "text/html; charset=windows-1252").text == "Café"


def test_a_utf16_calendar_over_http_reads_as_text(recorded):
    recorded.add("/cal.ics", body=codecs.BOM_UTF16_LE + CALENDAR.encode("utf-16-le"), content_type="text/calendar")
    with HttpClient(rate_key="t", allow_private=True) as http:
        assert http.get(recorded.url("/cal.ics")).text == CALENDAR
