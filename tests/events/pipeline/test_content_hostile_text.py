"""Profanity and slurs (events/pipeline/content.py, events/pipeline/lookalikes.py) on hostile text: runs of
look-alike characters are read in time that grows with the text, and the words are those the word list's regex
finds (tests/hostile.py: growth ratios, no wall-clock budget).

The regex alone tried every way of sharing a run out between neighbouring classes that take it: a space, 40
"*" and a letter took 14 s (each "*" more about doubles it), a run of "+" (a "t") was quadratic.
"""

from __future__ import annotations

import pytest

from events.pipeline import content, lookalikes
from events.pipeline.content import ContentReport, check_text
from tests.hostile import superlinear

HOSTILE = [
    pytest.param(lead, filler, id=f"{lead!r}+{filler!r}")
    for lead in ("", " ", "\u2013", "Word", "(cancelled", "sh1t", "+t")
    for filler in (
        " ",
        "\n",
        "-",
        "a ",
        "1.",
        "*",
        "+",
        "+t",
        "***+",
        "*s",
        "s",
        "!",
        "|",
        "$",
        "@",
        "u",
        "sh1t ",
        "sh1t!",
        "f*ck+",
    )
]


@pytest.mark.parametrize(("lead", "filler"), HOSTILE)
def test_hostile_text_is_checked_in_linear_time(lead: str, filler: str) -> None:
    assert superlinear(check_text, lambda size: lead + filler * (size // len(filler)) + "x") is None


def regex_words(lowered: str) -> list[str]:
    """What the word list's regex alone finds in the whole text (the reading before lookalikes.py)."""
    return [match.group(1) for match in content.OFFENSIVE.regex.finditer(" " + lowered)]


@pytest.mark.parametrize(
    "text",
    [
        "what the f*ck!",
        "shi++tranny",  # a word ends before a "+" that starts the next one
        "+t+t tranny",
        "bullsh!t!! and a$$hole",
        "n1gg3r5| f**k",
        "fuu" + "u" * 40 + "ck off",  # longer than a plain token: read by the chains
        "sh" + "*" * 12 + "t happens",  # more shared characters than a plain token holds
        " " + "*" * 12 + " stars",
        "s*" * 10 + "x shit",
        "+" + "***+" * 8 + " twat",
    ],
)
def test_words_are_those_the_regex_finds(text: str) -> None:
    assert content.OFFENSIVE.words(text) == regex_words(text)


def test_a_long_look_alike_word_is_still_flagged() -> None:
    word = "sh" + "1" * 40 + "t"
    assert not content.OFFENSIVE.plain(word)
    assert check_text(f"Total {word} show") == ContentReport(["profanity"], "hold", [f"profanity: {word!r}"])
    slur = "n" + "1" * 40 + "ggers"
    assert check_text(slur).flags == ["slur"]


def test_a_run_of_stars_after_a_space_is_read_in_linear_time_and_as_before() -> None:
    # The regex alone: 40 stars took 14 s, 60 would take hours. The word list's regex on 12 agrees.
    assert content.OFFENSIVE.words(" " + "*" * 12 + "x") == regex_words(" " + "*" * 12 + "x") == []
    assert superlinear(content.OFFENSIVE.words, lambda size: " " + "*" * size + "x") is None


def test_the_regex_only_reads_plain_tokens() -> None:
    plain = content.OFFENSIVE.plain
    assert all(plain(word) for word in ("motherfuckers", "a$$hole", "n1gg3r5"))
    assert not plain("*" * (lookalikes.PLAIN_SHARED + 1))
    assert not plain("a" * (lookalikes.PLAIN_LENGTH + 1))
    # Each run of these characters is read alone: a word lies inside one.
    assert [part.group() for part in lookalikes._TOKEN.finditer("a f*ck!|+x, y")] == ["a", "f*ck!|+x", "y"]
