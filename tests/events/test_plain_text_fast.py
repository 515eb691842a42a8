"""plain_text skips the sanitizer for text with no tag, entity or control character: the result is the same."""

from __future__ import annotations

import random

import pytest

from events.text import plain_text

TAG = "<b></b>"  # a tag the sanitizer drops without a trace: the same text, through the sanitizer


def samples() -> list[str]:
    rng = random.Random(7)
    alphabet = [chr(code) for code in range(32, 0x3000) if chr(code).isprintable() and chr(code) not in "<&"]
    alphabet += ["\n"] * 40 + [" "] * 80
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 120))) for _ in range(2000)] + [  # fmt: skip
        "Street food, live music and craft beer.\n\n\n\nBring a friend >_<",
        '  "Quoted"   and  spaced  \n  lines  ',
        "x" * 50,
    ]


@pytest.mark.parametrize("max_length", [None, 20])
def test_text_without_markup_reads_as_the_sanitizer_would(max_length):
    for text in samples():
        assert plain_text(text, max_length=max_length) == plain_text(text + TAG, max_length=max_length), repr(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fish &amp; chips", "Fish & chips"),
        ("<p>One</p><script>alert(1)</script><p>Two</p>", "One\nTwo"),
        ("carriage\r\nreturn", "carriage\nreturn"),
        ("nul\x00byte", "nulbyte"),
        ("\ufeffbom", "bom"),
        ("1 < 2", "1 < 2"),
    ],
)
def test_markup_entities_and_control_characters_still_go_through_the_sanitizer(text, expected):
    assert plain_text(text) == expected
