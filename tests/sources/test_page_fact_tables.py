"""One-meeting fact tables (issue #13, left by held-out batch 34; sources/adapters/_page_fact_table.py), each on a
small document of our own: a page whose meeting is told by a small table (or definition list) of label/value rows,
a row per fact ("Sitzung: | Bauausschuss", "Termin: | Do, 18.03.2027 18:30 Uhr", "Ort: | Bürgerhaus"), is that one
meeting: its title the body the name row gives (not the page's heading), its start the date and time rows, its
place the place row; the dates its documents were exported or published on are no events.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._page_fact_table import DOCUMENT_STAMP, LABELS
from tests.hostile import superlinear_shape
from tests.sources.helpers import read_page

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
MARCH = dt.datetime(2027, 3, 1, tzinfo=BERLIN)


read = functools.partial(read_page, url="https://ris.example.org/sitzung/88", zone=BERLIN, start=MARCH)


def at(year: int, month: int, day: int, hour: int, minute: int) -> str:
    return dt.datetime(year, month, day, hour, minute, tzinfo=BERLIN).isoformat()


def place(event: dict) -> str:
    return " ".join(str(event.get(key) or "") for key in ("venue_name", "address", "city"))


GERMAN = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Ratsinfo</title></head><body>
<h1>Sitzungsverlauf</h1>
<p>Hier sehen Sie den Verlauf der gewählten Sitzung mit ihren Unterlagen.</p>
<table class="details">
<tr><th scope="row">Sitzung:</th><td><a href="/gremien/7">Bauausschuss</a>, 12. Sitzung der Wahlperiode</td></tr>
<tr><th scope="row">Termin:</th><td><a href="/sitzung/88">Do, 18.03.2027 18:30 Uhr</a></td></tr>
<tr><th scope="row">Ort:</th><td>Bürgerhaus<br/>54321 Musterdorf<br/>Saal 2</td></tr>
<tr><th scope="row">Einladung:</th><td><a href="/docs/einladung.pdf">Einladung (exportiert: 05.03.2027) (88 KB)</a>
</td></tr>
<tr><th scope="row">Protokoll:</th><td><a href="/docs/protokoll.pdf">Protokoll (exportiert: 25.03.2027) (120 KB)</a>
</td></tr>
</table>
<table><caption>Tagesordnung</caption>
<tr><td>1.</td><td>Bebauungsplan Nord</td><td><a href="/docs/plan.pdf">Plan.pdf (exportiert: 18.03.2027) (1.200 KB)</a>
</td></tr>
<tr><td>2.</td><td>Radweg Südstraße</td><td><a href="/docs/rad.pdf">Radweg.pdf (exportiert: 25.03.2027) (900 KB)</a>
</td></tr>
</table></body></html>"""


def test_a_german_fact_table_is_its_one_meeting() -> None:
    events = read(GERMAN)

    assert [(e["title"], e["start"]) for e in events] == [
        ("Bauausschuss", at(2027, 3, 18, 18, 30)),
    ]
    assert "Bürgerhaus" in place(events[0])


ENGLISH = """<html lang="en"><body><h1>Meeting details</h1>
<table>
<tr><td><strong>Committee:</strong></td><td>Finance and Audit Committee</td></tr>
<tr><td><strong>Date:</strong></td><td>Tuesday, 16 March 2027</td></tr>
<tr><td><strong>Time:</strong></td><td>7:00 pm</td></tr>
<tr><td><strong>Location:</strong></td><td>Council Chambers, 1 High Street</td></tr>
<tr><td><strong>Agenda:</strong></td><td><a href="/agenda.pdf">Agenda (published 9 March 2027)</a></td></tr>
<tr><td><strong>Minutes:</strong></td><td><a href="/minutes.pdf">Minutes (uploaded 30 March 2027)</a></td></tr>
</table></body></html>"""


def test_an_english_fact_table_with_a_time_row() -> None:
    events = read(ENGLISH, url="https://council.example.org/meetings/16")

    assert [(e["title"], e["start"]) for e in events] == [
        ("Finance and Audit Committee", at(2027, 3, 16, 19, 0)),
    ]
    assert "Council Chambers" in place(events[0])


DEFINITIONS = """<html lang="en"><body><h1>Meeting information</h1>
<dl class="meeting">
<dt>Meeting:</dt><dd>Parks and Recreation Board</dd>
<dt>When:</dt><dd>Tuesday 13 April 2027, 6:30 pm</dd>
<dt>Where:</dt><dd>Community Hall, 12 Mill Lane</dd>
<dt>Documents:</dt><dd><a href="/agenda.pdf">Agenda</a> (posted 6 April 2027)</dd>
</dl></body></html>"""


def test_a_definition_list_of_facts() -> None:
    events = read(DEFINITIONS, url="https://town.example.org/boards/parks/2027-04-13")

    assert [(e["title"], e["start"]) for e in events] == [
        ("Parks and Recreation Board", at(2027, 4, 13, 18, 30)),
    ]
    assert "Community Hall" in place(events[0])


# --- guards ---------------------------------------------------------------------------------------------------
SCHEDULE = """<html lang="en"><body><h1>Planning Board meetings</h1>
<table>
<tr><th>Date</th><th>Time</th><th>Location</th></tr>
<tr><td>March 16, 2027</td><td>7:00 pm</td><td>Town Hall</td></tr>
<tr><td>April 20, 2027</td><td>7:00 pm</td><td>Town Hall</td></tr>
<tr><td>May 18, 2027</td><td>7:00 pm</td><td>Library</td></tr>
</table></body></html>"""


def test_a_schedule_table_stays_a_schedule() -> None:
    events = read(SCHEDULE, url="https://town.example.org/planning")

    assert [str(e["start"])[:10] for e in events] == ["2027-03-16", "2027-04-20", "2027-05-18"]
    assert all(e["title"] == "Planning Board meetings" or "Planning Board" in e["title"] for e in events)


TWO = """<html lang="en"><body><h1>This week's meetings</h1>
<table>
<tr><th>Meeting:</th><td>Library Board</td></tr>
<tr><th>Date:</th><td>Monday, 22 March 2027 at 5:00 pm</td></tr>
<tr><th>Location:</th><td>Main Library, Room B</td></tr>
</table>
<table>
<tr><th>Meeting:</th><td>Historic Commission</td></tr>
<tr><th>Date:</th><td>Wednesday, 24 March 2027 at 7:30 pm</td></tr>
<tr><th>Location:</th><td>Town Hall Annex</td></tr>
</table></body></html>"""


def test_two_fact_tables_are_two_meetings() -> None:
    events = read(TWO, url="https://town.example.org/this-week")

    assert sorted((e["title"], e["start"]) for e in events) == [
        ("Historic Commission", at(2027, 3, 24, 19, 30)),
        ("Library Board", at(2027, 3, 22, 17, 0)),
    ]
    places = {e["title"]: place(e) for e in events}
    assert "Main Library" in places["Library Board"]
    assert "Town Hall Annex" in places["Historic Commission"]


def test_the_patterns_are_linear() -> None:
    for pattern in (*LABELS.values(), DOCUMENT_STAMP):
        assert superlinear_shape(pattern) is None


DUTCH = """<html lang="nl"><body><h1>Vergaderdetails</h1>
<dl><div><dt>Vergadering</dt><dd>Commissie Ruimte</dd></div><div><dt>Datum</dt><dd>dinsdag 23 maart 2027</dd></div>
<div><dt>Tijd</dt><dd>19.30 uur</dd></div><div><dt>Locatie</dt><dd>Raadzaal, Stadhuis</dd></div></dl>
</body></html>"""


def test_a_dutch_definition_list_in_groups() -> None:
    events = read(DUTCH, url="https://gemeente.example.nl/vergadering/12")

    assert [(e["title"], e["start"]) for e in events] == [("Commissie Ruimte", at(2027, 3, 23, 19, 30))]
    assert "Raadzaal" in place(events[0])


BESIDE = """<html lang="en"><body><h1>Meeting details</h1>
<table>
<tr><th>Meeting:</th><td>Library Board</td></tr>
<tr><th>Date:</th><td>Monday, 22 March 2027 at 5:00 pm</td></tr>
<tr><th>Location:</th><td>Main Library, Room B</td></tr>
</table>
<h2>Other meetings</h2>
<table>
<tr><th>Date</th><th>Meeting</th></tr>
<tr><td>April 19, 2027</td><td>Library Board</td></tr>
<tr><td>May 17, 2027</td><td>Library Board</td></tr>
</table></body></html>"""


def test_a_schedule_beside_the_fact_table_is_kept() -> None:
    events = read(BESIDE, url="https://town.example.org/library/2027-03-22")

    assert [str(e["start"])[:10] for e in events] == ["2027-03-22", "2027-04-19", "2027-05-17"]
    assert events[0]["start"] == at(2027, 3, 22, 17, 0)
