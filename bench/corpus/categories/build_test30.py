"""Re-create the categories part test30 (helper cats36, 2026-11-29) from its source, fetched by repository, path and
commit. The repository has no licence file, so the rows are measure-only: this script is committed, its output is not,
and it holds no title of the source.

    python bench/corpus/categories/build_test30.py --out /tmp/labelled_test30.jsonl
    python bench/corpus/categories/build_test30.py --from /work/wt/cats36-measure/test30 --out ROWS.jsonl

Without --from it reads raw.githubusercontent.com and parses the file's one array (`let data = [...]`). --from reads a
local copy laid out as <owner>__<name>/<commit>/first-records.jsonl: the file's first 24 records (they lie whole in its
first 334,000 characters), each re-typed from the index with its event name, description (as the file writes it, the
part the 300-character cut keeps and more), category string and first location's name; the rest of a record (its
hundreds of dates, images, contacts) is not needed to build a row.

The source: the City of Toronto's festivals and events calendar (the `edc_eventcal` feed behind toronto.ca's events
listings, late 2016), as a React exercise keeps it (anderswag/React-Practice, torontoData.js). Each record carries the
calendar's own categories (`categoryString`, several at once: "Family/Children", "Theatre", "Dance", "Film",
"Arts/Exhibits", "History", "Food/Culinary", "Sports", "Seminars/Workshops", "Celebrations/Holiday" ...), written by
the event's submitter and approved by the city's staff. Read: the first MAX_RECORDS records of the array. Each is
labelled by its categories through this ordered table, written before the part was first measured:

* "Family/Children": family_kids (the audience beats the activity, as test28's and test29's tables);
* "Charity/Cause": community_civic;  "Comedy": comedy;
* "Theatre", "Dance" or "Film" (the stage or the screen): arts_culture;
* "Music": music;  "Food/Culinary": food_drink;  "Sports": sports_fitness;
* "Environmental" or "Gardening": outdoors_nature;  "Health/Wellness": health_wellness;
* "Seminars/Workshops" or "Lectures": education;
* "Arts/Exhibits", "History", "Literary" or "Museum": arts_culture;
* anything else (a holiday or a Canada 150 label alone, "Live Performances" alone) is dropped. Then the same title
  again and a fourth event of one series (the words before a title's first colon) are dropped, first come first kept.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# The fetch, the cut, the series and the command line are _build_part's (this folder is on sys.path when it runs).
from _build_part import cut, first_of_series, get, local_records, run_cli

REPO = "anderswag/React-Practice"
PATH = "torontoData.js"
COMMIT = "75ecaad9d133f527bcf9631144e231671baa614b"
LOCAL = "first-records.jsonl"
MAX_RECORDS = 24
SERIES_CAP = 3
DESCRIPTION_CHARS = 300

# (the calendar's categories, our category), first match wins.
TABLE: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"Family/Children"}), "family_kids"),
    (frozenset({"Charity/Cause"}), "community_civic"),
    (frozenset({"Comedy"}), "comedy"),
    (frozenset({"Theatre", "Dance", "Film"}), "arts_culture"),
    (frozenset({"Music"}), "music"),
    (frozenset({"Food/Culinary"}), "food_drink"),
    (frozenset({"Sports"}), "sports_fitness"),
    (frozenset({"Environmental", "Gardening"}), "outdoors_nature"),
    (frozenset({"Health/Wellness"}), "health_wellness"),
    (frozenset({"Seminars/Workshops", "Lectures"}), "education"),
    (frozenset({"Arts/Exhibits", "History", "Literary", "Museum"}), "arts_culture"),
)


def clean(text: object) -> str:
    """Entities decoded, whitespace runs (the file's line breaks too) made one space."""
    return " ".join(html.unescape(str(text or "")).split())


def label(categories: str) -> str | None:
    names = {name.strip() for name in categories.split(",") if name.strip()}
    for wanted, category in TABLE:
        if names & wanted:
            return category
    return None


def rows(records: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    titles: set[str] = set()
    series: Counter[str] = Counter()
    for record in records[:MAX_RECORDS]:
        categories = str(record.get("categoryString") or "")
        category = label(categories)
        if category is None:
            continue
        title = clean(record.get("eventName"))
        if not first_of_series(title, titles, series, SERIES_CAP):
            continue
        yield {
            "title": title,
            "description": cut(clean(record.get("description")), DESCRIPTION_CHARS) or None,
            "venue_name": clean(record.get("locationName")) or None,
            "organizer": None,
            "source_category": None,
            "source_label": "City of Toronto festivals and events calendar categories: " + categories,
            "category": category,
            "subcategory": None,
            "split": "test30",
            "origin": {"repo": REPO, "path": PATH, "commit": COMMIT, "licence": None},
        }


def fetched_records() -> list[dict[str, Any]]:
    text = get(f"https://raw.githubusercontent.com/{REPO}/{COMMIT}/{PATH}").decode("utf-8")
    array = json.loads(text[text.index("[") : text.rindex("]") + 1])
    records = []
    for item in array:
        event = item.get("calEvent") or {}
        places = [place for place in event.get("locations") or [] if isinstance(place, dict)]
        records.append(
            {
                "eventName": event.get("eventName"),
                "categoryString": event.get("categoryString"),
                "locationName": places[0].get("locationName") if places else None,
                "description": event.get("description"),
            }
        )
    return records


def records(root: Path | None) -> list[dict[str, Any]]:
    if root is None:
        return fetched_records()
    return local_records(root, REPO, COMMIT, LOCAL)


def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, __doc__, lambda root: list(rows(records(root))))


if __name__ == "__main__":
    raise SystemExit(main())
