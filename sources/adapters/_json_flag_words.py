"""A JSON flag written as a word in another language (issue #13): "ja"/"nein", "sí"/"no", "oui"/"non", "sim"/"não",
"ja"/"nee", "tak"/"nie", "ja"/"nej", "kyllä"/"ei", beside English "true"/"yes"/"1". A column is a flag only when
every value it holds is such a word (``_json_shapes.flag_column``), so a description or a name that happens to be
"no" or "Ja" is never read as one; only the flag's own value is read by these words (online, cancelled, all day).

Pure: no database, no network. Imports nothing of the adapters, so that ``_json_shapes`` can use it.
"""

from __future__ import annotations

import unicodedata
from typing import Any

__all__ = ["FALSE_WORDS", "TRUE_WORDS", "flag_word", "true_word"]

TRUE_WORDS = frozenset({
    "true", "yes", "y", "1",
    "ja", "wahr",  # German, Dutch, the Nordic languages
    "si", "verdadero", "vero",  # Spanish "sí", Italian "sì"
    "oui", "vrai",  # French
    "sim", "verdadeiro",  # Portuguese
    "waar",  # Dutch
    "tak", "prawda",  # Polish
    "kylla",  # Finnish "kyllä"
})  # fmt: skip
FALSE_WORDS = frozenset({
    "false", "no", "n", "0",
    "nein", "falsch",  # German
    "falso",  # Spanish, Italian, Portuguese
    "non", "faux",  # French
    "nao",  # Portuguese "não"
    "nee", "onwaar",  # Dutch
    "nie", "falsz",  # Polish "fałsz"
    "nej", "nei", "ei",  # Swedish and Danish, Norwegian, Finnish
})  # fmt: skip
_LONGEST = max(len(word) for word in TRUE_WORDS | FALSE_WORDS)


def _folded(value: str) -> str:
    """ "Sí" → "si", "não" → "nao", "fałsz" → "falsz": lowercase, without accents."""
    text = value.strip().lower().replace("ł", "l")
    if text.isascii() or len(text) > _LONGEST + 2:
        return text
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))


def flag_word(value: str) -> bool:
    """Whether a text is a flag's yes or no, in one of these languages."""
    folded = _folded(value)
    return folded in TRUE_WORDS or folded in FALSE_WORDS


def true_word(value: Any) -> bool:
    """Whether a flag's value says yes: True, or a word for yes ("true", "ja", "sí", "oui", "sim", "tak")."""
    return value is True or (isinstance(value, str) and _folded(value) in TRUE_WORDS)
