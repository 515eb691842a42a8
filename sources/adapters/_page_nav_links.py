"""Links that move about a calendar, not events on it: "View all events", "+3 more", a tag or a category. Pure.

A month grid's day cell lists its events and, when they do not fit, a link to the day's own page ("View all events",
"More events", "+3 more", "5 more", "Show more", "Alle Termine", "Voir plus"); an item may carry its category's or
its tags' links ("Literature" to /category/literature, "#music" to /tag/music). Such a link is navigation: its text
is no event's title. A link is taken as a tag's or a category's when its path has a taxonomy's segment followed by
the term ("/tag/music", "/events/category/family/", "/event-category/kids") or its query names one ("?tag=music",
"?category=family"), or its text is a hashtag, one word ("#music"); an event's own page ("/events/jazz-night", "/event/jazz-night/
2027-03-03/") is none of these.

Every reader that names an event from a heading, a link or a line asks the same question (``names_no_event``): is
this text a way into the event rather than its name? A call to action ("More info", "View details", "Buy tickets",
"Sign up", "Weiterlesen", "En savoir plus"), a link to more of the list ("Show more", "+3 more"), a step through the
calendar's view ("Next day", "Previous month": CALENDAR_STEP) or a tag's or a category's link ("Music" to /events/category/music/) never is; "More Than Words", "Book Club", "Info Night",
"Tickets to Paradise" and "Music" linking to the event's own page stay names.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from sources.adapters._page_booking_words import booking_word, month_link
from sources.adapters._page_signup_words import signup_word

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
# A call to action: the whole text is the way in to the event's page or its tickets, not its name ("More info",
# "View details", "Buy tickets", "Register now"), in the languages the readers know.
CALL_TO_ACTION = re.compile(
    r"^\W*(?:more(?:\s+(?:info|information|details))?|details|learn\s+more|read\s+more|see\s+more|find\s+out\s+more|"
    r"(?:view|see|show)(?:\s+(?:the\s+)?(?:event|details|event\s+details|info))?|event\s+(?:details|info|page)|"
    r"(?:buy|get|book|order|reserve)\s+(?:your\s+)?tickets?(?:\s+(?:now|here|online))?|tickets?(?:\s+(?:&|and)\s+info)?|"
    r"book(?:\s+now)?|buy\s+now|reserve(?:\s+now)?|register(?:\s+(?:now|here))?|rsvp|sign\s+up(?:\s+now)?|"
    r"add\s+to\s+(?:my\s+)?calendar|(?:click\s+)?here|info|"
    r"mehr(?:\s+(?:infos?|erfahren|details))?|weiterlesen|details\s+ansehen|tickets\s+kaufen|zum\s+event|"
    r"en\s+savoir\s+plus|lire\s+la\s+suite|réserver|billetterie|"
    r"más\s+información|leer\s+más|comprar\s+entradas|entradas|meer\s+info|lees\s+meer)\W*$",
    re.IGNORECASE,
)
# A step through the calendar a view shows ("Next day", "Previous Month", "Prev", "‹ Next week ›"): a way about the
# calendar, whatever its date, never the name of an event on it ("Next Day Delivery Workshop" names one).
CALENDAR_STEP = re.compile(
    r"^[\W_]{0,3}(?:previous|prev|next|following|earlier|later)(?:\s(?:day|week|month|year|events?|page|dates?))?"
    r"[\W_]{0,3}$",
    re.IGNORECASE,
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


def names_no_event(text: str, url: str | None = None) -> bool:
    """Whether a heading's, a link's or a line's text is no event's name: a call to action ("More info", "View
    details", "Sign up"), more of the list ("Show more", "+3 more"), or a tag's or a category's link (its ``url``,
    when the text is a link's; a "#music" hashtag alone). See the module."""
    text = " ".join(text.split())
    if not text or len(text) > MAX_TEXT:
        return False
    if CALL_TO_ACTION.match(text) or is_more_link(text) or booking_word(text) or month_link(text):  # "Buy", "Jun"
        return True
    if signup_word(text):  # "Inscribirse", "Jetzt anmelden": a sign-up call in another language (_page_signup_words)
        return True
    if CALENDAR_STEP.match(text):  # "Next day", "Previous month": the view's own navigation
        return True
    return is_taxonomy_link(text, url or "")
