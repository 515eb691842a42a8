"""The categorize stage alone: CPU ms an event of ``categorize_batch`` on three sets of records, in one process, no
database and no Celery (bench/pipeline.py measures the stage inside the workers; this isolates it).

    python bench/categorize.py [--repeat 5] [--events 5000] [--batch 500] [--profile N] [--dump FILE]

The sets: "labelled", every row of bench/corpus/categories/labelled*.jsonl (real third-party listings, most without
a description); "training", every row of events/pipeline/data/corpus (titles with descriptions, in six languages);
"synthetic", the pipeline bench's generated events (bench/synthetic.py, its seed). Each set is cut into batches of
--batch records as the pipeline hands them over, after one warm-up pass; the figure is CPU time (time.process_time:
other processes on the machine share the cores, and the wall clock would count their time), the mean of --repeat
passes with the lowest and the highest beside it.

The default passes read the same records again, so the caches kept per text (a title's words, a venue's kind) are
warm from the second pass on, as they are for a feed's repeated venues and organizers; --fresh empties every such
cache before each timed pass, as for records never seen (the pipeline's usual case): the two figures bound the
stage's cost from both sides.

--profile N prints cProfile's N most expensive functions (own time, then cumulative) over one pass of every set;
--callgrind makes one pass over every set after the warm-up, each batch called through operator.call, for an
instruction count (stable where other processes load the machine, unlike any time):

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=_operator_call \
        python bench/categorize.py --callgrind --events 2000
    callgrind_annotate callgrind.out.<pid> | head    # "PROGRAM TOTALS": instructions, divided by the events printed

--dump FILE writes every record's result in a stable order, so two versions compare with ``cmp`` (a change meant
to be faster must not change a single result); it adds the labelled and training rows again, each given an
organizer's name in turn (ORGANIZERS), so the organizer's rules are compared too.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import json
import operator
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


Run = Callable[[Records], list[Any]]


def passes(records: Records, batch: int, run: Run) -> None:
    for start in range(0, len(records), batch):
        run(records[start : start + batch])


def dump(path: Path, sets: dict[str, Records], batch: int, run: Run) -> None:
    organized = with_organizers(sets["labelled"] + sets["training"])
    with path.open("w", encoding="utf-8") as out:
        for name, records in {**sets, "organized": organized}.items():
            for start in range(0, len(records), batch):
                for result in run(records[start : start + batch]):
                    out.write(json.dumps([name, dataclasses.asdict(result)], sort_keys=True) + "\n")
    print(f"results of {sum(map(len, sets.values())) + len(organized)} records written to {path}")


def count_instructions(sets: dict[str, Records], batch: int, run: Run) -> None:
    for records in sets.values():
        passes(records, batch, run)  # warm-up, not counted
    for records in sets.values():
        passes(records, batch, lambda part: operator.call(run, part))  # counted: inside operator.call only
    print(f"{sum(map(len, sets.values()))} events counted")


def profile(sets: dict[str, Records], batch: int, run: Run, top: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for records in sets.values():
        passes(records, batch, run)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def text_caches() -> list[Any]:
    """The categorizer's bounded caches (functools.lru_cache with a maxsize): readings kept per text or word, which a
    second pass over the same records finds warm. The loaders' caches (the model, the label table) are not among them."""
    found = []
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("events.pipeline.categorize"):
            continue
        for value in vars(module).values():
            parameters = getattr(value, "cache_parameters", None)
            if parameters is None or parameters()["maxsize"] is None:
                continue
            if not value.__name__.lstrip("_").startswith("load"):  # (the model's and the label table's: read once)
                found.append(value)
    return list({id(cache): cache for cache in found}.values())


def time_passes(sets: dict[str, Records], batch: int, run: Run, repeat: int, fresh: bool) -> None:
    caches = text_caches() if fresh else []
    kind = ", every text cache emptied before each pass" if fresh else ""
    print(f"categorize_batch, CPU ms an event (mean of {repeat} passes, [lowest, highest]), batches of {batch}{kind}")
    total_time, total_events = 0.0, 0
    for name, records in sets.items():
        passes(records, batch, run)  # warm-up: caches, the label table, the first batch's allocations
        figures = []
        for _ in range(repeat):
            for cache in caches:
                cache.cache_clear()
            started = time.process_time()
            passes(records, batch, run)
            figures.append((time.process_time() - started) * 1000 / len(records))
        total_time += statistics.fmean(figures) * len(records)
        total_events += len(records)
        mean, low, high = statistics.fmean(figures), min(figures), max(figures)
        print(f"  {name:<10} {len(records):>6} events  {mean:.4f} ms  [{low:.4f}, {high:.4f}]")
    print(f"  {'all':<10} {total_events:>6} events  {total_time / total_events:.4f} ms")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="timed passes over each set (default 5)")
    parser.add_argument("--events", type=int, default=5000, help="synthetic events (default 5,000)")
    parser.add_argument("--batch", type=int, default=500, help="records per categorize_batch call (default 500)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print cProfile's top N functions")
    parser.add_argument("--fresh", action="store_true", help="empty the text caches before each timed pass")
    parser.add_argument("--callgrind", action="store_true", help="one pass per set through operator.call (see above)")
    parser.add_argument("--dump", type=Path, help="write every result, one JSON line per record, to FILE")
    args = parser.parse_args(argv)
    from events.pipeline.categorize import categorize_batch, load_categorizer

    categorizer = load_categorizer()

    def run(records: Records) -> list[Any]:
        return categorize_batch(records, model=categorizer)

    sets = record_sets(args.events)
    if args.dump:
        dump(args.dump, sets, args.batch, run)
    if args.callgrind:
        count_instructions(sets, args.batch, run)
    elif args.profile:
        profile(sets, args.batch, run, args.profile)
    else:
        time_passes(sets, args.batch, run, args.repeat, args.fresh)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
