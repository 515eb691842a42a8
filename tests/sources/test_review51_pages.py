"""review51: a both-ways review of batch 108's page rules (docs/real-world-sources-log.md, "### review51"), on small pages
of our own read by the real extractor (``tests.sources.helpers.read_page``):

* ``_page_death_dates``: an event on the anniversary of a birth or a death written without its year ("Burns Night
  Supper … Saturday 25th January 2031, 7pm … the bard, who was born on 25th January"; a memorial walk on the day
  someone "died on 14th March"; Shakespeare's birthday parade) was dropped as an obituary. A record whose text
  writes its day again outside the death's or birth's words is kept now; "born on or after 1st January" is no birth.
  An obituary ("passed away peacefully on Tuesday 4th March") and a birth announcement still go.
* ``_page_leaders_column``: a leader's column cell naming a ride ("Beginners' Ride") was cut away as a person's name;
  a ride, a run, a swim name their outing now.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
read_uk = functools.partial(
    read_page,
    url="https://club.example/whats-on",
    zone=LONDON,
    start=dt.datetime(2031, 1, 2, 9),  # noqa: DTZ001
)


def card(heading: str, text: str) -> str:
    return (
        "<html><body><main><article><div class='card'><div class='card-header'>"
        f"<h3>{heading}</h3></div><div class='card-body'><p>{text}</p></div></div></article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("heading", "text", "start"),
    [
        ("Burns Night Supper", "Saturday 25th January 2031, 7pm, Village Hall. Celebrate the bard, who was born on 25th"
         " January, with haggis and whisky.", "2031-01-25T19:00"),
        ("Burns Night Supper", "Celebrate Robert Burns, born on 25th January, with haggis and music on Saturday 25th"
         " January 2031 at 7pm.", "2031-01-25T19:00"),
        ("Memorial Walk for Ann", "A walk in memory of Ann, who died on 14th March. Meet at 10am, Friday 14th March"
         " 2031, at the car park.", "2031-03-14T10:00"),
        ("Shakespeare's Birthday Celebrations", "Shakespeare was born on 23rd April. Join the parade on Wednesday 23rd"
         " April 2031 at 11am.", "2031-04-23T11:00"),
    ],
)  # fmt: skip
def test_an_anniversary_written_with_its_own_date_line_is_an_event(heading: str, text: str, start: str) -> None:
    (event,) = read_uk(card(heading, text))
    assert (event["title"], str(event["start"])[:16]) == (heading, start)


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ("John Smith", "John passed away peacefully on Tuesday 4th March, aged 91. Funeral details to follow."),
        ("Welcome baby Rose!", "Rose was born on 3rd February 2031 weighing 7lb."),
        ("GORDON WORTHINGTON", "I am sorry to announce Gordon died Sunday 30th March at home with his family."),
    ],
)
def test_an_obituary_or_a_birth_announcement_is_still_no_event(heading: str, text: str) -> None:
    assert read_uk(card(heading, text)) == []


def test_born_on_or_after_is_an_audience_not_a_birth() -> None:
    text = "For parents of babies born on or after 1st January. Tuesday 4th February 2031, 10am."
    assert read_uk(card("New Arrivals Coffee Morning", text))  # kept (the date reader's choice of day aside)


def rides(rows: list[tuple[str, str]], header: str = "Leader") -> str:
    body = "".join(f"<tr><td>{date}</td><td>{who}</td></tr>" for date, who in rows)
    return (
        "<html><body><main><h2>Programme 2031</h2><section><h3>Sunday Rides</h3><table><thead><tr><th>Date</th>"
        f"<th>{header}</th></tr></thead><tbody>{body}</tbody></table></section></main></body></html>"
    )


def test_a_ride_named_in_the_leaders_column_titles_its_row_and_names_still_go() -> None:
    events = read_uk(rides([("5th Jan", "Tom Hill"), ("12th Jan", "Beginners' Ride"), ("19th Jan", "Sue Park")]))
    assert [(str(event["start"])[:10], event["title"]) for event in events] == [
        ("2031-01-05", "Sunday Rides"),
        ("2031-01-12", "Beginners' Ride"),
        ("2031-01-19", "Sunday Rides"),
    ]


def test_a_speaker_column_still_names_each_talk() -> None:
    page = rides([("14th Jan", "Dr Jane Smith"), ("11th Feb", "Prof Alan Reed")], header="Speaker")
    assert [event["title"] for event in read_uk(page)] == [
        "Sunday Rides - Dr Jane Smith",
        "Sunday Rides - Prof Alan Reed",
    ]
