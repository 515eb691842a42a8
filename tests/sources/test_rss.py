"""The rss adapter on recorded feeds: RSS 2.0 with the event module, Atom with xCal, Google Calendar's Atom,
RSS 1.0, a blog whose dates are only written in prose, and the hostile or broken documents feeds can be.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zoneinfo
from io import StringIO
from pathlib import Path

import feedparser
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from sources.adapters import registry, rss
from sources.adapters.base import AdapterContext, AdapterError, FetchWindow, RawEvent, RejectedRecord

RECORDED = Path(__file__).parent / "recorded" / "rss"
WINDOW = FetchWindow(start=dt.datetime(2026, 11, 20, tzinfo=dt.UTC), end=dt.datetime(2027, 11, 20, tzinfo=dt.UTC))
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")


def adapter(tz: str | None = "America/Chicago", base_url: str | None = None) -> rss.FeedAdapter:
    context = AdapterContext(
        source="rss", window=WINDOW, default_timezone=zoneinfo.ZoneInfo(tz) if tz else None, base_url=base_url
    )
    return rss.FeedAdapter(config={}, context=context)


def parse(payload: bytes | str, **kwargs) -> tuple[dict[str, RawEvent], dict[str, RejectedRecord]]:
    data = payload if isinstance(payload, bytes) else (RECORDED / payload).read_bytes()
    records = list(adapter(**kwargs).parse(data))
    events = {record.external_id: record for record in records if isinstance(record, RawEvent)}
    rejected = {record.external_id: record for record in records if isinstance(record, RejectedRecord)}
    assert len(events) + len(rejected) == len(records), "external ids must be unique within a feed"
    return events, rejected


def extract(*args: str) -> tuple[list[dict], str]:
    out, err = StringIO(), StringIO()
    call_command("extract", *args, stdout=out, stderr=err)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


# --- RSS 2.0 with the event module -----------------------------------------------------------------


def test_rss20_event_module_fields_are_mapped():
    events, _ = parse("city_events.rss")
    assert list(events) == [
        "springfield-calendar-4411",
        "springfield-calendar-4420",
        "springfield-calendar-4432",
        "https://www.springfield-il.example/calendar/event/4440",  # no guid: the link
        "https://www.springfield-il.example/calendar/event/4451",  # a permalink guid
    ]
    tree = events["springfield-calendar-4411"]
    assert tree.source == "rss"
    assert tree.title == "Holiday Tree Lighting Ceremony"
    assert tree.start == dt.datetime(2026, 12, 4, 18, tzinfo=CHICAGO)
    assert tree.start.isoformat() == "2026-12-04T18:00:00-06:00"
    assert tree.end.isoformat() == "2026-12-04T20:00:00-06:00"
    assert (tree.all_day, tree.timezone) == (False, "America/Chicago")
    assert (tree.venue_name, tree.address) == ("Old State Capitol Plaza", "1 Old State Capitol Plaza, Springfield")
    assert tree.organizer == "Springfield Parks Department"
    assert (tree.latitude, tree.longitude) == (39.8012, -89.6493)  # georss:point is "lat long"
    assert tree.url == "https://www.springfield-il.example/calendar/event/4411"
    assert tree.image_url == "https://www.springfield-il.example/images/calendar/tree-lighting.jpg"
    assert tree.source_category == "Community Events, Holidays"
    assert tree.tags == ["community events", "holidays", "festival"]  # categories, then ev:type
    assert "<strong>city Christmas tree</strong>" in tree.description  # HTML is the pipeline's to clean
    assert (tree.status, tree.online, tree.cost_type) == ("scheduled", False, "unknown")


def test_rss20_event_module_edge_cases():
    events, _ = parse("city_events.rss")
    council = events["springfield-calendar-4420"]
    assert council.title == "CANCELLED: City Council Committee of the Whole"  # the title is kept as given
    assert council.status == "cancelled"
    assert council.end is None
    assert council.source_category == "Government, Public Meetings"
    market = events["springfield-calendar-4432"]
    # ev:enddate is the last day (inclusive), unlike iCalendar's exclusive DTEND.
    assert (market.start, market.end, market.all_day) == (dt.date(2026, 12, 12), dt.date(2026, 12, 13), True)
    assert market.timezone == "America/Chicago"
    assert market.image_url == "https://www.springfield-il.example/images/calendar/market.png"  # media:content
    book_club = events["https://www.springfield-il.example/calendar/event/4440"]
    assert book_club.start.isoformat() == "2026-12-15T19:00:00-06:00"  # naive: the source's zone
    assert book_club.source_category is None
    town_hall = events["https://www.springfield-il.example/calendar/event/4451"]
    assert town_hall.online is True
    assert (town_hall.venue_name, town_hall.address) == (None, None)
    assert town_hall.url == "https://www.springfield-il.example/calendar/event/4451"


def test_rss20_items_without_a_usable_date_or_title_are_quarantined_with_the_reason():
    _, rejected = parse("city_events.rss")
    assert {key: record.reason for key, record in rejected.items()} == {
        "springfield-calendar-4460": rss.BAD_DATE.format(value="TBD", field="ev:startdate"),
        "springfield-calendar-4470": rss.BAD_DATE.format(value="1900-01-01T00:00:00-06:00", field="ev:startdate"),
        "springfield-calendar-4480": rss.NO_TITLE,
    }
    assert rejected["springfield-calendar-4460"].raw == {
        "id": "springfield-calendar-4460",
        "title": "Pet Adoption Day",
        "link": "https://www.springfield-il.example/calendar/event/4460",
        "summary": "Meet adoptable dogs and cats from Animal Control.",
    }
    json.dumps([record.raw for record in rejected.values()])  # stored in a JSONField


def test_the_publication_date_is_never_the_event_date():
    events, _ = parse("city_events.rss")
    published = {dt.date(2026, 11, day) for day in range(2, 10)}  # every item's pubDate
    event_days = {
        event.start.date() if isinstance(event.start, dt.datetime) else event.start for event in events.values()
    }
    assert event_days == {dt.date(2026, 12, day) for day in (4, 8, 10, 12, 15)}
    assert event_days.isdisjoint(published)
    # An item with nothing but a pubDate is not an event.
    _, blog_rejected = parse("church_blog.rss")
    assert blog_rejected["https://stmarks-church.example/?p=2262"].reason == rss.NO_DATE


# --- Atom with xCal ---------------------------------------------------------------------------------


def test_atom_with_xcal():
    events, rejected = parse("arts_xcal.atom", tz="America/New_York")
    salon = events["tag:riverside-arts.example,2026:event-2207"]
    # xCal's basic format, in UTC: shown in the source's zone.
    assert (salon.start.isoformat(), salon.end.isoformat()) == (
        "2026-12-05T18:00:00-05:00",
        "2026-12-05T22:00:00-05:00",
    )
    assert salon.timezone == "America/New_York"
    assert salon.url == "https://riverside-arts.example/events/winter-salon-2026"  # relative link, xml:base
    assert salon.image_url == "https://cdn.riverside-arts.example/img/winter-salon.webp"  # link rel=enclosure
    assert salon.source_category == "Visual Arts, Open Studios"  # Atom category labels
    assert (salon.venue_name, salon.address) == ("Riverside Studios", "88 Mill Race Rd, Riverside")
    workshop = events["tag:riverside-arts.example,2026:event-2215"]
    assert workshop.start.isoformat() == "2026-12-12T10:00:00-05:00"  # floating basic format
    assert workshop.organizer == "Riverside Print Guild"
    assert workshop.description == "<p>All materials provided. Ages 16+.</p>"  # Atom content
    closure = events["tag:riverside-arts.example,2026:event-2230"]
    # An xCal DATE end is exclusive, as in iCalendar: closed the 24th and 25th.
    assert (closure.start, closure.end, closure.all_day) == (dt.date(2026, 12, 24), dt.date(2026, 12, 25), True)
    serenades = events["tag:riverside-arts.example,2026:event-2241"]
    # Both xCal (the 19th) and ev: (the 18th): xCal is preferred.
    assert serenades.start.isoformat() == "2026-12-19T19:30:00-05:00"
    assert serenades.timezone == "America/New_York"
    assert {key: record.reason for key, record in rejected.items()} == {
        "tag:riverside-arts.example,2026:event-2250": rss.BAD_DATE.format(
            value="not yet scheduled", field="xcal:dtstart"
        )
    }


def test_an_offset_the_source_zone_does_not_have_is_kept_without_a_zone_name():
    events, _ = parse("arts_xcal.atom", tz="America/Chicago")
    serenades = events["tag:riverside-arts.example,2026:event-2241"]
    assert serenades.start.isoformat() == "2026-12-19T19:30:00-05:00"
    assert serenades.timezone is None


# --- Google Calendar ---------------------------------------------------------------------------------


def test_google_calendar_atom_with_gd_when():
    # The source says Chicago; the calendar's own gCal:timezone (Denver) is what its times mean.
    events, rejected = parse("google_calendar.atom", tz="America/Chicago")
    assert rejected == {}
    base = "http://www.google.com/calendar/feeds/hillside.climbing.club%40gmail.com/public/full/"
    social = events[base + "4q1b8v0k2m3n5p7r9t1v3x5z7b"]
    assert (social.start.isoformat(), social.end.isoformat()) == (
        "2026-12-03T18:30:00-07:00",
        "2026-12-03T21:00:00-07:00",
    )
    assert social.timezone == "America/Denver"
    assert (social.venue_name, social.address) == ("The Spot Gym", "3240 Prairie Ave, Boulder")
    assert social.organizer == "Hillside Climbing Club"
    assert social.url == "https://www.google.com/calendar/event?eid=NHExYjh2MGsybTNuNXA3cjl0MXYzeDV6N2IgaGlsbHNpZGU"
    assert social.source_category is None  # the gdata "kind" category is not a label
    assert social.status == "scheduled"
    trip = events[base + "8c2d4f6h8j0l2n4p6r8t0v2x4z"]
    assert (trip.start, trip.end, trip.all_day, trip.timezone) == (
        dt.date(2026, 12, 5),
        dt.date(2026, 12, 6),  # endTime 2026-12-07 is exclusive
        True,
        "America/Denver",
    )
    clinic = events[base + "1a3c5e7g9i1k3m5o7q9s1u3w5y"]
    assert clinic.status == "cancelled"  # gd:eventStatus #event.canceled
    assert clinic.start.isoformat() == "2026-12-13T09:00:00-07:00"  # UTC shown in the calendar's zone
    assert clinic.end is None  # zero length
    party = events[base + "9z8y7x6w5v4u3t2s1r0q9p8o7n"]
    assert party.start.isoformat() == "2026-12-18T19:00:00-07:00"  # naive: the calendar's zone
    assert (party.venue_name, party.description) == (None, None)


# --- RSS 1.0 ----------------------------------------------------------------------------------------


def test_rss10_rdf_feed():
    events, rejected = parse("library_events.rdf", tz="America/Los_Angeles")
    assert rejected == {}
    storytime = events["https://library.example/events/storytime-2026-12-07"]
    assert storytime.start.isoformat() == "2026-12-07T10:30:00-08:00"
    assert storytime.timezone == "America/Los_Angeles"
    assert (storytime.venue_name, storytime.organizer) == ("Children's Room", "Youth Services")
    assert (storytime.source_category, storytime.tags) == ("Kids", ["kids", "storytime"])  # dc:subject, ev:type
    seeds = events["https://library.example/events/seed-library"]
    assert (seeds.start.isoformat(), seeds.end.isoformat()) == (
        "2026-12-09T16:00:00-08:00",
        "2026-12-09T18:00:00-08:00",
    )


# --- dates written in prose -----------------------------------------------------------------------


def test_blog_posts_with_dates_only_in_the_text():
    events, rejected = parse("church_blog.rss")
    got = {
        key.rpartition("=")[2]: (event.start.isoformat(), event.end.isoformat() if event.end else None)
        for key, event in events.items()
    }
    assert got == {
        "2291": ("2026-12-05T19:30:00-06:00", None),  # "Saturday, December 5, 7:30 PM" in the description
        "2284": ("2026-12-11T20:00:00-06:00", None),  # "Friday Dec 11 at 8pm" in the title
        "2270": ("2026-12-20T14:00:00-06:00", "2026-12-20T16:00:00-06:00"),  # "December 20th, 2 – 4 PM"
        "2255": ("2026-12-12", None),  # "all day on Saturday, December 12": a date, all day
        "2249": ("2027-01-09T10:00:00-06:00", None),  # "January 9, 2027 at 10 AM"
    }
    assert events["https://stmarks-church.example/?p=2255"].all_day is True
    concert = events["https://stmarks-church.example/?p=2291"]
    assert concert.title == "Holiday Concert: Voices of the Season"
    assert concert.timezone == "America/Chicago"
    assert concert.description.startswith("<p>Our choir and handbell ensemble")  # content:encoded, the fuller body
    assert (concert.source_category, concert.tags) == ("Music, Events", ["music", "events"])
    assert list(rejected) == ["https://stmarks-church.example/?p=2262"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saturday, December 5, 7:30 PM", ("2026-12-05T19:30:00-06:00", None)),
        ("Sat Dec 5 @ 7:30pm", ("2026-12-05T19:30:00-06:00", None)),
        (
            "Join us on the 5th of December from 7:30 - 9:30pm!",
            ("2026-12-05T19:30:00-06:00", "2026-12-05T21:30:00-06:00"),
        ),
        ("December 5, 11 - 1 pm", ("2026-12-05T11:00:00-06:00", "2026-12-05T13:00:00-06:00")),
        ("Dec. 31 9pm until 1am", ("2026-12-31T21:00:00-06:00", "2027-01-01T01:00:00-06:00")),
        ("5 December 2026 19:30", ("2026-12-05T19:30:00-06:00", None)),
        ("December 5, 2 seats left", ("2026-12-05", None)),  # a bare number is not a time
        ("March 3 at noon", ("2027-03-03T12:00:00-06:00", None)),  # no year: the next one after publication
        ("We may 3D-print the badges.", None),
        ("Thanks to 20 volunteers!", None),
    ],
)
def test_dates_in_prose(text, expected):
    reference = dt.datetime(2026, 11, 20, tzinfo=CHICAGO)
    when = rss.text_when([text], zone=CHICAGO, reference=reference)
    if expected is None:
        assert when is None
        return
    assert (when.start.isoformat(), when.end.isoformat() if when.end else None) == expected
    assert when.all_day is (not isinstance(when.start, dt.datetime))


def test_an_item_without_id_or_link_is_keyed_on_its_title():
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        b"<item><title>Carol Sing - December 6, 5pm</title></item></channel></rss>"
    )
    events, _ = parse(feed)
    (key,) = events
    assert key.startswith("rss-")
    assert key == next(iter(parse(feed)[0]))  # stable from one fetch to the next
    assert events[key].start.isoformat() == "2026-12-06T17:00:00-06:00"  # reference: the window's start


# --- hostile and broken documents ---------------------------------------------------------------------


@pytest.fixture
def feedparser_must_not_run(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("feedparser was handed a document with entity declarations")

    monkeypatch.setattr(rss.feedparser, "parse", refuse)


def test_billion_laughs_is_refused_before_feedparser_sees_it(feedparser_must_not_run):
    with pytest.raises(AdapterError) as raised:
        list(adapter().parse((RECORDED / "billion_laughs.rss").read_bytes()))
    assert str(raised.value) == rss.ENTITIES_FORBIDDEN


QUADRATIC_BLOWUP = (
    b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "' + b"A" * 200 + b'">\n]>\n'
    b'<rss version="2.0"><channel><title>t</title><item><title>' + b"&a;" * 50 + b"</title>"
    b"<description>December 5, 7pm</description></item></channel></rss>"
)


def test_feedparser_alone_would_expand_a_declared_entity():
    """Why the guard exists: feedparser keeps entities it deems "safe" and its SAX parser expands them.

    One 200-character entity used 50 times becomes 10,000 characters here; a 50 kB entity used 50,000
    times (a few hundred kB of feed) would be 2.5 GB: the "quadratic blowup" variant of billion laughs.
    """
    expanded = feedparser.parse(io.BytesIO(QUADRATIC_BLOWUP))
    assert expanded.entries[0].title == "A" * 200 * 50


@pytest.mark.parametrize(
    "document",
    [
        QUADRATIC_BLOWUP,
        # XXE: an external entity reading a local file.
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b'<rss version="2.0"><channel><title>&xxe;</title></channel></rss>',
        # Behind a comment that looks like the root element to a naive scan: expat is not fooled.
        b'<?xml version="1.0"?><!-- <rss> --><!DOCTYPE rss [<!ENTITY a "b">]><rss version="2.0">&a;</rss>',
        # A declaration the XML parser never reaches (the document is broken before it), in lowercase.
        b'<?xml version="1.0"?><?bad pi <!doctype rss [<!entity a "b">]><rss version="2.0"><channel/></rss>',
        # UTF-16: the declaration is not visible to a byte scan for ASCII.
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE rss [<!ENTITY a "b">]><rss version="2.0"/>'.encode("utf-16"),
    ],
    ids=["quadratic-blowup", "xxe", "after-comment", "broken-xml", "utf-16"],
)
def test_other_entity_declarations_are_refused(document, feedparser_must_not_run):
    with pytest.raises(AdapterError, match="declares XML entities"):
        list(adapter().parse(document))


def test_a_plain_external_doctype_is_accepted():
    # Entity text quoted in CDATA is refused now (fail closed): see test_rss_guard.py.
    rss091 = (
        b'<?xml version="1.0" encoding="ISO-8859-1"?>\n'
        b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        b'"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
        b'<rss version="0.91"><channel><title>Old feed</title><link>https://old.example/</link>'
        b"<description>d</description><item><title>Caf\xe9 Quiz - December 8, 8pm</title>"
        b"<link>https://old.example/quiz</link>"
        b"<description><![CDATA[Teams of four, <b>prizes</b> ...]]></description>"
        b"</item></channel></rss>"
    )
    events, rejected = parse(rss091)
    assert rejected == {}
    quiz = events["https://old.example/quiz"]
    assert quiz.title == "Café Quiz - December 8, 8pm"  # the declared ISO-8859-1 is honoured
    assert quiz.start.isoformat() == "2026-12-08T20:00:00-06:00"


def test_invalid_utf8_inside_an_item_is_replaced_and_the_other_items_are_intact():
    events, rejected = parse("invalid_utf8.rss", tz="Europe/Berlin")
    assert rejected == {}
    lesung = events["cafe-mueller-101"]
    assert lesung.title == "Lesung: Gr\ufffd\ufffde aus K\ufffdln"
    assert lesung.description == "Latin-1 bytes pasted into a UTF-8 feed: \ufffdt\ufffd \ufffd end"
    assert (lesung.venue_name, lesung.address) == ("Café Müller", "Hauptstraße 5, Köln")  # valid UTF-8 intact
    assert lesung.start.isoformat() == "2026-12-06T19:00:00+01:00"
    assert events["cafe-mueller-102"].title == "Jazz im Café"
    assert events["cafe-mueller-102"].description == "Trio Schönberg spielt Standards."


def test_an_empty_channel_is_zero_events_not_an_error():
    assert parse("empty_channel.rss") == ({}, {})
    events, errors = extract(str(RECORDED / "empty_channel.rss"))
    assert (events, errors) == ([], "")
    utf16 = (RECORDED / "empty_channel.rss").read_text().replace('encoding="UTF-8"', 'encoding="UTF-16"')
    assert parse(utf16.encode("utf-16")) == ({}, {})


def test_html_served_instead_of_a_feed_is_an_adapter_error():
    page = (RECORDED / "not_a_feed.html").read_bytes()
    assert rss.FeedAdapter.sniff(page) is False
    with pytest.raises(AdapterError) as raised:
        list(adapter().parse(page))
    assert str(raised.value) == rss.NOT_A_FEED.format(root="html")
    with pytest.raises(CommandError, match="Not an RSS or Atom feed") as failed:
        extract(str(RECORDED / "not_a_feed.html"), "--kind", "rss")
    assert failed.value.returncode == 2
    for junk, message in ((b"   ", rss.EMPTY), (b"just some text", rss.NO_ROOT)):
        with pytest.raises(AdapterError) as raised:
            list(adapter().parse(junk))
        assert str(raised.value) == message


@pytest.mark.parametrize(
    "name", ["city_events.rss", "arts_xcal.atom", "google_calendar.atom", "church_blog.rss", "library_events.rdf"]
)
def test_feeds_are_sniffed_as_rss(name):
    payload = (RECORDED / name).read_bytes()
    assert rss.FeedAdapter.sniff(payload) is True
    assert registry.sniff(payload) is rss.FeedAdapter


@pytest.mark.parametrize(
    "payload",
    [
        b"<!DOCTYPE html><html><head><title>Events</title></head><body><rss>no</rss></body></html>",
        b'<?xml version="1.0"?><feed xmlns="http://example.org/not-atom"><entry/></feed>',
        b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>',
        b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
        b'{"events": []}',
    ],
    ids=["html", "feed-not-atom", "rdf-not-rss", "ics", "json"],
)
def test_other_documents_are_not_sniffed_as_feeds(payload):
    assert rss.FeedAdapter.sniff(payload) is False


@pytest.mark.usefixtures("recorded_clock")  # the feed was recorded on RECORDED_NOW; extract's window opens at now
def test_extract_prints_normalized_events_from_a_feed():
    events, errors = extract(str(RECORDED / "church_blog.rss"), "--tz", "America/Chicago")
    concert = events[0]
    assert concert["source"] == "rss"
    assert concert["start"] == "2026-12-05T19:30:00-06:00"
    assert "<" not in concert["description"]  # the pipeline cleaned the HTML
    assert errors.strip() == ("skipped https://stmarks-church.example/?p=2262: " + rss.NO_DATE)


# --- through the real HTTP stack and the database ---------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.usefixtures("recorded_clock")  # replays responses recorded on RECORDED_NOW
def test_source_fetch_end_to_end_with_etag_and_304(recorded):
    from events.models import Event, StagedEvent
    from events.services import staged_events_process
    from sources.models import FetchRun, SourceKind
    from sources.services import source_fetch
    from tests.factories import CityFactory, SourceFactory

    feed = recorded.reply(
        file="rss/city_events.rss", content_type="application/rss+xml; charset=utf-8", headers={"ETag": '"city-v1"'}
    )
    not_modified = recorded.reply(status=304, headers={"ETag": '"city-v1"'})
    recorded.add(
        "/calendar/rss.aspx", lambda seen: not_modified if seen.headers.get("if-none-match") == '"city-v1"' else feed
    )
    springfield = CityFactory(  # where Springfield, Illinois is: the feed's events are placed by their own points
        name="Springfield", slug="springfield", timezone="America/Chicago", latitude=39.7817, longitude=-89.6501
    )
    source = SourceFactory(
        slug="springfield-calendar",
        kind=SourceKind.FEED,
        adapter="rss",
        city=springfield,
        config={"url": recorded.url("/calendar/rss.aspx"), "allow_private_network": True},
    )

    first = source_fetch(source=source, window=WINDOW)
    run = first.run
    assert (run.status, run.found, run.new, run.failed, run.not_modified) == (FetchRun.Status.PARTIAL, 8, 5, 3, False)
    assert {error["external_id"] for error in run.errors} == {
        "springfield-calendar-4460",
        "springfield-calendar-4470",
        "springfield-calendar-4480",
    }
    staged_events_process(staged_event_ids=first.pending_ids)
    published = Event.objects.filter(moderation_status=Event.ModerationStatus.PUBLISHED)
    assert published.count() == 5
    tree = Event.objects.get(title="Holiday Tree Lighting Ceremony")
    assert tree.start == dt.datetime(2026, 12, 5, 0, tzinfo=dt.UTC)
    assert tree.timezone == "America/Chicago"
    assert tree.venue.name == "Old State Capitol Plaza"
    source.refresh_from_db()
    assert source.http_etag == '"city-v1"'
    snapshot = sorted(StagedEvent.objects.values_list("external_id", "content_hash", "status", "last_seen_at"))
    events_before = sorted(Event.objects.values_list("id", "title", "updated_at"))

    second = source_fetch(source=source, window=WINDOW)
    run = second.run
    assert recorded.requests[-1].headers["if-none-match"] == '"city-v1"'
    assert (run.status, run.not_modified, run.found, run.new, run.updated, run.failed, run.cancelled) == (
        FetchRun.Status.SUCCESS, True, 0, 0, 0, 0, 0,
    )  # fmt: skip
    assert second.pending_ids == []
    assert sorted(StagedEvent.objects.values_list("external_id", "content_hash", "status", "last_seen_at")) == snapshot
    assert sorted(Event.objects.values_list("id", "title", "updated_at")) == events_before
    source.refresh_from_db()
    assert source.http_etag == '"city-v1"'
    assert len(recorded.requests) == 2
