"""The forty-sixth held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout46.json: SportsML from XML
Team's SODA client, an NHL team's season schedule of 20 games, with the service's RSS 1.0 listing of schedule
documents and a SportsML news article as hard negatives; IPTC's SportsML 3 event summary; a football club's German
news RSS as a hard negative, measured only; measured once before this rule: 20/21, fields 40/40 (start 20/20,
location 20/20), extra 4, unreadable 1), on small documents of our own.

The miss, and the rule written from it:

- the SportsML news article was read as one event titled by its ``sports-metadata.sports-title`` at its
  ``sports-metadata.date-time`` (1 extra). A bare date ("date-time", "date", "timestamp") in a member named metadata
  or meta that names no event, or in a list of such blocks, is the document's stamp, never a start or an end, by
  its name or by its shape (``_json_metadata_stamps.metadata_stamp``, in ``_json_fields.moment_score`` and
  ``Sample.moments``).

Left:

- the club's "News Feed" previews its games in running text ("am Sonnabend (25.10., 15:30 Uhr) bei Eintracht
  Frankfurt"): three items are read at those days and held for a moderator (3 extra). Not reading a date written only
  in the text of a feed that names itself news was tried and dropped: a parish's "News" feed announces its concert,
  cookie swap and brunch the same way (tests/sources/test_rss.py, church_blog.rss), and those are events.
- the SportsML 3 event summary (one ``<sports-event>`` with ``start-date-time`` and ``duration``, no name, team or
  site) stays unreadable: a record with a start and nothing to name it is not read as an event.
- the schedule's games, found with their starts and arenas, are titled "television-coverage" (a
  ``<sports-property formal-name>``), not by their two teams (``<name first last>`` under ``alignment``); no title
  was expected.

Hard negatives: an ``event-metadata`` block's ``start-date-time`` (a schedule's games), a metadata block's
``start``, an event's ``eventMetadata.date`` and a date outside any metadata block stay moments.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import pytest

from sources.adapters._json_metadata_stamps import metadata_stamp
from sources.adapters._json_shapes import words
from sources.extraction import ExtractionError
from tests.sources.helpers import read_feed

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
START = dt.datetime(2031, 3, 1, tzinfo=BERLIN)


def read(document: str, zone: zoneinfo.ZoneInfo = BERLIN) -> list[dict]:
    try:
        return read_feed(document, zone=zone, start=START.astimezone(zone))
    except ExtractionError:
        return []


ARTICLE = (
    '<?xml version="1.0"?><content-set><content><content-metadata date-time="20310301T101500+0000" '
    'doc-id="x.1" document-class="news"><content-title>Rovers season outlook</content-title></content-metadata>'
    "<article><p>The Rovers hope to go one better this season after last year's 21-9-8 record.</p></article>"
    "</content></content-set>"
)


def test_a_documents_metadata_date_is_no_events_start() -> None:
    assert read(ARTICLE) == []
    stamped = {"meta": {"title": "Weekly digest", "date": "2031-03-02T10:00:00Z", "count": 2}}
    assert read(json.dumps(stamped)) == []


@pytest.mark.parametrize(
    ("path", "stamp"),
    [
        ("sports-metadata.date-time", True),
        ("meta.date", True),
        ("docMetadata.timestamp", True),
        ("event-metadata.start-date-time", False),  # the game's own start
        ("meta.start", False),  # a key that says it starts
        ("eventMetadata.date", False),  # an event's own facts
        ("date-time", False),  # no metadata block
        ("metadataUrl", False),  # the key, not a block, says metadata
    ],
)
def test_which_dates_are_a_metadata_stamp(path: str, stamp: bool) -> None:
    key_words = words(path.rsplit(".", 1)[-1])
    assert metadata_stamp(path, key_words, words, frozenset({"event", "meeting", "session"})) is stamp


def game(key: str, start: str, arena: str, away: str, home: str) -> str:
    return (
        f'<sports-event><event-metadata event-key="{key}" event-name="{away} at {home}" start-date-time="{start}">'
        f'<site><site-metadata><name full="{arena}"/></site-metadata></site></event-metadata>'
        f'<team><team-metadata alignment="away"><name first="{away}" last="Owls"/></team-metadata></team>'
        f'<team><team-metadata alignment="home"><name first="{home}" last="Foxes"/></team-metadata></team>'
        "</sports-event>"
    )


def test_a_schedules_event_metadata_starts_stay_read() -> None:
    document = (
        '<?xml version="1.0"?><sports-content><sports-metadata date-time="20310301T080000-0500" doc-id="s.1">'
        "<sports-title>2031 Foxes Schedule</sports-title></sports-metadata><schedule>"
        + game("g.1", "20310310T190000-0500", "Mill Arena", "Eastfield", "Riverside")
        + game("g.2", "20310312T193000-0500", "Harbour Hall", "Riverside", "Westport")
        + "</schedule></sports-content>"
    )
    events = read(document, zoneinfo.ZoneInfo("America/Chicago"))
    assert sorted(event["start"][:16] for event in events) == ["2031-03-10T19:00", "2031-03-12T19:30"]
