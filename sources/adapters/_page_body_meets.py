"""A list of meeting dates under a heading that says only when and where ("When and Where We Meet"), named by the
body the page's own statement says meets ("Hertingfordbury Parish Council meets regularly … at 7.00pm"). Pure.

The schedule reader titles such dates by the heading above them, and already reads the statement for the hour
and the place (``_page_schedule``: "time from the page's own statement"). When that heading names nothing but the
when and where ("When and Where We Meet", "When we meet", "Meeting dates", "Future dates", "Dates of meetings",
"Schedule of meetings") and the statement opens with a body's name and "meets" ("… Parish Council meets", "The
Society meets", "The Board will meet"), each date is that body's meeting: "Hertingfordbury Parish Council meeting".

Not: a heading that names something ("Planning Committee", "Concerts 2031"), a statement whose subject is no body
("We meet", "Meetings are held", "The hall is open"), a body word alone ("The Society meets"), a body named only
later in the sentence.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable

from sources.adapters._page_words import meeting_title
from sources.adapters.base import ParsedRecord, RawEvent

SCHEDULE_TITLE = "title from the heading above the schedule: "  # html.SCHEDULE_TITLE's opening
STATEMENTS = ("time from the page's own statement: ", "place from the page's own statement: ")
# A heading that says only when (and where) the meetings are, naming no body.
WHEN_WHERE = re.compile(
    r"^\s*(?:(?:when|where)(?:\s+(?:and|&)\s+(?:when|where))?\s+(?:we|they|it)\s+meets?"
    r"|(?:(?:future|upcoming|forthcoming|next)\s+)?(?:meeting\s+)?dates?(?:\s+of\s+(?:the\s+)?meetings?)?"
    r"|(?:meeting\s+schedule|schedule\s+of\s+meetings))\s*[.:!]?\s*$",
    re.IGNORECASE,
)
# The statement's subject: a body's name of two to eight words, its last a body's word, then "meets".
BODY_MEETS = re.compile(
    r"^(?:[Tt]he\s+)?(?P<name>(?:(?!The\b)[A-Z][\w'&.-]*\s+){1,7}?"
    r"(?:Council|Committee|Board|Society|Club|Group|Association|Trust|Trustees|Commission|Assembly|Guild|Forum|"
    r"Panel|Authority|Branch|Circle|Institute|Union|Federation|League))\s+"
    r"(?:(?:usually|normally|regularly|generally|currently)\s+)?(?:meets|will\s+meet|holds\s+its\s+meetings)\b",
)
EVIDENCE = "{heading!r} says only when and where: titled by the body its statement says meets, {name!r}"
MAX_STATEMENT = 600  # a statement longer than this is prose, not the page's one line about its meetings
MAX_SENTENCES = 400  # how many of a page's sentences are looked at for who meets


def quoted_evidence(evidence: list[str], prefixes: tuple[str, ...]) -> str | None:
    """The quoted text (a repr) of the first evidence line opening with one of ``prefixes``, or None."""
    for line in evidence:
        for prefix in prefixes:
            if line.startswith(prefix):
                try:
                    value = ast.literal_eval(line[len(prefix) :])
                except (ValueError, SyntaxError):
                    return None
                return value if isinstance(value, str) else None
    return None


def body_meets(statement: str) -> str | None:
    """The body a statement says meets ("Hertingfordbury Parish Council meets regularly …"), or None."""
    if len(statement) > MAX_STATEMENT:
        return None
    found = BODY_MEETS.match(" ".join(statement.split()))
    return found["name"] if found else None


def stated_body(sentences: Iterable[str]) -> str | None:
    """The body the page's first "… meets" sentence names, where no sentence gave the meetings' time or place
    (``_page_schedule.page_defaults``: "Hilltop Town Council meets on the first Monday of each month." over a list
    under "Meeting dates" names its meetings as the statement with an hour does); None when none does."""
    for index, sentence in enumerate(sentences):
        if index >= MAX_SENTENCES:
            break
        name = body_meets(sentence.strip())
        if name is not None:
            return name
    return None


def body_titles(records: list[ParsedRecord]) -> None:
    """Dates titled by a when-and-where heading: titled by the meeting body (see the module)."""
    for record in records:
        if not isinstance(record, RawEvent):
            continue
        heading = quoted_evidence(record.evidence, (SCHEDULE_TITLE,))
        if heading is None or record.title != heading or not WHEN_WHERE.match(heading):
            continue
        statement = quoted_evidence(record.evidence, STATEMENTS)
        name = body_meets(statement) if statement else None
        if name is not None:
            record.title = meeting_title(name)
            record.evidence.append(EVIDENCE.format(heading=heading, name=name))
