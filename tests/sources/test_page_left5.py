"""Page misreadings earlier sessions noticed and left (helper leftpages4), each on a small document of our own that
the page reader misread before its rule:

1. a link to a published file that states its size ("Final Harbour Study, May 24, 2026 (188 pages, 39 MB)") is
   the file's date, no event (_page_record_lines.publication_line); a paragraph of the body's history beside
   those links ("On February 7, 2016, the city created …") is then alone in its block, a lone date, as it should;
2. a meeting heading that stacks the body, the date, then the room as bare text over a block holding the address
   (a block whose class names it in camel case, "MeetingAddress") gives the meeting its place
   (_page_single_place);
3. nested cards: a block holding a dated card is not read for its own date, so each card's text is read once
   (_page_cards.event_blocks; the work is counted, not timed);
4. a heading that asks "Where?" ("Gdzie?", "Wo?", "Où ?") over the place's lines labels the place, on a single page
   and on cards (_page_cards.WHERE_ASKED).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

import pytest

from sources.adapters import _page_cards, _page_record_lines, _page_single_place
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.hostile import superlinear_shape

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
NOW = dt.datetime(2027, 3, 1, tzinfo=CHICAGO)


def read(body: str, *, url: str = "https://port.example.org/commission/meetings") -> list:
    window = FetchWindow(NOW - dt.timedelta(days=365 * 15), NOW + dt.timedelta(days=365))
    return extract_document(body.encode(), window=window, page_url=url, zone=CHICAGO).events


def days(events: list) -> list[str]:
    return sorted(str(event["start"])[:10] for event in events)


@pytest.mark.parametrize("name", ["SIZE_NOTE", "FILE_SIZE", "MEETING_PAPERS"])
def test_patterns_stay_linear(name: str) -> None:
    assert superlinear_shape(getattr(_page_record_lines, name)) is None


def test_the_place_patterns_stay_linear() -> None:
    assert superlinear_shape(_page_single_place.WHERE_LABEL) is None
    assert superlinear_shape(_page_single_place.CAMEL_PLACE_CLASS) is None
    assert superlinear_shape(_page_cards.WHERE_LABEL) is None


MEETINGS = """
<h3>Commission Meetings</h3>
<table>
 <tr><td>January 21, 2027, Regular Meeting</td><td><a href="/docs/agenda-2027-01.pdf">Agenda</a></td></tr>
 <tr><td>October 22, 2026, Regular Meeting</td><td><a href="/docs/agenda-2026-10.pdf">Agenda</a></td></tr>
 <tr><td>July 23, 2026, Regular Meeting</td><td><a href="/docs/agenda-2026-07.pdf">Agenda</a></td></tr>
</table>
"""

HISTORY = (
    "<p>On February 7, 2016, the city created the Harbour Noise Commission as a policy-making group to oversee "
    "noise management efforts around the harbour and its terminals; the commission met for the first time on June "
    "13, 2016. The commission takes part in planning the noise projects carried out near the harbour, oversees an "
    "impartial noise monitoring system and advises the city on the sound insulation of homes and schools.</p>"
)

REPORTS = (
    "<h2>Final Harbour Traffic Study</h2>"
    "<p>In early 2026 the port proposed new shipping lanes. The study weighs what they change for the town.</p>"
    '<p><a href="/docs/final-study.pdf">Final Harbour Traffic Study, May 24, 2026 (188 pages, 39 MB)</a><br />'
    '<a href="/docs/final-study-appendices.pdf">Final Harbour Traffic Study Appendices, May 24, 2026 (434 pages, '
    '32 MB)</a><br /><a href="/docs/decision.pdf">Decision Record, June 26, 2026 (34 pages, 9.9 MB)</a></p>'
)


def page(*parts: str) -> str:
    return (
        "<html lang='en'><body><h1>Harbour Noise Commission</h1><div class='content'>"
        + "".join(parts)
        + "</div></body></html>"
    )


# --- 1. a published file's link with its size --------------------------------------------------------------------
def test_a_published_files_link_with_its_size_is_no_event() -> None:
    events = read(page(HISTORY, MEETINGS, REPORTS))

    assert days(events) == ["2026-07-23", "2026-10-22", "2027-01-21"]


def test_a_meetings_agenda_link_with_its_size_is_still_a_meeting() -> None:
    # Hard negative: a schedule of agenda links that state their size are the meetings' own documents.
    agendas = (
        "<h2>Meeting agendas</h2><ul>"
        '<li><a href="/docs/a1.pdf">Regular Meeting Agenda, January 21, 2027 (PDF, 120 KB)</a></li>'
        '<li><a href="/docs/a2.pdf">Regular Meeting Agenda, February 18, 2027 (PDF, 98 KB)</a></li>'
        '<li><a href="/docs/a3.pdf">Regular Meeting Agenda, March 18, 2027 (PDF, 101 KB)</a></li>'
        "</ul>"
    )
    events = read(page(agendas))

    assert days(events) == ["2027-01-21", "2027-02-18", "2027-03-18"]


# --- 2. a meeting heading's room as bare text over a block classed as its address --------------------------------
def heading_cell(after_date: str) -> str:
    return (
        "<html><head><title>2027/04/14 06:00 PM Parks Board Regular Meeting - Town of Example</title></head><body>"
        "<table><tr><td class='MeetingHeading'>"
        "<span id='lblGroup'>Parks Board</span><br /><span id='lblType'>Regular Meeting</span><br />"
        f"<span id='lblDate'>4/14/2027 6:00 PM</span>{after_date}"
        "</td></tr></table><div class='Downloads'><a href='FileOpen.aspx?Type=14&amp;ID=7'>Agenda</a></div>"
        "<table><tr><td>1.</td><td>Call to Order</td></tr><tr><td>2.</td><td>Roll Call</td></tr></table>"
        "</body></html>"
    )


def test_a_room_over_a_block_classed_as_its_address_is_the_meetings_place() -> None:
    events = read(
        heading_cell("<br /> Garden Room<div class='MeetingAddress'>12 Elm Street&nbsp;&nbsp;Example, MO 63000</div>")
    )

    assert len(events) == 1
    assert str(events[0]["start"])[:16] == "2027-04-14T18:00"
    assert "Garden Room" in (events[0]["venue_name"] or "")
    assert "12 Elm Street" in " ".join(str(events[0][key] or "") for key in ("venue_name", "address"))


def test_a_class_naming_an_email_address_is_no_place() -> None:
    # Hard negative: "emailAddress" is a camel-cased class too, but of a mailbox, not of a place.
    events = read(heading_cell("<br /> Clerk's office<div class='emailAddress'>clerk@example.org</div>"))

    assert len(events) == 1
    assert not events[0]["venue_name"]
    assert not events[0]["address"]


def test_a_sentence_between_the_date_and_the_address_is_not_the_place() -> None:
    # Hard negative: a line that is a sentence is the meeting's note, not its room's name.
    events = read(
        heading_cell(
            "<br /> Public comment is limited to three minutes per speaker."
            "<div class='MeetingAddress'>12 Elm Street&nbsp;&nbsp;Example, MO 63000</div>"
        )
    )

    assert len(events) == 1
    assert "Public comment" not in " ".join(str(events[0][key] or "") for key in ("venue_name", "address"))


# --- 3. nested cards: each card's text is read once, not once per card around it -----------------------------------
def nested_cards(depth: int) -> str:
    opened = "".join(
        f"<div class='event'><h3>Concert number {level}</h3><p>{1 + level % 28} March 2027, 7:00 pm</p>"
        for level in range(depth)
    )
    return "<html lang='en'><body><h1>Events</h1>" + opened + "</div>" * depth + "</body></html>"


def test_nested_cards_are_read_for_their_date_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    hint = _page_cards.has_date_hint
    read_chars: list[int] = []

    def counted(block: Any) -> bool:
        read_chars.append(sum(len(piece) for piece in block.itertext()))
        return hint(block)

    monkeypatch.setattr(_page_cards, "has_date_hint", counted)
    sizes = []
    for depth in (20, 80):
        read_chars.clear()
        events = read(nested_cards(depth))
        assert len(events) == depth
        sizes.append(sum(read_chars))
    # Four times as deep: about four times the text read (it was sixteen: every card read all the cards inside it).
    assert sizes[1] < 6 * sizes[0]


# --- 4. a heading that asks "Where?" (in English or another language) over the place's lines ----------------------
def asked(where: str, when: str, place: str = "Studio Nord, Hafenstraße 12, Gdańsk") -> str:
    return (
        "<html><head><title>Swing workshop for beginners</title></head><body><h1>Swing workshop for beginners</h1>"
        "<p>Three hours of swing from the very first step, no partner needed.</p>"
        f"<div class='col'><h5>{when}</h5><p><strong>27.07.2027</strong> 12:00 - 15:00</p></div>"
        f"<div class='col'><h5>{where}</h5><p>{place}</p></div>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("where", "when"), [("Where?", "When?"), ("Gdzie?", "Kiedy?"), ("Wo?", "Wann?"), ("Où ?", "Quand ?")]
)
def test_a_heading_asking_where_stands_over_the_place(where: str, when: str) -> None:
    events = read(asked(where, when))

    assert len(events) == 1
    assert str(events[0]["start"])[:16] == "2027-07-27T12:00"
    assert "Studio Nord" in (events[0]["venue_name"] or "")


def test_a_heading_that_is_a_whole_question_is_no_place_label() -> None:
    # Hard negative: "Where next?" asks more than where: the line under it is no place.
    events = read(asked("Where next?", "When?", place="Sign up for our newsletter to hear first."))

    assert len(events) == 1
    assert "newsletter" not in (events[0]["venue_name"] or "")


def test_a_cards_heading_asking_where_labels_its_place() -> None:
    cards = "".join(
        f"<div class='event'><h3><a href='/e/{day}'>Swing night {day}</a></h3>"
        f"<div><h5>Kiedy?</h5><p>{day}.07.2027 20:00</p></div><div><h5>Gdzie?</h5><p>Studio Nord, Hafenstraße 12</p>"
        "</div></div>"
        for day in (4, 11, 18)
    )
    events = read(f"<html lang='pl'><body><h1>Potańcówki</h1>{cards}</body></html>")

    assert len(events) == 3
    assert all((event["venue_name"] or "").startswith("Studio Nord") for event in events)
