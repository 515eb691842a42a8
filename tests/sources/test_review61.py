"""Review 61 (issue #13): an adversarial review of the rules merged with pages122, apis83, feeds82 and cats42; the
probes and their outcomes are in docs/review61-probes.md. What misfired, mended here, each on a small document:

* A title "Keynote Address: The Future of Cities" was split into a name "Keynote" and a place (``_page_named_place``):
  the text after a name's place label is its place only when it reads "Venue, Town".
* A card's "<h6>Beethoven, Brahms</h6>" and "<h6>Anna de Vries, Piano</h6>" were its place
  (``_page_subheading_place``): the venue's part is a building's word or more than one word, and a performer's
  instrument or voice is no town.
* A card whose only date is one of history took another card's date from the list around it
  (``_page_history_dates``): the parent is read only when it holds no other card's heading.
* "Special Guest (Example)" was left out as a template's placeholder (``_page_template_entries``): an ordinary word
  in brackets needs a template's slot in the record too.
* A film titled "<h3>Past</h3>" was its own "ended" badge (``_page_past_cards``): a heading is no badge.
* An object of thousands of lists of objects took half as long again to refuse as before apis83 (``_json_one_event``
  read every list through, 78 s against 50 s for 3,000 lists): only the first few item lists are read through.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import zoneinfo

import lxml.html

from sources.adapters import _json_infer
from sources.adapters._json_one_event import MAX_LISTS_ASKED, _not_an_event
from sources.adapters._page_past_cards import ended_badge
from sources.adapters._page_subheading_place import subheading_place
from tests.sources.helpers import read_feed, read_page

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
LONDON = zoneinfo.ZoneInfo("Europe/London")
START = dt.datetime(2031, 3, 1, 9)  # noqa: DTZ001  (the reader's zone)
read_berlin = functools.partial(read_page, url="https://club.example/termine.html", zone=BERLIN, start=START)
read_paris = functools.partial(read_page, url="https://club.example/agenda.html", zone=PARIS, start=START)
read_london = functools.partial(read_page, url="https://club.example/whats-on.html", zone=LONDON, start=START)


def _rows(titles: tuple[str, ...]) -> str:
    return (
        '<html lang="en"><body><h1>Programme</h1><ul class="dates">'
        + "".join(
            f'<li><time datetime="2031-10-{9 + i:02d}">{9 + i}.10.2031</time><div><strong>{title}</strong>'
            "<span> · 19:00 Uhr</span></div></li>"
            for i, title in enumerate(titles)
        )
        + "</ul></body></html>"
    )


def test_a_titles_label_word_is_a_place_label_only_before_a_venue_and_its_town() -> None:
    titles = ("Keynote Address: The Future of Cities", "Escape Room: The Heist", "Pub Quiz Where: The Red Lion, Oxford")
    events = read_berlin(_rows(titles))
    assert [(e["title"], e["venue_name"]) for e in events] == [
        ("Keynote Address: The Future of Cities", None),
        ("Escape Room: The Heist", None),
        ("Pub Quiz", "The Red Lion, Oxford"),
    ]


def _card(inner: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(f"<div><h4>Concert</h4>{inner}<p>3 april 2031 - 15u00</p></div>")


def test_a_list_of_names_or_a_performer_and_instrument_is_no_sub_heading_place() -> None:
    for below in ("Beethoven, Brahms", "Mozart, Haydn, Schubert", "Jazz, Blues", "Anna de Vries, Piano"):
        assert subheading_place(_card(f"<h6>{below}</h6>").find("h4")) is None, below
    for place in ("Buurtkerk, Noordwijk aan Zee", "De Muze, Noordwijk", "Protestantse Gemeente, Warmond"):
        assert subheading_place(_card(f"<h6>{place}</h6>").find("h4")) == place


def _history(first: tuple[str, str, str]) -> str:
    cards = (first, ("", "Fête nationale", "Le 14 juillet 2031 à 21h."))
    return (
        '<html lang="fr"><body><h1>Manifestations</h1><div class="list">'
        + "".join(
            f'<div class="event"><div class="date-box">{badge}</div><div class="info"><h3>{title}</h3><p>{words}</p>'
            "</div></div>"
            for badge, title, words in cards
        )
        + "</div></body></html>"
    )


def test_a_card_of_history_alone_takes_no_date_from_the_list_around_it() -> None:
    events = {e["title"]: e["start"] for e in read_paris(_history(("", "Armistice du 11 novembre 1918", "Texte.")))}
    assert not events["Armistice du 11 novembre 1918"].startswith("2031-07-14")
    # the badge beside the card still dates it
    badged = {e["title"]: e["start"] for e in read_paris(_history(("08 Mai", "Commémoration du 8 Mai 1945", "")))}
    assert badged["Commémoration du 8 Mai 1945"].startswith("2031-05-08")


def _listing(*rows: tuple[str, str]) -> str:
    return (
        "<html lang='en'><body><h1>What's on</h1><div class='list'>"
        + "".join(
            f"<div class='event'><h3>{title}</h3><p>{10 + i} May 2031, 7:30pm</p><p>{words}</p></div>"
            for i, (title, words) in enumerate(rows)
        )
        + "</div></body></html>"
    )


def test_an_ordinary_word_in_brackets_is_a_placeholder_only_beside_a_templates_slot() -> None:
    page = _listing(("Special Guest (Example)", "The rapper live."), ("Cheese Night (Sample)", "Six cheeses."))
    assert [e["title"] for e in read_london(page)] == ["Special Guest (Example)", "Cheese Night (Sample)"]
    template = _listing(("Christmas Party (Placeholder)", "Fun."), ("Summer Fair (Example)", "[Time] at [Venue]"))
    assert read_london(template) == []


def test_a_heading_is_no_ended_badge() -> None:
    assert not ended_badge(lxml.html.fragment_fromstring("<div><h3>Past</h3><p>10 février 2031 à 20h</p></div>"))
    assert ended_badge(lxml.html.fragment_fromstring("<div><span>Passé</span><h3>Bal</h3></div>"))


def test_only_the_first_few_item_lists_of_an_object_are_read_through(monkeypatch) -> None:
    calls: list[str] = []
    real = _json_infer.infer_list

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(str(args[0]))
        return real(*args, **kwargs)

    monkeypatch.setattr(_json_infer, "infer_list", counted)
    lists = {f"items{i}": [{"a": i}] for i in range(50)}
    assert _not_an_event({"name": "Fest", "startDate": "2031-05-10T18:00:00", **lists})
    assert len(calls) == MAX_LISTS_ASKED
    # a match's list of scores is still no list of its events: the match is one event
    match = {
        "matchID": 1,
        "matchDateTime": "2031-05-10T15:30:00",
        "team1": {"teamName": "FC A"},
        "team2": {"teamName": "FC B"},
        "matchResults": [{"resultName": "Halbzeit", "pointsTeam1": 1, "pointsTeam2": 0}],
        "location": {"locationCity": "Berlin"},
    }
    assert not _not_an_event(match)
    assert [e["title"] for e in read_feed(json.dumps(match), zone=BERLIN, start=START)] == ["FC A vs FC B"]
