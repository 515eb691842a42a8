"""A feed item whose title names a call for people, not an event: no date from its prose (for ``rss``). Pure.

A theatre's, a club's or a school's own feed is often its blog: with the shows it posts its calls: an audition
call ("Auditions: Rosencrantz and Guildenstern Are Dead", "Auditions for Hamlet", "Casting call: …"), the cast list
that follows ("Cast list: Hairspray") and its job openings ("Job Opening – Marketing Manager", "Now hiring: box
office staff", "Vacancy: …"). Their words are full of days: the audition's sessions, the callbacks, the rehearsals,
the run of the show ("Hairspray runs August 28 – September 20"), a deadline to apply. Reading the first of them as
the item's event lists "Auditions: …" on the day of an information session, or "Cast list: Hairspray" as a show
running for three weeks. Such a post is a notice to the people it calls, not an event its readers attend: the dates
in its prose are not read, and the item is set aside with that reason.

Only the title decides, and only its start: the name of the call followed by a colon, a dash, "for" or nothing
("Auditions", "Job opening – …"). Left as they were: an event whose name merely begins with such a word ("Audition
Workshop for Teens", "Hiring Fair: meet 40 employers", "Job Fair", "Cast Party"), a call whose own title gives its
date (read as a date title is), an item of a feed that says it lists events (the calendar lists the audition as an
event), and dates an event element gives.

A conference calendar's feed lists, beside each conference, the days its papers are due ("International Copper
Conference: Abstract extended submission deadline", batch 63), each dated in its description: a deadline is the last
day to send something in, not an event anyone attends (``deadline_notice``), whatever its feed. Only the title's end
decides: "deadline" after what is due (a submission, an application, a registration, an abstract, a manuscript, a
paper, a proposal, an entry, a payment…: "Early-bird registration deadline", "Grant application deadline
(extended)"). Not an event held about it (review36: "Workshop: beating the grant application deadline", "Info
session – Fulbright application deadline"). Left: "Deadline" alone or as a name ("The Deadline", "Deadline Festival"), a deadline named mid-title.
Review60: German writes the deadline first, as one word, in a "Termine" feed of a chamber's or a school's dates
(``_feed_date_signs.EVENT_SEGMENTS`` since feeds79): "Anmeldeschluss Abschlussprüfung", "Abgabefrist
Projektarbeit", "Einsendeschluss: Fotowettbewerb", "Stichtag Förderanträge" (``DEADLINE_LEAD``: what is due, then
"-schluss" or "-frist", a word alone). Not "Saisonschluss-Party", "Schlussakkord", "Fristlos" (no due thing named).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

from sources.adapters._feed_job_words import JOB_CALLS

MAX_TITLE = 200  # characters of a title looked at

# The call's name at the title's start, then a colon, a dash, "for" or the title's end; a job's call is worded as
# a job ad's words are (``_feed_job_words.JOB_CALLS``: one vocabulary for both gates, left36).
CALL_TITLE = re.compile(
    r"^\W{0,3}+(?:(?:open\s++)?auditions?(?:\s++(?:notice|call|information|announcement))?|casting\s++call"
    rf"|call\s++for\s++auditions|cast\s++list|callback\s++list|{JOB_CALLS})"
    r"(?:\s*+[:–—-]|\s++for\b|\s*+$)",
    re.IGNORECASE,
)
CALL = (
    "The item's title names a call for people ({call!r}), not an event: the dates in its words are the call's "
    "sessions, deadlines or the run of a show it casts, not an event of its own."
)


def call_notice(title: str | None, *, listing_events: bool = False) -> str | None:
    """Why the item is a call for people, not an event (``CALL``), or None when its title names no such call or
    its feed says it lists events (``listing_events``: the calendar lists the call as an event)."""
    if listing_events or not title:
        return None
    found = CALL_TITLE.match(title.strip()[:MAX_TITLE])
    if found is None:
        return None
    return CALL.format(call=found.group(0).strip(" :–—-"))


DEADLINE_TITLE = re.compile(
    r"(?<![^\W\d_])(?:submissions?|applications?|registrations?|abstracts?|manuscripts?|papers?|proposals?|entry|"
    r"entries|nominations?|payments?|filing|enrol?lments?|sign[- ]?ups?|rsvps?|early[- ]?bird|grants?|"
    r"scholarships?|bids?|call\s{1,3}for\s{1,3}\w{1,20})[ \t]{1,3}deadlines?"
    r"(?:[ \t]{0,3}\([^()]{0,40}\))?[ \t.!]{0,3}$",
    re.IGNORECASE,
)
DEADLINE = (
    "The item's title names a deadline ({deadline!r}): the last day to send something in, not an event to attend."
)


# An event held about a deadline (review36): its kind opening the title before a colon or a dash ("Workshop: …",
# "Info session – …", "Drop-in clinic – …"), or the deadline the object of what is done ("… for the NSF proposal
# deadline", "beating the grant application deadline").
ABOUT_DEADLINE = re.compile(
    r"^\W{0,3}(?:[^\W\d_]{1,20}[ \t-]{1,3}){0,2}(?:workshops?|webinars?|seminars?|info(?:rmation)?[ \t]{1,3}"
    r"(?:sessions?|evenings?|events?)|clinics?|drop[- ]?ins?|q[ \t]?&[ \t]?a|talks?|briefings?|masterclass(?:es)?|"
    r"bootcamps?|classes|class|open[ \t]{1,3}(?:day|evening|house)|office[ \t]{1,3}hours|meet[- ]?ups?)"
    r"[ \t]{0,3}[:–—-]|(?<![^\W\d_])(?:for|before|beat(?:ing)?|meet(?:ing)?|ahead[ \t]{1,3}of|"
    r"preparing[ \t]{1,3}for)[ \t]{1,3}(?:the|your|this[ \t]{1,3}year'?s)[ \t]{1,3}",
    re.IGNORECASE,
)


# review60: the deadline's German word opening the title, alone ("Anmeldeschluss Abschlussprüfung", "Stichtag: …").
DEADLINE_LEAD = re.compile(
    r"^\W{0,3}(?:(?:anmelde|anmeldungs|melde|einsende|einsendungs|bewerbungs|annahme|redaktions|abgabe|"
    r"einreichungs|buchungs|nennungs|teilnahme|antrags)(?:schluss|frist)|stichtag)(?=[ \t:–—]|$)",
    re.IGNORECASE,
)


def deadline_notice(title: str | None) -> str | None:
    """Why the item is a submission deadline, not an event (``DEADLINE``), or None when its title names none, or names
    an event held about one (``ABOUT_DEADLINE``: "Workshop: beating the grant application deadline")."""
    if not title:
        return None
    found = DEADLINE_TITLE.search(title.strip()[:MAX_TITLE]) or DEADLINE_LEAD.match(title.strip()[:MAX_TITLE])
    if found is None or ABOUT_DEADLINE.search(title.strip()[: found.start() + 1]) is not None:
        return None
    return DEADLINE.format(deadline=found.group(0).strip(" .!"))
