"""Links that move about a calendar, not events on it: "View all events", "+3 more", a tag or a category. Pure.

A month grid's day cell lists its events and, when they do not fit, a link to the day's own page ("View all events",
"More events", "+3 more", "5 more", "Show more", "Alle Termine", "Voir plus"); an item may carry its category's or
its tags' links ("Literature" to /category/literature, "#music" to /tag/music). Such a link is navigation: its text
is no event's title. A link is taken as a tag's or a category's when its path has a taxonomy's segment followed by
the term ("/tag/music", "/events/category/family/", "/event-category/kids") or its query names one ("?tag=music",
"?category=family"), or its text is a hashtag, one word ("#music"); an event's own page ("/events/jazz-night", "/event/jazz-night/
2027-03-03/") is none of these.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

MAX_TEXT = 80
# "View all events", "See all", "Show more", "More events", "+3 more", "3 more events", "More…", "Alle Termine".
MORE_LINK = re.compile(
    r"^(?:\+\s?\d{1,4}(?:\smore)?|\d{1,4}\smore|(?:view|see|show|list)\s(?:all|more)|more|all\sevents|"
    r"mehr|weitere|alle\s(?:termine|veranstaltungen)|voir\s(?:tout|plus)|tout\svoir|ver\s(?:todos|más)|más)"
    r"(?:\s(?:events?|items?|activities|entries|termine|veranstaltungen|événements|eventos))?"
    r"(?:\s(?:on|for)\s(?:this|the)\sday)?\s?[.…»›>→]{0,3}$",
    re.IGNORECASE,
)
TAXONOMY_SEGMENTS = frozenset(
    {
        "tag",
        "tags",
        "category",
        "categories",
        "event-category",
        "event_category",
        "event-categories",
        "events-category",
        "event-tag",
        "event_tag",
        "topic",
        "topics",
        "genre",
        "genres",
        "keyword",
        "keywords",
        "kategorie",
        "categorie",
        "categoria",
    }
)
HASHTAG = re.compile(r"#[^\W\d][\w-]{0,40}")
TAXONOMY_QUERY = frozenset({"tag", "tags", "category", "categories", "cat", "tribe_events_cat", "genre", "topic"})


def is_more_link(text: str) -> bool:
    """Whether a link's text leads to more of a day's or a list's events ("View all events", "+3 more")."""
    text = " ".join(text.split())
    return len(text) <= MAX_TEXT and MORE_LINK.match(text) is not None


def is_taxonomy_link(text: str, url: str) -> bool:
    """Whether a link is a tag's or a category's (see the module)."""
    if HASHTAG.fullmatch(text.strip()):  # "#music"; "#1 Hits Live" names a show
        return True
    try:
        parts = urlsplit(url)
        query = parse_qsl(parts.query)
    except ValueError:
        return False
    segments = [segment for segment in parts.path.lower().split("/") if segment]
    if any(segment in TAXONOMY_SEGMENTS for segment in segments[:-1]):
        return True
    return any(key.lower() in TAXONOMY_QUERY and value for key, value in query)


def is_navigation(text: str, url: str) -> bool:
    """Whether a link in a calendar is navigation, not an event: more of the day, a tag or a category."""
    return is_more_link(text) or is_taxonomy_link(text, url)
