"""bench/categories_venue_loo.py: a labelled row's venue history is the part's OTHER rows at its venue, never its
own label; counted from their labels (a moderated past) or from the categorizer's results venue_history would trust."""

from __future__ import annotations

from bench.categories_venue_loo import left_out_history, trusted, venue_figures, venue_of
from events.pipeline.categorize import CategoryResult
from events.pipeline.categorize.venue_history import VenueHistoryConfig

GUESS = CategoryResult("arts_culture", None, 0.3, [], "model", True)
RULE_MUSIC = CategoryResult("music", None, 0.9, [], "rules", False)
MODEL_MUSIC = CategoryResult("music", None, 0.85, [], "model", False)
UNSURE_MUSIC = CategoryResult("music", None, 0.6, [], "model", False)  # not flagged, but no venue history either


def row(title: str, category: str, venue: str | None = "The  Club", path: str = "a.json") -> dict:
    return {"title": title, "category": category, "venue_name": venue, "origin": {"repo": "r", "path": path}}


def test_a_venue_name_is_compared_casefolded_with_its_spaces_collapsed():
    assert venue_of(row("x", "music", " the club ")) == venue_of(row("x", "music", "The  CLUB")) == "the club"
    assert venue_of(row("x", "music", None)) is None
    assert venue_of(row("x", "music", "   ")) is None


def test_only_what_venue_history_would_read_from_the_database_counts_as_a_past():
    assert trusted(RULE_MUSIC)
    assert trusted(MODEL_MUSIC)
    assert not trusted(UNSURE_MUSIC)
    assert not trusted(GUESS)


def test_a_row_never_sees_its_own_label():
    # Two rows at one venue: each sees only the other's label, one event, too few for a prior of its own.
    rows = [row("Zorblax", "comedy"), row("Quintessa", "comedy")]
    assert left_out_history(rows, [GUESS, GUESS], labels=True) == [GUESS, GUESS]
    # A third at the venue: now each sees two that agree, and the guess becomes the venue's category, still flagged.
    rows.append(row("Headliner", "comedy"))
    decided = left_out_history(rows, [GUESS] * 3, labels=True)
    assert [(result.category, result.method, result.low_confidence) for result in decided] == [
        ("comedy", "venue", True)
    ] * 3


def test_from_results_only_trusted_ones_are_a_past_and_no_label_is_read():
    rows = [row("A", "music"), row("B", "music"), row("C", "comedy"), row("D", "comedy", venue="Elsewhere")]
    results = [RULE_MUSIC, MODEL_MUSIC, GUESS, GUESS]
    at_club, _, guessed, elsewhere = left_out_history(rows, results, labels=False)
    assert at_club == RULE_MUSIC  # a rule's answer is never changed
    # The guess sees two trusted music results (its label, comedy, is not read): music, flagged.
    assert (guessed.category, guessed.method, guessed.low_confidence) == ("music", "venue", True)
    assert elsewhere == GUESS  # no past at its venue
    # Unflagged but unsure results are no past: nothing to decide by.
    assert left_out_history(rows, [UNSURE_MUSIC, UNSURE_MUSIC, GUESS, GUESS], labels=False)[2] == GUESS


def test_a_row_without_a_venue_is_left_alone_and_thresholds_are_the_callers():
    rows = [row("A", "music"), row("B", "music"), row("C", "comedy", venue=None)]
    assert left_out_history(rows, [GUESS] * 3, labels=True)[2] == GUESS
    strict = VenueHistoryConfig(min_events=3)
    assert left_out_history(rows[:2] + [row("C", "music")], [GUESS] * 3, labels=True, config=strict) == [GUESS] * 3


def test_the_figures_count_hits_with_and_without_the_source_consensus():
    rows = [row("A", "comedy"), row("B", "comedy"), row("C", "comedy"), row("D", "music", venue=None)]
    figures = venue_figures(rows, [GUESS, GUESS, GUESS, MODEL_MUSIC])
    assert (figures["events"], figures["venues"]) == (4, 3)
    assert figures["labels"] == {"hits": 4, "with_consensus": 4, "decided_by_venue": 3}
    assert figures["own"] == {"hits": 1, "with_consensus": 1, "decided_by_venue": 0}
