"""Whether a feed says it is news, a blog or a press office's: its pubDates then are publications (for ``rss``).

A feed whose items' pubDates mostly lie in the future is taken for a calendar writing its events' starts there
(``_feed_dates.is_event_feed``, The Events Calendar's way). A newsroom's feed can look the same: posts scheduled
ahead, a clock set wrong, an embargo written as the pubDate. Future pubDates alone are no evidence of a calendar
when the feed names itself news: its title says News, Blog, Press, Newsroom, Articles, Stories, Nachrichten,
Actualités… (not "press" alone: "Cider Press Theatre", "The Printing Press" are venues) or its page is such a section (``/news/``, ``/blog/``), and neither calls it a list of events ("News
and events" still lists events). The other signs of a calendar (an events page, a calendar's namespace, event
pages as the items' links) are left as they are.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Mapping
from typing import Any

NEWS_SEGMENTS = frozenset({
    "news", "blog", "blogs", "press", "pressroom", "newsroom", "articles", "article", "stories", "posts",
    "nachrichten", "aktuelles", "actualites", "noticias", "notizie", "nieuws",
})  # fmt: skip
NEWS_WORDS = re.compile(
    r"\b(?:news|blog|press\s+(?:releases?|office|cent(?:er|re))|newsroom|articles|stories|headlines|nachrichten|aktuelles"
    r"|actualit[ée]s|noticias|notizie|nieuws)\b",
    re.IGNORECASE,
)
MAX_TEXT = 500  # characters of a title or an address looked at


def says_news(result: Mapping[str, Any], event_word: str | None) -> bool:
    """Whether the channel names itself news or a blog (title or page), and names itself no list of events."""
    if event_word is not None:
        return False
    channel = result.get("feed") or {}
    if any(NEWS_WORDS.search(str(channel.get(key) or "")[:MAX_TEXT]) for key in ("title", "subtitle")):
        return True
    return _news_page(channel.get("link"))


def _news_page(address: Any) -> bool:
    if not isinstance(address, str):
        return False
    try:
        path = urllib.parse.urlsplit(address.strip()[:MAX_TEXT]).path
    except ValueError:
        return False
    return bool({segment.lower() for segment in path.split("/")} & NEWS_SEGMENTS)
