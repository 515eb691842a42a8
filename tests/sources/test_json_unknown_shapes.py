"""Unknown JSON APIs read with ``--kind auto`` (issue #13): shapes the held-out batches left unread or misread, on
small documents of our own.

- a table (column names + rows of values: ``resultSets``/``headers``/``rowSet``, a spreadsheet's ``values``, a
  visualization answer's ``cols``/``rows``) is read as its rows when its columns name a date and a title of the
  row's own (``_json_tables``); a table of players, of scores or of a budget is not;
- JSON Lines (one object a line) is read as the list of its objects (``_json_lines``);
- a JSON:API event names its venue by relationship id among ``included`` (``_json_nested.reference_name``);
- orders, invoices, payments and the like are no events (``_json_commerce``), nor are records that declare, in
  another language or under Stripe's ``object``, that they are a body, a person, a paper or an invoice
  (``_json_declared_kinds``);
- a search answer listing events beside venues and artists, each saying what it is, is read as its events
  (``_json_mixed_kinds``).
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import pytest

from sources.adapters._json_commerce import commercial_list
from sources.adapters._json_declared_kinds import declared_kind
from sources.adapters._json_lines import json_lines
from sources.adapters._json_tables import with_tables
from sources.adapters.base import AdapterError, FetchWindow, RawEvent
from sources.adapters.json_api import JsonApiAdapter
from sources.extraction import ExtractionError, default_window, extract_document
from tests.sources.helpers import make_adapter, parse_json

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2031, 2, 1, 12, 0, tzinfo=BERLIN)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))


def read(document: object) -> list[RawEvent]:
    try:
        return parse_json(document, window=WINDOW, zone=BERLIN)[1]
    except AdapterError:
        return []


def auto(payload: bytes) -> list[dict]:
    """What ``extract --kind auto`` reads: [] when it cannot tell what the document is."""
    try:
        return extract_document(payload, window=default_window(NOW), kind="auto", zone=BERLIN).events
    except ExtractionError:
        return []


def titles(events: list[RawEvent]) -> list[str]:
    return [event.title for event in events]


def local(event: RawEvent) -> dt.datetime:
    assert isinstance(event.start, dt.datetime)
    return event.start.astimezone(BERLIN)


# --- tables ------------------------------------------------------------------------------------------------------


def result_sets(headers: list[str], rows: list[list[object]], name: str = "Events") -> dict:
    return {"resource": "schedule", "resultSets": [{"name": name, "headers": headers, "rowSet": rows}]}


ROWS = [
    [11, "2031-03-04", "19:30", "Jazz Night", "Blue Hall"],
    [12, "2031-03-05", "20:00", "Poetry Slam", "Red Room"],
    [13, "2031-03-09", "18:00", "Open Mic", "Blue Hall"],
]


def test_a_result_set_whose_columns_name_a_date_and_a_title_is_read_as_its_rows() -> None:
    events = read(result_sets(["EVENT_ID", "GAME_DATE", "START_TIME", "EVENT_NAME", "VENUE"], ROWS))
    assert titles(events) == ["Jazz Night", "Poetry Slam", "Open Mic"]
    assert local(events[0]) == dt.datetime(2031, 3, 4, 19, 30, tzinfo=BERLIN)
    assert events[1].venue_name == "Red Room"


def test_the_table_name_never_titles_a_row() -> None:
    # No column names the row: the table's own name ("Upcoming events") is no title, so nothing is read.
    table = result_sets(["EVENT_ID", "DATE", "VENUE"], [[1, "2031-03-04", "Blue Hall"], [2, "2031-03-05", "Red Room"]])
    table["resultSets"][0]["name"] = "Upcoming events"
    assert read(table) == []
    assert auto(json.dumps(table).encode()) == []


@pytest.mark.parametrize(
    "headers",
    [
        ["PLAYER_ID", "PLAYER_NAME", "GAME_DATE", "PTS"],  # a player's name is no event's
        ["TEAM_ID", "TEAM_NAME", "GAME_DATE_EST", "PTS"],  # nor a team's
        ["GAME_DATE_EST", "GAME_ID", "HOME_TEAM_ID", "VISITOR_TEAM_ID"],  # a game header: no name at all
    ],
)
def test_a_table_of_players_teams_or_ids_is_not_read(headers: list[str]) -> None:
    rows = [[1, "Ada Byron", "2031-03-04", 20], [2, "Cy Young", "2031-03-05", 12]]
    if headers[0] == "GAME_DATE_EST":
        rows = [["2031-03-04T00:00:00", "0021", 1610612737, 1610612738]] * 2
    assert read(result_sets(headers, rows)) == []


def test_a_spreadsheet_whose_first_row_names_the_columns_is_read_as_its_rows() -> None:
    sheet = {
        "range": "Programm!A1:D4",
        "majorDimension": "ROWS",
        "values": [
            ["Datum", "Zeit", "Veranstaltung", "Ort", "Hinweis"],
            ["2031-03-04", "19:30", "Jazz Night", "Blue Hall", "Eintritt frei"],
            ["2031-03-05", "20:00", "Poetry Slam", "Red Room"],  # a row stops at its last filled cell
        ],
    }
    events = read(sheet)
    assert titles(events) == ["Jazz Night", "Poetry Slam"]
    assert local(events[1]) == dt.datetime(2031, 3, 5, 20, 0, tzinfo=BERLIN)
    assert events[0].venue_name == "Blue Hall"
    assert [event["title"] for event in auto(json.dumps(sheet).encode())] == ["Jazz Night", "Poetry Slam"]


def test_a_budget_sheet_is_not_read() -> None:
    sheet = {"values": [["Date", "Item", "Amount"], ["2031-03-04", "Paper", "12.50"], ["2031-03-05", "Ink", "20"]]}
    assert with_tables(sheet) is sheet  # no column names the row: left as it was
    assert read(sheet) == []


def test_a_visualization_answer_reads_its_cells_and_its_zero_based_month_dates() -> None:
    answer = {
        "table": {
            "cols": [
                {"id": "A", "label": "Start", "type": "datetime"},
                {"id": "B", "label": "Title", "type": "string"},
            ],
            "rows": [
                {"c": [{"v": "Date(2031,2,4,19,30,0)", "f": "4.3.2031 19:30"}, {"v": "Jazz Night"}]},
                {"c": [{"v": "Date(2031,2,5,20,0,0)"}, {"v": "Poetry Slam"}]},
            ],
        }
    }
    events = read(answer)
    assert titles(events) == ["Jazz Night", "Poetry Slam"]
    assert local(events[0]) == dt.datetime(2031, 3, 4, 19, 30, tzinfo=BERLIN)  # month 2 is March


def test_a_document_of_records_is_left_as_it_is() -> None:
    records = {"fields": ["title", "start"], "data": [{"title": "Jazz", "start": "2031-03-04T19:30:00"}]}
    assert with_tables(records) is records


def test_a_configured_table_is_read_as_records_too() -> None:
    config = {"items": "resultSets.0.rowSet", "mapping": {"title": "EVENT_NAME", "start": "GAME_DATE"}}
    document = result_sets(["EVENT_ID", "GAME_DATE", "EVENT_NAME"], [[1, "2031-03-04", "Jazz Night"]])
    assert titles(parse_json(document, config, window=WINDOW, zone=BERLIN)[1]) == ["Jazz Night"]


# --- JSON Lines --------------------------------------------------------------------------------------------------


def lines(*records: dict) -> bytes:
    return "\n".join(json.dumps(record) for record in records).encode() + b"\n"


RUNS = [{"title": f"Park run {day}", "start": f"2031-03-0{day}T07:00:00", "place": "Volkspark"} for day in (1, 2, 3)]


def test_json_lines_are_read_as_the_list_of_their_objects() -> None:
    assert [event["title"] for event in auto(lines(*RUNS))] == ["Park run 1", "Park run 2", "Park run 3"]
    adapter = make_adapter(JsonApiAdapter, {}, window=WINDOW, default_timezone=BERLIN)
    events = [record for record in adapter.parse(lines(*RUNS)) if isinstance(record, RawEvent)]
    assert local(events[0]) == dt.datetime(2031, 3, 1, 7, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    "payload",
    [
        json.dumps(RUNS[0], indent=2).encode(),  # one document over several lines
        lines(RUNS[0]),  # one line: a document already
        lines(*RUNS) + b"[1, 2]\n",  # a line that is no object
        lines(*RUNS) + b"{broken\n",
    ],
)
def test_what_is_not_json_lines(payload: bytes) -> None:
    assert json_lines(payload) is None


# --- JSON:API ----------------------------------------------------------------------------------------------------


def test_a_json_api_event_is_placed_in_the_venue_its_relationship_names_among_included() -> None:
    document = {
        "data": [
            {
                "type": "events",
                "id": str(number),
                "attributes": {"title": f"Gig {number}", "starts-at": f"2031-03-0{number}T20:00:00"},
                "relationships": {"venue": {"data": {"type": "venues", "id": venue}}},
            }
            for number, venue in ((1, "v2"), (2, "v1"), (3, "v2"))
        ],
        "included": [
            {"type": "venues", "id": "v1", "attributes": {"name": "Blue Hall"}},
            {"type": "venues", "id": "v2", "attributes": {"name": "Red Room"}},
        ],
    }
    assert [event.venue_name for event in read(document)] == ["Red Room", "Blue Hall", "Red Room"]


# --- orders, invoices, payments ----------------------------------------------------------------------------------


def test_orders_naming_their_event_are_no_events() -> None:
    orders = [
        {"orderId": n, "eventName": "Spring Gala", "orderDate": f"2031-03-0{n}T10:00:00Z", "amount": 49.0}
        for n in (1, 2, 3)
    ]
    assert read({"orders": orders}) == []
    assert read({"bestellungen": orders}) == []
    assert read({"results": orders}) == []  # under another key: the order's date says what it is


def test_invoices_and_payments_are_no_events() -> None:
    invoices = [
        {"number": f"INV-{n}", "title": "Consulting services", "issueDate": f"2031-03-0{n}", "total": "120.00"}
        for n in (1, 2, 3)
    ]
    assert read({"invoices": invoices}) == []
    assert read({"factures": invoices}) == []
    payments = [{"description": "Ticket", "paidAt": f"2031-03-0{n}T10:00:00Z", "amount": 10} for n in (1, 2)]
    assert read({"data": payments}) == []
    stripe = {
        "object": "list",
        "data": [
            {"id": f"in_{n}", "object": "invoice", "customer_name": "Jane Doe", "created": 1930000000 + n}
            for n in (1, 2, 3)
        ],
    }
    assert read(stripe) == []


def test_bookings_and_events_under_other_keys_are_still_read() -> None:
    bookings = [
        {"className": "Yoga", "start": f"2031-03-0{n}T10:00:00", "end": f"2031-03-0{n}T11:00:00", "room": "Studio"}
        for n in (1, 2)
    ]
    assert titles(read({"bookings": bookings})) == ["Yoga", "Yoga"]
    gala = [{"name": "Spring Gala", "startDate": "2031-03-04T19:00:00", "ticketOrderUrl": "https://t.example/1"}]
    assert titles(read({"events": gala})) == ["Spring Gala"]


def test_garage_book_and_bake_sales_are_events() -> None:
    sales = [
        {"title": title, "start": f"2031-03-0{day}T08:00:00", "address": "12 Elm St"}
        for day, title in ((1, "Moving sale"), (2, "Estate sale"), (3, "Yard sale"))
    ]
    assert titles(read({"sales": sales})) == ["Moving sale", "Estate sale", "Yard sale"]
    assert titles(read({"events": [dict(sale, type="Book Sale") for sale in sales]})) == [
        "Moving sale",
        "Estate sale",
        "Yard sale",
    ]
    mixed = [dict(sales[0], type="Event"), dict(sales[1], type="Bake Sale"), dict(sales[2], type="event")]
    assert len(read({"results": mixed})) == 3


@pytest.mark.parametrize(
    ("path", "starts", "commercial"),
    [
        ("orders", ["createdAt"], True),
        ("data.Rechnungen", ["datum"], True),
        ("results", ["purchasedOn"], True),
        ("events", ["startDate"], False),
        ("bookings", ["start"], False),
        ("sortOrder", ["date"], False),  # the list's key ends in "order" as a word of a sort order
        ("sales", ["start"], False),  # garage and estate sales are gone to
    ],
)
def test_which_lists_are_a_shops_records(path: str, starts: list[str], commercial: bool) -> None:
    assert commercial_list(path, starts) is commercial


# --- declared kinds in other languages ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind_key", "kind"),
    [("typ", "Gremium"), ("type", "Körperschaft"), ("tipo", "persona"), ("type", "facture"), ("soort", "Persoon")],
)
def test_records_declaring_another_kind_in_another_language_are_no_events(kind_key: str, kind: str) -> None:
    records = [{kind_key: kind, "name": f"Rat {n}", "startDate": f"2031-03-0{n}"} for n in (1, 2, 3)]
    assert read({"data": records}) == []


@pytest.mark.parametrize("kind", ["Sitzung", "Veranstaltung", "evento", "Meeting"])
def test_records_declaring_an_event_or_an_unknown_kind_are_read(kind: str) -> None:
    records = [{"typ": kind, "name": f"Sitzung {n}", "startDate": f"2031-03-0{n}T18:00:00"} for n in (1, 2)]
    assert titles(read({"data": records})) == ["Sitzung 1", "Sitzung 2"]


def test_a_declared_kind_is_read_with_its_accents_folded() -> None:
    assert declared_kind("https://ris.example/1.0/Körperschaft") == ["korperschaft"]


# --- lists of mixed declared kinds -------------------------------------------------------------------------------


def search_answer(key: str, kinds: list[str]) -> dict:
    return {
        "results": [
            {key: kind, "name": f"{kind} {n}", "date": f"2031-03-0{n}T20:00:00"}
            for n, kind in enumerate(kinds, start=1)
        ]
    }


@pytest.mark.parametrize(
    ("key", "kinds", "kept"),
    [
        ("type", ["venue", "event", "artist", "event"], ["event 2", "event 4"]),
        ("__typename", ["Venue", "Event", "Person", "Event"], ["Event 2", "Event 4"]),
        ("typ", ["Ort", "Veranstaltung", "Person", "Veranstaltung"], ["Veranstaltung 2", "Veranstaltung 4"]),
        # all events, or kinds not known as others: read whole
        ("type", ["concert", "workshop", "concert"], ["concert 1", "workshop 2", "concert 3"]),
        ("type", ["event", "workshop", "event"], ["event 1", "workshop 2", "event 3"]),
    ],
)
def test_a_list_of_mixed_declared_kinds_is_read_as_its_events(key: str, kinds: list[str], kept: list[str]) -> None:
    assert titles(read(search_answer(key, kinds))) == kept


def test_json_api_included_resources_of_several_kinds_stay_whole() -> None:
    document = {
        "data": [
            {
                "type": "events",
                "id": str(n),
                "attributes": {"title": f"Gig {n}", "starts-at": f"2031-03-0{n}T20:00:00"},
                "relationships": {"venue": {"data": {"type": "venues", "id": f"v{n % 2}"}}},
            }
            for n in (1, 2, 3)
        ],
        "included": [
            {"type": "venues", "id": "v0", "attributes": {"name": "Blue Hall"}},
            {"type": "venues", "id": "v1", "attributes": {"name": "Red Room"}},
            {"type": "events", "id": "p1", "attributes": {"title": "Parent festival"}},
        ],
    }
    assert [event.venue_name for event in read(document)] == ["Red Room", "Blue Hall", "Red Room"]
