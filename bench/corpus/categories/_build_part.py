"""What the categories parts' build scripts share (build_test28.py to build_test36.py): fetching a file by repository,
path and commit or reading a local copy laid out as <owner>__<name>/<commit>/<file>, cleaning a field, cutting a
description, dropping a title seen before or a series past its cap, the row in the labelled set's shape, and the
command line (--from ROOT, --out FILE) that writes the rows and prints their count, sha256 and categories.

A part whose source is one list of entries (a YAML or JSON list, one record each) needs only its table: a `Part`
(its split, licence, series cap, the titles dropped by careful reading) and a function from one record to an `Entry`
(its title, category or None, source label, description, venue, organizer); `part_rows` does the rest, in file order.
The scripts import this module by name: their folder is on sys.path when they run.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

Record = dict[str, Any]
DESCRIPTION_CHARS = 300
TAG = re.compile(r"<[^>]{0,400}>")


class Source(NamedTuple):
    repo: str
    path: str
    commit: str


@dataclass(frozen=True)
class Entry:
    """One record as a row needs it; a category None drops the record."""

    title: object
    category: str | None
    source_label: str
    description: object = None
    venue: object = None
    organizer: object = None


@dataclass
class Seen:
    """The titles kept so far and the count of each series: shared by the files of one source."""

    titles: set[str] = field(default_factory=set)
    series: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class Part:
    split: str
    licence: str | None = None
    series_cap: int = 3
    description_chars: int = DESCRIPTION_CHARS
    # Titles (casefolded) dropped by careful reading before measuring, each with its reason.
    ambiguous: Mapping[str, str] = field(default_factory=dict)


def get(url: str) -> bytes:
    if not url.startswith("https://"):
        raise ValueError(url)
    request = urllib.request.Request(url, headers={"User-Agent": "whatson-bench"})  # noqa: S310 (https only)
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 (fixed https hosts)
        data: bytes = response.read()
    return data


def raw(repo: str, commit: str, path: str) -> str:
    return get(f"https://raw.githubusercontent.com/{repo}/{commit}/{path}").decode("utf-8")


def clean(text: object) -> str:
    """Tags made spaces, entities decoded, whitespace runs made one space."""
    return " ".join(html.unescape(TAG.sub(" ", str(text or ""))).split())


def cut(text: str, limit: int = DESCRIPTION_CHARS) -> str:
    """The text to `limit` characters, back to the last whole word."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    if text[limit] != " " and " " in head:
        head = head[: head.rindex(" ")]
    return head.rstrip()


def first_of_series(title: str, titles: set[str], series: Counter[str], cap: int) -> bool:
    """Whether a title is kept: not the same title again, nor past the cap of its series (the words before its first
    colon); a kept title is counted."""
    key = title.casefold()
    serie = key.split(":", 1)[0].strip() if ":" in key else ""
    if key in titles or (serie and series[serie] >= cap):
        return False
    titles.add(key)
    series[serie] += 1 if serie else 0
    return True


def entries(loaded: object) -> list[Record]:
    return [entry for entry in loaded if isinstance(entry, dict)] if isinstance(loaded, list) else []


def fetch_list(source: Source) -> list[Record]:
    """A YAML or JSON list of records at its commit (YAML by the file's extension)."""
    text = raw(source.repo, source.commit, source.path)
    if source.path.endswith((".yml", ".yaml")):
        import yaml

        return entries(yaml.safe_load(text))
    return entries(json.loads(text))


def local_records(root: Path, repo: str, commit: str, name: str) -> list[Record]:
    """A local copy's records, one JSON object a line, laid out as <owner>__<name>/<commit>/<file>."""
    local = root / repo.replace("/", "__") / commit / name
    return [json.loads(line) for line in local.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_text(root: Path | None, source: Source) -> str:
    """The file's text: fetched at its commit, or a local copy laid out as <owner>__<name>/<commit>/<path>."""
    if root is None:
        return raw(source.repo, source.commit, source.path)
    return (root / source.repo.replace("/", "__") / source.commit / source.path).read_text(encoding="utf-8")


def read_list(root: Path | None, source: Source, local_name: str) -> list[Record]:
    """The source's records: fetched at its commit, or a local copy's (`local_name`, one JSON object a line)."""
    return fetch_list(source) if root is None else local_records(root, source.repo, source.commit, local_name)


def row(title: str, entry: Entry, category: str, part: Part, origin: Source) -> Record:
    """A row in the labelled set's shape (source_category withheld, so the text model is measured)."""
    return {
        "title": title,
        "description": cut(clean(entry.description), part.description_chars) or None,
        "venue_name": clean(entry.venue) or None,
        "organizer": clean(entry.organizer) or None,
        "source_category": None,
        "source_label": entry.source_label,
        "category": category,
        "subcategory": None,
        "split": part.split,
        "origin": {"repo": origin.repo, "path": origin.path, "commit": origin.commit, "licence": part.licence},
    }


def part_rows(
    part: Part,
    source: Source,
    records: list[Record],
    entry_of: Callable[[Record], Entry],
    seen: Seen | None = None,
) -> Iterator[Record]:
    """The source's rows in file order: a record without a title or a category, an ambiguous title, the same title
    again or a series past the part's cap dropped (`seen` carries the titles and series over from earlier files)."""
    seen = seen or Seen()
    titles, series = seen.titles, seen.series
    for record in records:
        entry = entry_of(record)
        title = clean(entry.title)
        if not title or entry.category is None or title.casefold() in part.ambiguous:
            continue
        if not first_of_series(title, titles, series, part.series_cap):
            continue
        yield row(title, entry, entry.category, part, source)


def write_rows(built: list[Record], out: Path) -> None:
    """The rows as JSON lines, their count and sha256 and their categories on stderr."""
    text = "".join(json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n" for item in built)
    out.write_text(text, encoding="utf-8")
    counts = Counter(item["category"] for item in built)
    print(f"{len(built)} rows, sha256 {hashlib.sha256(text.encode('utf-8')).hexdigest()}", file=sys.stderr)
    print(f"by category {dict(counts.most_common())}", file=sys.stderr)


def run_cli(argv: list[str] | None, doc: str | None, build: Callable[[Path | None], list[Record]]) -> int:
    """--from ROOT (a local copy instead of fetching) and --out FILE, the rows built and written."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--from", dest="root", type=Path, help="a local copy instead of fetching")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    write_rows(build(args.root), args.out)
    return 0
