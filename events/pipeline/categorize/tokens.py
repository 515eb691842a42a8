"""Text → words → Doc. The same normalization feeds training, inference and the rule phrases, so they always agree."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .age_limits import mark_age_limits
from .config import (
    DEFAULT_CONFIG,
    PARTS_START,
    SEPARATOR,
    TITLE_BREAKS,
    TITLE_END,
    TITLE_FOLDED,
    UNKNOWN,
    UNKNOWN_BUILT,
    CategorizeConfig,
)

# Whether the model knows a title word: (word, the raw title) → bool. The title lets training decide per listing.
WordCheck = Callable[[str, str], bool]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_CAMEL_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


# Words and titles recur across a batch (and duplicates repeat whole titles): both functions below are pure and
# return immutable values, so they are cached per process. Bounded: an unbounded feed cannot grow them.
@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A crude plural folding ("markets" → "market", "parties" → "party"): enough for a bag of words."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_ACRONYM_PLURAL = re.compile(r"[A-Z][A-Z0-9]+s")  # "APIs", "DJs", "GPUs": the plural of a capitalized abbreviation
_SIBILANT_PLURAL = re.compile(r"(?:ch|sh|ss|x|z)es$")  # "classes", "quizzes", "brunches", "boxes"


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A raw title word as keyword rules read it: what _stem folds, and the inflections its crude folding misses or
    mangles, which only the raw word shows: an abbreviation's plural ("APIs" → "api", where words() keeps "apis"
    as it keeps "tennis"), a plural after a sibilant ("classes" → "class", "quizzes" → "quiz", "brunches" →
    "brunch", where words() leaves "classe"). The model's words are unchanged: it learned them as words() gives them."""
    if _ACRONYM_PLURAL.fullmatch(word):
        word = word[:-1]
    word = word.lower()
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) > 4 and _SIBILANT_PLURAL.search(word):
        word = word[:-2]
        return word[:-1] if word.endswith("zz") else word
    return _stem(word)


@functools.lru_cache(maxsize=8192)
def title_folds(raw_title: str) -> tuple[str, ...]:
    """fold() of each word of words(raw_title), in the same order (the raw words' case is read where lower-casing
    leaves the words as they were; otherwise the lower-cased words are folded)."""
    lowered = _WORD.findall(raw_title.lower())
    raw = _WORD.findall(raw_title)
    return tuple(fold(word) for word in (raw if len(raw) == len(lowered) else lowered))


def raw_words(text: str) -> list[str]:
    """The words of `text` as written (case kept), split as words() splits them."""
    return _WORD.findall(text)


def words(text: str) -> list[str]:
    """Lower-cased, stemmed word tokens; hyphens split ("stand-up" → "stand", "up") and punctuation dropped."""
    return list(_words(text))


@functools.lru_cache(maxsize=16384)
def _words(text: str) -> tuple[str, ...]:
    # The rules read a record's title (and organizer) again and again: about nine calls per record, most of them
    # on a text already read. A new list per call, so a caller may change its own.
    return tuple(_stem(word) for word in _WORD.findall(text.lower()))


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


def content_words(title: list[str]) -> list[str]:
    """The words that can say what an event is: not numbers, letters ("w/", "b2b") or function words ("the", "and")."""
    return [word for word in title if len(word) > 1 and word.isalpha() and word not in STOP_WORDS]


def reads_as_name(title: list[str], raw_title: str, known: WordCheck) -> bool:
    """Whether a title is only a name to the model: it has content words and the model knows none of them.

    One known content word is enough to read the title by its words ("Monument Commission", "Kedzie Ave Cleanup",
    "Lurie Garden Tour"): an unseen word is weak evidence and must never outweigh a word the model has learned."""
    content = content_words(title)
    return bool(content) and not any(known(word, raw_title) for word in content)


@functools.lru_cache(maxsize=8192)
def title_breaks(raw_title: str) -> tuple[bool, ...]:
    """For each word of words(raw_title): whether punctuation or the end of the title follows it ("Committee (T&E)",
    "Board of Directors - Regular Meeting"). Keyword rules use it to tell a name's last word from a word inside a
    longer phrase."""
    text = raw_title.lower()  # as words() reads it: lower() may change the length ("İ"), so offsets are into this
    matches = list(_WORD.finditer(text))
    ends = [match.end() for match in matches]
    starts = [match.start() for match in matches[1:]] + [-1] if matches else []
    return tuple(start < 0 or bool(text[end:start].strip()) for end, start in zip(ends, starts, strict=True))


def name_doc(vocab: Any, record: Mapping[str, Any], known: WordCheck) -> Doc:
    """The Doc of a title read as a name: UNKNOWN where the title's words were, then the parts of its joined-up names
    that the model knows ("PyGrunn" → "py"). The words themselves are left out: a name's words are rare or read
    without conviction, so what the model gives them is noise from their hash buckets ("Crockett" read as a
    conference); without them the model gives what such listings usually are, the prior it learned from UNKNOWN."""
    raw_title = as_text(record.get("title"))
    parts = [part for part in subwords(raw_title) if part.isalpha() and known(part, raw_title)]
    doc = Doc(vocab, words=[UNKNOWN, SEPARATOR, UNKNOWN, SEPARATOR, *([SEPARATOR, *parts] if parts else [])])
    doc.user_data[TITLE_END] = 3
    doc.user_data[TITLE_BREAKS] = (True,)
    return doc


def make_doc(
    vocab: Any, record: Mapping[str, Any], config: CategorizeConfig = DEFAULT_CONFIG, *, known: WordCheck | None = None
) -> Doc:
    """The Doc the pipeline reads: title, the title again (titles carry most of the signal), then the description, then
    the parts of the title's joined-up names (after the title, so keyword rules never read them as the title).

    With `known`, a listing without a description whose title is only a name to the model (no content word it knows)
    carries UNKNOWN after the title: a bare performer or show name is then evidence of a kind, not hash noise. A
    description, or one known content word in the title, is what the model reads instead."""
    raw_title = as_text(record.get("title"))
    title = words(raw_title)
    # an age limit is one word to the model, not a children's programme's "age" and "children" (age_limits.py)
    description = words(mark_age_limits(as_text(record.get("description"))[: config.description_chars]))
    if known is not None and not description and reads_as_name(title, raw_title, known):
        title = [*title, UNKNOWN]
    parts = [SEPARATOR, *subwords(raw_title)]
    tokens = [*title, SEPARATOR, *title, SEPARATOR, *description, *(parts if len(parts) > 1 else [])]
    doc = Doc(vocab, words=tokens)
    doc.user_data[UNKNOWN_BUILT] = (len(tokens), UNKNOWN in tokens)
    doc.user_data[TITLE_END] = 2 * len(title) + 1
    doc.user_data[TITLE_BREAKS] = title_breaks(raw_title)
    doc.user_data[PARTS_START] = 2 * len(title) + 2 + len(description) + 1
    _fold_title(doc, raw_title, title)
    return doc


def _fold_title(doc: Doc, raw_title: str, title: list[str]) -> None:
    """Give the title's words (both copies) their raw reading (fold) as NORM where it differs from the stemmed word,
    for the keyword rules' second matcher; the text categorizers read ORTH, so their input is unchanged. `title` is
    the doc's first words as make_doc gave them (compared as strings: a token is made only for a word changed)."""
    folded = False
    length = len(title)
    for index, (word, raw) in enumerate(zip(title, title_folds(raw_title), strict=False)):
        if raw != word:
            doc[index].norm_ = raw
            doc[length + 1 + index].norm_ = raw
            folded = True
    if folded:
        doc.user_data[TITLE_FOLDED] = True
