"""PageText finds each event's block through one index per page: the same blocks as reading every element
for every event, on a page of tens of thousands of elements (a 3.2 MB page took 66 s)."""

from __future__ import annotations

import lxml.html

from sources.adapters._page_evidence import MAX_HOLDERS, PageText


def test_each_title_finds_its_own_card_among_forty_thousand_elements() -> None:
    cards = "".join(
        f'<div id="card-{i}"><h3>Quiz night {i}</h3><p>March {i % 28 + 1}, 7:00 pm</p></div>' for i in range(200)
    )
    filler = "<ul>" + "".join(f"<li><span>item {i}</span></li>" for i in range(40_000)) + "</ul>"
    page = PageText(lxml.html.fromstring(f"<html><body>{cards}{filler}</body></html>"))

    assert [page.block(f"Quiz night {i}").get("id") for i in (0, 7, 199)] == ["card-0", "card-7", "card-199"]


def test_the_shortest_holder_wins_and_a_title_shown_nowhere_has_no_block() -> None:
    html = """<html><body><p>Annual board meeting of the society, with the board meeting minutes</p>
      <section id="card"><h2>Board meeting</h2><p>7 pm</p></section><p>{filler}</p></body></html>"""
    page = PageText(lxml.html.fromstring(html.format(filler="news " * 400)))  # a body too long to be a block

    assert page.block("Board  Meeting!").get("id") == "card"
    assert page.block("board meet").get("id") == "card"  # part of a text, as before: the shortest holder
    assert page.block("Garden party") is None


def test_a_title_inside_more_elements_than_the_cap_still_finds_a_holder() -> None:
    items = "".join(f"<li>the e-{i} list item</li>" for i in range(MAX_HOLDERS + 500))
    page = PageText(lxml.html.fromstring(f"<html><body><ul>{items}</ul></body></html>"))

    assert page.block("e 3").text_content() == "the e-3 list item"
