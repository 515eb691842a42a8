"""Days a news item's sentence reports as over, in a feed that does not say it lists events (for ``rss``). Pure.

An "on this day" feed of sports history (batch 70: "Important Soccer Matches Today", Wikipedia summaries, no
pubDate) writes a season's days without their year: "Pre-season matches ran from January 19 through February 17.
The regular season began on February 21 and ended on October 19". With no publication day to tell the reported days
from the coming ones (``_feed_not_event_dates`` needs one), the first was read as next January's run of matches.
A date whose own clause says it is over, a verb in the past tense of something running its course right before it
("ran from", "began on", "ended on", "concluded with MLS Cup 2024 on", "took place on", "was held on", "were
played on", "finished on"), is a report, not an event, in a feed that does not say it lists events.

Not: the present or the future ("run from", "begins on", "will be held on", "is held on"), such a verb in another
sentence or clause (after a ".", "!", "?" or ";"), one more than six words before the date, a feed of events (its
items' days are their events', whatever the tense). Nor (review51) a date the verb's clause has left: a comma or a word
opening another clause or time between them ("The festival, which ran from 2019, returns on 14 June",
"began in 2020 and continues on 12 March", "Registration began on Monday for the race on 14 June", "ended in a tie,
next one on 12 February"); a weekday's comma ("ended on Sunday, October 19") stays the verb's.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sources.adapters._feed_past_report_intl import past_report_intl
from sources.adapters._feed_when import When

LEAD = 80  # characters before a date looked at
# A word between the verb and the date that opens another clause or another time ("…, which ran from 2019, returns
# on", "began in 2020 and continues on", "began on Monday for the race on"): the date is no longer the verb's.
_OTHER_CLAUSE = (
    r"(?:and|or|but|so|then|while|which|who|next|now|this|will|is|are|returns?|continues?|resumes?"
    r"|for[ \t]{1,3}(?:the|a|an|our|its|their|this|next))\b"
)
_WEEKDAY_COMMA = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,"  # "ended on Sunday, October 19"
# The verb, then at most six words (none ending a clause, holding a comma or another clause's word; a year may stand
# among them: "concluded with MLS Cup 2030 on"), then the date. Bounded, one word per step: linear.
_PAST_BEFORE = re.compile(
    r"\b(?:ran|began|ended|concluded|finished|took[ \t]place|(?:was|were)[ \t](?:held|played|staged|run))\b"
    rf"(?:[ \t]{{1,3}}(?:{_WEEKDAY_COMMA}|(?!{_OTHER_CLAUSE})[^\s.!?;,]{{1,30}})){{0,6}}[ \t]{{1,3}}$",
    re.IGNORECASE,
)


def past_report(text: str, start: int) -> bool:
    """Whether the date at ``start`` in ``text`` follows, in its clause, a verb saying it ran its course."""
    return _PAST_BEFORE.search(text[max(0, start - LEAD) : start]) is not None


def or_past_report(
    other: Callable[[When, re.Match[str]], bool] | None,
) -> Callable[[When, re.Match[str]], bool]:
    """A check of read dates that skips a reported one (``past_report``; in another language or after the date,
    ``_feed_past_report_intl``) as well as what ``other`` skips."""
    return lambda when, match: (
        past_report(match.string, match.start())
        or past_report_intl(match.string, match.start(), match.end())
        or (other is not None and other(when, match))
    )
