"""Text → words → Doc. The same normalization feeds training, inference and the rule phrases, so they always agree."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from spacy.tokens import Doc

from .config import DEFAULT_CONFIG, SEPARATOR, TITLE_END, UNKNOWN, CategorizeConfig

# Whether the model knows a title word: (word, the raw title) → bool. The title lets training decide per listing.
WordCheck = Callable[[str, str], bool]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_CAMEL_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def _stem(word: str) -> str:
    """A crude plural folding ("markets" → "market", "parties" → "party"): enough for a bag of words."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Lower-cased, stemmed word tokens; hyphens split ("stand-up" → "stand", "up") and punctuation dropped."""
    return [_stem(word) for word in _WORD.findall(text.lower())]


def subwords(text: str) -> list[str]:
    """The parts of joined-up names ("PyCon" → "py", "con"; "KubeCon" → "kube", "con"; "DevFest" → "dev", "fest").

    Conference, festival and brand names are often compounds whose parts carry the meaning ("con", "fest", "camp"),
    and a bag of whole words never sees them: a name it has not met is otherwise no evidence at all.
    """
    parts: list[str] = []
    for word in _WORD.findall(text):
        pieces = _CAMEL_PART.findall(word)
        if len(pieces) > 1:
            parts.extend(_stem(piece.lower()) for piece in pieces)
    return parts


def as_text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _names_unknown(title: list[str], raw_title: str, known: WordCheck) -> list[str]:
    """The title's words, and UNKNOWN once if any of its words the model does not know (numbers always count as known).
    The words stay: keyword rules still read them, and a known word still counts."""
    if all(not word.isalpha() or known(word, raw_title) for word in title):
        return title
    return [*title, UNKNOWN]


def make_doc(
    vocab: Any, record: Mapping[str, Any], config: CategorizeConfig = DEFAULT_CONFIG, *, known: WordCheck | None = None
) -> Doc:
    """The Doc the pipeline reads: title, the title again (titles carry most of the signal), then the description, then
    the parts of the title's joined-up names (after the title, so keyword rules never read them as the title).

    With `known`, a listing without a description whose title holds a word the model does not know carries UNKNOWN
    after the title: a bare performer or show name is then evidence of a kind, not hash noise. A description, when
    there is one, is what the model reads instead."""
    raw_title = as_text(record.get("title"))
    title = words(raw_title)
    description = words(as_text(record.get("description"))[: config.description_chars])
    if known is not None and not description:
        title = _names_unknown(title, raw_title, known)
    parts = [SEPARATOR, *subwords(raw_title)]
    doc = Doc(vocab, words=[*title, SEPARATOR, *title, SEPARATOR, *description, *(parts if len(parts) > 1 else [])])
    doc.user_data[TITLE_END] = 2 * len(title) + 1
    return doc
