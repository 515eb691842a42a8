"""review37: this session's new extractor rules tried both ways, and the misfires the probes found, fixed.

- A premiere's qualifier in capitals ("Dune – UK PREMIERE") was left as the title's end ("Dune – UK"): taken off with
  the badge when a separator sets both off; the title kept whole when none does (``title_badges``).
- A microdata card's sale, announcement or sign-up moment ("data-onsale-time", "data-announced-date",
  "data-registration-date") was read as its start (``_md_data_start.NOT_START_IN``).
- "Dørene åbner 19:00 · Koncert 20:00" kept the doors' time: "Koncert"/"Konsert" alone is a show's word
  (``_page_doors.SHOW_BEFORE``).
- The doors' pairs of a single page read every clock against the rest of the page: 200 clocks on 20,000 characters
  took 5 s; now only a page with a doors' word, each clock in a window (``_page_doors_evidence``).
- "public_visible": 0 (a number) kept the item (``_json_gone``).
- A midnight pubDate's day took a price's figure ("16.11. | 18.00 Fr.") or a ticket sale's start ("Kartenverkauf
  ab 16.11. um 10:00") as its clock (``_feed_day_clock``).
Dates are 2031.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import zoneinfo

import lxml.html
import pytest

from events.pipeline.title_badges import without_badge
from sources.adapters import _page_doors_evidence
from sources.adapters._feed_day_clock import day_at_clock
from sources.adapters._feed_when import make_when
from sources.adapters._json_gone import gone
from sources.adapters._md_data_start import data_start
from sources.adapters._page_articles import article_shape
from sources.adapters._page_card_twins import _common
from sources.adapters._page_date_clocks import _show_clock
from sources.adapters._page_doors_evidence import doors_pairs
from sources.adapters._page_schedule_lines import _bare_wrapper
from tests.sources.helpers import one_event, read_page

COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")
VIENNA = zoneinfo.ZoneInfo("Europe/Vienna")
read = functools.partial(
    read_page, url="https://venue.example/event/", zone=COPENHAGEN, start=dt.datetime(2031, 4, 1, 12, tzinfo=COPENHAGEN)
)


def _page(title: str, start: str, text: str) -> str:
    data = {"@context": "https://schema.org", "@type": "Event", "name": title, "startDate": start,
            "location": {"@type": "Place", "name": "Vega", "address": "Enghavevej 40, København"}}  # fmt: skip
    return (
        f'<html><head><script type="application/ld+json">{json.dumps(data)}</script></head>'
        f"<body><h1>{title}</h1><p>{text}</p></body></html>"
    )


# --- premiere badges ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Dune – UK PREMIERE", "Dune"),
        ("Oppenheimer | NORDIC PREMIERE", "Oppenheimer"),
        ("Star Wars: Episode IV – UK PREMIERE", "Star Wars: Episode IV"),
        ("Hamlet – SVENSK URPREMIÄR", "Hamlet"),
        ("Carmen – NY PREMIERE!", "Carmen"),
        # as pages98 left them
        ("Hamlet – PREMIERE", "Hamlet"),
        ("Vem fan gillar opera? PREMIÄR", "Vem fan gillar opera?"),
        ("Jag är Ulla Winblad PREMIÄR", "Jag är Ulla Winblad"),
        ("Die Fledermaus (PREMIERE)", "Die Fledermaus"),
    ],
)
def test_a_premieres_badge_and_its_qualifier_come_off(title: str, expected: str) -> None:
    assert without_badge(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Star Wars Episode IV UK PREMIERE",  # no separator: which capitals are the title's is a guess
        "The Premiere",
        "Film Premiere Night",
        "Gala PREMIERE Night",
        "NEW YORK PREMIERE",
        "Die Fledermaus – Premiere",
    ],
)
def test_hard_negative_titles_that_keep_their_premiere(title: str) -> None:
    assert without_badge(title) == title


def test_a_premiere_page_is_titled_without_the_qualifier() -> None:
    page = _page("Dune – UK PREMIERE", "2031-05-03T19:00:00+02:00", "Saturday 3 May 2031 at 19:00")
    assert one_event(read(page))["title"] == "Dune"


# --- a microdata card's data attributes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "attributes",
    [
        {"data-onsale-time": "2031-04-01 10:00"},
        {"data-presale-date": "2031-04-01"},
        {"data-announced-date": "2031-01-10"},
        {"data-registration-date": "2031-03-01"},
        {"data-release-date": "2031-02-01"},
    ],
)
def test_hard_negative_a_sale_an_announcement_or_a_sign_up_is_no_start(attributes: dict[str, str]) -> None:
    assert data_start(attributes) is None
    assert data_start({**attributes, "data-start": "2031-05-03 19:30"}) == "2031-05-03T19:30"


def test_a_calendar_date_attribute_is_still_a_start() -> None:
    assert data_start({"data-calendar-date": "2031-05-03", "data-fulltime": "2031-05-03 19:30:00"}) == (
        "2031-05-03T19:30:00"
    )


# --- doors and show ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Lørdag 3. maj 2031 · Dørene åbner 19:00 · Koncert 20:00", "2031-05-03T20:00:00+02:00"),
        ("Lørdag 3. mai 2031 · Dørene åpner 19:00 · Konsert 20:00", "2031-05-03T20:00:00+02:00"),
        # a meal is no doors; doors after midnight's show are not moved
        ("Lørdag 3. maj 2031 · Spisning 19:00 · Koncert 20:00", "2031-05-03T19:00:00+02:00"),
        ("Lørdag 3. maj 2031 · Doors 19:00 / Show 00:30", "2031-05-03T19:00:00+02:00"),
    ],
)
def test_a_nordic_concert_starts_at_the_show(text: str, start: str) -> None:
    event = one_event(read(_page("Bandet live", "2031-05-03T19:00:00+02:00", text)))
    assert event["start"] == start


def test_doors_pairs_far_into_the_text_and_across_windows() -> None:
    text = "x " * 7_500 + "Dörrar 18:00 · På scen 20:00 " + "y " * 450 + "Doors 19:00 / Show 21:00"
    assert doors_pairs(text) == {(dt.time(18), dt.time(20)), (dt.time(19), dt.time(21))}
    assert doors_pairs("x " * 399 + "Doors 19:00 / Show 21:00") == {(dt.time(19), dt.time(21))}


def test_hard_negative_no_doors_word_no_pair() -> None:
    assert doors_pairs("Matinee 15:00 / Show 20:00, workshop 10:00 - 12:00") == set()


@pytest.mark.parametrize(
    "text", [("Doors 7pm / Show 8pm. " * 1_000)[:20_000], ("at 7pm and 8pm, " * 2_000)[:20_000] + " doors"]
)
def test_doors_pairs_reads_windows_not_the_rest_of_the_page(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page of clocks: each clock is read in a window after it, not in the whole rest of the page (reading the
    rest made 200 clocks on 20,000 characters cost about 5 s). Counted in characters handed to the clock reader."""
    read: list[int] = []

    def counted(rest: str, *args: object, **kwargs: object) -> object:
        read.append(len(rest))
        return _show_clock(rest, *args, **kwargs)

    monkeypatch.setattr(_page_doors_evidence, "_show_clock", counted)
    _page_doors_evidence.doors_pairs(text)
    assert read
    assert max(read) <= _page_doors_evidence.WINDOW
    assert len(read) <= 3 * _page_doors_evidence.MAX_CLOCKS


# --- "public_visible": 0 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [0, "0", False, "no"])
def test_public_visible_said_no_is_gone(value: object) -> None:
    assert gone({"title": "Parish council meeting", "public_visible": value})


@pytest.mark.parametrize(
    "item", [{"public_visible": 1}, {"public_visible": True}, {"public_transport": 0}, {"visible_from": 0}]
)
def test_hard_negative_public_visible_yes_or_other_keys_kept(item: dict[str, object]) -> None:
    assert gone({"title": "Summer fete", **item}) is None


# --- a midnight pubDate's day at the clock beside it --------------------------------------------------------------

DAY = make_when(dt.date(2031, 11, 16), None, zone=VIENNA, exclusive_end=False)


@pytest.mark.parametrize(
    "text",
    [
        "Sonntag, 16.11. | 18.00 Fr. Eintritt",
        "16.11. | 20:00 Kč",
        "Kartenverkauf ab 16.11. um 10:00 Uhr",
        "Einsendeschluss 16.11. 12:00",
        "Tickets on sale 16.11. 10:00",
    ],
)
def test_hard_negative_a_price_or_a_sale_is_no_clock(text: str) -> None:
    assert day_at_clock(DAY, [text], VIENNA).start == dt.date(2031, 11, 16)


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Dienstag, 12.11. I 20:00 Samstag, 16.11.I 20.00", dt.time(20)),
        ("Sonntag, 16.11. | 19:30 Uhr, Eintritt frei", dt.time(19, 30)),
        ("Sa 16.11. – 21.00", dt.time(21)),
    ],
)
def test_the_days_own_clock_is_still_read(text: str, clock: dt.time) -> None:
    start = day_at_clock(DAY, [text], VIENNA).start
    assert isinstance(start, dt.datetime)
    assert start.timetz().replace(tzinfo=None) == clock


# --- a bare wrapper, told without counting a long list's every row --------------------------------------------------


@pytest.mark.parametrize(
    ("markup", "bare"),
    [
        ("<div><p>Quiz night</p></div>", True),
        ("<div><!-- a note --><p>Quiz night</p></div>", True),
        ("<div><p>Quiz night</p><p>Folk session</p></div>", False),
        ("<div>What's on<p>Quiz night</p></div>", False),
        ("<div>" + "<p>row</p>" * 1_200 + "</div>", False),
    ],
)
def test_a_bare_wrapper_has_one_element_and_no_text(markup: str, bare: bool) -> None:
    parent = lxml.html.fragment_fromstring(markup)
    child = next(node for node in parent if isinstance(node.tag, str))
    assert _bare_wrapper(parent, child) is bare


def test_bare_articles_of_one_parent_share_a_shape_and_others_do_not() -> None:
    """The shape names the parent by its path: an element proxy's id changes once nobody holds it, or is reused."""
    root = lxml.html.fromstring(
        "<html><body><div><article>Quiz night</article><article>Folk session</article></div>"
        "<div><article>Posted on 3 March</article></div><div><article class='post'>News</article></div></body></html>"
    )
    first, second, other, classed = root.iter("article")
    assert article_shape(first) == article_shape(second)
    assert article_shape(first) != article_shape(other)
    assert article_shape(classed) is None


def test_two_cards_common_ancestor_is_their_own_card() -> None:
    """The nearest element holding both: the ancestors are held while compared (see _page_card_twins._common)."""
    root = lxml.html.fromstring(
        "<html><body><section><div class='card'><h3>Quiz night</h3><p>20 June 2031</p></div>"
        "<div class='card'><h3>Folk session</h3></div></section></body></html>"
    )
    title, day, other = root.iter("h3", "p")
    assert _common(title, day).get("class") == "card"
    assert _common(title, other).tag == "section"
