"""Dates a page lists with no name take the name of the work its sentence introduces them with (held-out batch 105,
helper pages105). Pure.

A theatre group's dates page writes "Unser Sommernachtstheater 2011 „Hexenjagd“ von Arthur Miller wird auf der
Freilichtbühne im Historischen Ortskern von Kaisersesch an folgenden Tagen aufgeführt:" over a box of bold dates
("Freitag, 19. August 2011"); its nativity play "Am 1. Adventswochenende 2010 präsentieren wir im Historischen
Ortskern am Prison unser diesjähriges <strong>Krippenspiel</strong>." over "Samstag, 27. November, 18 Uhr". The
dates name nothing, nor does the page (its heading is "Termine"), so each was called "Meeting" with no place.

``introduced_work``: when every event on the page is so called, a sentence that says a work is performed or
presented ("aufgeführt", "präsentieren wir", "will be performed", "staged", "jouée", "rappresentato", "opgevoerd")
and names it in quotes („…“, “…”, "…", «…») or in bold names them, if the page so names one work only. Its place
is the name after the sentence's "auf der", "im", "at the", "au" … when it holds a word for a venue (a stage, a
hall, a church, a square, an old town): "Freilichtbühne im Historischen Ortskern von Kaisersesch".

Not: a name right after a place's, a performer's or a label's word ("in the <b>School Hall</b>", "by <strong>Year 9
Drama Group</strong>", 'shown as "Draft"', review45); dates with names of their own; a sentence with no verb of performing ("Der Bürgermeister lädt zur „Bürger-
versammlung“ ein" is not one); a page naming two works so (which dates are whose is not said).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from sources.adapters.base import ParsedRecord, RawEvent

FALLBACK = "Meeting"  # the schedule reader's name for rows the page names nowhere (_page_schedule_names)
PERFORMED = re.compile(
    r"\b(?:aufgef[üu]hrt|auff[üu]hren|inszeniert|gespielt|pr[äa]sentieren\s+wir|zeigen\s+wir|spielen\s+wir|"
    r"(?:will\s+be|is|are)\s+(?:performed|staged|shown)|performs|staged|jou[ée]e?s?|repr[ée]sent[ée]e?s?|"
    r"pr[ée]sentons|rappresentat[oa]|messo\s+in\s+scena|representad[oa]|opgevoerd|gespeeld)\b",
    re.IGNORECASE,
)
# A quoted name: the quote opens a word (not an attribute's value, 'file="head.tpl"', in a template's tag).
QUOTED = re.compile(r"(?<![\w=])[„“”\"«»‚](?P<name>[^„“”\"«»‚‘’\n={}]{2,60}?)[“”\"»«‘’](?!\w)")
EMPHASIS = frozenset({"strong", "b", "em", "i"})
INLINE = frozenset(
    {"a", "strong", "b", "em", "i", "span", "q", "u", "small", "big", "br", "img", "abbr", "cite", "font"}
)
SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")
# The place: after "auf der", "im", "at the", "au" …, capitalised words joined by "im", "von", "am", "of the" ….
LOCATIVE = re.compile(
    r"\b(?:auf\s+der|auf\s+dem|im|in\s+der|in\s+dem|at\s+the|at|in\s+the|au|à\s+la|dans\s+la|dans\s+le|en\s+el|"
    r"en\s+la|nella|nel|in\s+het|in\s+de|op\s+het)\s+"
    r"(?P<place>[A-ZÄÖÜÉÈ][\w'’.-]*+(?:\s++(?:(?:im|von|am|an\s+der|in|des|der|de|du|of|the|di|del|van|bei)\s++)?"
    r"[A-ZÄÖÜÉÈ][\w'’.-]*+){0,6})"
)
VENUE_WORD = re.compile(
    r"(?:b[üu]hne|theater|theatre|th[ée][âa]tre|teatro|saal|halle|hall|kirche|church|[ée]glise|chiesa|iglesia|kerk|"
    r"platz|square|piazza|plaza|plein|park|ortskern|altstadt|zentrum|centre|center|museum|mus[ée]e|schloss|castle|"
    r"burg|stage|arena|stadion|stadium|salle|schouwburg|garten|garden|hof)",
    re.IGNORECASE,
)
# A name right after a place's, a performer's or a label's preposition is not the work (review45): "performed in the
# <b>School Hall</b>", "by <strong>Year 9 Drama Group</strong>", 'shown as "Draft"', 'in the "Documents" tab'.
NOT_THE_WORK = re.compile(
    r"\b(?:in|at|im|auf|au|dans|en|nella|nel|op|by|von|vom|par|door|as|als|comme|come|como)"
    r"(?:\s++(?:the|der|dem|den|die|la|le|les|het|de|el|il))?\s*+[„“”\"«»‚]?\s*+$",
    re.IGNORECASE,
)
MAX_NAME = 60
EVIDENCE = "title from the sentence introducing the dates: {name!r}"
PLACE_EVIDENCE = "place from the sentence introducing the dates: {place!r}"


def own_text(element: Any) -> str:
    """An element's text with its inline children's (links, bold), not its blocks'."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag.lower() in INLINE:
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _emphasised(element: Any) -> list[str]:
    return [" ".join("".join(child.itertext()).split()) for child in element if child.tag in EMPHASIS]


def _introductions(root: Any) -> Iterator[tuple[str, str]]:
    """Each (name, sentence) a block's sentence of performing names in quotes or in bold."""
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in INLINE or element.tag in ("script", "style"):
            continue
        text = own_text(element)
        if not PERFORMED.search(text):
            continue
        bold = _emphasised(element)
        for sentence in SENTENCE_END.split(text):
            if not PERFORMED.search(sentence):
                continue
            quoted = [match.group("name").strip() for match in QUOTED.finditer(sentence)]
            for name in quoted or [name for name in bold if name and name in sentence]:
                if 2 <= len(name) <= MAX_NAME and re.search(r"[^\W\d_]{2}", name) and not _other_role(sentence, name):
                    yield name, sentence


def _other_role(sentence: str, name: str) -> bool:
    """Whether the words before a name make it a place, a performer or a label, not the work (review45)."""
    return NOT_THE_WORK.search(sentence[: max(sentence.find(name), 0)][-40:]) is not None


def _place(sentence: str) -> str | None:
    for match in LOCATIVE.finditer(sentence):
        place = match.group("place").strip(" .,:;")
        if VENUE_WORD.search(place):
            return place
    return None


def introduced_work(records: Sequence[ParsedRecord], root: Any) -> None:
    """Name a page's nameless dates after the one work its sentence introduces (see the module)."""
    events = [record for record in records if isinstance(record, RawEvent)]
    if not events or any(event.title != FALLBACK for event in events):
        return
    found = dict(_introductions(root))
    if len({name.casefold() for name in found}) != 1:
        return
    name, sentence = next(iter(found.items()))
    place = _place(sentence)
    for event in events:
        event.title = name
        event.evidence.append(EVIDENCE.format(name=name))
        if place and not (event.venue_name or event.address):
            event.venue_name = place
            event.evidence.append(PLACE_EVIDENCE.format(place=place))
