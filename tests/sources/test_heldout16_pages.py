"""The sixteenth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout16.json: measured
once at 7107636, one of its twelve files committed), each rule on a small document of our own: an agenda's cards
dated in another language ("sam. 14 novembre") with a time line led by "dès" / "à partir de"; a card's title link
back to the listing itself; a day's item listing several linked shows is no card.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import lxml.html

from sources.adapters._page_cards import event_blocks
from sources.adapters._page_dates import find_dates
from sources.adapters._page_lines import page_lines
from sources.adapters._page_ranges import joined_ranges
from sources.adapters._page_schedule import Entry
from sources.adapters._page_scripts import script_values
from sources.adapters._page_time_lines import time_alone as _time_alone
from sources.adapters._page_time_pairs import timed_then_named
from tests.sources.helpers import parse_page

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
CLOCK = dt.datetime(2026, 11, 1, 9, tzinfo=PARIS)
AGENDA = "https://salle.example/programme/"


def paris(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=PARIS)


def page(body: str) -> str:
    return f"<html lang='fr'><head><title>Programme</title></head><body><h1>Programme</h1>{body}</body></html>"


# --- 1. cards whose date is written in another language, their time on a line led by "dès" --------------------
CARDS = page(
    """<ul>
    <li><p>sam. 14 novembre</p><p>dès 21h</p><h2><a href="/concerts/nuit-blanche/">Nuit blanche</a></h2></li>
    <li><p>dim. 15 novembre</p><p>à partir de 17h</p><h2><a href="/concerts/matinee/">Matinée dansante</a></h2></li>
    <li><p>jeu. 19 novembre</p><p>20h30</p><h2><a href="/concerts/quatuor/">Quatuor du soir</a></h2></li>
    </ul>"""
)


def test_cards_dated_in_another_language_are_read_as_cards_with_the_time_of_their_time_line() -> None:
    events = parse_page(CARDS, zone=PARIS, base=AGENDA, start=CLOCK)
    assert [(event.title, event.start, event.url) for event in events] == [
        ("Nuit blanche", paris(2026, 11, 14, 21), "https://salle.example/concerts/nuit-blanche/"),
        ("Matinée dansante", paris(2026, 11, 15, 17), "https://salle.example/concerts/matinee/"),
        ("Quatuor du soir", paris(2026, 11, 19, 20, 30), "https://salle.example/concerts/quatuor/"),
    ]


def test_a_time_led_by_a_word_for_from_is_still_a_time_alone_and_a_price_is_not() -> None:
    assert _time_alone("à partir de 19h")
    assert _time_alone("dès 20h30")
    assert _time_alone("ab 19 Uhr")
    assert _time_alone("from 7 pm")
    assert not _time_alone("Tickets ab 15 €")
    assert not _time_alone("à partir de 12 ans")  # an age, no time
    assert not _time_alone("Concert à partir de 19h avec les élèves du conservatoire")


# --- 2. a card's title link back to the listing itself ---------------------------------------------------------
def test_a_title_link_to_an_anchor_on_the_listing_is_no_page_of_the_event_the_cards_next_link_is() -> None:
    body = page(
        """<ul>
        <li><p>sam. 14 novembre</p><p>21h</p><h2><a href="/programme/#nuit">Nuit blanche</a></h2>
            <a href="https://www.salle.example/concerts/nuit-blanche/">En savoir plus</a></li>
        <li><p>dim. 15 novembre</p><p>17h</p><h2><a href="/concerts/matinee/">Matinée dansante</a></h2></li>
        </ul>"""
    )
    events = parse_page(body, zone=PARIS, base=AGENDA, start=CLOCK)
    assert [event.url for event in events] == [
        "https://www.salle.example/concerts/nuit-blanche/",
        "https://salle.example/concerts/matinee/",
    ]


def test_without_another_link_a_card_whose_title_links_back_to_the_listing_has_no_page() -> None:
    body = page(
        """<ul>
        <li><p>sam. 14 novembre</p><p>21h</p><h2><a href="#nuit">Nuit blanche</a></h2></li>
        <li><p>dim. 15 novembre</p><p>17h</p><h2><a href="/programme/">Matinée dansante</a></h2></li>
        </ul>"""
    )
    events = parse_page(body, zone=PARIS, base=AGENDA, start=CLOCK)
    assert [(event.title, event.url) for event in events] == [("Nuit blanche", None), ("Matinée dansante", None)]


# --- 3. a day's item listing several linked shows is no card ---------------------------------------------------
def test_a_day_item_holding_two_linked_show_titles_of_one_kind_is_no_card() -> None:
    root = lxml.html.fromstring(
        """<div><div class="day"><div class="date"><b>14</b> novembre · sam</div>
        <div class="show"><div class="show-title"><a href="/s/1">Le Songe</a></div><p>15:00</p></div>
        <div class="show"><div class="show-title"><a href="/s/2">La Tempête</a></div><p>20:00</p></div></div>
        <div class="day"><div class="date"><b>15</b> novembre · dim</div>
        <div class="show"><div class="show-title"><a href="/s/3">Hamlet</a></div><p>16:00</p></div></div>
        <div class="day"><div class="date"><b>16</b> novembre · lun</div>
        <div class="show"><div class="show-title"><a href="/s/4">Macbeth</a></div><p>19:00</p></div></div></div>"""
    )
    blocks = event_blocks(root)  # the 15th's and the 16th's: one show each, one card each
    assert [block.text_content().split()[0] for block in blocks] == ["15", "16"]


def test_a_card_with_a_title_and_an_unlinked_subtitle_of_one_kind_stays_a_card() -> None:
    root = lxml.html.fromstring(
        """<ul><li><p>sam. 14 novembre</p><h3 class="t"><a href="/s/1">Le Songe</a></h3><h3 class="t">d'après
        Shakespeare</h3></li><li><p>dim. 15 novembre</p><h3 class="t"><a href="/s/2">Hamlet</a></h3></li></ul>"""
    )
    assert len(event_blocks(root)) == 2


# --- 4. a day's rows written as a time alone over the event's name ---------------------------------------------
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
KINO = "https://kino.example/programm"


def berlin(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def kino_day(date: str, rows: str) -> str:
    return f'<div class="tag"><div class="datum">{date}</div>{rows}</div>'


def kino_row(time: str, title: str, label: str = "OmU") -> str:
    return (
        f'<div class="vorstellung"><div class="zeit">{time}</div><a href="/film/{len(title)}"><div class="titel">{title}</div>'
        f"<div class='fassung'><span>{label}</span></div></a></div>"
    )


def test_rows_of_a_time_alone_over_a_name_under_a_date_line_are_that_days_events() -> None:
    body = (
        "<html><body><h1>Programm</h1>"
        + kino_day(
            "Sa <span>14</span> Nov",
            kino_row("18.30", "Der Himmel über Berlin") + kino_row("21.00", "Paris, Texas", "OV"),
        )
        + kino_day("So <span>15</span> Nov", kino_row("16:00 Uhr", "Alice in den Städten"))
        + "</body></html>"
    )
    events = parse_page(body, zone=BERLIN, base=KINO, start=berlin(2026, 11, 1))
    assert [(event.title, event.start, event.url) for event in events] == [
        ("Der Himmel über Berlin", berlin(2026, 11, 14, 18, 30), "https://kino.example/film/22"),
        ("Paris, Texas", berlin(2026, 11, 14, 21), "https://kino.example/film/12"),
        ("Alice in den Städten", berlin(2026, 11, 15, 16), "https://kino.example/film/20"),
    ]


def test_a_showing_link_that_is_a_time_alone_belongs_to_the_title_above_it_not_below() -> None:
    body = (
        "<html><body><h2>Showtimes</h2><h3>Sunday 15, November</h3>"
        "<h3>First Film</h3><ul><li><a href='/buy/1'>12:30 PM</a></li></ul>"
        "<h3>Second Film</h3><ul><li><a href='/buy/2'>3:45 PM</a></li></ul></body></html>"
    )
    events = parse_page(body, zone=BERLIN, base=KINO, start=berlin(2026, 11, 1))
    assert ("Second Film", berlin(2026, 11, 15, 12, 30)) not in [(event.title, event.start) for event in events]


def test_a_time_alone_over_a_description_is_no_row_of_this_shape() -> None:
    root = lxml.html.fromstring("<div><div>Sa 14 Nov</div><div>19.00</div><p>Ein weltberühmtes Musical.</p></div>")
    lines = page_lines(root, base=None)
    bar = Entry(day=dt.date(2026, 11, 14), time=None, end_time=None, title=None, url=None, status="scheduled",
                text=lines[0].text, structure="month", line=0)  # fmt: skip
    assert timed_then_named(bar, lines, lines[0]) == []


# --- 5. a Next.js page's data pushed as strings ----------------------------------------------------------------
def test_a_nextjs_pages_pushed_json_rows_are_read_when_its_markup_shows_no_event() -> None:
    rows = (
        '{"screenings":[{"id":7,"title":"Nosferatu","begins":"2026-11-14T17:30:00Z"},'
        '{"id":8,"title":"Metropolis","begins":"2026-11-15T19:00:00Z"}]}'
    )
    pushed = json.dumps(f'1:["$","div",null,{{}}]\n2:{rows}')
    body = (
        f"<html><body><div id='app'>Laden…</div><script>self.__next_f.push([1,{pushed}])</script>"
        '<script>self.__next_f.push([1,"not json at all"])</script></body></html>'
    )
    events = parse_page(body, zone=BERLIN, base=KINO, start=berlin(2026, 11, 1))
    assert [(event.title, event.start) for event in events] == [
        ("Nosferatu", dt.datetime(2026, 11, 14, 17, 30, tzinfo=dt.UTC)),
        ("Metropolis", dt.datetime(2026, 11, 15, 19, tzinfo=dt.UTC)),
    ]


def test_a_broken_pushed_chunk_is_passed_over() -> None:
    root = lxml.html.fromstring(
        '<html><body><script>self.__next_f.push([1,"3:{broken"]); self.__next_f.push([1, 2, {"x": 1}]); '
        'self.__next_f.push([1,"4:[1,2]"])</script></body></html>'
    )
    assert list(script_values(root.iter("script"))) == [[1, 2]]


# --- 6. a numeric range whose first day leaves its year to the last ---------------------------------------------
PRAGUE = zoneinfo.ZoneInfo("Europe/Prague")


def test_a_numeric_range_whose_first_day_has_no_year_takes_the_last_days_year() -> None:
    text = "Zápis: 3. 10. – 14. 11. 2027, prázdniny 28.12.–14.1.2028"
    hits = joined_ranges(text, find_dates(text, year_hint=None, today=dt.date(2027, 8, 1)))
    assert [(hit.date, hit.end_date) for hit in hits] == [
        (dt.date(2027, 10, 3), dt.date(2027, 11, 14)),
        (dt.date(2027, 12, 28), dt.date(2028, 1, 14)),  # the year before the last day's: December before January
    ]


def test_a_day_and_month_with_their_dots_but_no_dash_after_them_are_no_date() -> None:
    text = "Kapitola 3. 10. Stránka, vydáno 14. 11. 2027"
    hits = joined_ranges(text, find_dates(text, year_hint=None, today=dt.date(2027, 8, 1)))
    assert [(hit.date, hit.end_date) for hit in hits] == [(dt.date(2027, 11, 14), None)]


# --- 7. a grid of spans: what each column is, a label per row -------------------------------------------------
GRID = """<html lang='cs'><body><h2>Harmonogram 2027/2028</h2><table>
<tr><th>2027/2028</th><th>Výuka</th><th>Zkoušky</th><th>Zápis</th></tr>
<tr><td>podzim</td><td>20. 9. – 17. 12. 2027</td><td>3. 1. – 11. 2. 2028</td><td>1. 9. 2027</td></tr>
<tr><td>jaro</td><td>14. 2. – 19. 5. 2028</td><td>22. 5. – 30. 6. 2028</td><td></td></tr>
</table></body></html>"""


def test_each_dated_cell_of_a_grid_is_an_event_named_by_its_column_and_row() -> None:
    events = parse_page(
        GRID, zone=PRAGUE, base="https://uni.example/harmonogram", start=dt.datetime(2027, 8, 1, tzinfo=PRAGUE)
    )
    assert [(event.title, event.start, event.end) for event in events] == [
        ("Výuka – podzim", dt.date(2027, 9, 20), dt.date(2027, 12, 17)),
        ("Zkoušky – podzim", dt.date(2028, 1, 3), dt.date(2028, 2, 11)),
        ("Zápis – podzim", dt.date(2027, 9, 1), None),
        ("Výuka – jaro", dt.date(2028, 2, 14), dt.date(2028, 5, 19)),
        ("Zkoušky – jaro", dt.date(2028, 5, 22), dt.date(2028, 6, 30)),
    ]


def test_a_table_whose_rows_are_dated_by_their_first_cell_is_no_grid() -> None:
    body = """<html><body><table><tr><th>Date</th><th>Meeting</th><th>Room</th></tr>
    <tr><td>20. 9. 2027</td><td>Board</td><td>Hall A</td></tr>
    <tr><td>18. 10. 2027</td><td>Board</td><td>Hall B</td></tr></table></body></html>"""
    events = parse_page(body, zone=PRAGUE, base=None, start=dt.datetime(2027, 8, 1, tzinfo=PRAGUE))
    assert [(event.title, event.start) for event in events] == [
        ("Board", dt.date(2027, 9, 20)),
        ("Board", dt.date(2027, 10, 18)),
    ]


# --- 8. a card's title styled as a heading by its class; a midnight-to-last-minute span is days ---------------
def test_a_heading_class_names_a_card_and_a_span_from_midnight_to_its_last_minute_is_days() -> None:
    body = """<html lang='cs'><body><ul>
    <li><div><time datetime="2027-09-20T00:00:00">20. září</time> – <time datetime="2027-12-17T23:59:59">17. prosince
    </time></div><p class="label h4">Výuka v zimním semestru</p></li>
    <li><time datetime="2027-10-05T18:00:00">5. října, 18:00</time><p class="label h4">Imatrikulace</p></li>
    </ul></body></html>"""
    events = parse_page(body, zone=PRAGUE, base=None, start=dt.datetime(2027, 8, 1, tzinfo=PRAGUE))
    assert [(event.title, event.start, event.end) for event in events] == [
        ("Výuka v zimním semestru", dt.date(2027, 9, 20), dt.date(2027, 12, 17)),
        ("Imatrikulace", dt.datetime(2027, 10, 5, 18, tzinfo=PRAGUE), None),
    ]


# --- 9. a card's title that writes the card's own day beside its name ------------------------------------------
def test_a_card_title_ending_with_the_cards_own_day_is_the_name_alone_and_another_day_is_kept() -> None:
    def card(name: str, day: str) -> str:
        return f'<div class="event"><h3><a href="/e/{len(name)}">{name}</a></h3><p>{day}, 20:00</p></div>'

    body = page(
        card("LA CHORALE - 12 décembre 2026", "samedi 12 décembre 2026")
        + card("Concert du 13 décembre 2026", "dimanche 13 décembre 2026")
        + card("GALA", "lundi 14 décembre 2026")
    )
    events = parse_page(body, zone=PARIS, base=AGENDA, start=CLOCK)
    assert [(event.title, event.source_title) for event in events] == [
        ("LA CHORALE", "LA CHORALE - 12 décembre 2026"),
        ("Concert du 13 décembre 2026", None),  # the day inside the name, not set off after it: kept
        ("GALA", None),
    ]
