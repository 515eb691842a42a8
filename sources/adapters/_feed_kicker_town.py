"""The town a card's kicker line writes after the event's day ("10–11 OCTOBRE · BEAUNE"), for the ``rss`` adapter.
Pure.

A French tourist office's weekly agenda feed (held-out batch 77, feeds) gives each item as a newsletter card in
content:encoded: an image, then a kicker line of its own, "8 OCTOBRE · LEVERNOIS", "10–11 OCTOBRE · BEAUNE", the
event's day and its town set apart by a middle dot, then the name and a teaser. No element and no sentence names the
place, so every event went without one.

``kicker_town`` reads the town of such a line: a block of its own in the item's HTML whose text is a date, a middle
dot, a bullet or a bar, and one to five words of letters; only when the date is the event's own start day (read by
the prose readers, day and month compared) and the town is in the item's link or id as its page's slug writes it
("…/one-shot-golf-de-beaune-x-startingevents-levernois-fr-6817436/", "agenda-20261008-levernois-one-shot"). A town
written in capitals is given as a name is written ("LEVERNOIS" → "Levernois", "NUITS-SAINT-GEORGES" →
"Nuits-Saint-Georges").

Not: a kicker whose date is another day ("9 OCTOBRE · BEAUNE" over an event on the 8th), a word after the dot that
the item's link does not carry ("8 OCTOBRE · CONCERT" under ".../soiree-jazz-fr-1234/"), a clock or a price after
the dot ("8 OCTOBRE · 20H30", "8 OCTOBRE · 12 €": digits), a status word ("8 OCTOBRE · ANNULÉ"), a line that is more
than the kicker ("Le 8 octobre · Beaune, salle des fêtes, entrée libre": its own block holds more). review59: nor a
kind or a price the link carries only as the title's own words ("10 OCTOBRE · CONCERT" over "Concert de jazz" at
".../concert-de-jazz-fr-1/", "· GRATUIT" over "Marché gratuit du livre"): the town must be in the link beside the
title's slug, as the office's links write it after the title ("salon-des-vins-beaune-fr-1").

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
import zoneinfo
from collections.abc import Sequence
from urllib.parse import urlsplit

from events import statuswords
from events.pipeline.categorize.labels import load_source_labels
from events.pipeline.categorize.rules_languages import LANGUAGE_RULE_TABLE
from sources.adapters._feed_dotted import dotted_text_when
from sources.adapters._feed_intl import intl_text_when
from sources.adapters._feed_when import text_when
from sources.adapters._json_flag_words import FREE_KEY_WORDS
from sources.adapters._json_online import ONLINE_WORDS

SCAN_LIMIT = 20_000  # characters of a description looked at
MAX_KICKERS = 20
# A block's whole text: a date (a digit in it), a middle dot, a bullet or a bar, the town. Bounded: linear.
KICKER = re.compile(
    r">[ \t\r\n]{0,8}(?P<date>[^<>·•|]{0,20}\d[^<>·•|]{0,24})[ \t]{0,3}[·•|][ \t]{0,3}"
    r"(?P<town>[^\W\d_](?:[^\W\d_'’]|[ -](?=[^\W\d_])){1,40})[ \t\r\n]{0,8}<"
)
MAX_TOWN_WORDS = 5
_SLUG_CUT = re.compile(r"[^a-z]+")
# A kind, a public or a price a listing files its events under, never a town (mend59b; slugs, accents dropped). Built
# from the shared tables (left45): the one-word source labels the categorizer maps to a category ("music", "kids",
# "workshop", "exhibition"), the one-word phrases of its rules in other languages ("konzert", "vortrag", "kino"), the
# words that say an event is free or online; and the kinds and publics no shared table holds yet.
_UNSHARED_KINDS = (
    "musique musik atelier ateliers danse tanz markt visite fuhrung enfants famille familie jeunesse members adults "
    "seniors"
)


@functools.cache
def kind_words() -> frozenset[str]:
    """The slugs of every word in ``KIND_WORDS``' tables (read once)."""
    labels = (key for key in load_source_labels().mapped_labels() if " " not in key and "/" not in key)
    phrases = (phrase.strip("-") for *_, listed in LANGUAGE_RULE_TABLE for phrase in listed)
    words = (*labels, *phrases, *FREE_KEY_WORDS, *ONLINE_WORDS, *_UNSHARED_KINDS.split())
    return frozenset(_slug(word) for word in words if word and " " not in word.strip())


def _slug(text: str) -> str:
    """Lower case, accents dropped, every run of other characters one dash: "Nuits-Saint-Georges" → "nuits-saint-
    georges"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return _SLUG_CUT.sub("-", plain).strip("-")


def _in_slug(town: str, addresses: list[str], title: str | None = None) -> bool:
    """Whether the town's slug is in one of the addresses' last path segment after the event's name: after the
    ``title``'s own slug when the segment holds it, else after the segment's first word (review59, mend59b:
    ".../whats-on/music/jazz-at-the-lake/" files the event under a kind, ".../kids-film-club/" names its public)."""
    wanted, named = _slug(town), _slug(title or "")
    if not wanted or wanted in kind_words():
        return False
    for address in addresses:
        segments = [part for part in urlsplit(address).path.split("/") if part] if "/" in address else [address]
        last = _slug(segments[-1]) if segments else ""
        cut = last.find(named) if named else -1
        rest = last[cut + len(named) :] if cut >= 0 else last.partition("-")[2]
        if f"-{wanted}-" in f"-{rest}-":
            return True
    return False


def _same_day(written: str, start: dt.date, zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> bool:
    texts: list[str | None] = [written]
    when = (
        intl_text_when(texts, zone=zone, reference=reference)
        or text_when(texts, zone=zone, reference=reference)
        or dotted_text_when(texts, zone=zone, reference=reference)
    )
    if when is None:
        return False
    day = when.start.date() if isinstance(when.start, dt.datetime) else when.start
    own = start.date() if isinstance(start, dt.datetime) else start
    return (day.day, day.month) == (own.day, own.month)


def _as_name(town: str) -> str:
    return town.title() if town.isupper() else town


def kicker_town(
    description: str | None,
    addresses: Sequence[str | None],
    start: dt.date,
    zone: zoneinfo.ZoneInfo | None,
    reference: dt.datetime,
    title: str | None = None,
) -> str | None:
    """The town a kicker line of the item's HTML writes after the event's own day, when the item's link or id
    carries it beside the ``title``'s own words; None when there is no such line."""
    if not description or "<" not in description:
        return None
    links = [address for address in addresses if address]
    for count, found in enumerate(KICKER.finditer(description[:SCAN_LIMIT])):
        if count >= MAX_KICKERS:
            break
        town = found["town"].strip()
        if len(town.split()) > MAX_TOWN_WORDS or statuswords.status_of(town) is not None:
            continue
        if _in_slug(town, links, title) and _same_day(found["date"].strip(), start, zone, reference):
            return _as_name(town)
    return None
