"""The thirty-seventh held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout37.json: measured
once at 4eea79d), each rule on a small document of our own:

1. a card heading whose name meets its subtitle's inline element with no space, letter to capital
   ("<h1>Herman van Veen<span>Dat kun je wel zien</span></h1>", the span set on its own line by the page's style),
   is two pieces, as the page shows them: "Herman van Veen Dat kun je wel zien", not "Herman van VeenDat kun je
   wel zien"; a word split in lower case ("<span>Sym</span>phony") stays one (_page_cards.block_text, with the
   table cells' _page_iso_days.capital_glued).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from lxml import html as lxml_html

from sources.adapters._page_cards import block_text
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
AUGUST = dt.datetime(2027, 8, 1, tzinfo=AMSTERDAM)


def read(body: str, *, url: str = "https://schouwburg.example.nl/programma/") -> list:
    window = FetchWindow(AUGUST, AUGUST + dt.timedelta(days=365))
    return extract_document(body.encode(), window=window, page_url=url, zone=AMSTERDAM).events


def card(slug: str, when: str, name: str, subtitle: str) -> str:
    return f"""
<article class="program__item"><a href="/programma/{slug}/" class="program__link">
  <time datetime="{when}" class="program__date"><span>za</span><strong>4</strong><span>sep</span></time>
  <div class="program__content"><h2>{name}<span>{subtitle}</span></h2><p>Een avond vol liedjes</p></div>
</a></article>"""


# --- 1. a heading's name glued to its subtitle's inline element ------------------------------------------------
PROGRAMME = (
    "<html><body><main><section class='program__list'>"
    + card("de-zangers", "2027-09-04T20:15:00+02:00", "De Zangers", "Alles komt goed")
    + card("het-orkest", "2027-09-05T20:00:00+02:00", "Het Noordelijk Orkest", "Symfonie nummer vijf")
    + card("de-spelers", "2027-09-06T20:30:00+02:00", "De Spelers", "Een komedie")
    + "</section></main></body></html>"
)


def test_a_heading_name_glued_to_its_subtitle_span_is_two_pieces() -> None:
    events = read(PROGRAMME)

    assert [event["title"] for event in events] == [
        "De Zangers Alles komt goed",
        "Het Noordelijk Orkest Symfonie nummer vijf",
        "De Spelers Een komedie",
    ]
    assert str(events[0]["start"])[:16] == "2027-09-04T20:15"


def test_a_word_split_in_lower_case_or_at_a_space_stays_as_written() -> None:
    def text(fragment: str) -> str:
        return block_text(lxml_html.fragment_fromstring(fragment))

    assert text("<h2><span>Sym</span>phony Night</h2>") == "Symphony Night"  # lower case: one word
    assert text("<h2>Jazz <span>Night</span></h2>") == "Jazz Night"  # already apart
    assert text("<h2>Opera<span>Tonight</span></h2>") == "Opera Tonight"  # letter to capital: two pieces
    assert text("<h2>Paul Mc<span>Cartney</span></h2>") == "Paul McCartney"  # after a name's short prefix: one
    assert text("<h2>Tour 20<span>27</span></h2>") == "Tour 20 27"  # digits stay apart, as before
    assert text("<h2>Swing<span>, Blues</span> &amp; <b>Soul</b></h2>") == "Swing, Blues & Soul"
