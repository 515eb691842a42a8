"""A card's prices: the amounts it states with their currency sign, or words saying it is free. Pure."""

from __future__ import annotations

import re
from decimal import Decimal

from sources.adapters.common import money

CURRENCY_SIGNS = {"£": "GBP", "€": "EUR", "$": None}  # "$" alone does not say which dollar
PRICE = re.compile(r"(?P<sign>[£€$])\s?(?P<amount>\d+(?:[.,]\d{2})?)")
FREE = re.compile(
    r"^free$|\bfree (?:entry|admission|event|show|gig)\b|\b(?:entry|admission)(?: is)? free\b", re.I | re.M
)


def prices_of(text: str) -> tuple[str, Decimal | None, Decimal | None, str | None]:
    amounts: list[Decimal] = []
    currency = None
    for match in PRICE.finditer(text):
        value = money(match.group("amount"))
        if value is not None:
            amounts.append(value)
            currency = currency or CURRENCY_SIGNS[match.group("sign")]
    if amounts:
        low, high = min(amounts), max(amounts)
        return ("free" if high == 0 else "paid"), low, high, (currency if high else None)
    return ("free" if FREE.search(text) else "unknown"), None, None, None
