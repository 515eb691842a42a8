"""The loaded categorizer's tokenizer: none. Its docs are built from words (tokens.make_doc), never from text.

``spacy.load`` would build English's rule-based tokenizer (1,300 special cases from the language's defaults) and then
read the saved one over it (as many again): 0.17 s of CPU of a model's 0.3 s load, in every process's first batch,
for a tokenizer that inference, training and the rules never call. The loader swaps it for this one (config
override, and the saved tokenizer left unread): the same vocabulary, pipes and weights, the same scores. Reading
raw text with it fails loudly rather than splitting text some other way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.util import registry
from spacy.vocab import Vocab

WORDS_ONLY_TOKENIZER = "whatson.words_only_tokenizer.v1"
# What spacy.load takes to use it: the tokenizer in the config, and the saved one not read from disk.
LOAD_OVERRIDES: dict[str, Any] = {"nlp": {"tokenizer": {"@tokenizers": WORDS_ONLY_TOKENIZER}}}
LOAD_EXCLUDE = ["tokenizer"]
TEXT_REFUSED = "the categorizer reads words, not text: build its docs with categorize.make_doc (got {kind})"


class WordsOnlyTokenizer:
    """Holds the vocabulary spaCy expects a tokenizer to hold; refuses text; saves and loads nothing."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: object) -> Any:
        raise TypeError(TEXT_REFUSED.format(kind=type(text).__name__))

    def pipe(self, texts: object, batch_size: int = 1000) -> Any:
        raise TypeError(TEXT_REFUSED.format(kind=type(texts).__name__))

    def to_disk(self, path: str | Path, **_kwargs: Any) -> None:
        return None

    def from_disk(self, path: str | Path, **_kwargs: Any) -> WordsOnlyTokenizer:
        return self

    def to_bytes(self, **_kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **_kwargs: Any) -> WordsOnlyTokenizer:
        return self


@registry.tokenizers(WORDS_ONLY_TOKENIZER)
def words_only_tokenizer() -> Callable[[Language], WordsOnlyTokenizer]:
    return lambda nlp: WordsOnlyTokenizer(nlp.vocab)
