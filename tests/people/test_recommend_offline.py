"""Offline evaluation of the recommender on SYNTHETIC data (events/people/library/evaluation.py): precision@10
and recall@10 of the personalised ranking against "most popular". ``pytest -s`` prints the figures."""

from __future__ import annotations

from events.people.library.evaluation import evaluate, split, synthetic_world


def test_personalised_beats_most_popular_by_a_clear_margin():
    figures = evaluate(synthetic_world(seed=12))
    print(
        f"\nsynthetic offline evaluation ({figures.people} people, k={figures.k}): "
        f"personalised precision@10 {figures.personalised_precision:.3f} recall@10 {figures.personalised_recall:.3f}; "
        f"most popular precision@10 {figures.popular_precision:.3f} recall@10 {figures.popular_recall:.3f}; "
        f"{figures.seconds_per_person * 1000:.1f} ms per person"
    )
    assert figures.personalised_precision >= 1.5 * figures.popular_precision
    assert figures.personalised_recall >= 1.5 * figures.popular_recall
    assert figures.popular_precision > 0  # the baseline is a real one, not a straw man
    # How fast it ranks is bench/recommendations.py's to say: a timed assert fails on a slow or busy machine.


def test_the_margin_holds_for_another_seed():
    figures = evaluate(synthetic_world(seed=99, people=150))
    assert figures.personalised_precision >= 1.3 * figures.popular_precision


def test_the_world_is_reproducible_and_the_holdout_is_the_last_fifth():
    assert synthetic_world(seed=5, people=20) == synthetic_world(seed=5, people=20)
    history = [(n, "saved") for n in range(10)]
    visible, hidden = split(history)
    assert visible == history[:8]
    assert hidden == {8, 9}
