"""Titles that are a sentence about the event rather than its name. Pure.

Two shapes, both seen on public bodies' meeting pages, where a reader takes a line's words once the date is cut out:

* a call to action in front of the name: a list of recordings linked "Watch the January 27, 2025 Board Meeting",
  a sign-up "Register for the Annual Budget Hearing": the name is what follows the verb;
* an announcement's subject with its verb left dangling where the date was cut off: "The Board of Commissioners
  meeting will be held on: February 17, 2026" read as "The Board of Commissioners meeting will be held on": the
  name is the subject.

Only when what is left names a gathering (a meeting, hearing, workshop…) and still has a word of its own beside that
kind: "Watch the Throne", "Watch Party: Cup Final", "Watch the Meeting" and "It will be held on" stay as they are.
The call to action runs on every source's titles, so it is narrower still: only "the" after the verb ("Watch This
Space Festival", "Watch Our Festival Highlights" are names), and what is left must end with a body's sitting, a
meeting, a hearing, a session or a workshop ("Watch the Concert Online", "Watch the Board Meeting Room Tour" stay).
"""

from __future__ import annotations

import re

# The verbs that lead into an event from a list or a button, with "the" ("this" and "our" make names): "Watch the",
# "Join us for the", "Register for the", "RSVP to the", "Click here to watch the", "Tune in to the", "Livestream of
# the".
CALL_TO_ACTION = re.compile(
    r"^(?:click\s++here\s++to\s++)?+"
    r"(?:watch(?:\s++the)?+\s++(?:recording|video|livestream|live\s++stream)\s++of|watch|view|"
    r"join\s++us\s++(?:for|at)|register\s++(?:now\s++)?+for|rsvp\s++(?:for|to)|sign\s++up\s++for|"
    r"tune\s++in\s++(?:to|for)|livestream\s++of|live\s++stream\s++of)"
    r"\s++the\s++(?P<name>\S.*)$",
    re.IGNORECASE,
)
# An announcement's verb with nothing after it but its preposition: "… will be held on", "… will take place on",
# "… is scheduled for", "… has been rescheduled to", "… will meet on", a colon after it or not.
DANGLING_ANNOUNCEMENT = re.compile(
    r"\s(?:will\s++be\s++held|will\s++take\s++place|will\s++(?:be\s++)?+(?:meet|convene)|"
    r"(?:is|are)\s++(?:being\s++)?+(?:held|scheduled)|(?:has|have)\s++been\s++(?:re)?+scheduled)"
    r"(?:\s++(?:on|at|for|to|in))?+\s*+:?\s*+$",
    re.IGNORECASE,
)
# The determiners an announcement's subject opens with: "The …", "Our next …", "This year's …".
LEADING_DETERMINER = re.compile(r"^(?:(?:the|our|this\s++year['’]s)\s++(?:next\s++)?+|next\s++)", re.IGNORECASE)
# What a gathering is called: the remainder must name one to be the event's name.
GATHERINGS = frozenset(
    """
    meeting meetings hearing hearings session sessions workshop workshops webinar forum summit conference lecture
    seminar symposium assembly council board commission committee concert festival ceremony celebration fundraiser
    gala screening class orientation training town-hall
    """.split()
)
# What a call to action may lead into: a body's sitting, the last word of what follows the verb ("Board Meeting").
SITTINGS = frozenset(
    "meeting meetings hearing hearings session sessions workshop workshops work-session study-session".split()
)
PRONOUNS = frozenset("it this that they we he she there".split())
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def _names_a_gathering(name: str) -> bool:
    """A gathering's kind and at least one word of its own ("Board Meeting", not "Meeting" alone)."""
    words = [word.casefold() for word in _WORD.findall(name)]
    return len(words) >= 2 and any(word in GATHERINGS for word in words) and words[0] not in PRONOUNS


def _names_a_sitting(name: str) -> bool:
    """A gathering's name (``_names_a_gathering``) that ends with a body's sitting ("Annual Budget Hearing")."""
    words = _WORD.findall(name)
    return _names_a_gathering(name) and words[-1].casefold() in SITTINGS


def without_call_to_action(title: str) -> str:
    """The event's name after a call to action in front of it, or the title as it was."""
    found = CALL_TO_ACTION.match(title.strip())
    if found is None or not _names_a_sitting(found["name"]):
        return title
    return found["name"].strip()


def without_dangling_announcement(title: str) -> str:
    """An announcement's subject when its verb is left dangling at the title's end, or the title as it was."""
    text = title.strip()
    found = DANGLING_ANNOUNCEMENT.search(text)
    if found is None:
        return title
    name = LEADING_DETERMINER.sub("", text[: found.start()]).strip()
    if not _names_a_gathering(name):
        return title
    return name[:1].upper() + name[1:]


# A line's leftover after its date and status words were cut out: it opens with a bare preposition ("to at the
# Library Services Center (LSC), Room 226- Watch the Board Meeting", from "RESCHEDULED to Friday, January 30, 2026
# at Noon at the …"). Its last part after a dash, when a call to action to a gathering, is the event's name.
FRAGMENT_HEAD = re.compile(r"^(?:to|at|on|in|and|or|of|for|from|with|by)\s")
LAST_DASH = re.compile(r"(?<!\s)\s*+[-–—]\s++(?=\S)")


def without_fragment_before_action(title: str) -> str:
    """A fragment's call to action after its last dash, as the name (see FRAGMENT_HEAD), or the title as it was."""
    if FRAGMENT_HEAD.match(title) is None:
        return title
    dashes = list(LAST_DASH.finditer(title))
    if not dashes:
        return title
    tail = title[dashes[-1].end() :]
    name = without_call_to_action(tail)
    return name if name != tail else title


def name_from_sentence(title: str) -> str:
    """The event's name when its title is one of the sentences above, else the title unchanged."""
    return without_dangling_announcement(without_call_to_action(without_fragment_before_action(title)))
