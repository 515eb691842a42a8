"""Dates a feed item's text writes that are not its event's, for the ``rss`` adapter's prose dates. Pure.

A post mentions days that no one attends: an application's or a registration's deadline ("Applications have a
deadline of October 3, 2011", "Nomination Deadline: November 1, 2011", "Nominations must be submitted by
November 1", "Registration closes March 1"), and, in a news feed, the day it reports ("She was featured on NPR on
July 11, 2011" in a post of July 11). Neither is an event's start:

- a date a deadline's words introduce is skipped in every feed: the event, if the item has one, is another date
  ("Registration deadline: Oct 1. The race is on Oct 10": the race);
- in a feed that does not say it lists events (``_feed_dates.is_event_feed``), the day the item was published,
  written without a clock, is the day's news, not an event to come ("She was featured on the radio on September
  1" in a post of September 1 is not read; "Open house tonight, September 1 at 6pm" is). A day before the post is
  read as before: a recap of an event that is over, which the quality gate tells apart ("Thanks to all who came out
  on Feb 20"), and so is an obituary's day ("died on August 25th"): no rule of words tells the two apart. A feed of
  events reads its items' own days as it did. The post's own day is skipped only when its sentence reports it (a
  verb in the past tense: "was", "took place", "spoke", "featured") or names no event; a sentence that says its
  event is today, in the present or the future tense ("Our Christmas Fair is today, Saturday December 5, in the
  church hall", "will be held today, December 5"), is read (``says_today``).

A registration's, an application's or a ticket sale's opening is skipped alike ("Volunteer applications open August
1, 2026. Join us for the rally on September 5, 2026 at 6:30 pm": the rally; "Tickets go on sale June 2"): the day a
form or a box office opens is no one's event; what opens otherwise is read ("The gallery opens August 1").

A term's end in Spanish, Portuguese, Catalan or German is a deadline's too ("con el plazo ampliado hasta el 15 de
junio de 2026 a las 12:00 h", "Anmeldefrist bis zum 1. Juni"); a bare "hasta el 15 de junio" (an exhibition's last
day) is not one.

"Due to the rain, the concert moves to October 5": "due to" is no deadline, the concert is read. A closing in the
past tense ("Registration closed Feb 20, 2024. Results are online.") is left to the reading of days past, as before.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._feed_stamps import said_before

# How far before a date its deadline's words may stand ("Nominations must be submitted by ").
LEAD = 60
# The words of a deadline right before its date: a deadline's name and its joining word or colon ("deadline of",
# "Deadline:", "due on", "cut-off date:", "Anmeldeschluss:", "date limite :"), or what is submitted, entered or
# applied for "by" or "before" it, or a registration's or an application's closing.
_DEADLINE_WORD = (
    r"\b(?:deadline|due(?:\s++date)?|cut[\s-]?off(?:\s++date)?|closing\s++date|anmeldeschluss|einsendeschluss"
    r"|bewerbungsschluss|meldeschluss|date\s++limite|fecha\s++l[ií]mite|scadenza|on\s++or\s++before)"
    r"(?:\s++(?:is|of|on|date|for|by))?[\s:–—-]*+"
)
_SUBMITTED_BY = (
    r"\b(?:submit(?:ted)?|received|postmarked|apply|applications?|register|registrations?|sign[\s-]?ups?|rsvps?"
    r"|enter|entries|nominat(?:e|ions?)|submissions?)\b[^.!?\n]{0,40}?\b(?:by|before|no\s++later\s++than)"
    r"\s++(?:the\s++)?"
)
_CLOSING = (
    r"\b(?:registrations?|applications?|sign[\s-]?ups?|nominations?|entries|submissions?|ticket\s++sales?)"
    r"\s++(?:closes?|closing|ends?|due)(?:\s++on)?[\s:–—-]*+"
)
# ... or their opening, or a box office's ("Volunteer applications open August 1, 2026. Join us for the rally on
# September 5", "Registration opens on", "Tickets go on sale"): the day a form or a sale opens, not the event's.
_OPENING = (
    r"\b(?:registrations?|applications?|sign[\s-]?ups?|nominations?|entries|submissions?|enrol(?:l)?ments?"
    r"|ticket\s++sales?)\s++(?:open(?:s|ing)?|start(?:s|ing)?|begins?)(?:\s++(?:on|from))?[\s:–—-]*+"
    r"|\btickets?\s++(?:go\s++)?on\s++sale(?:\s++(?:on|from))?[\s:–—-]*+"
)
# ... or a term's end in another language (batch 56): "con el plazo ampliado hasta el", "el plazo de inscripción
# termina el", "o prazo de candidatura termina a", "termini d'inscripció fins al", "Anmeldefrist bis zum"; in one
# clause (review27): "Ohne Anmeldefrist, das Fest läuft bis zum 10. August" names no term's end.
_TERM_ENDS = (
    r"\b(?:plazo|prazo|termini|\w{0,12}frist)\b[^.!?\n,;:–—]{0,30}?\b(?:hasta|termina|finaliza|vence|cierra|at[eé]|fins"
    r"|acaba|bis)(?:\s++(?:el|al|a|o|zum|dia))?\s*+"
)
DEADLINE_BEFORE = re.compile(
    rf"(?:{_DEADLINE_WORD}|{_SUBMITTED_BY}|{_CLOSING}|{_OPENING}|{_TERM_ENDS})$", re.IGNORECASE
)
# An opening on the event's own day, its check-in (review26): "Registration begins Saturday, June 5, 2031 at 7:00 am.
# The race starts at 8:00 am", "Registration opens June 6 at 11 am; shotgun start at noon": what starts next is a
# clock, with no other day after it. Not: "Registration opens June 7 at 9 am online. Camp runs July 10-14", "…; the
# league starts at 6 pm on June 20".
OPENING_BEFORE = re.compile(rf"(?:{_OPENING})$", re.IGNORECASE)
_CLOCK = r"(?:\d{1,2}(?::[0-5]\d)?\s?[ap]\.?m\b\.?|\d{1,2}:[0-5]\d\b|noon\b)"
LATER_START = re.compile(
    rf"\b(?:starts?|begins?|kicks?\s+off|tees?\s+off)\s+(?:at\s+)?(?P<clock>{_CLOCK})", re.IGNORECASE
)
OTHER_DAY = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\btomorrow\b",  # "on Mondays" too (review27)
    re.IGNORECASE,
)
CHECK_IN_REACH = 150  # how far after the opening's day the event's own start is looked for


def _later_start(text: str, end: int) -> str | None:
    """The clock the words after an opening's day (ending at ``end``) start the event at later that day (see
    above), else None."""
    after = text[end : end + CHECK_IN_REACH]
    later = LATER_START.search(after)
    return later["clock"] if later is not None and OTHER_DAY.search(after, 0, later.end() + 20) is None else None


def check_in_start(match: re.Match[str]) -> str | None:
    """The event's own start clock when the prose date ``match`` found is a check-in's, an opening on the event's own
    day ("Sign-ups open June 7 at 6 pm, quiz starts 7 pm": "7 pm"; left27): the event starts then, not at the
    opening's clock. None for any other date."""
    if not said_before(OPENING_BEFORE, match.string, match.start(), LEAD):
        return None
    return _later_start(match.string, match.end())


def deadline_date(match: re.Match[str]) -> bool:
    """Whether the prose date ``match`` found is a deadline's: its words stand right before it."""
    if not said_before(DEADLINE_BEFORE, match.string, match.start(), LEAD):
        return False
    return check_in_start(match) is None


def reported_day(start: dt.date, all_day: bool, published: dt.datetime, match: re.Match[str] | None = None) -> bool:
    """Whether a date read from a news post's text is the day the post reports: the day it was published, without
    a clock, in a sentence that does not say its event is today (``says_today``, when the date's ``match`` is
    given). An earlier day is left to the reading of days past (a recap: an event that is over)."""
    day = start.date() if isinstance(start, dt.datetime) else start
    return all_day and day == published.date() and (match is None or not says_today(match))


# How far around a date its sentence is looked at, each way.
SENTENCE_REACH = 200
_SENTENCE_ENDS = (". ", "! ", "? ", "\n")
# The sentence says its day is today ...
_TODAY = re.compile(r"\b(?:today|tonight|this\s++(?:morning|afternoon|evening|day))\b", re.IGNORECASE)
# ... in the present or the future tense, of something that happens ("is today", "will be held", "opens", "performs")
_PRESENT = re.compile(
    r"\b(?:is|are|will|shall|opens|starts|begins|runs|happens|takes\s++place|meets|performs|plays|sings|returns"
    r"|comes|join\s++us|come\s++along)\b|['’](?:s|re|ll)\b",
    re.IGNORECASE,
)
# ... and reports nothing done ("was", "took place", "spoke", "featured", "died").
_PAST = re.compile(
    r"\b(?:was|were|had|did|took\s++place|took|died|passed\s++away|spoke|featured|won|gave|announced|welcomed"
    r"|hosted|raised|visited|met|said|attended|celebrated|received|presented|honou?red|marked)\b",
    re.IGNORECASE,
)


def says_today(match: re.Match[str]) -> bool:
    """Whether the sentence around a date says its event is today, in the present or the future tense."""
    sentence = _sentence(match.string, match.start(), match.end())
    return bool(_TODAY.search(sentence) and _PRESENT.search(sentence) and not _PAST.search(sentence))


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``, from the end of the one before to the end of its own."""
    low = max(0, start - SENTENCE_REACH)
    openings = [found + len(mark) for mark in _SENTENCE_ENDS if (found := text.rfind(mark, low, start)) >= 0]
    opening = max(openings, default=low)
    high = min(len(text), end + SENTENCE_REACH)
    closings = [found for mark in _SENTENCE_ENDS if (found := text.find(mark, end, high)) >= 0]
    return text[opening : min(closings, default=high)]
