"""Pages whose every date is a service's downtime or a parcel's delivery: no events (left34). Pure.

review34 left two ordinary pages read as one event each (0.6–0.7), their heading as its title:
- a maintenance notice in prose under a heading that says nothing of it ("Service announcement", "Important
  update": "Scheduled maintenance on 14 June 2031 from 02:00 to 04:00. Online banking will be unavailable");
  review34's refusal needs a status page's words in the title or a heading;
- a product's own page ("Teak garden bench", £349, "Add to basket": "Order by 14:00 for next-day delivery on 16
  June 2031").

A page is refused (``notice_kind``, asked by ``_page_record_kinds.not_events_note``) when every date in its text
(outside its navigation, header, footer and asides; at least one) is written in a notice's words
(``_sentences``: the notice's words in the date's own clause, between spaced dashes or semicolons, its effect in
its sentence or the next):
- a downtime: a service notice's phrase ("scheduled maintenance", "planned downtime", "system upgrade", "outage",
  "Wartungsarbeiten") and what it does to a service ("will be unavailable", "will be down", "offline",
  "interrupted", "not be processed", "nicht erreichbar");
- a delivery: a shop's basket on the page ("Add to basket", "Add to cart", "In den Warenkorb", "Ajouter au
  panier"), no ticket's words on it ("tickets", "admission", "doors", "Eintritt"), and a delivery's words next to
  the date ("delivery", "delivered", "dispatch", "order by", "arrives",
  "Lieferung", "Versand", "livraison").

Not: a bike maintenance workshop or a garden maintenance volunteer day (no downtime's effect; the date not in the
notice), a page with an event's date beside the notice ("The library is closed for maintenance on 14 June; the book
sale is on 21 June 2031": one date is no notice's), a ticket shop's event page ("Add to basket" beside the show's
date, no delivery's words), a market's stall page without a basket, an event's line that goes on about the site
("Repair Café: Saturday 14 June 2031, 10:00 — our website will be down for planned maintenance until Friday": the
notice is in another clause), a meeting or a talk about a downtime ("to discuss the planned outage", review38).

``downtime_line`` (review38): one line whose first date's clause is a downtime ("Our booking system will be
unavailable on 13 June 2031 due to a system upgrade.") is another date than an event's on a page of events too
(``_page_other_dates.another_date``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from sources.adapters._page_dates import find_dates

MAX_TEXT = 20_000
CLAUSE_BREAK = re.compile(r"[ \t][–—-][ \t]|;[ \t]")  # "… 10:00 — our website will be down …"
SENTENCE_END = re.compile(r"(?<=\w[.!?])\s+(?=[A-ZÄÖÜ])")  # "… 2031. Online banking …"
OUTSIDE = frozenset({"nav", "header", "footer", "aside", "script", "style", "noscript", "template"})
NOTICE = re.compile(
    r"\b(?:(?:scheduled|planned|essential|routine|emergency|system|server|website|site|network|platform)\s+"
    r"(?:maintenance|downtime|upgrades?|outages?|works)|maintenance\s+(?:window|work|works|period)|downtime|outages?|"
    r"wartungsarbeiten|geplante\s+wartung|systemwartung|maintenance\s+programm[ée]e|travaux\s+de\s+maintenance|"
    r"mantenimiento\s+programado|gepland\s+onderhoud)\b",
    re.IGNORECASE,
)
OUTAGE = re.compile(
    r"\b(?:(?:will|may|might)\s+(?:be\s+)?(?:unavailable|offline|down|interrupted|disrupted|inaccessible|"
    r"delayed)|(?:will|may|might)\s+not\s+be\s+(?:available|processed|accessible)|temporarily\s+unavailable|"
    r"service\s+interruption|"
    r"apologi[sz]e\s+for\s+any\s+inconvenience|nicht\s+(?:erreichbar|verf[üu]gbar)|indisponibles?|"
    r"no\s+estar[áa]\s+disponible|niet\s+beschikbaar)\b",
    re.IGNORECASE,
)
BASKET = re.compile(
    r"\b(?:add\s+to\s+(?:basket|cart|bag|trolley)|in\s+den\s+warenkorb|ajouter\s+au\s+panier|a[ñn]adir\s+al\s+"
    r"carrito|in\s+winkelwagen|aggiungi\s+al\s+carrello)\b",
    re.IGNORECASE,
)
# What an event's ticket page says (its tickets delivered by email are no parcel): not a product's page.
TICKET = re.compile(
    r"\b(?:tickets?|e-tickets?|admission|doors|venue|performance|eintritt|eintrittskarten?|karten|billets?|"
    r"entradas?|kaartjes?|biglietti)\b",
    re.IGNORECASE,
)
DELIVERY = re.compile(
    r"\b(?:deliver(?:y|ies|ed)|dispatch(?:ed)?|ships?|shipped|shipping|order\s+(?:by|before|within)|arrives?|"
    r"in\s+stock|back\s+in\s+stock|lieferung|lieferbar|geliefert|versand|versandt|zustellung|livraison|livr[ée]e?|"
    r"exp[ée]di[ée]e?|entrega|levering|bezorgd)\b",
    re.IGNORECASE,
)


# What makes a downtime a talk's or a meeting's subject, not a notice of it ("to discuss the planned outage",
# "a talk about system upgrades", "Infoabend zur geplanten Wartung"; review38).
SUBJECT_LEAD = re.compile(
    r"(?:discuss|discussing|about|regarding|on\s+the|information\s+on|update\s+on|über|zur|zum|sur\s+la|sur\s+les|"
    r"sobre|over)\s+(?:the\s+|die\s+|den\s+|la\s+|le\s+|el\s+|de\s+)?(?:[^\W\d_]+\s+){0,2}$",
    re.IGNORECASE,
)
SUBJECT_REACH = 40  # characters before a downtime's words looked at for what makes it a subject
MAX_LINE = 400  # a line longer than this is prose, judged by the page's notice rule


def _notice_in(clause: str) -> bool:
    """Whether a clause says a downtime, not what a talk or a meeting is about (review38)."""
    return any(
        not SUBJECT_LEAD.search(clause[max(0, match.start() - SUBJECT_REACH) : match.start()])
        for match in itertools.islice(NOTICE.finditer(clause), 10)
    )


def downtime_line(text: str) -> bool:
    """Whether a line's first date is a downtime's in its own clause ("Our booking system will be unavailable on 13
    June 2031 due to a system upgrade."): another date than an event's on a page that also lists events (review38)."""
    if len(text) > MAX_LINE or NOTICE.search(text) is None or OUTAGE.search(text) is None:
        return False
    hits = find_dates(text, year_hint=None, today=dt.date(2000, 1, 1))
    return (
        bool(hits)
        and _notice_in(_clause(text, hits[0].start))
        and OUTAGE.search(_clause(text, hits[0].start)) is not None
    )


def _text(root: Any) -> str:
    parts: list[str] = []
    size = 0
    for node in root.iter():
        if not isinstance(node.tag, str) or node.tag in OUTSIDE:
            continue
        if any(isinstance(up.tag, str) and up.tag in OUTSIDE for up in node.iterancestors()):
            continue
        for piece in (node.text, *(child.tail for child in node)):
            if piece and piece.strip():
                parts.append(piece)
                size += len(piece)
        if size > MAX_TEXT:
            break
    return " ".join(" ".join(parts).split())[:MAX_TEXT]


def _sentences(text: str, hits: list[Any]) -> list[tuple[int, int]]:
    """Where the text's sentences start and end; a full stop inside a date ("14. Juni 2031") ends none."""
    bounds = [0]
    for match in SENTENCE_END.finditer(text):
        if not any(hit.start <= match.start() < hit.end for hit in hits):
            bounds.append(match.end())
    bounds.append(len(text))
    return list(itertools.pairwise(bounds))


def _clause(sentence: str, at: int) -> str:
    """The part of a sentence between spaced dashes or semicolons that holds position ``at``: "Repair Café: Saturday
    14 June 2031, 10:00" in "… 10:00 — our website will be down for planned maintenance until Friday"."""
    start = max((match.end() for match in CLAUSE_BREAK.finditer(sentence, 0, at)), default=0)
    after = CLAUSE_BREAK.search(sentence, at)
    return sentence[start : after.start() if after else len(sentence)]


def _all_dates_in(text: str, own: re.Pattern[str], near: re.Pattern[str] | None, today: dt.date) -> bool:
    """Whether every date of ``text`` (one at least) has ``own``'s words in its sentence and ``near``'s in it or the
    next one."""
    hits = find_dates(text, year_hint=None, today=today)
    if not hits:
        return False
    sentences = _sentences(text, hits)
    for hit in hits:
        index = next((index for index, (_, end) in enumerate(sentences) if hit.start < end), len(sentences) - 1)
        start, end = sentences[index]
        following = text[start : sentences[min(index + 1, len(sentences) - 1)][1]]
        clause = _clause(text[start:end], hit.start - start)
        if not (_notice_in(clause) if own is NOTICE else own.search(clause)):
            return False
        if near is not None and not near.search(following):
            return False
    return True


NOTICE_PAGE = "{page}: every date on it is {kind} ({said!r}), no event; none read"


def notice_kind(root: Any, today: dt.date) -> tuple[str, str] | None:
    """("a service's downtime" or "a product's delivery", the words said) when every date of the page is one (see
    the module), else None."""
    text = _text(root)
    notice = NOTICE.search(text)
    if notice is not None and OUTAGE.search(text) and _all_dates_in(text, NOTICE, OUTAGE, today):
        return "a service's downtime", notice.group(0)
    basket = BASKET.search(text) or BASKET.search(" ".join(root.itertext())[:MAX_TEXT])
    if basket is None or TICKET.search(text) or not DELIVERY.search(text):
        return None
    return ("a product's delivery", basket.group(0)) if _all_dates_in(text, DELIVERY, None, today) else None
