"""Totals of the shipped categorizer on a held-out part's measure-only rows (rows whose source licence keeps them out
of the repository: manifest 'removed'). Prints accuracy per source and category and what was predicted, never a
title's prediction, so a first measure can be taken without reading any row's result.

    python bench/categories_measure_only.py ROWS.jsonl [--name test5-local]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rows", type=Path, help="JSONL rows in the labelled set's shape")
    parser.add_argument("--name", default="measure-only", help="What the first line calls the part.")
    args = parser.parse_args(argv)
    from events.pipeline.categorize import categorize_batch, evaluate, load_categorizer

    lines = args.rows.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    evaluation = evaluate(load_categorizer(), rows)
    results = categorize_batch(rows)
    hits = sum(result.category == row["category"] for row, result in zip(rows, results, strict=True))
    print(f"{args.name}  {hits}/{len(rows)} = {evaluation.accuracy:.3f}  macroF1 {evaluation.macro_f1:.3f}")
    by_source: dict[str, list[bool]] = collections.defaultdict(list)
    for row, result in zip(rows, results, strict=True):
        by_source[row["origin"]["repo"]].append(result.category == row["category"])
    for repo, marks in sorted(by_source.items()):
        print(f"     {repo:<50} {sum(marks)}/{len(marks)}")
    for name, score in evaluation.per_category.items():
        if score.support:
            print(
                f"     {name:<20} P {score.precision:.2f}  R {score.recall:.2f}  F1 {score.f1:.2f}  (n={score.support})"
            )
    print("     methods", dict(collections.Counter(result.method for result in results)))
    print("     predicted", dict(collections.Counter(result.category for result in results).most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
