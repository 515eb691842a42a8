"""review50: a shouted title calmed keeps its acronyms and numerals (``events.pipeline.title_acronyms``): "PT GRAND
PRIX" was "Pt Grand Prix", "ANNUAL AGM" "Annual Agm", "USA VS GB" "USA vs Gb", "SUPER BOWL LXV PARTY" "Super Bowl Lxv
Party"."""

from __future__ import annotations

import pytest

from events.pipeline.title_acronyms import written_acronym
from events.pipeline.titles import clean_title


@pytest.mark.parametrize(
    ("shouted", "calm"),
    [
        ("PT GRAND PRIX", "PT Grand Prix"),
        ("ANNUAL AGM", "Annual AGM"),
        ("USA VS GB", "USA vs GB"),
        ("SUPER BOWL LXV PARTY", "Super Bowl LXV Party"),
        ("BBC PROMS", "BBC Proms"),
        ("NHS FUNDRAISER", "NHS Fundraiser"),
        ("PTA QUIZ NIGHT", "PTA Quiz Night"),
        ("CPR TRAINING", "CPR Training"),
        ("HTML FOR BEGINNERS", "HTML for Beginners"),
        ("B&B OPEN DAY", "B&B Open Day"),
        ("RNLI OPEN DAY", "RNLI Open Day"),
        ("HENRY VIII TOUR", "Henry VIII Tour"),
        ("NASA SPACE NIGHT", "NASA Space Night"),
        # Not acronyms: title-case abbreviations, sounds, words with a vowel or a "y", words of M and D.
        ("ST PATRICK'S DAY PARADE", "St Patrick's Day Parade"),
        ("MR & MRS SMITH", "Mr & Mrs Smith"),
        ("DR WHO MARATHON", "Dr Who Marathon"),
        ("SHH SILENT DISCO", "Shh Silent Disco"),
        ("MY FAIR LADY", "My Fair Lady"),
        ("GYM CLASS", "Gym Class"),
        ("CRYPT TOUR", "Crypt Tour"),
        ("MIX NIGHT", "Mix Night"),
        ("CIVIC AWARDS", "Civic Awards"),
        ("LIVID LIVE", "Livid Live"),
        ("XMAS FAIR", "Xmas Fair"),
    ],
)
def test_shouted_titles_keep_their_acronyms(shouted: str, calm: str) -> None:
    assert clean_title(shouted).title == calm


@pytest.mark.parametrize(("word", "kept"), [("GB", True), ("XIV", True), ("P&O", True), ("AGM", True),
    ("IIII", False), ("IL", False), ("ROCK&ROLL", False), ("MIX", False), ("ST", False), ("CIVIC", False)])  # fmt: skip
def test_written_acronym(word: str, kept: bool) -> None:
    assert written_acronym(word) is kept
