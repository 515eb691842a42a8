"""review45: a both-ways review of batch 105's page rules (docs/real-world-sources-log.md, "### review45"), on small pages
of our own read by the real extractor, and on the rules' own functions:

* ``_page_unavailable_notice``: a title holding an event's word, or whose notice is a label before the event's name,
  is no notice ("Temporarily Closed Road Parade", "Not Available on Streaming: Film Night").
* ``_page_opponent_column.both_sides``: a venue called "HOME", a room "A", a "Casa" are places on a page whose places
  name no fixture list's both sides.
* ``_page_stated_shows``: someone's shows ("Children's games"), hourly ones, a verb "plays" and a match report state
  no hour for the page's rows.
* ``_page_introduced_work``: a name right after a place's, a performer's or a label's word is not the work.
"""

from __future__ import annotations

import pytest

from sources.adapters._page_opponent_column import both_sides
from sources.adapters._page_stated_shows import shows_said
from sources.adapters._page_unavailable_notice import unavailable_notice
from tests.sources.test_review44_pages import read_uk, spans

# --- a notice that a service is unavailable -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Temporarily Closed Road Parade",
        "Not Available on Streaming: Film Night",
        "Currently Not Showing Anywhere Else: Film Club",
        "Temporarily Not Here: an exhibition",
        "Not Possible Without You: volunteers' party",
        "Mission Not Possible: escape room night",
        "Currently no waiting list: Yoga",
        "Temporarily Closed Streets: open streets festival",
        "Vorübergehend geschlossen: Lesung",
        "Under Maintenance: a play about a lighthouse",
        "Not Available In Stores: comedy special taping",
        "Tickets not available at the door – Jazz Night",
        "Talk: why the truth is not available",
        "Currently: New Paintings by Ana Ruiz",
        "No Cover Charge Jazz",
    ],
)
def test_an_event_titled_with_a_notices_words_is_no_notice(title: str) -> None:
    assert not unavailable_notice(title)


@pytest.mark.parametrize(
    "title",
    [
        "Momentan keine Arbeitsplatzbuchung möglich",
        "Currently unavailable",
        "Currently Closed for Refurbishment",
        "Il museo è temporaneamente chiuso",
        "Bibliothek: vorübergehend geschlossen",
        "Booking currently not possible",
        "Arbeitsplatzbuchung – derzeit nicht möglich",
        "Temporarily closed – see you in spring",
    ],
)
def test_a_notice_is_still_one(title: str) -> None:
    assert unavailable_notice(title)


def event_page(title: str) -> str:
    return (
        f"<html lang='en'><body><h1>What's on</h1><div class='event'><h2>{title}</h2><p>Saturday 15 March 2031, "
        "19:00</p><p>Venue: Town Hall</p></div><div class='event'><h2>Quiz Night</h2><p>Saturday 22 March 2031, "
        "19:30</p></div></body></html>"
    )


def test_a_parade_and_a_film_night_with_a_notices_words_are_read() -> None:
    for title in ("Temporarily Closed Road Parade", "Not Available on Streaming: Film Night"):
        assert [event["title"] for event in read_uk(event_page(title))] == [title, "Quiz Night"]


# --- a team's side is no place, on a fixture list only ------------------------------------------------------------


def table(head: list[str], rows: list[list[str]]) -> str:
    cells = "".join(f"<th>{cell}</th>" for cell in head)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<html lang='en'><body><h1>What's on</h1><table><tr>{cells}</tr>{body}</table></body></html>"


def test_a_venue_called_home_and_a_room_a_are_places() -> None:
    single = "<html lang='en'><body><h1>Film Club: Metropolis</h1><p>Date: Saturday 15 March 2031, 19:00</p>"
    assert spans(read_uk(single + "<p>Venue: HOME</p></body></html>"))[0][2] == "HOME"
    venues = table(
        ["Date", "Event", "Venue"], [["15 March 2031", "Film Club", "HOME"], ["22 March 2031", "Quiz", "Casa"]]
    )
    assert [place for _, _, place in spans(read_uk(venues))] == ["HOME", "Casa"]
    rooms = table(["Date", "Event", "Room"], [["15 March 2031", "Film Club", "A"], ["22 March 2031", "Quiz", "B"]])
    assert [place for _, _, place in spans(read_uk(rooms))] == ["A", "B"]


def test_a_fixture_lists_sides_are_still_no_places() -> None:
    fixtures = table(
        ["Date", "Opponents", "Venue", "Time"],
        [["Sat 17 May 2031", "Leeds", "H", "15:00"], ["Sat 24 May 2031", "York", "A", "15:00"]],
    )
    assert [place for _, _, place in spans(read_uk(fixtures))] == [None, None]
    assert both_sides(["home", "Away", None])
    assert not both_sides(["HOME", "Casa", "Room A"])


# --- the hour stated for the page's shows -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Children's games start at 14:00 on the green.",
        "Kids' games start at 10am; the market opens at 9am.",
        "Film screenings in the gallery start at 15:00 every hour.",
        "Our choir plays at the festival, which begins at 11am.",
        "The match report starts at 18:00 on our blog.",
    ],
)
def test_a_part_of_the_day_or_no_show_states_no_hour(sentence: str) -> None:
    assert not shows_said(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Plays begin at 7.30pm nightly.",
        "The play in the garden begins at 18:00.",
        "The concert in the park starts at 19:00.",
        "All matches start at 1pm.",
        "Die Aufführung beginnt um 20.00 Uhr.",
    ],
)
def test_the_pages_shows_still_state_their_hour(sentence: str) -> None:
    assert shows_said(sentence)


def test_a_family_days_rows_are_not_timed_by_its_childrens_games() -> None:
    page = (
        "<html lang='en'><body><h1>Summer programme</h1><ul><li><strong>Saturday 14 June 2031</strong> Family Fun "
        "Day</li><li><strong>Saturday 21 June 2031</strong> Village Fete</li></ul><p>Children's games start at 14:00 "
        "on the green.</p></body></html>"
    )
    assert [start for _, start, _ in spans(read_uk(page))] == ["2031-06-14", "2031-06-21"]


# --- the work a sentence introduces -------------------------------------------------------------------------------


def dates_page(sentence: str) -> str:
    return (
        f"<html lang='en'><body><h1>Dates</h1><p>{sentence}</p><ul><li><strong>Tuesday 14 January 2031</strong></li>"
        "<li><strong>Tuesday 11 February 2031</strong></li></ul></body></html>"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        'Minutes are shown as "Draft" until they are approved.',
        "Our spring play will be performed in the <b>School Hall</b> on these days:",
        "The play will be performed by <strong>Year 9 Drama Group</strong> on these days:",
        'Agendas are shown in the "Documents" tab; meetings are staged at the Civic Centre.',
    ],
)
def test_a_place_a_performer_or_a_label_is_not_the_work(sentence: str) -> None:
    assert [title for title, _, _ in spans(read_uk(dates_page(sentence)))] == ["Meeting", "Meeting"]


def test_the_work_a_sentence_introduces_still_names_the_dates() -> None:
    page = dates_page("Our spring play „Our Town“ will be performed at the Village Hall on these days:")
    assert spans(read_uk(page)) == [
        ("Our Town", "2031-01-14", "Village Hall"),
        ("Our Town", "2031-02-11", "Village Hall"),
    ]
