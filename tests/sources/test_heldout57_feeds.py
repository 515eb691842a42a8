"""The fifty-seventh held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout57.json: XML that is no RSS,
kept in two projects' tests: an excerpt of FOSDEM 2024's Pentabarf schedule.xml and an older schedule string of a
FOSDEM app's tests; two GPX files of a PHP GPX library's tests as the hard negatives; measured once: found 8/8,
fields 38/38, the GPX files refused), on small documents of our own.

Nothing was missed, so no rule was written. These tests pin what the batch showed, so a later rule cannot lose it:

- a schedule an XML formatter pretty-printed: a ``<title>`` and a ``<url>`` wrapped over lines, with the
  indentation inside the element (``<url>\\n          https://…\\n        </url>``), read as one line of title and
  the bare url; the start is the talk's offset ``<date>``, the end its ``<duration>`` later, the place its room;
- the older shape, a ``<day date="…">`` and bare ``<start>HH:MM</start>`` talks: two talks that carry the same
  ``<url>`` (a copied link) stay two events.

Hard negatives: a GPS exchange file (GPX) is read as no events at all, though its waypoints are literally named
"Event 0001" with a ``<time>``, and its track is a named, typed ("hiking"), timed recording; a KML track with its
``<when>`` stamps likewise.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters.base import FetchWindow
from tests.sources.helpers import read_events

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
JANUARY = dt.datetime(2031, 1, 20, 9, 0, tzinfo=BRUSSELS)
WINDOW = FetchWindow(JANUARY, JANUARY + dt.timedelta(days=365))
read = functools.partial(read_events, window=WINDOW, zone=BRUSSELS)

SCHEDULE_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<schedule>\n  <conference>\n    <title>Harbour Dev Days 2031</title>\n'
    "    <start>2031-02-01</start>\n    <end>2031-02-02</end>\n    <time_zone_name>Europe/Brussels</time_zone_name>\n"
    "  </conference>\n"
)


def formatted_talk(guid: str, date: str, slug: str, title_lines: tuple[str, ...]) -> str:
    """One talk as an XML formatter leaves it: the url and the title wrapped inside their elements."""
    title = "\n          ".join(title_lines)
    return (
        f'      <event guid="{guid}" id="{guid[-3:]}">\n'
        f"        <date>{date}</date>\n        <start>{date[11:16]}</start>\n        <duration>00:25</duration>\n"
        "        <room>Main Hall</room>\n"
        f"        <slug>\n          {slug}\n        </slug>\n"
        f"        <url>\n          https://devdays.example.org/2031/talk/{slug}/\n        </url>\n"
        f"        <title>{title}\n        </title>\n        <type>talk</type>\n"
        "        <abstract>&lt;p&gt;A talk.&lt;/p&gt;\n        </abstract>\n"
        '        <persons>\n          <person id="7">Ada Example</person>\n        </persons>\n'
        "      </event>\n"
    )


def formatted_schedule() -> bytes:
    talks = formatted_talk(
        "aaaa-101",
        "2031-02-01T10:00:00+01:00",
        "opening-the-harbour-dev-days",
        ("Opening the Harbour Dev Days",),
    ) + formatted_talk(
        "aaaa-102",
        "2031-02-01T10:30:00+01:00",
        "keeping-old-build-systems-alive-for-another-decade",
        ("Keeping Old Build Systems Alive for Another", "Decade"),
    )
    day = '  <day index="1" date="2031-02-01">\n    <room name="Main Hall">\n' + talks + "    </room>\n  </day>\n"
    return (SCHEDULE_HEAD + day + "</schedule>\n").encode()


def test_a_formatted_schedule_reads_one_line_titles_and_bare_urls():
    first, second = sorted(read(formatted_schedule()), key=lambda event: event["start"])
    assert first["title"] == "Opening the Harbour Dev Days"
    assert second["title"] == "Keeping Old Build Systems Alive for Another Decade"
    assert second["url"] == "https://devdays.example.org/2031/talk/keeping-old-build-systems-alive-for-another-decade/"
    assert (second["start"], second["end"]) == ("2031-02-01T10:30:00+01:00", "2031-02-01T10:55:00+01:00")
    assert second["venue_name"] == "Main Hall"


def older_schedule(url_second: str) -> bytes:
    talk = (
        '<event id="{id}"><start>{start}</start><duration>00:50</duration><room>Room K</room>'
        "<url>https://devdays.example.org/2031/talk/opening/</url><title>{title}</title></event>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><schedule><conference><title>Harbour Dev Days 2031</title>'
        '<start>2031-02-01</start></conference><day index="1" date="2031-02-01"><room name="Room K">'
        + talk.format(id=1, start="09:30", title="Welcome to the Harbour Dev Days")
        + talk.format(id=2, start="10:30", title="Twenty-five years of open data").replace("talk/opening/", url_second)
        + "</room></day></schedule>"
    ).encode()


def test_two_talks_sharing_one_url_stay_two():
    for url_second in ("talk/opening/", "talk/open-data/"):
        events = sorted(read(older_schedule(url_second)), key=lambda event: event["start"])
        assert [(event["title"], event["start"], event["end"]) for event in events] == [
            ("Welcome to the Harbour Dev Days", "2031-02-01T09:30:00+01:00", "2031-02-01T10:20:00+01:00"),
            ("Twenty-five years of open data", "2031-02-01T10:30:00+01:00", "2031-02-01T11:20:00+01:00"),
        ], url_second


# --- hard negatives: a GPS file's named, timed points and tracks are no events ----------------------------------

GPX = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1" creator="Logger">\n'
    "  <metadata><name>Harbour walk</name><time>2031-03-02T08:00:00Z</time></metadata>\n"
    '  <wpt lat="50.8466" lon="4.3528"><time>2031-03-02T09:12:05Z</time><name>Event 0001</name></wpt>\n'
    '  <wpt lat="50.8470" lon="4.3531"><time>2031-03-02T09:40:00Z</time><name>Event 0002</name></wpt>\n'
    "  <trk><name>Hike</name><type>hiking</type><trkseg>\n"
    '    <trkpt lat="50.8466" lon="4.3528"><ele>58</ele><time>2031-03-02T09:00:00Z</time></trkpt>\n'
    '    <trkpt lat="50.8468" lon="4.3530"><ele>59</ele><time>2031-03-02T09:00:05Z</time></trkpt>\n'
    '    <trkpt lat="50.8471" lon="4.3533"><ele>61</ele><time>2031-03-02T09:00:11Z</time></trkpt>\n'
    "  </trkseg></trk>\n"
    "</gpx>\n"
)

KML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2"><Document>'
    "<name>Morning ride</name><Placemark><name>Ride to the harbour</name><gx:Track>"
    "<when>2031-03-02T07:00:00Z</when><when>2031-03-02T07:00:09Z</when>"
    "<gx:coord>4.3528 50.8466 58</gx:coord><gx:coord>4.3530 50.8468 59</gx:coord>"
    "</gx:Track></Placemark></Document></kml>\n"
)


def test_a_gps_file_is_no_events():
    assert read(GPX.encode()) == []
    assert read(KML.encode()) == []


def test_a_gps_file_with_only_waypoints_or_only_a_track_is_no_events_either():
    waypoints_only = GPX.split("  <trk>")[0] + "</gpx>\n"
    track_only = GPX.replace(GPX[GPX.index("  <wpt") : GPX.index("  <trk>")], "")
    assert read(waypoints_only.encode()) == []
    assert read(track_only.encode()) == []
