"""A month name that is also a word or a name elsewhere ("Mayo", "Mars", "Mai": _intl_names.AMBIGUOUS) is its month on
a page that declares the month's own language (pages batch 101, helper pages101): a Spanish library's programme
heads its days "5 de Mayo", "6 de Mayo" without a year, and they were refused as the name in "Cinco de Mayo party"
is on an English page. On a page in that language the word is the month; on any other page (or one that declares
none) it still needs a year, a weekday, lower case or a day's dot beside it. Pure."""

from __future__ import annotations

# Each ambiguous name's languages.
MONTH_LANGUAGES = {
    "mayo": frozenset({"es"}),
    "mars": frozenset({"fr", "sv", "no", "da"}),
    "mai": frozenset({"fr", "de", "ro", "nl"}),
    "avril": frozenset({"fr"}),
    "marco": frozenset({"pt"}),
    "maja": frozenset({"pl"}),
    "martie": frozenset({"ro"}),
    "juni": frozenset({"de", "nl", "sv", "da", "no"}),
    "juli": frozenset({"de", "nl", "sv", "da", "no"}),
    "maj": frozenset({"sv", "da", "pl"}),
}


def own_language_month(name: str, language: str | None) -> bool:
    """Whether a folded ambiguous month name is written on a page that declares its language (``language``)."""
    return language is not None and language in MONTH_LANGUAGES.get(name, frozenset())
