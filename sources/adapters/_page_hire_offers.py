"""A hire offer's date is no event's: "The hall is available for hire from 1 June 2031", "Host your event with us!
… Enquire for dates from 1 June 2031" (left37; review38 and review40 left it). Pure.

A village hall's or a barn's page that only offers its rooms was read as one event on the offer's first day, titled
by the page ("Village Hall", or "Events" when that was its heading) or by the offer's sentence. A line that offers a
place for hire or for private bookings (English, German, French, Spanish, Dutch, Italian: "available for hire",
"venue hire", "host your party with us", "enquire for dates", "zu vermieten", "location de salle", "se alquila", "te
huur", "in affitto") dates when the offer holds, not an event: ``_page_other_dates.another_date`` passes over it.

The date must be in the offer's own sentence, after words of its own. Not: a line that opens with its date
("Saturday 14 June 2031 – come and see the hall, available for hire": a listing's line), an offer in another sentence
than the date ("Saturday 14 June 2031 at the river. Boats for hire on the day."), a line with a time of day ("Wedding fair – Sunday 14 June 2031, 11am–3pm, venue hire advice": an event's hours),
a line that names an event's kind ("Open day – Saturday 14 June 2031: see the hall, available for hire"; "Regatta …,
boats for hire"), a longer text (a page's prose is read by its sentences elsewhere).
"""

from __future__ import annotations

import datetime as dt
import re

from events.pipeline.titles import EVENT_WORDS
from sources.adapters._page_dates import find_clock, find_dates

HIRE_OFFER = re.compile(
    r"\b(?:(?:available|open)[^\S\n]{1,3}(?:for|to)[^\S\n]{1,3}(?:private[^\S\n]{1,3})?(?:hire|rent|rental|bookings?)"
    r"|(?:for|to)[^\S\n]{1,3}hire|(?:venue|room|hall|space|private)[^\S\n]{1,3}hire"
    r"|hire[^\S\n]{1,3}(?:the|our|this)[^\S\n]{1,3}(?:hall|room|venue|space|barn|studio|garden)"
    r"|host[^\S\n]{1,3}your[^\S\n]{1,3}(?:event|party|wedding|celebration|meeting|conference|function)"
    r"|enquire[^\S\n]{1,3}(?:for|about)[^\S\n]{1,3}(?:dates|availability|bookings?)"
    r"|zu[^\S\n]{1,3}(?:vermieten|mieten)|zur[^\S\n]{1,3}(?:miete|vermietung)|(?:raum|saal|räume|hallen)vermietung"
    r"|location[^\S\n]{1,3}de[^\S\n]{1,3}(?:la[^\S\n]{1,3})?salle|à[^\S\n]{1,3}louer"
    r"|alquiler[^\S\n]{1,3}de[^\S\n]{1,3}(?:la[^\S\n]{1,3})?(?:sala|salón|espacio|local)|se[^\S\n]{1,3}alquila"
    r"|te[^\S\n]{1,3}huur|zaalverhuur|in[^\S\n]{1,3}affitto|affitto[^\S\n]{1,3}(?:sala|spazi))\b",
    re.IGNORECASE,
)
# An event's kind beside the offer: the line is the event's ("Open day", "Regatta", "Wedding fair").
HAPPENING = re.compile(
    r"\b(?:open[^\S\n]{1,3}(?:day|house|evening)|viewings?|fair|tours?|tag[^\S\n]der[^\S\n]offenen)\b", re.I
)
WORD = re.compile(r"[^\W\d_]+")
MAX_OFFER = 400  # characters: an offer's paragraph
SENTENCE_END = re.compile(r"(?<=[^\W\d_][.!?])[^\S\n]{1,3}(?=[^\W\d_])")  # not after "1." ("ab 1. Juni")
_EPOCH = dt.date(2000, 1, 1)


def hire_offer(text: str) -> bool:
    """Whether a dated line offers a place for hire (see the module): its date is the offer's."""
    if len(text) > MAX_OFFER or HIRE_OFFER.search(text) is None or HAPPENING.search(text):
        return False
    if any(word.casefold() in EVENT_WORDS for word in WORD.findall(text)) or find_clock(text) is not None:
        return False
    return any(_dated_offer(sentence) for sentence in SENTENCE_END.split(text))


def _dated_offer(sentence: str) -> bool:
    """An offer's sentence that holds a date after some words of its own ("… for hire from 1 June 2031")."""
    if HIRE_OFFER.search(sentence) is None:
        return False
    hits = find_dates(sentence, year_hint=None, today=_EPOCH)
    return bool(hits) and bool(WORD.search(sentence[: hits[0].start]))
