"""The forty-fifth held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout45.json: a motor-racing
season schedule, a podcast feed with a scheduled live show, two frab/Pentabarf conference schedules, with the RSS 1.0
sample's news item and an OpenADR demand-response event as hard negatives; measured once before this rule: 28/28,
fields 68/68 (title 28/28, start 28/28, end 7/7, url 5/5), extra 0, unreadable 1: the OpenADR payload, which prints
nothing), on small documents of our own.

No measured miss. Two rules from what the batch showed beside its measured fields:

- an address read in an element of a list of the record's related links (``links.link.0.href``: a Pentabarf talk's
  ``<links><link href>Submit feedback</link></links>``; JSON's ``"links": [{"title", "url"}]``) is not the event's
  page (``_json_owned.in_related_links``, in ``event_url_score``): the FOSDEM talks took a feedback form and a PDF
  diagram as their URL.
- such a list one wrapper down (XML's ``"links": {"link": [{"href", "text"}]}``) is read as the event's links, each
  with its label (``_json_documents._wrapped_lists``), as a JSON list of documents already was.

Hard negatives: a record's own ``url`` beside such a list stays its page; a talk's wrapped persons and images are no
links; a singular ``link`` list (Atom's links
read as data, ``"link": [{"rel": "alternate", "href"}]``) is not a list of related links; and the shapes the batch
read right stay read: a schedule whose talks give only a clock under their ``<day date>``, a race table with
separate ``<Date>`` and ``<Time Z>``, a live show among a podcast's episodes; a demand-response payload (an
``eiEvent`` with an xCal ``dtstart`` and ``duration``) gives no event.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

from sources.extraction import ExtractionError
from tests.sources.helpers import read_feed

UTC = zoneinfo.ZoneInfo("UTC")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2031, 1, 1, tzinfo=UTC)


def read(document: str, zone: zoneinfo.ZoneInfo = UTC) -> list[dict]:
    return read_feed(document, zone=zone, start=START.astimezone(zone))


def talk(ident: str, clock: str, title: str, links: str = "", url: str = "") -> str:
    own = f"<url>{url}</url>" if url else ""
    return (
        f'<event id="{ident}"><start>{clock}</start><duration>00:40</duration><room>Hall B</room>'
        f"<title>{title}</title><type>talk</type>{own}<links>{links}</links></event>"
    )


def schedule(*talks: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><schedule><conference><title>Tinker Days 2031</title>'
        "<start>2031-03-08</start><end>2031-03-09</end><days>2</days></conference>"
        f'<day index="1" date="2031-03-08"><room name="Hall B">{"".join(talks)}</room></day></schedule>'
    )


def test_a_talks_related_links_are_not_its_page() -> None:
    events = read(
        schedule(
            talk("71", "10:00", "Soldering for Beginners", '<link href="https://fb.example/71">Rate this talk</link>'),
            talk("72", "11:00", "Weaving Looms", '<link href="https://files.example/loom.pdf">Loom diagram</link>'),
        ),
        BERLIN,
    )
    assert [(event["title"], event["start"], event["end"]) for event in events] == [
        ("Soldering for Beginners", "2031-03-08T10:00:00+01:00", "2031-03-08T10:40:00+01:00"),
        ("Weaving Looms", "2031-03-08T11:00:00+01:00", "2031-03-08T11:40:00+01:00"),
    ]
    assert [event.get("url") for event in events] == [None, None]
    assert [event.get("links") for event in events] == [
        [{"label": "Rate this talk", "url": "https://fb.example/71"}],
        [{"label": "Loom diagram", "url": "https://files.example/loom.pdf"}],
    ]
    assert {event.get("venue_name") for event in events} == {"Hall B"}


def test_other_wrapped_lists_of_a_talk_are_no_links() -> None:
    extra = (
        '<persons><person id="1">Ada Weaver</person><person id="2">Bo Smith</person></persons>'
        '<images><image href="https://img.example/a.jpg">Poster</image></images>'
    )
    talks = [talk(n, f"{9 + int(n) % 10}:00", f"Talk {n}").replace("<links></links>", extra) for n in ("91", "92")]
    events = read(schedule(*talks), BERLIN)
    assert [(event["title"], event.get("links") or None, event.get("url")) for event in events] == [
        ("Talk 91", None, None),
        ("Talk 92", None, None),
    ]


def test_a_talks_own_url_beside_its_links_stays_its_page() -> None:
    rate = '<link href="https://fb.example/{0}">Rate</link>'
    events = read(
        schedule(
            talk("81", "10:00", "Kiln Firing", rate.format(81), "https://td.example/81"),
            talk("82", "11:00", "Glass Blowing", rate.format(82), "https://td.example/82"),
        ),
        BERLIN,
    )
    assert [event.get("url") for event in events] == ["https://td.example/81", "https://td.example/82"]


def api(records: list[dict]) -> str:
    return json.dumps({"events": records})


def test_a_json_list_of_links_is_not_the_page_but_a_singular_link_list_is() -> None:
    related = [
        {"title": "Pottery Night", "start": "2031-04-02T19:00:00Z", "links": [{"title": "Slides", "url": "https://s.example/1"}]},
        {"title": "Clay Day", "start": "2031-04-09T19:00:00Z", "links": [{"title": "Handout", "url": "https://s.example/2"}]},
    ]  # fmt: skip
    assert [event.get("url") for event in read(api(related))] == [None, None]
    atom_like = [
        {"title": "Pottery Night", "start": "2031-04-02T19:00:00Z", "link": [{"rel": "alternate", "href": "https://c.example/p"}]},
        {"title": "Clay Day", "start": "2031-04-09T19:00:00Z", "link": [{"rel": "alternate", "href": "https://c.example/c"}]},
    ]  # fmt: skip
    assert [event.get("url") for event in read(api(atom_like))] == ["https://c.example/p", "https://c.example/c"]


def test_a_race_table_with_separate_date_and_zulu_time_is_read() -> None:
    race = (
        '<Race season="2031" round="{n}"><RaceName>{name}</RaceName><Circuit circuitId="c{n}">'
        '<CircuitName>{circuit}</CircuitName><Location lat="1.0" long="2.0"><Locality>{town}</Locality>'
        "<Country>Ruritania</Country></Location></Circuit><Date>{day}</Date><Time>13:05:00Z</Time></Race>"
    )
    document = (
        '<?xml version="1.0" encoding="utf-8"?><MRData xmlns="http://example.org/mrd" series="kart">'
        '<RaceTable season="2031">'
        + race.format(n=1, name="Spring Cup", circuit="Lakeside Ring", town="Strelsau", day="2031-04-06")
        + race.format(n=2, name="Summer Cup", circuit="Hill Loop", town="Zenda", day="2031-06-01")
        + "</RaceTable></MRData>"
    )
    events = read(document)
    assert [(event["title"], event["start"], event.get("venue_name"), event.get("city")) for event in events] == [
        ("Spring Cup", "2031-04-06T13:05:00+00:00", "Lakeside Ring", "Strelsau"),
        ("Summer Cup", "2031-06-01T13:05:00+00:00", "Hill Loop", "Zenda"),
    ]


def test_a_live_show_among_a_podcasts_episodes_is_the_only_event() -> None:
    document = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>Shed Talk</title>'
        "<link>https://shed.example/</link><description>A show</description>"
        '<podcast:liveItem status="pending" start="2031-05-10T18:00:00.000-0400" end="2031-05-10T19:30:00.000-0400">'
        "<title>Shed Talk Live</title><guid>live-1</guid><link>https://shed.example/live</link></podcast:liveItem>"
        "<item><title>Episode 9</title><guid>ep9</guid><pubDate>Fri, 02 May 2031 10:00:00 GMT</pubDate></item>"
        "<item><title>Episode 8</title><guid>ep8</guid><pubDate>Fri, 25 Apr 2031 10:00:00 GMT</pubDate></item>"
        "</channel></rss>"
    )
    events = read(document)
    assert [(event["title"], event["start"], event["end"]) for event in events] == [
        ("Shed Talk Live", "2031-05-10T18:00:00-04:00", "2031-05-10T19:30:00-04:00")
    ]


def test_a_demand_response_event_is_no_event() -> None:
    document = (
        '<?xml version="1.0" encoding="utf-8"?><oadrPayload xmlns="http://openadr.org/oadr-2.0b/2012/07">'
        '<oadrDistributeEvent xmlns:ei="http://docs.oasis-open.org/ns/energyinterop/201110"><oadrEvent><ei:eiEvent>'
        "<ei:eventDescriptor><ei:eventID>e1</ei:eventID><ei:eventStatus>far</ei:eventStatus>"
        "<ei:createdDateTime>2031-06-01T17:00:00Z</ei:createdDateTime></ei:eventDescriptor><ei:eiActivePeriod>"
        '<properties xmlns="urn:ietf:params:xml:ns:icalendar-2.0"><dtstart><date-time>2031-06-01T18:00:00Z'
        "</date-time></dtstart><duration><duration>PT120M</duration></duration></properties></ei:eiActivePeriod>"
        "<ei:eiEventSignals><ei:eiEventSignal><ei:signalName>ENERGY_PRICE</ei:signalName></ei:eiEventSignal>"
        "</ei:eiEventSignals></ei:eiEvent></oadrEvent></oadrDistributeEvent></oadrPayload>"
    )
    try:
        events = read(document)
    except ExtractionError:
        events = []
    assert events == []
