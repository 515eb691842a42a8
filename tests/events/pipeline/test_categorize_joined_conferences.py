"""A developers' conference named by a joined-up word ending in "Conf" (helper cats14, rules_conferences.py). Found on
the training corpus's held-out split: "ReactConf 2019" was read as a concert. Texts of our own."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch


def result(record: dict[str, str]) -> tuple[str, str | None, str]:
    found = categorize_batch([record])[0]
    return found.category, found.subcategory, found.method


@pytest.mark.parametrize(
    "title", ["QuorvaneConf 2027", "ElmConf Europe", "TellConf", "Quorvane.js - Conf & Apéro", "Quorvane JS Conf 2026"]
)
def test_a_joined_conf_name_is_a_conference(title):
    assert result({"title": title}) == ("tech_business", "conferences", "rules")


@pytest.mark.parametrize(
    "record",
    [
        # A teaching format in the title: a workshop, whatever conference hosts it.
        {"title": "ElmConf Workshop: Intro to Elm"},
        # No "Conf" part: one word, or a fans' convention ("Con").
        {"title": "Confetti Party"},
        {"title": "QuorvaneCon Cosplay Contest"},
        # A French talk ("Conférence", which the tokenizer reads as "conf" and "rence") keeps its own rule.
        {"title": "Conférence : les jardins de Quorvane"},
        # A description's "conf" decides nothing.
        {"title": "Quorvane Night Market", "description": "Street food, crafts and live bands; see you at the conf!"},
    ],
)
def test_other_conf_words_decide_no_conference(record):
    assert result(record) != ("tech_business", "conferences", "rules")
