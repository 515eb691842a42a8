"""Re-create the categories part test31 (helper cats37, 2026-11-29) from its source, fetched by repository, path and
commit. The rows are measure-only (the event data is the City of Toronto's, under the Open Government Licence -
Toronto, kept out of the repository as test30's rows are): this script is committed, its output is not, and it holds no
title of the source.

    python bench/corpus/categories/build_test31.py --out /tmp/labelled_test31.jsonl
    python bench/corpus/categories/build_test31.py --from /work/wt/cats37-measure/test31 --out ROWS.jsonl

Without --from it reads raw.githubusercontent.com: the five daily files below, each at the commit whose text was read.
--from reads a local copy laid out as <owner>__<name>/<commit>/<day>.jsonl: each file's records in file order, each
re-typed from the index with its event name, location name, organizer name, keywords and the first 300-odd characters
of its description (the 300-character cut needs no more; a shorter description whole).

The source: the City of Toronto's Festivals & Events calendar (the open-data feed behind toronto.ca's events listings,
2025), as a civic-tech group's JSON-LD proxy keeps it, one file of schema.org Events a day
(CivicTechTO/toronto-opendata-festivalsandevents-jsonld-proxy, docs/daily_jsonl/). Each record carries the calendar's
own categories as `keywords`, chosen by the event's submitter from the city's list and approved by its staff. Read: the
daily files of 1 to 5 June 2025, every record in file order. Each is labelled by its categories through test30's
ordered table (the same calendar's categories), with the two this year's list adds that name a kind, written before
the part was first measured:

* "Family/Children": family_kids (the audience beats the activity, as test28's to test30's tables);
* "Charity/Cause": community_civic;  "Comedy": comedy;
* "Theatre", "Dance" or "Film" (the stage or the screen): arts_culture;
* "Music": music;  "Nightlife": nightlife;  "Farmers Market": markets_fairs;  "Food/Culinary": food_drink;
* "Sports": sports_fitness;  "Environmental" or "Gardening": outdoors_nature;  "Health/Wellness": health_wellness;
* "Seminars/Workshops" or "Lectures": education;
* "Arts/Exhibits", "History", "Literary" or "Museum": arts_culture;
* anything else ("Celebration", "LGBTQ2S+", "Indigenous", "Walking", "Tour", "Talks", "Trivia", "Live Performances"
  alone ...) is dropped. Then the same title again (a festival listed on each of its days) and a fourth event of one
  series (the words before a title's first colon) are dropped, first come first kept.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# The fetch, the cut, the series and the command line are _build_part's (this folder is on sys.path).
from _build_part import cut, first_of_series, get, local_records, run_cli
from build_test30 import TABLE as TEST30_TABLE
from build_test30 import clean

REPO = "CivicTechTO/toronto-opendata-festivalsandevents-jsonld-proxy"
FOLDER = "docs/daily_jsonl"
# (day, the commit whose text of that day's file was read)
FILES: tuple[tuple[str, str], ...] = (
    ("2025-06-01", "15d8d9ece13e28cdbf9fe07ff32f742da598ef2b"),
    ("2025-06-02", "8c2f09275e3ba45529f126dcd3fea635741d0910"),
    ("2025-06-03", "9c98caf16c1b055a1fdf46405f859a905152016d"),
    ("2025-06-04", "5eba5f7bf9ac1b6e7eee71ed125c2ce55fe69b0f"),
    ("2025-06-05", "8c2f09275e3ba45529f126dcd3fea635741d0910"),
)
SERIES_CAP = 3
DESCRIPTION_CHARS = 300

# (the calendar's categories, our category), first match wins: test30's table for the same calendar, with this year's
# "Nightlife" and "Farmers Market" after its music row.
_AFTER_MUSIC = (
    (frozenset({"Nightlife"}), "nightlife"),
    (frozenset({"Farmers Market"}), "markets_fairs"),
)
_MUSIC_ROW = next(index for index, (_names, category) in enumerate(TEST30_TABLE) if category == "music") + 1
TABLE: tuple[tuple[frozenset[str], str], ...] = (*TEST30_TABLE[:_MUSIC_ROW], *_AFTER_MUSIC, *TEST30_TABLE[_MUSIC_ROW:])


def label(keywords: list[str]) -> str | None:
    names = {str(name).strip() for name in keywords}
    for wanted, category in TABLE:
        if names & wanted:
            return category
    return None


def name_of(node: object) -> str | None:
    return clean(node.get("name")) or None if isinstance(node, dict) else None


def rows(records: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    titles: set[str] = set()
    series: Counter[str] = Counter()
    for record in records:
        keywords = [str(name) for name in record.get("keywords") or []]
        category = label(keywords)
        if category is None:
            continue
        title = clean(record.get("name"))
        if not first_of_series(title, titles, series, SERIES_CAP):
            continue
        yield {
            "title": title,
            "description": cut(clean(record.get("description")), DESCRIPTION_CHARS) or None,
            "venue_name": name_of(record.get("location")),
            "organizer": name_of(record.get("organizer")),
            "source_category": None,
            "source_label": "City of Toronto festivals and events calendar categories: " + ", ".join(keywords),
            "category": category,
            "subcategory": None,
            "split": "test31",
            "origin": {
                "repo": REPO,
                "path": f"{FOLDER}/{record['_day']}.jsonl",
                "commit": record["_commit"],
                "licence": None,
            },
        }


def records(root: Path | None) -> list[dict[str, Any]]:
    read: list[dict[str, Any]] = []
    for day, commit in FILES:
        if root is None:
            text = get(f"https://raw.githubusercontent.com/{REPO}/{commit}/{FOLDER}/{day}.jsonl").decode("utf-8")
            day_records = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            day_records = local_records(root, REPO, commit, f"{day}.jsonl")
        read.extend({**record, "_day": day, "_commit": commit} for record in day_records)
    return read


def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, __doc__, lambda root: list(rows(records(root))))


if __name__ == "__main__":
    raise SystemExit(main())
