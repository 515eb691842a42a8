"""The hour a page states once for all its performances or matches (held-out batch 105, helper pages105). Pure.

A theatre group's dates page lists its play's days in bold with no hour and says below them "Die Aufführung beginnt
um 20.00 Uhr."; a cricket club's fixture table gives dates only, over "Unless noted otherwise all matches are 35
overs and start at 1pm." The schedule reader applies a sentence stating when the page's meetings start to its rows
that give no time (_page_schedule.page_defaults), but knew such a sentence by its words for meetings only
("meetings", "Sitzungen", _page_stated_abroad). A sentence in which a performance, a show, a screening, a match or a
game (in English, German, French, Spanish, Italian or Dutch) starts or begins counts too (``shows_said``).

Not such a sentence: when the doors, the box office or the ticket sale open ("Einlass ab 19 Uhr", "doors open at
7pm", "Vorverkauf beginnt um 10 Uhr"), a sentence with no start verb ("Die Vorstellung dauert 2 Stunden"), a
sentence about one dated show (the schedule reader skips a sentence with a date). review45: nor a sentence about
part of a day, whose shows are someone's ("Children's games start at 14:00 on the green") or repeat through it
("Film screenings in the gallery start at 15:00 every hour").
"""

from __future__ import annotations

import re

# What starts: a performance, a show, a match. German nouns are matched inside compounds ("Abendvorstellung").
SHOW_NOUN = re.compile(
    r"\b(?:performances?|shows?|screenings?|concerts?|matches|games?|fixtures?|kick-?offs?)\b"
    # review45: not a verb ("our choir plays at the festival"), nor what is written about a match ("match report")
    r"|\bplay\b|\bplays\b(?!\s++(?:at|in|on|with|for|to|live)\b)"
    r"|\bmatch\b(?!\s++(?:reports?|previews?|reviews?|highlights|commentary)\b)"
    r"|(?:auff[üu]hrung(?:en)?|vorstellung(?:en)?|vorf[üu]hrung(?:en)?|konzerte?|spiele?)\b"
    r"|\b(?:repr[ée]sentations?|spectacles?|s[ée]ances?|matchs|funci[oó]n(?:es)?|partidos?|spettacol[oi]|"
    r"partit[ae]|voorstelling(?:en)?|wedstrijd(?:en)?)\b",
    re.IGNORECASE,
)
# ... and that it starts: "start(s) at", "begin(s)", "beginnt/beginnen um", "commence(nt) à", "empieza(n)".
START_VERB = re.compile(
    r"\b(?:starts?|begins?|commences?|kicks?\s+off|beginn(?:t|en)|startet|starten|commencen?t?|d[ée]bute(?:nt)?|"
    r"empiezan?|comienzan?|inizia(?:no)?|cominciano|begint|beginnen|aanvang)\b",
    re.IGNORECASE,
)
# What opens is not the show: the doors, the box office, a sale, a registration.
NOT_THE_SHOW = re.compile(
    r"\b(?:doors?|einlass|kasse|abendkasse|box\s+office|vorverkauf|ticket\w*|karten\w*|sales?|registration|"
    r"anmeldung|inscriptions?|billetterie|ouverture\s+des\s+portes|taquilla|kassa|deuren)\b",
    re.IGNORECASE,
)


# Shows that are part of a day: someone's ("Children's games", "kids' shows") or repeating ("every hour").
PART_OF_A_DAY = re.compile(
    r"\w(?:'s|s'|’s|s’)\s++(?:[^\W\d_]++\s++){0,2}?(?:performances?|shows?|screenings?|concerts?|games?|plays?)\b"
    r"|\bevery\s++(?:hour|half[\s-]hour|\d{1,3}\s++min(?:ute)?s)\b|\b(?:hourly|on\s++the\s++hour|st[üu]ndlich|"
    r"jede\s++stunde|toutes\s++les\s++heures)\b",
    re.IGNORECASE,
)


def shows_said(sentence: str) -> bool:
    """Whether a sentence says when the page's performances or matches start (see the module)."""
    if len(sentence) > 300 or NOT_THE_SHOW.search(sentence) or PART_OF_A_DAY.search(sentence):
        return False
    return bool(SHOW_NOUN.search(sentence)) and bool(START_VERB.search(sentence))
