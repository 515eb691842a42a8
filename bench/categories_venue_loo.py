"""A venue's past as evidence, measured on labelled rows that carry no past: leave one out within the part.

The pipeline settles a guess (the text model unsure: a bare performer's name, a run titled "RUNDAY") by what the
listing's venue mostly hosted before (events/pipeline/categorize/venue_history.py, its published events read in one
query per batch) and then by what the rest of its source's feed was read as (source_consensus.py). A labelled row
has a venue name but no published history, so here each row's history is the OTHER rows of the same part at the
same venue (the name casefolded, spaces collapsed), counted one of two ways:

- ``own``: the categorizer's own results for those rows, counted only where venue_history would trust a published
  event (a source's label, a keyword rule, the model at least ``min_model_confidence`` sure) — what the pipeline's
  history would hold with no moderator's help, no label read;
- ``labels``: those rows' labels — a past every event of which a moderator (or the source) categorized; an upper
  bound, never the row's own label.

Then the source's consensus runs after it, each source file one feed, as ``bench/eval_pipeline.py`` reads it.
``bench/eval.py --kind categories`` prints both for every part; ``python bench/categories_venue_loo.py`` sweeps the
history's thresholds on the training-side parts only (the dev split and the real rows of
events/pipeline/data/candidates), where they may be tuned.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import json
import sys
from collections.abc import Hashable, Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from events.pipeline.categorize import CategoryResult
from events.pipeline.categorize.venue_history import (
    DEFAULT_HISTORY_CONFIG,
    VenueHistoryConfig,
    with_venue_history,
)

CANDIDATES = ROOT / "events" / "pipeline" / "data" / "candidates"


def venue_of(row: Mapping[str, Any]) -> str | None:
    """The row's venue name, casefolded and its spaces collapsed; None without one."""
    name = row.get("venue_name")
    return " ".join(name.casefold().split()) if isinstance(name, str) and name.strip() else None


def feed_of(row: Mapping[str, Any]) -> tuple[Any, Any]:
    origin = row.get("origin") or {}
    return origin.get("repo"), origin.get("path")


def trusted(result: CategoryResult, config: VenueHistoryConfig = DEFAULT_HISTORY_CONFIG) -> bool:
    """Whether venue_history's query would count this result among a venue's published past."""
    if result.method in config.trusted_methods:
        return True
    return result.method == "model" and result.category_confidence >= config.min_model_confidence


def left_out_history(
    rows: Sequence[Mapping[str, Any]],
    results: Sequence[CategoryResult],
    *,
    labels: bool,
    config: VenueHistoryConfig = DEFAULT_HISTORY_CONFIG,
) -> list[CategoryResult]:
    """Each result after venue_history, its venue's history being the part's other rows at that venue (their
    labels, or the categorizer's trusted results for them): a row never counts towards its own history."""
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    own: list[str | None] = []
    for row, result in zip(rows, results, strict=True):
        venue = venue_of(row)
        counted = str(row["category"]) if labels else result.category if trusted(result, config) else None
        own.append(counted)
        if venue is not None and counted is not None:
            counts[venue][counted] += 1
    updated: list[CategoryResult] = []
    for row, result, counted in zip(rows, results, own, strict=True):
        venue = venue_of(row)
        if venue is None:
            updated.append(result)
            continue
        history = collections.Counter(counts[venue])
        if counted is not None:
            history[counted] -= 1
        key: Hashable = venue
        updated.extend(with_venue_history([result], [key], {key: +history}, config=config))
    return updated


def venue_figures(
    rows: Sequence[Mapping[str, Any]],
    results: Sequence[CategoryResult],
    config: VenueHistoryConfig = DEFAULT_HISTORY_CONFIG,
) -> dict[str, Any]:
    """Hits with the left-out venue history (own results, labels), each alone and then with the source consensus,
    and how many guesses the venue decided."""
    from events.pipeline.categorize.source_consensus import with_source_consensus

    feeds = [feed_of(row) for row in rows]
    figures: dict[str, Any] = {"events": len(rows), "venues": sum(1 for row in rows if venue_of(row))}
    for name, labels in (("own", False), ("labels", True)):
        venue = left_out_history(rows, results, labels=labels, config=config)
        both = with_source_consensus(venue, feeds)
        figures[name] = {
            "hits": _hits(rows, venue),
            "with_consensus": _hits(rows, both),
            "decided_by_venue": sum(1 for result in venue if result.method == "venue"),
        }
    return figures


def _hits(rows: Sequence[Mapping[str, Any]], results: Sequence[CategoryResult]) -> int:
    return sum(result.category == row["category"] for row, result in zip(rows, results, strict=True))


def training_side_parts(corpus: Path = ROOT / "bench" / "corpus") -> dict[str, list[dict[str, Any]]]:
    """The parts thresholds may be tuned on: the dev split, and the candidates' real rows (training-side sources)."""
    labelled = corpus / "categories" / "labelled.jsonl"
    rows = [json.loads(line) for line in labelled.read_text(encoding="utf-8").splitlines() if line.strip()]
    candidates: list[dict[str, Any]] = []
    for path in sorted(CANDIDATES.glob("real_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row.setdefault("origin", {}).setdefault("path", path.name)
                candidates.append(row)
    return {"dev": [row for row in rows if row.get("split") == "dev"], "candidates": candidates}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-events", type=int, nargs="+", default=[2, 3, 4, 5])
    args = parser.parse_args(argv)
    from events.pipeline.categorize import categorize_batch
    from events.pipeline.categorize.source_consensus import with_source_consensus

    for name, rows in training_side_parts().items():
        results = categorize_batch(rows)
        consensus = with_source_consensus(results, [feed_of(row) for row in rows])
        print(f"{name}: {len(rows)} rows, alone {_hits(rows, results)}, source consensus {_hits(rows, consensus)}")
        for min_events in args.min_events:
            config = dataclasses.replace(DEFAULT_HISTORY_CONFIG, min_events=min_events)
            figures = venue_figures(rows, results, config)
            print(
                f"    min_events {min_events}: "
                + "  ".join(
                    f"{kind} {figures[kind]['hits']} (+consensus {figures[kind]['with_consensus']}, "
                    f"{figures[kind]['decided_by_venue']} by venue)"
                    for kind in ("own", "labels")
                )
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
