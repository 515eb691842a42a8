"""Days a news item's sentence reports as over, written in other languages than English or after the date (for
``_feed_past_report``). Pure.

A French robotics club's news (feeds82: a Hugo "actualites" section, its posts undated) reports its days: "La
première après-midi des clubs de 7Robot a eu lieu ce mardi 13 septembre", "La première formation organisée par le
club cette année, ce jeudi 6 octobre, a été un grand succès". ``_feed_past_report`` reads English verbs before a
date ("took place on", "was held on"); both were read as events of a news feed, held for a moderator.

- ``PAST_BEFORE_INTL``: the verb that says a thing happened, in French, German, Spanish, Italian, Portuguese or
  Dutch ("a eu lieu", "ont eu lieu", "s'est tenu", "s'est déroulée", "fand", "fanden", "tuvo lugar", "se celebró",
  "si è svolta", "si è tenuto", "ha avuto luogo", "aconteceu", "realizou-se", "vond"), then at most six words of its
  clause, then the date.
- ``PAST_AFTER``: the date, then at most two words of its clause, then such a verb ("le 13 septembre dernier a eu
  lieu", "ce jeudi 6 octobre, a été un grand succès", "on 6 October took place", "am 6. Oktober war ein voller
  Erfolg"): a report of how it went.

Not: the present or the future ("aura lieu", "se tiendra", "findet … statt", "will be a success"); "a été" with any
other word than a success's ("La date du 6 octobre a été retenue pour le concert" announces the day); a verb another
clause's word keeps from the date ("le 6 octobre, le concert qui a eu lieu l'an dernier revient"); a sentence's end
between them. A feed of events is not asked (its items' days are their events', whatever the tense).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

LEAD = 80  # characters looked at before a date
TAIL = 60  # and after it
_APOSTROPHE = r"['’]"
# "it took place / was held", in the languages the feed readers know besides English.
_HAPPENED = (
    r"(?:a|ont)[ \t]eu[ \t]lieu|s" + _APOSTROPHE + r"(?:est|étai(?:en)?t)[ \t](?:bien[ \t])?(?:tenu|déroulé|passé)e?s?"
    r"|fand(?:en)?|tuvo[ \t]lugar|tuvieron[ \t]lugar|se[ \t](?:celebró|realizó|celebraron)"
    r"|si[ \t](?:è|e)[ \t](?:svolt|tenut)[oaie]|ha[ \t]avuto[ \t]luogo|aconteceu|ocorreu|realizou-se|vond(?:en)?"
)
# A word that opens another clause or time: the verb beyond it is not the date's ("qui a eu lieu l'an dernier").
_OTHER_CLAUSE = r"(?:qui|que|dont|où|et|mais|puis|der|die|das|und|aber|y|pero|che|e|ma|en|maar|dat)\b"
PAST_BEFORE_INTL = re.compile(
    rf"(?<!\w)(?:{_HAPPENED})(?!\w)(?:[ \t]{{1,3}}(?!{_OTHER_CLAUSE})[^\s.!?;,]{{1,30}}){{0,6}}[ \t]{{1,3}}$",
    re.IGNORECASE,
)
# How it went, said right after the date: it happened, or it was a success.
_SUCCESS = (
    r"(?:a[ \t]été|était)[ \t]une?[ \t](?:(?:grand|grande|vrai|vraie|beau|belle|franc|franche|immense)[ \t])?"
    r"(?:succès|réussite)|war[ \t](?:ein|eine)[ \t](?:(?:voller|großer|toller|riesiger)[ \t])?Erfolg"
    r"|was[ \t]an?[ \t](?:(?:great|huge|big|real|resounding)[ \t])?success"
    r"|fue[ \t]un[ \t](?:(?:gran|rotundo)[ \t])?éxito|è[ \t]stat[oa][ \t]un[ \t](?:(?:grande|vero)[ \t])?successo"
)
PAST_AFTER = re.compile(
    rf"\A[ \t]{{0,3}},?(?:[ \t]{{1,3}}(?!{_OTHER_CLAUSE})[^\s.!?;,]{{1,30}}){{0,2}},?[ \t]{{1,3}}"
    rf"(?:{_HAPPENED}|took[ \t]place|was[ \t]held|{_SUCCESS})(?!\w)",
    re.IGNORECASE,
)


def past_report_intl(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start``–``end`` of ``text`` is reported as over: a verb of its clause in another
    language before it, or one after it in any (``PAST_AFTER``)."""
    if PAST_BEFORE_INTL.search(text[max(0, start - LEAD) : start]) is not None:
        return True
    return PAST_AFTER.match(text[end : end + TAIL]) is not None
