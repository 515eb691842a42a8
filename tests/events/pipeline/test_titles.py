"""Titles: shouting tidied, own date/venue noise dropped, status words turned into status and flags."""

from __future__ import annotations

import datetime as dt

import pytest

from events.pipeline.titles import StatusSignal, TitleResult, clean_title, detect_status, title_case

START = dt.datetime(2026, 12, 5, 20, 0, tzinfo=dt.UTC)  # a Saturday, 8pm


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("DJ SHADOW LIVE IN NYC FEAT. CUT CHEMIST", "DJ Shadow Live in NYC feat. Cut Chemist"),
        ("LGBTQ+ PRIDE PARTY WITH DJ KAT – 90S HITS II", "LGBTQ+ Pride Party with DJ Kat – 90s Hits II"),
        ("THE ART OF AI: A TALK", "The Art of AI: A Talk"),
        ("EDM NIGHT IN THE UK AND USA", "EDM Night in the UK and USA"),
        ("HIP-HOP BBQ", "Hip-Hop BBQ"),
    ],
)
def test_all_caps_becomes_title_case_keeping_acronyms(title, expected):
    assert clean_title(title).title == expected


def test_mixed_case_titles_are_left_alone():
    assert clean_title("iPhone Photography for Beginners").title == "iPhone Photography for Beginners"
    assert clean_title("UFC 300").title == "UFC 300"
    assert clean_title("ಕನ್ನಡ ನಾಟಕ").title == "ಕನ್ನಡ ನಾಟಕ"  # no case at all
    assert title_case("JAZZ with Sam") == "Jazz with Sam"


def test_a_one_word_title_in_capitals_is_a_name_not_shouting():
    assert [clean_title(title).title for title in ("IMAX", "ABBA", "NASA!", "JAZZ")] == [
        "IMAX",
        "ABBA",
        "NASA!",
        "JAZZ",
    ]
    assert clean_title("ABBA TRIBUTE NIGHT").title == "Abba Tribute Night"  # two words and more: shouting, calmed


def test_own_date_and_venue_are_stripped_but_not_others():
    own = clean_title("Jazz Night – Sat Dec 5 @ Blue Lantern", start=START, venue_name="The Blue Lantern")
    assert own == TitleResult("Jazz Night")
    other_date = clean_title("Jazz Night – Sat Dec 12 @ Blue Lantern", start=START, venue_name="The Blue Lantern")
    assert other_date.title == "Jazz Night – Sat Dec 12"
    assert clean_title("Jazz Night – Sat Dec 5 @ Blue Lantern").title == "Jazz Night – Sat Dec 5 @ Blue Lantern"
    assert clean_title("Dec 5 | Jazz Night", start=START).title == "Jazz Night"
    assert clean_title("Jazz Night, 8pm", start=START).title == "Jazz Night"
    assert clean_title("Jazz Night, 9pm", start=START).title == "Jazz Night, 9pm"
    assert clean_title("Jazz Night | Bengaluru", city="Bengaluru").title == "Jazz Night"
    assert (
        clean_title("Breakfast at Tiffany's", start=START, venue_name="Blue Lantern").title == "Breakfast at Tiffany's"
    )
    assert clean_title("JAZZ NIGHT – Sat Dec 5", start=START).title == "Jazz Night"
    assert clean_title("Diwali Mela – 8 Nov 2026", start=dt.date(2026, 11, 8)).title == "Diwali Mela"
    assert clean_title("Diwali Mela – 8 Nov 2025", start=dt.date(2026, 11, 8)).title == "Diwali Mela – 8 Nov 2025"


def test_repeated_punctuation_and_emoji_runs_are_trimmed():
    assert clean_title("🎃🎃 Halloween Bash!!!!! 👻").title == "Halloween Bash!"
    assert clean_title("Open Mic 🎤🎤🎤 Night").title == "Open Mic 🎤 Night"
    assert clean_title("*** MEGA SALE ***").title == "Mega Sale"
    assert clean_title("Wait for it.....").title == "Wait for it…"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("SOLD OUT! Jazz Night", TitleResult("Jazz Night", None, True)),
        ("Jazz Night - Sold Out", TitleResult("Jazz Night", None, True)),
        ("CANCELLED: Comedy Open Mic", TitleResult("Comedy Open Mic", "cancelled")),
        ("Canceled - Comedy Open Mic", TitleResult("Comedy Open Mic", "cancelled")),
        ("POSTPONED - Summer Fest", TitleResult("Summer Fest", "postponed")),
        ("Summer Fest (RESCHEDULED)", TitleResult("Summer Fest", "rescheduled")),
        ("Jazz Night – Postponed to January", TitleResult("Jazz Night", "postponed")),
        ("SOLD OUT! Jazz Night (Cancelled)", TitleResult("Jazz Night", "cancelled", True)),
        ("Cancelled Plans: A Comedy Show", TitleResult("Cancelled Plans: A Comedy Show")),  # a name, not a status
        ("Riverside Jazz Night (moved to Sunday)", TitleResult("Riverside Jazz Night (moved to Sunday)")),
    ],
)
def test_status_markers_leave_the_title(title, expected):
    assert clean_title(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Orgelkonzert – ABGESAGT", TitleResult("Orgelkonzert", "cancelled")),
        ("[Annulé] Bal folk", TitleResult("Bal folk", "cancelled")),
        ("Koncert (aflyst)", TitleResult("Koncert", "cancelled")),
        ("VERSCHOBEN: Stadtlauf", TitleResult("Stadtlauf", "postponed")),
        ("Tarde de tango - AGOTADO", TitleResult("Tarde de tango", None, True)),
        ("Le Complet Festival", TitleResult("Le Complet Festival")),  # a word in a name, not set apart
        ("Konzert abgesagt wegen Regen", TitleResult("Konzert abgesagt wegen Regen")),  # a sentence, not a marker
    ],
)
def test_status_markers_in_other_languages_leave_the_title(title, expected):
    assert clean_title(title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Not cancelled — rain or shine!", StatusSignal()),
        ("This event has been cancelled due to weather.", StatusSignal("cancelled")),
        ("If the event is cancelled, you get a refund.", StatusSignal()),
        ("It will not be cancelled.", StatusSignal()),
        ("Event cancelled? No way, see you there", StatusSignal()),
        ("CANCELLED: sorry folks", StatusSignal("cancelled")),
        ("Hello\nPostponed: new date TBA", StatusSignal("postponed")),
        ("Unfortunately we have had to postpone the concert.", StatusSignal("postponed")),
        ("The concert has been rescheduled to Jan 5.", StatusSignal("rescheduled")),
        ("We are almost sold out!", StatusSignal()),
        ("The show sold out in previous years, book early", StatusSignal()),
        ("Tickets are now sold out.", StatusSignal(None, True)),
        ("SOLD OUT! Join the waitlist", StatusSignal(None, True)),
        (None, StatusSignal()),
    ],
)
def test_status_in_descriptions_is_read_carefully(text, expected):
    assert detect_status(text) == expected


def test_a_recurring_title_is_judged_on_each_events_own_date():
    """The steps that read the title alone are remembered per title; what depends on the event (its own date, its
    venue) is still judged for each event."""
    title = "Board Meetings - NO MEETING - Dec 31 2024"
    assert clean_title(title, start=dt.date(2024, 12, 31)) == TitleResult("Board Meetings", "cancelled", False)
    assert clean_title(title, start=dt.date(2024, 12, 24)) == TitleResult(title, None, False)
    assert clean_title("JAZZ NIGHT - Dec 31", start=dt.date(2024, 12, 31)).title == "Jazz Night"
    assert clean_title("JAZZ NIGHT - Dec 31", start=dt.date(2024, 12, 24)).title == "Jazz Night - Dec 31"
    assert clean_title("Jazz Night @ Blue Lantern", venue_name="Blue Lantern").title == "Jazz Night"
    assert clean_title("Jazz Night @ Blue Lantern", venue_name="Red Door").title == "Jazz Night @ Blue Lantern"
