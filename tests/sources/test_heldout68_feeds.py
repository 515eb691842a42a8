"""The sixty-eighth held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout68.json: a Swiss town's RSS
1.0 "Anlässe" feed and, a hard negative, its news feed, djvit-iteelabs/Infosystem; a scraper's K-pop event cards
sharing one link and, a hard negative, its news, LIVESTREAM-KR/mymusictaste; a Serbian school's Google Calendar
"basic" entry, extreme64/studf; measured once before these rules: found 4/15, fields 91.7%, extra 5; no licence, so
nothing committed), on small documents of our own. What the first measure missed:

- ``<date>2031-03-03</date>`` alone in RSS 1.0 items with no pubDate (feedparser files it as a plain *updated*
  day): read by nothing. When every such day is on or after the fetch and they run in date order, they are a
  programme's days (``_feed_day_programme``); newest first, or before the fetch, they stay a post's;
- ``<ev:startdate>`` one whole month after each news notice's own ``<date>``, to the day, and ``<ev:enddate>`` months
  later: the notice's display window, read as events. Such a feed's start elements date nothing now
  (``_feed_notice_window``);
- "1/18/2031 - 1/30/2031" in an item's content: read by nothing. A run of two slashed dates whose order one part
  fixes (18 cannot be a month) is the item's days (``_feed_slash_range``);
- "a comeback with a brand new song on January 14th" in an entertainment news post: a release's day, read as an
  event. A date whose clause names a release and no happening is set aside in a news post (``_feed_release_day``).

What is NOT changed: a bare ``<date>`` beside a ``<time>`` (``_feed_bare_date``'s), a day-only ``<date>`` in a feed
whose days run newest first; a slashed run neither date orders ("3/4/2031 - 5/6/2031"); "Album release party on
January 14th" (a happening); a feed whose ev: starts fall on other days than its items' dates shifted by months.
Left: the first Anlässe item's rdf:about names another event than its <link> (the project links rdf:about; the link
is kept); a Google Calendar event page link is still replaced by the feed's page; the news feed's words still date
four notices ("läuft von Dienstag, 15. Februar"; two held as prose, two by their titles' days). Also: a feed declaring
the W3C's XML Events namespace (``http://www.w3.org/2001/xml-events``, DOM handlers) no longer says it lists events.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._feed_day_programme import bare_day, day_programme
from sources.adapters._feed_notice_window import notice_windows
from sources.adapters._feed_release_day import release_day
from sources.adapters._feed_slash_range import slash_run_when
from tests.sources.helpers import read_feed, titled_spans, wall_time

ZURICH = zoneinfo.ZoneInfo("Europe/Zurich")
SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")
read_zurich = functools.partial(read_feed, zone=ZURICH, start=dt.datetime(2031, 2, 14, 9, 0, tzinfo=ZURICH))
read_seoul = functools.partial(read_feed, zone=SEOUL, start=dt.datetime(2031, 12, 29, 9, 0, tzinfo=SEOUL))
NOW = dt.datetime(2031, 2, 14, 9, 0, tzinfo=ZURICH)


def rss1(channel: str, items: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rdf:RDF xmlns="http://purl.org/rss/1.0/" '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:ev="http://www.w3.org/2001/xml-events">'
        f'<channel rdf:about="https://town.example/de/{channel}.rss"><title>{channel} : Gemeinde</title>'
        f"<link>https://town.example/de/</link><description>Aktuelle {channel}</description></channel>{items}</rdf:RDF>"
    )


def item(title: str, day: str, slug: str, extra: str = "", description: str = "Details folgen.") -> str:
    return (
        f'<item rdf:about="https://town.example/de/a/?event_id={slug}"><dc:format>text/html</dc:format>'
        f"<date>{day}</date><title>{title}</title><link>https://town.example/de/a/?event_id={slug}</link>"
        f"<description>{description}</description>{extra}</item>"
    )


# --- a programme's bare days -----------------------------------------------------------------------------------------
ANLAESSE = [("Urknall", "2031-02-17"), ("Vollmondwalking", "2031-02-18"), ("Kinderumzug", "2031-03-03")]


def test_bare_days_running_forward_from_the_fetch_are_the_items_days() -> None:
    items = "".join(item(title, day, str(number)) for number, (title, day) in enumerate(ANLAESSE))
    events = read_zurich(rss1("Anlässe", items))
    assert titled_spans(events) == [(title, day, None) for title, day in ANLAESSE]


def test_bare_days_newest_first_or_before_the_fetch_are_a_posts() -> None:
    newest_first = "".join(item(t, d, str(n)) for n, (t, d) in enumerate(reversed(ANLAESSE)))
    assert read_zurich(rss1("News", newest_first)) == []
    past = [("Revision", "2031-01-10"), ("Resultate", "2031-01-20"), ("Frontoffice", "2031-02-20")]
    assert read_zurich(rss1("News", "".join(item(t, d, str(n)) for n, (t, d) in enumerate(past)))) == []


def test_the_programme_needs_enough_days_in_order_and_no_pubdates() -> None:
    entries = [{"updated": day} for _, day in ANLAESSE]
    assert day_programme(entries, NOW, None) is not None
    assert day_programme(entries[:2], NOW, None) is None  # two days say nothing of an order
    assert day_programme([{"updated": "2031-02-17"}] * 3, NOW, None) is None  # all the same day
    dated = [*entries[:2], {"updated": "2031-03-03", "published": "Mon, 03 Mar 2031 10:00:00 GMT"}]
    assert day_programme(dated, NOW, None) is None
    built = dt.datetime(2031, 2, 18, tzinfo=ZURICH)  # the feed's own date after the first day
    assert day_programme(entries, NOW, built) is None


def test_only_a_plain_day_is_a_bare_day() -> None:
    assert bare_day({"updated": "2031-03-03"}) == dt.date(2031, 3, 3)
    assert bare_day({"updated": "2031-03-03T10:00:00Z"}) is None
    assert bare_day({"updated": "2031-02-30"}) is None
    assert bare_day({"updated": "3. März 2031"}) is None


# --- event-module dates that are a notice's window ------------------------------------------------------------------
def window(start: str, end: str) -> str:
    return f"<ev:startdate>{start}</ev:startdate><ev:enddate>{end}</ev:enddate>"


def test_ev_dates_months_after_each_notice_to_the_day_are_windows() -> None:
    items = item("Revision der Richtplanung", "2031-02-14", "1", window("2031-03-14", "2031-05-14")) + item(
        "Frontoffice", "2031-02-09", "2", window("2031-03-09", "2031-06-09")
    )
    assert read_zurich(rss1("News", items)) == []


def test_ev_dates_on_other_days_stay_the_events() -> None:
    items = item("Konzert", "2031-02-10", "1", window("2031-03-14", "2031-03-14")) + item(
        "Lesung", "2031-02-09", "2", window("2031-03-20", "2031-03-20")
    )
    events = read_zurich(rss1("Anlässe", items))
    assert [(event["title"], wall_time(event["start"])) for event in events] == [
        ("Konzert", "2031-03-14"),
        ("Lesung", "2031-03-20"),
    ]


def test_the_window_rule_wants_every_item_and_a_long_window() -> None:
    notice = {"updated": "2031-02-14", "ev_startdate": "2031-03-14", "ev_enddate": "2031-05-14"}
    other = {"updated": "2031-02-09", "ev_startdate": "2031-03-09", "ev_enddate": "2031-06-09"}
    assert notice_windows([notice, other]) is not None
    assert notice_windows([notice]) is None  # one item proves no pattern
    short = {**other, "ev_enddate": "2031-03-20"}
    assert notice_windows([notice, short]) is None
    shifted = {**other, "ev_startdate": "2031-03-10"}  # not the same day of the month
    assert notice_windows([notice, shifted]) is None
    timed = {**other, "ev_startdate": "2031-03-09T19:00:00"}
    assert notice_windows([notice, timed]) is None


# --- a run of two slashed dates --------------------------------------------------------------------------------------
def cards(*lines: tuple[str, str]) -> str:
    items = "".join(
        f"<item><title><![CDATA[{title}]]></title><link>https://tickets.example/events/</link>"
        "<guid>https://tickets.example/events/</guid><pubDate>Mon, 29 Dec 2031 05:40:30 GMT</pubDate>"
        f'<content:encoded><![CDATA[<header><h3>{title}</h3><p class="date">{line}</p></header>]]></content:encoded>'
        "</item>"
        for title, line in lines
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Tickets - Events</title>'
        f"<link>undefined</link><description>undefined</description>{items}</channel></rss>"
    )


def test_a_slashed_run_one_part_orders_is_the_items_days() -> None:
    events = read_seoul(
        cards(("World Tour in USA", "1/18/2032 - 1/30/2032"), ("Tour in Europe", "3/29/2032 - 4/1/2032"))
    )
    assert titled_spans(events) == [
        ("World Tour in USA", "2032-01-18", "2032-01-30"),
        ("Tour in Europe", "2032-03-29", "2032-04-01"),
    ]


def test_a_slashed_run_read_day_first_when_a_first_part_says_so() -> None:
    when = slash_run_when(["18/1/2032 - 3/2/2032"], SEOUL)
    assert when is not None
    assert (when.start, when.end) == (dt.date(2032, 1, 18), dt.date(2032, 2, 3))


def test_a_slashed_run_no_part_orders_or_running_backwards_is_not_read() -> None:
    assert slash_run_when(["3/4/2032 - 5/6/2032"], SEOUL) is None
    assert slash_run_when(["1/18/2032 - 25/1/2032"], SEOUL) is None  # the two say different orders
    assert slash_run_when(["1/30/2032 - 1/18/2032"], SEOUL) is None
    assert slash_run_when(["1/18/32 - 1/30/32"], SEOUL) is None
    assert read_seoul(cards(("Tour", "3/4/2032 - 5/6/2032"))) == []


# --- a release's day in a news post ----------------------------------------------------------------------------------
def news(title: str, words: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Music - News</title>'
        "<link>https://music.example/news/</link><description>News</description>"
        f"<item><title>{title}</title><link>https://music.example/news/1/</link>"
        f"<pubDate>Sun, 28 Dec 2031 05:39:56 GMT</pubDate><description>{words}</description></item></channel></rss>"
    )


def test_a_release_day_in_a_news_post_is_no_event() -> None:
    words = "MLD Entertainment announced the group will be making a comeback with a brand new song on January 14th."
    assert read_seoul(news("MOMOLAND Joins the January Comeback Rush", words)) == []
    text = "Their new album drops on January 14th."
    assert release_day(text, text.index("January"))


def test_a_release_party_or_another_sentence_keeps_its_day() -> None:
    text = "Album release party at the Blue Note on January 14th."
    assert not release_day(text, text.index("January"))
    other = "The album is out now. Fans meet the band on January 14th."
    assert not release_day(other, other.index("January"))


# --- the W3C's XML Events namespace is no calendar's ----------------------------------------------------------------
def declared(namespace: str) -> str:
    return (
        f'<?xml version="1.0"?><rss version="2.0" xmlns:ev="{namespace}"><channel><title>Gemeinde - News</title>'
        "<link>https://town.example/de/</link><description>News</description><item><title>Frontoffice</title>"
        "<link>https://town.example/de/news/1</link><pubDate>Mon, 10 Feb 2031 08:00:00 GMT</pubDate>"
        "<description>Das Frontoffice ist am Samstag, 15. Februar 2031, von 09.00 Uhr bis 11.00 Uhr geöffnet."
        "</description></item></channel></rss>"
    )


def test_a_feed_declaring_w3c_xml_events_does_not_say_it_lists_events() -> None:
    (news_item,) = read_zurich(declared("http://www.w3.org/2001/xml-events"))
    assert news_item["evidence"]  # prose in a feed that does not say it lists events: held
    (event,) = read_zurich(declared("http://purl.org/rss/1.0/modules/event/"))
    assert not event["evidence"]
