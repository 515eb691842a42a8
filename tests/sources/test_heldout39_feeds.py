"""The thirty-ninth held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout39.json: Finnish and Swedish
records of a regional event service from Linked Events' importer tests, a Danish festival programme export from an
event database's feed reader tests, a municipality list as a hard negative; measured once before these rules: 5/5,
fields 18/18), on small documents of our own. The scored fields were all right; what reading them showed wrong:

- a place's key whose values are dates was taken for the venue's name: the festival export's ``Venue_Shifted``
  (``0001-01-01T00:00:00``, when a performance was moved; a zero stamp when it never was) became every event's
  venue, and with it a performer's ``Country_Code`` became the event's country. A column whose every value is an
  ISO date or date and time (``_json_dated_place``) is now never the venue's name.
- a type key of another part of the record was taken for the event's category: the export's ``Texts.e.Text_Type``
  ("web_app": which of the record's texts the body is) and the service's ``PriceType`` ("Free"). A type key
  qualified by, or held in, a text, a price, a picture or a link (``_json_typed_parts``) is no category.

Hard negatives: a venue key holding names with digits ("Studio 54", "2220 Arts + Archives") or a year-like number
is still the venue; a real venue column beside a dated one is still taken; a document with no event (a municipality
list) still gives none; an ``EventType``, an ``activity_type`` or a bare ``Type`` is still the category.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import pytest

from sources.adapters import _json_dated_place, _json_typed_parts
from sources.adapters._json_shapes import Column
from sources.adapters.base import FetchWindow
from sources.extraction import ExtractionError, extract_document
from tests.hostile import module_patterns, superlinear_shape

COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")
START = dt.datetime(2031, 4, 1, tzinfo=COPENHAGEN)


def read(document: str, kind: str = "auto") -> list[dict]:
    window = FetchWindow(start=START, end=START + dt.timedelta(days=365))
    return extract_document(document.encode(), window=window, kind=kind, zone=COPENHAGEN).events


def programme(*shows: tuple[str, str, str], venue_key: str = "Venue_Shifted") -> str:
    """A festival programme export: <events><event> with CamelCase_Underscore elements, a country per performer."""
    events = "".join(
        f"<event><Id>{number}</Id><Title>{title}</Title><Start>{start}</Start><End>{start[:11]}23:59:00</End>"
        f"<Country_Code>NO</Country_Code><Venue_Id></Venue_Id><{venue_key}>{venue}</{venue_key}>"
        "<Tags>Music,LineUp</Tags><Canceled>false</Canceled></event>"
        for number, (title, start, venue) in enumerate(shows, start=100)
    )
    return f"<events>{events}</events>"


SHOWS = (
    ("Harbour Lights (NO)", "2031-04-30T22:30:00", "0001-01-01T00:00:00"),
    ("Fjord Echo", "2031-04-29T18:05:00", "0001-01-01T00:00:00"),
    ("Northern Static", "2031-04-29T20:00:00", "2031-04-12T09:15:00"),
)


def test_a_date_stamp_under_a_venue_key_is_no_venue() -> None:
    events = read(programme(*SHOWS))
    assert [event["title"] for event in events] == ["Harbour Lights (NO)", "Fjord Echo", "Northern Static"]
    assert events[0]["start"] == "2031-04-30T22:30:00+02:00"
    assert all(not event.get("venue_name") for event in events)
    assert all(not event.get("country") for event in events)  # the performer's country went with the false venue


def test_a_date_stamp_in_a_json_api_venue_key_is_no_venue_either() -> None:
    items = [
        {"name": title, "startDate": start, "venue_updated": stamp}
        for title, start, stamp in (
            ("Pottery evening", "2031-05-02T18:00:00", "2031-03-01T10:00:00Z"),
            ("Poetry slam", "2031-05-09T19:30:00", "2031-03-04T08:12:00Z"),
        )
    ]
    events = read(json.dumps({"events": items}))
    assert [event["title"] for event in events] == ["Pottery evening", "Poetry slam"]
    assert all(not event.get("venue_name") for event in events)


def test_venue_names_with_digits_are_still_venues() -> None:
    shows = (
        ("Harbour Lights (NO)", "2031-04-30T22:30:00", "Studio 54"),
        ("Fjord Echo", "2031-04-29T18:05:00", "2220 Arts + Archives"),
        ("Northern Static", "2031-04-29T20:00:00", "Hall 2031"),
    )
    events = read(programme(*shows, venue_key="Venue"))
    assert [event.get("venue_name") for event in events] == ["Studio 54", "2220 Arts + Archives", "Hall 2031"]


def test_a_real_venue_beside_a_dated_one_is_taken() -> None:
    document = programme(*SHOWS).replace("<Tags>", "<Venue_Name>Lille Sal</Venue_Name><Tags>")
    events = read(document)
    assert [event.get("venue_name") for event in events] == ["Lille Sal"] * 3


def test_a_list_with_no_event_is_still_no_event() -> None:
    municipalities = (
        "<?xml version='1.0'?><EventService><Items>1</Items><Municipalities>"
        "<Municipality><ID>1</ID><Name>Kylä</Name><Name_sv_SE>By</Name_sv_SE><Events>3</Events></Municipality>"
        "<Municipality><ID>2</ID><Name>Muu kunta</Name><Name_sv_SE>Övrig kommun</Name_sv_SE><Events>0</Events>"
        "</Municipality></Municipalities></EventService>"
    )
    for kind in ("auto", "xml"):
        with pytest.raises(ExtractionError):
            read(municipalities, kind=kind)


@pytest.mark.parametrize(
    ("values", "dated"),
    [
        (["0001-01-01T00:00:00", "2031-04-12 09:15"], True),
        (["2031-04-12", "2031-04-13T10:00:00.000+02:00"], True),
        (["2031-04-12", "Lille Sal"], False),  # one name among the stamps: a place column after all
        (["Studio 54", "Hall 2031"], False),
        ([None, ""], False),  # nothing written: not dated
        (["2031-04-12T10:00:00 and later"], False),
    ],
)
def test_a_dated_column_is_every_value_an_iso_stamp(values: list, dated: bool) -> None:
    assert _json_dated_place.dated_column(Column("Venue_Shifted", values)) is dated


@pytest.mark.parametrize("name", sorted(module_patterns(_json_dated_place, "_json_dated_place.")))
def test_the_stamp_pattern_reads_hostile_text_in_linear_time(name: str) -> None:
    assert superlinear_shape(module_patterns(_json_dated_place, "_json_dated_place.")[name]) is None


def typed(key: str, value: str, *, held_in: str = "") -> list[dict]:
    """Three performances of a programme export, each with one more keyed value (inside ``held_in`` when given)."""
    shows = []
    for number, (title, day) in enumerate((("Harbour Lights", "12"), ("Fjord Echo", "13"), ("Static", "14"))):
        extra = f"<{key}>{value}</{key}>"
        if held_in:
            extra = f"<{held_in}><e><Body>Words about {title}.</Body>{extra}</e></{held_in}>"
        shows.append(
            f"<event><Id>{number}</Id><Title>{title}</Title><Start>2031-05-{day}T20:00:00</Start>{extra}</event>"
        )
    return read("<events>" + "".join(shows) + "</events>")


@pytest.mark.parametrize(
    ("key", "value", "held_in"),
    [
        ("Text_Type", "web_app", "Texts"),  # which of the record's texts the body is
        ("Type", "web_app", "Texts"),  # a bare type inside the texts
        ("PriceType", "Free", ""),  # how the price is stated
        ("Picture_Type", "web_detail", ""),
    ],
)
def test_the_type_of_a_text_or_a_price_is_no_category(key: str, value: str, held_in: str) -> None:
    events = typed(key, value, held_in=held_in)
    assert len(events) == 3
    assert all(not event.get("source_category") for event in events)


@pytest.mark.parametrize("key", ["EventType", "activity_type", "Type", "Event_Kind"])
def test_the_events_own_type_is_still_its_category(key: str) -> None:
    events = typed(key, "Koncert")
    assert [event.get("source_category") for event in events] == ["Koncert"] * 3


def test_a_type_key_of_a_part_is_told_from_the_events_own() -> None:
    assert _json_typed_parts.types_a_part(Column("Texts.e.Text_Type", ["web_app"]))
    assert _json_typed_parts.types_a_part(Column("description.type", ["html"]))
    assert _json_typed_parts.types_a_part(Column("PriceType", ["Free"]))
    assert not _json_typed_parts.types_a_part(Column("EventType", ["Koncert"]))
    assert not _json_typed_parts.types_a_part(Column("event.type", ["Koncert"]))
    assert not _json_typed_parts.types_a_part(Column("Texts.e.Body", ["Words"]))  # no type word: not this rule's
