"""A card's prices: the amounts it states with their currency sign, or words saying it is free. Pure."""

from __future__ import annotations

import re
from decimal import Decimal

from sources.adapters.common import money

CURRENCY_SIGNS = {"£": "GBP", "€": "EUR", "$": None}  # "$" alone does not say which dollar
# An amount as a card writes it, thousands grouped or not, its decimal mark either ("€1,200", "€12,50", "1.200,50 €",
# "€ 8,-"): common.money tells which mark is which from the amount's shape.
_AMOUNT = r"(?P<amount>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?(?![\d.,]\d)|\d+(?:[.,]\d{1,2})?(?:,-)?(?![\d.,]\d))"
PRICE = re.compile(r"(?P<sign>[£€$])\s?" + _AMOUNT)
# "12,50 €", as most of Europe writes it; not "Dec 12 €15", where the sign is the next amount's.
PRICE_AFTER = re.compile(r"(?<![\d.,:])" + _AMOUNT + r"\s?(?P<sign>€)(?!\s?\d)")
FREE = re.compile(
    r"^free$|\bfree (?:entry|admission|event|show|gig)\b|\b(?:entry|admission)(?: is)? free\b", re.I | re.M
)


def prices_of(text: str) -> tuple[str, Decimal | None, Decimal | None, str | None]:
    amounts: list[Decimal] = []
    currency = None
    matches = sorted([*PRICE.finditer(text), *PRICE_AFTER.finditer(text)], key=lambda match: match.start())
    for match in matches:
        value = money(match.group("amount"))
        if value is not None:
            amounts.append(value)
            currency = currency or CURRENCY_SIGNS[match.group("sign")]
    if amounts:
        low, high = min(amounts), max(amounts)
        return ("free" if high == 0 else "paid"), low, high, (currency if high else None)
    return ("free" if FREE.search(text) else "unknown"), None, None, None
