"""Ranges of bare hours that their words alone make times of day, and opening hours that are none, for
``_page_intl.intl_clock`` (pages, and feeds through ``_feed_clock_after``). Pure.

A bare hour ("18") is read as a time only with a word that makes it one ("kl.", "Uhr", "h"): "von 12 bis 14
Personen", "de 12 à 14 €" and "12–14" (a score) are no times. Italian writes a range of hours with articles that
only hours take, "dalle 18 alle 20" ("from the 18 to the 20": "ore", hours, understood; "dalle ore 18 alle ore
20"), and no word after it: both words, "dalle" and then "alle", make the range one of times. Not: "dai 6 ai 12
anni" (ages take other articles), "dalle 6 alle 12 anni", "dalle 10 alle 12 persone" (a unit or a count after it),
"alle 18" alone (a single hour is read after a date only: ``_feed_clock_after.BARE_HOUR``).

Opening hours are no event's time: a range of weekdays right before the hours ("Mo–Fr 9–17 Uhr", "lun.-ven. 9h-18h",
"ma t/m vr 10-17 uur", "Montag bis Freitag 9–17 Uhr") says when a place is open (``opening_hours``).
"""

from __future__ import annotations

import re

# Bounded and not nested: linear on any text.
_HOUR = r"(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?"
SAID_RANGE = re.compile(
    rf"(?<![\w])dalle(?:[ \t]{{1,3}}ore)?[ \t]{{1,3}}{_HOUR}[ \t]{{1,3}}alle(?:[ \t]{{1,3}}ore)?[ \t]{{1,3}}{_HOUR}"
    r"(?![\d.,:]\d|\d|[ \t]{0,3}(?:anni|persone|posti|partecipanti|euro|eur|€|km|kg|m|%)(?![^\W\d_]))",
    re.IGNORECASE,
)
REACH_BEFORE = 10  # "dalle ore " before the clock reader's match, which may start at "ore 18"
REACH_AFTER = 40  # the rest of the range and the word after it, when the clock reader's match ends before them


def said_range(text: str, match: re.Match[str]) -> bool:
    """Whether the bare hour ``match`` (of ``_page_intl.INTL_CLOCK``) starts a range the words "dalle … alle" make
    one of times of day."""
    low = max(0, match.start() - REACH_BEFORE)
    found = SAID_RANGE.search(text[low : match.end() + REACH_AFTER])  # what follows it is read too ("12 anni")
    return found is not None and low + found.start() <= match.start() < low + found.end()


# A range of weekdays, short or whole, right before a clock ("Mo–Fr ", "lun.-ven. ", "Montag bis Freitag: ").
_WEEKDAY = (
    r"(?:mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo|lun|mar|mer|jeu|ven|sam|dim|mié|mie|jue|vie|sáb|sab|dom|gio|mon|tue|"
    r"wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|vendredi|samedi|dimanche|"
    r"lunes|viernes|sábado|domingo|lunedì|venerdì|sabato|domenica|maandag|vrijdag|zaterdag|zondag)"
)
WEEKDAY_SPAN_BEFORE = re.compile(
    rf"(?<![\w]){_WEEKDAY}\.?[ \t]{{0,3}}(?:[-–—]|bis|à|au|a|al|t/m|tot)[ \t]{{0,3}}{_WEEKDAY}\.?"
    r"[ \t]{0,3}[,:]?[ \t]{0,3}$",
    re.IGNORECASE,
)
SPAN_REACH = 32  # characters before a clock looked at for a range of weekdays


def opening_hours(text: str, match: re.Match[str]) -> bool:
    """Whether the clock ``match`` (of ``_page_intl.INTL_CLOCK``) follows a range of weekdays: a place's opening
    hours ("Mo–Fr 9–17 Uhr"), not an event's time."""
    return WEEKDAY_SPAN_BEFORE.search(text, max(0, match.start() - SPAN_REACH), match.start()) is not None
