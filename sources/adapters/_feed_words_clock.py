"""The start clock an item's own words give, for the ``rss`` adapter. Pure.

A feed of events may write each event's start as the item's pubDate, an instant, and its day in words; the day is
given the pubDate's clock when its words state none with it (``_feed_scheduled_clock``, batch 62). But a pubDate's
clock is a template's as often as the event's: an event posted "to start" at 7 pm whose words say "From 2pm" or
"Doors 7:30pm" starts when its words say, not when the calendar's default puts it (feeds62's miss).

``words_start_clock`` gives the one clock the item's words state after a start's word: "from", "doors", "doors
open", "starts", "starting", "start time", "begins", "kicks off" (and "ab", "dès", "à partir de", "desde", "a partir
de", "dalle", "vanaf"), written with a colon, a meridiem or the word for o'clock ("2pm", "19:30", "20 Uhr",
"19h30"). None when the words state no such clock, or two different ones ("Doors 7pm, show 8pm": which one the
pubDate means cannot be told; ``at_scheduled_clock`` then keeps the pubDate's clock when it is one of them), nor
a clock after a start word that starts something else ("Tickets from 5pm", "Bar open from 6pm", "Check-in from
9am"), nor one of what comes before or beside it ("Sign-up from 7:30pm", "Dinner from 6pm", "Shuttle bus from 6pm",
"Kids crafts from 2pm": review36).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sources.adapters._feed_stated_clock import CLOCK, stated_clocks

MAX_TEXT = 20_000  # characters of an item's words read
MAX_LEADS = 12  # start words looked at per text
BEFORE_REACH = 24  # characters before a start word looked at for what it is the start of
# What "from" is then the start of: a sale, a bar, a check-in, opening hours ("Tickets from 5pm", "Bar open from 6pm");
# a pub's "Happy hour from 5pm" beside its 8:30pm session (review35); what comes before or beside the event, not the
# event (review36): a sign-up or a warm-up, a pre-show talk, a meal or refreshments, a shuttle, children's crafts
# ("Sign-up from 7:30pm", "Pre-show talk from 6:30pm", "Dinner from 6pm, show at 8pm", "Shuttle bus from 6pm").
NOT_EVENT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:tickets?|sales?|on[ \t]{1,3}sale|available|bookings?|registration|check[- ]?in|bar|food|"
    r"kitchen|open|opens|served|service|parking|box[ \t]{1,3}office|happy[ \t]{1,3}hour|drinks|"
    r"sign[- ]?(?:up|in|on)s?|warm[- ]?ups?|(?:pre[- ]?(?:show|concert|performance|match|film)[ \t]{1,3})?talks?|"
    r"breakfast|brunch|lunch|dinner|supper|meals?|buffet|bbq|barbecue|refreshments?|"
    r"bus(?:es)?|shuttles?|coach(?:es)?|transfers?|crafts?|activities|face[ \t]{1,3}painting)[ \t]{0,3}$",
    re.IGNORECASE,
)
# A start's word, then (a few spaces, a colon, "at") the clock right after: bounded, nothing nested.
START_WORD = re.compile(
    r"(?<![^\W\d_])(?:from|doors(?:[ \t]{1,3}open)?|starts?|starting|start[ \t]{1,3}time|begins?|beginning|"
    r"kicks?[ \t]{1,3}off|ab|dès|à[ \t]{1,3}partir[ \t]{1,3}de|desde|a[ \t]{1,3}partir[ \t]{1,3}de|dalle|vanaf)"
    r"(?:[ \t]{0,3}:)?(?:[ \t]{1,3}at)?[ \t]{0,3}(?=\d)",
    re.IGNORECASE,
)


def words_start_clocks(texts: Sequence[str | None]) -> set[tuple[int, int]]:
    """Every (hour, minute) the texts state right after a start's word (the first text is the item's title)."""
    found: set[tuple[int, int]] = set()
    title = (texts[0] or "") if texts else ""
    for index, text in enumerate(texts):
        text = (text or "")[:MAX_TEXT]
        for count, match in enumerate(START_WORD.finditer(text)):
            if count >= MAX_LEADS:
                break
            other = NOT_EVENT_BEFORE.search(text[max(0, match.start() - BEFORE_REACH) : match.start()])
            if other is not None and not (index and _names_the_event(other.group(0), title)):
                continue  # "Tickets from 5pm": a sale's start, not the event's
            clock = CLOCK.match(text, match.end())  # the first clock only: "from 2pm-5pm" starts at 2pm
            if clock is not None:
                found |= stated_clocks([clock.group(0)])
    return found


def _names_the_event(word: str, title: str) -> bool:
    """Whether the item's title (the first text) names the thing the clock starts: "Community lunch" over "Lunch
    from 12pm" is the lunch's own start."""
    said = " ".join("".join(c if c.isalnum() else " " for c in word.lower()).split())
    words = " ".join("".join(c if c.isalnum() else " " for c in title[:MAX_TEXT].lower()).split())
    return bool(said) and f" {said} " in f" {words} "


def words_start_clock(texts: Sequence[str | None]) -> tuple[int, int] | None:
    """The one clock the texts state after a start's word; None for none or several."""
    clocks = words_start_clocks(texts)
    return next(iter(clocks)) if len(clocks) == 1 else None
