"""Pages that say they list records of another kind than events: none of their rows is read (helper review34). Pure.

Ordinary pages were read as events at confidence 0.7 to 0.9, each row at its day and time:
- a status page's maintenance windows ("Scheduled maintenance: 14 June 2031 02:00–04:00 UTC — API degraded" under
  "Acme system status"; a network's "Planned works" table, Service | Window | Impact), as the JSON reader already
  refuses them (``_json_service_records``);
- an exam timetable ("Paper 1 | Mathematics | 14 June 2031 | 09:00" under "Summer exam timetable"; Subject | Paper |
  Duration columns);
- a court list ("Case No. CR-2031-0412 | R v Smith | Courtroom 3 | 10:00" under "Daily court list");
- TV or radio listings ("BBC One 20:00 Film: The Great Escape" under "TV listings tonight"; a "Radio schedule";
  Channel | Programme columns);
- a dividend history (Ex-dividend date | Record date | Payment date) and an earnings calendar (Symbol | Report date |
  EPS estimate);
- a tide table (High tide | Low tide rows under "Tide times for Whitby"), titled by the heading so that
  ``_page_record_titles`` did not know its rows;
- a restaurant's menu ("Mittagstisch", "Speisekarte", "Wochenkarte" over "12.05 (Mo) Schnitzel 9,50 €": the day a
  dish is served, or a dish's price read as a day).

The refusal is said only where the page says what it lists: its title or main heading (``PageInfo``), a table's
caption, or two of a table's column names of that kind (a menu: its heading and three prices at least). The run's
notes say which kind and why.

Not (each kept: ``tests/sources/test_review34_misfires.py``): a bike maintenance workshop, a garden maintenance
volunteer day (no status page's words); exam revision workshops, a talk on exam stress (no timetable's heading nor a
paper's column); the Court Theatre's shows, a mock trial competition (a "court" that is no court list; one column);
a pub's live sport on the big screen (no TV listings' heading, no channel and programme columns); a dividend investing
evening (an event's name); a band or a film called "High Tide" (no tide table's heading); a restaurant's events page;
review36: a tennis club's "Court calendar" (a sport's court: ``SPORTS_COURT``), a "Burns Night supper – set menu" with
its three prices (an occasion's menu: ``OCCASION``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_departure_boards import transport_page
from sources.adapters._page_info import PageInfo
from sources.adapters._page_menu_events import events_section_only
from sources.adapters._page_menu_sections import menu_sections
from sources.adapters._page_menu_weeks import MENU_WORD
from sources.adapters._page_notice_dates import NOTICE_PAGE, notice_kind
from sources.adapters._page_weekly_transit import TRANSPORT_PAGE

NOT_EVENTS_PAGE = "{page} lists {kind} ({said!r}): its rows are no events; none read"
MAX_TITLE = 160
MAX_COLUMNS = 200  # a table's header cells looked at
MAX_TEXT = 20_000
MIN_COLUMNS = 2  # two of a kind's column names: one ("Court", "Duration") is any table's
MIN_PRICES = 3  # a menu's dishes, not an event's ticket price
MENU = "a menu"

COURT = "a court list"
HEADINGS = {
    "maintenance windows": re.compile(
        r"\b(?:(?:scheduled|planned|upcoming)\s+(?:maintenance|downtime|outages?|works)|maintenance\s+(?:windows?|"
        r"schedule|calendar|notices?|announcements?)|(?:systems?|services?|platform|network|api)\s+status|status\s+"
        r"(?:page|dashboard)|incident\s+history|wartungs(?:arbeiten|fenster|termine)|geplante\s+wartung|maintenance\s+"
        r"programm[ée]e|mantenimiento\s+programado|manutenzione\s+programmata|gepland\s+onderhoud)\b",
        re.IGNORECASE,
    ),
    "an exam timetable": re.compile(
        r"\b(?:(?:mock\s+)?exam(?:ination)?s?|assessments?)\s+(?:timetable|schedule|dates|calendar|series)|"
        r"(?:timetable|schedule)\s+of\s+exam(?:ination)?s|(?:gcse|a[-\s]level|igcse|sqa)\s+(?:exam(?:ination)?s|"
        r"timetable)|pr[üu]fungs(?:plan|termine|zeitplan|kalender)|klausur(?:plan|termine)|calendrier\s+des\s+"
        r"(?:examens|[ée]preuves)|examenrooster|tentamenrooster|calendario\s+(?:de\s+ex[áa]menes|degli\s+esami)",
        re.IGNORECASE,
    ),
    "a court list": re.compile(
        r"\b(?:court|cause|hearings?|trial|warned)\s+lists?\b|\bcourt\s+(?:calendar|hearings|listings?|sittings)\b|"
        r"\blist\s+of\s+(?:hearings|cases)\b|\bmagistrates'?\s+(?:court\s+)?(?:hearings|lists?|sittings)\b|"
        r"\bverhandlungs(?:termine|kalender|liste)|\br[ôo]le\s+d'audience|"
        r"\baudiences\s+du\s+tribunal|\bzittingsrol",
        re.IGNORECASE,
    ),
    "TV or radio listings": re.compile(
        r"\b(?:tv|television|telly|radio)\s+(?:listings?|guide|schedule|highlights|programmes?|programs?|tonight)\b|"
        r"\bwhat'?s\s+on\s+(?:tv|television|telly)\b|^\W*on\s+(?:tv|television)\s+(?:tonight|today|this\s+week)\b|"
        r"\btonight'?s\s+tv\b|\bfernsehprogramm|\btv[-\s]?programm\b|\bprogrammes?\s+t[ée]l[ée]\b|\bguide\s+t[ée]l[ée]\b"
        r"|\bgu[íi]a\s+(?:de\s+)?(?:tv|televisi[óo]n)\b|\btv[-\s]?gids\b",
        re.IGNORECASE,
    ),
    "a dividend or earnings calendar": re.compile(
        r"\b(?:dividends?|(?:capital|income|fund|cash|share)\s+distributions?)\s+(?:calendar|dates|history|schedule|"
        r"payments?|timetable)\b|\bex[-\s]"
        r"dividend\s+dates?\b|\bearnings\s+(?:calendar|dates|reports?|schedule|announcements?)\b|\b(?:financial|"
        r"results|reporting)\s+calendar\b|\bdividendenkalender|\bfinanzkalender|\bcalendrier\s+(?:financier|"
        r"des\s+dividendes)|\bfinanci[ëe]le\s+kalender",
        re.IGNORECASE,
    ),
    "a tide table": re.compile(
        r"\btide\s+(?:times|tables?|predictions|charts?|heights)\b|\btides\s+(?:today|this\s+week|for\s+\w+)|"
        r"\bgezeiten(?:tabelle|kalender|zeiten)?\b|\bhoraires?\s+des\s+mar[ée]es|\bannuaire\s+des\s+mar[ée]es|"
        r"\bgetijden(?:tabel)?\b|\btablas?\s+de\s+mareas",
        re.IGNORECASE,
    ),
}
# Column names, each a whole header cell; two of one kind, one of them its own (``OWN``), say the table's kind.
COLUMNS = {
    "maintenance windows": re.compile(
        r"impact|affected(?:\s+(?:services?|components?|systems?))?|components?|(?:maintenance\s+)?window|services?|"
        r"maintenance",
        re.IGNORECASE,
    ),
    "an exam timetable": re.compile(
        r"(?:paper|exam(?:ination)?|component|unit)(?:\s+(?:no\.?|code|number|title))?|subject|qualification|"
        r"(?:exam(?:ining)?\s+)?board|duration|candidates?",
        re.IGNORECASE,
    ),
    "a court list": re.compile(
        r"case(?:\s+(?:no\.?|number|ref(?:erence)?|name|type))?|court(?:room)?|parties|defendants?|claimants?|"
        r"applicants?|respondents?|judge|hearing(?:\s+type)?|aktenzeichen",
        re.IGNORECASE,
    ),
    "TV or radio listings": re.compile(
        r"channels?|stations?|sender|cha[îi]nes?|programmes?|programs?|sendung|[ée]missions?|episodes?",
        re.IGNORECASE,
    ),
    "a dividend or earnings calendar": re.compile(
        r"ex[-\s]?(?:dividend|div)(?:\s+date)?|record\s+date|pay(?:ment|able)?\s+date|dividend(?:\s+(?:amount|type|"
        r"per\s+share))?|(?:eps\s+)?estimate|eps|consensus|symbol|ticker|fiscal\s+(?:quarter|period|year)"
        r"(?:\s+ending)?|report(?:ing)?\s+date|market\s+cap",
        re.IGNORECASE,
    ),
}
OWN = {
    "maintenance windows": re.compile(r"impact|affected.*|(?:maintenance\s+)?window|maintenance", re.IGNORECASE),
    "an exam timetable": re.compile(r"(?:paper|exam|component|qualification|candidate|board).*", re.IGNORECASE),
    "a court list": re.compile(r"case.*|courtroom|parties|defendants?|claimants?|hearing.*|aktenzeichen", re.I),
    "TV or radio listings": re.compile(r"channels?|stations?|sender|cha[îi]nes?", re.IGNORECASE),
    "a dividend or earnings calendar": re.compile(r"ex[-\s]?div.*|record\s+date|eps.*|symbol|ticker|fiscal.*", re.I),
}
# What a page that lists events says in its title or main heading ("Club events", "Community radio: live events"):
# a caption or a table's columns of another kind on it are its sidebar's or one table's, not the page's (review35).
SAYS_EVENTS = re.compile(
    r"\b(?:events?|veranstaltungen|termine|événements|évènements|eventos|eventi|evenementen|akce|wydarzenia|"
    r"what'?s\s+on|programme\s+of\s+events)\b",
    re.IGNORECASE,
)
# A column that names who presents (a talk's speaker, a paper's presenter): a programme's table, whatever else it
# holds ("Date | Time | Paper | Presenter | Duration" is a workshop's, not an exam timetable; review35).
WHO_PRESENTS = re.compile(
    r"presenters?|speakers?|authors?|chairs?|hosts?|performers?|artists?|lecturers?|referent(?:in|en)?|intervenants?",
    re.IGNORECASE,
)
# A court that is a sport's (review36): a tennis club's "Court calendar", a squash club's "Court bookings list".
SPORTS_COURT = re.compile(
    r"\b(?:tennis|squash|badminton|padel|pickleball|netball|basketball|volleyball|racket|racquets?|fives|real\s+tennis|"
    r"sports?\s+(?:club|centre|center|hall)|leisure\s+cent(?:re|er)|tenisov[ýé]|tennisclub|tennisverein)",
    re.IGNORECASE,
)
# An occasion a menu's page is for (review36): "Burns Night supper – set menu", "Valentine's gala dinner menu" is one
# evening's event with its prices, not a restaurant's menu; "Late night menu", "Supper menu" stay menus (the word
# right before "menu" or "specials" names the menu's time, not an occasion).
OCCASION = re.compile(
    r"\b(?:night|supper|party|gala|ball|banquet|feast|celebration|tasting|ceilidh|dinner\s+dance|soir[ée]e|abend)\b"
    r"(?![ \t]{1,3}(?:menus?|specials|karte|carte)\b)",
    re.IGNORECASE,
)
# A dish's price: a sum with its currency, or a decimal whose fraction is no month ("6.50", "18.90", not "12.05").
PRICE = re.compile(
    r"(?:€|£|\$|\bchf|\beur)\s?\d{1,3}(?:[.,]\d\d)?\b|\b\d{1,3}[.,]\d\d\s?(?:€|eur\b|euro\b|chf\b)|"
    r"\b\d{1,3}[.,](?:1[3-9]|[2-9]\d)\b(?![.,]\d)",
    re.IGNORECASE,
)
MENU_MORE = re.compile(
    r"\b(?:tageskarte|tagesgerichte?|mittagskarte|abendkarte|daily\s+specials|lunch\s+specials|plat\s+du\s+jour|"
    r"carte\s+du\s+jour|food\s+menu|dinner\s+menu|set\s+menu)\b",
    re.IGNORECASE,
)


def _cell(node: Any) -> str:
    return " ".join((node.text_content() or "").split()).strip(" .:;*#") if node is not None else ""


def _said_titles(root: Any, info: PageInfo) -> list[str]:
    titles = [text[:MAX_TITLE] for text in (info.heading, info.og_title, info.doc_title) if text]
    return titles + [_cell(node)[:MAX_TITLE] for node in root.iter("caption", "legend") if not _beside(node)]


def _beside(node: Any) -> bool:
    """Whether a caption sits beside the page's content: in an aside, a footer or a navigation (a sailing club's
    "Tide times this week" next to its events; review35)."""
    return any(
        isinstance(up.tag, str) and (up.tag in ("aside", "footer", "nav") or up.get("role") == "complementary")
        for up in node.iterancestors()
    )


def _by_columns(root: Any) -> tuple[str, str] | None:
    """The kind two of a table's header cells name (one its own), with the cells, or None."""
    for table in root.iter("table"):
        cells = [_cell(node) for _count, node in zip(range(MAX_COLUMNS), table.iter("th"), strict=False)]
        if any(WHO_PRESENTS.fullmatch(cell) for cell in cells):
            continue  # a speaker's or a presenter's column: a programme (review35)
        for kind, columns in COLUMNS.items():
            named = [cell for cell in cells if cell and columns.fullmatch(cell)]
            if len(set(named)) >= MIN_COLUMNS and any(OWN[kind].fullmatch(cell) for cell in named):
                return kind, " | ".join(named)
    return None


def _menu(root: Any, titles: list[str]) -> str | None:
    said = next((title for title in titles if MENU_WORD.search(title) or MENU_MORE.search(title)), None)
    occasion = any(OCCASION.search(title) for title in titles)  # "Wine tasting dinner" over its "Menu" (review40)
    said = said or (None if occasion else menu_sections(root, OCCASION))  # a pub's one "Christmas party menu" (left35)
    if said is None or OCCASION.search(said):  # "Burns Night supper – set menu": an evening's event (review36)
        return None
    text = " ".join(root.itertext())[:MAX_TEXT]
    prices = sum(1 for _ in zip(range(MIN_PRICES), PRICE.finditer(text), strict=False))
    return said if prices >= MIN_PRICES else None


def _sports_court(root: Any, titles: list[str]) -> bool:
    """Whether the page's titles (its <title> whole, with the site's name) say its courts are a sport's."""
    whole = " ".join(" ".join(node.itertext()) for node in root.iter("title"))[:MAX_TITLE]
    return any(SPORTS_COURT.search(title) for title in [*titles, whole])


def record_kind(root: Any, info: PageInfo) -> tuple[str, str] | None:
    """The kind of records a page says it lists (see the module) and where it says so, or None."""
    titles = _said_titles(root, info)
    if any(SAYS_EVENTS.search(text) for text in (info.heading, info.og_title, info.doc_title) if text):
        return None  # the page says it lists events ("Club events"): its sidebar's tide table is no refusal (review35)
    for kind, heading in HEADINGS.items():
        said = next((title for title in titles if heading.search(title)), None)
        if said is not None and not (kind == COURT and _sports_court(root, titles)):
            return kind, said  # a tennis club's "Court calendar" is no court list (review36)
    menu = _menu(root, titles)
    return (MENU, menu) if menu is not None else _by_columns(root)


def not_events_note(root: Any, info: PageInfo, page: str, now: dt.datetime | None = None) -> str | None:
    """The run's note when the page is a transport timetable or a departures board (``_page_departure_boards``) or
    lists records of another kind (see the module), or every date of it is a downtime's or a delivery's
    (``_page_notice_dates``, read as of ``now``), else None."""
    transport = transport_page(root, info)
    if transport is not None:
        return TRANSPORT_PAGE.format(page=page, title=transport)
    kind = record_kind(root, info)
    if kind is not None and kind[0] == MENU and events_section_only(root, PRICE) is not None:
        return None  # a menu page's "Upcoming events" section: read alone (_page_menu_events, left34)
    if kind is None and now is not None and (notice := notice_kind(root, now.date())) is not None:
        return NOTICE_PAGE.format(page=page, kind=notice[0], said=notice[1])  # a downtime, a delivery (left34)
    return None if kind is None else NOT_EVENTS_PAGE.format(page=page, kind=kind[0], said=kind[1])
