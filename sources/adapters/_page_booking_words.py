"""A booking box's words, alone on their line or link: what a ticket row says beside its date, never a name. Pure.

A cinema's performance rows give each date a button, "Buy", "Select your seats", or the performance's state instead
of one, "Sold out!", "Few tickets left", "Join the waitlist", "On sale soon": read as the line under the date in its
row, or as the row's one link, the title was "Buy" or "Sold out!". Such a text (its own words, in the languages
the readers know, with a closing "!" or full stop) is no event's name (_page_nav_links.names_no_event), the way a
call to action is not; the row's name is then looked for elsewhere (its heading, the page's). A name that only
holds such a word among others ("Sold Out Tour 2027", "Buy Now Pay Later Comedy Night") is still a name.
"""

from __future__ import annotations

import re

BOOKING_WORDS = re.compile(
    r"^\W*(?:buy|purchase|book(?:\s+(?:online|seats?))?|"
    r"(?:select|choose|pick|reserve)\s+(?:your\s+)?seats?(?:\s+now)?|"
    r"sold[\s-]?out|(?:very\s+)?(?:few|limited|last)\s+(?:tickets|seats|places)(?:\s+(?:left|remaining|available))?|"
    r"(?:few|limited)\s+availability|(?:join\s+(?:the\s+)?)?wait(?:ing)?[\s-]?list|unavailable|"
    r"(?:not\s+yet\s+)?on\s+sale(?:\s+soon)?|not\s+(?:yet\s+)?on\s+sale|"
    r"ausverkauft|restkarten|wenige\s+karten|complet|agot(?:ado|adas)|uitverkocht|esaurito|"
    # the buying button in the pages' other languages (helper pages65: a Paris cinema's "Réservez >")
    r"r[ée]servez|r[ée]server|acheter|reservar|comprar|prenota|acquista|reserveren|bestellen|kopen|rezerwuj|"
    r"kup\s+bilet|rezervovat|koupit|boka|k[öo]p\s+biljett|bestil|k[öo]p|buchen|kaufen)\W*$",
    re.IGNORECASE,
)
MAX_BOOKING_TEXT = 40  # a button's words, not a sentence


def only_words(pattern: re.Pattern[str], text: str, limit: int = MAX_BOOKING_TEXT) -> bool:
    """Whether ``text``, its spaces folded, is a button's or a link's few words (at most ``limit`` characters) that
    ``pattern`` matches whole: the one shape of booking_word, booking_prompt, month_link and the sign-up calls'."""
    text = " ".join(text.split())
    return bool(text) and len(text) <= limit and pattern.match(text) is not None


def booking_word(text: str) -> bool:
    """Whether ``text`` is only a booking box's words: a buying button or a performance's state (see the module)."""
    return only_words(BOOKING_WORDS, text)


# A booking box's heading over its performances ("Choose a date and time", "Select a performance", "Dates & times",
# "Showtimes", "Book tickets"): what to do with the dates below, not the show's name; the page's own name is.
BOOKING_PROMPT = re.compile(
    r"^\W*(?:(?:choose|select|pick|find)\s+(?:a|an|the|your)\s+"
    r"(?:date|time|day|performance|showing|screening|session|show)(?:s)?(?:\s+(?:and|&)\s+(?:a\s+)?time(?:s)?)?|"
    r"(?:dates?|days?)\s+(?:and|&)\s+times?|show\s?times?|performances?|screenings?|showings?|"
    r"(?:buy|book|get)\s+(?:your\s+)?tickets?|tickets?\s+(?:and|&)\s+dates?)\W*$",
    re.IGNORECASE,
)


def booking_prompt(text: str) -> bool:
    """Whether a heading only asks the reader to pick among the performances below it (see BOOKING_PROMPT)."""
    return only_words(BOOKING_PROMPT, text, MAX_BOOKING_TEXT * 2)


# A calendar's way to another month: its name alone, or its abbreviation, with an arrow or its year ("Jun", "« May",
# "June 2026 »", "Next month"): the month grid's navigation, never an event's name (_page_nav_links.names_no_event).
MONTH_LINK = re.compile(
    r"^[\W_]*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?|january|february|march|april|june|july|"
    r"august|september|october|november|december|(?:previous|prev|next|last)\s+month)(?:\s+(?:19|20)\d\d)?[\W_]*$",
    re.IGNORECASE,
)


def month_link(text: str) -> bool:
    """Whether ``text`` is only a month's name, a calendar's link to it (see MONTH_LINK)."""
    return only_words(MONTH_LINK, text)
