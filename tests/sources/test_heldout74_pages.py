"""The seventy-fourth held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout74.json: measured
once at a2b7fa7c), on small documents of our own:

* A hand-made hCalendar prints its start as text in ``dtstart``: "2031-01-03 10:00pm EST" for a Friday radio show
  beside its Sunday club nights' plain "2031-01-05". The ISO reader dropped the timed ones. Now an ISO day with a
  12-hour (or 24-hour) clock and at most a known zone abbreviation is read, the clock in that zone
  (``_mf_clock_start``).
* A fight promotion's list prints each event as a row inside a bare wrapper ("<div><div class='promotion'><a>UFC
  300</a><span></span><span>Aug 18</span></div></div>"): the link's name glued to the day ("UFC 300Aug 18"), and each
  row counted as a list of one (its wrapper), so each was a lone date and nothing was read. Now text after a link,
  with only empty elements between, starts a word of its own, and a row's list is found through single-child
  wrappers (``_page_lines``, ``_page_schedule_lines``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import lxml.html

from sources.adapters._mf_clock_start import clock_start
from sources.adapters._page_lines import page_lines
from sources.adapters._page_schedule_lines import _list_of, _wrapped_list
from tests.sources.helpers import read_page

TORONTO = zoneinfo.ZoneInfo("America/Toronto")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
START = dt.datetime(2031, 1, 2, 12, 0)  # noqa: DTZ001


VEVENT = (
    '<div class="vevent"><span class="summary">{name}</span><a class="url" href="/events/view.php?event={number}">'
    'Full Info</a><span class="dtstart">{when}</span><span class="location">Kingston, Ontario</span></div>'
)


def test_an_hcalendar_start_with_a_12_hour_clock_and_a_zone_is_read() -> None:
    page = (
        "<html><body><h1>Events for January 2031</h1>"
        + VEVENT.format(number=1, name="Night Radio", when="2031-01-03 10:00pm EST")
        + VEVENT.format(number=2, name="Club Night", when="2031-01-05")
        + VEVENT.format(number=3, name="Night Radio", when="2031-01-10 10:00pm EST")
        + "</body></html>"
    )
    events = read_page(page, url="https://club.example/calendar", zone=TORONTO, start=START)
    assert [(e["title"], e["start"]) for e in events] == [
        ("Night Radio", "2031-01-03T22:00:00-05:00"),
        ("Club Night", "2031-01-05"),
        ("Night Radio", "2031-01-10T22:00:00-05:00"),
    ]


def test_a_clock_start_reads_only_its_own_shape() -> None:
    assert clock_start("2031-01-03 10:00pm EST", tz=TORONTO) == dt.datetime(2031, 1, 3, 22, 0, tzinfo=TORONTO)
    assert clock_start("2031-01-03 7 p.m.", tz=TORONTO) == dt.datetime(2031, 1, 3, 19, 0, tzinfo=TORONTO)
    # a Pacific abbreviation read by a source in Toronto: the clock is the Pacific's
    pacific = clock_start("2031-01-03 10:00pm PST", tz=TORONTO)
    assert pacific is not None
    assert pacific.astimezone(TORONTO).hour == 1
    # Not: an unknown word after the clock, an impossible hour or minute, an hour alone, a day in words
    for text in ("2031-01-03 10:00pm PARTY", "2031-01-03 13:00pm", "2031-01-03 10:75pm", "2031-01-03 10", "Jan 3 10pm"):
        assert clock_start(text, tz=TORONTO) is None, text


ROW = '<div><div class="promotion"><a href="/fightcenter/events/{n}">{name}</a><span></span><span>{day}</span></div></div>'
read_list = functools.partial(read_page, url="https://fights.example/fightcenter", zone=NEW_YORK, start=START)


def fight_list(*rows: tuple[int, str, str]) -> str:
    body = "".join(ROW.format(n=n, name=name, day=day) for n, name, day in rows)
    return f'<html><body><div class="fightcenterEvents">{body}</div></body></html>'


def test_wrapped_rows_of_a_link_and_a_day_are_a_list() -> None:
    events = read_list(fight_list((1, "Cage Night Ottawa", "Jan 18"), (2, "Fight Friday Lyon", "Jan 19")))
    assert [(e["title"], e["start"], e["url"]) for e in events] == [
        ("Cage Night Ottawa", "2031-01-18", "https://fights.example/fightcenter/events/1"),
        ("Fight Friday Lyon", "2031-01-19", "https://fights.example/fightcenter/events/2"),
    ]


def test_a_row_list_is_found_through_bare_wrappers_only() -> None:
    rows = "".join(
        f'<div><div class="r"><a href="/e/{n}">Night {n}</a> <span>Jan 1{n}</span></div></div>' for n in (1, 2)
    )
    said = "".join(f'<div>Posted by us <div class="r"><a href="/e/{n}">Night {n}</a></div></div>' for n in (1, 2))
    root = lxml.html.fromstring(f'<div id="list">{rows}</div><div id="posts">{said}</div>')
    lists = [_list_of(line) for line in page_lines(root, base=None) if line.text.startswith("Night")]
    assert [group.get("id") for group in lists[:2]] == ["list", "list"]
    # Not: a wrapper with words of its own is the row's own list, not its parent's
    assert [group.get("id") for group in lists[2:]] == [None, None]


def test_a_title_beside_its_wrapped_date_is_no_row_of_the_wrapped_list() -> None:
    # Not: an item's title line and its date column's bare wrapper, side by side in one element, are not two rows
    item = '<a id="item"><div class="left">Staff day 12 May</div><div class="right"><div>12 May</div></div></a>'
    title, day = page_lines(lxml.html.fromstring(f"<div>{item}</div>"), base=None)
    assert _wrapped_list(title) is None
    wrapped = _wrapped_list(day)
    assert wrapped is not None
    assert wrapped[1].get("id") == "item"
    assert wrapped != _list_of(title)


def line_texts(html: str) -> list[str]:
    return [line.text for line in page_lines(lxml.html.fromstring(html), base=None)]


def test_text_after_a_link_starts_a_word_of_its_own() -> None:
    assert line_texts('<div><a href="/e/1">Cage Night</a><span></span><span>Aug 18</span></div>') == [
        "Cage Night Aug 18"
    ]
    # Not: a word split in lower case, a formula's number, text after plain text
    assert line_texts('<div><a href="/w">Sym</a><span>phony</span></div>') == ["Symphony"]
    assert line_texts('<div><a href="/c">CO</a><sub>2</sub> levels</div>') == ["CO2 levels"]
    assert line_texts('<div><a href="/e/1">Cage Night</a>, <span>Aug 18</span></div>') == ["Cage Night, Aug 18"]
