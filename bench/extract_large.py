"""`manage.py extract --kind auto` on large documents: CPU seconds and µs a byte, no asserts.

    python bench/extract_large.py [--repeat 1] [--only SUBSTRING ...] [--sizes 100000,400000]

A fetched page is read whole, however large: a cost that grows faster than the text is a denial-of-service risk
and dominates the never-crash test (tests/sources/test_extract_never_crash.py). This reads, in one process after
a warm-up (Django set up, every reader's module imported):

* generated documents at each size in ``--sizes``: a markdown page of dated lines, headings and prose, an HTML
  listing of event cards, a JSON array of event objects, a JSON object of many keys each holding a list of one
  object (deterministic: the same bytes on every run);
* real ones of this repository: the issue's log volumes (docs/real-world-sources-log*.md, ~400 KB each), the
  volumes joined into one page (~2 MB, the log before it was split) and two held-out manifests (JSON, ~30 KB).

Each line: CPU seconds (this process's, the fastest of ``--repeat`` runs), µs a byte, size, the document. Growth
with size is what to read (a linear reader's µs a byte stays flat as the size grows); the figures are one shared
machine's, not a budget. tests/sources/test_extract_large_growth.py holds the growth checks.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
for name in ("DATABASE_URL", "REDIS_URL"):  # extract needs neither
    os.environ.pop(name, None)

REAL = (
    "docs/real-world-sources-log-1.md",
    "docs/real-world-sources-log-2.md",
    "docs/real-world-sources-log-3.md",
    "docs/real-world-sources-log-4.md",
    "docs/real-world-sources-log.md",
    "bench/corpus/pages/manifest-heldout42.json",
    "bench/corpus/pages/manifest-heldout55.json",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _markdown_unit(index: int) -> str:
    month, day = MONTHS[index % len(MONTHS)], 1 + index % 28
    return (
        f"## Section {index}: the {month} programme\n\n"
        f"- {WEEKDAYS[index % 7]}, {month} {day}, 2031 at 7:30 pm: Concert number {index} at the Hall\n"
        f"- {day}/{1 + index % 12}/2031 Workshop {index}, Room {index % 9}\n\n"
        f"Notes on item {index}: a paragraph of prose that names no date, only words about the "
        f'reading (`code {index}`), a [link](https://example.org/{index}), a `<div class="card">` and a figure of {index * 7} bytes.\n\n'
        f"| row | value |\n| --- | --- |\n| {index} | {index * 3} |\n\n"
    )


def _html_unit(index: int) -> str:
    month, day = MONTHS[index % len(MONTHS)], 1 + index % 28
    return (
        f'<div class="event"><h3><a href="/e/{index}">Concert number {index}</a></h3>'
        f'<p class="date">{WEEKDAYS[index % 7]}, {month} {day}, 2031</p><p class="time">7:30 pm</p>'
        f"<p>At the Hall, room {index % 9}. Tickets $ {10 + index % 20}.</p></div>\n"
    )


def _json_unit(index: int) -> str:
    month = 1 + index % 12
    item = {
        "id": index,
        "title": f"Concert number {index}",
        "start": f"2031-{month:02d}-{1 + index % 28:02d}T19:30:00",
        "venue": {"name": f"Hall {index % 9}", "city": "Springfield"},
        "description": f"An evening of music, item {index}.",
        "url": f"https://example.org/e/{index}",
    }
    return json.dumps(item)


def _keyed_list_unit(index: int) -> str:
    # One key of a response of many keys, each (but every fourth, a plain field) holding a list of one object: a bare
    # date, a dated object or an undated one. Each list no reading took is read again with the response's fields.
    if index % 4 == 3:
        return f'"s{index}": "value {index}"'
    kind = index % 3
    one = {"date": "2031-05-01"} if kind == 0 else {"a": index, "when": "2031-05-01"} if kind == 1 else {"a": index}
    return f'"k{index}": [{json.dumps(one)}]'


def generated(unit: Callable[[int], str], size: int, head: str = "", sep: str = "", tail: str = "") -> str:
    parts, total, index = [head], len(head) + len(tail), 0
    while total < size:
        part = (sep if index else "") + unit(index)
        parts.append(part)
        total += len(part)
        index += 1
    return "".join(parts) + tail


def documents(sizes: list[int]) -> list[tuple[str, str, bytes]]:
    """(label, file suffix, bytes) of every document to read."""
    found: list[tuple[str, str, bytes]] = []
    for size in sizes:
        found.append((f"generated markdown {size:,}", ".md", generated(_markdown_unit, size).encode()))
        page = generated(_html_unit, size, "<html><body><h1>Events</h1>\n", "", "</body></html>\n")
        found.append((f"generated HTML {size:,}", ".html", page.encode()))
        found.append((f"generated JSON {size:,}", ".json", generated(_json_unit, size, "[", ",\n", "]").encode()))
        keyed = generated(_keyed_list_unit, size, "{", ",\n", "}")
        found.append((f"generated JSON of keyed lists {size:,}", ".json", keyed.encode()))
    for name in REAL:
        path = ROOT / name
        if path.is_file():
            found.append((name, path.suffix, path.read_bytes()))
    volumes = sorted((ROOT / "docs").glob("real-world-sources-log*.md"))
    if volumes:  # the log as one page, as it was before it was split into volumes (~2 MB)
        found.append(
            ("docs/real-world-sources-log*.md joined", ".md", b"\n".join(path.read_bytes() for path in volumes))
        )
    return found


def seconds(path: Path, repeat: int) -> float:
    from django.core.management import call_command
    from django.core.management.base import CommandError

    from sources.adapters._page_date_matches import forget

    best = math.inf
    for _ in range(repeat):
        forget()  # each run cold: the date patterns' matches kept from the last would make a repeat free
        started = time.process_time()
        try:
            call_command("extract", str(path), "--kind", "auto", stdout=io.StringIO(), stderr=io.StringIO())
        except CommandError:
            pass
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--only", nargs="*", default=[])
    parser.add_argument("--sizes", default="100000,400000")
    args = parser.parse_args()
    import django

    django.setup()
    sizes = [int(size) for size in args.sizes.split(",") if size]
    with tempfile.TemporaryDirectory() as folder:
        warm = Path(folder) / "warm.md"
        warm.write_text(generated(_markdown_unit, 2_000) + generated(_html_unit, 2_000))
        seconds(warm, 1)  # imports every reader the first document reaches
        print(f"{'CPU s':>8} {'µs/byte':>8} {'bytes':>10}  document")
        for label, suffix, payload in documents(sizes):
            if args.only and not any(part in label for part in args.only):
                continue
            path = Path(folder) / f"doc{suffix}"
            path.write_bytes(payload)
            spent = seconds(path, args.repeat)
            print(f"{spent:8.3f} {spent * 1e6 / len(payload):8.2f} {len(payload):10,}  {label}", flush=True)


if __name__ == "__main__":
    main()
