"""The hundred-and-nineteenth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout119.json: a
Swedish university chess club's events, a Helsinki chess club's arena events, a French-speaking church's list, a Czech
bookshop's "Akce" (bargains) as the hard negative; measured once at 82a04cee), on small documents of our own:

* "Pelipaikka: Shakkiareena, …" (Finnish writes the place's kind into the label) was no place label (``_place_labels``).
* "Kierrokset: Klo 18.00 - n. 21.30", "… alkaen klo 18.15" were no time lines, and the check-in line's "klo
  16:30-16:45" was read as a place and its clock (``_page_clock_word_lines``, ``_page_place_clock``).
* "Tid: 12:00 – 17:00" after "Plats: …" was not read: only the line right under the date was looked at
  (``_page_time_lines`` START_LABEL, ``_page_time_after_place``).
* "Datum: Varje onsdag från 10 september 2025" left "Datum: Varje onsdag" as the title (``_page_every_weekday``).
* The page's overview of links to its own sections was read as two cards and hid the sections
  (``_page_contents_links``).
* "Gambiitin vartit Areenalla Keskiviikkoisin" (on Wednesdays), "Ajankohta: 04.09.2024-18.12.2024", "… alkaen klo
  18.15" was one all-day span, not a weekly evening (``_page_weekly_runs``).
* "24 Mai : concert de louange - 18h" on a page that declares no language was no date ("Mai" is a name too), though
  its "12 Juin" is French (``_page_written_months``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import lxml.html

from sources.adapters._page_clock_word_lines import clock_word_line
from sources.adapters._page_contents_links import contents_list
from sources.adapters._page_every_weekday import every_weekday_only
from sources.adapters._page_place_clock import place_line_clock
from sources.adapters._page_time_lines import START, label_rank, timed_line
from sources.adapters._page_weekly_runs import recurring_weekday
from sources.adapters._page_written_months import page_or_months_language
from tests.sources.helpers import read_page
from tests.sources.test_heldout114_pages import by_title

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")
STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
PRAGUE = zoneinfo.ZoneInfo("Europe/Prague")
MARCH = dt.datetime(2031, 3, 1, 9)  # noqa: DTZ001  (wall-clock, in the reader's zone)
AUGUST = dt.datetime(2031, 8, 25, 9)  # noqa: DTZ001
MAY = dt.datetime(2031, 5, 1, 9)  # noqa: DTZ001
read_fi = functools.partial(read_page, url="https://kerho.example/tapahtumat.html", zone=HELSINKI, start=MARCH)
read_sv = functools.partial(read_page, url="https://klubb.example/evenemang.html", zone=STOCKHOLM, start=AUGUST)
read_fr = functools.partial(read_page, url="https://eglise.example/evenements.html", zone=PARIS, start=MAY)
read_cs = functools.partial(read_page, url="https://knihy.example/akce.html", zone=PRAGUE, start=MARCH)


def local(event: dict, zone: zoneinfo.ZoneInfo) -> str:
    return dt.datetime.fromisoformat(event["start"]).astimezone(zone).strftime("%Y-%m-%d %H:%M")


def local_end(event: dict, zone: zoneinfo.ZoneInfo) -> str:
    return dt.datetime.fromisoformat(event["end"]).astimezone(zone).strftime("%Y-%m-%d %H:%M")


# --- The Finnish cards: a compound place label, a time after "klo" ---------------------------------------------
def card(name: str, lines: list[str]) -> str:
    return f'<div class="flex-item"><h2>{name}</h2><p>' + "<br>\n".join(lines) + "</p></div>"


def arena(*cards: str) -> str:
    return (
        '<html lang="fi"><head><title>Tapahtumat</title></head><body><main><h1>Shakkikerho</h1>'
        f'<div class="flex-container">{"".join(cards)}</div></main></body></html>'
    )


ARENA = "Shakkiareena, Hiomotie 10, 2.krs, 00380 Helsinki"
TEAMS = card(
    "Joukkuepikashakin mestaruus",
    [
        "Ajankohta: 14.04.2031",
        "Osanoton varmistus ja kokoonpanon ilmoittaminen pelipaikalla klo 17:45 mennessä.",
        "Kierrokset: Klo 18.00 - n. 21.30",
        f"Pelipaikka: {ARENA}",
        "Miettimisaika: 3 min + 2 sek siirtolisä/siirto",
    ],
)
LONG_GAME = card(
    "Pitkän pelin ilta",
    [
        "Ajankohta: 08.04.2031",
        "Osanoton varmistus: Pelipaikalla klo 16:30-16:45",
        "Kierrokset: pelataan yksi peli klo 17:00 alkaen",
        f"Pelipaikka: {ARENA}",
        "Miettimisaika: 70 min + 30 sek/siirto",
    ],
)


def test_a_finnish_card_takes_its_start_and_end_after_the_clock_word_and_its_compound_place_label() -> None:
    events = by_title(read_fi(arena(TEAMS, LONG_GAME)))
    teams, long_game = events["Joukkuepikashakin mestaruus"], events["Pitkän pelin ilta"]
    assert local(teams, HELSINKI) == "2031-04-14 18:00"
    assert local_end(teams, HELSINKI) == "2031-04-14 21:30"  # "- n. 21.30": about half past nine
    assert teams["venue_name"] == ARENA  # "Pelipaikka:" labels the place
    # the check-in's "klo 16:30-16:45" is not the start: the game's "klo 17:00 alkaen" is
    assert local(long_game, HELSINKI) == "2031-04-08 17:00"
    assert long_game["venue_name"] == ARENA


def test_clock_word_line_reads_the_first_line_that_writes_a_time_after_the_clock_word() -> None:
    five_rounds = clock_word_line(["Ajankohta: 28.04.2031", "Kierrokset: Viisi kierrosta alkaen klo 18.15"])
    assert five_rounds is not None
    assert (five_rounds.start, five_rounds.end) == (dt.time(18, 15), None)
    ranged = clock_word_line(["Kierrokset: Klo 18.00 - n. 21.30"])
    assert ranged is not None
    assert (ranged.start, ranged.end) == (dt.time(18), dt.time(21, 30))
    swedish = clock_word_line(["Start kl. 19.00–21.00"])
    assert swedish is not None
    assert (swedish.start, swedish.end) == (dt.time(19), dt.time(21))


def test_clock_word_line_leaves_check_in_deadline_and_doors_lines_and_bare_numbers() -> None:
    assert clock_word_line(["Osanoton varmistus: Pelipaikalla klo 16:30-16:45"]) is None
    assert clock_word_line(["ilmoittautuminen klo 17 mennessä"]) is None
    assert clock_word_line(["Anmälan senast kl. 12"]) is None
    assert clock_word_line(["Ovet avataan klo 18"]) is None
    assert clock_word_line(["Miettimisaika: 10 min + 5 sek/siirto", "Hinta 18.15 €"]) is None  # no clock word
    assert clock_word_line(["Kl. 5a der Grundschule"]) is None  # a school's class, no hour


def test_a_check_in_line_is_no_place_with_its_clock() -> None:
    # "Osanoton varmistus: Pelipaikalla klo 16:30" before "-16:45" was read as a place's name and the range's end as
    # the card's start; a "place" that holds a clock is none
    assert place_line_clock(["Ajankohta: 08.04.2031", "Osanoton varmistus: Pelipaikalla klo 16:30-16:45"], 0) is None
    kept = place_line_clock(["Ajankohta: 08.04.2031", "Klub Pod Baranami, 20:00"], 0)
    assert kept is not None
    assert kept.start == dt.time(20)


def test_a_finnish_word_that_only_ends_in_paikka_is_no_place_label() -> None:
    events = read_fi(
        arena(
            card("Kevätturnaus", ["Ajankohta: 14.04.2031", "Työpaikka: Helsingin kaupunki"]),
            card("Syysturnaus", ["Ajankohta: 21.04.2031", "Työpaikka: Helsingin kaupunki"]),
        )
    )
    assert {event["title"] for event in events} == {"Kevätturnaus", "Syysturnaus"}
    assert all(event["venue_name"] is None for event in events)  # a workplace is no place of the event


WEEKLY = card(
    "Gambiitin vartit Keskiviikkoisin",
    [
        "Ajankohta: 03.09.2031-17.12.2031",
        "Osanoton varmistus: Pelipaikalla 18.10 mennessä",
        "Kierrokset: Viisi kierrosta alkaen klo 18.15",
        f"Pelipaikka: {ARENA}",
    ],
)


def test_a_cards_run_on_a_named_weekday_with_a_time_is_a_weekly_series() -> None:
    events = [event for event in read_fi(arena(WEEKLY, TEAMS)) if event["title"] == "Gambiitin vartit Keskiviikkoisin"]
    starts = [local(event, HELSINKI) for event in events]
    assert starts[:2] == ["2031-09-03 18:15", "2031-09-10 18:15"]
    assert starts[-1] == "2031-12-17 18:15"
    assert len(starts) == 16  # every Wednesday from 3 September to 17 December
    assert {event["rrule"] for event in events} == {"FREQ=WEEKLY;BYDAY=WE;UNTIL=20311217"}
    assert len({event["external_id"].rsplit("@", 1)[0] for event in events}) == 1  # one series
    assert all(event["venue_name"] == ARENA for event in events)


def test_a_run_with_no_time_or_two_weekdays_or_under_a_week_stays_one_span() -> None:
    untimed = card("Näyttely keskiviikkoisin", ["Ajankohta: 03.09.2031-17.12.2031", f"Paikka: {ARENA}"])
    two_days = WEEKLY.replace("Keskiviikkoisin", "tiistaisin ja torstaisin")
    short = WEEKLY.replace("03.09.2031-17.12.2031", "03.09.2031-08.09.2031")
    for body in (untimed, two_days, short):
        events = [event for event in read_fi(arena(body, TEAMS)) if event["title"] != "Joukkuepikashakin mestaruus"]
        assert len(events) == 1, events
        assert events[0]["rrule"] is None


def test_recurring_weekday_is_a_weekday_in_its_recurring_form_only() -> None:
    assert recurring_weekday("Gambiitin vartit Keskiviikkoisin") == 2
    assert recurring_weekday("Lauftreff mittwochs") == 2
    assert recurring_weekday("Träning onsdagar") == 2
    assert recurring_weekday("Chess club, every Wednesday") == 2
    assert recurring_weekday("Wednesday 4 September") is None  # a date's weekday
    assert recurring_weekday("Tuesdays and Thursdays") is None  # two days
    assert recurring_weekday("Open Days") is None


# --- The Swedish sections: an overview of links, "Tid:" after "Plats:", "Varje onsdag" -------------------------------
def sections(overview: str) -> str:
    return (
        '<html lang="sv"><head><title>Evenemang</title></head><body>'
        f'<section><div class="content"><h1>Evenemang</h1><div class="event-overview">{overview}</div></div></section>'
        '<section id="lansering"><div class="content"><div class="left-content"><h1>Lanseringsevent</h1>'
        '<div class="event-info"><strong>Datum:</strong> Onsdag 3 September 2031<br>'
        "<strong>Plats:</strong> Universitetet, C-huset, Colosseum<br><strong>Tid:</strong> 12:00 – 17:00</div>"
        "<p>Kom och fira klubbens lansering! Alla är välkomna!</p></div></div></section>"
        '<section id="onsdag"><div class="content"><div class="left-content"><h1>Onsdagsträning</h1>'
        '<div class="event-info"><strong>Datum:</strong> Varje onsdag från 10 september 2031<br>'
        "<strong>Plats:</strong> Universitetet, A-huset, Sal 25<br><strong>Tid:</strong> 17:30 – 19:00</div>"
        "<p>Delta i vår återkommande träning varje onsdag!</p></div></div></section></body></html>"
    )


OVERVIEW = (
    '<div class="overview-category"><h2>Enstaka datum / Specialevenemang</h2><h3>Tidigare</h3>'
    '<ul><li><a href="#lansering">Lanseringsevent – 3/9/2031</a></li></ul></div>'
    '<div class="overview-category"><h2>Återkommande aktiviteter</h2>'
    '<ul><li><a href="#onsdag">Onsdagsträning – Från 10/09/2031</a></li></ul></div>'
)


def test_sections_are_read_past_their_overview_with_the_time_after_the_place() -> None:
    events = read_sv(sections(OVERVIEW))
    assert sorted(event["title"] for event in events) == ["Lanseringsevent", "Onsdagsträning"]
    launch, training = by_title(events)["Lanseringsevent"], by_title(events)["Onsdagsträning"]
    assert (local(launch, STOCKHOLM), local_end(launch, STOCKHOLM)) == ("2031-09-03 12:00", "2031-09-03 17:00")
    assert launch["venue_name"] == "Universitetet, C-huset, Colosseum"
    assert (local(training, STOCKHOLM), local_end(training, STOCKHOLM)) == ("2031-09-10 17:30", "2031-09-10 19:00")


def test_an_overview_that_links_elsewhere_or_to_no_anchor_is_read_as_before() -> None:
    # links to other pages, and to anchors no element has: the overview's boxes are cards as before
    elsewhere = OVERVIEW.replace('href="#lansering"', 'href="/lansering"').replace('href="#onsdag"', 'href="#saknas"')
    titles = {event["title"] for event in read_sv(sections(elsewhere))}
    assert "Enstaka datum / Specialevenemang" in titles


def test_contents_list_is_a_list_of_links_to_the_pages_own_anchors_only() -> None:
    document = lxml.html.fromstring(
        '<div><ul id="a"><li><a href="#x">Quiz – 3/9/2031</a></li></ul>'
        '<ul id="b"><li><a href="#x">Quiz</a> – 3/9/2031</li></ul>'
        '<ul id="c"><li><a href="#nowhere">Quiz – 3/9/2031</a></li></ul>'
        '<ul id="d"><li><a href="/quiz">Quiz – 3/9/2031</a></li></ul><ul id="e"></ul><p id="x">Quiz, 3 September 2031</p></div>'
    )
    # (review59: the section a link leads to dates its event)
    found = {node.get("id"): contents_list(node) for node in document.iterfind(".//ul")}
    assert found == {"a": True, "b": False, "c": False, "d": False, "e": False}


def test_tid_labels_a_start_as_time_does_and_a_word_that_begins_with_it_does_not() -> None:
    read = timed_line("Tid: 12:00 – 17:00")
    assert read is not None
    assert read[0] == START
    assert (read[1].start, read[1].end) == (dt.time(12), dt.time(17))
    assert label_rank("Aika: 18.00") == START
    assert label_rank("Tidigare: 12:00") != START  # "earlier", no label


def test_the_line_after_the_place_that_is_a_sentence_or_the_doors_gives_no_time() -> None:
    body = sections("").replace("<strong>Tid:</strong> 12:00 – 17:00", "Vi ses efteråt kl. 18 på puben med alla andra!")
    body = body.replace("<strong>Tid:</strong> 17:30 – 19:00", "<strong>Insläpp:</strong> 17:00")
    events = by_title(read_sv(body))
    assert events["Lanseringsevent"]["start"] == "2031-09-03"  # the sentence's clock is no start
    assert events["Onsdagsträning"]["start"] == "2031-09-10"  # nor the doors'


def test_every_weekday_only_is_every_and_a_weekday_after_a_label() -> None:
    assert every_weekday_only("Datum: Varje onsdag")
    assert every_weekday_only("Date: Every Wednesday")
    assert every_weekday_only("Tous les mercredis")
    assert every_weekday_only("jeden Mittwoch")
    assert not every_weekday_only("Every Wednesday Jazz Jam")
    assert not every_weekday_only("Every Day Counts")
    assert not every_weekday_only("Black Friday")
    assert not every_weekday_only("Varje onsdag med Anna")


def test_a_weekly_date_line_is_named_by_the_heading_above_it() -> None:
    events = read_sv(sections(""))
    assert sorted(event["title"] for event in events) == ["Lanseringsevent", "Onsdagsträning"]


# --- The French list: "Mai" on a page whose dates are French ----------------------------------------------------------
def church(items: list[str], lang: str = "") -> str:
    declared = f' lang="{lang}"' if lang else ""
    return (
        f"<html{declared}><head><title>Evénements</title></head><body><h1>Eglise la lumière du monde</h1>"
        "<section><h3>Prochains événements</h3><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
        "</section></body></html>"
    )


def test_a_capitalised_mai_is_may_on_an_undeclared_page_whose_dates_are_french() -> None:
    events = by_title(
        read_fr(
            church(
                [
                    "24 Mai : concert de louange - 18h",
                    "30 Mai : Soirée de prière - 19h30",
                    "12 Juin : Retraite spirituelle annuelle",
                ]
            )
        )
    )
    assert set(events) == {"concert de louange", "Soirée de prière", "Retraite spirituelle annuelle"}
    assert local(events["concert de louange"], PARIS) == "2031-05-24 18:00"
    assert local(events["Soirée de prière"], PARIS) == "2031-05-30 19:30"
    assert events["Retraite spirituelle annuelle"]["start"] == "2031-06-12"


def test_page_or_months_language_needs_one_language_and_no_english_months() -> None:
    assert page_or_months_language(None, "24 Mai : concert - 18h. 12 Juin : Retraite") == "fr"
    assert page_or_months_language(None, "24 Mai : concert. June 12: Retreat") is None  # English months too
    assert page_or_months_language(None, "12 juin : Retraite. 3 enero: Fiesta") is None  # two languages
    assert page_or_months_language(None, "12 Juni: Sommerfest") is None  # a month several languages share
    assert page_or_months_language("en", "12 Juin : Retraite") == "en"  # the declared language stands
    assert page_or_months_language(None, "5 Mai Tais for the happy hour") is None  # an ambiguous name alone


def test_a_name_like_mai_stays_a_name_on_an_undeclared_page_with_no_other_months() -> None:
    events = read_fr(church(["2 Mai Tais - 18h", "3 Mai Tais - 19h"]))
    assert events == []


# --- The hard negative: a bookshop's "Akce" (bargains) -------------------------------------------------------------
def test_a_bookshops_bargains_page_is_no_events_page() -> None:
    products = "".join(
        f'<div class="obr"><h5><span class="badge">- {off}%</span></h5><a href="#"><img src="k{index}.jpg" alt="hi">'
        f"</a><h3>{name}</h3><p>{price} Kč</p></div>"
        for index, (off, name, price) in enumerate(
            [(30, "Detektivní hry", 169), (15, "Bábovky", 156), (12, "Malý princ", 149), (15, "1984", 200)]
        )
    )
    body = (
        '<html lang="cs"><head><title>Eshop knihy - Akce</title></head><body><div class="katalog">'
        f'<h2>VÝHODNÉ AKCE</h2><div class="row">{products}</div></div><footer><section><h3>OTEVÍRACÍ DOBA</h3>'
        "<p>Pondělí: 8h - 15h</p><p>Úterý: 9h - 16h</p><p>Pátek: 9h - 15h</p></section></footer></body></html>"
    )
    assert read_cs(body) == []
