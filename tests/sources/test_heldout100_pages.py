"""The hundredth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout100.json: an
astronomical society's lectures, a funk band's concert tables, an organist's agenda and his articles, a parents'
association's board meetings and a beekeeper's market days, measured once at 9326a411), on small documents of our
own (every file of the batch is measure-only):

* A page opening with a PHP short tag ("<?\\nrequire(…);\\n?>") left text outside any block: reading a timed row's
  heading crashed on it and the whole schedule was dropped (``_page_work_sessions``). A header "Lieu, contexte |
  Ville, pays" names each concert by its place or occasion: that cell is the title and the town the place
  (``_page_occasion_columns``); "Lieu" alone stays the place.
* "<h4>19 maart · 20.30 uur</h4><p>Maranathakerk, Den Haag<br>Orgelconcert<br>…</p>" under "<h2>Archief 2021</h2>":
  "uur" is the clock's word (``_page_date_clocks.CLOCK_WORD_AFTER``), an archive's year heading dates the rows under
  it (``_page_years.SCHEDULE_NOUNS``), and a run of such blocks whose first lines are places gives each the next
  line as its name (``_page_place_first_lines``). Not a run of names with no place's word that do not repeat.
* <article>s of posts, each a linked heading, a date alone in <small> and a teaser, past and newest first, were
  events on their days of writing: they are the site's posts (``_page_post_cards``). Not with a day to come, nor in
  the order of their days.
* A row whose title cell is empty under a titled row is that event's next day (``_page_ditto_rows``), and "Anlass"
  heads the title column.
* A bold label over cards of a date, a time alone and a place names the cards; the last line is the place
  (``_page_label_cards``). A cinema's day (times and films) stays as it was.
* "<li>Tuesday, 21st February 2031.</li><p>X will be speaking on ‘Name’.</p>": the paragraph after the date's own
  element names it (``_page_sibling_names``); "All meetings start at 20:00 and last …" is no place
  (``_page_place_sentences``).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._page_occasion_columns import occasion_roles
from sources.adapters._page_place_sentences import place_sentence_cut
from sources.adapters._page_years import bare_year
from tests.sources.helpers import read_page

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
LONDON = zoneinfo.ZoneInfo("Europe/London")
START = dt.date(2031, 1, 5)


def read(body: str, zone: zoneinfo.ZoneInfo, day: dt.date = START) -> list[dict]:
    """The events of ``body`` fetched at noon of ``day`` in ``zone``."""
    start = dt.datetime.combine(day, dt.time(12), tzinfo=zone)
    return read_page(body, url="https://site.example/page", zone=zone, start=start)


def local(event: dict, zone: zoneinfo.ZoneInfo) -> str:
    """The event's start as the page's wall clock writes it ("2031-03-24 21:00"), a day as "2031-03-24"."""
    start = str(event["start"])
    if "T" not in start:
        return start
    return dt.datetime.fromisoformat(start).astimezone(zone).strftime("%Y-%m-%d %H:%M")


CONCERT_ROW = """<tr class="date"><td class="dateinfo">{day}</td><td class="dateinfo">{place}</td>
<td class="dateinfo">{town}</td><td class="datefoto">-</td><td class="dateinfo">Entrée libre.</td></tr>
<tr><td colspan="5"><hr width="100%" size="1"></td></tr>"""


def concerts_page(header: str, rows: list[tuple[str, str, str]]) -> str:
    body = "".join(CONCERT_ROW.format(day=day, place=place, town=town) for day, place, town in rows)
    return (
        "<?\r\nrequire('glob_var.php');\r\n?>\r\n<!-- en-tête -->\r\n<? print_header(); ?>\r\n"
        f'<table border="0" width="100%"><tr class="head"><td>Date</td><td>{header}</td><td>Ville, pays</td>'
        f"<td>Affiche</td><td>Notes</td></tr>{body}</table>\r\n<? print_footer(); ?>\r\n"
    )


ROWS = [
    ("24 mars 2031, 21h", "Salsa Verte (en face du Van Gogh)", "Valenciennes [59], France"),
    ("28 mars 2031, 17h", "Salle des sports", "Féchain [59], France"),
    ("5 avril 2031, 20h30", "Festival de printemps", "Douai [59], France"),
]


def test_a_php_page_s_place_and_occasion_column_names_each_concert_and_the_town_places_it() -> None:
    events = read(concerts_page("Lieu, contexte", ROWS), PARIS)
    assert [(local(e, PARIS), e["title"], e["venue_name"]) for e in events] == [
        ("2031-03-24 21:00", "Salsa Verte (en face du Van Gogh)", "Valenciennes [59], France"),
        ("2031-03-28 17:00", "Salle des sports", "Féchain [59], France"),
        ("2031-04-05 20:30", "Festival de printemps", "Douai [59], France"),
    ]


def test_a_place_column_alone_stays_the_place() -> None:
    events = read(concerts_page("Lieu", ROWS), PARIS)
    assert len(events) == 3
    assert [e["venue_name"] for e in events] == [place for _, place, _ in ROWS]
    assert all(e["title"] not in {place for _, place, _ in ROWS} for e in events)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (["Date", "Lieu, contexte", "Ville, pays", "Notes"], {0: "date", 1: "title", 2: "location"}),
        (["Datum", "Ort / Anlass", "Stadt"], {0: "date", 1: "title", 2: "location"}),
        (["Date", "Venue / Event"], {0: "date", 1: "title"}),
        (["Date", "Lieu", "Ville"], None),  # no occasion's word: as the header reads
        (["Date", "Event", "Lieu, contexte"], None),  # a title column already
    ],
)
def test_occasion_roles(header: list[str], expected: dict[int, str] | None) -> None:
    roles = {0: "date", 1: "title" if header[1] == "Event" else "location"}
    roles.update({2: "town"} if len(header) > 2 and header[2] != "Lieu, contexte" else {})
    got = occasion_roles(header, roles)
    assert got == (expected if expected is not None else roles)


AGENDA_BLOCK = "<h4>{day} &#183; {hour} uur</h4>\n<p>{first}<br />\n{second}<br />\nBert, orgel<br /></p>\n"


def agenda_page(groups: list[tuple[str, list[tuple[str, str, str, str]]]]) -> str:
    body = "".join(
        f"<h2>{heading}</h2>\n<div>"
        + "".join(AGENDA_BLOCK.format(day=d, hour=h, first=f, second=s) for d, h, f, s in blocks)
        + "</div>\n"
        for heading, blocks in groups
    )
    return f"<html><body><h1>Agenda</h1>\n{body}</body></html>"


def test_an_agenda_s_archive_years_and_its_place_first_blocks() -> None:
    page = agenda_page(
        [
            (
                "2031",
                [
                    ("19 maart", "20.30", "Kathedrale Basiliek Sint Bavo, Haarlem", "Stilteconcert"),
                    ("22 mei", "17.00", "Maranathakerk, Den Haag", "Orgelconcerten van Händel en Haydn"),
                ],
            ),
            (
                "Archief 2030",
                [
                    ("20 april", "12.45", "Laurenskerk Rotterdam", "Orgelconcert"),
                    ("15 augustus", "17.00", "Maranathakerk, Den Haag", "Zomerconcert"),
                ],
            ),
        ]
    )
    events = read(page, AMSTERDAM, dt.date(2031, 3, 1))
    assert [(local(e, AMSTERDAM), e["title"], e["venue_name"]) for e in events] == [
        ("2031-03-19 20:30", "Stilteconcert", "Kathedrale Basiliek Sint Bavo, Haarlem"),
        ("2031-05-22 17:00", "Orgelconcerten van Händel en Haydn", "Maranathakerk, Den Haag"),
        ("2030-04-20 12:45", "Orgelconcert", "Laurenskerk Rotterdam"),
        ("2030-08-15 17:00", "Zomerconcert", "Maranathakerk, Den Haag"),
    ]


def test_first_lines_that_are_names_stay_the_names() -> None:
    page = agenda_page(
        [
            (
                "2031",
                [
                    ("19 maart", "20.30", "Stilteconcert", "met nieuw werk van Kees"),
                    ("22 mei", "17.00", "Orgelconcerten van Händel", "met Musica Poetica"),
                    ("20 juni", "12.45", "Zomeravondconcert", "met Wéndela van Swol"),
                ],
            )
        ]
    )
    events = read(page, AMSTERDAM, dt.date(2031, 3, 1))
    assert [e["title"] for e in events] == ["Stilteconcert", "Orgelconcerten van Händel", "Zomeravondconcert"]


def test_an_archive_heading_states_its_year() -> None:
    today = dt.date(2031, 3, 1)
    assert bare_year("Archief 2030", today) == 2030
    assert bare_year("Archiv 2029", today) == 2029
    assert bare_year("Termine 2031", today) == 2031
    assert bare_year("Founded 2030 by friends", today) is None


POST = """<article><h2><a href="/artikelen/{slug}">{title}</a></h2><p><small>{day}</small></p>
<p>{teaser}&#8230;</p></article>"""
TEASER = (
    "Al jarenlang luister ik graag naar de muziek van deze componist, en ik schrijf er graag over, want het raakt "
    "mij telkens weer opnieuw"
)


def posts_page(days: list[str]) -> str:
    body = "".join(
        POST.format(slug=f"stuk-{index}", title=f"Over muziek ({index})", day=day, teaser=TEASER)
        for index, day in enumerate(days, start=1)
    )
    return f"<html><body><h1>Artikelen</h1>{body}</body></html>"


def test_a_blog_s_posts_are_no_events() -> None:
    days = ["27 december 2030", "6 mei 2030", "4 februari 2030", "16 december 2029"]
    assert read(posts_page(days), AMSTERDAM, dt.date(2031, 1, 5)) == []


def test_the_same_cards_with_a_day_to_come_or_in_the_days_order_are_events() -> None:
    coming = ["27 februari 2031", "6 mei 2030", "4 februari 2030", "16 december 2029"]
    assert len(read(posts_page(coming), AMSTERDAM, dt.date(2031, 1, 5))) == 4
    ordered = ["16 december 2029", "4 februari 2030", "6 mei 2030", "27 december 2030"]
    assert len(read(posts_page(ordered), AMSTERDAM, dt.date(2031, 1, 5))) == 4


MARKET = """<h1>Termine</h1><p>Besuchen Sie uns an folgenden Terminen:</p><table class="table">
<tr><th>Anlass</th><th>Datum</th><th>Uhrzeit</th></tr>
<tr><td>Herbstmarkt Bad Camberg</td><td>Sa, 25.10.2031</td><td>11:00 - 18:00 Uhr</td></tr>
<tr><td>{second}</td><td>So, 26.10.2031</td><td>11:00 - 18:00 Uhr</td></tr>
<tr><td>Dombacher Adventszauber</td><td>So, 14.12.2031</td><td>ab 12:00 Uhr</td></tr></table>"""


def test_an_empty_title_cell_is_the_row_above_s_event() -> None:
    events = read(MARKET.format(second=""), BERLIN, dt.date(2031, 10, 1))
    assert [(local(e, BERLIN), e["title"]) for e in events] == [
        ("2031-10-25 11:00", "Herbstmarkt Bad Camberg"),
        ("2031-10-26 11:00", "Herbstmarkt Bad Camberg"),
        ("2031-12-14 12:00", "Dombacher Adventszauber"),
    ]


def test_a_row_with_its_own_title_keeps_it() -> None:
    events = read(MARKET.format(second="Martinsmarkt Diez"), BERLIN, dt.date(2031, 10, 1))
    assert [e["title"] for e in events] == ["Herbstmarkt Bad Camberg", "Martinsmarkt Diez", "Dombacher Adventszauber"]


LABELLED = """<div class="verein-termine"><h2>Vorstandssitzungen / Mitgliederversammlung</h2>
<div><p><b>Vorstandssitzungen</b></p>
<div><p>Do. 10.04.2031</p><p>20 Uhr</p><p>Kita im Treff</p></div>
<div><p>Mi. 28.05.2031</p><p>20 Uhr</p><p>ESG Trier</p></div></div>
<div><p><b>Mitgliederversammlung</b></p>
<div><p>Mi. 02.07.2031</p><p>20 Uhr</p><p>ESG Trier</p></div></div></div>"""


def test_a_bold_label_names_its_cards_and_their_last_line_places_them() -> None:
    events = read(LABELLED, BERLIN, dt.date(2031, 4, 1))
    assert [(local(e, BERLIN), e["title"], e["venue_name"]) for e in events] == [
        ("2031-04-10 20:00", "Vorstandssitzungen", "Kita im Treff"),
        ("2031-05-28 20:00", "Vorstandssitzungen", "ESG Trier"),
        ("2031-07-02 20:00", "Mitgliederversammlung", "ESG Trier"),
    ]


def test_a_cinema_s_day_under_a_label_keeps_its_films() -> None:
    page = """<div><p><b>Programm</b></p><div><p>Fr. 11.04.2031</p><p>17:00</p><p>Zulu</p><p>19:30</p>
    <p>Alpha</p></div><div><p>Sa. 12.04.2031</p><p>18:00</p><p>Beta</p><p>20:30</p><p>Gamma</p></div></div>"""
    titles = {e["title"] for e in read(page, BERLIN, dt.date(2031, 4, 1))}
    assert "Programm" not in titles


LECTURES = """<html><body><p>All meetings start at 20:00 and last approximately 90 minutes.</p>
<p><a href="maps.php"><strong>Venues</strong></a></p>
<ul class="links">
<li>Tuesday, 18th February 2031. </li>
<p style="margin-left:2em;">John Timmins (FRAS) will be speaking on ‘Optical Quality and your telescope’.</p>
<p></p>
<li>Tuesday, 18th March 2031.</li>
<p style="margin-left:2em;">Alan Brown (STFC) will be speaking on ‘James Webb and the Invisible Red’.</p>
<p></p>
<li>Tuesday, 15th April 2031.</li>
<p style="margin-left:2em;">Rhian Jones (University of Manchester). Topic title on Meteorites TBC. </p>
</ul></body></html>"""


def test_a_lecture_is_named_by_the_paragraph_after_its_date_and_the_hour_is_no_place() -> None:
    events = read(LECTURES, LONDON, dt.date(2031, 2, 1))
    assert [(local(e, LONDON), e["title"], e["venue_name"]) for e in events] == [
        ("2031-02-18 20:00", "Optical Quality and your telescope", None),
        ("2031-03-18 20:00", "James Webb and the Invisible Red", None),
        ("2031-04-15 20:00", "Rhian Jones (University of Manchester). Topic title on Meteorites TBC.", None),
    ]


def test_a_date_list_item_followed_by_another_item_takes_no_name_from_it() -> None:
    page = """<html><body><h2>Club nights</h2><ul><li>Tuesday, 18th February 2031</li><li>Tuesday, 18th March
    2031</li><li>Tuesday, 15th April 2031</li></ul></body></html>"""
    events = read(page, LONDON, dt.date(2031, 2, 1))
    assert len(events) == 3
    assert all("2031" not in e["title"] for e in events)


@pytest.mark.parametrize(
    ("place", "cut"),
    [
        ("20:00 and last approximately 90 minutes", ""),
        ("7pm at the Town Hall", "the Town Hall"),
        ("7 Main Street", "7 Main Street"),
        ("City Hall, 5 Main St. Parking is available", "City Hall, 5 Main St."),
    ],
)
def test_a_stated_place_that_opens_with_a_time(place: str, cut: str) -> None:
    assert place_sentence_cut(place) == cut


def test_a_paragraph_of_dates_takes_no_name_from_the_note_after_it() -> None:
    page = """<html><body><h2>Commission Meeting</h2><p>Meetings for 2031:<br />
    April 17 at 3:00 pm at the Chamber, 1210 W. Rosedale<br />
    May 22 at 3:00 pm at the Chamber, 1210 W. Rosedale</p>
    <p>Information about the agenda can be directed to Katrina at katrina@example.org.</p></body></html>"""
    events = read(page, LONDON, dt.date(2031, 2, 1))
    assert [e["title"] for e in events] == ["Commission Meeting", "Commission Meeting"]


def test_posts_without_an_excerpt_s_ellipsis_are_posts_only_under_a_posts_heading() -> None:
    days = ["27 december 2030", "6 mei 2030", "4 februari 2030", "16 december 2029"]
    whole = posts_page(days).replace("&#8230;", ".")
    assert read(whole, AMSTERDAM, dt.date(2031, 1, 5)) == []  # under "Artikelen"
    archive = whole.replace("<h1>Artikelen</h1>", "<h1>Concertarchief</h1>")
    assert len(read(archive, AMSTERDAM, dt.date(2031, 1, 5))) == 4


def test_a_name_repeated_over_each_night_s_performers_stays_the_name() -> None:
    page = agenda_page(
        [
            (
                "2031",
                [
                    ("19 maart", "20.30", "Orgelconcert", "Bert van Stam, orgel"),
                    ("22 mei", "17.00", "Orgelconcert", "Jan de Vries, orgel"),
                    ("20 juni", "12.45", "Orgelconcert", "Piet Jansen, orgel"),
                ],
            )
        ]
    )
    assert [e["title"] for e in read(page, AMSTERDAM, dt.date(2031, 3, 1))] == ["Orgelconcert"] * 3


def test_an_empty_title_cell_in_a_row_that_says_more_than_when_is_no_ditto() -> None:
    page = MARKET.replace("<th>Uhrzeit</th>", "<th>Uhrzeit</th><th>Unterlagen</th>").replace(
        "<td>So, 26.10.2031</td><td>11:00 - 18:00 Uhr</td>",
        "<td>So, 26.10.2031</td><td>11:00 - 18:00 Uhr</td><td><a href='/p.pdf'>Protokoll des Vorstands</a></td>",
    )
    titles = [e["title"] for e in read(page.format(second=""), BERLIN, dt.date(2031, 10, 1))]
    assert titles[0] == "Herbstmarkt Bad Camberg"
    assert titles[1] != "Herbstmarkt Bad Camberg"
