"""The fourteenth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout14.json: measured
once at fb560df, three of its ten files committed), each rule on a small document of our own: a weekday set apart
from its numeric date by a dash ("SEXTA-FEIRA – 01/08/2025"); Portuguese hours without minutes ("às 10", "14
horas"); a list of timed items right under a line that is a date alone (a broadcaster's weekend programme).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import lxml.html

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_day_lists import listed_sessions
from sources.adapters._page_intl import PAGE_LANGUAGE
from sources.adapters._page_lines import page_lines
from sources.adapters._page_schedule_lines import line_entries
from sources.adapters._page_words import reads_as_news
from sources.extraction import default_window, extract_document
from tests.sources.helpers import parse_page

SAO_PAULO = zoneinfo.ZoneInfo("America/Sao_Paulo")


def sao_paulo(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=SAO_PAULO)


def starts(events: list) -> list[tuple[str, dt.date]]:
    return [(event.title, event.start) for event in events]


def page(body: str, lang: str = "pt-BR") -> str:
    return f"<html lang='{lang}'><head><title>Agenda</title></head><body>{body}</body></html>"


# --- 1. a weekday set apart from its numeric date by a dash ------------------------------------------------------
def test_a_weekday_then_a_dash_then_a_numeric_date_is_one_date_and_its_weekday_checks_it() -> None:
    token = PAGE_LANGUAGE.set("pt")
    try:
        (friday,) = find_dates("SEXTA-FEIRA – 07/05/2027", year_hint=None, today=dt.date(2027, 5, 1))
        (wrong,) = find_dates("Domingo - 07/05/2027", year_hint=None, today=dt.date(2027, 5, 1))
    finally:
        PAGE_LANGUAGE.reset(token)
    assert (friday.date, friday.start, friday.weekday_agrees) == (dt.date(2027, 5, 7), 0, True)
    assert (wrong.date, wrong.weekday_agrees) == (dt.date(2027, 5, 7), False)  # the 7th is a Friday: flagged


def test_a_dash_after_a_word_that_is_no_weekday_joins_no_date_to_it() -> None:
    token = PAGE_LANGUAGE.set("pt")
    try:
        (hit,) = find_dates("Corrida – 07/05/2027", year_hint=None, today=dt.date(2027, 5, 1))
    finally:
        PAGE_LANGUAGE.reset(token)
    assert (hit.date, hit.start) == (dt.date(2027, 5, 7), len("Corrida – "))  # the date alone, no weekday


# --- 2. Portuguese hours without minutes ---------------------------------------------------------------------
def test_portuguese_hours_without_minutes_are_times_of_day() -> None:
    at_ten = find_clock("FÓRMULA 1 – Corrida — às 10 — GP da Hungria", dated=True)
    two_pm = find_clock("NASCAR CUP – Quali — 14 horas — Curvelo/MG", dated=True)
    assert at_ten is not None
    assert two_pm is not None
    assert (at_ten.start, two_pm.start) == (dt.time(10, 0), dt.time(14, 0))


def test_hours_that_say_how_long_are_no_time_of_day() -> None:
    assert find_clock("Passeio de barco, 2 horas de duração", dated=True) is None
    assert find_clock("Oficina durante 3 horas", dated=True) is None


# --- 3. a list of timed items right under a line that is a date alone ---------------------------------------------
WEEKEND = (
    "<h5>Programação do fim de semana</h5>"
    "<p>SEXTA-FEIRA – 07/05/2027</p><ul>"
    "<li>09:30 – Kart Clube – Treino Livre – Interlagos <a href='https://tv.example/1'>Canal Um</a></li>"
    "<li>15:00 – Copa Truck – Classificação – Goiânia</li></ul>"
    "<strong>SÁBADO – 08/05/2027</strong><ul>"
    "<li><strong>Endurance Brasil – Corrida</strong> — às 11 — Velocitta — <a href='https://tv.example/2'>Canal"
    " Dois</a></li></ul>"
    "<h6>DOMINGO – 09/05/2027</h6><ul><li>Stock Light – Corrida 2 — 16 horas — Cascavel</li></ul>"
)


def test_each_timed_item_under_a_date_line_is_that_days_event_at_its_time() -> None:
    events = parse_page(page(WEEKEND), zone=SAO_PAULO, base=None, start=sao_paulo(2027, 5, 1))
    assert starts(events) == [
        ("Kart Clube – Treino Livre – Interlagos", sao_paulo(2027, 5, 7, 9, 30)),  # the channel's link left out
        ("Copa Truck – Classificação – Goiânia", sao_paulo(2027, 5, 7, 15, 0)),
        ("Endurance Brasil – Corrida", sao_paulo(2027, 5, 8, 11, 0)),  # the words before a mid-line time
        ("Stock Light – Corrida 2", sao_paulo(2027, 5, 9, 16, 0)),
    ]


def day_lines(body: str) -> list:
    return page_lines(lxml.html.document_fromstring(f"<html><body>{body}</body></html>"), base=None)


def test_a_list_of_documents_under_a_date_line_is_no_programme() -> None:
    # One item of three states a time: the list is the session's documents and a note, not the day's events.
    lines = day_lines(
        "<p>SEXTA-FEIRA – 07/05/2027</p><ul><li><a href='/a.pdf'>Pauta da sessão</a></li>"
        "<li><a href='/b.pdf'>Ata anterior</a></li><li>Transmissão às 19h</li></ul>"
    )
    (bar,) = line_entries(lines[:1], today=dt.date(2027, 5, 1), skip_blocks=set())
    assert listed_sessions(bar, lines, lines[0]) == []


def test_a_date_line_with_a_name_of_its_own_keeps_its_list_as_its_notes() -> None:
    lines = day_lines("<p>Regata – 07/05/2027</p><ul><li>Largada às 10</li><li>Premiação 16 horas</li></ul>")
    (named,) = line_entries(lines[:1], today=dt.date(2027, 5, 1), skip_blocks=set())
    assert named.title == "Regata"
    assert listed_sessions(named, lines, lines[0]) == []


def test_a_timed_list_right_under_a_date_line_gives_one_entry_per_timed_item() -> None:
    lines = day_lines("<p>SÁBADO – 08/05/2027</p><ul><li>10:00 – Treino Livre</li><li>14 horas – Corrida</li></ul>")
    (bar,) = line_entries(lines[:1], today=dt.date(2027, 5, 1), skip_blocks=set())
    rows = listed_sessions(bar, lines, lines[0])
    assert [(row.day, row.time, row.title) for row in rows] == [
        (dt.date(2027, 5, 8), dt.time(10, 0), "Treino Livre"),
        (dt.date(2027, 5, 8), dt.time(14, 0), "Corrida"),
    ]


# --- 4. a date's and a time's spans side by side; a row that is one link around its blocks -------------------------
def test_a_date_and_a_time_in_spans_side_by_side_are_two_values() -> None:
    (line,) = day_lines("<div class='when'><span>13.10.2027</span><span>16:00</span></div>")
    assert line.text == "13.10.2027 16:00"
    (price,) = day_lines("<p>Entrada <span>R$</span> <span>20</span>, meia <span>10</span></p>")
    assert price.text == "Entrada R$ 20, meia 10"  # text between the values is kept as written


OSLO = zoneinfo.ZoneInfo("Europe/Oslo")


def oslo_events(body: str) -> list:
    """What the page reader makes of a Nynorsk page holding ``body`` on a municipality's site, from 1 October 2027."""
    start = dt.datetime(2027, 10, 1, tzinfo=OSLO)
    return parse_page(page(body, "nn"), zone=OSLO, base="https://kommune.example.no/moter/", start=start)


MEETINGS = (
    "<div class='meetings'>"
    "<a href='/Meetings/Details/501'><div class='name'><span>Kontrollutvalet (13.10.2027)</span></div>"
    "<div class='date'><span>13.10.2027</span><span>16:00</span></div></a>"
    "<a href='/Meetings/Details/502'><div class='name'><span>Eldrerådet (21.10.2027)</span></div>"
    "<div class='date'><span>21.10.2027</span><span>10:30</span></div></a>"
    "<a href='/Boards/Details/9'><div class='name'><span>Kommunestyret 2023 - 2027</span></div></a>"
    "</div>"
)


def test_each_row_that_is_one_link_is_a_meeting_at_its_time_with_that_link_as_its_page() -> None:
    events = oslo_events(MEETINGS)
    assert [(event.title, event.start, event.url) for event in events] == [
        (
            "Kontrollutvalet",
            dt.datetime(2027, 10, 13, 16, 0, tzinfo=OSLO),
            "https://kommune.example.no/Meetings/Details/501",
        ),
        (
            "Eldrerådet",
            dt.datetime(2027, 10, 21, 10, 30, tzinfo=OSLO),
            "https://kommune.example.no/Meetings/Details/502",
        ),
    ]


# --- 5. an event kept as a property's JSON value inside a script's object literal ---------------------------------
WALL = (
    "<html><head><title></title></head><body><div id='content'><script>\n"
    "app.controller('WallCtrl', function ($scope) {\n  $scope.wall = {\n"
    '    event: {"event_id":"77","name":"Open Data Day","date_from":"2027-03-06T09:00:00+01:00",'
    '"date_to":"2027-03-06T17:00:00+01:00","location":"Bratislava","timezone":"Europe/Bratislava"},\n'
    "    cols: null,\n    cells: []\n  }\n});\n</script><div class='wall'>JOIN at sli.do/od27</div></div></body></html>"
)


def test_an_event_a_script_keeps_as_a_propertys_json_value_is_read() -> None:
    zone = zoneinfo.ZoneInfo("Europe/Bratislava")
    events = parse_page(WALL, zone=zone, base=None, start=dt.datetime(2027, 3, 1, tzinfo=zone))
    assert [(event.title, event.start, event.end) for event in events] == [
        ("Open Data Day", dt.datetime(2027, 3, 6, 9, 0, tzinfo=zone), dt.datetime(2027, 3, 6, 17, 0, tzinfo=zone))
    ]


def test_a_scripts_settings_object_is_no_event() -> None:
    settings = WALL.replace('"name":"Open Data Day",', "").replace("date_from", "theme").replace("date_to", "font")
    zone = zoneinfo.ZoneInfo("Europe/Bratislava")
    assert parse_page(settings, zone=zone, base=None, start=dt.datetime(2027, 3, 1, tzinfo=zone)) == []


# --- 6. a microdata row's name that is a link: the event's page --------------------------------------------------
ROW = (
    "<div class='row' itemscope itemtype='http://schema.org/MusicEvent'>"
    "<meta itemprop='startDate' content='2027-06-12T20:00:00-04:00'>"
    "<h2 itemprop='name'><a href='/ticket/p/77/{slug}' title='Buy tickets for {name}'>{name}</a></h2>"
    "<span itemprop='location' itemscope itemtype='http://schema.org/Place'><meta itemprop='name' content='The Hall'>"
    "<a href='/venue/9'>The Hall</a></span></div>"
)


def listed(body: str) -> list[tuple[str, str | None]]:
    """What ``manage.py extract`` reads of the row ``body`` on a venue page listing it and another row."""
    zone = zoneinfo.ZoneInfo("America/New_York")
    now = dt.datetime(2027, 6, 1, tzinfo=zone)
    second = ROW.format(slug="duo", name="The Duo").replace("2027-06-12", "2027-06-19")
    payload = page(f"<ul><li>{body}</li><li>{second}</li></ul>", "en-US").encode()
    found = extract_document(
        payload, window=default_window(now), kind="auto", page_url="https://tickets.example/v/9", zone=zone
    )
    return [(event["title"], event.get("url")) for event in found.events][:1]  # the row under test


def test_a_microdata_events_name_that_is_a_link_gives_its_page() -> None:
    row = ROW.format(slug="quartet", name="The Quartet")
    assert listed(row) == [("The Quartet", "https://tickets.example/ticket/p/77/quartet")]


def test_a_name_with_no_link_leaves_the_event_without_a_page() -> None:
    linked = "<a href='/ticket/p/77/trio' title='Buy tickets for The Trio'>The Trio</a>"
    row = ROW.format(slug="trio", name="The Trio").replace(linked, "The Trio")
    assert listed(row) == [("The Trio", None)]  # not the place's link beside it


# --- 7. a definition list's fields; a range stacked one part per block ----------------------------------------------
CARDS = (
    "<div class='list'>"
    "<div class='item'><h4><a href='#/m/1'>Kontrollutvalet</a></h4>"
    "<div class='date'><div>14.</div><div>oktober</div><div>2027</div></div>"
    "<dl><div><dt>Tid</dt><dd>09:00</dd></div><div><dt>Stad</dt><dd>Kommunestyresalen</dd></div></dl></div>"
    "<div class='item'><h4><a href='#/m/2'>Ungdomsrådet</a></h4>"
    "<div class='date'><div>20.10.2027</div><div>-</div><div>22.10.2027</div></div>"
    "<dl><div><dt>Stad</dt><dd>Biblioteket</dd></div></dl></div>"
    "</div>"
)


def test_a_definition_lists_short_term_and_its_value_are_one_field_line() -> None:
    lines = [line.text for line in day_lines(CARDS)]
    assert lines == [
        "Kontrollutvalet",
        "14. oktober 2027",
        "Tid: 09:00",
        "Stad: Kommunestyresalen",
        "Ungdomsrådet",
        "20.10.2027 - 22.10.2027",  # a range stacked as three blocks is one line
        "Stad: Biblioteket",
    ]


def test_a_term_that_is_a_date_is_no_field_label() -> None:
    lines = [line.text for line in day_lines("<dl><dt>14. oktober 2027</dt><dd>Kommunestyresalen</dd></dl>")]
    assert lines == ["14. oktober 2027", "Kommunestyresalen"]


def test_meeting_cards_with_definition_list_fields_give_time_and_place() -> None:
    events = oslo_events(CARDS)
    assert [(event.title, event.start, event.end, event.venue_name) for event in events] == [
        ("Kontrollutvalet", dt.datetime(2027, 10, 14, 9, 0, tzinfo=OSLO), None, "Kommunestyresalen"),
        ("Ungdomsrådet", dt.date(2027, 10, 20), dt.date(2027, 10, 22), "Biblioteket"),
    ]


# --- 8. a news ticker's stamped headlines above an event page's own date -------------------------------------------
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
LIVE = (
    "<html lang='ja'><head><title>BAND ＠ WINTER FEST 27/28 (2027.12.29) | ライブ情報</title>"
    "<meta property='og:title' content='BAND ＠ WINTER FEST 27/28 (2027.12.29) | ライブ情報'></head><body>"
    "<div class='logo'><h1><img src='/logo.svg' alt='ライブ情報'></h1></div>"
    "<div class='ticker'>"
    "<dl><dt>[2028/01/01] </dt><dd><a href='/tv?ref=headline'>【注目番組】1/4(木)放送！特別番組</a></dd></dl>"
    "<dl><dt>[2027/12/28] </dt><dd><a href='/radio?ref=headline'>【ラジオ】インタビューをお届け！</a></dd></dl>"
    "<dl><dt>[2027/12/26] </dt><dd><a href='/c/147?ref=headline'>【おすすめ】ツアーについて語ろう♪</a></dd></dl>"
    "</div>{filler}"
    "<div class='data'><h4><a href='/artists/25'>BAND</a></h4><h4><a href='/events/842087'>WINTER FEST 27/28</a></h4>"
    "<div class='profile'><p class='date'>2027/12/29 (水)　19:30 出演</p>"
    "<address><a href='/venues/2'>＠EARTH STAGE at 幕張メッセ (千葉県)</a></address></div></div></body></html>"
)


def test_a_date_alone_in_square_brackets_is_a_news_stamp() -> None:
    assert reads_as_news("[2028/01/01]", None, None, [], timed=False) is not None
    assert reads_as_news("[2028/01/01]", None, None, [], timed=True) is None  # a time says it is no stamp
    assert reads_as_news("2028/01/01", None, None, [], timed=False) is None


def test_an_event_page_whose_title_states_its_day_is_that_days_event_not_the_tickers() -> None:
    filler = "<ul class='genres'>" + "".join(f"<li><a href='/g/{n}'>ジャンル {n}</a></li>" for n in range(45)) + "</ul>"
    payload = LIVE.replace("{filler}", filler).encode()
    now = dt.datetime(2027, 12, 1, tzinfo=TOKYO)
    found = extract_document(
        payload, window=default_window(now), kind="auto", page_url="https://live.example.jp/events/9", zone=TOKYO
    )
    assert [(event["start"], event["venue_name"]) for event in found.events] == [
        ("2027-12-29T19:30:00+09:00", "＠EARTH STAGE at 幕張メッセ (千葉県)")
    ]


# --- 9. the time a title link's accessible name gives ---------------------------------------------------------------
def card(label: str) -> str:
    return (
        "<div class='list'><div class='row'>"
        f"<h4><a href='#/m/3' aria-label='{label}'>Ungdomsrådet</a></h4><div class='date'><div>20.10.2027</div></div>"
        "<dl><div><dt>Stad</dt><dd>Biblioteket</dd></div></dl></div>"
        "<div class='row'><h4><a href='#/m/4'>Eldrerådet</a></h4><div class='date'><div>27.10.2027</div></div>"
        "<dl><div><dt>Tid</dt><dd>10:00</dd></div></dl></div></div>"
    )


def test_a_title_links_label_that_names_the_day_and_a_time_gives_the_time() -> None:
    events = oslo_events(card("Ungdomsrådet, 20.10.2027, kl. 15:45"))
    assert [event.start for event in events] == [
        dt.datetime(2027, 10, 20, 15, 45, tzinfo=OSLO),
        dt.datetime(2027, 10, 27, 10, 0, tzinfo=OSLO),
    ]


def test_a_label_that_names_another_day_gives_no_time() -> None:
    assert oslo_events(card("Ungdomsrådet, 21.10.2027, kl. 15:45"))[0].start == dt.date(2027, 10, 20)
