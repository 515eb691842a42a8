"""Prices: what an event costs, from structured fields or from text ("$10–$25", "₹499 onwards", "Free entry"). Pure.

Amounts are found with our own patterns (anchored to a currency, so dates and times are not read as prices)
and their digits are read by price-parser, which knows "1.299,00" from "1,299.00" and "1,00,000".
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Literal

from price_parser.parser import parse_number

from events.pipeline.decimal_marks import AMBIGUOUS, decimal_comma_price

CostType = Literal["free", "paid", "donation", "variable", "unknown"]
# Above this an "amount" in text is a phone number or a reference, not a ticket price.
MAX_AMOUNT = 10_000_000

# Active ISO 4217 codes (2025), without XTS (testing) and XXX (no currency).
ISO_4217 = frozenset(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD
    CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS
    GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT
    LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD
    OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC
    SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU
    XBA XBB XBC XBD XCD XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ZWL
    """.split()
)
# Codes we look for in running text: common ones only, because others are also words or names ("ALL", "TOP",
# "CUP", "TRY"; "PHP 8", "COP28", "PEN") and would turn "ALL 3 bands" into Albanian lek.
TEXT_CODES = (
    "USD", "EUR", "GBP", "INR", "CAD", "AUD", "NZD", "SGD", "HKD", "JPY", "CNY", "CHF", "SEK", "NOK", "DKK",
    "ZAR", "BRL", "MXN", "AED", "THB", "MYR", "IDR", "KRW", "TWD", "PLN", "CZK", "HUF", "ILS", "NGN",
    "KES", "EGP", "PKR", "LKR", "NPR", "BDT", "VND", "ARS", "CLP", "SAR", "QAR",
)  # fmt: skip

# "$" is a dollar of the city's country when that country writes its currency with "$"; else the US dollar.
DOLLAR_COUNTRIES = {
    "US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "MX": "MXN", "TW": "TWD",
    "AR": "ARS", "CL": "CLP", "CO": "COP",
}  # fmt: skip
RUPEE_COUNTRIES = {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR"}
KRONA_COUNTRIES = {"SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK"}
YEN_COUNTRIES = {"JP": "JPY", "CN": "CNY"}
# Symbols that name one currency wherever they are written (keys are casefolded).
SYMBOLS = {
    "us$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD", "nz$": "NZD", "s$": "SGD",
    "hk$": "HKD", "r$": "BRL", "£": "GBP", "€": "EUR", "₹": "INR", "₩": "KRW", "₪": "ILS", "₱": "PHP",
    "₺": "TRY", "₫": "VND", "฿": "THB", "₦": "NGN", "₴": "UAH", "zł": "PLN", "元": "CNY", "fr.": "CHF",
    "kč": "CZK",
}  # fmt: skip
# Symbols shared by several currencies: the city's country breaks the tie, else the first choice.
SHARED_SYMBOLS: dict[str, tuple[dict[str, str], str | None]] = {
    "$": (DOLLAR_COUNTRIES, "USD"),
    "rs": (RUPEE_COUNTRIES, "INR"),
    "rs.": (RUPEE_COUNTRIES, "INR"),
    "₨": (RUPEE_COUNTRIES, "INR"),
    "¥": (YEN_COUNTRIES, "JPY"),
    "kr": (KRONA_COUNTRIES, None),
    "kr.": (KRONA_COUNTRIES, None),
}
# The currency a bare amount is in, when a country is known and the text names none.
COUNTRY_CURRENCIES = {
    **DOLLAR_COUNTRIES, **RUPEE_COUNTRIES, **KRONA_COUNTRIES, **YEN_COUNTRIES, "GB": "GBP", "IE": "EUR",
    "DE": "EUR", "FR": "EUR", "ES": "EUR", "IT": "EUR", "NL": "EUR", "PT": "EUR", "BE": "EUR", "AT": "EUR",
    "FI": "EUR", "GR": "EUR", "CH": "CHF", "BR": "BRL", "ZA": "ZAR", "AE": "AED", "TH": "THB", "MY": "MYR",
    "ID": "IDR", "PH": "PHP", "KR": "KRW", "PL": "PLN", "IL": "ILS", "NG": "NGN", "KE": "KES",
}  # fmt: skip

_CURRENCY = (
    r"(?:US\$|CA\$|AU\$|NZ\$|HK\$|C\$|A\$|S\$|R\$|(?<![A-Za-z])Rs\.?|(?<![A-Za-z])kr\.?|(?<![A-Za-z])Fr\.|zł|(?<![A-Za-z])Kč|"
    r"[$£€₹₩₪₱₺₫฿₦₴₨¥元]|\b(?:" + "|".join(TEXT_CODES) + r")\b)"
)
# Grouped thousands (1,299 / 1.299 / Indian 1,00,000) or plain digits, with up to two decimals; thousands grouped by
# plain spaces only before a decimal comma ("1 200,50 kr": "2 200" alone may be two numbers).
_NUMBER = r"(?:(?<!\d )\d{1,3}(?: \d{3})+,\d{1,2}|\d{1,3}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,.\u00a0\u202f]\d{3})+|\d+)(?:[.,]\d{1,2})?(?!\d)"
_RANGE_TAIL = r"(?:\s*(?:-|–|—|to)\s*(?:" + _CURRENCY + r"\s?)?(?P<n3>" + _NUMBER + r"))?"
# Read at a currency marker: "$10", "₹ 499", "Rs.500", "$10–$25", "$10-25", "USD 20".
SYMBOL_FIRST = re.compile(r"(?P<c>" + _CURRENCY + r")\s?(?P<n1>" + _NUMBER + r")" + _RANGE_TAIL)
# Read just before a marker: "15 EUR", "1.299,00 €".
NUMBER_BEFORE = re.compile(r"(?<![\d.,])(?P<n>" + _NUMBER + r")\s?\Z")
# A range's low end before the number read just before a marker ("10,00 - 15,00 €", "10 bis 15 EUR").
RANGE_BEFORE = re.compile(r"(?<![\d.,])(?P<n>" + _NUMBER + r")[ \t]?(?:-|–|—|to|bis)[ \t]?\Z")
_MARKERS = {
    *"$£€₹₩₪₱₺₫฿₦₴₨¥元", "US$", "CA$", "AU$", "NZ$", "HK$", "C$", "A$", "S$", "R$", "Rs", "kr", "Fr.", "zł", "Kč",
    *TEXT_CODES,
}  # fmt: skip
# A euro sign between the euros and the cents ("12€50", as French writes a price).
EURO_CENTS = re.compile(r"€(?P<cents>\d{2})(?!\d)")
# Every alternative a literal, longest first: the engine then scans for their first characters only.
MARKER_SCAN = re.compile("|".join(re.escape(marker) for marker in sorted(_MARKERS, key=len, reverse=True)))
# A bare number in a dedicated price field ("Tickets: 15"), but not a time, a percentage or a year.
BARE_NUMBER = re.compile(r"(?<![\d:.,])(?P<n>" + _NUMBER + r")(?!\s*(?:%|:|[ap]\.?m\b|hrs?\b|years?\b))", re.I)
YEAR = re.compile(r"^(?:19|20)\d\d$")

# Free: strong phrases are safe in a description; a bare "free" only in a price field ("gluten-free bar").
FREE_STRONG = re.compile(
    r"\b(?:free\s+(?:entry|admission|event|entrance|of\s+charge|to\s+attend|for\s+all|tickets?|registration|rsvp)"
    r"|(?:entry|admission|entrance|tickets?|registration|cover|price|cost)\s*(?:is\s+|:\s*|-\s*)?(?:totally\s+)?free"
    r"|no\s+cover(?:\s+charge)?|no\s+entry\s+fee|complimentary\s+(?:entry|admission)|(?:event|it)\s+is\s+free)"
    r"\b(?!-)",
    re.I,
)
FREE_WEAK = re.compile(r"(?<![\w-])(?:free|gratis|complimentary)(?![\w-])", re.I)
DONATION_STRONG = re.compile(
    r"\b(?:(?:entry|admission)?\s*by\s+donation|pay[\s-]+what[\s-]+you[\s-]+(?:can|want|wish)|pwyc"
    r"|suggested\s+(?:donation|contribution)|donation[\s-]+based|donation\s+at\s+the\s+door)\b",
    re.I,
)
DONATION_WEAK = re.compile(r"\b(?:donations?|contribution)\b", re.I)
VARIABLE = re.compile(r"\b(?:sliding\s+scale|prices?\s+vary|varies|various\s+prices|tiered\s+pricing)\b", re.I)
OPEN_ENDED = re.compile(r"\b(?:from|starting\s+(?:at|from)|starts\s+at|onwards|and\s+up|upwards)\b|\d\s*\+", re.I)
# In a description an amount counts only beside a word that makes it a price ("raised $5,000" does not).
PRICE_CUE = re.compile(
    r"\b(?:tickets?|entry|admission|cover|price[sd]?|cost|fee|entrance|door|pass(?:es)?|rsvp|registration|"
    r"per\s+person|pp|each|onwards|early\s+bird|adv(?:ance)?|general|ga|vip|from|starting|donation)\b",
    re.I,
)
CUE_BEFORE, CUE_AFTER = 40, 25
# What must be in a text for each pattern to have a chance (lowercase; checked with `in`).
DONATION_WORDS = ("donat", "pay", "pwyc", "suggested", "contribution")
VARIABLE_WORDS = ("sliding", "vary", "varies", "various", "tiered")
FREE_WORDS = ("free", "no cover", "no entry fee", "complimentary", "gratis")
MONEY_BEFORE = 25  # how far before a marker its number may start ("1.299,00 €")
SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")


@dataclasses.dataclass(frozen=True, slots=True)
class PriceInfo:
    cost_type: CostType
    price_min: float | None = None
    price_max: float | None = None
    currency: str | None = None


UNKNOWN = PriceInfo("unknown")
CACHED_LENGTH = 200


def currency_code(value: str | None, *, country: str | None = None) -> str | None:
    """An ISO 4217 code for a code or symbol ("usd", "$", "₹", "Rs."), or None when it names no currency."""
    if not value:
        return None
    cleaned = value.strip()
    if cleaned.upper() in ISO_4217:
        return cleaned.upper()
    key = cleaned.casefold()
    if key in SYMBOLS:
        return SYMBOLS[key]
    if key in SHARED_SYMBOLS:
        by_country, fallback = SHARED_SYMBOLS[key]
        return by_country.get(country or "", fallback)
    return None


def default_currency(country: str | None) -> str | None:
    return COUNTRY_CURRENCIES.get(country or "")


def _number(text: str | None) -> float | None:
    """An amount, or None for what is no price: NaN, infinities, or a digit run too long to be one."""
    if not text:
        return None
    parsed = parse_number(text.replace("\u00a0", "").replace("\u202f", "").replace(" ", ""))
    if parsed is None or not parsed.is_finite():
        return None
    amount = float(parsed)
    return amount if 0 <= amount <= MAX_AMOUNT else None


def _has_cue(text: str, start: int, end: int) -> bool:
    """A price word near the amount, in the same sentence."""
    before = SENTENCE_BREAK.split(text[max(0, start - CUE_BEFORE) : start])[-1]
    after = SENTENCE_BREAK.split(text[end : end + CUE_AFTER])[0]
    return PRICE_CUE.search(f"{before} {after}") is not None


@dataclasses.dataclass(frozen=True, slots=True)
class _Money:
    start: int
    end: int
    symbol: str
    amounts: tuple[str, ...]


def _money(text: str) -> list[_Money]:
    """Amounts with a currency, found from the currency markers outwards.

    One literal scan finds the markers; anchored matches then read "$10–$25" after a marker or "15 EUR"
    before one. Running a currency-or-number pattern over the whole text instead costs ten times more.
    """
    found: list[_Money] = []
    for marker in MARKER_SCAN.finditer(text):
        euros = _euros_and_cents(text, marker)
        if euros is not None:
            found.append(euros)
            continue
        after = SYMBOL_FIRST.match(text, marker.start())
        if after is not None:
            amounts = tuple(n for n in (after["n1"], after["n3"]) if n)
            found.append(_Money(after.start(), after.end(), after["c"], amounts))
            continue
        if not _stands_alone(text, marker):
            continue
        before = NUMBER_BEFORE.search(text, max(0, marker.start() - MONEY_BEFORE), marker.start())
        if before is not None:
            low = RANGE_BEFORE.search(text, max(0, before.start() - MONEY_BEFORE), before.start())
            if low is not None and not (_number(low["n"]) or 0) < (_number(before["n"]) or 0):
                low = None  # "2026 - 15 €": a year, not a range's low end
            amounts = (before["n"],) if low is None else (low["n"], before["n"])
            found.append(_Money(low.start() if low else before.start(), marker.end(), marker.group(), amounts))
    return found


def _euros_and_cents(text: str, marker: re.Match[str]) -> _Money | None:
    """ "12€50": the euros before the sign, the cents after it (not 50 euros)."""
    if marker.group() != "€" or not marker.start() or not text[marker.start() - 1].isdigit():
        return None
    cents = EURO_CENTS.match(text, marker.start())
    euros = NUMBER_BEFORE.search(text, max(0, marker.start() - MONEY_BEFORE), marker.start())
    if cents is None or euros is None or "," in euros["n"][-3:] or "." in euros["n"][-3:]:
        return None
    return _Money(euros.start(), cents.end(), "€", (f"{euros['n']}.{cents['cents']}",))


def _stands_alone(text: str, marker: re.Match[str]) -> bool:
    """A letter code or "Rs"/"kr" is a currency only as a word of its own ("15 EUR", not "EUROPE")."""
    if not marker.group()[0].isalpha():
        return True
    before = text[marker.start() - 1] if marker.start() else " "
    after = text[marker.end()] if marker.end() < len(text) else " "
    return not before.isalnum() and not (after.isalnum() and marker.group()[-1].isalpha())


def _amounts(text: str, *, country: str | None, strict: bool) -> tuple[list[float], str | None]:
    """The amounts in the text in its first-named currency, and that currency."""
    amounts: list[float] = []
    currency: str | None = None
    for money in _money(text):
        if strict and not _has_cue(text, money.start, money.end):
            continue
        code = currency_code(money.symbol, country=country)
        if currency is not None and code != currency:
            continue  # a second currency ("$10 / €9") is a conversion, not another price
        currency = code
        amounts.extend(n for n in (_number(amount) for amount in money.amounts) if n is not None)
    if amounts or strict:
        return amounts, currency
    if decimal_comma_price(text) is AMBIGUOUS:  # "Ages 6,7", "1,5 km": a list or a distance, not a price
        return [], default_currency(country)
    bare = [_number(m["n"]) for m in BARE_NUMBER.finditer(text) if not YEAR.match(m["n"])]
    return [n for n in bare if n is not None], default_currency(country)


def _keyword_type(text: str, *, strict: bool) -> CostType | None:
    lowered = text.lower()
    # Each regex runs only when one of its words is there at all (a substring test costs next to nothing).
    if any(word in lowered for word in DONATION_WORDS) and (
        DONATION_STRONG.search(text) or (not strict and DONATION_WEAK.search(text))
    ):
        return "donation"
    if any(word in lowered for word in VARIABLE_WORDS) and VARIABLE.search(text):
        return "variable"
    if any(word in lowered for word in FREE_WORDS) and (
        FREE_STRONG.search(text) or (not strict and FREE_WEAK.search(text))
    ):
        return "free"
    return None


def parse_price_text(text: str | None, *, country: str | None = None, strict: bool = False) -> PriceInfo:
    """What a price text says. ``strict`` is for descriptions: only unambiguous phrases and cued amounts count.

    Free with positive amounts ("free before 10pm, $20 after") is variable: some pay, some do not.
    A single amount with "from"/"onwards"/"+" has no maximum.
    """
    if not text or not text.strip():
        return UNKNOWN
    if len(text) <= CACHED_LENGTH:
        return _parse_cached(text, country, strict)
    return _parse(text, country, strict)


# Price fields repeat ("Free", "$10") and are short: worth caching; descriptions are neither.
@functools.lru_cache(maxsize=8192)
def _parse_cached(text: str, country: str | None, strict: bool) -> PriceInfo:
    return _parse(text, country, strict)


def written_currency(text: str | None) -> str | None:
    """The currency marker a price text writes with its first amount ("£" of "£18.50", "EUR" of "15 EUR", "$"),
    as written: a symbol several currencies share ("$", "kr") is for the reader who knows the city's country to
    resolve (``currency_code``). None when no amount has a marker."""
    if not text or not text.strip() or len(text) > CACHED_LENGTH:
        return None
    return next((money.symbol for money in _money(text) if money.amounts), None)


def _parse(text: str, country: str | None, strict: bool) -> PriceInfo:
    keyword = _keyword_type(text, strict=strict)
    amounts, currency = _amounts(text, country=country, strict=strict)
    positive = [amount for amount in amounts if amount > 0]
    if keyword in ("donation", "variable"):
        low, high = (min(positive), max(positive)) if positive else (None, None)
        return PriceInfo(keyword, low, high, currency if positive else None)
    if not positive:
        return PriceInfo("free", 0.0, 0.0, None) if keyword == "free" or amounts else UNKNOWN
    if keyword == "free":
        return PriceInfo("variable", 0.0, max(positive), currency)
    open_ended = len(positive) == 1 and OPEN_ENDED.search(text) is not None
    return PriceInfo("paid", min(positive), None if open_ended else max(positive), currency)
