"""Web pages, structured data: schema.org (JSON-LD, microdata, RDFa) and h-event through `jsonld`, and sniffing.

Pages under recorded/pages/ are written like real venue sites: a theatre's JSON-LD @graph, a club's
microdata, a library's RDFa, a community h-feed and a hostile page. Following listings and the generic
`html` adapter are in test_webpages_follow.py.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from django.core.management.base import CommandError

from sources.adapters import registry
from sources.adapters.base import AdapterError
from sources.adapters.html import GenericPageAdapter
from sources.adapters.jsonld import StructuredPageAdapter
from tests.sources.helpers import (
    HTML,
    PAGES,
    jsonld_page,
    parse_html,
)
from tests.sources.helpers import YEAR_WINDOW as WINDOW
from tests.sources.helpers import events_by_id as by_id
from tests.sources.helpers import events_by_title as by_title
from tests.sources.helpers import make_page_adapter as make
from tests.sources.helpers import recorded_page as page
from tests.sources.helpers import run_extract as extract

# --- JSON-LD -------------------------------------------------------------------------------------
THEATRE = ["--url", "https://harbourtheatre.example/whats-on", "--tz", "Europe/London"]


def test_theatre_graph_maps_performances_prices_and_places():
    events, errors = extract(page("theatre.html"), *THEATRE)
    found = by_id(events)
    evening = found["https://harbourtheatre.example/whats-on/the-tempest@2026-12-05T19:30:00Z"]
    assert evening == {
        **evening,
        "source": "jsonld",
        "title": "The Tempest",
        "description": "Shakespeare’s last play, staged on a flooded set.\nRunning time 2h 45m including interval.",
        "start": "2026-12-05T19:30:00+00:00",
        "end": "2026-12-05T22:15:00+00:00",
        "all_day": False,
        "timezone": "Europe/London",
        "venue_name": "The Harbour Theatre",  # {"@id": "#venue"} followed to the Place in the @graph
        "address": "14 Quayside, Bristol, BS1 4RW",
        "city": "Bristol",
        "country": "GB",
        "latitude": 51.4496,
        "longitude": -2.5981,
        "url": "https://harbourtheatre.example/whats-on/the-tempest",
        "ticket_url": "https://harbourtheatre.example/book/the-tempest?perf=20261205",
        "image_url": "https://harbourtheatre.example/media/tempest-16x9.jpg",
        "organizer": "Harbour Theatre Trust",
        "cost_type": "paid",
        "price_min": 25.0,
        "price_max": 25.0,
        "currency": "GBP",
        "status": "scheduled",
        "online": False,
        "source_category": "TheaterEvent",
    }
    # Two performances share the show's URL: each id gets its start, so neither overwrites the other.
    matinee = found["https://harbourtheatre.example/whats-on/the-tempest@2026-12-06T14:30:00Z"]
    assert (matinee["start"], matinee["price_min"], matinee["ticket_url"]) == (
        "2026-12-06T14:30:00+00:00",
        22.0,
        "https://harbourtheatre.example/book/the-tempest?perf=20261206",
    )
    assert "Understudy Showcase" not in {event["title"] for event in events}
    assert "skipped https://harbourtheatre.example/events/4431: The event has no readable startDate" in errors


def test_theatre_cancelled_aggregate_offer_all_day_and_online_events():
    found = by_id(extract(page("theatre.html"), *THEATRE)[0])
    carol = found["https://harbourtheatre.example/events/4410"]
    assert carol["status"] == "cancelled"  # "EventCancelled" without the schema.org prefix
    assert (carol["cost_type"], carol["price_min"], carol["price_max"], carol["currency"]) == (
        "paid",
        12.0,
        38.5,
        "GBP",
    )
    assert carol["ticket_url"] == "https://harbourtheatre.example/book/a-christmas-carol"
    assert carol["image_url"] == "https://cdn.harbourtheatre.example/carol.jpg"  # ImageObject.url
    assert carol["start"] == "2026-12-10T19:00:00+00:00"  # a naive time, read in the source's zone
    panto = found["https://harbourtheatre.example/events/4415"]
    assert (panto["start"], panto["end"], panto["all_day"]) == ("2026-12-20", "2026-12-22", True)
    assert (panto["cost_type"], panto["price_min"], panto["currency"]) == ("free", 0.0, None)
    assert panto["source_category"] == "TheaterEvent, ChildrensEvent"  # an @type list
    talk = found["https://harbourtheatre.example/events/4420"]
    assert (talk["online"], talk["status"], talk["venue_name"]) == (True, "scheduled", None)  # EventMovedOnline
    assert (talk["organizer"], talk["cost_type"]) == ("Dr Amara Okafor", "free")


def test_festival_sub_events_are_events_and_inherit_the_festival_location():
    events = extract(page("theatre.html"), *THEATRE)[0]
    titles = by_title(events)
    festival = titles["Harbour Winter Shorts"]
    assert (festival["start"], festival["end"], festival["source_category"]) == ("2027-01-15", "2027-01-17", "Festival")
    assert (festival["venue_name"], festival["address"]) == (
        "The Harbour Theatre Studio",
        "14 Quayside, Bristol BS1 4RW",
    )
    first = titles["Shorts Programme 1: Sea Stories"]
    assert first["external_id"] == "https://harbourtheatre.example/festivals/winter-shorts#programme-1"
    assert first["source_category"] == "ScreeningEvent"
    second = titles["Shorts Programme 2: City Nights"]
    assert second["venue_name"] == "The Harbour Theatre Studio"  # inherited from the Festival
    assert second["status"] == "postponed"
    assert second["start"] == "2027-01-16T20:00:00+00:00"
    # No @id and no url: the page URL and a digest of the event, the same on every run.
    assert second["external_id"].startswith("https://harbourtheatre.example/whats-on#event-")
    assert len(events) == 8  # the BreadcrumbList, Organization and Place nodes are not events


@pytest.mark.parametrize(
    "schema_type",
    ["Event", "MusicEvent", "TheaterEvent", "ComedyEvent", "Festival", "SportsEvent", "EducationEvent",
     "BusinessEvent", "SocialEvent", "ExhibitionEvent", "FoodEvent", "DanceEvent", "ScreeningEvent",
     "LiteraryEvent", "ChildrensEvent", "VisualArtsEvent", "Hackathon", "https://schema.org/ComedyEvent",
     "http://schema.org/DanceEvent", "schema:FoodEvent", ["Event", "Place"]],
)  # fmt: skip
def test_every_event_subtype_is_read_and_sniffed(schema_type):
    body = jsonld_page({"@context": "https://schema.org", "@type": schema_type, "name": "A", "startDate": "2026-12-05"})
    assert StructuredPageAdapter.sniff(body.encode())
    (record,) = parse_html(body)
    assert (record.title, record.start) == ("A", dt.date(2026, 12, 5))


def test_things_that_are_not_events_are_ignored():
    body = jsonld_page(
        {"@context": "https://schema.org", "@type": "DeliveryEvent", "name": "Parcel", "startDate": "2026-12-05"},
        {"@context": "https://schema.org", "@type": "BroadcastEvent", "name": "On air", "startDate": "2026-12-05"},
        {"@context": "https://schema.org", "@type": "Organization", "name": "Venue Ltd"},
    )
    assert parse_html(body) == []
    assert not StructuredPageAdapter.sniff(jsonld_page({"@type": "Organization", "name": "Venue Ltd"}).encode())


def test_events_nested_in_lists_places_and_arrays_are_found():
    event = {"@type": "MusicEvent", "startDate": "2026-12-05T20:00:00Z"}
    body = jsonld_page(
        {
            "@context": "https://schema.org",
            "@type": "ItemList",
            "itemListElement": [{"@type": "ListItem", "position": 1, "item": {**event, "name": "From a list"}}],
        },
        {
            "@context": "https://schema.org",
            "@type": "MusicVenue",
            "name": "Club",
            "event": [{**event, "name": "In a Place"}],
        },
        [{**event, "name": "Top-level array", "@context": "https://schema.org"}],
    )
    assert [record.title for record in parse_html(body)] == ["From a list", "In a Place", "Top-level array"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("https://schema.org/EventCancelled", "cancelled"), ("http://schema.org/EventPostponed", "postponed"),
     ("EventRescheduled", "rescheduled"), ("schema:EventScheduled", "scheduled"),
     ({"@id": "https://schema.org/EventCancelled"}, "cancelled"), ("SomethingElse", "scheduled")],
)  # fmt: skip
def test_event_status_with_or_without_prefix(value, expected):
    body = jsonld_page({"@type": "Event", "name": "A", "startDate": "2026-12-05T20:00:00Z", "eventStatus": value})
    assert parse_html(body)[0].status == expected


def test_mixed_attendance_is_online_and_a_url_location_too():
    mixed = {"@type": "Event", "name": "Hybrid", "startDate": "2026-12-05T20:00:00Z"}
    body = jsonld_page(
        {**mixed, "eventAttendanceMode": "https://schema.org/MixedEventAttendanceMode"},
        {**mixed, "name": "Stream", "location": "https://stream.example/live"},
        {**mixed, "name": "In person", "location": "The Crypt, 3 Church Row"},
    )
    records = {record.title: record for record in parse_html(body)}
    assert records["Hybrid"].online
    assert records["Stream"].online
    assert not records["In person"].online
    assert (records["In person"].venue_name, records["In person"].address) == ("The Crypt", "3 Church Row")


def test_fallback_ids_do_not_shift_when_an_event_is_added_above():
    gig = {"@type": "MusicEvent", "name": "Second gig", "startDate": "2026-12-12T20:00:00Z"}
    before = parse_html(jsonld_page(gig))
    after = parse_html(jsonld_page({**gig, "name": "New first gig", "startDate": "2026-12-01T20:00:00Z"}, gig))
    assert before[0].external_id == after[1].external_id
    assert before[0].external_id.startswith("https://venue.example/whats-on#event-")


def test_times_without_offset_use_the_source_timezone_or_utc():
    url = ["--url", "https://lanternrooms.example/calendar"]
    with_zone = by_title(extract(page("music_venue.html"), *url, "--tz", "America/Chicago")[0])["Sunday Vinyl Social"]
    assert (with_zone["start"], with_zone["timezone"]) == ("2026-12-13T15:00:00-06:00", "America/Chicago")
    without = by_title(extract(page("music_venue.html"), *url)[0])
    assert (without["Sunday Vinyl Social"]["start"], without["Sunday Vinyl Social"]["timezone"]) == (
        "2026-12-13T15:00:00+00:00",
        None,
    )
    # A time with its own offset keeps it; no zone is named when the source has none.
    assert without["Lowland Hum"]["start"] == "2026-12-18T21:00:00-06:00"


# --- microdata, RDFa, h-event ----------------------------------------------------------------------
def test_microdata_music_events_merge_with_the_same_event_in_json_ld():
    events, errors = extract(page("music_venue.html"), "--url", "https://lanternrooms.example/calendar",
                             "--tz", "America/Chicago")  # fmt: skip
    assert [event["title"] for event in events] == [
        "Midnight Static + The Quiet Hours",
        "Sunday Vinyl Social",
        "Lowland Hum",
    ]
    static = events[0]
    # The plugin's JSON-LD came first; the microdata of the same event filled in what it lacked.
    assert static == {
        **static,
        "external_id": "https://lanternrooms.example/shows/midnight-static",
        "description": "Two Chicago bands, one long night of shoegaze. 21+.",
        "start": "2026-12-11T20:00:00-06:00",
        "end": "2026-12-11T23:30:00-06:00",
        "timezone": "America/Chicago",
        "venue_name": "The Lantern Rooms",
        "address": "2230 N Milwaukee Ave, Chicago, IL, 60647",
        "city": "Chicago",
        "country": "US",
        "latitude": 41.9215,
        "longitude": -87.6973,
        "ticket_url": "https://lanternrooms.example/tickets/midnight-static",
        "image_url": "https://lanternrooms.example/img/shows/midnight-static.jpg",
        "organizer": "Lantern Rooms Presents",
        "cost_type": "paid",
        "price_min": 15.0,
        "currency": "USD",
        "source_category": "MusicEvent",
    }
    vinyl, hum = events[1], events[2]
    assert (vinyl["cost_type"], vinyl["price_min"], vinyl["address"]) == (
        "free",
        0.0,
        "2230 N Milwaukee Ave, Chicago, IL 60647",
    )
    assert (hum["status"], hum["price_min"], hum["ticket_url"]) == (
        "postponed",
        20.0,
        "https://tickets.example-seller.com/e/lowland-hum-chicago",
    )
    assert "The event has no name." in errors  # the "TBA" item: a heading, but no itemprop=name


def test_rdfa_events_are_rebuilt_from_blank_nodes_with_stable_ids():
    args = (page("library_rdfa.html"), "--url", "https://eastsidelibrary.example/events", "--tz", "America/Los_Angeles")
    first_run, second_run = extract(*args)[0], extract(*args)[0]
    assert [event["external_id"] for event in first_run] == [event["external_id"] for event in second_run]
    workshop, talk = first_run
    assert workshop == {
        **workshop,
        "external_id": "https://eastsidelibrary.example/events#seed-library-2026-12",  # its RDFa resource
        "title": "Seed Library Workshop",
        "start": "2026-12-09T18:00:00-08:00",
        "end": "2026-12-09T19:30:00-08:00",
        "venue_name": "Eastside Branch, Meeting Room B",
        "address": "1812 SE 39th Ave, Portland, OR, 97214",
        "city": "Portland",
        "url": "https://eastsidelibrary.example/events/seed-library-workshop",
        "cost_type": "free",
        "source_category": "EducationEvent",
    }
    assert talk == {
        **talk,
        "title": "Author Talk: Maya Lindqvist",
        "description": "The author of Salt Roads reads from her new novel. Book signing to follow.",
        "start": "2026-12-14T19:00:00-08:00",
        "status": "rescheduled",
        "organizer": "Friends of Eastside Library",
        "source_category": "LiteraryEvent",
    }
    assert talk["external_id"].startswith("https://eastsidelibrary.example/events#event-")


def test_h_events_with_h_card_text_and_h_adr_locations():
    events, _ = extract(page("community_hevents.html"), "--url", "https://makersguild.example/calendar",
                        "--tz", "Pacific/Auckland")  # fmt: skip
    repair, lanterns, soldering = events
    assert repair == {
        **repair,
        "external_id": "https://makersguild.example/events/repair-cafe-december",
        "title": "Repair Café",
        "description": "Bring broken toasters, torn jackets and wobbly chairs. Volunteers fix them with you.",
        "start": "2026-12-05T10:00:00+13:00",
        "end": "2026-12-05T13:00:00+13:00",
        "timezone": "Pacific/Auckland",
        "venue_name": "Makers' Guild Workshop",
        "address": "48 Tory Street, Wellington",
        "country": "New Zealand",
        "latitude": -41.2951,
        "longitude": 174.7787,
        "source_category": "repair, sustainability",
        "tags": ["repair", "sustainability"],
    }
    assert (lanterns["start"], lanterns["all_day"]) == ("2026-12-21", True)
    assert (lanterns["venue_name"], lanterns["address"]) == ("Botanic Garden main gate", "Glenmore Street")
    assert (
        lanterns["description"] == "Make a paper lantern in the afternoon, then walk it up the hill.\n\nKoha welcome."
    )
    assert soldering["start"] == "2026-12-12T13:00:00+13:00"  # "2026-12-12 13:00", no offset: the source's zone
    assert (soldering["address"], soldering["city"]) == ("48 Tory Street, Wellington", "Wellington")
    assert soldering["image_url"] == "https://makersguild.example/media/soldering.jpg"


# --- hostile input -----------------------------------------------------------------------------
def test_hostile_page_gives_inert_text_and_no_script_urls():
    events, errors = extract(page("hostile.html"), "--url", "https://hostile.example/gigs")
    assert [event["title"] for event in events] == ["Midnight Mass Live", "Open Decks"]
    mass = events[0]
    assert mass["description"] == "Doors 9pm. Bring friends."
    assert (mass["venue_name"], mass["address"], mass["organizer"]) == (
        "The Cellar",
        "1 Dark Alley, Leeds",
        "Night Crew",
    )
    assert (mass["url"], mass["ticket_url"]) == (None, None)  # javascript: (even "java\tscript:") dropped
    assert mass["image_url"] == "https://hostile.example/img/ok.jpg"  # data: and JaVaScRiPt: skipped
    assert mass["currency"] == "GBP"
    assert events[1]["url"] is None
    dumped = json.dumps(events)
    for needle in ("<", "alert", "javascript", "data:", "onerror"):
        assert needle not in dumped.lower()
    assert "skipped https://hostile.example/e/empty-title: The event has no name." in errors
    assert "A JSON-LD block that mentions an event is not valid JSON" in errors


@pytest.mark.django_db
@pytest.mark.usefixtures("recorded_clock")  # replays responses recorded on RECORDED_NOW
def test_hostile_page_end_to_end_stores_no_markup(recorded):
    from events.models import Event
    from events.services import staged_events_process
    from sources.models import FetchRun
    from sources.services import source_fetch
    from tests.factories import SourceFactory

    recorded.add("/gigs", file="pages/hostile.html", content_type=HTML)
    source = SourceFactory(
        adapter="jsonld",
        kind="web_page",
        config={"url": recorded.url("/gigs"), "allow_private_network": True, "timezone": "Europe/London"},
    )
    outcome = source_fetch(source=source, window=WINDOW)
    run = outcome.run
    assert (run.status, run.found, run.new, run.failed) == (FetchRun.Status.PARTIAL, 4, 2, 2)
    assert staged_events_process(staged_event_ids=outcome.pending_ids).published == 2
    stored = list(Event.objects.order_by("start"))
    assert [event.title for event in stored] == ["Midnight Mass Live", "Open Decks"]
    for event in stored:
        for text in (event.title, event.description, event.venue_name, event.address):
            assert "<script" not in text.lower()
            assert "alert" not in text
        assert not event.url.startswith("javascript")


# --- extract --kind auto and sniffing ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "kind"),
    [("theatre.html", "jsonld"), ("music_venue.html", "jsonld"), ("library_rdfa.html", "jsonld"),
     ("community_hevents.html", "jsonld"), ("detail_quartet.html", "jsonld"), ("hostile.html", "jsonld"),
     ("plain_whats_on.html", "html"), ("listing.html", "html")],
)  # fmt: skip
def test_extract_auto_picks_the_adapter_by_content(name, kind):
    payload = (PAGES / name).read_bytes()
    assert registry.sniff(payload).name == kind
    events, _ = extract(page(name), "--kind", "auto", "--url", "https://venue.example/whats-on", "--from", "2026-11-20")
    assert events
    assert {event["source"] for event in events} == {kind}


@pytest.mark.parametrize(
    "snippet",
    [b'<html><div itemscope itemtype="http://schema.org/SportsEvent">',
     b'<html><body vocab="https://schema.org/"><div typeof="MusicEvent">',
     b'<html><div typeof="schema:Festival">',
     b'<html><article class="post h-event featured">',
     b'<html><div class="vevent">',
     b'<html><script type="application/ld+json">{"@type": ["Place", "Event"]}</script>'],
)  # fmt: skip
def test_jsonld_sniffs_each_syntax(snippet):
    assert StructuredPageAdapter.sniff(snippet)


def test_sniffing_leaves_other_payloads_alone():
    plain = (PAGES / "plain_whats_on.html").read_bytes()
    assert not StructuredPageAdapter.sniff(plain)
    assert GenericPageAdapter.sniff(plain)
    calendar = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
    api_json = b'{"events": [{"@type": "Event", "name": "x"}]}'
    for payload in (calendar, api_json):
        assert not StructuredPageAdapter.sniff(payload)
        assert not GenericPageAdapter.sniff(payload)
    # Any HTML document is the fallback's (#13): a page with no heading, or a template, holds no events and
    # says so with no lines and exit 0, not "cannot tell what kind of content this is".
    bare = b"<html><body>Not a calendar</body></html>"
    assert GenericPageAdapter.sniff(bare)
    assert list(make(GenericPageAdapter).parse(bare)) == []


@pytest.mark.parametrize("kind", ["jsonld", "html"])
def test_not_html_exits_2_with_a_reason(kind, tmp_path):
    calendar = Path(__file__).parent / "calendars" / "floating.ics"
    with pytest.raises(CommandError, match="Not an HTML page") as raised:
        extract(str(calendar), "--kind", kind)
    assert raised.value.returncode == 2
    blank = tmp_path / "blank.html"
    blank.write_bytes(b"   \n")
    with pytest.raises(AdapterError, match="The page is empty"):
        list(make(registry.get(kind)).parse(blank.read_bytes()))


def test_legacy_charset_xhtml_and_hcalendar_are_read():
    body = (
        '<?xml version="1.0" encoding="windows-1252"?>\n<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">'
        '<head><meta charset="windows-1252"/></head><body><article><h2>Caf\xe9 night</h2><p>Sat 12 Dec, 8pm</p>'
        '</article><div class="vevent"><span class="summary">Caf\xe9 quiz</span>'
        '<abbr class="dtstart" title="2026-12-14T19:00:00Z">14 Dec</abbr> at <span class="location">The Hall</span>'
        "</div></body></html>"
    ).encode("cp1252")
    (generic, *_) = make(GenericPageAdapter, base_url="https://cafe.example/").parse(body)
    assert generic.title == "Café night"
    (structured,) = make(StructuredPageAdapter, base_url="https://cafe.example/").parse(body)
    assert (structured.title, structured.venue_name) == ("Café quiz", "The Hall")
    assert structured.start == dt.datetime(2026, 12, 14, 19, 0, tzinfo=dt.UTC)


def test_absurdly_nested_markup_loses_a_syntax_not_the_page():
    body = jsonld_page({"@type": "Event", "name": "Still here", "startDate": "2026-12-05"})
    deep = body.replace("<h1>Events</h1>", "<div>" * 5000).encode()  # mf2py recurses past Python's limit
    assert [record.title for record in make(StructuredPageAdapter).parse(deep)] == ["Still here"]
    assert list(make(GenericPageAdapter).parse(deep)) == []


def test_a_page_without_events_prints_nothing_and_succeeds():
    events, errors = extract(page("visit.html"), "--kind", "jsonld")
    assert (events, errors) == ([], "")


def test_extract_command_line_with_url(tmp_path):
    """The operator's command: `manage.py extract page.html --kind auto --url …`, as a real process."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "DATABASE_URL": f"postgres://nobody@127.0.0.1:1/{tmp_path.name}",
           "DJANGO_SETTINGS_MODULE": "config.settings.test"}  # fmt: skip
    for name, first_url in (
        ("plain_whats_on.html", "https://venue.example/gigs/the-night-owls"),
        ("theatre.html", "https://venue.example/whats-on/the-tempest"),
    ):
        done = subprocess.run(
            [sys.executable, "manage.py", "extract", page(name), "--kind", "auto", "--url",
             "https://venue.example/whats-on", "--from", "2026-11-20"],
            capture_output=True, text=True, env=env, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout.splitlines()[0])["url"] == first_url
