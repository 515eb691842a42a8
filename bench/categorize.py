"""The categorize stage alone: CPU ms an event of ``categorize_batch`` on three sets of records, in one process, no
database and no Celery (bench/pipeline.py measures the stage inside the workers; this isolates it).

    python bench/categorize.py [--repeat 5] [--events 5000] [--batch 500] [--profile N] [--dump FILE]

The sets: "labelled", every row of bench/corpus/categories/labelled*.jsonl (real third-party listings, most without
a description); "training", every row of events/pipeline/data/corpus (titles with descriptions, in six languages);
"synthetic", the pipeline bench's generated events (bench/synthetic.py, its seed). Each set is cut into batches of
--batch records as the pipeline hands them over, after one warm-up pass; the figure is CPU time (time.process_time:
other processes on the machine share the cores, and the wall clock would count their time), the mean of --repeat
passes with the lowest and the highest beside it.

--profile N prints cProfile's N most expensive functions (own time, then cumulative) over one pass of every set;
--dump FILE writes every record's result in a stable order, so two versions compare with ``cmp`` (a change meant
to be faster must not change a single result); it adds the labelled and training rows again, each given an
organizer's name in turn (ORGANIZERS), so the organizer's rules are compared too.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import json
import pstats
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import synthetic

Records = list[dict[str, Any]]


def _jsonl(paths: Sequence[Path]) -> Records:
    return [
        json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def record_sets(events: int) -> dict[str, Records]:
    labelled = _jsonl(sorted((ROOT / "bench" / "corpus" / "categories").glob("labelled*.jsonl")))
    training = _jsonl(sorted((ROOT / "events" / "pipeline" / "data" / "corpus").glob("*.jsonl")))
    generated = [
        {key: value for key, value in record.items() if not key.startswith("_")}
        for _source, record in synthetic.generate(events)
    ]
    return {"labelled": labelled, "training": training, "synthetic": generated}


# For --dump only: organizers' names of the kinds the rules read (a software group, a service club, an ensemble, a book
# club, a hiking group...), given in turn to the labelled and training rows, so that the comparison also covers the
# organizer's rules (the sets themselves carry almost no organizer).
ORGANIZERS = (
    "Seattle Rust User Group", "Quorvane Lions Club", "Rotary Club of Quorvane", "Harbour Chamber Choir",
    "Orchestra Toronto", "Northside Book Club", "PyLadies Chicago", "Sierra Club Hiking Group", "Friends of the Library",
    "City Parks Department", "Columbus Concert Band", "Kiwanis", "Women in Tech Meetup", "Eastside Ramblers", "",
)  # fmt: skip


def with_organizers(records: Records) -> Records:
    return [{**record, "organizer": ORGANIZERS[index % len(ORGANIZERS)]} for index, record in enumerate(records)]


def passes(records: Records, batch: int, run: Callable[[Records], object]) -> None:
    for start in range(0, len(records), batch):
        run(records[start : start + batch])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="timed passes over each set (default 5)")
    parser.add_argument("--events", type=int, default=5000, help="synthetic events (default 5,000)")
    parser.add_argument("--batch", type=int, default=500, help="records per categorize_batch call (default 500)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print cProfile's top N functions")
    parser.add_argument("--dump", type=Path, help="write every result, one JSON line per record, to FILE")
    args = parser.parse_args(argv)
    from events.pipeline.categorize import categorize_batch, load_categorizer

    categorizer = load_categorizer()

    def run(records: Records) -> object:
        return categorize_batch(records, model=categorizer)

    sets = record_sets(args.events)
    if args.dump:
        organized = {"organized": with_organizers(sets["labelled"] + sets["training"])}
        with args.dump.open("w", encoding="utf-8") as out:
            for name, records in {**sets, **organized}.items():
                for start in range(0, len(records), args.batch):
                    for result in run(records[start : start + args.batch]):
                        out.write(json.dumps([name, dataclasses.asdict(result)], sort_keys=True) + "\n")
        print(f"results of {sum(map(len, sets.values())) + len(organized['organized'])} records written to {args.dump}")
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for records in sets.values():
            passes(records, args.batch, run)
        profile.disable()
        stats = pstats.Stats(profile)
        stats.sort_stats("tottime").print_stats(args.profile)
        stats.sort_stats("cumulative").print_stats(args.profile)
        return 0
    print(
        f"categorize_batch, CPU ms an event (mean of {args.repeat} passes, [lowest, highest]), batches of {args.batch}"
    )
    total_time, total_events = 0.0, 0
    for name, records in sets.items():
        passes(records, args.batch, run)  # warm-up: caches, the label table, the first batch's allocations
        figures = []
        for _ in range(args.repeat):
            started = time.process_time()
            passes(records, args.batch, run)
            figures.append((time.process_time() - started) * 1000 / len(records))
        total_time += statistics.fmean(figures) * len(records)
        total_events += len(records)
        print(
            f"  {name:<10} {len(records):>6} events  {statistics.fmean(figures):.4f} ms  [{min(figures):.4f}, {max(figures):.4f}]"
        )
    print(f"  {'all':<10} {total_events:>6} events  {total_time / total_events:.4f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
