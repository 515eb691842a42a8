"""Which mark is a price's decimal one, from the shape of the text itself (issue #13), for ``sources.adapters.common.money`` and the bare amounts of ``prices``.

Much of the world writes "12,50 €", "1.200,50 kr", "1 200,50 NOK", "€ 8,-" (whole euros), Swiss "CHF 12.–" and
"1'200.50", and French "12€50"; English writes "$1,200" and "1,200.50". A comma is a decimal comma when exactly one
or two digits follow it and no further digit, comma or dot-and-digit does ("12,50", "1.200,50"); three digits after
it make it a thousands comma ("1,200", "12,000"), which ``common.money`` reads as it always has (commas dropped).

Decimal commas are also how lists and other numbers are written ("Ages 6,7", "Rooms 1,2", "1,5 km", "Sat 12,13 Dec",
"v1,2"), so one is read as a price only when the text says it is one: a currency beside it ("12,50 €",
"EUR 12,50"), a mark only a price has (",-", ".–", "12€50"), or the number standing alone ("12,50",
"Eintritt: 12,50", "Tickets 12,50") or with only more such amounts after it ("Tickets 12,50 / 15,00"). A range before
its currency ("10,00 - 15,00 €") is read from its low end. Otherwise the text is no price (None): a list's digits glued into one number are no better.

Pure: no database, no network. Imports nothing, so that the adapters (``sources.adapters.common``) and ``prices`` can use it.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["AMBIGUOUS", "decimal_comma_price"]

# A number with a decimal comma or a price's own mark. The start may not follow a digit, a separator, or a digit
# and a space (so that in "1 234 567" only the first group starts a number: each later one would read the rest again).
DECIMAL_COMMA = re.compile(
    r"(?<![\d.,'’])(?<!\d[ \u00a0\u202f])"
    r"(?:(?P<dotted>\d{1,3}(?:\.\d{3})+)|(?P<spaced>\d{1,3}(?:[ \u00a0\u202f]\d{3})+)|(?P<swiss>\d{1,3}(?:['’]\d{3})+)"
    r"|(?P<plain>\d{1,12}))"
    r"(?:,(?P<cents>\d{1,2})|(?P<dash>[,.][-–—])|€(?P<euro_cents>\d{2})|\.(?P<point>\d{1,2}))?"
    r"(?!\d|[.,]\d)"
)
# A currency written right before or right after an amount (a space between at most).
CURRENCY_BEFORE = re.compile(
    r"(?:[€£$¥₹₽₺₴₪]|(?<![A-Za-z])(?:EUR|CHF|NOK|SEK|DKK|ISK|PLN|CZK|HUF|GBP|USD|RON|BGN|kr|Kč|Kc|zł|Fr|SFr|Ft|lei)"
    r"\.?)[ \u00a0\u202f]?\Z"
)
CURRENCY_AFTER = re.compile(
    r"[ \u00a0\u202f]?(?:[€£$¥₹₽₺₴₪]|(?:EUR|CHF|NOK|SEK|DKK|ISK|PLN|CZK|HUF|GBP|USD|RON|BGN|kr|Kč|Kc|zł|Fr|SFr|Ft|lei)"
    r"(?![A-Za-z]))"
)
# What may stand around an amount that stands alone: a label ending in a colon before it, a stop or a bracket after.
LABEL = re.compile(r"[^\d:]{0,40}:[ \u00a0\u202f]*\Z")
TAIL = ("", ".", ")")  # what may follow it, spaces aside
# A price's own word just before an amount ("Tickets 12,50", "Eintritt 12,50", "Entrée 8,50", "ab 12,50").
PRICE_WORD = re.compile(
    r"(?<![^\W\d_])(?:tickets?|price|cost|admission|entry|from|eintritt|preis|vvk|ak|abendkasse|ab|entr[ée]e|tarif|prix"
    r"|d[èe]s|entrada|precio|desde|ingresso|prezzo|biglietto|pre[çc]o|bilhete|prijs|toegang|vanaf|pris|billett|biljett"
    r"|inträde|entré|fra|från|cena|bilet|wstęp|od|vstupné)\.?:?[ \u00a0\u202f]*\Z",
    re.IGNORECASE,
)
# What joins a range's or a list's amounts ("10,00 - 15,00 €", "12,50 / 15,00").
RANGE_JOIN = re.compile(r"[ \u00a0\u202f]{0,3}(?:[-–—/|]|bis|to)[ \u00a0\u202f]{0,3}")
# Another price after a labelled one ("Tickets 12,50 / 15,00", "Eintritt: 8,50 / erm. 6,50"), read off its tail.
OTHER_AMOUNT = re.compile(r"(?<!\d)\d{1,4},(?:\d{2}|[-–—])(?!\d)")
MAX_TAIL = 60  # a tail of further prices: a slash, a word ("erm.", "Kinder") and an amount, twice or so
MAX_TRIED = 8  # numbers looked at in one text
AMBIGUOUS = object()  # a decimal comma that no currency or label makes a price: the text is no price


def decimal_comma_price(text: str) -> Decimal | object | None:
    """The amount of the first number written the European or Swiss way that the text makes a price (its currency
    beside it, a ",-" or "12€50", or alone), AMBIGUOUS when its first such number is none of those, or None when it
    has no such number (then it is read the English way: commas are thousands)."""
    first: re.Match[str] | None = None
    previous: re.Match[str] | None = None
    for index, match in enumerate(DECIMAL_COMMA.finditer(text)):
        if index >= MAX_TRIED:
            break
        if match["dash"] or match["euro_cents"] or match["swiss"]:
            return _amount(match)  # marks only a price has
        joined = previous is not None and RANGE_JOIN.fullmatch(text, previous.end(), match.start()) is not None
        if _beside_currency(text, match) and (match["cents"] or not match["plain"] or joined or first is not None):
            # "12,50 €", "1.200 kr", "NOK 1 200,50"; a range's low end when one is joined to it ("10,00 - 15,00 €");
            # any amount with its currency after a decimal comma that is none ("Sat 12,13 Dec €15")
            return _amount(previous if joined and previous is not None else match)
        previous = match
        if match["plain"] and not match["cents"]:
            continue  # "12", "12.50": English as much as anything
        if match["cents"] and first is None:
            first = match
    if first is None:
        return None  # "1.200" alone: read as before
    before = text[: first.start()]
    labelled = not before.strip() or LABEL.match(before) or PRICE_WORD.search(before[-20:])
    if labelled and _only_prices_after(text[first.end() :]):
        return _amount(first)  # "12,50", "Eintritt: 12,50", "Tickets 12,50", "Tickets 12,50 / 15,00"
    return AMBIGUOUS


def _only_prices_after(tail: str) -> bool:
    """Whether what follows a labelled amount is nothing, or more amounts of the same kind with words between
    ("/ erm. 6,50"); not another kind of number ("Tickets 12,50, Saal 3")."""
    if tail.strip() in TAIL:
        return True
    if len(tail) > MAX_TAIL or RANGE_JOIN.match(tail) is None or OTHER_AMOUNT.search(tail) is None:
        return False
    return not any(char.isdigit() for char in OTHER_AMOUNT.sub("", tail))


def _beside_currency(text: str, match: re.Match[str]) -> bool:
    return CURRENCY_BEFORE.search(text[max(0, match.start() - 5) : match.start()]) is not None or (
        CURRENCY_AFTER.match(text, match.end()) is not None
    )


def _amount(match: re.Match[str]) -> Decimal:
    whole = match["dotted"] or match["spaced"] or match["swiss"] or match["plain"]
    digits = "".join(char for char in whole if char.isdigit())
    cents = match["cents"] or match["euro_cents"] or match["point"]
    return Decimal(f"{digits}.{cents}" if cents else digits)
