"""The columns of a list of JSON records that ``_json_infer.infer_list`` settles on once it has found them.

Which two columns name a game's sides (``game_sides``), the title's mapping and evidence (``title_spec``), the
column of each item's own page whose last part names items that have no name (``slug_column``), a start read
from a second column where the first is missing (``with_fallback``), and how many items read and how sure the
reading is (``item_coverage``, ``confidence_of``).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sources.adapters._json_child_titles import child_title
from sources.adapters._json_either import day_beside, moment_beside
from sources.adapters._json_extras import titled
from sources.adapters._json_fields import END_WORDS, NOT_DATE, START_WORDS, Moment, Sample
from sources.adapters._json_keyed_nicknames import matchup  # _json_sides.matchup, names in parts joined
from sources.adapters._json_kinds import KIND_TITLE
from sources.adapters._json_listed_sides import listed_sides, unnamed_listed_sides
from sources.adapters._json_mapping import SLUG, read_moment, slug_title
from sources.adapters._json_name_parts import PartedSide, name_part, parted_evidence, parted_sides, parted_spec
from sources.adapters._json_shapes import Column, url_share
from sources.adapters._json_side_labels import with_side_labels
from sources.adapters._json_sides import competition_name, matchup_evidence, matchup_spec, ordinal_label

MIN_SLUG_SHARE = 0.9  # items with no name: nearly every one has its own page's address
SLUG_TITLE = " (no name field: each item named by the last part of its own page's address)"


def game_sides(sample: Sample, title: Column | None) -> tuple[Column, Column] | None:
    """The two sides' name columns of a game, where the items are games named by them: where no title is found,
    where it is the container's, or where it names the competition; the first side's name alone ("start":
    [{"participant": {"name"}}, …]); or, with no name of the game's own, an inner list's two elements
    ("competitions.0.competitors.N.team.displayName")."""
    contained = title is not None and title.path.startswith("^")
    nameless = title is None or contained or competition_name(title) or ordinal_label(title)  # "Game 3"
    sides = matchup(sample.columns) if nameless or child_title(title) else None  # a goal's scorer (feeds 75)
    if sides is None and (nameless or name_part(title)):  # "team.0.name.first" + "last": a name in parts
        sides = parted_sides(sample.items, sample.columns)
    if sides is None and title is not None:
        sides = listed_sides(sample.items, title)
    if sides is None and nameless:  # "blockName": "Week 2" beside "match.teams": [{name}, {name}] (apis69)
        sides = unnamed_listed_sides(sample.items, sample.columns, titled=title is not None)
    return sides


def title_mapping(
    sample: Sample, title: Column, slug: Column | None, sides: tuple[Column, Column] | None, kind: Column | None
) -> tuple[Any, str]:
    """The title's mapping and its evidence: the named column, the game's two sides, the page address's slug, or
    the kind of occurrence each item says it is."""
    if kind is not None:
        return kind.path, f"title ← {kind.path}{KIND_TITLE}"
    if sides is not None:  # a side named by its place in the draw ("Winner Match 93") where no team is known yet
        away, home = sides
        if isinstance(away, PartedSide) and isinstance(home, PartedSide):
            return with_side_labels(parted_spec(away, home), sample.columns), parted_evidence(away, home)
        return with_side_labels(matchup_spec(away, home), sample.columns), matchup_evidence(away, home)
    if slug is not None:
        return {"path": slug.path, "format": SLUG}, f"title ← {slug.path}{SLUG_TITLE}"
    spec = titled(sample, title)
    paths = spec["path"] if isinstance(spec, dict) else [spec]
    return spec, f"title ← {' + '.join(paths)}"


def slug_column(sample: Sample) -> Column | None:
    """Items with no name at all (The Carpentries' workshops: dates, a venue and each one's own site): the column
    of their own pages' addresses, one per item, whose last part names each (slug_title)."""
    for column in sample.columns.values():
        strings = column.strings()
        if column.depth or column.share < MIN_SLUG_SHARE or url_share(column) < MIN_SLUG_SHARE:
            continue
        names = [slug_title(text) for text in strings]
        if len(set(strings)) == len(strings) and all(names) and names_each(names):
            return column
    return None


# The last part of an address that names what is done on the page, not the item: "…/V0014S52532/booking".
ACTION_SLUGS = frozenset({"booking", "bookings", "book", "tickets", "ticket", "buy", "register", "registration",
                          "rsvp", "checkout", "order", "reserve", "reservation", "signup", "details", "info"})  # fmt: skip


def names_each(names: list[str | None]) -> bool:
    """Whether the addresses' last parts tell the items apart: not an action word ("booking", "tickets"), nor one
    and the same words for every item of several (each booking page's own code sits before it)."""
    folded = [name.casefold() for name in names if name]
    return not any(name in ACTION_SLUGS for name in folded) and (len(folded) < 2 or len(set(folded)) > 1)


def with_fallback(sample: Sample, start: Moment) -> Moment:
    """The start, read where its column(s) are missing from another start some of those items do have (a
    Ticketmaster event with only "localDate" and "localTime" beside others' UTC "dateTime")."""
    missing = [index for index in range(len(sample.items)) if not reads_start(sample, start.spec, index)]
    if not missing:
        return start
    timed = moment_beside(sample, start)  # "start": {"date"} for most, {"dateTime"} for the timed ones
    if timed is not None:
        start, missing = (
            timed,
            [index for index in range(len(sample.items)) if not reads_start(sample, timed.spec, index)],
        )
    backup = sample.moment(START_WORDS, NOT_DATE | frozenset(END_WORDS), skip=frozenset(start.paths))
    if backup is None or not any(reads_start(sample, backup.spec, index) for index in missing):
        backup = day_beside(sample, start, missing)  # "start": {"date"} where others have {"dateTime"}
        if backup is None:
            return start
    spec = start.spec if isinstance(start.spec, dict) else {"path": start.spec}
    return dataclasses.replace(
        start,
        spec={**spec, "fallback": backup.spec},
        evidence=f"{start.evidence}; where missing, {backup.evidence}",
        fallback_paths=backup.paths,
    )


def reads_start(sample: Sample, spec: Any, index: int) -> bool:
    """Whether the sampled item ``index`` has a start readable by ``spec`` (or by its fallback)."""
    paths = spec["path"] if isinstance(spec, dict) else spec
    formats = (spec.get("format") if isinstance(spec, dict) else None) or None
    formats = formats if isinstance(formats, list) else [formats]
    raw = [
        sample.columns[path].values[index] if path in sample.columns else None
        for path in ([paths] if isinstance(paths, str) else paths)
    ]
    joined = " ".join(str(part) for part in raw if part not in (None, ""))
    value = raw[0] if isinstance(paths, str) else joined
    if value not in (None, "") and any(read_moment(value, fmt, dt.UTC) is not None for fmt in formats):
        return True
    if len(raw) > 1 and raw[0] not in (None, "") and any(read_moment(raw[0], fmt, dt.UTC) for fmt in formats):
        return True  # the date beside a time that is words ("All day"), as the mapping reads it
    fallback = spec.get("fallback") if isinstance(spec, dict) else None
    return fallback is not None and reads_start(sample, fallback, index)


def item_coverage(sample: Sample, title: Column, start: Moment) -> float:
    readable = sum(
        1
        for index, value in enumerate(title.values)
        if value not in (None, "") and reads_start(sample, start.spec, index)
    )
    return readable / len(title.values) if title.values else 0.0


def confidence_of(title_named: float, start_named: float, coverage: float) -> float:
    """How sure the reading is: clear names for the title and the start, and how many items read."""
    named = min(title_named, 3.0) / 3.0 * 0.5 + min(start_named, 3.0) / 3.0 * 0.5
    return round(max(0.3, min(0.95, 0.45 + 0.3 * named + 0.2 * coverage)), 2)
