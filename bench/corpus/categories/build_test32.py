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

import sys
from pathlib import Path

# The fetch, the cleaning, the rows and the command line are _build_part's (this folder is on sys.path).
from _build_part import Entry, Part, Record, Source, part_rows, read_list, run_cli

BOLOGNA = Source(
    "BolognaTechScene/bolognatechscene.github.io",
    "_data/events.yml",
    "00d95c19bf7829a0442437d93bb457f061c850de",
)
PORTO = Source(
    "agendaopensource/agendaopensource.github.io", "_data/events.json", "86a75644b20e41b6b2ed1baa9d0823c0faa38483"
)
PART = Part(split="test32", licence="MIT", series_cap=3)

# (source label, our category): one row per calendar, never per event.
TABLE: dict[str, str] = {
    "Bologna Tech Scene calendar (Bologna's developer communities' shared event calendar)": "tech_business",
    "Agenda Open Source (Porto's tech meetups, hack days and conferences)": "tech_business",
}
LABEL_OF = {BOLOGNA.repo: next(iter(TABLE)), PORTO.repo: list(TABLE)[1]}
COMMITTED = frozenset({BOLOGNA.repo})
# Titles the leak check finds in the training corpus (found when the part was first committed, after its first measure).
LEAK_CHECKED = frozenset({"WordPress Meetup Bologna", "WordPress MeetUp Chapter III"})


def bologna_entry(record: Record) -> Entry:
    """An entry of the Jekyll list: its venue the text before the location's first comma."""
    label = LABEL_OF[BOLOGNA.repo]
    return Entry(
        title=record.get("title"),
        category=TABLE[label],
        source_label=label,
        description=record.get("description"),
        venue=str(record.get("location") or "").split(",")[0],
        organizer=record.get("host"),
    )


def porto_entry(record: Record) -> Entry:
    """An entry of the schema.org list: its venue the location's name."""
    label = LABEL_OF[PORTO.repo]
    location = record.get("location")
    place: Record = location if isinstance(location, dict) else {}
    return Entry(
        title=record.get("name"),
        category=TABLE[label],
        source_label=label,
        description=record.get("description"),
        venue=place.get("name"),
    )


def build(root: Path | None) -> list[Record]:
    built: list[Record] = []
    for source, entry in ((BOLOGNA, bologna_entry), (PORTO, porto_entry)):
        name = source.path.rsplit("/", 1)[-1].rsplit(".", 1)[0] + ".jsonl"
        built.extend(part_rows(PART, source, read_list(root, source, name), entry))
    return built


def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, __doc__, build)


def committed_part(built: list[Record]) -> list[Record]:
    """The rows labelled_test32.jsonl holds: the test-side repository's, but for the titles the leak check finds."""
    return [row for row in built if row["origin"]["repo"] in COMMITTED and row["title"] not in LEAK_CHECKED]


if __name__ == "__main__":
    sys.exit(main())
