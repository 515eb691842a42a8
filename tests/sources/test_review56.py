"""review56: adversarial probes of the rules left41, pages114, pages115, apis78 and feeds73 brought in; each mend's
test fails with its mend reverted (docs/review56-probes.md has every probe and what it read on main, on the merged
heads and after the mends)."""

from __future__ import annotations

import dataclasses

import pytest

from sources.adapters import _page_tail_sentence
from sources.adapters._json_competitors import competitor_items
from sources.adapters._json_unit_rules import unit_rule
from sources.adapters._online_place import names_online_room
from sources.adapters._page_appositive_names import appositive_name
from sources.adapters._page_former_dates import former_dates_off
from sources.adapters._page_hours_cards import OPEN_EVENT
from sources.adapters._page_invited_places import invited_place
from sources.adapters._page_next_names import next_named
from sources.adapters._page_tail_places import line_place
from tests.sources.helpers import read_feed
from tests.sources.test_left41 import LONDON, START, page, read_uk, read_us  # left41's page readers


def places(events: list[dict]) -> list[str | None]:
    return [event.get("venue_name") for event in events]


def titles(events: list[dict]) -> list[str]:
    return [event["title"] for event in events]


# 1. A section heading over an address line (_page_section_address): a post box, the publisher's contact, a town alone
#    under a person's name place nothing.


def section(name: str, address: str) -> str:
    return page(
        f"<h2>{name}</h2><p>{address}</p><ul><li>Book sale, Saturday 14th June 2031 at 10am</li>"
        "<li>Author talk, Thursday 19th June 2031 at 7pm</li></ul>",
        "Friends",
    )


@pytest.mark.parametrize(
    ("name", "address"),
    [
        ("Friends of the Library", "PO Box 123, Springfield, IL 62701"),
        ("Jane Smith", "Portland, OR"),
        ("Contact the organiser", "12 Oak Street, Springfield"),
        ("Registered office", "Unit 4, Mill Lane, LS1 4AB"),
    ],
)
def test_a_post_box_a_contact_or_a_home_town_places_no_rows(name, address):
    assert places(read_us(section(name, address))) == [None, None]


def test_a_venue_over_its_street_still_places_its_rows():
    expected = "St Mary's Church, Church Road, PO16 7DG"
    assert places(read_uk(section("St Mary's Church", "Church Road, PO16 7DG"))) == [expected, expected]
    assert (
        places(read_us(section("Berkeley Public Library", "Berkeley, CA")))
        == ["Berkeley Public Library, Berkeley, CA"] * 2
    )


# 2. A line's second sentence (_page_tail_sentence): the name when nothing names the row before its date; a place's
#    name alone is the row's place.


def test_a_date_led_line_keeps_its_second_sentence_as_its_name():
    events = read_uk(
        page("<ul><li>Saturday 5th April 2031 at 7.30pm. Spring Concert</li>"
             "<li>Saturday 12th April 2031 at 7.30pm. Easter Oratorio</li></ul>", "Concerts")
    )  # fmt: skip
    assert titles(events) == ["Spring Concert", "Easter Oratorio"]
    # a row named by nothing before its date keeps its second sentence as its name, in any case
    events = read_uk(page("<ul><li>Saturday 14 June 2031 at 7.30pm. Quiz night in aid of the church roof.</li>"
                          "<li>Saturday 21 June 2031 at 7.30pm. Barn dance with the Ceilidh Band.</li></ul>",
                          "Parish events"))  # fmt: skip
    assert [title.rstrip(".") for title in titles(events)] == [
        "Quiz night in aid of the church roof",
        "Barn dance with the Ceilidh Band",
    ]
    # unless it opens as a remark does: the date's reading ends before its stop, the stop opens the remark
    for remark in ("Followed by tea.", "Doors open at 7pm.", "Tickets from the office.", "All welcome."):
        text = f"Monday 2 June 2031. {remark}"
        assert _page_tail_sentence.remark_span(text, 0, len("Monday 2 June 2031")) is not None, remark
    assert _page_tail_sentence.remark_span("Monday 2 June 2031. Talk by Dr Smith.", 0, 18) is None


def test_a_second_sentence_naming_a_place_alone_is_the_place():
    events = read_uk(
        page("<ul><li>Quiz night, Friday 4th April 2031 at 7pm. Village Hall</li>"
             "<li>Bingo, Friday 11th April 2031 at 8pm. Followed by a raffle.</li></ul>", "Club")
    )  # fmt: skip
    assert [(event["title"], event.get("venue_name")) for event in events] == [
        ("Quiz night", "Village Hall"),
        ("Bingo", None),
    ]


# 3. A map icon's label (_page_map_icons): a map's own word or a file name is the icon's.


def map_rows(alt: str) -> str:
    row = "<tr><td>Wednesday {day} April 2031</td><td>12:30 to 5pm</td><td><a href='https://goo.gl/maps/a'><img alt='{alt}' src='i.png'></a></td></tr>"
    return page("<table>" + "".join(row.format(day=day, alt=alt) for day in (2, 9, 16)) + "</table>", "Meetings")


@pytest.mark.parametrize("alt", ["Directions to venue", "Click for map", "icon-map.png", "Google Maps logo"])
def test_a_map_icons_own_label_is_no_place(alt):
    assert places(read_us(map_rows(alt))) == [None, None, None]


def test_a_map_icons_place_name_is_still_read():
    assert places(read_us(map_rows("Acton Memorial Library"))) == ["Acton Memorial Library"] * 3


# 4. "Next …:" (_page_next_names): a label naming no gathering names no event.


@dataclasses.dataclass
class Line:
    text: str


@pytest.mark.parametrize(
    "text",
    ["Next review: 1 March 2031", "Next collection: Tuesday 4 March 2031", "Next issue: 5 May 2031",
     "Next payment: 1 April 2031", "Next ticket release: 1 March 2031 at 10am"],
)  # fmt: skip
def test_a_next_label_naming_no_gathering_is_no_event(text):
    assert next_named([Line(text)]) is None
    fragment = f"<html><body><div><p>Read on.</p><p><strong>{text.split(':')[0]}:</strong>{text.split(':', 1)[1]}</p></div></body></html>"
    assert read_uk(fragment) == []


def test_a_next_label_naming_a_gathering_is_kept():
    assert next_named([Line("Next Board Meeting: 7 August 2031")]) == "Board Meeting"
    assert next_named([Line("Prochaine réunion du conseil : jeudi 7 août 2031")]) == "Réunion du conseil"
    assert next_named([Line("Nächste Vorstandssitzung: 7. August 2031")]) == "Vorstandssitzung"


# 5. Holiday-hours cards (_page_hours_cards): "Open Garden", "Open swim" name what is on.


def test_an_open_something_card_is_no_hours_notice():
    garden = (
        "<div class='card'><h3>Open Gardens Weekend</h3><p>Saturday 7 June 2031 - Open Garden, 10am to 4pm</p>"
        "<p>Sunday 8 June 2031 - Open Garden, 10am to 4pm, tea room closed</p></div>"
        "<div class='card'><h3>Plant Fair</h3><p>Saturday 14 June 2031 - Plant Fair, 10am</p>"
        "<p>Sunday 15 June 2031 - Plant Fair, 10am</p></div>"
    )
    assert "Open Gardens Weekend" in titles(read_uk(page(garden, "Garden Events")))


def test_a_holiday_hours_card_is_still_none():
    hours = (
        "<div class='card'><h3>Canada Day 2031</h3><p>Tuesday, July 1 2031 - Canada Day, CLOSED</p>"
        "<p>Wednesday, July 2 2031 - Regular Hours</p></div><div class='card'><h3>Civic Holiday 2031</h3>"
        "<p>Monday, August 4 2031 - CLOSED</p><p>Tuesday, August 5 2031 - open 10am to 5pm</p></div>"
    )
    assert read_us(page(hours, "Holiday Hours")) == []


# 6. A show line's place (_page_tail_places): a speaker's letters, a bill's names.


@pytest.mark.parametrize(
    "rest",
    [
        "Heart health talk, Jane Smith, PhD, MD",
        "Panel with Lee, Patel, Kim, PA",
        "Workshop with Smith, Jones, Brown, OR",
    ],
)
def test_letters_and_a_bills_names_are_no_place(rest):
    assert line_place(rest) == (rest, "")


def test_a_venue_town_and_code_are_still_read():
    assert line_place("Horror Cave Beach Show, Sutro Baths, San Francisco, CA") == (
        "Horror Cave Beach Show",
        "Sutro Baths, San Francisco, CA",
    )
    assert line_place("Jazz with The Trio, Stork Club, Oakland, CA")[1] == "Stork Club, Oakland, CA"


# 7. A former date (_page_former_dates): German "finden statt am" is when they are.


@dataclasses.dataclass
class Hit:
    start: int


def test_finden_statt_am_is_no_former_date():
    text = "Die Führungen finden statt am 3. Mai 2031 und am 10. Mai 2031"
    hits = [Hit(text.index("3. Mai")), Hit(text.index("10. Mai"))]
    assert former_dates_off(text, hits) == hits
    moved = "Lesung am 10. Mai 2031 statt am 3. Mai 2031"
    assert former_dates_off(moved, [Hit(moved.index("10. Mai")), Hit(moved.index("3. Mai"))]) == [Hit(10)]


# 8. A name between commas (_page_appositive_names): a remark is none.


@pytest.mark.parametrize(
    "text",
    [
        "The festival, Now in its tenth year, returns to the park on !",
        "Our next production, Directed by Jane Smith, opens on .",
        "The concert, Free to all, is on at St Mary's.",
        "This season, Sadly, is our last.",
    ],
)
def test_a_remark_between_commas_is_no_name(text):
    assert appositive_name(text) is None


def test_a_name_between_commas_is_still_read():
    assert appositive_name("Our next concert, Pax in Terra, is coming up on !") == ("Pax in Terra", "")
    assert appositive_name("Our next show, Stand by Me, opens on .") == ("Stand by Me", "")


# 9. An invitation's place (_page_invited_places): an occasion counted is none.


def test_see_you_at_the_next_one_is_no_place():
    assert invited_place("We hope to see you at The Next One!") is None
    assert invited_place("Join us at the Next Meeting.") is None
    assert invited_place("Join us at The Old Mill for an evening of jazz.") == "The Old Mill"


# 10. The line under the date (_page_sibling_lines): a speaker or a level is none.


def rows(*slots: str) -> str:
    lines = [
        f"<li><strong>Talk {i}</strong><br>Monday {2 + 7 * i} June 2031, 7pm<br>{slot}</li>"
        for i, slot in enumerate(slots)
    ]
    return page("<ul>" + "".join(lines) + "</ul>")


@pytest.mark.parametrize(
    "slots", [("Dr Jane Smith", "Prof. Alan Brown", "Mary Jones"), ("Beginners", "Intermediate", "Advanced Level")]
)
def test_speakers_or_levels_under_the_date_are_no_places(slots):
    assert places(read_uk(rows(*slots))) == [None, None, None]


def test_places_under_the_date_are_still_read():
    slots = ("St Mary's Church Hall", "Levels Bar", "Dr Feelgood's Bar")
    assert places(read_uk(rows(*slots))) == list(slots)


# 11. A race's competitors (_json_competitors): a race calendar's director or contact is no competitor.


def test_a_race_calendar_with_its_directors_is_no_start_list():
    races = [
        {"name": name, "start": f"2031-0{month}-06T09:00:00-04:00", "chip_timing": True,
         "director": {"first_name": "Ann", "last_name": "Lee"}}
        for name, month in (("Spring 5K", 4), ("Summer 10K", 6), ("Fall Half", 9))
    ]  # fmt: skip
    assert not competitor_items(races)
    contacts = [{**race, "bib_pickup": "Race morning", "contact": {"first": "A", "last": "B"}} for race in races]
    assert not competitor_items([{k: v for k, v in race.items() if k != "director"} for race in contacts])


def test_a_start_list_is_still_refused():
    runners = [
        {"bib": 100 + i, "first_name": "G", "last_name": "W", "start_time": "2031-07-30T10:00:00+01:00"}
        for i in range(3)
    ]
    assert competitor_items(runners)
    iof = [{"Person": {"Name": {"Family": "Wood", "Given": "George"}}, "Start": {"BibNumber": 101}} for _ in range(3)]
    assert competitor_items(iof)


# 12. A news release's last minute (_feed_last_minute): the date read with its clock.


def rss(items: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<item><title>{title}</title><link>https://n.example/{i}</link><description>{text}</description>"
        f"<pubDate>Tue, 12 Aug 2031 09:00:00 +0000</pubDate><guid>n{i}</guid></item>"
        for i, (title, text) in enumerate(items)
    )
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Latest news</title><link>https://n.example/</link><description>News</description>{body}</channel></rss>"


def test_a_date_read_with_its_last_minute_is_no_event():
    items = [
        ("Order lapses", "The order lapses on 22 August 2031 at 11:59pm."),
        ("Mesures", "Jusqu'au 22 août 2031 à 23h59."),
    ]
    assert read_feed(rss(items), zone=LONDON, start=START) == []
    kept = read_feed(rss([("Gala", "The gala dinner is on 30 August 2031 at 7pm.")]), zone=LONDON, start=START)
    assert [event["title"] for event in kept] == ["Gala"]


# 13. The read-through of the merged day (after review56): five more misfires of the day's rules.


@pytest.mark.parametrize(
    "text", ["Next council tax payment: 1 May 2031", "Next club newsletter: 3 May 2031",
             "Next board vacancy closes: 9 May 2031", "Next committee minutes: 2 June 2031"],
)  # fmt: skip
def test_a_next_label_naming_a_body_alone_is_no_event(text):
    assert next_named([Line(text)]) is None


def test_a_next_label_naming_a_bodys_gathering_is_still_an_event():
    assert next_named([Line("Next Committee Meeting: 2 June 2031")]) == "Committee Meeting"
    assert next_named([Line("Next club night: 2 June 2031")]) == "Club night"


@pytest.mark.parametrize(
    "sentence", ["Visit us at Stand 42 to see the new range.", "Join us at Booth #1234!", "Meet us at Pitch 7."]
)
def test_an_exhibitors_numbered_stand_is_no_events_place(sentence):
    assert invited_place(sentence) is None


def test_an_invitation_to_a_named_place_still_places_the_event():
    assert invited_place("Join us at The Old Mill for an evening of jazz.") == "The Old Mill"
    assert invited_place("Visit us at Standish Hall for a talk.") == "Standish Hall"


def test_a_remark_where_the_town_would_be_is_no_place():
    rows = ("<li>Friday 4 April 2031, 8pm – Quiz Night at the Crown, All Welcome</li>"
            "<li>Saturday 5 April 2031, 2pm – Family Picnic at the Park, Free Entry</li>"
            "<li>Sunday 6 April 2031, 3pm – Book Swap at the Library, Members Only</li>"
            "<li>Monday 7 April 2031, 7pm – Folk Night at the Awaken Cafe, Oakland</li>")  # fmt: skip
    events = read_uk(page(f"<ul>{rows}</ul>", "Parish events"))
    assert places(events) == [None, None, None, "Awaken Cafe, Oakland"]
    assert line_place("Quiz Night at the Crown, All Welcome")[1] == ""


def test_a_unit_rule_with_a_bad_number_or_a_yearly_week_is_no_rule():
    base = {"type": "recurrent", "unit": "month", "selected_day": "saturday", "start": "2031-09-27T20:00:00+02:00"}
    assert unit_rule({**base, "selected_week": "last", "limit": "6"}) == "FREQ=MONTHLY;INTERVAL=1;BYDAY=-1SA;COUNT=6"
    assert unit_rule({**base, "limit": "²"}) is None  # a digit to str.isdigit, no number to int(): no crash
    assert unit_rule({**base, "interval": "١"}) is None  # an Arabic-Indic one: not read
    assert unit_rule({**base, "unit": "year", "selected_week": "last"}) is None  # the year's last Saturday: not meant


def test_an_opening_named_on_a_card_is_no_hours_line():
    assert OPEN_EVENT.search("- Opening Reception 6pm")
    assert OPEN_EVENT.search("- Opening Night of the Festival")
    for hours in ("- opening hours 10am to 4pm", "- Opening times as usual", "- open 10am to 5pm", "- open until 2pm"):
        assert not OPEN_EVENT.search(hours), hours


def test_an_online_room_in_french_is_named_as_online_only_reads_it():
    assert names_online_room("Atelier en ligne (Zoom)")
    assert names_online_room("En ligne")
    assert not names_online_room("Salle Ligne 4")  # a line's word alone is no room
