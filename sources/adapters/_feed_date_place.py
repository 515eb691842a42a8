"""The place named right after an item's day in its prose ("beginning at 7:15 pm on April 14 in Franklin Hall of
Franklin Commons", "a retreat for March 30–April 2 at Refreshing Mountain Christian Retreat Center in Lancaster"),
for the ``rss`` adapter (feeds74). Pure.

A church's events feed names the place in the sentence that gives the day, after it: "in" or "at" and a proper name.
The day was read, the place was not: ``_feed_clock_place`` reads a name after a clock and "at" ("at 8:00 AM at
Beaverfork Park"), not after a day.

In an item's description, a month and day (a year maybe) followed by "in", "at" or "@" and a proper name of one to
five capitalised words (with "of", "the", "&", "and" between them) that ends with a venue's noun
(``_feed_clock_place.VENUE_NOUN``: hall, center, church, park, commons …) is the item's place, when nothing else
gave one. The name stops at the first word in lower case or at the sentence's end.

So is a venue that is the sentence's subject right after the day and a comma, followed by "in" and its town: "On
Wednesday, March 29, Iron Hill Brewery in Phoenixville will be setting aside 20 percent of all sales" (brewery,
winery, taproom, tavern, café and restaurant are venues' nouns too). A subject followed by a verb alone is not read:
"On May 21, Pastor John Hall will preach" (a person), "Since June 2, Smith Park is closed" (a notice about the park);
nor a subject that opens with a person's title ("Pastor John Hall in Lancaster will preach").

Not a place: a town ("on April 14 in Lancaster", "On March 29, Phoenixville will host": no venue's noun), words in lower case ("on April 14 at the
latest", "on May 5 at our usual spot"), a venue's noun alone ("on May 5 at School"), an online room ("on May 5 at
Zoom Room"), a name after a date and other words ("on April 14 we meet in Franklin Hall").

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

from sources.adapters._feed_clock_place import NAME, named_venue

# A person's title: "Pastor John Hall", "Dr. Anne Field" are people whose names end as a venue's do.
PERSON_TITLE = (
    r"(?:pastor|rev(?:erend)?|dr|mr|mrs|ms|miss|father|fr|bishop|elder|deacon|sister|brother|prof(?:essor)?|coach"
    r"|judge|mayor|sir|dame|rabbi|imam|captain|capt)\b"
)
# A month and its day (a year maybe), then "in", "at" or "@" and a capitalised name. Bounded, linear.
DATE_IN_NAME = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]{1,3}(?:[12]\d|3[01]|0?[1-9])"
    rf"(?:st|nd|rd|th)?\b(?:,?[ \t]{{1,3}}\d{{4}})?(?:,?[ \t]{{1,3}}(?:in|at|@)[ \t]{{1,3}}(?P<name>(?-i:{NAME}))"
    # or the sentence's subject: "On Wednesday, March 29, Iron Hill Brewery in Phoenixville will be …", "…, Oak Street
    # Church will host a supper"; not a person ("Pastor John Hall will preach": read-through 57) nor a closure ("On
    # March 30, Smith Park Elementary School is closed": review57)
    rf"|,[ \t]{{1,3}}(?!{PERSON_TITLE})(?P<subject>(?-i:{NAME}))(?=[ \t]{{1,3}}(?:in[ \t]{{1,3}}(?-i:[A-Z])"
    r"|(?:will|is|hosts?|presents?)\b(?![ \t]{1,3}(?:be[ \t]{1,3})?(?:closed|shut|cancell?ed)\b))))",
    re.IGNORECASE,
)


def date_place(markup: str | None) -> str | None:
    """The venue named right after a day and "in"/"at" in the description ("Franklin Hall of Franklin Commons")."""
    return named_venue(DATE_IN_NAME, markup, groups=("name", "subject"))
