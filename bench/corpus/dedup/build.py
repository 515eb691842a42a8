"""Builds bench/corpus/dedup/records.jsonl from seeds.json: real meetings, each listed the way several kinds of
source list it, with the true clusters. Deterministic (a fixed seed per meeting), so a rebuild is a no-op.

    python bench/corpus/dedup/build.py [--check]

What is real and what is derived, rule by rule with where each decoration is seen in real data, is in
manifest.json; this script is the exact procedure. A meeting's own listing (`"origin": "real"`) is its row in
the fixture, in the form that source publishes it (the Chicago City Clerk API in UTC, Legistar and City
Bureau's output in local time). Every other listing of it (`"origin": "derived:<rules>"`) is written here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
import zoneinfo
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SEEDS = HERE / "seeds.json"
RECORDS = HERE / "records.jsonl"
SEED = "whatson-dedup-1"
# How many more listings a meeting gets: none for a fifth, one to three for the rest (see manifest.json).
EXTRA_LISTINGS = (0, 1, 1, 1, 2, 2, 2, 3, 3, 1)
BROKEN_ZONE_SHARE = 0.08  # listings whose feed writes local wall-clock time with a "Z"
UTC_SHARE = 0.3  # listings that give the right instant in UTC

AGENCY = {  # how aggregators name the body in front of a meeting title
    "cook_board": ("Cook County", "Cook County Board", "Cook County Government"),
    "chi_citycouncil": ("Chicago City Council", "City of Chicago", "Chicago"),
    "chi_mwrd": ("MWRD", "Metropolitan Water Reclamation District", "MWRD of Greater Chicago"),
    "schema_org": ("Ticketfly", "Local Events"),
}
SHORT_VENUE = {
    "cook_board": ("Cook County Building", "Board Room, Cook County Building", "County Board Room"),
    "chi_citycouncil": ("City Hall", "City Council Chambers", "Chicago City Hall"),
    "chi_mwrd": ("MWRD Board Room", "Board Room"),
}
ADDRESS_ONLY = {
    "cook_board": ("118 N. Clark St.", "118 North Clark Street"),
    "chi_citycouncil": ("121 N. LaSalle St.", "121 N LaSalle Street"),
    "chi_mwrd": ("100 E. Erie St.",),
}
# The body's name in front without a separator ("Mount Airy Teen Advisory Board"), or after the title in
# brackets; a venue in brackets after the title ("Charleston City Council Meeting (City Hall Council Chambers)").
# Neither uses a separator the matcher splits titles at.
AGENCY_FORMS = (": ", " - ", " | ", " ", "()")
VENUE_FORMS = (" at ", " @ ", " - ", "()")
ADDRESS_DROPPED_SHARE = 0.5  # of listings that name the venue: no street address, as ticketing sites list it
CANCEL_MARKS = (" - CANCELLED", " (Cancelled)", "CANCELED: ", " [Cancelled]")
MOVE_MARKS = (" [Rescheduled]", " - RESCHEDULED")


# --- the real rows, as their own source lists them ------------------------------------------------------------
def _local(naive: dt.datetime, tz: str) -> dt.datetime:
    return naive.replace(tzinfo=zoneinfo.ZoneInfo(tz))


def _cook(source: dict[str, Any], row: list[str]) -> dict[str, Any]:
    date, clock, name, legistar_id, note = row
    start = dt.datetime.strptime(f"{date} {clock}", "%m/%d/%Y %I:%M %p").replace(tzinfo=zoneinfo.ZoneInfo(source["tz"]))
    venue, address = source["venue_name"], source["address"]
    if note.startswith("venue: "):
        venue, _, address = note.removeprefix("venue: ").partition(", 2nd Floor, ")
        address = "2nd Floor, " + address
    title = name
    if note.startswith("Part "):  # Legistar shows the part under the name; both parts are at 11:00 in one room
        title = f"{name} - {note.split(' ', 3)[0]} {note.split(' ', 3)[1]}"
    return {
        "source": "cook_legistar",
        "external_id": legistar_id,
        "title": title,
        "start": start.isoformat(),
        "timezone": source["tz"],
        "venue_name": venue,
        "address": address,
        "city": source["city"],
        "url": source["url"].format(id=legistar_id),
        "status": "cancelled" if note.casefold() == "cancelled" else "scheduled",
    }


def _chicago(source: dict[str, Any], row: list[str]) -> dict[str, Any]:
    date_utc, body, _abbreviation, status, meeting_id, note = row
    venue = note.removeprefix("venue: ") if note.startswith("venue: ") else source["venue_name"]
    return {
        "source": "chicago_clerk",
        "external_id": meeting_id,
        "title": body,
        "start": date_utc,  # the API's own form: UTC
        "timezone": source["tz"],
        "venue_name": venue,
        "address": source["address"],
        "city": source["city"],
        "url": None,
        "status": {"Cancelled": "cancelled", "Rescheduled": "rescheduled"}.get(status, "scheduled"),
    }


def _mwrd(source: dict[str, Any], row: list[str]) -> dict[str, Any]:
    start_local, name, _status, _note = row
    start = dt.datetime.strptime(start_local, "%Y-%m-%d %H:%M").replace(tzinfo=zoneinfo.ZoneInfo(source["tz"]))
    slug = name.lower().replace(" ", "_")
    return {
        "source": "citybureau_mwrd",
        "external_id": f"chi_mwrd/{start:%Y%m%d%H%M}/x/{slug}",  # City Bureau's own id scheme
        "title": name,
        "start": start.isoformat(),
        "timezone": source["tz"],
        "venue_name": source["venue_name"],
        "address": source["address"],
        "city": source["city"],
        "url": None,
        "status": "scheduled",
    }


def _schema_org(_source: dict[str, Any], row: list[str]) -> dict[str, Any]:
    _event, file, title, start_local, venue, address, city, tz = row
    return {
        "source": "webpage",
        "external_id": file,
        "title": title,
        "start": _local(dt.datetime.fromisoformat(start_local), tz).isoformat(),
        "timezone": tz,
        "venue_name": venue,
        "address": address,
        "city": city,
        "url": None,
        "status": "cancelled" if title.startswith("CANCELLED") else "scheduled",
    }


READERS: dict[str, Callable[[dict[str, Any], list[str]], dict[str, Any]]] = {
    "cook_board": _cook,
    "chi_citycouncil": _chicago,
    "chi_mwrd": _mwrd,
    "schema_org": _schema_org,
}


# --- derivation rules -----------------------------------------------------------------------------------------
def _swap_and(title: str, _rng: random.Random) -> str:
    return title.replace(" & ", " and ") if " & " in title else title.replace(" and ", " & ")


def _caps(title: str, _rng: random.Random) -> str:
    return title.upper()


def _meeting(title: str, rng: random.Random) -> str:
    return title if title.endswith("Meeting") else title + rng.choice((" Meeting", " - Regular Meeting", " Mtg"))


def _punctuation(title: str, _rng: random.Random) -> str:
    return title.replace("'", "").replace(",", "").replace(":", " -").replace(";", ",")


def _dated(title: str, rng: random.Random, start: dt.datetime) -> str:
    return rng.choice(
        (
            f"{title} ({start:%B} {start.day}, {start.year})",
            f"{title} - {start:%m.%d.%Y} - {start:%H:%M}",
            f"{title} {start.month}/{start.day}/{start.year}",
        )
    )


TITLE_RULES: dict[str, Callable[[str, random.Random], str]] = {
    "and-ampersand": _swap_and,
    "all-caps": _caps,
    "meeting-suffix": _meeting,
    "punctuation": _punctuation,
}


def _title(base: dict[str, Any], kind: str, rng: random.Random, rules: list[str]) -> str:
    """One or two plain decorations, then at most one of prefix / trailing place / date, then a status mark."""
    title = base["title"]
    for name in rng.sample(sorted(TITLE_RULES), k=rng.choice((0, 1, 1, 2))):
        changed = TITLE_RULES[name](title, rng)
        if changed != title:
            title = changed
            rules.append(name)
    if kind == "chi_citycouncil" and rng.random() < 0.25 and base["title"].startswith("Committee on "):
        title = f"{base['_abbreviation']} Committee"
        rules.append("short-name")
    extra = rng.random()
    if extra < 0.3:
        agency, form = rng.choice(AGENCY[kind]), rng.choice(AGENCY_FORMS)
        title = f"{title} ({agency})" if form == "()" else f"{agency}{form}{title}"
        rules.append("agency-prefix" if form != "()" else "agency-bracketed")
    elif extra < 0.5:
        venue, form = rng.choice(SHORT_VENUE.get(kind) or (base["venue_name"],)), rng.choice(VENUE_FORMS)
        title = f"{title} ({venue})" if form == "()" else f"{title}{form}{venue}"
        rules.append("trailing-venue" if form != "()" else "venue-bracketed")
    elif extra < 0.6:
        title = _dated(title, rng, _start(base))
        rules.append("date-in-title")
    if base.get("status") == "cancelled" and rng.random() < 0.7:
        mark = rng.choice(CANCEL_MARKS)
        title = mark + title if mark.endswith(": ") else title + mark
        rules.append("status-mark")
    elif base.get("status") == "rescheduled" and rng.random() < 0.5:
        title += rng.choice(MOVE_MARKS)
        rules.append("status-mark")
    return title


def _place(record: dict[str, Any], kind: str, rng: random.Random, rules: list[str]) -> None:
    """The same name, a shorter or other name, the street address only, or nothing but the city."""
    place = rng.random()
    if place < 0.3 and kind in SHORT_VENUE:
        record["venue_name"] = rng.choice(SHORT_VENUE[kind])
        rules.append("venue-other-name")
    elif place < 0.45 and kind in ADDRESS_ONLY:
        record["venue_name"] = record["address"] = rng.choice(ADDRESS_ONLY[kind])
        rules.append("venue-address-only")
    elif place < 0.55:
        record["venue_name"] = record["address"] = None
        rules.append("venue-missing")
    if record["address"] and record["address"] != record["venue_name"] and rng.random() < ADDRESS_DROPPED_SHARE:
        record["address"] = None
        rules.append("address-dropped")


def _moment(start: dt.datetime, rng: random.Random, rules: list[str]) -> str:
    """Local with its offset (most), the same instant in UTC, or local wall-clock time mislabelled UTC."""
    moment = rng.random()
    if moment < BROKEN_ZONE_SHARE:
        rules.append("naive-local-labelled-utc")
        return start.replace(tzinfo=None).isoformat() + "Z"
    if moment < BROKEN_ZONE_SHARE + UTC_SHARE:
        rules.append("utc")
        return start.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    rules.append("local")
    return start.isoformat()


def _start(base: dict[str, Any]) -> dt.datetime:
    return dt.datetime.fromisoformat(base["start"]).astimezone(zoneinfo.ZoneInfo(base["timezone"]))


def _listing(
    base: dict[str, Any], kind: str, seed_key: str, index: int, rng: random.Random
) -> tuple[dict[str, Any], list[str]]:
    """One more listing of ``base`` by another source, and the names of the rules applied."""
    record = dict(base)
    rules: list[str] = []
    record["title"] = _title(base, kind, rng, rules)
    _place(record, kind, rng, rules)
    record["start"] = _moment(_start(base), rng, rules)
    source = f"aggregator_{index}"
    record["source"] = source
    record["external_id"] = hashlib.sha256(f"{seed_key}/{source}".encode()).hexdigest()[:12]
    record["url"] = base["url"] if base["url"] and rng.random() < 0.15 else None
    if record["url"]:
        rules.append("links-source-page")
    return record, rules


# --- the set --------------------------------------------------------------------------------------------------
def _split(record: dict[str, Any]) -> str:
    """dev or test by the meeting's local day, so a day's same-room meetings stay together."""
    day = dt.datetime.fromisoformat(record["start"]).astimezone(zoneinfo.ZoneInfo(record["timezone"])).date()
    return "dev" if int(hashlib.sha256(f"{SEED}/{day}".encode()).hexdigest(), 16) % 2 == 0 else "test"


def _bases(seeds: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], bool]]:
    """(kind, event key, real listing, whether it is the event's first real listing)."""
    seen: set[str] = set()
    for kind, source in seeds["sources"].items():
        for position, row in enumerate(source["rows"]):
            record = READERS[kind](source, row)
            if kind == "chi_citycouncil":
                record["_abbreviation"] = row[2]
            origin = source["origin"]
            where = (
                f"{origin['repo']}/{row[1]}"
                if kind == "schema_org"
                else f"{origin['repo']}/{origin['path']}#{position}"
            )
            record["origin"] = f"real:{where}"
            key = f"{kind}:{row[0]}" if kind == "schema_org" else f"{kind}:{position}"  # two real listings of one show
            yield kind, key, record, key not in seen
            seen.add(key)


def build(seeds: dict[str, Any]) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for kind, key, base, first in _bases(seeds):
        rng = random.Random(f"{SEED}/{key}")
        split = _split(base)
        listings = [(base, ["real"])]
        for index in range(1, rng.choice(EXTRA_LISTINGS) + 1 if first else 0):
            listings.append(_listing(base, kind, key, index, rng))
        for record, rules in listings:
            row = {k: v for k, v in record.items() if not k.startswith("_")}
            if rules != ["real"]:
                row["origin"] = f"derived:{'+'.join(rules)} from {base['origin'].removeprefix('real:')}"
            row["truth"] = key
            row["split"] = split
            records.append(row)
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="Fail if records.jsonl is not what the seeds give.")
    args = parser.parse_args(argv)
    records = build(json.loads(SEEDS.read_text(encoding="utf-8")))
    text = "".join(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n" for record in records)
    if args.check:
        if RECORDS.read_text(encoding="utf-8") != text:
            print("records.jsonl is out of date: run python bench/corpus/dedup/build.py", file=sys.stderr)
            return 1
        return 0
    RECORDS.write_text(text, encoding="utf-8")
    clusters: dict[str, int] = {}
    for record in records:
        clusters[record["truth"]] = clusters.get(record["truth"], 0) + 1
    multi = sum(size for size in clusters.values() if size > 1)
    real = sum(1 for record in records if record["origin"].startswith("real:"))
    print(f"{len(records)} records ({real} real, {len(records) - real} derived), {len(clusters)} events, "
          f"{multi / len(records):.0%} in multi-record clusters")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
