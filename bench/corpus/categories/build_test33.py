"""Re-create the categories part test33 (helper cats39, 2026-11-29) from its source, fetched by repository, path and
commit, or from a local copy (--from) laid out as <owner>__<name>/<commit>/meetups.jsonl: the file's entries in file
order, one JSON object a line, re-typed from the index with the fields a row needs (the entry's name, its meetup.com
link and its date; the slides and videos lists left out).

    python bench/corpus/categories/build_test33.py --out /tmp/test33.jsonl
    python bench/corpus/categories/build_test33.py --from /work/wt/cats39-measure/test33 --out ROWS.jsonl

The source is one tech community's own calendar archive, which is its label (as test32's two tech calendars and
test17's geospatial community were labelled):

* vanruby/vanruby.github.io, `meetup/meetups.yml`: the Vancouver Ruby Meetup Group's past meetups, 2007-2018, as the
  group's site lists them (written by the site's `meetup/transform_meetups.rb` from the group's Meetup.com events).
  Each entry is a name, a link and a date: no description, venue or organizer, so a row is its title alone. Titles are
  the group's own: monthly meetings named by the month, talks named by their subject or speaker, lightning-talk nights,
  a one-day conference, pub nights and a summer BBQ, some with emoji.

The table, written before the part was first measured: an entry of the calendar is tech_business (the taxonomy's
"meetups, hackathons, conferences, networking"); nothing is dropped for its kind. Then the same title again and a
fourth event of one series (the words before a title's first colon) are dropped, first come first kept, as test29 to
test32 do.

Which rows are committed: none. The repository falls on the test side of the whole-repository rule
(zlib.crc32 % 3 == 2), but the index holds no licence file for it (no LICENSE, no licence in its README), so its rows
are measure-only: this script re-creates them (bench/categories_measure_only.py measures them), and manifest 'test33'
keeps their count, checksum and figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

# The fetch, the cleaning, the rows and the command line are _build_part's (this folder is on sys.path).
from _build_part import Entry, Part, Record, Source, part_rows, read_list, run_cli

VANRUBY = Source("vanruby/vanruby.github.io", "meetup/meetups.yml", "0e0168b39e6deeebbdc40d566fdd9e356c7e160b")
PART = Part(split="test33", series_cap=3)

# (source label, our category): one row per calendar, never per event.
TABLE: dict[str, str] = {
    "Vancouver Ruby Meetup Group's meetups (a programming language user group's calendar)": "tech_business",
}
LABEL = next(iter(TABLE))


def entry(record: Record) -> Entry:
    return Entry(title=record.get("name"), category=TABLE[LABEL], source_label=LABEL)


def records(root: Path | None) -> list[Record]:
    return read_list(root, VANRUBY, "meetups.jsonl")


def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, __doc__, lambda root: list(part_rows(PART, VANRUBY, records(root), entry)))


if __name__ == "__main__":
    sys.exit(main())
