"""The hundred-and-eighteenth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout118.json: a
Bavarian fair-trade shop's events and its archive, a country inn's events table and its opening hours, an Austrian
rural youth club's cards, a Polish church's events; measured once at f65cce71), on small documents of our own:

* "</br>" broke the shop's event headings into lines in a browser, but lxml dropped it and glued the lines: the
  title ran on into the place and the description (``_page_end_breaks``).
* Read apart, each line of the one <h3> was a heading of its rank: the date's name below it was taken for the next
  section, its hours above it were not read, its two-line bold name and its German street were lost
  (``_page_broken_headings``).
* "🕘 16:00 Uhr ·" (a clock icon, the bullet left by the place moved to a line of its own) was no line stating only
  when: a card dated in its prose ("am 1. Mai") was read all day (``_page_clock_icons``).
* "17.10.2026 | Geschlossen" and "25.12.2026 | von 10-14 Uhr geöffnet" among an events table's rows were printed as
  events (``_page_table_notices``).
* An "Archiv" page of two past events was read as one event titled "Archiv" (``_page_archive_titles``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import lxml.html
import pytest

from sources.adapters import (
    _page_block_reader,
    _page_line_neighbours,
    _page_prepare,
    _page_single,
    _page_tables,
)
from sources.adapters._page_broken_headings import clock_above, street_place
from sources.adapters._page_clock_icons import clock_icon_line
from sources.adapters._page_end_breaks import end_breaks_written
from sources.adapters._page_lines import Line
from sources.adapters._page_schedule import Entry
from sources.adapters._page_table_notices import notice_rows_off
from tests.sources.helpers import read_page
from tests.sources.test_heldout114_pages import by_title

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
MARCH = dt.datetime(2031, 3, 1, 9)  # noqa: DTZ001  (wall-clock, in the reader's zone)
read_de = functools.partial(read_page, url="https://verein.example/veranstaltungen", zone=BERLIN, start=MARCH)


def page(body: str, title: str = "Veranstaltungen") -> str:
    return f'<html lang="de"><head><title>{title}</title></head><body>{body}</body></html>'


def shop(br: str) -> str:
    """Two events, each one <h3> broken into lines by ``br``: hours, a bold date and name, the place, a sentence."""
    return page(
        "<h1>Aktuelle Veranstaltungen</h1>"
        f"<h3>Samstag, 9:30 Uhr bis 12:30 Uhr{br} <b>15.03.31{br}Faires Frühstück</b>{br} im Weltladen,{br}"
        f"Lechtorstr. 11, Schongau{br}{br}Wir laden Sie herzlich zu einem entspannten Frühstück ein.{br}</h3><hr>"
        f"<h3>Samstag, 19:30 Uhr{br}<b>22.03.31{br}Multivisionsshow{br}Die Anden</b>{br}"
        f"im Pfarrzentrum Verklärung Christi,{br}Schönlinderstr. 39, Schongau{br}{br}"
        f"Mit ausdrucksvollen Fotos entführen uns zwei Reisende in die Anden. Eintritt: 8,- €{br}</h3>"
    )


def test_a_heading_broken_by_end_tags_holds_its_events_lines() -> None:
    events = by_title(read_de(shop("</br>")))

    breakfast = events["Faires Frühstück"]
    assert breakfast["start"] == "2031-03-15T09:30:00+01:00"
    assert breakfast["end"] == "2031-03-15T12:30:00+01:00"
    assert breakfast["venue_name"] == "Weltladen, Lechtorstr. 11, Schongau"
    show = events["Multivisionsshow Die Anden"]
    assert show["start"] == "2031-03-22T19:30:00+01:00"
    assert show["venue_name"] == "Pfarrzentrum Verklärung Christi, Schönlinderstr. 39, Schongau"


def test_without_end_tags_as_breaks_the_lines_run_together(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_prepare, "end_breaks_written", lambda text: text)

    titles = [event["title"] for event in read_de(shop("</br>"))]

    assert "Faires Frühstück" not in titles


@pytest.mark.parametrize("text", ["a<br/>b", "a<br />b", "a<br>b", "<b>a</b>", "</brand>", "</bring >"])
def test_other_tags_and_written_breaks_stay_as_they_are(text: str) -> None:
    assert end_breaks_written(text) == text


def test_an_end_tag_of_a_break_is_a_break() -> None:
    assert end_breaks_written("a</br>b</BR >c") == "a<br>b<br>c"


def test_a_heading_broken_by_breaks_is_read_line_by_line() -> None:
    events = by_title(read_de(shop("<br>")))

    assert events["Faires Frühstück"]["end"] == "2031-03-15T12:30:00+01:00"
    assert events["Multivisionsshow Die Anden"]["venue_name"].startswith("Pfarrzentrum Verklärung Christi")


def test_without_the_headings_own_lines_each_event_is_named_by_the_line_above(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_line_neighbours, "same_heading", lambda line, heading: False)

    titles = [event["title"] for event in read_de(shop("<br>"))]

    assert "Faires Frühstück" not in titles


def heading_lines(above: str, *, same: bool = True) -> list[Line]:
    """A line ``above`` a date heading's line, in the heading's element or (``same`` False) in another."""
    heading, other = lxml.html.fromstring("<h3>x</h3>"), lxml.html.fromstring("<p>y</p>")
    return [
        Line(above, [], "heading" if same else "text", 3 if same else 0, heading if same else other, 0),
        Line("15.03.2031", [], "heading", 3, heading, 1),
    ]


@pytest.mark.parametrize(
    ("above", "same", "expected"),
    [
        ("Samstag, 9:30 Uhr bis 12:30 Uhr", True, (dt.time(9, 30), dt.time(12, 30))),
        ("Anmeldung bis 9:30 Uhr", True, None),  # a deadline's words
        ("Samstag, 14.03.2031, 9:30 Uhr", True, None),  # another day's line
        ("Samstag, 19:30 Uhr", False, None),  # another element's line
    ],
)
def test_only_the_headings_own_line_of_hours_above_the_date_gives_its_time(
    above: str, same: bool, expected: tuple[dt.time, dt.time] | None
) -> None:
    lines = heading_lines(above, same=same)
    entry = Entry(day=dt.date(2031, 3, 15))

    clock_above(entry, lines, lines[1])

    assert (entry.time, entry.end_time) == (expected or (None, None))


def test_a_bold_run_with_a_clock_is_no_name() -> None:
    body = page(
        "<h1>Termine</h1><h3><b>15.03.31<br>Flohmarkt<br>ab 19:30 Uhr</b><br>im Saal</h3>"
        "<h3><b>22.03.31<br>Basar</b></h3>"
    )

    assert "Flohmarkt" in by_title(read_de(body))


@pytest.mark.parametrize(
    ("places", "expected"),
    [
        (["im Weltladen,", "Lechtorstr. 11, Schongau"], "Weltladen, Lechtorstr. 11, Schongau"),
        (["Hauptstraße 12, Bonn"], "Hauptstraße 12, Bonn"),
        (["im Saal,", "Eintritt frei"], None),  # no street
        (["im Saal"], None),
    ],
)
def test_the_lines_under_the_name_are_its_place_when_one_is_a_street(places: list[str], expected: str | None) -> None:
    entry = Entry(day=dt.date(2031, 3, 15), title="Flohmarkt")

    street_place(entry, places)

    assert entry.location == expected


def cards(meta: str) -> str:
    """A youth club's cards: the day and month in spans, the start in data-date; the first dated in its prose too."""

    def card(day: str, month: str, iso: str, name: str, prose: str) -> str:
        return (
            f'<article class="event" data-date="{iso}"><div class="event-date"><span class="day">{day}</span>'
            f'<span class="month">{month}</span></div><div class="event-info"><h3>{name}</h3>'
            f'<p class="event-meta">{meta}</p><p>{prose}</p></div></article>'
        )

    return page(
        '<h1>Veranstaltungen</h1><div class="events">'
        + card("01", "Mai", "2031-05-01", "Maibaumaufstellen", "Traditionelles Maibaumaufstellen am 1. Mai.")
        + card("22", "Jun", "2031-06-22", "Sonnwendfeier", "Wir feiern den längsten Tag des Jahres.")
        + "</div>"
    )


CLOCK_AND_PLACE = "🕘 16:00 Uhr · 📍 Dorfplatz Adnet"


def test_a_clock_icons_line_gives_a_card_dated_in_its_prose_its_time() -> None:
    events = by_title(read_de(cards(CLOCK_AND_PLACE)))

    assert events["Maibaumaufstellen"]["start"] == "2031-05-01T16:00:00+02:00"
    assert events["Sonnwendfeier"]["start"] == "2031-06-22T16:00:00+02:00"


def test_without_the_clock_icons_taken_off_the_card_is_read_all_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_block_reader, "clock_icon_line", lambda line: line)

    assert by_title(read_de(cards(CLOCK_AND_PLACE)))["Maibaumaufstellen"]["start"] == "2031-05-01"


def test_a_clock_icons_line_with_a_deadline_gives_no_time() -> None:
    events = by_title(read_de(cards("🕘 Anmeldung bis 12:00 · 📍 Dorfplatz Adnet")))

    assert events["Maibaumaufstellen"]["start"] == "2031-05-01"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("🕘 16:00 Uhr ·", "16:00 Uhr"),
        ("⏰️ 19:30 –", "19:30"),
        ("📅 16:00 ·", "📅 16:00 ·"),  # a calendar's icon: no clock's
        ("16:00 · 18:00", "16:00 · 18:00"),  # no icon: unchanged
        ("🕘 Anmeldung bis 12:00", "Anmeldung bis 12:00"),  # words stay: card_time refuses it
    ],
)
def test_only_clock_icons_and_the_separators_they_leave_are_taken_off(line: str, expected: str) -> None:
    assert clock_icon_line(line) == expected


def inn(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td><strong>{day}</strong></td><td>{what}</td></tr>" for day, what in rows)
    return page(
        "<h2>Veranstaltungen &amp; Termine</h2><h3>Bevorstehende Termine</h3><table>"
        f"<thead><tr><th>Datum / Zeit</th><th>Veranstaltung</th></tr></thead><tbody>{cells}</tbody></table>"
    )


INN = [
    ("03.04.2031", "Wurschdhoofastupfe <em>(Schlachtschüsselbüffet)</em>"),
    ("17.04.2031", "Geschlossen"),
    ("24.12.2031", "Wir kochen ihr Weihnachtsessen"),
    ("25.12.2031", "von 10-14 Uhr geöffnet"),
    ("31.12.2031", "Silvesterbüffet"),
]


def test_an_events_tables_closing_and_opening_rows_are_no_events() -> None:
    titles = [event["title"] for event in read_de(inn(INN))]

    assert titles == [
        "Wurschdhoofastupfe (Schlachtschüsselbüffet)",
        "Wir kochen ihr Weihnachtsessen",
        "Silvesterbüffet",
    ]


def test_without_the_rule_the_notices_are_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_tables, "notice_rows_off", lambda found: found)

    titles = [event["title"] for event in read_de(inn(INN))]

    assert "von 10-14 Uhr geöffnet" in titles


@pytest.mark.parametrize("name", ["Closed Circuit live", "Tag der offenen Tür", "Open Day", "Offen", "Open Mic 20 Uhr"])
def test_a_row_naming_anything_else_stays_an_event(name: str) -> None:
    titles = [event["title"] for event in read_de(inn([*INN[:1], ("10.05.2031", name), *INN[4:]]))]

    assert any(name.startswith(title) for title in titles[1:2])  # "Open Mic 20 Uhr": "Open Mic" at 20:00


def test_a_table_of_fewer_than_two_named_rows_keeps_its_notices() -> None:
    rows = [
        Entry(day=dt.date(2031, 4, 3), title="Silvesterbüffet"),
        Entry(day=dt.date(2031, 4, 17), title="Geschlossen"),
    ]

    assert notice_rows_off(rows) == rows


def archive(title: str, day: str) -> str:
    return page(
        f"<h1>{title}</h1><h2>Gewerbeschau im Eisstadion</h2><h3>Gewerbeschau mit Weltladen-Stand</h3>"
        f"<h2>Weltladentag mit Fairem Frühstück</h2><h3>Samstag, {day}<br>9:30 bis 12:30</h3>",
        title,
    )


def test_an_archive_named_pages_past_line_is_no_event() -> None:
    assert read_de(archive("Archiv", "09.05.2030")) == []


def test_without_the_rule_the_archive_is_read_as_an_event(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_single, "archive_title_past", lambda title, hit, today: False)

    assert [event["title"] for event in read_de(archive("Archiv", "09.05.2030"))] == ["Archiv"]


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Archive Night at the Museum", "09.05.2030"),  # the word among others: an event's name
        ("Archiv", "09.05.2031"),  # a date to come
    ],
)
def test_an_event_named_with_the_word_or_an_archive_with_a_date_to_come_is_read(title: str, day: str) -> None:
    assert read_de(archive(title, day))
