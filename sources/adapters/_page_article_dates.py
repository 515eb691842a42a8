"""A blog post announcing an event: its byline's date is when it was written, a sentence of its text says when the
event is (helper pages87). Pure.

A WordPress post "Digitalpolitische Jahrestagung 2015 der …" shows under its heading the byline "KonstantinNotz
15. Januar 2015" (a <p class="post-meta"> holding <span class="… date updated">), and its first paragraph says
"… veranstaltet die Heinrich-Böll-Stiftung … am Samstag, 31. Januar 2015, zwischen 10:00 und 17:00 Uhr im
Stuttgarter Rathaus ihre diesjährige Jahrestagung". The byline was read as the event's day, all day. Now:

* a line whose element (or an element within it, or one of its two parents) carries a byline's class — the hAtom
  microformat's "published"/"updated", or the themes' common "byline", "post-meta", "entry-meta", "post-date",
  "entry-date", "posted-on" — is the post's stamp, no event's date (as a "Publicerad" label is, _page_stamp_labels);
* a line of running text (longer than a date line) whose date writes its weekday, agreeing, and is followed in the
  same sentence by a clock is a sentence announcing the event ("am Samstag, 31. Januar 2015, zwischen 10:00 …",
  "on Saturday, March 4, 2028 from 7 pm"): it gives the day as a line starting with a date does.

Not: a date in a line of no such class (an event page's own date line under its heading), a sentence with a date but
no weekday ("wurde am 06.05.2018 … ausgetragen") or no clock after it, a weekday that disagrees with its date.

Review28: a byline's date is the day the post was written, on or before the fetch; a date after it in an element of
those classes is an event's (an old theme's "<div class='post'>" holding a byline's span and the event's date line,
an event's date set in a "post-date" block). And a sentence does not announce an event when the words before its
date say a limit ("Order by Friday, 6 June 2031 at 12:00", "before", "until", "bis"), a deadline or an opening of
sales or registrations (``_feed_not_event_dates.DEADLINE_BEFORE``: "Tickets go on sale on …", "entries must reach us
by …"), or a closure ("The High Street will be closed to all traffic on …", "the school will close early on …").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._feed_not_event_dates import DEADLINE_BEFORE
from sources.adapters._feed_stamps import said_before
from sources.adapters._page_dated_ends import find_clock_until
from sources.adapters._page_dates import find_dates
from sources.adapters._page_month_badges import table_figure
from sources.adapters._page_sentence_stops import SENTENCE_END, sentence_start
from sources.adapters._page_stamp_labels import stamp_label

BYLINE_CLASSES = frozenset(
    {"published", "updated", "byline", "post-meta", "entry-meta", "post-date", "entry-date", "posted-on"}
)
MAX_INSIDE = 30  # elements looked at within a line's element
PARENTS = 2  # parents of a line's element looked at
# Words right before a date that make it a limit or a closure's day, not an event's (review28).
LIMIT_BEFORE = re.compile(
    r"\b(?:by|before|until|till|no\s+later\s+than|bis(?:\s+(?:zum|spätestens))?|vor|avant\s+le|hasta\s+el|fino\s+al?"
    r"|jusqu['’](?:au|à))"
    r"(?:\s+(?:the|on|le|el|am))?\s*$",
    re.IGNORECASE,
)
CLOSED_BEFORE = re.compile(
    r"\b(?:clos(?:e|es|ed|ing|ure)|shut|geschlossen|schlie(?:ß|ss)t|ferm(?:e|é|ée)|cerrad[oa]|chius[oa])\b", re.I
)
RANGE_FIRST = re.compile(r"\d\.?\s*$")  # a day's number right before the limit's word: a range's first day
# Words before a date that make it the day a law or a rule starts to apply (review30): "The Renters Act comes into
# force on Thursday 1 January 2032", "takes effect", "entre en vigueur le", "tritt am … in Kraft" is left (after).
IN_FORCE_BEFORE = re.compile(
    r"\b(?:(?:comes?|came|coming)\s+into\s+(?:force|effect)|takes?\s+effect|entr(?:e|era)\s+en\s+vigueur"
    r"|entra(?:r[aá])?\s+en\s+vigor|entra\s+in\s+vigore|treedt\s+in\s+werking)\b",
    re.IGNORECASE,
)
# ... or a shop's day for its goods, right before it (review30; review32: a product card's "Get it by", "Click &
# collect from", an auction's "Bidding ends", "Pre-orders open", "Tickets go on sale", "Publication date", "in stores"): "Pre-order now: ships Friday 20 June 2031", "Order
# within 3 hrs for delivery Thursday 12 June", "Disponibile dal 20 giugno 2031"; not "Project Delivery Workshop
# August 16" nor "Tall Ships 14 June" (a name's word, capitalised).
SHOP_BEFORE = re.compile(
    r"(?:(?-i:ships|dispatches)|(?:for|estimated|expected)\s+delivery|delivered|dispatched|(?:back\s+)?in\s+stock"
    r"|get\s+it\s+(?:by|on)|click\s*(?:&|and)\s*collect|(?-i:Delivery|Arrives)|(?:bidding|auction|lot)\s+(?:ends|closes)"
    r"|pre[\s-]?orders?\s+(?:opens?|starts?)|(?:go|goes|are|is)\s+on\s+sale|(?:publication|release)\s+date|in\s+stores"
    r"|disponibile\s+dal|consegna(?:\s+prevista)?|lieferbar|livraison(?:\s+pr[ée]vue)?|env[ií]o|entrega)"
    r"(?:\s+(?:on|from|by|le|el|il|am|ab))?[\s:]*$",
    re.IGNORECASE,
)
# A product card's one word before its day (review32): the goods' delivery, not an event's label.
SHOP_LONE = re.compile(r"(?:delivery|arrives|dispatch(?:es)?|lieferung|livraison|consegna|entrega)\s*:?", re.IGNORECASE)
CLOCK_WITHIN = 40  # characters after the date where the announcing sentence writes its clock
_EPOCH = dt.date(2000, 1, 1)  # the "today" a date is found with when only its place in the text matters


def _classes(node: Any) -> set[str]:
    value = node.get("class") if hasattr(node, "get") else None
    return set(value.lower().split()) if isinstance(value, str) else set()


def byline_element(line: Any) -> bool:
    """Whether a line's element is a post's byline (see the module): by its classes, its children's or parents'."""
    block = line.block
    if block is None or not hasattr(block, "iter"):
        return False
    for count, node in enumerate(block.iter()):
        if count >= MAX_INSIDE:
            break
        if _classes(node) & BYLINE_CLASSES:
            return True
    parent = block.getparent() if hasattr(block, "getparent") else None
    for _ in range(PARENTS):
        if parent is None:
            return False
        if _classes(parent) & BYLINE_CLASSES:
            return True
        parent = parent.getparent()
    return False


# The page reader's today is its window's start, the day before the fetch (``FetchWindow.reading_day``); a post
# stamped late in its own zone may say a day later still.
FETCH_SLACK = dt.timedelta(days=2)


def byline_date(line: Any, hits: list[Any], today: dt.date) -> bool:
    """Whether a line's first date is a post's byline's: a date on or before the fetch in a byline's element."""
    return bool(hits) and hits[0].date <= today + FETCH_SLACK and byline_element(line)


def announcing_sentence(text: str, hit: Any) -> bool:
    """Whether ``hit`` (a date in ``text``, a line of running text) is announced with its weekday and a clock in the
    same sentence (see the module); not a limit's, a deadline's, a sale's opening or a closure's day."""
    if hit.weekday_agrees is not True:
        return False
    if limited_day(text, hit):
        return False
    after = text[hit.end : hit.end + CLOCK_WITHIN]
    stop = SENTENCE_END.search(after)
    after = after[: stop.start()] if stop else after
    return find_clock_until(after) is not None


def limited_day(text: str, hit: Any, *, worded: bool = False) -> bool:
    """Whether the words before ``hit`` in its sentence make it a limit's, a deadline's, a sale's opening or a
    closure's day ("Booking closes on Friday 27 June 2031 at 12:00", "Free cancellation until 12 June 2031",
    "Offerta valida fino a domenica 29 giugno 2031"): no event's (review28, review30). ``worded``: only in a sentence
    that says what is limited, two words at least before the date ("Until 28 June 2031: Photo show" is a listing's
    run, not a limit; nor "Saal 2 bis 5 March 2027", a range)."""
    before = _sentence_before(text, hit.start)
    if worded and len(before.split()) < 2:
        return False
    limit = LIMIT_BEFORE.search(before)
    if limit and worded and RANGE_FIRST.search(before, 0, limit.start()):
        limit = None  # "Saal 2 bis 5 March 2027", "14 until 16 June": a range's first day, no limit
    return bool(
        limit
        or said_before(DEADLINE_BEFORE, text, hit.start)
        or CLOSED_BEFORE.search(before)
        or IN_FORCE_BEFORE.search(before)
        or SHOP_BEFORE.search(before)
    )


def stamped(line: Any, hits: list[Any], today: dt.date, labelled: bool) -> bool:
    """Whether a page's dated line is no event's: a byline's stamp, a table's month and figure ("Leden | 12":
    ``_page_month_badges.table_figure``, review35), or (unlabelled) a limit's day (``limited_day``)."""
    return (
        byline_date(line, hits, today)
        or table_figure(line)
        or (not labelled and bool(hits) and limited_day(line.text, hits[0], worded=True))
    )


def limited_card(text: str) -> bool:
    """Whether a card's first date is a law's day in force or a shop's day for its goods in its sentence (a news
    article's "comes into force on", a product's "ships"), or a post's stamp, its line opening with a stamp's label
    ("Published 10 June 2031 · Serves 8", "Publicado el 10 de junio de 2031": a recipe's, _page_stamp_labels). A
    deadline's or a sale's day is left to the card's reader, which reads the card's other date or keeps it (batch 67)."""
    hits = find_dates(text, year_hint=None, today=_EPOCH)
    if not hits:
        return False
    lead = text[text.rfind("\n", 0, hits[0].start) + 1 : hits[0].start].strip()
    before = _sentence_before(text, hits[0].start)
    shop = len(before.split()) >= 2 and bool(IN_FORCE_BEFORE.search(before) or SHOP_BEFORE.search(before))
    shop = shop or bool(SHOP_LONE.fullmatch(before.strip()))  # "Delivery Saturday 14 June", "Arrives Mon 16 June"
    return (bool(lead) and stamp_label(lead)) or shop


def _sentence_before(text: str, start: int) -> str:
    """The words of the sentence (and of the card's line) before ``start`` (its stop found by bisection: a text of
    many dates costs its length once, not once a date; _page_sentence_stops)."""
    return text[sentence_start(text, start) : start]
