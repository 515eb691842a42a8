"""The thirty-seventh held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout37.json: Google Calendar
Data API (GData) answers from a Ruby and an OCaml client's tests, a list of calendars as a hard negative, an RFC 6321
xCal document; measured once before these rules: 6/12, fields 5/5), on small documents of our own. What the first
measure got wrong:

- an Atom Entry Document (RFC 4287 §4.1.2: a lone ``<entry>`` in the Atom namespace as the root, what an API
  answers for one event) was not taken for a feed and read as an HTML page: nothing. It is now a feed of one entry.
- an entry holding several ``gd:when`` (one per occurrence, as GData expands a recurring event) was read at its last
  one only (feedparser keeps one element of a name). Repeated elements of an item that each state a start as an
  attribute holding an ISO date (``startTime="2031-06-08"``, ``start="2031-06-08T19:00:00Z"``) are its occurrences
  (``_feed_attr_whens``), GData's date-only ends exclusive as its single ``gd:when`` already is.

Hard negatives: a root ``<entry>`` outside the Atom namespace (a dictionary's, a log's) is no feed; an Atom entry that
is a blog post gives no event; repeated elements whose attributes hold no ISO date (podcast soundbites'
``startTime="73.0"``, chapters' ``start="00:01:02"``), or one ``gd:when`` alone, make no occurrences.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import _feed_attr_whens
from sources.adapters.base import FetchWindow
from sources.extraction import ExtractionError, extract_document
from tests.hostile import module_patterns, superlinear_shape

LOS_ANGELES = zoneinfo.ZoneInfo("America/Los_Angeles")
START = dt.datetime(2031, 6, 1, tzinfo=LOS_ANGELES)
ATOM = "http://www.w3.org/2005/Atom"
GD = "http://schemas.google.com/g/2005"


def read(document: str, kind: str = "auto") -> list[dict]:
    window = FetchWindow(start=START, end=START + dt.timedelta(days=365))
    return extract_document(document.encode(), window=window, kind=kind, zone=LOS_ANGELES).events


def entry(title: str, *whens: tuple[str, str], where: str = "", number: int = 1, root: bool = False) -> str:
    namespaces = f" xmlns='{ATOM}' xmlns:gd='{GD}'" if root else ""
    times = "".join(
        f"<gd:when startTime='{start}' endTime='{end}'><gd:reminder minutes='10'/></gd:when>" for start, end in whens
    )
    return (
        f"<entry{namespaces}><id>https://calendar.example.org/feeds/default/private/full/e{number}</id>"
        "<published>2031-05-20T16:05:29.000Z</published><updated>2031-05-21T05:14:18.000Z</updated>"
        f"<category scheme='{GD}#kind' term='{GD}#event'/><title type='text'>{title}</title>"
        f"<link rel='alternate' type='text/html' href='https://calendar.example.org/event?eid=e{number}'/>"
        f"<gd:where valueString='{where}'/>{times}</entry>"
    )


def feed(*entries: str) -> str:
    return (
        f"<?xml version='1.0' encoding='UTF-8'?><feed xmlns='{ATOM}' xmlns:gd='{GD}'>"
        "<id>https://calendar.example.org/feeds/default/private/full</id><title>Club calendar</title>"
        "<updated>2031-05-21T07:09:25.000Z</updated>" + "".join(entries) + "</feed>"
    )


def starts(events: list[dict]) -> list[str]:
    return sorted(str(event["start"]) for event in events)


def test_an_atom_entry_document_is_a_feed_of_one_entry() -> None:
    document = "<?xml version='1.0' encoding='UTF-8'?>" + entry(
        "Lunch with the board",
        ("2031-06-12T19:00:00.000Z", "2031-06-12T20:00:00.000Z"),
        where="Harbour Café",
        root=True,
    )
    [event] = read(document)
    assert event["title"] == "Lunch with the board"
    assert event["start"] == dt.datetime(2031, 6, 12, 12, 0, tzinfo=LOS_ANGELES).isoformat()
    assert event["end"] == dt.datetime(2031, 6, 12, 13, 0, tzinfo=LOS_ANGELES).isoformat()
    assert event["venue_name"] == "Harbour Café"


def test_an_atom_entry_document_without_a_declaration_or_with_a_prefix_is_read_too() -> None:
    bare = entry("Board meeting", ("2031-06-12T19:00:00.000Z", "2031-06-12T20:00:00.000Z"), root=True)
    assert [event["title"] for event in read(bare)] == ["Board meeting"]
    prefixed = (
        f"<a:entry xmlns:a='{ATOM}' xmlns:gd='{GD}'><a:id>urn:e1</a:id><a:title>Open studio</a:title>"
        "<gd:when startTime='2031-06-14T17:00:00Z' endTime='2031-06-14T19:00:00Z'/></a:entry>"
    )
    assert [event["title"] for event in read(prefixed)] == ["Open studio"]


def test_an_atom_entry_that_is_a_blog_post_gives_no_event() -> None:
    post = (
        f"<entry xmlns='{ATOM}'><id>urn:post:1</id><title>Our new website</title>"
        "<published>2031-06-02T09:00:00Z</published><updated>2031-06-02T09:00:00Z</updated>"
        "<content type='text'>We moved the blog to a new host.</content></entry>"
    )
    assert read(post, kind="rss") == []


@pytest.mark.parametrize(
    "document",
    [
        "<entry><title>Board meeting</title><date>2031-06-12</date></entry>",  # no Atom namespace
        "<entry xmlns='urn:example:dictionary'><headword>when</headword><sense>at what time</sense></entry>",
    ],
)
def test_an_entry_root_outside_the_atom_namespace_is_no_feed(document: str) -> None:
    with pytest.raises(ExtractionError):
        read(document, kind="rss")


def test_each_gd_when_of_an_entry_is_an_occurrence() -> None:
    document = feed(
        entry("Summer camp", ("2031-06-08", "2031-06-09"), ("2031-06-09", "2031-06-10"), ("2031-06-10", "2031-06-11")),
        entry("Board meeting", ("2031-06-12T19:00:00.000Z", "2031-06-12T20:00:00.000Z"), number=2),
    )
    events = read(document)
    camp = [event for event in events if event["title"] == "Summer camp"]
    assert starts(camp) == ["2031-06-08", "2031-06-09", "2031-06-10"]
    assert all(event["all_day"] and event["end"] is None for event in camp)  # GData's date-only end is exclusive
    assert len({event["external_id"] for event in camp}) == 3
    [meeting] = [event for event in events if event["title"] == "Board meeting"]
    assert meeting["start"] == dt.datetime(2031, 6, 12, 12, 0, tzinfo=LOS_ANGELES).isoformat()


def test_timed_occurrences_keep_their_ends() -> None:
    document = feed(
        entry(
            "Evening course",
            ("2031-06-09T18:00:00.000-07:00", "2031-06-09T20:00:00.000-07:00"),
            ("2031-06-16T18:00:00.000-07:00", "2031-06-16T20:30:00.000-07:00"),
        )
    )
    events = sorted(read(document), key=lambda event: event["start"])
    assert [(event["start"], event["end"]) for event in events] == [
        ("2031-06-09T18:00:00-07:00", "2031-06-09T20:00:00-07:00"),
        ("2031-06-16T18:00:00-07:00", "2031-06-16T20:30:00-07:00"),
    ]


def test_a_single_gd_when_is_still_one_event() -> None:
    events = read(feed(entry("Board meeting", ("2031-06-12T19:00:00.000Z", "2031-06-12T20:00:00.000Z"))))
    assert len(events) == 1


def test_a_moved_occurrence_s_original_when_is_not_another_occurrence() -> None:
    moved = (
        "<entry><id>urn:e9</id><title>Choir rehearsal</title><gd:originalEvent id='series' href='urn:series'>"
        "<gd:when startTime='2031-06-09T16:00:00.000-07:00'/></gd:originalEvent>"
        "<gd:when startTime='2031-06-09T18:00:00.000-07:00' endTime='2031-06-09T19:00:00.000-07:00'/></entry>"
    )
    [event] = read(feed(moved))
    assert event["start"] == "2031-06-09T18:00:00-07:00"


def test_repeated_attributes_that_hold_no_iso_date_make_no_occurrences() -> None:
    podcast = (
        "<?xml version='1.0'?><rss version='2.0' xmlns:podcast='https://podcastindex.org/namespace/1.0'"
        " xmlns:psc='http://podlove.org/simple-chapters'><channel><title>Talk show</title>"
        "<item><title>Concert on 14 June 2031 at 8pm</title><guid>urn:ep:1</guid>"
        "<pubDate>Mon, 02 Jun 2031 08:00:00 +0000</pubDate>"
        "<podcast:soundbite startTime='73.0' duration='60.0'>Intro</podcast:soundbite>"
        "<podcast:soundbite startTime='1234.5' duration='42.0'>Outro</podcast:soundbite>"
        "<psc:chapters><psc:chapter start='00:00:00.000' title='Start'/><psc:chapter start='00:12:30' title='News'/>"
        "</psc:chapters></item></channel></rss>"
    )
    events = read(podcast)
    assert [event["start"][:10] for event in events] == ["2031-06-14"]


def test_the_attribute_occurrence_reader_alone() -> None:
    from lxml import etree

    element = etree.fromstring(
        f"<entry xmlns='{ATOM}' xmlns:gd='{GD}'><gd:when startTime='2031-06-08' endTime='2031-06-09'/>"
        "<gd:when startTime='2031-06-09' endTime='2031-06-10'/><link href='https://example.org/' rel='self'/>"
        "<link href='https://example.org/2' rel='alternate'/></entry>"
    )
    assert _feed_attr_whens.attribute_occurrences(element) == [
        ("2031-06-08", "2031-06-09", True),
        ("2031-06-09", "2031-06-10", True),
    ]
    sessions = etree.fromstring(
        "<item><session start='2031-06-08T19:00:00Z' end='2031-06-08T21:00:00Z'/>"
        "<session start='2031-06-15T19:00:00Z'/></item>"
    )
    assert _feed_attr_whens.attribute_occurrences(sessions) == [
        ("2031-06-08T19:00:00Z", "2031-06-08T21:00:00Z", False),
        ("2031-06-15T19:00:00Z", None, False),
    ]
    assert _feed_attr_whens.attribute_occurrences(etree.fromstring("<item><a start='2031-06-08'/></item>")) == []
    assert _feed_attr_whens.attribute_occurrences(None) == []


@pytest.mark.parametrize("name", sorted(module_patterns(_feed_attr_whens)))
def test_the_new_patterns_grow_linearly_on_long_text(name: str) -> None:
    assert superlinear_shape(getattr(_feed_attr_whens, name)) is None
