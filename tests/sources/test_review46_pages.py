"""review46: a both-ways review of batch 104's page rules (docs/real-world-sources-log.md, "### review46"), on small
pages of our own read by the real extractor, and on the rules' own functions:

* ``_page_hour_rows``: a school's lesson plan ("1.", "2." periods), a canteen's menu lines and a league table's ranks
  ("1", "2", "3") are counts, not a day's hours: no lessons at 01:00. A gym's or a cinema's hour grid still reads;
  a grid of states ("belegt"), prices or "geöffnet" reads nothing.
* ``_page_closing_days``: a short page whose ``<html>`` held the lead failed the whole read; a venue's events listed
  after its closing days were dropped with them; a booking closed, closed captions and "except for these days" are
  no closures.
* ``_page_place_notices``: a place line with a name or a number beside "neu"/"Ort" ("Treffpunkt: Neuer Markt!",
  "Achtung: Raum 204!") is the place, not a notice.
* ``_page_letter_zeros``: names with o's beside digits stay as written.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._page_closing_days import closures_lead
from sources.adapters._page_hour_rows import hour_label, hour_rows
from sources.adapters._page_letter_zeros import mended
from sources.adapters._page_place_notices import place_notice
from tests.sources.helpers import read_page

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
LONDON = zoneinfo.ZoneInfo("Europe/London")
read_de = functools.partial(
    read_page,
    url="https://schule.example/plan",
    zone=BERLIN,
    start=dt.datetime(2031, 3, 1, 12),  # noqa: DTZ001
)
read_uk = functools.partial(
    read_page,
    url="https://venue.example/whats-on",
    zone=LONDON,
    start=dt.datetime(2031, 3, 1, 12),  # noqa: DTZ001
)

DAYS = [("Montag", "03.03.2031"), ("Dienstag", "04.03.2031"), ("Mittwoch", "05.03.2031"), ("Donnerstag", "06.03.2031")]


def grid(title: str, corner: str, rows: list[tuple[str, list[str]]]) -> str:
    head = "".join(f"<th>{day}<br>{date}</th>" for day, date in DAYS)
    body = "".join(f"<tr><td>{label}</td>{''.join(f'<td>{cell}</td>' for cell in cells)}</tr>" for label, cells in rows)
    return f"<html lang='de'><body><h1>{title}</h1><table><tr><th>{corner}</th>{head}</tr>{body}</table></body></html>"


def spans(events: list[dict]) -> list[tuple[str, str]]:
    return [(e["title"], e["start"][:16]) for e in events]


# --- a timetable by bare hours -------------------------------------------------------------------------------------

LESSONS = ["Mathe", "Deutsch", "Englisch", "Biologie"]


@pytest.mark.parametrize(
    ("title", "corner", "labels", "cells"),
    [
        ("Stundenplan 5b", "Stunde", ["1.", "2.", "3.", "4.", "5.", "6."], LESSONS),
        ("Stundenplan 5b", "Stunde", ["1", "2", "3", "4", "5", "6"], LESSONS),
        ("Speiseplan Mensa", "Menü", ["1", "2", "3"], ["Schnitzel", "Pasta", "Curry", "Fisch"]),
        ("Tabelle", "Platz", ["1", "2", "3", "4"], ["Müller", "Meier", "Schulz", "Koch"]),
        ("Raumbelegung", "", ["8", "9", "10", "11"], ["belegt", "frei", "belegt", "frei"]),
        ("Hallenpreise", "", ["8", "9", "10", "11"], ["12 €", "12 €", "15 €", "20 €"]),
        ("Bibliothek", "", ["8", "9", "10", "11"], ["geöffnet"] * 4),
    ],
)
def test_a_grid_of_counts_states_or_prices_is_no_timetable(
    title: str, corner: str, labels: list[str], cells: list[str]
) -> None:
    assert read_de(grid(title, corner, [(label, cells) for label in labels])) == []


def test_a_gyms_and_a_cinemas_hour_grids_still_read() -> None:
    gym = read_de(
        grid("Kursplan", "Uhr", [(str(hour), ["Yoga", "Zumba", "Spinning", "Pilates"]) for hour in (17, 18, 19)])
    )
    assert ("Yoga", "2031-03-03T17:00") in spans(gym)
    assert ("Pilates", "2031-03-06T19:00") in spans(gym)
    cinema = grid(
        "Kinoprogramm", "", [("14", ["Dune", "", "", ""]), ("15", ["", "Dune", "", ""]), ("16", ["", "", "Dune", ""])]
    )
    assert spans(read_de(cinema)) == [
        ("Dune", "2031-03-03T14:00"),
        ("Dune", "2031-03-04T15:00"),
        ("Dune", "2031-03-05T16:00"),
    ]


@pytest.mark.parametrize(("text", "hour"), [("1.", None), ("8.", None), ("8", (8, True)), ("8 Uhr.", (8, True))])
def test_an_ordinal_is_no_hour(text: str, hour: tuple[int, bool] | None) -> None:
    assert hour_label(text) == hour


def test_a_column_opening_at_one_counts_and_one_opening_at_midnight_or_eight_is_hours() -> None:
    assert hour_rows([(1, 1, "1"), (2, 1, "2"), (3, 1, "3")], 1) is None
    assert hour_rows([(1, 1, "0"), (2, 1, "1"), (3, 1, "2")], 1) is not None
    assert hour_rows([(1, 1, "8"), (2, 1, "9"), (3, 1, "10")], 1) is not None


# --- closing days --------------------------------------------------------------------------------------------------


def test_a_short_page_of_closing_days_is_read_not_failed() -> None:
    page = "<html lang='de'><body><p>Wir haben an folgenden Tagen geschlossen:</p><p>24.12.2031</p></body></html>"
    assert read_de(page) == []  # the <html> was a lead too: dropping the root failed the whole read


@pytest.mark.parametrize(
    "closures",
    [
        "<ul><li>24 December 2031</li><li>25 December 2031</li></ul>",
        "<p>24 December 2031</p><p>25 December 2031</p>",
    ],
)
def test_a_venues_events_after_its_closing_days_are_kept(closures: str) -> None:
    events = "".join(
        f"<p>Friday {day} March 2031: {title}</p>"
        for day, title in ((14, "Spring craft fair"), (21, "Quiz night"), (28, "Folk evening"))
    )
    page = f"<html><body><h1>The Old Mill</h1><div><p>We are closed on the following days:</p>{closures}{events}</div></body></html>"
    assert spans(read_uk(page)) == [
        ("Spring craft fair", "2031-03-14"),
        ("Quiz night", "2031-03-21"),
        ("Folk evening", "2031-03-28"),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Registration is closed for the following days:",
        "Closed captioned performances on the following days:",
        "We are closed over the holidays except for these days:",
        "Anmeldung an folgenden Tagen geschlossen:",
    ],
)
def test_a_booking_a_caption_or_an_exception_is_no_closure(lead: str) -> None:
    assert not closures_lead(lead)
    rows = "".join(f"<li>Saturday {day} March 2031 – {title}</li>" for day, title in ((15, "Hamlet"), (22, "Macbeth")))
    page = f"<html><body><h1>Theatre Royal</h1><p>{lead}</p><ul>{rows}</ul></body></html>"
    assert [title for title, _ in spans(read_uk(page))] == ["Hamlet", "Macbeth"]


def test_a_closures_list_is_still_dropped() -> None:
    page = (
        "<html><body><h1>The Old Mill</h1><p>We are closed on the following days:</p>"
        "<p>24 December 2031</p><p>25 December 2031</p><p>26 December 2031</p><p>Prices from £5.</p></body></html>"
    )
    assert read_uk(page) == []


# --- a notice where the place is -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("Treffpunkt: Neuer Markt!", False),
        ("Location: New Inn!", False),
        ("Place du Nouveau Monde!", False),
        ("Veranstaltungsort: Neues Gymnasium!", False),
        ("Achtung: Raum 204!", False),
        ("Adresse: Neuer Wall 12!", False),
        ("Achtung neuer Ort!", True),
        ("Achtung, neuer Raum!", True),
        ("Neuer Treffpunkt!", True),
        ("Important: new location!", True),
        ("Let op: nieuwe locatie!", True),
    ],
)
def test_a_place_with_new_in_its_name_is_no_notice(text: str, notice: bool) -> None:
    assert place_notice(text) is notice


def test_a_place_under_its_label_with_new_in_its_name_is_the_place() -> None:
    page = (
        "<html lang='de'><body><h1>Stadtführung durch die Altstadt</h1><p>Samstag, 15. März 2031, 14:00 Uhr</p>"
        "<p>Ort:</p><p>Treffpunkt: Neuer Markt!</p><p>Eintritt frei.</p></body></html>"
    )
    (event,) = read_de(page)
    assert event["venue_name"] == "Treffpunkt: Neuer Markt!"  # was "Eintritt frei."


# --- zeros typed as o's --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Room 2o1 am Montag",
        "Area 51o",
        "BO2O live",
        "2Old2Die",
        "PLZ 1o115 Berlin",
        "1o1 ways to cook",
        "Gate B1o.oo h",
    ],
)
def test_names_with_os_beside_digits_stay(text: str) -> None:
    assert mended(text) == text


def test_a_clock_typed_with_os_beside_such_a_name_is_still_read() -> None:
    assert mended("BO2O live, 2o.oo Uhr") == "BO2O live, 20.00 Uhr"
