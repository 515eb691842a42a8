"""review52: review50's acronyms of shouted titles (``events.pipeline.title_acronyms``) probed both ways
(docs/review52-probes.md). Kept in capitals though no acronym: a sound drawn out ("HMMM QUIZ", "SHHH SILENT DISCO",
"GRRR HALLOWEEN", "MMM MUSIC NIGHT"), a Welsh word whose "w" is its vowel ("CWRW", "CWTCH"), the Italian "CI" ("CI
VEDIAMO IN PIAZZA"). Acronyms and numerals near them still read as written."""

from __future__ import annotations

import pytest

from events.pipeline.title_acronyms import written_acronym
from events.pipeline.titles import clean_title


@pytest.mark.parametrize(
    ("shouted", "calm"),
    [
        ("HMMM QUIZ", "Hmmm Quiz"),
        ("SHHH SILENT DISCO", "Shhh Silent Disco"),
        ("GRRR HALLOWEEN", "Grrr Halloween"),
        ("MMM MUSIC NIGHT", "Mmm Music Night"),
        ("CWTCH CAFE OPENING", "Cwtch Cafe Opening"),
        ("CWRW BACH BEER FESTIVAL", "Cwrw Bach Beer Festival"),
        ("CI VEDIAMO IN PIAZZA", "Ci Vediamo in Piazza"),
        # still acronyms and numerals
        ("SUPER BOWL XXX PARTY", "Super Bowl XXX Party"),
        ("SUPER BOWL LI PARTY", "Super Bowl LI Party"),
        ("BWFC SUPPORTERS NIGHT", "BWFC Supporters Night"),
        ("RWC SCREENING", "RWC Screening"),
        ("LGBTQ PRIDE PICNIC", "LGBTQ Pride Picnic"),
        ("WWF WILDLIFE TALK", "WWF Wildlife Talk"),
    ],
)
def test_sounds_welsh_words_and_italian_ci_are_calmed(shouted: str, calm: str) -> None:
    assert clean_title(shouted).title == calm


@pytest.mark.parametrize(("word", "kept"), [("HMMM", False), ("ZZZZ", False), ("WWW", True), ("XXX", True),
    ("CCC", True), ("TWLL", False), ("BWRDD", False), ("DWP", True), ("NWSL", True), ("CV", True)])  # fmt: skip
def test_written_acronym_review52(word: str, kept: bool) -> None:
    assert written_acronym(word) is kept


@pytest.mark.parametrize(
    ("shouted", "calm"),
    [
        ("JAZZ NIGHT TBA", "Jazz Night TBA"),  # "to be announced": an acronym with a vowel, listed (it was "Tba")
        ("QUIZ NIGHT - VENUE TBC", "Quiz Night - Venue TBC"),
        ("TABATA CLASS", "Tabata Class"),  # a word that starts so is a word
    ],
)
def test_to_be_announced_stays_in_capitals(shouted: str, calm: str) -> None:
    assert clean_title(shouted).title == calm
