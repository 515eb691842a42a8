"""left44: gaps earlier sessions noticed and left (docs/real-world-sources-log.md, the "Left:" lines of left43,
mend58b and the lead's read-through after review58), each mended as a general rule; every test here fails on main
82a04cee without its mend, with hard negatives beside it. Dates 2031+.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._given_names import person_or_group
from sources.adapters._page_abbreviations import abbreviation_dot
from sources.adapters._page_clock_sentences import opening_clock
from sources.adapters._page_deadline_clocks import deadline_clock
from sources.adapters._page_opening_places import first_sentence
from sources.adapters._page_schedule import Entry
from sources.adapters._page_tail_places import at_the_place
from tests.sources.helpers import json_reader, read_page

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
LONDON = zoneinfo.ZoneInfo("Europe/London")
START = dt.datetime(2031, 1, 2, 9)  # noqa: DTZ001 (read_page sets the zone)
read_de = functools.partial(read_page, url="https://verein.example/termine/", zone=BERLIN, start=START)
read_uk = functools.partial(read_page, url="https://site.example/events/", zone=LONDON, start=START)
read_json_de = json_reader(BERLIN)


def page(body: str, heading: str, lang: str) -> str:
    return f"<html lang='{lang}'><head><title>{heading}</title></head><body><h1>{heading}</h1>{body}</body></html>"


def spans(events: list[dict]) -> list[tuple[str, str | None, str | None]]:
    return [
        (str(event["start"])[:10], str(event["end"])[:10] if event.get("end") else None, event["title"])
        for event in events
    ]


# 2. A German pair of days written with short weekdays ("Sa. 8. und So. 9. März"): one event over both days, as the
#    English "Sat 8 & Sun 9 March" (``_page_day_pairs.day_name``: the page's own short weekdays) --------------------


def german_listing(first: str) -> list[dict]:
    rest = ["Samstag, 13. Dezember 2031 - Weihnachtskonzert", "Sonntag, 21. Dezember 2031 - Krippenspiel"]
    body = "".join(f"<li>{text}</li>" for text in (first, *rest))
    return read_de(page(f"<ul>{body}</ul>", "Termine", "de"))


@pytest.mark.parametrize(
    "first",
    ["Sa. 6. und So. 7. Dezember 2031 - Tag der offenen Tür", "Sa 6. und So 7. Dezember 2031 - Tag der offenen Tür"],
)
def test_a_german_pair_of_short_weekdays_is_one_event_over_both(first):
    events = german_listing(first)
    assert spans(events)[0] == ("2031-12-06", "2031-12-07", "Tag der offenen Tür")
    assert [title for _, _, title in spans(events)[1:]] == ["Weihnachtskonzert", "Krippenspiel"]


@pytest.mark.parametrize(
    "first",
    [
        "Saal 6. und So. 7. Dezember 2031 - Basar",  # a room's number
        "Sa. 6. und Sa. 13. Dezember 2031 - Basar",  # a week apart
        "Mo. 6. und So. 7. Dezember 2031 - Basar",  # Monday the 6th is no day before Sunday the 7th
    ],
)
def test_no_pair_where_the_first_day_is_no_day_before(first):
    assert not any(end for _, end, _ in spans(german_listing(first)))


def test_an_english_pair_whose_first_weekday_disagrees_is_no_pair():
    body = "<ul><li>Mon 6 and Sun 7 December 2031 - Fair</li><li>Saturday 13 December 2031 - Carols</li></ul>"
    assert not any(end for _, end, _ in spans(read_uk(page(body, "What's on", "en"))))


# 3. An organiser's or an Ausrichter's address when it is the record's only place: the event's, as a host's is
#    (``_json_organiser_parts.organiser_part`` with ``host_only_place``) --------------------------------------------


def places(events: list[dict]) -> list[tuple[object, object]]:
    return [(event.get("venue_name"), event.get("address")) for event in events]


def test_the_ausrichters_address_is_the_events_when_it_is_the_only_place():
    events = read_json_de(
        [
            # read-through 59 (mend59c): a host named as a place to go ("-club"); "TSC Blau" is not
            {
                "titel": "Pokal",
                "datum": "2031-04-18",
                "ausrichter": {"name": "Tanzsportclub Blau", "anschrift": "Vereinsweg 9"},
            },
            {
                "titel": "Liga",
                "datum": "2031-05-18",
                "ausrichter": {"name": "Tanzsportclub Rot", "anschrift": "Clubstr. 3"},
            },
        ]
    )
    assert places(events) == [(None, "Vereinsweg 9"), (None, "Clubstr. 3")]


def test_an_organizers_address_is_the_events_when_it_is_the_only_place():
    events = read_json_de(
        [
            {"title": "Cup", "date": "2031-04-18", "organizer": {"name": "Blue Club", "address": "12 Club Road"}},
            {"title": "League", "date": "2031-05-18", "organizer": {"name": "Red Club", "address": "3 Club Street"}},
        ]
    )
    assert places(events) == [(None, "12 Club Road"), (None, "3 Club Street")]


@pytest.mark.parametrize(
    "own",
    [
        {"venue": {"name": "Riverside Hall"}},
        {"location": "Riverside Hall"},
        {"address": "5 Quay Street"},
        {"city": "Leeds"},
    ],
)
def test_beside_any_place_of_the_records_own_the_organizers_address_is_not_the_events(own):
    events = read_json_de(
        [
            {
                "title": "Cup",
                "date": "2031-04-18",
                "organizer": {"name": "Blue Club", "address": "12 Club Road"},
                **own,
            },
            {
                "title": "League",
                "date": "2031-05-18",
                "organizer": {"name": "Red Club", "address": "3 Club Street"},
                **own,
            },
        ]
    )
    assert not any("Club" in str(event.get("address")) for event in events)


# 4. A town whose last word is a given name with a surname's ending ("Mary Esther") is no person
#    (``_given_names.GIVEN_NAMES``: such given names are listed, so the "-er" ending reads none as a surname) --------


# Not "Ann Jasper" (read-through 59): Jasper is as often a surname ("John Jasper"), so no town's second given name.
@pytest.mark.parametrize("town", ["Mary Esther", "Ann Esther"])
def test_a_town_ending_in_a_given_name_with_a_surnames_ending_is_no_person(town):
    assert not person_or_group(town)
    assert at_the_place(f"Folk Night at the Swan, {town}") == ("Folk Night", f"Swan, {town}")


@pytest.mark.parametrize("name", ["Ben Stiller", "José Ferrer", "Esther Miller", "Homer Simpson", "Mary Jane Smith"])
def test_a_given_name_before_a_surname_is_still_a_person(name):
    assert person_or_group(name)
    assert at_the_place(f"Screening: Night at the Museum, {name}") is None


# 5. A full stop after a person's or a saint's title, or an initial, ends no sentence ("2 talks by Dr. Jones":
#    ``_page_abbreviations``, asked by ``_page_clock_sentences`` and ``_page_opening_places``) --------------------------


def opened(text: str) -> tuple[str | None, str | None]:
    found = Entry(day=dt.date(2031, 6, 5), text="June 5, 2031")
    assert opening_clock(found, text) is not None
    return found.title, found.location


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19:30 Quiz Night at The Crown, 2 talks by Dr. Jones", ("Quiz Night, 2 talks by Dr. Jones", "The Crown")),
        ("19:30 Quiz Night at The Crown, 2 talks by Mrs. Jones", ("Quiz Night, 2 talks by Mrs. Jones", "The Crown")),
        ("19:30 Talk by Prof. Brown at The Crown", ("Talk by Prof. Brown", "The Crown")),
        ("19:30 Talk by J. Smith at The Crown", ("Talk by J. Smith", "The Crown")),
        ("19:30 Carols at St. Mary's Hall. Free entry", ("Carols", "St. Mary's Hall")),
        ("19:30 Vortrag von Hr. Müller im Gasthaus Krone", ("Vortrag von Hr. Müller", "Gasthaus Krone")),
        ("A las 19:30 en La Biblioteca, charla de la Dra. López", ("Charla de la Dra. López", "La Biblioteca")),
        ("À 19:30 au Théâtre Municipal, lecture par Mme. Dupont", ("Lecture par Mme. Dupont", "Théâtre Municipal")),
    ],
)
def test_a_title_s_abbreviation_holds_its_dot(text, expected):
    assert opened(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19:30 Quiz Night at The Crown. Free entry", ("Quiz Night", "The Crown")),  # any other word's full stop
        ("19:30 Fundraiser. Tickets at the door", ("Fundraiser", None)),  # "…er." is no "Sr."
    ],
)
def test_a_sentence_still_ends_at_any_other_full_stop(text, expected):
    assert opened(text) == expected


def test_a_place_sentence_runs_on_over_a_title_s_dot():
    assert first_sentence("Prof. Brown's Tea Room, Leeds. Doors open at noon") == "Prof. Brown's Tea Room, Leeds"
    assert first_sentence("Village Hall, Leeds. Doors open at noon") == "Village Hall, Leeds"
    assert not abbreviation_dot("Fundraiser. Tickets", 10)
    assert abbreviation_dot("by Dott. Rossi", 7)


# 6. Three days listed by weekday ("Friday 5, Saturday 6 and Sunday 7 December"): one event over all three, not 6-7
#    (``_page_day_pairs.listed_run``, asked by the schedule lines' ``_page_pair_hits`` and the card readers) ---------


def english_listing(first: str, tag: str = "li") -> list[dict]:
    rest = ["Saturday 13 December 2031 - Carol Concert", "Sunday 21 December 2031 - Nativity"]
    body = "".join(f"<{tag}>{text}</{tag}>" for text in (first, *rest))
    return read_uk(page(f"<ul>{body}</ul>" if tag == "li" else body, "What's on", "en"))


@pytest.mark.parametrize("tag", ["li", "p"])
@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("Friday 5, Saturday 6 and Sunday 7 December 2031 - Open Weekend", ("2031-12-05", "Open Weekend")),
        ("Fri 5, Sat 6 & Sun 7 December 2031 - Open Weekend", ("2031-12-05", "Open Weekend")),
        ("Thursday 4, Friday 5, Saturday 6 and Sunday 7 December 2031 - Festival", ("2031-12-04", "Festival")),
    ],
)
def test_days_listed_before_a_pair_start_its_run(first, expected, tag):
    events = english_listing(first, tag)
    assert spans(events)[0] == (expected[0], "2031-12-07", expected[1])


def test_a_german_list_of_three_days_is_one_run():
    assert spans(german_listing("Fr. 5., Sa. 6. und So. 7. Dezember 2031 - Weihnachtsmarkt"))[0] == (
        "2031-12-05",
        "2031-12-07",
        "Weihnachtsmarkt",
    )


def test_a_cards_three_listed_days_are_one_run():
    cards = "".join(
        f"<div class='event'><h3>{name}</h3><p>{when}</p><p>About {name}</p></div>"
        for name, when in [
            ("Open Weekend", "Friday 5, Saturday 6 and Sunday 7 December 2031"),
            ("Carols", "Saturday 13 December 2031"),
            ("Nativity", "Sunday 21 December 2031"),
        ]
    )
    assert spans(read_uk(page(cards, "What's on", "en")))[0] == ("2031-12-05", "2031-12-07", "Open Weekend")


@pytest.mark.parametrize(
    "first",
    [
        "Friday 28, Saturday 6 and Sunday 7 December 2031 - Fair",  # no day before the 6th
        "Saturday 29, Saturday 6 and Sunday 7 December 2031 - Fair",
        "Hall 5, Saturday 6 and Sunday 7 December 2031 - Fair",  # a hall's number
    ],
)
def test_a_list_that_is_no_run_leaves_the_pair_as_it_was(first):
    assert spans(english_listing(first))[0][:2] == ("2031-12-06", "2031-12-07")


# 7. A section heading's clock that a deadline's words lead ("Anmeldung bis 9:30 Uhr") is no start for the dates under
#    it (``_page_deadline_clocks``, asked by ``_page_schedule.heading_hour``, which ``apply_defaults`` reads) --------


def flea_markets(section: str) -> list[dict]:
    rows = "<ul><li>15.03.2031 Flohmarkt im Pfarrsaal</li><li>12.04.2031 Flohmarkt im Gemeindehaus</li></ul>"
    return read_de(page(f"<h2>Kinderflohmarkt</h2><h3>{section}</h3>{rows}", "Termine", "de"))


@pytest.mark.parametrize(
    "section",
    ["Anmeldung bis 9:30 Uhr", "Anmeldeschluss: 9:30 Uhr", "Registration closes at 9:30 am", "Register by 9:30"],
)
def test_a_deadlines_hour_is_no_start(section):
    assert [str(event["start"])[:16] for event in flea_markets(section)] == ["2031-03-15", "2031-04-12"]


@pytest.mark.parametrize("section", ["Beginn 9:30 Uhr", "Flohmarkt – 9:30 Uhr", "Anmeldung und Beginn 9:30 Uhr"])
def test_a_sections_own_hour_still_starts_its_dates(section):
    assert [str(event["start"])[:16] for event in flea_markets(section)] == ["2031-03-15T09:30", "2031-04-12T09:30"]


def test_a_deadline_is_read_from_the_words_right_before_the_clock():
    assert deadline_clock("Anmeldung bis 9:30 Uhr", 14)
    assert deadline_clock("Inscriptions jusqu’à 9h30", 21)
    assert not deadline_clock("Samstag, 9:30 Uhr bis 12:30 Uhr", 9)  # a range's "bis" after the clock
    assert not deadline_clock("Booking Office 9:30 am", 15)  # a booking word with no "until": an office's name


# 8. A header-less events table's "von 10-14 Uhr geöffnet" row, its hours cut from its name, is an opening-hours
#    notice, no event, as under a header (``_page_table_notices._timed``) -------------------------------------------

INN = [
    ("03.04.2031", "Wurschdhoofastupfe <em>(Schlachtschüsselbüffet)</em>"),
    ("17.04.2031", "Geschlossen"),
    ("24.12.2031", "Wir kochen ihr Weihnachtsessen"),
    ("25.12.2031", "von 10-14 Uhr geöffnet"),
    ("26.12.2031", "ab 11 Uhr geöffnet"),
    ("31.12.2031", "Silvesterbüffet"),
]


def inn_titles(rows: list[tuple[str, str]]) -> list[str]:
    cells = "".join(f"<tr><td><strong>{day}</strong></td><td>{what}</td></tr>" for day, what in rows)
    body = f"<h2>Veranstaltungen</h2><h3>Bevorstehende Termine</h3><table><tbody>{cells}</tbody></table>"
    return [event["title"] for event in read_de(page(body, "Gasthaus", "de"))]


def test_a_header_less_tables_opening_rows_are_no_events():
    assert inn_titles(INN) == [
        "Wurschdhoofastupfe (Schlachtschüsselbüffet)",
        "Wir kochen ihr Weihnachtsessen",
        "Silvesterbüffet",
    ]


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Tag der offenen Tür 10-14 Uhr", "Tag der offenen Tür"),
        ("Open Mic 20 Uhr", "Open Mic"),
        ("Offen", "Offen"),  # no hours anywhere in the row: a day's name
    ],
)
def test_a_header_less_row_naming_anything_else_stays_an_event(name, title):
    assert title in inn_titles([*INN[:1], ("10.05.2031", name), *INN[5:]])
