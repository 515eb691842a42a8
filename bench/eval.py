"""`make eval`: our extractor, de-duplication and categorizer on real third-party files (bench/corpus/).

    python bench/eval.py [--kind pages,apis,feeds,calendars,dedup,categories] [--verbose] [--json] [--corpus DIR]

How cases are read and scored is in bench/corpus/README.md. Touches no database and no network. --corpus reads a
corpus laid out the same way from another directory (a held-out batch kept outside the repository until measured).
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import sys
import zoneinfo
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script, bench/ is on the path and the repository is not

from bench.eval_pipeline import evaluate_categories, evaluate_dedup, print_categories, print_dedup

CORPUS = ROOT / "bench" / "corpus"
EXTRACTION_KINDS = ("pages", "apis", "feeds", "calendars")
ALL_KINDS = (*EXTRACTION_KINDS, "dedup", "categories")
FIELDS = ("title", "start", "end", "location", "url", "status", "links")

MATCH_TITLE = 60  # rapidfuzz ratio a same-day candidate needs when its time differs
TITLE_OK = 90
LOCATION_OK = 80
_WORDS = re.compile(r"[^\w]+")

CHANGED_FILE = "{file} changed since it was recorded (sha256 {actual}, manifest says {expected})"
NO_CORPUS = "--corpus {corpus}: no such directory"


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()


# --- comparing -------------------------------------------------------------------------------------------
def words(text: object) -> str:
    return " ".join(_WORDS.sub(" ", str(text or "")).casefold().split())


def title_similarity(left: object, right: object) -> float:
    from rapidfuzz import fuzz

    return float(fuzz.ratio(words(left), words(right)))


def url_key(url: object) -> str:
    """A URL in comparison form: canonical as the pipeline makes it (tracking parameters dropped), then
    without scheme, ``www.``, fragment and trailing slash."""
    from events.pipeline.urls import canonical_url

    text = str(url or "").strip()
    text = canonical_url(text) or text
    text = re.sub(r"^https?://", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^www\.", "", text, flags=re.IGNORECASE)
    text = text.split("#", 1)[0].rstrip("/")
    host, _, rest = text.partition("/")
    return f"{host.lower()}/{rest}"


def local(value: object, zone: zoneinfo.ZoneInfo) -> dt.datetime | dt.date | None:
    """An ISO time (aware → converted to ``zone``, naive → taken as local) or date; None if unreadable."""
    if not isinstance(value, str) or not value:
        return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(zone).replace(tzinfo=None)
    return moment.replace(second=0, microsecond=0)


def day_of(moment: dt.datetime | dt.date | None) -> dt.date | None:
    if isinstance(moment, dt.datetime):
        return moment.date()
    return moment


DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a day with no clock ("2031-08-15")
MIDNIGHT = dt.time(0)  # a start at exactly this local time under a date-only expectation is a placeholder


def same_moment(expected: object, ours: object, zone: zoneinfo.ZoneInfo, *, exact: bool = False) -> bool:
    """Whether ours is the expected moment: the same local time, or for a date the same day. ``exact`` (a field's
    score, not a match): a date is wrong at exactly 00:00 local, a placeholder midnight (the template's empty
    time, an all-day event read at midnight) the test cannot confirm; any other time it does not state may be
    right and counts as the day's."""
    want, got = local(expected, zone), local(ours, zone)
    if want is None or got is None:
        return want is None and got is None
    if not isinstance(want, dt.datetime):
        return day_of(got) == want and not (exact and isinstance(got, dt.datetime) and got.time() == MIDNIGHT)
    return isinstance(got, dt.datetime) and got == want


def location_text(event: Mapping[str, Any]) -> str:
    return " ".join(str(event.get(key) or "") for key in ("venue_name", "address", "city"))


def online_room(want: object, ours: Mapping[str, Any]) -> bool:
    """An expected place that names only an online room ("Online event", "Zoom") is met by an online event with no
    place: our reading of such a field (sources/adapters/_online_place.py), not a place of that name."""
    from sources.adapters._online_place import online_only

    empty = not any(ours.get(key) for key in ("venue_name", "address"))
    return isinstance(want, str) and online_only(want) and bool(ours.get("online")) and empty


def one_day(expected: Mapping[str, Any], ours: Mapping[str, Any]) -> bool:
    """An all-day event of one day, which a test may write with its end on its start day ("start": "2031-08-15",
    "end": "2031-08-15") and we print with no end: an all-day event's end is its last day, None when that is its
    first (``Event.local_end``, ``_json_days.day_span``), so both say the same thing. A date-only end on a later
    day, or any end with a clock, is still compared."""
    want, start = expected.get("end"), expected.get("start")
    dates = all(isinstance(value, str) and DATE_ONLY.fullmatch(value) for value in (want, start))
    ours_day = ours.get("all_day") or len(str(ours.get("start") or "")) == len("2031-08-15")
    return dates and want == start and ours.get("end") is None and ours_day and str(ours.get("start"))[:10] == start


def field_ok(field: str, expected: Mapping[str, Any], ours: Mapping[str, Any], zone: zoneinfo.ZoneInfo) -> bool:
    from rapidfuzz import fuzz

    want = expected[field]
    if field == "end" and one_day(expected, ours):
        return True
    if field in ("start", "end"):
        return same_moment(want, ours.get(field), zone, exact=True)
    if field == "title":  # the source's own wording counts too: the pipeline keeps it when it tidies a title
        return any(title_similarity(want, ours.get(key)) >= TITLE_OK for key in ("title", "source_title"))
    if field == "location":
        if online_room(want, ours):
            return True
        return fuzz.token_set_ratio(words(want), words(location_text(ours))) >= LOCATION_OK
    if field == "url":
        return url_key(want) == url_key(ours.get("url"))
    if field == "status":
        return str(want) == str(ours.get("status") or "scheduled")
    if field == "links":
        have = {url_key(link.get("url")) for link in ours.get("links") or [] if isinstance(link, Mapping)}
        return all(url_key(link.get("url")) in have for link in want)
    return want == ours.get(field)


# --- one case --------------------------------------------------------------------------------------------
@dataclasses.dataclass
class CaseResult:
    id: str
    expected: int = 0
    found: int = 0
    spelled: int = 0  # expected events the project's test spells out (with a start)
    spelled_found: int = 0
    printed: int = 0
    extra: int = 0
    checks: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    correct: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    error: str | None = None
    misses: list[str] = dataclasses.field(default_factory=list)
    wrong: list[str] = dataclasses.field(default_factory=list)
    # Why the case cannot be read by design (its manifest's "expected_unreadable"): reported apart, not scored.
    expected_unreadable: str | None = None


def best_match(
    expected: Mapping[str, Any], ours: Sequence[Mapping[str, Any]], taken: set[int], zone: zoneinfo.ZoneInfo
) -> int | None:
    want = local(expected.get("start"), zone)
    if want is None:
        return None
    ranked = []
    for index, event in enumerate(ours):
        if index in taken or day_of(local(event.get("start"), zone)) != day_of(want):
            continue
        same_time = same_moment(expected["start"], event.get("start"), zone)
        similarity = title_similarity(expected["title"], event.get("title")) if expected.get("title") else 0.0
        if same_time or similarity >= MATCH_TITLE:
            ranked.append((same_time, similarity, -index, index))
    return max(ranked)[3] if ranked else None


def score_case(case: Mapping[str, Any], ours: Sequence[Mapping[str, Any]], zone: zoneinfo.ZoneInfo) -> CaseResult:
    result = CaseResult(id=case["id"], printed=len(ours))
    spelled = [event for event in case["expected"].get("events", []) if event.get("start")]
    count = case["expected"].get("count")
    result.expected = max(count or 0, len(spelled))
    result.spelled = len(spelled)
    taken: set[int] = set()
    for expected in spelled:
        index = best_match(expected, ours, taken, zone)
        if index is None:
            result.misses.append(f"{expected.get('start')} {expected.get('title', '')}".strip())
            continue
        taken.add(index)
        result.found += 1
        result.spelled_found += 1
        for field in FIELDS:
            if field in expected and (field != "end" or expected[field] is not None):
                result.checks[field] += 1
                if field_ok(field, expected, ours[index], zone):
                    result.correct[field] += 1
                else:
                    result.wrong.append(f"{field}: expected {expected[field]!r}, got {ours[index].get(field)!r}")
    # What the test counts: every event we print ("event", the default: an expansion library's occurrences),
    # or each VEVENT / feed entry once ("series": a recurring series' occurrences are one).
    units = (
        series_units(ours) if case["expected"].get("count_unit") == "series" else [f"#{i}" for i in range(len(ours))]
    )
    if count and count > len(spelled):
        matched_units = {units[index] for index in taken}
        result.found += min(count - len(spelled), len(set(units)) - len(matched_units))
    # Only a stated count says how many events the file has (0 included: a feed of news has none); without one,
    # more is not "extra".
    result.extra = max(0, len(set(units)) - count) if count is not None else 0
    return result


def series_units(ours: Sequence[Mapping[str, Any]]) -> list[str]:
    """What a test counts, one per event: the occurrences of one recurring series (an ``rrule`` and ids
    ``<uid>@<start>``) are one unit, as the VEVENT or feed entry they come from; every other event is its own."""
    units = []
    for index, event in enumerate(ours):
        external_id = str(event.get("external_id") or "")
        units.append(external_id.rsplit("@", 1)[0] if event.get("rrule") and "@" in external_id else f"#{index}")
    return units


def read_case(kind: str, case: Mapping[str, Any], corpus: Path = CORPUS) -> tuple[list[dict[str, Any]], str | None]:
    from sources.extraction import ExtractionError, default_window, extract_document

    path = corpus / kind / case["file"]
    payload = path.read_bytes()
    actual = hashlib.sha256(payload).hexdigest()
    if case.get("sha256") and actual != case["sha256"]:
        raise SystemExit(CHANGED_FILE.format(file=path, actual=actual, expected=case["sha256"]))
    zone = zoneinfo.ZoneInfo(case.get("tz") or "UTC")
    now = dt.datetime.fromisoformat(case["now"])
    now = now.astimezone(zone) if now.tzinfo else now.replace(tzinfo=zone)
    try:
        extraction = extract_document(
            payload,
            window=default_window(now),
            kind=case.get("kind") or "auto",
            page_url=case.get("page_url"),
            zone=zone,
        )
    except ExtractionError as exc:
        return [], str(exc)
    return extraction.events, None


def load_manifest(kind: str, corpus: Path = CORPUS) -> list[dict[str, Any]]:
    """Every case of a kind: ``manifest.json`` and any ``manifest-<part>.json`` beside it, in name order."""
    cases: list[dict[str, Any]] = []
    for path in sorted((corpus / kind).glob("manifest*.json")):
        cases += json.loads(path.read_text(encoding="utf-8"))["cases"]
    return cases


_SHARE = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\b")


def _share(text: object, where: str) -> tuple[int, int] | None:
    """A share as the manifests write it: "42/76" or "15/16 (93.8%)" → (42, 76); "none compared …" → None."""
    if isinstance(text, str) and text.startswith("none"):
        return None
    match = _SHARE.match(text) if isinstance(text, str) else None
    if match is None:
        raise ValueError(f"{where}: {text!r} is not a share like '42/76'")
    return int(match[1]), int(match[2])


LATEST_BATCHES = 10  # the most recent held-out batches, read with every earlier batch's rules in place
_BATCH_NUMBER = re.compile(r"heldout(\d*)")


def _batch_order(part: str) -> tuple[int, str]:
    """``heldout`` (the first) before ``heldout2`` … ``heldout39``; ``heldout4-h6`` beside ``heldout4``."""
    match = _BATCH_NUMBER.match(part)
    return (int(match.group(1) or 1) if match else 0, part)


def _pool(batches: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    found = sum(batch["found"] for batch in batches)
    expected = sum(batch["expected"] for batch in batches)
    right = sum(batch["fields_right"] for batch in batches)
    compared = sum(batch["fields_compared"] for batch in batches)
    return {
        "found": found,
        "expected": expected,
        "found_rate": round(found / expected, 4) if expected else None,
        "fields_right": right,
        "fields_compared": compared,
        "field_accuracy": round(right / compared, 4) if compared else None,
    }


def heldout_first_measures(kind: str, corpus: Path = CORPUS) -> dict[str, Any] | None:
    """The held-out batches of a kind, pooled: each ``manifest-heldout*.json`` that records ``figures.first`` (its
    files read once, before any rule was written from them) adds its found and field shares. This is the figure
    the extractor earns on files it was not tuned on; the corpus figures above are after the rules (seen).
    ``latest`` pools only the most recent batches (by number): files met after every earlier batch's rules."""
    batches: list[dict[str, Any]] = []
    for path in sorted((corpus / kind).glob("manifest-heldout*.json")):
        figures = json.loads(path.read_text(encoding="utf-8")).get("figures")
        first = figures.get("first") if isinstance(figures, dict) else None
        if not isinstance(first, dict):
            continue
        found = _share(first.get("found"), f"{path.name} figures.first.found")
        if found is None:
            raise ValueError(f"{path.name}: figures.first.found must be a share like '42/76'")
        fields = _share(first.get("field_accuracy"), f"{path.name} figures.first.field_accuracy") or (0, 0)
        batches.append(
            {
                "part": path.stem.removeprefix("manifest-"),
                "found": found[0],
                "expected": found[1],
                "fields_right": fields[0],
                "fields_compared": fields[1],
            }
        )
    if not batches:
        return None
    batches.sort(key=lambda batch: _batch_order(batch["part"]))
    latest = batches[-LATEST_BATCHES:]
    return {
        "batches": batches,
        **_pool(batches),
        "latest": {"parts": [batch["part"] for batch in latest], **_pool(latest)},
    }


def evaluate_kind(
    kind: str, corpus: Path = CORPUS, reads: Mapping[str, tuple[list[dict[str, Any]], str | None]] | None = None
) -> list[CaseResult]:
    """Every case of ``kind`` read and scored; ``reads`` (case id -> what read_case gave) spares reading again."""
    results = []
    for case in load_manifest(kind, corpus):
        zone = zoneinfo.ZoneInfo(case.get("tz") or "UTC")
        ours, error = reads[case["id"]] if reads is not None else read_case(kind, case, corpus)
        result = score_case(case, ours, zone)
        result.error = error
        result.expected_unreadable = case.get("expected_unreadable")
        results.append(result)
    return results


# --- report ------------------------------------------------------------------------------------------------
def summary(results: Iterable[CaseResult]) -> dict[str, Any]:
    """The figures of the scored cases (a case marked expected_unreadable is reported apart, not scored)."""
    results = [result for result in results if not result.expected_unreadable]
    checks: collections.Counter[str] = collections.Counter()
    correct: collections.Counter[str] = collections.Counter()
    for result in results:
        checks.update(result.checks)
        correct.update(result.correct)
    expected = sum(result.expected for result in results)
    found = sum(result.found for result in results)
    spelled = sum(result.spelled for result in results)
    spelled_found = sum(result.spelled_found for result in results)
    total_checks = sum(checks.values())
    return {
        "files": len(results),
        "unreadable": sum(1 for result in results if result.error),
        "expected": expected,
        "found": found,
        "found_rate": round(found / expected, 4) if expected else None,
        "spelled": spelled,
        "spelled_found": spelled_found,
        "spelled_rate": round(spelled_found / spelled, 4) if spelled else None,
        "extra": sum(result.extra for result in results),
        "field_accuracy": round(sum(correct.values()) / total_checks, 4) if total_checks else None,
        "fields": {field: f"{correct[field]}/{checks[field]}" for field in FIELDS if checks[field]},
    }


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def print_kind(kind: str, results: list[CaseResult], *, verbose: bool) -> None:
    figures = summary(results)
    print(
        f"{kind:<10} {figures['files']:>3} files  found {figures['found']}/{figures['expected']} "
        f"({percent(figures['found_rate'])})  field accuracy {percent(figures['field_accuracy'])}  "
        f"extra {figures['extra']}  unreadable {figures['unreadable']}"
    )
    print(
        f"           of which spelled out by the tests: found {figures['spelled_found']}/{figures['spelled']} "
        f"({percent(figures['spelled_rate'])}); the rest are counted against the tests' stated totals"
    )
    if figures["fields"]:
        print("           fields: " + ", ".join(f"{field} {share}" for field, share in figures["fields"].items()))
    apart = [result for result in results if result.expected_unreadable]
    if apart:
        found = sum(result.found for result in apart)
        print(
            f"           not scored: {len(apart)} files expected unreadable by design (found {found}/"
            f"{sum(result.expected for result in apart)}): " + "; ".join(str(r.expected_unreadable) for r in apart)
        )
    if not verbose:
        return
    for result in results:
        line = f"  {result.id:<44} {result.found}/{result.expected} printed {result.printed}"
        print(line + (f"  UNREADABLE: {result.error}" if result.error else ""))
        for miss in result.misses[:5]:
            print(f"      missed {miss}")
        for wrong in result.wrong[:5]:
            print(f"      {wrong}")


def print_heldout(figures: Mapping[str, Mapping[str, Any]]) -> None:
    if not figures:
        return
    print("held out   each batch as first measured, once, before any rule was written from it (figures.first):")
    for kind, pooled in figures.items():
        rates = [batch["found"] / batch["expected"] for batch in pooled["batches"] if batch["expected"]]
        spread = f", per batch {min(rates):.0%} to {max(rates):.0%}" if len(rates) > 1 else ""
        print(
            f"           {kind:<6} {len(pooled['batches'])} batches  found {pooled['found']}/{pooled['expected']} "
            f"({percent(pooled['found_rate'])}{spread})  field accuracy {pooled['fields_right']}/"
            f"{pooled['fields_compared']} ({percent(pooled['field_accuracy'])})"
        )
        latest = pooled["latest"]
        if len(latest["parts"]) < len(pooled["batches"]):
            print(
                f"                  the latest {len(latest['parts'])} ({latest['parts'][0]} to {latest['parts'][-1]})  "
                f"found {latest['found']}/{latest['expected']} ({percent(latest['found_rate'])})  field accuracy "
                f"{latest['fields_right']}/{latest['fields_compared']} ({percent(latest['field_accuracy'])})"
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kind", default=",".join(ALL_KINDS), help="Comma-separated: " + ", ".join(ALL_KINDS))
    parser.add_argument("--verbose", action="store_true", help="Every case, with its misses and wrong fields.")
    parser.add_argument("--json", action="store_true", help="The figures as one JSON object.")
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="A corpus laid out as bench/corpus (default: bench/corpus)."
    )
    args = parser.parse_args(argv)
    kinds = [kind.strip() for kind in args.kind.split(",") if kind.strip()]
    corpus = args.corpus.resolve()
    if not corpus.is_dir():
        parser.error(NO_CORPUS.format(corpus=args.corpus))
    setup_django()
    report: dict[str, Any] = {}
    if not args.json:
        where = "bench/corpus" if corpus == CORPUS else str(corpus)
        print(f"Real-world evaluation ({where}: other projects' files, their own expected results)\n")
    for kind in kinds:
        if kind in EXTRACTION_KINDS:
            results = evaluate_kind(kind, corpus)
            report[kind] = summary(results)
            if not args.json and results:
                print_kind(kind, results, verbose=args.verbose)
        elif kind == "dedup":
            report[kind] = evaluate_dedup(corpus)
            if not args.json:
                print_dedup(report[kind])
        elif kind == "categories":
            report[kind] = evaluate_categories(corpus)
            if not args.json:
                print_categories(report[kind], verbose=args.verbose)
        else:
            parser.error(f"unknown kind {kind!r}")
    heldout = {
        kind: pooled
        for kind in kinds
        if kind in EXTRACTION_KINDS and (pooled := heldout_first_measures(kind, corpus)) is not None
    }
    if args.json:
        report["heldout_first"] = heldout
        print(json.dumps(report, indent=2, sort_keys=True))
    else:
        print_heldout(heldout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
