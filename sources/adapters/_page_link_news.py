"""A news list of dated links with no teaser is no listing of events (left37; review40 left it). Pure.

"<li><a href='/p/1'>New play area opens</a> 12 May 2031</li>" and three more such rows were read as four events:
each row is a link and its date, nothing else, and the older readers take any run of dated lines for a schedule (a
news heading only held them). A list of events says what it lists somewhere: a time, a place, a weekday written with
the date, an event's word in a row or its heading ("Quiz night", "Jazz concert", "Duck race", "Events"); a news
list does not, and shows it is news: its titles are headlines (four words and more on average), a news heading or path
is over it (``Entry.news``), or its links are articles' ("/news/…", "/2031/05/…"). Dates newest first are no sign: a
council's archive of minutes lists its meetings so ("02.05.2017 - Pöytäkirja - 011/2017", a tracked page).

Refused (the whole schedule) when it has three rows or more, every row is one link and its date only, no row says
an event, and one such sign of news is there. Not: "Quiz night at The Crown", "Jazz concert" (event words), "Open
gardens" / "Scarecrow trail" / "Plant sale" in date order (short names, no sign of news), a row with a time or a
place, a row with words beside its link (a teaser: read as before), two rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.pipeline.titles import EVENT_WORDS as NAMING_WORDS
from sources.adapters._page_dates import find_dates
from sources.adapters._page_lines import Line
from sources.adapters._page_news_rows import news_headlines
from sources.adapters._page_schedule import Entry
from sources.adapters._page_words import NEWS_PATH, WEEKDAY_WORDS

MIN_ROWS = 3
HEADLINE_WORDS = 4  # a headline's mean length in words; events' names are shorter ("Open gardens")
# Words that name a happening beside the meeting words ``Entry.says_event`` reads (a list's "Quiz night").
HAPPENING = re.compile(
    r"\b(?:night|quiz|race|run|walk|fete|fête|fayre|show|gig|match|game|party|dance|disco|ball|bingo|karaoke|"
    r"tasting|supper|dinner|lunch|breakfast|brunch|barbecue|bbq|sale|fun\s+day|open\s+day|festival|fest|"
    r"konzert|abend|soirée|concierto|fiesta|concerto|festa|spiel)\b",
    re.IGNORECASE,
)
DATED_PATH = re.compile(r"/(?:19|20)\d\d/[01]?\d/")  # an article's path by its day ("/2031/05/12/…")
WORD = re.compile(r"[^\W\d_]+")


def _bare_link_row(entry: Entry, lines: Sequence[Line]) -> bool:
    """Whether an entry's line is one link and its date only, saying no event (no time, place, weekday, word)."""
    if not 0 <= entry.line < len(lines) or entry.time or entry.location or entry.online or entry.sessions:
        return False
    line = lines[entry.line]
    if line.is_heading or len(line.anchors) != 1 or entry.says_event():
        return False
    title = entry.title or ""
    if HAPPENING.search(title) or any(word.casefold() in NAMING_WORDS for word in WORD.findall(title)):
        return False
    rest = line.text.replace(line.anchors[0].text, " ", 1)
    for hit in sorted(find_dates(rest, year_hint=entry.day.year, today=entry.day), key=lambda hit: -hit.start):
        rest = rest[: hit.start] + " " + rest[hit.end :]
    return all(WEEKDAY_WORDS.fullmatch(word) for word in WORD.findall(rest))


def _news_sign(schedule: Sequence[Entry], lines: Sequence[Line]) -> bool:
    words = [len(WORD.findall(entry.title or "")) for entry in schedule]
    hrefs = [lines[entry.line].anchors[0].href for entry in schedule]
    return (
        sum(words) >= HEADLINE_WORDS * len(words)
        or any(entry.news for entry in schedule)
        or all(NEWS_PATH.search(href) or DATED_PATH.search(href) for href in hrefs)
    )


def news_rows(schedule: list[Entry], lines: Sequence[Line], single: Entry | None) -> tuple[list[Entry], Entry | None]:
    """The schedule with a stamped news item's headline held as news (``_page_news_rows``), and the page's one
    event; neither when the schedule is a news list of dated links (see the module) and that event is one of its rows."""
    news_headlines(schedule, lines)
    if len(schedule) < MIN_ROWS or not all(_bare_link_row(entry, lines) for entry in schedule):
        return schedule, single
    if not _news_sign(schedule, lines):
        return schedule, single
    rows = {entry.line for entry in schedule}
    return [], None if single is None or single.line in rows else single
