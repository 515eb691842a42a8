"""Re-create the categories part test28 (helper cats34, 2026-11-29) from its sources, fetched by repository, path and
commit. Neither source has a licence file, so the rows are measure-only: this script is committed, its output is not,
and it holds no source's titles (the DC site's files are named by their titles, so they are found by a hash of the
name in the tree at their commit).

    python bench/corpus/categories/build_test28.py --out /tmp/labelled_test28.jsonl
    python bench/corpus/categories/build_test28.py --from /work/wt/cats34-measure/test28 --out ROWS.jsonl

Without --from it reads raw.githubusercontent.com and the GitHub trees API. --from reads local copies laid out as
<owner>__<name>/<commit>/<path>; for the NYC Parks file that copy is the window records the table keeps
(records-kept-in-windows.jsonl: each record's own fields, its description at least its first 300 characters),
which this script reads to the same rows, since only kept records move the caps.

Labels are each source's own kind through the tables below, written before the part was first measured:

* NYC Parks' public events feed as a site keeps it (danielgolliher/nyc-parks-events, data/events.json): the records
  lying whole inside three character windows of the file (a weekday, a Saturday and a Sunday of its listings), each
  labelled by its own "categories" (many per event, " | " between): "Volunteer" with anything is community_civic
  (volunteering and clean-ups); else "Best for Kids" with anything is family_kids (audience beats activity); else
  "Fitness" or "Exercise Classes" with anything is sports_fitness (the department's exercise classes, dance fitness
  among them); else the kinds named through KIND: one kind is that kind, Nature with Education/Workshops is
  outdoors_nature (a nature centre's programme), "Urban Park Rangers" alone names outdoors_nature; anything else
  (two kinds, or none) is dropped. Then the same title again, a third event of one series (the words before a
  title's first colon) and a ninth of one category are dropped, first come first kept.
* DC Tech Events (rosskarchner/dctech.events, _single_events/*.yaml): the site's single-event files of June and July
  2025 but its maintainers' test entries; every listing is a technology event by the site's remit (tech_business);
  the same link again is dropped.
"""

from __future__ import annotations

import hashlib
import html
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

# The fetch, the cut and the command line are _build_part's (this folder is on sys.path when the script runs).
from _build_part import cut, get, raw, run_cli

NYC_REPO = "danielgolliher/nyc-parks-events"
NYC_PATH = "data/events.json"
NYC_COMMIT = "b83c537e911865625e11302f6ba5fce3f8446848"
# Character windows of the file (its 1,160,570 characters): 30 September from the start, 3 and 4-5 October.
NYC_WINDOWS = ((0, 96_000), (400_000, 448_000), (480_000, 528_000))
NYC_LOCAL = "records-kept-in-windows.jsonl"

KIND = {
    **dict.fromkeys(
        (
            "Fitness",
            "Exercise Classes",
            "Outdoor Fitness",
            "Shape Up NYC",
            "Sports",
            "Yoga & Pilates Classes",
            "Strength Training/Weightlifting",
            "Basketball/Netball",
            "Soccer",
            "Football",
            "Pickleball",
            "Social Sports",
            "Sports Camps",
            "Summer Sports Experience",
            "Skating/Blading",
            "Adventure Courses/Rock Climbing",
            "Running",
        ),
        "sports_fitness",
    ),
    **dict.fromkeys(("Nature", "Hiking", "Wildlife", "Birding"), "outdoors_nature"),
    **dict.fromkeys(("Art", "Film", "Theater", "Dance", "History"), "arts_culture"),
    **dict.fromkeys(("Concerts", "Free Summer Concerts"), "music"),
    **dict.fromkeys(("Education", "Talks", "Workshops", "STEM Classes"), "education"),
    "Food": "food_drink",
}
SERIES_CAP = 2
CATEGORY_CAP = 8
DESCRIPTION_CHARS = 300

DC_REPO = "rosskarchner/dctech.events"
DC_DIR = "_single_events/"
# (commit, first 12 hex digits of the SHA-1 of the file's path under _single_events/), in the site's date order.
DC_FILES = (
    ("053c514670e7c3e03844ff796eb5f76f71eaad0b", "cd385b712e4f"),
    ("0937ef3620636bd9a5dda681d9296bef8eedbf63", "8f5701aaff97"),
    ("75697815cce1d053ff45a1dd35a97cfec04f6982", "590a0030b1eb"),
    ("273f111de30b57a934178fd99f1124733faa196c", "27980b0a1830"),
    ("0fd95da3397498614203e385cca9d07258629c7e", "7c93806d5811"),
    ("0fd95da3397498614203e385cca9d07258629c7e", "84df22fd890c"),
    ("0fd95da3397498614203e385cca9d07258629c7e", "d8a24824c1f6"),
    ("8759e59eb2c3d0a86a3c71e8a105a9d1fd146599", "14e9cf82d1e0"),
    ("56cd43a1f85d17bd98a228463e1efaea2340474d", "7e7eb80bdf92"),
    ("0059a1a482e426535db4929687cad6fe35d5fab2", "0e30e4f50573"),
    ("0fd95da3397498614203e385cca9d07258629c7e", "86b5c4e382d3"),
    ("4d133f590fdab3fa564d08c6a8c8cf82bd98bd1a", "b6b5909cf731"),
    ("f8f2008f2a47db14a38423d08854dea1e895f1c9", "5bbcbc5b5016"),
    ("ce42289db469aab10c5ed1e63c034d05f6c2b14b", "dc6e18f8e7d9"),
    ("0fd95da3397498614203e385cca9d07258629c7e", "ac2aa98b5655"),
    ("a90e26c0e80bd71ba6b66f0778cfe50e644300ba", "be06b949a0f0"),
)
DC_LABEL = "DC Tech Events (dctech.events): every listing is a technology event by the site's remit"


def path_key(path: str) -> str:
    return hashlib.sha1(path.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]


def clean(text: object) -> str:
    """Entities decoded (twice: the feed double-encodes some), whitespace runs made one space."""
    return " ".join(html.unescape(html.unescape(str(text or ""))).split())


def nyc_records_from_file(text: str, windows: tuple[tuple[int, int], ...] = NYC_WINDOWS) -> Iterator[dict[str, Any]]:
    """The records (one per line) lying whole inside a window, in file order (build_test29.py reads its file so too)."""
    offset = 0
    for line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        body = line.strip()
        if not body.startswith("{"):
            continue
        for index, (low, high) in enumerate(windows):
            if start >= low and offset <= high:
                record = json.loads(body.rstrip(",]"))
                record["_window"] = index
                yield record
                break


def nyc_label(categories: str) -> str | None:
    names = [part.strip() for part in categories.split("|") if part.strip()]
    if "Volunteer" in names:
        return "community_civic"
    if "Best for Kids" in names:
        return "family_kids"
    if "Fitness" in names or "Exercise Classes" in names:
        return "sports_fitness"
    kinds = {KIND[name] for name in names if name in KIND}
    if not kinds and "Urban Park Rangers" in names:
        return "outdoors_nature"
    if kinds == {"outdoors_nature", "education"}:
        return "outdoors_nature"
    return kinds.pop() if len(kinds) == 1 else None


def nyc_rows(records: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    titles: set[str] = set()
    series: Counter[str] = Counter()
    per_category: Counter[str] = Counter()
    for record in records:
        categories = str(record.get("categories") or "")
        category = nyc_label(categories)
        if category is None:
            continue
        title = clean(record.get("title"))
        key = title.casefold()
        serie = key.split(":", 1)[0] if ":" in key else ""
        if key in titles or (serie and series[serie] >= SERIES_CAP) or per_category[category] >= CATEGORY_CAP:
            continue
        titles.add(key)
        series[serie] += 1 if serie else 0
        per_category[category] += 1
        yield {
            "title": title,
            "description": cut(clean(record.get("description"))) or None,
            "venue_name": clean(record.get("parknames")) or clean(record.get("location")) or None,
            "organizer": None,
            "source_category": None,
            "source_label": f"NYC Parks event categories '{categories}'",
            "category": category,
            "subcategory": None,
            "split": "test28",
            "origin": {"repo": NYC_REPO, "path": NYC_PATH, "commit": NYC_COMMIT, "licence": None},
        }


def dc_venue(location: object) -> str | None:
    name = str(location or "").split(",", 1)[0].strip()
    if not name or name[0].isdigit() or "register to see" in name.casefold():
        return None
    return name


def dc_files_local(root: Path, commit: str) -> dict[str, str]:
    base = root / DC_REPO.replace("/", "__") / commit / DC_DIR
    found = {}
    for file in sorted(base.rglob("*")):
        if file.is_file():
            found[path_key(file.relative_to(base).as_posix())] = file.read_text(encoding="utf-8")
    return found


def dc_files_fetched(commit: str) -> dict[str, str]:
    tree = json.loads(get(f"https://api.github.com/repos/{DC_REPO}/git/trees/{commit}?recursive=1"))
    found = {}
    for entry in tree.get("tree", []):
        path = entry.get("path", "")
        if entry.get("type") == "blob" and path.startswith(DC_DIR):
            wanted = {key for made, key in DC_FILES if made == commit}
            if path_key(path[len(DC_DIR) :]) in wanted:
                found[path_key(path[len(DC_DIR) :])] = raw(DC_REPO, commit, path)
    return found


def dc_rows(root: Path | None) -> Iterator[dict[str, Any]]:
    cache: dict[str, dict[str, str]] = {}
    links: set[str] = set()
    for commit, key in DC_FILES:
        if commit not in cache:
            cache[commit] = dc_files_local(root, commit) if root else dc_files_fetched(commit)
        if key not in cache[commit]:
            raise SystemExit(f"{DC_REPO}@{commit}: no file under {DC_DIR} with key {key}")
        record = yaml.safe_load(cache[commit][key])
        link = str(record.get("url") or "")
        if link in links:
            continue
        links.add(link)
        yield {
            "title": clean(record.get("title")),
            "description": None,
            "venue_name": dc_venue(record.get("location")),
            "organizer": None,
            "source_category": None,
            "source_label": DC_LABEL,
            "category": "tech_business",
            "subcategory": None,
            "split": "test28",
            "origin": {"repo": DC_REPO, "path": DC_DIR + key, "commit": commit, "licence": None},
        }


def nyc_records(root: Path | None) -> list[dict[str, Any]]:
    if root is None:
        return list(nyc_records_from_file(raw(NYC_REPO, NYC_COMMIT, NYC_PATH)))
    local = root / NYC_REPO.replace("/", "__") / NYC_COMMIT / NYC_LOCAL
    return [json.loads(line) for line in local.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, __doc__, lambda root: [*nyc_rows(nyc_records(root)), *dc_rows(root)])


if __name__ == "__main__":
    raise SystemExit(main())
