"""The optional fields of an inferred mapping (``_json_infer``): end, all-day flag, place, URLs, description,
category, organizer, timezone, id, status, online flag, coordinates, prices and the documents beside each event.
Each is taken only from a column that clearly is it; a field with no clear column is left out. Pure.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sources.adapters._json_category_lists import category_list, tag_list
from sources.adapters._json_dated_ranges import dated_range_end
from sources.adapters._json_dayless import dayless_end
from sources.adapters._json_documents import document_links
from sources.adapters._json_duration import duration_column
from sources.adapters._json_either import day_read, end_day_beside, end_moment_beside, mixed_day_after, nested_day_after
from sources.adapters._json_field_lists import in_reference
from sources.adapters._json_field_scores import (
    category_score,
    description_score,
    event_url_score,
    image_score,
    latitude,
    longitude,
    organizer_score,
    price_score,
    status_lookup,
    ticket_score,
    zone_score,
)
from sources.adapters._json_fields import (
    ALL_DAY_WORDS,
    CANCELLED_FLAG_WORDS,
    END_WORDS,
    NEUTRAL_DATE_WORDS,
    NOT_DATE,
    START_WORDS,
    STATUS_WORDS,
    Moment,
    Sample,
)
from sources.adapters._json_flag_words import free_flag_key, free_lookup, true_word
from sources.adapters._json_flagged_days import flagged_day_after
from sources.adapters._json_ids import id_score
from sources.adapters._json_join_links import join_link_column
from sources.adapters._json_kinds import BILL_JOIN, is_bill
from sources.adapters._json_languages import in_titles_language
from sources.adapters._json_left_counts import remainder_counts
from sources.adapters._json_online import ONLINE_WORDS, online_column, online_kinds
from sources.adapters._json_place_twins import room_building, twins
from sources.adapters._json_places_read import component_words, read_place
from sources.adapters._json_prices import every_element
from sources.adapters._json_record_holder import record_holder
from sources.adapters._json_rooms import room_in_venue
from sources.adapters._json_runs import last_sitting_end
from sources.adapters._json_shapes import (
    GENERIC_LEAVES,
    MIDNIGHT_DATES,
    READ_SHARE,
    Column,
    flag_column,
    is_rule_text,
    text_column,
    url_share,
)
from sources.adapters._json_short_descriptions import short_description
from sources.adapters._json_sittings import sittings_read
from sources.adapters._json_text_keys import says_nothing, text_attribute
from sources.adapters._json_venue_first import (
    HALL,
    hall_column,
)

MIDNIGHT_TIMED = "{start} read with its time (00:00): every {end} states a time of day, so these are moments"
URL_SHARE = 0.8  # of an online address column's values that are web addresses


def online_address_column(column: Column) -> bool:
    """A field holding the event's online address (Mobilizon's "onlineAddress", "virtualUrl", "zoomLink"): its key
    names going online and its values are web addresses."""
    if join_link_column(column):  # "location.join_url": a link to join the meeting
        return True
    return bool(set(column.key_words) & ONLINE_WORDS) and bool(column.present) and url_share(column) >= URL_SHARE


def alternates(sample: Sample, column: Column, join: str = ", ") -> Any:
    """The column's path, plus its sibling form where some items give an object and others text
    ("Meeting Location" as text here, as {label, url} there)."""
    parent, _, leaf = column.path.rpartition(".")
    partner = parent if parent and (leaf.lower() in GENERIC_LEAVES | {"name", "title"} or says_nothing(leaf)) else None
    if partner is None:
        children = [f"{column.path}.{leaf_name}" for leaf_name in ("label", "name", "text", "title")]
        partner = next((path for path in children if path in sample.columns), None)
    if partner is None or partner not in sample.columns or not text_column(sample.columns[partner]):
        return column.path
    return {"path": [column.path, partner], "join": join}


def titled(sample: Sample, column: Column) -> Any:
    """The title's mapping: ``alternates``, or the title between its own "prefix" and "suffix" fields when the
    source keeps them apart ("prefix": "Tectonic Theater Project's", "title": "Here There Are Blueberries")."""
    if is_bill(column):  # "lineup": ["Act one", "Act two"]: the acts, joined
        return {"path": column.path, "join": BILL_JOIN}
    spec = alternates(sample, column)
    if not isinstance(spec, str):
        return spec
    parent = column.path.rpartition(".")[0]
    around = {word: _title_part(sample, parent, word) for word in ("prefix", "suffix")}
    if not any(around.values()):
        return spec
    paths = [path for path in (around["prefix"], column.path, around["suffix"]) if path]
    return {"path": paths, "join": " "}


def _title_part(sample: Sample, parent: str, word: str) -> str | None:
    """A sibling of the title named only for its prefix or suffix ("prefix", "title_prefix") holding text."""
    for candidate in sample.columns.values():
        if candidate.path.rpartition(".")[0] != parent:
            continue
        names = set(candidate.key_words)
        if word in names and names <= {word, "title", "name"} and candidate.present and text_column(candidate):
            return candidate.path
    return None


class Extras:
    """The optional fields, each from its own evidence; a field with no clear column is left out."""

    def __init__(self, sample: Sample, mapping: dict[str, Any], evidence: list[str], used: set[str]) -> None:
        self.sample = sample
        self.mapping = mapping
        self.evidence = evidence
        self.used = used

    def set(self, field: str, spec: Any, why: str) -> None:
        self.mapping[field] = spec
        self.evidence.append(f"{field} ← {why}")
        paths = spec.get("path") if isinstance(spec, dict) else spec
        self.used.update([paths] if isinstance(paths, str) else list(paths or []))

    def infer(self, start: Moment) -> None:
        self.end(start)
        sittings_read(self)  # "timetable": "<start> <end>;…" beside a start that gives only the day (_json_sittings)
        self.all_day()
        self.place()
        self.urls()
        self.text_fields()
        self.identity()
        counts = remainder_counts(self.sample.columns) - self.used  # "free": capacity − booked (_json_left_counts)
        self.used |= counts  # no flag's: neither cancelled, online nor free
        self.status()
        self.flags_and_numbers()
        self.free_flag()
        self.used -= counts
        self.links()
        self.recurrence()
        in_titles_language(self.mapping, self.evidence, self.sample.columns)

    def end(self, start: Moment) -> None:
        date_path = start.paths[0] if len(start.paths) == 2 else None
        excluded = NOT_DATE | frozenset(START_WORDS) - NEUTRAL_DATE_WORDS
        excluded = frozenset(excluded) | frozenset({"start", "begin"})
        end = (
            self.sample.moment(END_WORDS, excluded, borrowed=start)
            or self._end_of_timed(start, excluded)
            or self.sample.partner_end(start)
        )
        if end is not None and not set(end.paths) & set(start.paths):
            end = last_sitting_end(self.sample, end) or end
            end = end_moment_beside(self.sample, start, end) or end  # "end.date" chosen: "end.dateTime" first
            if (day := end_day_beside(self.sample, start, end.spec)) is not None:  # "end": {"date"} of all-day ones
                why = f"{end.evidence}; where missing, {day_read(day)}"
                end = dataclasses.replace(
                    end, spec={"path": end.spec, "fallback": day}, evidence=why, fallback_paths=(day["path"],)
                )
            self.set("end", end.spec, end.evidence)
            self.used.update(end.fallback_paths)
        elif end is not None and date_path and len(end.paths) == 2 and end.paths[1] not in start.paths:
            self.set("end", end.spec, end.evidence)
        if (
            end is not None
            and self.mapping.get("end") == end.spec
            and (after := nested_day_after(self.sample, start, end.spec))
        ):
            self.set("end", after, day_read(after))  # "end": {"date"} a day after every "start": {"date"}
        elif (
            end is not None
            and self.mapping.get("end") == end.spec
            and (mixed := mixed_day_after(self.sample, start, end.spec))
        ):
            self.set("end", mixed, day_read(mixed))  # "end": "2014-09-08" beside "end": "2014-09-13T21:00:00Z"
        elif end is not None and self.mapping.get("end") == end.spec and (flagged := self._flagged_end(start, end)):
            self.set("end", flagged, day_read(flagged))  # "allDay": true, "end": "2031-05-04" for the 3rd alone
        if "end" not in self.mapping and (
            ranged := dayless_end(start_spec := self.mapping["start"]) or dated_range_end(start_spec)
        ):
            self.set("end", ranged, f"{ranged['path']} (its end, after the dash)")
        self._timed_midnight_start()
        if "end" not in self.mapping and (found := duration_column(list(self.sample.columns.values()), self.used)):
            column, unit = found  # no end: the start plus how long it lasts ("duration": "00:25", "runTime": 195)
            self.set("duration", {"path": column.path, "format": unit}, f"{column.path} (a length in {unit})")

    def _flagged_end(self, start: Moment, end: Moment) -> dict[str, Any] | None:
        flag = next((column for column in self.sample.columns.values() if _all_day_flag(column)), None)
        return flagged_day_after(self.sample, start, end.spec, flag)  # _json_flagged_days

    def _end_of_timed(self, start: Moment, excluded: frozenset[str]) -> Moment | None:
        """The end that only the records with a time of day carry: a calendar's all-day records (holidays) have
        none, so its column can be short of half the list although every timed record has one."""
        flag = next((column for column in self.sample.columns.values() if _all_day_flag(column)), None)
        if flag is None:
            return None
        timed = [item for item, value in zip(self.sample.items, flag.values, strict=True) if not true_word(value)]
        if len(timed) < 2 or len(timed) == len(self.sample.items):
            return None
        return Sample(self.sample.path, timed, month_first=self.sample.month_first).moment(
            END_WORDS, excluded, borrowed=start
        )

    def _timed_midnight_start(self) -> None:
        """A start written at midnight everywhere ("2015-03-12T00:00:00") is read as the date it is, unless its
        end states a time of day in every item ("2015-03-15T23:59:59"): the source writes moments, so the start's
        midnight is a time too, and start and end are read alike."""
        start, end = self.mapping["start"], self.mapping.get("end")
        if not (isinstance(start, dict) and set(start) == {"path", "format"} and start["format"] in MIDNIGHT_DATES):
            return
        column = self.sample.columns.get(end) if isinstance(end, str) else None
        shape = self.sample.shape(column) if column is not None else None
        if shape is not None and shape.format is None and shape.kind == "datetime" and shape.timed == 1.0:
            self.mapping["start"] = start["path"]
            self.evidence.append(MIDNIGHT_TIMED.format(start=start["path"], end=end))

    def all_day(self) -> None:
        for column in self.sample.columns.values():
            if _all_day_flag(column):
                self.set("all_day", column.path, column.path)
                return

    def place(self) -> None:
        place = read_place(self.sample, self.used)
        building = room_in_venue(self.sample.columns, place.venue, self.used) if place.venue is not None else None
        if place.venue is not None and building is not None:  # "^theaters.name" around each showing's "room"
            paths = [building.path, place.venue.path]
            self.set("venue_name", {"path": paths, "join": ", "}, f"{' + '.join(paths)} (the room in its venue)")
        elif place.venue is not None and (hall := hall_column(self.sample.columns, place.venue, self.used)):
            paths = [hall.path, place.venue.path]  # "Konzerthaus, Rolf-Böhme-Saal" in "Konzerthaus Freiburg"
            self.set("venue_name", {"path": paths, "format": HALL}, f"{' + '.join(paths)} (the hall in its venue)")
        elif place.venue is not None and (rooms := room_building(self.sample.columns, place.venue, self.used)):
            paths = [*(column.path for column in rooms), place.venue.path]  # "Gladfelter Hall, Room 914"
            self.set("venue_name", {"path": paths, "join": ", "}, f"{' + '.join(paths)} (the room in its building)")
        elif place.venue is not None and len(pair := twins(self.sample.columns, place.venue, self.used)) > 1:
            paths = [column.path for column in pair]  # "Location" or, where empty, "LocationUnaffiliated"
            self.set("venue_name", {"path": paths, "join": ", "}, f"{' + '.join(paths)} (one place in two keys)")
        elif place.venue is not None:
            self.set("venue_name", alternates(self.sample, place.venue), place.venue.path)
        if place.address:
            self.set("address", {"path": place.address, "join": ", "}, " + ".join(place.address))
        for field, column in (("city", place.city), ("country", place.country)):
            if column is not None:
                self.set(field, column.path, column.path)

    def urls(self) -> None:
        for field, score in (("url", event_url_score), ("image_url", image_score), ("ticket_url", ticket_score)):
            column, _ = self.sample.best(
                lambda column, field=field, score=score: (
                    0.0
                    if field != "image_url" and in_reference(column.path, self.sample.columns)  # "/user/24"
                    else score(column, self.used, record_holder(self.mapping))
                    if field == "url"
                    else score(column, self.used)
                ),
                exclude=tuple(self.used),
            )
            if column is not None:
                self.set(field, column.path, column.path)
        if "url" not in self.mapping and "ticket_url" in self.mapping:
            # A record with no page of its own (OpenAgenda's events: a registration link only): the page a person
            # books or registers on is where they read about it, so it is the event's address too.
            self.set("url", self.mapping["ticket_url"], f"{self.mapping['ticket_url']} (the record's only page)")

    def text_fields(self) -> None:
        column, _ = self.sample.best(lambda column: description_score(column), exclude=tuple(self.used))
        column = column or short_description(self.sample.columns, self.mapping, self.used)  # left35: "Boston Pops …"
        if column is not None:
            self.set("description", alternates(self.sample, column, "\n"), column.path)
        for field, score in (("source_category", category_score), ("organizer", organizer_score)):
            column, _ = self.sample.best(
                lambda column, score=score: (
                    0.0
                    if text_attribute(column.path, self.sample.columns)
                    or in_reference(column.path, self.sample.columns)
                    else score(column)
                ),
                exclude=tuple(self.used),
            )
            if column is not None:
                self.set(field, column.path, column.path)
        for field, listed in (("source_category", category_list), ("tags", tag_list)):
            if field not in self.mapping and (found := listed(self.sample.columns, self.used)) is not None:
                self.set(field, *found)  # "categories": [{"name": …}], "tags": [{"name": …}] (_json_category_lists)
        column, _ = self.sample.best(zone_score, exclude=tuple(self.used))
        if column is not None:
            self.set("timezone", column.path, f"{column.path} (zone names: IANA, or Windows mapped to IANA)")

    def identity(self) -> None:
        column, _ = self.sample.best(id_score, exclude=tuple(self.used))
        if column is not None:
            self.set("external_id", column.path, f"{column.path} (unique in the sample)")

    def status(self) -> None:
        for column in self.sample.columns.values():
            if column.path in self.used:
                continue
            names = set(column.key_words)
            # A cancelled flag only some records carry ("canceled": true on the cancelled ones) is still the flag.
            if column.share < 0.5 and not names & CANCELLED_FLAG_WORDS:
                continue
            if names & CANCELLED_FLAG_WORDS and flag_column(column):
                lookup = {
                    "true": "cancelled",
                    "false": "scheduled",
                    "True": "cancelled",
                    "False": "scheduled",
                    "1": "cancelled",
                    "0": "scheduled",
                }  # a database's 1/0 (its key is the number's text)
                # and the words the column writes ("ja"/"nein", "sí"/"no", "oui"/"non"), as they are written
                for value in {value for value in column.present if isinstance(value, str)} - set(lookup):
                    lookup[value] = "cancelled" if true_word(value) else "scheduled"
                self.set("status", {"path": column.path, "map": lookup, "default": "scheduled"}, column.path)
                return
            if component_words(column) & STATUS_WORDS and text_column(column):  # "status.code": "cancelled"
                lookup = status_lookup(column)
                if lookup:
                    self.set("status", {"path": column.path, "map": lookup, "default": "scheduled"}, column.path)
                    return

    def flags_and_numbers(self) -> None:
        for field, test in (("online", online_column), ("latitude", latitude), ("longitude", longitude)):
            column = next((c for c in self.sample.columns.values() if c.path not in self.used and test(c)), None)
            if column is not None:
                self.set(field, column.path, column.path)
        if "online" not in self.mapping:  # no flag: the item's own kind ("event_type": "virtual"), which may be the
            # category's column too (not "used")
            for column in self.sample.columns.values():
                lookup = online_kinds(column)
                if lookup:
                    self.mapping["online"] = {"path": column.path, "map": lookup, "default": False}
                    self.evidence.append(f"online ← {column.path} (the kinds {sorted(lookup)} that name online)")
                    break
        if "online" not in self.mapping:  # no flag: the online address, which the links keep too (not "used")
            column = next((c for c in self.sample.columns.values() if online_address_column(c)), None)
            if column is not None:
                self.mapping["online"] = column.path
                self.evidence.append(f"online ← {column.path} (an online address: online where no place is named)")
        for field, wanted in (("price_max", True), ("price_min", False)):
            column, _ = self.sample.best(lambda c, wanted=wanted: price_score(c, wanted), exclude=tuple(self.used))
            if column is None:
                continue
            listed = every_element(column.path) if field == "price_min" and "price_max" not in self.mapping else None
            if listed is None:
                self.set(field, column.path, column.path)
                continue
            self.mapping.update({"price_min": listed, "price_max": listed})  # one price per kind of ticket
            self.evidence.append(f"price_min, price_max ← {listed} (the lowest and highest of each item's list)")
            self.used.add(column.path)

    def free_flag(self) -> None:
        """ "is_free": true, "kostenlos": "ja", "gratuit": "oui": free when it says yes; else the prices decide."""
        free = next((c for c in self.sample.columns.values() if free_flag_key(c.key_words) and flag_column(c)), None)
        if free is not None and "cost_type" not in self.mapping and free.path not in self.used:
            lookup = free_lookup(free.present)
            self.set("cost_type", {"path": free.path, "map": lookup}, f"{free.path} (free or not)")

    def recurrence(self) -> None:
        """A column of iCalendar recurrence text ("rrule": "DTSTART:…\nRRULE:FREQ=WEEKLY;…"), or of lists of its
        lines (Google Calendar's "recurrence": ["RRULE:FREQ=WEEKLY;COUNT=5", "EXDATE;…"], on the records that
        recur only): each record is the series it states, expanded by ``_record_series``, not its first date only."""
        for column in self.sample.columns.values():
            if column.path in self.used or not column.present:
                continue
            texts = [value for value in column.present if isinstance(value, str)]
            if texts and sum(1 for text in texts if is_rule_text(text)) >= READ_SHARE * len(column.present):
                self.set("rrule", column.path, f"{column.path} (iCalendar recurrence lines: each series expanded)")
                return
            if sum(1 for value in column.present if _rule_lines(value)) >= READ_SHARE * len(column.present):
                why = f"{column.path} (lists of iCalendar recurrence lines, one per line: each series expanded)"
                self.set("rrule", {"path": column.path, "join": "\n"}, why)
                return

    def links(self) -> None:
        links = document_links(self.sample, self.used)
        if links:
            self.mapping["links"] = links
            self.evidence.append("links ← " + ", ".join(link.get("each") or link["url"] for link in links))


def _rule_lines(value: Any) -> bool:
    """Whether a value is a list of iCalendar recurrence lines, one a rule (["RRULE:FREQ=WEEKLY;COUNT=5"])."""
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(line, str) for line in value)
        and any(is_rule_text(line) for line in value)
    )


def _all_day_flag(column: Column) -> bool:
    names = column.key_words
    return flag_column(column) and any(all(part in names for part in combo) for combo in ALL_DAY_WORDS)
