"""The thirty-ninth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout39.json: measured
once at 909109c), each rule on a small document of our own:

1. a meeting list whose every item is headed by its date and time alone (a link "Wednesday, 22 December 2027,
   09:30", "Mittwoch, 22. Dezember 2027, 09:30 Uhr") and names the body that meets in a labelled row
   ("Committee:", "Board:", "Gremium:", "Ausschuss:") is named by that row: the body's meeting, not its date
   (_page_card_fields.card_title).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from tests.sources.helpers import read_page

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
read = functools.partial(
    read_page, url="https://council.example.org/meetings", zone=BERLIN, start=dt.datetime(2027, 12, 1, tzinfo=BERLIN)
)


def _item(href: str, when: str, label: str, body: str, place: str) -> str:
    return f"""<li class="meeting">
<div class="head"><a class="headline" href="{href}">{when}</a></div>
<div class="row"><div class="key">{label}</div><div class="value"><a href="/bodies/{href[-2:]}">{body}</a></div></div>
<div class="row"><div class="key">Status:</div><div class="value">Agenda published</div></div>
<div class="row"><div class="key">Location:</div><div class="value">{place}</div></div>
<div class="docs"><a href="{href}/agenda.pdf">Agenda (PDF)</a></div>
</li>"""


def _page(items: list[str]) -> str:
    return "<html><body><h1>Meetings</h1><ul class='meetings'>" + "\n".join(items) + "</ul></body></html>"


def _titles(events: list[dict[str, object]]) -> dict[str, str]:
    return {str(e["start"])[:16]: str(e["title"]) for e in events}


def test_a_date_headed_meeting_is_named_by_its_labelled_body() -> None:
    page = _page(
        [
            _item("/meetings/41", "Wednesday, 22 December 2027, 09:30", "Committee:", "Planning Committee", "Room 3"),
            _item("/meetings/42", "Tuesday, 21 December 2027, 19:00", "Board:", "Library Board", "Main Hall"),
            _item("/meetings/43", "Monday, 20 December 2027, 18:30", "Committee:", "Finance Committee", "Room 1"),
        ]
    )
    assert _titles(read(page)) == {
        "2027-12-22T09:30": "Planning Committee",
        "2027-12-21T19:00": "Library Board",
        "2027-12-20T18:30": "Finance Committee",
    }


def test_the_same_in_german_with_its_weekday_and_uhr() -> None:
    page = _page(
        [
            _item("/sitzung/51", "Mittwoch, 22. Dezember 2027, 09:30 Uhr", "Gremium:", "Bauausschuss", "Rathaus"),
            _item("/sitzung/52", "Dienstag, 21. Dezember 2027, 19:30 Uhr", "Gremium:", "Kulturausschuss", "Saal 2"),
            _item("/sitzung/53", "Montag, 20. Dezember 2027, 14:00 Uhr", "Ausschuss:", "Sportausschuss", "Saal 1"),
        ]
    )
    assert _titles(read(page)) == {
        "2027-12-22T09:30": "Bauausschuss",
        "2027-12-21T19:30": "Kulturausschuss",
        "2027-12-20T14:00": "Sportausschuss",
    }


def test_a_heading_with_a_name_of_its_own_keeps_it() -> None:
    # hard negative: the heading names the meeting beside its date; the labelled body is not its title
    page = _page(
        [
            _item("/meetings/61", "Budget Hearing, 22 December 2027, 09:30", "Committee:", "Finance Committee", "A"),
            _item("/meetings/62", "Zoning Workshop, 21 December 2027, 19:00", "Committee:", "Planning Committee", "B"),
        ]
    )
    assert _titles(read(page)) == {
        "2027-12-22T09:30": "Budget Hearing",
        "2027-12-21T19:00": "Zoning Workshop",
    }


def test_a_date_heading_with_only_other_labels_is_not_renamed_by_them() -> None:
    # hard negative: "Sitzungsort:" (a place) begins like "Sitzung" (a meeting) but labels no body; "Status:" neither
    items = [
        f"""<li class="meeting"><div class="head"><a class="headline" href="/sitzung/7{n}">{when}</a></div>
<div class="row"><div class="key">Sitzungsort:</div><div class="value">Großer Sitzungssaal</div></div>
<div class="row"><div class="key">Status:</div><div class="value">TO freigegeben</div></div></li>"""
        for n, when in enumerate(["Mittwoch, 22. Dezember 2027, 09:30 Uhr", "Dienstag, 21. Dezember 2027, 19:30 Uhr"])
    ]
    titles = _titles(read(_page(items)))
    assert "Großer Sitzungssaal" not in titles.values()
    assert "TO freigegeben" not in titles.values()
