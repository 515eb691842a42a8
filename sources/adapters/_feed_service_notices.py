"""A feed item that is a transit operator's service notice (a diversion, a moved or closed stop), not an event,
for ``_feed_item_kinds.item_kind_note``: the item is set aside before any of its dates is read. Pure.

A bus or tram operator's "Infos trafic" feed dates every notice in its title and prose: "Déviation ligne 10 du 10
au 16 juin 2025", "Arrêt Aubrac reporté du 10 juin au 22 août 2025", "les bus … seront déviés le vendredi 13 juin de
10h et jusqu'en fin de service". Each was read as an event on those days (feeds74). A changed service is no
happening anyone attends; nor is the race a diversion is made for, when the operator's notice names it only as its
cause ("Course cycliste à Gerzat le samedi 7 juin 2025 de 15h30 à 20h": "En raison d'une course cycliste, les bus de
la ligne 20 seront déviés").

An item is such a notice when
- its title opens with a diversion's noun ("Déviation", "Detour", "Diversion", "Umleitung", "Desvío", "Deviazione")
  and names a line, a route, a bus or a tram with its number ("ligne 10", "Route 5", "lines 3 and 5") or a stop with
  its name ("arrêt Aubrac"); or opens with a named stop ("Arrêt Aubrac", "Haltestelle Marktplatz"), a "Bus stop" or
  a numbered stop ("Stop #4127") that is moved, closed or not served ("reporté", "relocated", "verlegt"…);
- or the feed calls itself a list of service notices ("Infos trafic", "Service alerts", "Rider alerts",
  "Verkehrsmeldungen", "Betriebsinfo", "Avisos de servicio") and the item's words say the buses, trams or a line
  will be diverted or a stop not served ("les bus de la ligne 20 seront déviés", "buses will be detoured").

Not: a festival called "Detour" (no line, route or stop in its title), "Detour: line dancing night" or "Diversions:
lines of poetry" (a line with no number), "Arrêt sur image : projection reportée" (a film club's "arrêt", no stop's
name), a rally to "Stop the Closure of Our Library"
(an English "stop" counts only as "Bus stop" or a numbered stop), "Concert reporté au 12 juin" (a postponed
event: no stop), an events feed's item whose practical note says the buses will be diverted for it ("Fête de la
musique … les bus de la ligne 3 seront déviés": the feed is no notices' list), a bus tour or a "Tram 100 Jubilee"
day (no diversion's noun).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

from sources.adapters._page_place_nouns import PLACE_NOUN

MAX_TITLE = 200
MAX_TEXT = 2_000  # characters of the item's words looked at
# A line, route, bus or tram with its number ("ligne 10", "Route 5", "Linie 7", "lines 3 and 5"), or a stop with its
# name ("arrêt Aubrac", "Haltestelle Marktplatz"): a bare "line" or "service" is any word's ("line dancing").
_NUMBERED = (
    r"(?:lignes?|lines?|routes?|bus|buses|busses|trams?|tramway|m[ée]tro|navettes?|linie|linien|l[íi]neas?|linea"
    r"|linee|autobus(?:es)?)[ \t]{1,3}(?:n[°o]\.?[ \t]?|#[ \t]?)?[A-Z]?\d"
)
_NAMED_STOP = (
    r"(?:arr[êe]ts?|haltestellen?|paradas?|fermat[ae])[ \t]{1,3}(?:(?:de|du|der|del|la)[ \t]{1,3})?"
    r"(?-i:[A-ZÀ-Þ0-9«\"“])"
)
# A title opening with a diversion's noun, and a numbered line or a named stop within its first words.
DIVERSION_TITLE = re.compile(
    r"^\W{0,3}(?:d[ée]viations?|detours?|diversions?|umleitung(?:en)?|desv[íi]os?|deviazion[ei])\b"
    rf"[^\n]{{0,60}}?\b(?:{_NUMBERED}|{_NAMED_STOP})",
    re.IGNORECASE,
)
# A title opening with a named stop, a bus stop or a numbered stop that is moved, closed, or not served.
STOP_TITLE = re.compile(
    rf"^\W{{0,3}}(?:{_NAMED_STOP}|bus\s+stops?\b|stops?\s+(?:#\s?)?\d{{1,6}}\b)"
    r"[^\n]{0,60}?\b"
    r"(?:report[ée]e?s?|d[ée]plac[ée]e?s?|supprim[ée]e?s?|ferm[ée]e?s?|non\s+desservie?s?|relocated|moved|closed"
    r"|closure|verlegt|gesperrt|entf[äa]llt|trasladadas?|suprimidas?|spostat[ae]|sospes[ae])\b",
    re.IGNORECASE,
)
# review57: a venue named after a stop ("Bus Stop Theatre: Closed Circuit", a play; "Bus Stop Café"): the word after
# the stop is a place's noun.
STOP_VENUE = re.compile(
    r"^\W{0,3}(?:arr[êe]ts?|bus\s+stops?|haltestellen?|paradas?|fermat[ae])[ \t]+(?P<word>[^\W\d_]+)", re.I
)
# A feed that calls itself a list of service notices.
NOTICES_FEED = re.compile(
    r"\b(?:infos?[\s-]+trafic|info[\s-]+traffic|traffic\s+(?:info|news|updates?)|(?:service|rider|travel|transit)"
    r"\s+(?:alerts?|updates?|changes?|notices?)|verkehrs(?:meldungen|info(?:s|rmationen)?|hinweise)|betriebsinfos?"
    r"|st[öo]rungsmeldungen|avisos?\s+de\s+servicio|incidencias|perturbations?)\b",
    re.IGNORECASE,
)
# Words saying the buses, trams or a line will be diverted, or a stop not served.
DIVERTED = re.compile(
    r"\b(?:seront|sera|sont|est)\s+d[ée]vi[ée]e?s?\b|\bne\s+(?:seront|sera)\s+(?:pas\s+)?desservie?s?\b"
    r"|\b(?:will\s+be|are\s+being)\s+(?:diverted|detoured|re-?routed)\b|\bwill\s+(?:detour|not\s+serve)\b"
    r"|\bwerden\s+umgeleitet\b|\bwird\s+umgeleitet\b|\bser[áa]n?\s+desviad[oa]s?\b|\bsaranno\s+deviat[ei]\b",
    re.IGNORECASE,
)
NOTICE = "The item is a transit service notice ({said!r}), not an event: its dates are when the service changes."


def service_notice(title: str | None, text: str | None, channel_title: str | None) -> str | None:
    """Why the item is a transit operator's service notice (see the module), or None."""
    title = (title or "").strip()[:MAX_TITLE]
    found = DIVERSION_TITLE.match(title) or (None if _stop_venue(title) else STOP_TITLE.match(title))
    if found is not None:
        return NOTICE.format(said=found.group(0).strip())
    if NOTICES_FEED.search((channel_title or "")[:MAX_TITLE]) is None:
        return None
    diverted = DIVERTED.search(f"{title} {(text or '')[:MAX_TEXT]}")
    return NOTICE.format(said=diverted.group(0).strip()) if diverted is not None else None


def _stop_venue(title: str) -> bool:
    """Whether the title opens with a venue named after a stop ("Bus Stop Theatre"), not a stop (review57)."""
    named = STOP_VENUE.match(title)
    noun = PLACE_NOUN.match(named["word"]) if named is not None else None
    return noun is not None and noun.end() == len(named["word"]) if named is not None else False
