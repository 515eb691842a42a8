"""The recommender's offline evaluation and speed, on SYNTHETIC data (nothing here is a real person's history).

    python bench/recommendations.py [--people 300] [--events 600] [--seeds 12,99,7] [--k 10]

For each seed: a generated world (people with latent tastes over categories and venues, events with a skewed
popularity, interactions drawn from taste × popularity; events/people/library/evaluation.py), each person's last
20% of interactions hidden, the rest ranked by the personalised scorer and by "most popular". Prints
precision@k and recall@k of both and their ratio, then the scorer's time per call at the API's sizes (a history
of HISTORY items against CANDIDATE_CAP candidates). Nothing here asserts anything; the test
tests/people/test_recommend_offline.py asserts the margin.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
HISTORY = 50
CALLS = 200


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--events", type=int, default=600)
    parser.add_argument("--seeds", default="12,99,7")
    parser.add_argument("--k", type=int, default=10)
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from events.people.library import evaluation, recommend, selectors

    print("Recommendations: offline evaluation on synthetic data (generated, not real people)")
    print(f"{args.people} people, {args.events} events, last {evaluation.HOLDOUT:.0%} of each history held out\n")
    print(f"{'seed':>6} {'personal P@k':>13} {'R@k':>7} {'popular P@k':>12} {'R@k':>7} {'P ratio':>8}")
    ratios = []
    for seed in (int(part) for part in args.seeds.split(",") if part.strip()):
        world = evaluation.synthetic_world(seed=seed, people=args.people, events=args.events)
        figures = evaluation.evaluate(world, k=args.k)
        ratio = (
            figures.personalised_precision / figures.popular_precision if figures.popular_precision else float("inf")
        )
        ratios.append(ratio)
        print(
            f"{seed:>6} {figures.personalised_precision:>13.3f} {figures.personalised_recall:>7.3f} "
            f"{figures.popular_precision:>12.3f} {figures.popular_recall:>7.3f} {ratio:>7.2f}x"
        )
    print(f"\nmedian precision ratio personalised / most popular: {statistics.median(ratios):.2f}x (k={args.k})")

    world = evaluation.synthetic_world(
        seed=1, people=1, events=selectors.CANDIDATE_CAP, interactions=(HISTORY, HISTORY)
    )
    by_id = {candidate.event.id: candidate for candidate in world.events}
    taste = recommend.Taste(
        history=[recommend.HistoryItem(by_id[event_id].event, signal) for event_id, signal in world.interactions[0]],
        followed_venues={1: "A venue"},
        interests={1: "A category"},
    )
    timings = []
    for _ in range(CALLS):
        started = time.perf_counter()
        recommend.recommend(taste=taste, candidates=world.events, now=evaluation.NOW, limit=10)
        timings.append(time.perf_counter() - started)
    timings.sort()
    print(
        f"scorer: {HISTORY} history items × {selectors.CANDIDATE_CAP} candidates: "
        f"p50 {timings[len(timings) // 2] * 1000:.2f} ms, p99 {timings[int(len(timings) * 0.99) - 1] * 1000:.2f} ms "
        f"per call ({CALLS} calls, one core, no database)"
    )


if __name__ == "__main__":
    main()
