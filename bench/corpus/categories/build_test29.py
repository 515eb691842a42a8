"""Re-create the categories part test29 (helper cats35, 2026-11-29) from its source, fetched by repository, path and
commit. The repository has no licence file, so the rows are measure-only: this script is committed, its output is not,
and it holds no title of the source.

    python bench/corpus/categories/build_test29.py --out /tmp/labelled_test29.jsonl
    python bench/corpus/categories/build_test29.py --from /work/wt/cats35-measure/test29 --out ROWS.jsonl

Without --from it reads raw.githubusercontent.com. --from reads a local copy laid out as <owner>__<name>/<commit>/
records-kept-in-windows.jsonl: the records the table keeps, each with its title, its excerpt as the file writes it
(HTML) and the labels of its lists (Clienteles, Categories, Subcategories, Locations, Tags, Sites; a tag naming a
neighbourhood left out), re-typed from the index; only kept records move the caps, so it reads to the same rows.

The source: the City of Laval's (Quebec) public activity calendar, a French municipal calendar of library programmes,
park activities, outdoor shows, heritage walks, council meetings and exhibitions, as an arts-data pipeline keeps its
exports (culturecreates/artsdata-planet-ville-de-laval, dumps/calendrier-activites-2023-10-12.json: one record a
line). Read: the records lying whole inside two character windows of the file (a week of July and one from late
August to mid September 2023). Each record is labelled by the calendar's own lists, in this order, written before
the part was first measured:

* a meeting with one's councillor (tag "Rencontrez votre élu"), a council sitting (tag "conseil municipal") or a
  public consultation (subcategory "Consultations publiques et assemblées"): community_civic;
* an audience of families (clientele "Familles") or of the young (tag "Jeunesse" or "Jeune public"):
  family_kids (the audience beats the activity, as test28's table);
* the city's summer concert series (site "Zones musicales"): music;
* a talk (subcategory "Conférences"): education;
* the parks' cardio meetings (tag "Rendez-vous cardio"): sports_fitness;
* yoga or tai chi (tags "Yoga", "Tai Chi"): health_wellness;
* theatre, circus, the performing arts, a heritage walk, an exhibition, dance, art (tags "Théâtre", "Cirque", "Arts de
  la scène", "Virée patrimoniale", "Exposition", "Danser", "Arts", "Art public"): arts_culture;
* anything else (a partner's festival or bazaar, a 3D club, a role-play initiation for teens, a naturalist's
  meeting) is dropped. Then the same title again and a fourth event of one series (the words before a title's first
  colon) are dropped, first come first kept.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# The fetch, the cleaning, the series and the command line are _build_part's, the windows' reading test28's (this
# script's folder is on sys.path when it runs).
from _build_part import clean, cut, first_of_series, get, local_records, run_cli
from build_test28 import nyc_records_from_file

REPO = "culturecreates/artsdata-planet-ville-de-laval"
PATH = "dumps/calendrier-activites-2023-10-12.json"
COMMIT = "a0a35334507f89db68739c2e51bcffd4c16468d2"
# Character windows of the file (its 888,409 characters): 15-26 July, 20 August - 19 September 2023.
WINDOWS = ((400_000, 496_000), (700_000, 764_000))
LOCAL = "records-kept-in-windows.jsonl"
SERIES_CAP = 3
DESCRIPTION_CHARS = 300

CIVIC_TAGS = frozenset({"Rencontrez votre élu", "conseil municipal"})
CIVIC_SUBCATEGORIES = frozenset({"Consultations publiques et assemblées"})
YOUNG_TAGS = frozenset({"Jeunesse", "Jeune public"})
HEALTH_TAGS = frozenset({"Yoga", "Tai Chi"})
ARTS_TAGS = frozenset(
    {"Théâtre", "Cirque", "Arts de la scène", "Virée patrimoniale", "Exposition", "Danser", "Arts", "Art public"}
)


def labels(record: dict[str, Any], key: str) -> set[str]:
    return {str(item.get("Label") or "") for item in record.get(key) or [] if isinstance(item, dict)}


def label(record: dict[str, Any]) -> str | None:
    tags, subcategories = labels(record, "Tags"), labels(record, "Subcategories")
    if tags & CIVIC_TAGS or subcategories & CIVIC_SUBCATEGORIES:
        return "community_civic"
    if "Familles" in labels(record, "Clienteles") or tags & YOUNG_TAGS:
        return "family_kids"
    if "Zones musicales" in labels(record, "Sites"):
        return "music"
    if "Conférences" in subcategories:
        return "education"
    if "Rendez-vous cardio" in tags:
        return "sports_fitness"
    if tags & HEALTH_TAGS:
        return "health_wellness"
    if tags & ARTS_TAGS:
        return "arts_culture"
    return None


def rows(records: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    titles: set[str] = set()
    series: Counter[str] = Counter()
    for record in records:
        category = label(record)
        if category is None:
            continue
        title = clean(record.get("Title"))
        if not first_of_series(title, titles, series, SERIES_CAP):
            continue
        places = [str(item.get("Label")) for item in record.get("Locations") or [] if isinstance(item, dict)]
        kinds = sorted(labels(record, "Categories") | labels(record, "Subcategories") | labels(record, "Clienteles"))
        yield {
            "title": title,
            "description": cut(clean(record.get("Excerpt")), DESCRIPTION_CHARS) or None,
            "venue_name": places[0] if places else None,
            "organizer": None,
            "source_category": None,
            "source_label": "Ville de Laval calendar lists: " + " | ".join(kinds),
            "category": category,
            "subcategory": None,
            "split": "test29",
            "origin": {"repo": REPO, "path": PATH, "commit": COMMIT, "licence": None},
        }


def records(root: Path | None) -> list[dict[str, Any]]:
    if root is None:
        text = get(f"https://raw.githubusercontent.com/{REPO}/{COMMIT}/{PATH}").decode("utf-8")
        return list(nyc_records_from_file(text, WINDOWS))
    return local_records(root, REPO, COMMIT, LOCAL)


def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, __doc__, lambda root: list(rows(records(root))))


if __name__ == "__main__":
    raise SystemExit(main())
