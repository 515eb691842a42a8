"""Re-create the categories part test32 (helper cats38, 2026-11-29) from its two sources, fetched by repository, path and
commit, or from a local copy (--from) laid out as <owner>__<name>/<commit>/<file>: each file's entries in file order,
one JSON object a line, re-typed from the index with the fields a row needs (title, host, location name, description;
a description cut well past the 300 characters the row keeps, a shorter one whole).

    python bench/corpus/categories/build_test32.py --out /tmp/test32-all.jsonl
    python bench/corpus/categories/build_test32.py --from /work/wt/cats38-measure/test32 --out ROWS.jsonl

The sources are two tech communities' public event calendars, each the calendar of one kind of event, which is its
label (as judell/community-calendar's per-publisher files and test17's geospatial community were labelled):

* BolognaTechScene/bolognatechscene.github.io, `_data/events.yml` (MIT): "Bologna Tech Scene", the shared calendar of
  Bologna's developer communities (its `_data/groups.yml` lists the JavaScript, PHP, XP/agile, Java, WordPress, GDG,
  developer-zone and security groups). Every entry names the community that hosts it (`host`), kept as the organizer.
  Titles are the communities' own, in Italian or English; descriptions mostly Italian.
* agendaopensource/agendaopensource.github.io, `_data/events.json` (MIT): "Agenda Open Source", schema.org Events of
  Porto's tech meetups, hack days and conferences.

The table, written before the part was first measured: an entry of either calendar is tech_business (the taxonomy's
"meetups, hackathons, conferences, networking"); nothing is dropped for its kind. Then the same title again (a group's
monthly aperitivo) and a fourth event of one series (the words before a title's first colon) are dropped, first come
first kept, as test29 to test31 do.

Which rows are committed: the Bologna calendar's repository falls on the test side of the whole-repository rule
(zlib.crc32 % 3 == 2), so its rows are labelled_test32.jsonl; the Porto agenda's falls on the dev side (== 1), so its
rows are measured beside them but never committed into a test part (bench/categories_measure_only.py reads them from
this script's output; manifest 'test32' keeps their count, checksum and figures). Two Bologna titles the committed parts'
leak check (tests/events/pipeline/test_categorize_held_out_parts.py) finds in the training corpus (its row "WordPress
Meetup") stay measure-only too (LEAK_CHECKED), as earlier parts left such titles out of their committed files.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# The fetch and the cut are test28's, the series, cleaning and command line test29's (this folder is on sys.path).
from build_test28 import _get, cut
from build_test29 import clean, first_of_series, local_records, run_cli

BOLOGNA = (
    "BolognaTechScene/bolognatechscene.github.io",
    "_data/events.yml",
    "00d95c19bf7829a0442437d93bb457f061c850de",
)
PORTO = ("agendaopensource/agendaopensource.github.io", "_data/events.json", "86a75644b20e41b6b2ed1baa9d0823c0faa38483")
SERIES_CAP = 3
DESCRIPTION_CHARS = 300

# (source label, our category): one row per calendar, never per event.
TABLE: dict[str, str] = {
    "Bologna Tech Scene calendar (Bologna's developer communities' shared event calendar)": "tech_business",
    "Agenda Open Source (Porto's tech meetups, hack days and conferences)": "tech_business",
}
LABEL_OF = {BOLOGNA[0]: next(iter(TABLE)), PORTO[0]: list(TABLE)[1]}
COMMITTED = frozenset({BOLOGNA[0]})
# Titles the leak check finds in the training corpus (found when the part was first committed, after its first measure).
LEAK_CHECKED = frozenset({"WordPress Meetup Bologna", "WordPress MeetUp Chapter III"})


def _fetch(repo: str, path: str, commit: str) -> list[dict[str, Any]]:
    text = _get(f"https://raw.githubusercontent.com/{repo}/{commit}/{path}").decode("utf-8")
    if path.endswith(".yml"):
        import yaml

        loaded = yaml.safe_load(text)
    else:
        loaded = json.loads(text)
    return [entry for entry in loaded if isinstance(entry, dict)]


def _entry(repo: str, record: dict[str, Any]) -> dict[str, Any]:
    """One calendar entry as the fields a row needs: the Jekyll list's or schema.org's names."""
    if repo == BOLOGNA[0]:
        venue = str(record.get("location") or "").split(",")[0]  # the text before the location's first comma
        return {
            "title": record.get("title"),
            "organizer": record.get("host"),
            "venue": venue,
            "text": record.get("description"),
        }
    location = record.get("location")
    place: dict[str, Any] = location if isinstance(location, dict) else {}
    return {
        "title": record.get("name"),
        "organizer": None,
        "venue": place.get("name"),
        "text": record.get("description"),
    }


def rows(sources: list[tuple[str, str, str, list[dict[str, Any]]]]) -> Iterator[dict[str, Any]]:
    for repo, path, commit, records in sources:
        titles: set[str] = set()
        series: Counter[str] = Counter()
        for record in records:
            entry = _entry(repo, record)
            title = clean(entry["title"])
            if not title or not first_of_series(title, titles, series, SERIES_CAP):
                continue
            label = LABEL_OF[repo]
            yield {
                "title": title,
                "description": cut(clean(entry["text"]), DESCRIPTION_CHARS) or None,
                "venue_name": clean(entry["venue"]) or None,
                "organizer": clean(entry["organizer"]) or None,
                "source_category": None,
                "source_label": label,
                "category": TABLE[label],
                "subcategory": None,
                "split": "test32",
                "origin": {"repo": repo, "path": path, "commit": commit, "licence": "MIT"},
            }


def sources(root: Path | None) -> list[tuple[str, str, str, list[dict[str, Any]]]]:
    read = []
    for repo, path, commit in (BOLOGNA, PORTO):
        name = path.rsplit("/", 1)[-1].rsplit(".", 1)[0] + ".jsonl"
        records = _fetch(repo, path, commit) if root is None else local_records(root, repo, commit, name)
        read.append((repo, path, commit, records))
    return read


def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, __doc__, lambda root: list(rows(sources(root))))


def committed_part(built: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows labelled_test32.jsonl holds: the test-side repository's, but for the titles the leak check finds."""
    return [row for row in built if row["origin"]["repo"] in COMMITTED and row["title"] not in LEAK_CHECKED]


if __name__ == "__main__":
    sys.exit(main())
