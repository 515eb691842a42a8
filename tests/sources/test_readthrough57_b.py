"""Read-through 57 (b): misreadings a reviewer found in the merged readers, each with its probe as a test and the
rule's own case still read.

- a film club's "Arrêt sur image", "Detour: line dancing night", "Diversions: lines of poetry" are no transit notices
  (``_feed_service_notices``: a numbered line or a named stop);
- "On May 21, Pastor John Hall will preach", "Since June 2, Smith Park is closed" name no venue (``_feed_date_place``);
- a consultation's, a survey's or an early-bird price's window is no run (``_feed_begin_end``);
- a registration deadline's clock before the race's day is not the race's start (``_feed_clock_before``);
- a talk titled "Birds in Winter" or "Christmas in Provence" is not held in Winter nor in Provence
  (``_page_cell_at_places``);
- a club's placings by month are no meetings (``_page_month_grid``);
- "Tickets €3 y domingo 4", "Saal 3 und Sonntag 4." are no pair of days (``_page_day_pairs``);
- "Bank Holiday – no meeting" is the day off (``_page_holiday_rows``);
- the loose lines' reader takes the card reader's ``date_alone`` (``_page_date_alone``).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._feed_begin_end import begin_end_span
from sources.adapters._feed_clock_before import clock_before_day
from sources.adapters._feed_date_place import date_place
from sources.adapters._feed_service_notices import service_notice
from sources.adapters._feed_when import When
from sources.adapters._page_holiday_rows import holiday_name
from sources.adapters._page_loose_lines import date_alone as loose_date_alone
from tests.sources.test_heldout115_pages import place_of
from tests.sources.test_heldout116_pages import GRID, dates_page, read_uk
from tests.sources.test_left42 import dated_articles, days, read

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")


def day(month: int, number: int) -> When:
    return When(dt.date(2033, month, number), None, True, "America/New_York")


# --- 6. transit notices -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "title",
    ["Arrêt sur image : projection reportée au 12 juin", "Detour: line dancing night", "Diversions: lines of poetry"],
)
def test_an_events_title_with_a_stops_or_a_lines_word_is_no_notice(title):
    assert service_notice(title, None, "Agenda") is None


@pytest.mark.parametrize(
    "title",
    [
        "Déviation ligne 10 du 10 au 16 juin 2031",
        "Arrêt Aubrac reporté du 10 juin au 22 août 2031",
        "Diversion: lines 3 and 5 from June 2",
        "Detour: Route 5 on Main St, June 12",
        "Haltestelle Marktplatz verlegt bis 3. Juni",
    ],
)
def test_a_numbered_line_or_a_named_stop_is_still_a_notice(title):
    assert service_notice(title, None, "Agenda")


# --- 8. a subject after the day ------------------------------------------------------------------------------------
def test_a_person_or_a_notices_subject_is_no_venue():
    assert date_place("On May 21, Pastor John Hall will preach at the morning service.") is None
    assert date_place("Since June 2, Smith Park is closed for repairs.") is None
    assert date_place("On May 21, Pastor John Hall in Lancaster will preach.") is None
    subject = "On Wednesday, March 29, Iron Hill Brewery in Phoenixville will be setting aside 20 percent of sales."
    assert date_place(subject) == "Iron Hill Brewery"


# --- 9. a window's two verbs ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The public consultation opens May 14 and closes June 18.",
        "The survey opens May 14 and closes June 18.",
        "Early-bird pricing starts May 14 and ends June 18.",
        "Our petition opens May 14 and closes June 18.",
    ],
)
def test_a_consultations_or_a_prices_window_is_no_run(text):
    assert begin_end_span(day(5, 14), [text]).end is None


def test_an_exhibitions_two_verbs_still_give_its_run():
    assert begin_end_span(day(5, 14), ["The exhibition opens May 14 and closes June 18."]).end == dt.date(2033, 6, 18)


# --- 11. a deadline's clock before the day ----------------------------------------------------------------------------
def test_a_deadlines_clock_is_not_the_days_start():
    text = ["Registration closes at 5 pm on April 14; the race starts on April 14."]
    assert clock_before_day(day(4, 14), text, NEW_YORK) == day(4, 14)
    assert clock_before_day(day(4, 14), ["RSVP to the office, at 5 pm, April 14."], NEW_YORK) == day(4, 14)
    own = ["Registration is open. Please join us at 7 pm, Friday, April 14."]
    assert clock_before_day(day(4, 14), own, NEW_YORK).start == dt.datetime(2033, 4, 14, 19, 0, tzinfo=NEW_YORK)


# --- 10. a title's own "in" -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("cell", "title"),
    [
        ("Talk: Birds in Winter. Speaker John Smith, 7.30pm.", "Talk: Birds in Winter"),
        ("Christmas in Provence. Slide talk by Ann Lee.", "Christmas in Provence"),
    ],
)
def test_a_titles_own_in_splits_off_no_place(cell, title):
    event = {e["start"][:10]: e for e in read_uk(dates_page(cell))}["2031-04-12"]
    assert event["title"].startswith(title)
    assert place_of(event) == ""


def test_a_place_after_in_with_its_noun_or_two_names_is_still_read():
    events = {e["start"][:10]: e for e in read_uk(dates_page("Supper in Eliot Village Hall. Bring a dish."))}
    assert (events["2031-04-12"]["title"], place_of(events["2031-04-12"])) == ("Supper", "Eliot Village Hall")
    agm = events["2031-09-27"]  # "AGM to be held in Liskeard Public Hall Long Room."
    assert (agm["title"], place_of(agm)) == ("AGM", "Liskeard Public Hall Long Room")


# --- 12. a table of placings by month ---------------------------------------------------------------------------------
def test_a_clubs_placings_by_month_are_no_meetings():
    placings = GRID.format(one="Open Class", two="Novice Class", jan1="2nd", jan2="1st", feb1="3rd", feb2="1st")
    titles = [event["title"] for event in read_uk(placings.replace("21st", "4th"))]
    assert "Open Class" not in titles
    assert "Novice Class" not in titles


def test_a_month_grid_of_meeting_days_is_still_read():
    grid = GRID.format(one="Monday Committee", two="Wednesday Council", jan1="6th", jan2="8th", feb1="3rd", feb2="5th")
    assert [event["start"][:10] for event in read_uk(grid)][:2] == ["2031-01-06", "2031-01-08"]


# --- 13. a number before the joiner ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "written", "first"),
    [
        ("es", "Tickets €3 y domingo 4 de diciembre de 2031", ("2031-12-04", None)),
        ("de", "Saal 3 und Sonntag 4. Dezember 2031", ("2031-12-04", None)),
        ("fr", "Samedi 3 et Dimanche 4 Décembre 2031", ("2031-12-03", "2031-12-04")),
    ],
)
def test_a_pair_of_days_needs_the_first_days_weekday_too(lang, written, first):
    assert days(read(dated_articles(lang, written)))[0] == first


# --- 14. a holiday with "no meeting" ----------------------------------------------------------------------------------
def test_a_bank_holiday_with_no_meeting_is_the_day_off():
    assert holiday_name("Bank Holiday – no meeting")
    assert holiday_name("Christmas Day")
    assert not holiday_name("Bank Holiday meeting")  # a meeting held on the holiday
    assert not holiday_name("Christmas Day service")


# --- 15. one date_alone ------------------------------------------------------------------------------------------------
def test_the_loose_lines_date_alone_takes_a_trailing_weekday_and_no_paragraph():
    assert loose_date_alone("Thursday, October 24")
    assert loose_date_alone("25. 10. 2031 - Sobota")
    assert not loose_date_alone("October 24 " + "word " * 50)
    assert not loose_date_alone("October 24 RCMGA Meeting")
