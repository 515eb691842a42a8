"""A page that says its meetings are held online: its meetings with no place of their own are online. Pure.

A board's schedule may state once how every meeting is attended, not where: "All meetings will be held remotely until
further notice", "Meetings are held virtually via Zoom", "Board meetings will be conducted via Microsoft Teams", and
in other languages "Die Sitzungen finden bis auf Weiteres online per Zoom statt", "Les séances ont lieu en
visioconférence" (the meetings' words of _page_stated_abroad). Its
rows name no room, so they were read with no place at all, where the page does say one thing: they are online
(``RawEvent.online``, no venue). A schedule's place cell that names only an online room ("Via Zoom", "Online",
_online_place.online_only) says the same of its own row.

Not such a statement: one about the past ("During 2020 meetings were held remotely"), a hybrid meeting ("held in
Council Chambers and via Zoom", "in person or online"), a way to watch or join besides the room ("The public may
also watch via Zoom", "Recordings are posted on YouTube"), what may happen ("Meetings may be held virtually if
necessary"), a sentence about one meeting (it writes a date). A row with a place of its own, or a page stating a
room for all its meetings, keeps that place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Protocol

from sources.adapters._online_place import online_only
from sources.adapters._page_dates import find_dates
from sources.adapters._page_stated_abroad import meets_abroad

# "held remotely", "are virtual", "conducted via Zoom", "take place online": a verb of holding, then how.
REMOTE = re.compile(
    r"\b(?:held|conducted|hosted|convened|take\s+place|takes\s+place|taking\s+place|(?P<copula>be|are|is|remain))\s+"
    r"(?:(?:entirely|fully|exclusively|only|currently|temporarily|all)\s+)?"
    r"(?:remotely|virtually|online|virtual|remote|"
    r"(?:via|by|on|through|using)\s+(?:zoom|webex|(?:microsoft\s+)?teams|video\s?conference|teleconference|"
    r"webinar|google\s+meet|gotomeeting))\b",
    re.IGNORECASE,
)
# The same in the languages _page_stated_abroad knows meetings in: "finden online per Zoom statt", "ont lieu en
# visioconférence", "se celebran de forma telemática".
REMOTE_ABROAD = re.compile(
    r"\b(?:online|virtuell|per\s+(?:zoom|webex|teams|videokonferenz)|als\s+videokonferenz|en\s+ligne|"
    r"(?:en|par)\s+visio(?:conf[ée]rence)?|por\s+videoconferencia|en\s+l[íi]nea|de\s+forma\s+(?:virtual|telem[áa]tica)|"
    r"telem[áa]ticamente)\b",
    re.IGNORECASE,
)
NOT_ONLINE_ABROAD = re.compile(
    r"\b(?:wurden|waren|hybrid|pr[äa]senz|vor\s+ort|auch|k[öo]nnen|kann|übertragen|livestream|étaient|ont\s+eu|"
    r"aussi|présentiel|peuvent|retransmise?s?|diffusée?s?|fueron|también|presencial|pueden|transmitid[ao]s?|"
    r"unterlagen|tagesordnung(?:en)?|protokolle?|veröffentlicht|documents|ordre\s+du\s+jour|procès-verbaux|publiée?s?|"
    r"documentos|orden\s+del\s+día|actas|publicad[ao]s?)\b",
    re.IGNORECASE,
)
# Before a copula ("are online"), the meetings themselves, with only auxiliaries between: "Meetings will be online",
# not "The meeting schedule is online", "Registration for all sessions is online" (what is online is another thing:
# the meetings follow a preposition). Read on the MEETINGS_REACH characters before the copula. Bounded: linear.
MEETINGS_BEFORE = re.compile(
    r"(?<!\w)(?:(?P<preposition>for|of|about|to|on|at|from|with|in|during|by|before|after)\s+(?:\w+\s+){0,3})?"
    r"(?:meetings?|hearings?|sessions?)(?:\s+(?:will|shall|would|now|currently|still|all|continue\s+to|to))*\s+$",
    re.IGNORECASE,
)
MEETINGS_REACH = 60
# A verb of holding in those languages: "finden … statt", "werden … durchgeführt", "ont lieu", "se tiennent", "se
# celebran", "vinden … plaats", "si svolgono", "hålls"; not "finden Sie" (where you find the papers). Without one,
# "Die Niederschriften der Sitzungen sind online einsehbar", "Les comptes rendus des séances sont consultables en
# ligne" say the papers are online, not the meetings. Bounded: linear.
HELD_ABROAD = re.compile(
    r"\b(?:(?:finde[nt]|stattfinden)(?!\s+sie\b)|statt|durchgef[üu]hrt|abgehalten|tag(?:t|en)|(?:ont|a)\s+lieu|"
    r"se\s+(?:tiennent|tient|d[ée]roulent|d[ée]roule)|tenues?|se\s+celebra(?:n|r[áa]n)?|celebrar[áa]n|se\s+realizan?|"
    r"tendr[áa]n?\s+lugar|vinden|plaats|si\s+(?:svolgono|svolge|tengono|tiene)|odbywaj[ąa]\s+si[ęe]|konaj[ií]|"
    r"h[åa]lls|afholdes|avholdes|pidet[äa][äa]n)\b",
    re.IGNORECASE,
)
SUBJECT = re.compile(r"\b(?:meetings?|hearings?|sessions?|meets|convenes?)\b", re.IGNORECASE)
# The past, a hybrid or optional way in, a way to watch, a maybe: no statement that the meetings are online.
NOT_ONLINE = re.compile(
    r"\b(?:were|was|had\s+been|previously|formerly|pandemic|covid(?:-19)?|in[\s-]person|hybrid|chambers?|"
    r"also|watch|view(?:ed)?|stream(?:ed)?|broadcast|recordings?|recorded|may|might|could|can|option(?:al|s)?|"
    r"occasionally|some|if|agendas?|minutes|documents|packets?|materials|posted|published)\b",
    re.IGNORECASE,
)
MAX_SENTENCE = 300  # a statement, not a page of prose
SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")
ONLINE_EVIDENCE = "held online, as the page states for its meetings: {said!r}"
ONLINE_ROOM_EVIDENCE = "its place {place!r} names only an online room: held online, no venue"
_EPOCH = dt.date(2000, 1, 1)


class _Row(Protocol):
    location: str | None
    online: bool
    evidence: list[str]


def remote_statement(texts: Iterable[str]) -> str | None:
    """The page's first sentence saying its meetings are held online (see the module), else None."""
    for text in texts:
        if not REMOTE.search(text) and not REMOTE_ABROAD.search(text):
            continue
        for sentence in SENTENCE_END.split(text):
            if len(sentence) > MAX_SENTENCE or find_dates(sentence, year_hint=2000, today=_EPOCH):
                continue
            english = SUBJECT.search(sentence) and _held_remotely(sentence) and not NOT_ONLINE.search(sentence)
            abroad = (
                meets_abroad(sentence)
                and REMOTE_ABROAD.search(sentence)
                and HELD_ABROAD.search(sentence)
                and not NOT_ONLINE_ABROAD.search(sentence)
            )
            if english or abroad:
                return sentence.strip()
    return None


def _held_remotely(sentence: str) -> bool:
    """Whether the sentence says of something that it is held online: a verb of holding ("held remotely"), or a
    copula with the meetings right before it ("Meetings will be online"; not "The meeting schedule is online")."""
    for found in REMOTE.finditer(sentence):
        if found.group("copula") is None:
            return True
        before = MEETINGS_BEFORE.search(sentence[max(0, found.start() - MEETINGS_REACH) : found.start()])
        if before is not None and before.group("preposition") is None:
            return True
    return False


def online_rows(rows: Iterable[_Row], texts: Iterable[str]) -> None:
    """Mark online the rows whose place names only an online room, and, when the page states that its meetings are
    held online, the rows with no place of their own."""
    rows = list(rows)
    for row in rows:
        if row.location and online_only(row.location):
            row.evidence.append(ONLINE_ROOM_EVIDENCE.format(place=row.location[:60]))
            row.location, row.online = None, True
    if not any(not row.location and not row.online for row in rows):
        return
    said = remote_statement(texts)
    if said is None:
        return
    for row in rows:
        if not row.location and not row.online:
            row.online = True
            row.evidence.append(ONLINE_EVIDENCE.format(said=said[:160]))
