"""Hostile documents against the JSON inference's walkers (issue #13 review): deep nests, many containers, hostile keys
and values built for one walker each. Each must cost its cap or its own length, never the document: a walker that
recurses without bound or looks at every column for every label never returns on these, which fails the run. Split
from test_json_infer_hostile.py (its values and patterns stay there).
"""

from __future__ import annotations

import datetime as dt
import json

from sources.adapters import (
    _jcal,
    _json_afternoon_clocks,
    _json_broken_clock,
    _json_competitors,
    _json_date_titles,
    _json_day_labels,
    _json_departures,
    _json_discounts,
    _json_dotted_wrapper,
    _json_entity_stores,
    _json_fields,
    _json_glued_initials,
    _json_heading_dates,
    _json_ical_params,
    _json_incidents,
    _json_infer,
    _json_initial_sides,
    _json_language_twins,
    _json_left_counts,
    _json_lone_parents,
    _json_moved,
    _json_news,
    _json_observations,
    _json_offset_zones,
    _json_opaque_ids,
    _json_parcel_scans,
    _json_performance_dates,
    _json_place_keys,
    _json_plays,
    _json_posts,
    _json_precision,
    _json_record_holder,
    _json_result_member,
    _json_roadmap,
    _json_sittings,
    _json_slug_names,
    _json_spans,
    _json_stages,
    _json_sub_events,
    _json_tab_titles,
    _json_typed_texts,
    _json_unit_rules,
    _json_utc_twins,
    _json_votes,
    _json_wall_epochs,
    _json_wall_offsets,
    _json_zone_labels,
    _jsonld_broadcasts,
)
from sources.adapters._json_config import FieldSpec
from sources.adapters._json_infer import infer
from sources.adapters._json_shapes import Column
from tests.sources.test_json_infer_hostile import HOSTILE, NY, SIZE


def test_a_deep_label_beside_many_columns_scores_each_column_once() -> None:
    # held-out batch 47 (_json_tab_titles): thousands of other keys beside a deep "Stats" tab: each scored once
    items = [
        {"tabs": {"stats": {"title": "Stats"}}, **{f"name{index}": f"Item {row} {index}" for index in range(2_000)}}
        for row in range(2)
    ]
    sample = _json_fields.Sample("", items)
    calls: list[str] = []

    def score(column: Column) -> float:
        calls.append(column.path)
        return _json_fields.title_score(column)

    found = _json_tab_titles.own_name_over_tab(sample, sample.columns["tabs.stats.title"], score)

    assert found is not None
    assert found[0].path.startswith("name")
    assert len(calls) == len(set(calls)) <= len(sample.columns)


def test_a_hostile_destination_key_is_no_station_board() -> None:
    # held-out batch 47 (_json_departures): a 100 KB key of timetable words is split once, in linear time
    hostile = "trackDelay" * (SIZE // 10)
    sample = _json_fields.Sample("", [{"terminal": {"name": "Thun"}, hostile: "x"}, {"terminal": {"name": "Bern"}}])
    title = sample.columns["terminal.name"]
    assert _json_departures.departure_board(title, sample.columns)
    assert not _json_departures.departure_board(title, ["x" * SIZE])


def test_hostile_clocks_and_a_long_day_on_a_12_hour_clock_cost_one_pass() -> None:
    # held-out batch 48 (_json_afternoon_clocks): 100 KB clock-like values are no clocks; a day of 20,000 slots is
    # read once, its afternoon moved in one pass
    mapping = {"start": {"path": ["^.date", "start_time"]}, "end": {"path": ["^.date", "end_time"]}}
    hostile = [{"start_time": value, "end_time": value, "^": {"date": "2031-03-18"}} for value in HOSTILE.values()]
    assert _json_afternoon_clocks.afternoon_clocks(hostile, mapping) is hostile
    morning = [{"start_time": "08:00", "end_time": "09:00", "^": {"date": "2031-03-18"}}] * 10_000
    afternoon = [{"start_time": "01:00", "end_time": "02:00", "^": {"date": "2031-03-18"}}] * 10_000
    moved = _json_afternoon_clocks.afternoon_clocks([*morning, *afternoon], mapping)
    assert moved[-1]["start_time"] == "13:00"
    assert moved[-1]["end_time"] == "14:00"


def test_a_deep_nest_of_dotted_wrappers_is_unwrapped_a_few_levels_only() -> None:
    # held-out batch 48 (_json_dotted_wrapper): 10,000 nested one-key wrappers under dotted keys: a few taken off
    data: dict = {"events": []}
    for level in range(10_000):
        data = {f"{level}.0": [data]}
    inner = _json_dotted_wrapper.unwrapped(data)
    assert set(inner) == {f"{10_000 - 1 - _json_dotted_wrapper.MAX_WRAPPERS}.0"}


def test_hostile_keys_and_clock_values_beside_epochs_cost_their_own_length() -> None:
    # held-out batch 50 (_json_wall_epochs): a 100 KB key and a 100 KB clock-like value are each looked at within
    # their caps (MAX_KEY characters of a key, MAX_CLOCK_TEXT of a value)
    hostile_key = "startTime" * (SIZE // 9)
    assert len(_json_wall_epochs.key_words(hostile_key)) <= _json_wall_epochs.MAX_KEY
    assert _json_wall_epochs.clock_of("1:" + "1" * SIZE) is None
    assert _json_wall_epochs.clock_of(" " * SIZE + "7:00 PM") is None
    # the key's first characters still say it starts: its clock is read, and agrees with the epochs' UTC clock
    records = [{hostile_key: "7:00 PM", "start_unix": 1376679600 + day * 86_400} for day in range(3)]
    assert _json_wall_epochs.epochs_are_wall_clocks(records, FieldSpec(paths=("start_unix",), format="epoch"), NY)
    records = [{hostile_key: "1:" + "1" * SIZE, "start_unix": 1376679600 + day * 86_400} for day in range(3)]
    assert not _json_wall_epochs.epochs_are_wall_clocks(records, FieldSpec(paths=("start_unix",), format="epoch"), NY)


def test_hostile_start_values_beside_wrong_offsets_cost_their_own_length() -> None:
    # held-out batch 51 (_json_wall_offsets): 100 KB start values are no instants and keep any offset they end with
    # (a value is looked at within MAX_VALUE characters); records of them say nothing about the offsets
    spec = FieldSpec(paths=("startDate",))
    for value in [*HOSTILE.values(), "2031-09-13T18:30" + "0" * SIZE + "+0100"]:
        assert _json_wall_offsets.without_offset(value) == value
        assert not _json_wall_offsets.offsets_are_wall_clocks([{"startDate": value}] * 3, spec, NY)
    wrong = [{"startDate": "2031-09-13T18:30:00-05:00"}, {"startDate": "2031-11-15T12:00:00-04:00"}]
    assert _json_wall_offsets.offsets_are_wall_clocks(wrong, spec, NY)


def test_hostile_stage_names_are_read_once_each() -> None:
    # held-out batch 49 (_json_stages): 100 KB values under "stage": split into words once each, none a stage's name
    # (a digit, a lower-case start); one long name written as a name still is
    hostile = _json_fields.Sample("", [{"stage": value, "start": "2031-07-18T20:00"} for value in HOSTILE.values()])
    assert not _json_stages.stage_place(hostile.columns["stage"])
    long_name = "Main Stage " + "x" * SIZE
    named = _json_fields.Sample("", [{"stage": long_name}, {"stage": "Garden Stage"}])
    assert _json_stages.stage_place(named.columns["stage"])


def test_hostile_play_keys_and_many_containers_cost_their_caps() -> None:
    # held-out batch 50 (_json_plays, _json_spans): a 100 KB key of play-log words is split once; a 100 KB key is
    # no programme on air; of 10,000 tournaments only MAX_RECORDS are looked at (the rest may say anything)
    hostile = "playlistComposer" * (SIZE // 16)
    sample = _json_fields.Sample("", [{"track": {"title": "Pavane"}, hostile: "x"}, {"track": {"title": "Bolero"}}])
    title = sample.columns["track.title"]
    assert _json_plays.play_log(title, sample.columns)
    assert not _json_plays.play_log(title, ["x" * SIZE])
    assert not _json_plays.on_air("current" * (SIZE // 7))
    matches = [
        {"name": "A vs B", "begin_at": "2031-02-15T08:00:00Z"},
        {"name": "C vs D", "begin_at": "2031-02-15T11:00:00Z"},
    ]
    cups = [{"name": "Cup", "begin_at": "2031-02-15T08:00:00Z", "matches": matches}] * _json_spans.MAX_RECORDS
    cups += [{"name": "Cup", "begin_at": "2031-01-01T00:00:00Z", "matches": matches}] * 10_000
    outer = _json_infer.infer_list("", cups)
    assert outer is not None
    assert _json_spans.spans_children(cups, outer, "matches")


def test_hostile_typed_text_lists_cost_their_caps() -> None:
    # held-out batch 52 (_json_typed_texts): of a 100,000-entry text list only MAX_ENTRIES are looked at (a name
    # past them is not seen); a 100 KB name is no name; a 100 KB type or language is no name entry
    entries = [{"type": "description", "lang": "en", "text": "x"}] * SIZE + [
        {"type": "name", "lang": "en", "text": "A"}
    ]
    assert _json_typed_texts.typed_title([{"translations": entries}, {"translations": entries}]) is None
    long_name = [{"type": "name", "lang": "en", "text": "x" * SIZE}]
    assert _json_typed_texts.typed_title([{"translations": long_name}, {"translations": long_name}]) is None
    odd = [{"type": "name" * (SIZE // 4), "lang": "e" * SIZE, "text": "Doors open"}]
    assert _json_typed_texts.typed_title([{"translations": odd}, {"translations": odd}]) is None
    named = [{"type": "name", "lang": "en", "text": "Doors open"}]
    column = _json_typed_texts.typed_title([{"translations": named}, {"translations": named}])
    assert column is not None
    assert column.path == "translations.type=name&lang=en.text"


def test_hostile_room_ids_are_looked_at_to_their_cap() -> None:
    # held-out batch 53 (_json_opaque_ids): 100 KB values in an id's alphabet are no opaque id (a length cap before
    # the pattern); a room named by a UUID in one of 2,000 sessions is looked for in one pass over the sample
    assert not any(_json_opaque_ids.opaque(value) for value in HOSTILE.values())
    assert not _json_opaque_ids.opaque("a1" * (SIZE // 2))
    room = "040f4750-2bf0-459b-9db2-e36b418ad7f5"
    sessions = [
        {"title": f"Talk {n}", "start": "2024-05-09T10:00:00-07:00", "room": room if n == 0 else "x" * SIZE}
        for n in range(2_000)
    ]
    found = infer({"sessions": sessions, "rooms": [{"id": room, "name": "Hall"}, {"id": "b" * 32, "name": "Lab"}]})
    assert found is not None
    assert found.config["mapping"]["title"] == "title"


def test_hostile_jcal_is_refused_or_read_without_recursion() -> None:
    # held-out batch 55 (_jcal): a list nested past the JSON reader's recursion limit, components nested far past a
    # calendar's depth, and 100 KB of spaces or quotes after the opening word cost one pass each and are no calendar
    deep = '["vcalendar", [], [' + "[" * SIZE + "]" * SIZE + "]]"
    assert _jcal.jcal_text(deep) is None
    for levels in (50, SIZE // 20):  # past a calendar's depth; past the JSON reader's own limit
        nested = '["vcalendar", [], [' + '["x-nest", [], [' * levels + '["vevent", [], []]' + "]]" * levels + "]]"
        assert _jcal.jcal_text(nested) is None
    assert not _jcal.looks_like_jcal("[" + " " * SIZE + '"vcalendar"')  # the opening is looked for in 512 characters
    for text in HOSTILE.values():
        assert _jcal.jcal_text(f'["vcalendar", [["summary", {{}}, "text", {json.dumps(text)}]], []]') is not None


def test_hostile_news_and_forecasts_cost_their_caps() -> None:
    # held-out batch 54 (_json_news, _json_observations): a 100 KB date is not searched for a clock; of an item's
    # 100,000 keys only MAX_KEYS are looked at; a measure nested deeper than NESTED or past MAX_PARTS is not seen
    article = {"headline": "Kurz und heftig", "text": "", "date": "1" * SIZE}
    assert _json_news.news_items([article])
    keyed = {f"k{n}": "x" for n in range(SIZE)} | {"headline": "H", "text": "", "location": "Halle"}
    assert not _json_news.news_items([keyed])  # the headline and the place are past the cap: no article
    deep = {"temperatura": [[[[{"maxima": 1}]]]], "viento": [{"v": 1}], "humedad": [0]}
    assert not _json_observations.readings([deep])
    wide = {"temperatura": ["x"] * SIZE + [1], "viento": [{"v": 1}], "humedad": [0]}
    assert not _json_observations.readings([wide])
    many = [{"dia": [wide] * 3}] * SIZE
    assert _json_observations.reading_lists(many) == ()


def test_hostile_incidents_and_roadmaps_cost_their_caps() -> None:
    # held-out batch 63 (_json_incidents, _json_roadmap): a 100 KB name or version is not folded nor matched; of an
    # item's 100,000 keys only MAX_KEYS are looked at; a package list of 100,000 texts is looked at MAX_PARTS deep
    assert not _json_incidents.incident_items([{"title": "Outage " * SIZE, "cause": ""}])
    keyed = {f"k{n}": "x" for n in range(SIZE)} | {"title": "Outage", "cause": ""}
    assert not _json_incidents.incident_items([keyed])  # the name and the cause are past the cap: no incident
    assert _json_incidents.incident_items([{"title": "Outage", "numPeople": 1}] * SIZE)
    assert not _json_roadmap.roadmap_items([{"release": "1." * SIZE, "package": "p"}])
    assert not _json_roadmap.roadmap_items([{"release": "9.7", "package": [""] * SIZE + ["p"]}])
    assert _json_roadmap.roadmap_items([{"release": "9.7", "package": ["p"] + [""] * SIZE}])
    for text in HOSTILE.values():
        assert not _json_roadmap.roadmap_items([{"release": text, "package": text}])
        assert not _json_incidents.incident_items([{"title": text, "cause": text}])


def test_hostile_posts_cost_their_caps() -> None:
    # held-out batch 64 (_json_posts): of an item's 100,000 keys, and of an object's one level down, only the caps
    # are looked at; a 100 KB body counts as a text once; an object nested far down is not walked
    keyed = {f"k{n}": "x" for n in range(SIZE)} | {"content": "t", "author": 1, "modified": "m"}
    assert not _json_posts.post_items([keyed])  # the writing's keys are past the cap: no post
    inner = {"content": "t", "author": 1, "modified": "m", "acf": {f"k{n}": n for n in range(SIZE)} | {"start": 1}}
    assert _json_posts.post_items([inner])  # the inner start is past MAX_INNER: not looked at
    deep: dict = {"start": 1}
    for _ in range(SIZE // 10):
        deep = {"meta": deep}
    assert _json_posts.post_items([{"content": "t" * SIZE, "author": 1, "modified": "m", "meta": deep}])
    assert _json_posts.post_items([{"content": {"rendered": "t"}, "author": 1, "updated": 1}] * SIZE)
    for text in HOSTILE.values():
        assert not _json_posts.post_items([{"content": text, "author": text, "start": text}])


def test_hostile_record_holders_cost_one_split_each() -> None:
    # held-out batch 57 (_json_record_holder): 100 KB paths, or paths of 100,000 dots, are split once each
    dotted = "." * SIZE
    assert _json_record_holder.record_holder({"title": dotted + "name", "start": dotted + "start"}) == dotted[:-1]
    assert _json_record_holder.record_holder({"title": "a" * SIZE, "start": "a" * SIZE}) == ""
    assert _json_record_holder.record_holder({"title": {"path": ["a.b"] * SIZE}, "start": "a.c"}) == ""


def test_hostile_result_member_keys_are_split_once() -> None:
    # held-out batch 58 (_json_result_member): a 100 KB key, or one of 100,000 separators, is split once
    assert not _json_result_member.result_member(0, "result_" * (SIZE // 7))
    assert not _json_result_member.result_member(0, "_" * SIZE)
    assert not _json_result_member.result_member(0, "R" * SIZE)


def test_hostile_lone_parents_cost_one_pass() -> None:
    # held-out batch 60 (_json_lone_parents): 100,000 events with no occurrences, one occurrence of 100,000 keys,
    # and occurrences that are no objects are each looked at once
    many = [{"name": "Meet up", "start": "2031-05-01T19:00:00Z"}] * SIZE
    occurring = {"name": "Weekly", "start": "x", "times": [{"start": "2031-05-02T19:00:00Z"}]}
    assert len(_json_lone_parents.lone_parents([occurring, *many], "times")) == SIZE
    wide = {"name": "Weekly", "times": [{f"k{n}": n for n in range(SIZE)}]}
    assert _json_lone_parents.lone_parents([wide, many[0]], "times") == frozenset()
    assert _json_lone_parents.lone_parents([{"name": "W", "times": ["x"] * SIZE}, many[0]], "times") == frozenset()


def test_hostile_offsets_and_broadcast_graphs_cost_their_caps() -> None:
    # left27 (_json_offset_zones, _jsonld_broadcasts): 100 KB offsets and keys are no offset; a graph nested far past
    # MAX_DEPTH is walked no deeper; 10,000 airings are read once each
    assert not any(_json_offset_zones.offset_zone(value, bare=True) for value in HOSTILE.values())
    assert _json_offset_zones.offset_zone("+" + "0" * SIZE, bare=True) is None
    assert not _json_offset_zones.offset_key("utc" * (SIZE // 3))
    airing = {"@type": "BroadcastEvent", "name": "News", "startDate": "2031-05-10T07:00", "endDate": "2031-05-10T08:00"}
    deep: dict = airing
    for _ in range(SIZE // 10):
        deep = {"@type": "RadioEpisode", "publication": deep}
    assert _jsonld_broadcasts.broadcast_events([deep, deep]) == []
    many = [airing | {"startDate": f"2031-05-10T07:{n % 60:02d}"} for n in range(10_000)]
    assert len(_jsonld_broadcasts.broadcast_events({"@graph": many})) == 10_000


def test_hostile_discount_types_cost_their_caps() -> None:
    # held-out batch 67 (_json_discounts): a "node" chain nested far past MAX_DEPTH is walked no deeper, a 100 KB
    # type name is no type, and 100,000 keys beside a type are looked at up to MAX_KEYS
    deep: dict = {"__typename": "DiscountCodeBasic"}
    for _ in range(SIZE // 10):
        deep = {"node": deep}
    assert not _json_discounts.discount_items([deep, deep])
    assert not _json_discounts.discount_items([{"__typename": "Discount" * (SIZE // 8)}] * 2)
    wide = {**{f"k{n}": {"node": {}} for n in range(SIZE)}, "__typename": "Discount"}
    assert not _json_discounts.discount_items([wide, wide])
    assert not any(_json_discounts.discount_items([{"__typename": value}]) for value in HOSTILE.values())


def test_hostile_exceptions_and_broken_clocks_cost_their_caps() -> None:
    # held-out batch 68 (_json_moved, _json_broken_clock): 100,000 exceptions are looked at up to MAX_ITEMS; a series
    # id or an original start of any hostile type names nothing; a 100 KB clock is not read
    item = {"recurringEventId": "s1", "originalStartTime": {"dateTime": "2031-08-04T20:00:00-03:00"}}
    assert len(_json_moved.moved_starts([item] * SIZE)["s1"]) == 1
    assert _json_moved.moved_starts([{**item, "recurringEventId": f"s{n}"} for n in range(SIZE)]).keys() == {
        f"s{n}" for n in range(_json_moved.MAX_ITEMS)
    }
    odd = [{"recurringEventId": value, "originalStartTime": value} for value in HOSTILE.values()]
    odd += [
        {"seriesMasterId": {"id": 1}, "originalStart": ["2031-08-04"]},
        {"recurringEventId": "s", "originalStart": {}},
    ]
    assert _json_moved.moved_starts(odd) == {}
    assert _json_broken_clock.broken_clock_day("2031-08-05T" + "1" * SIZE, None) is None
    assert not any(_json_broken_clock.broken_clock_day(value, None) for value in HOSTILE.values())


def test_hostile_date_labels_and_slug_names_cost_their_own_length() -> None:
    # held-out batch 70 (_json_date_titles, _json_slug_names): a 100 KB label or slug is refused at its length cap;
    # many items of them are each looked at once; hostile values of any type name nothing
    long_label = Column("dates.dateTitle", ["Feb 14 " * SIZE] * 3)
    assert not _json_date_titles.date_label(long_label)
    assert not _json_date_titles.date_label(Column("dates.dateTitle", ["1-" * SIZE]))
    assert _json_date_titles.date_label(Column("dates.dateTitle", ["Feb 14"] * SIZE))
    assert not _json_slug_names.slug_name_column(Column("talk", ["a-" * SIZE + "b"]))
    assert not _json_slug_names.slug_name_column(Column("talk", [f"talk-about-{n}-things" for n in range(SIZE)] * 2))
    for value in HOSTILE.values():
        assert not _json_date_titles.date_label(Column("dates.label", [value, value]))
        assert not _json_slug_names.slug_name_column(Column("talk", [value]))


def test_hostile_parameter_keys_sides_and_headings_cost_their_caps() -> None:
    # held-out batch 71 (_json_ical_params, _json_initial_sides, _json_heading_dates): a nest deeper than the walk's
    # cap, more objects than its budget, a 100 KB key or TZID, 100,000 parameter keys; 100,000 side columns; a 100 KB
    # heading: each costs its cap or its own length, and hostile values of any type are kept as they are
    deep: object = {"dtstart;value=date": "20311006"}
    for _ in range(SIZE // 100):
        deep = {"x": deep}
    assert _json_ical_params.plain_properties(deep) is deep  # below MAX_DEPTH nothing is walked
    wide = [{"dtstart;value=date": "20311006"}] * SIZE
    read = _json_ical_params.plain_properties({"events": wide})
    assert read["events"][0] == {"dtstart": "2031-10-06"}
    assert read["events"][-1] == {"dtstart;value=date": "20311006"}  # past the budget: left as written
    assert _json_ical_params.split_key("dtstart;" + "a=b;" * SIZE) is None
    assert _json_ical_params.plain_properties({"dtstart;tzid=" + "x" * SIZE: "20311007T090000"}) == {
        "dtstart;tzid=" + "x" * SIZE: "20311007T090000"
    }
    many = {f"dtstart{n};value=date": "20311006" for n in range(SIZE)}
    assert len(_json_ical_params.plain_properties(many)) == SIZE
    for value in HOSTILE.values():
        assert _json_ical_params.plain_properties({"dtstart;value=date": value}) in (
            {"dtstart": value},
            {"dtstart": _json_ical_params.applied(value, {"value": "date"})},
        )
    columns = {f"teams.h.name{n}": Column(f"teams.h.name{n}", ["Harbour Town"]) for n in range(SIZE)}
    assert _json_initial_sides.initial_sides(columns, lambda column: True) is None  # no "a" side for any
    assert not _json_initial_sides.initial_side("size." + "h." * SIZE)  # every "h" under "h" or "size": no side
    long_heading = Column("matchDate", ["Tuesday 14 October 2031 " * SIZE])
    assert _json_heading_dates.heading_date(long_heading) is None
    assert _json_heading_dates.heading_date(Column("matchDate", ["Tuesday 14 October 2031"] * SIZE)) is not None
    for value in HOSTILE.values():
        assert _json_heading_dates.heading_date(Column("matchDate", [value, value])) is None


def test_hostile_zone_labels_and_date_labels_cost_their_own_length() -> None:
    # held-out batch 72 (_json_zone_labels, _json_day_labels): a 100 KB zone value or date label is refused at its
    # length cap; an item of 100,000 short labels is looked at once per label; hostile values of any type are kept
    assert _json_zone_labels.labelled_zone("PST8PDT - " + "Pacific " * SIZE) is None
    assert _json_zone_labels.labelled_zone("America/" + "x" * SIZE + " - Pacific Time") is None
    assert _json_zone_labels.labelled_zone(" - ".join(["PST8PDT"] * SIZE)) is None
    assert _json_zone_labels.labelled_zone("PST8PDT - Pacific Time") == "PST8PDT"
    for value in HOSTILE.values():
        assert _json_zone_labels.zone_text(value) is value or _json_zone_labels.labelled_zone(value) is not None
    start, end = dt.datetime(2031, 4, 19, tzinfo=dt.UTC), dt.datetime(2031, 4, 25, tzinfo=dt.UTC)
    assert _json_day_labels.labelled_run({"label": "Sat 19 Apr - Fri 25 Apr " * SIZE}, start, end, all_day=True) is None
    assert _json_day_labels.labelled_run({"label": "- " * SIZE}, start, end, all_day=True) is None
    many = {f"label{n}": "Sat 19 Apr - Thu 24 Apr" for n in range(SIZE)}
    assert _json_day_labels.labelled_run(many, start, end, all_day=True) is None
    assert _json_day_labels.labelled_run({**many, "z": "Until Fri 25 Apr"}, start, end, all_day=True) == (
        start.date(),
        end.date(),
    )
    for value in HOSTILE.values():
        assert _json_day_labels.labelled_run({"label": value}, start, end, all_day=True) is None
        assert _json_day_labels.labelled_run({"label": "Until Fri 25 Apr"}, value, value, all_day=True) is None


def test_hostile_entity_stores_cost_their_caps() -> None:
    # held-out batch 73 (_json_entity_stores): a chain of 100,000 records each referencing the next is followed
    # MAX_FOLLOWED steps from each record and copied within MAX_COPIED nodes; a record nested 100,000 deep is cut
    # at MAX_DEPTH; a store under 100,000 levels of wrappers is not looked for; hostile values are kept as they are
    def chain(size: int) -> dict[str, object]:
        return {
            f"Event:{n}": {"__typename": "Event", "id": n, "next": {"__ref": f"Event:{n + 1}"}} for n in range(size)
        }

    huge = chain(SIZE)
    assert _json_entity_stores.stores_as_lists(huge) is huge  # its first MAX_RECORDS keys are too few of them
    records = _json_entity_stores.stores_as_lists(chain(_json_entity_stores.MAX_RECORDS))["Event"]
    assert len(records) == _json_entity_stores.MAX_RECORDS
    assert records[0]["next"]["next"]["next"]["next"] == {"__ref": "Event:4"}
    assert records[-1]["next"] == {"__ref": f"Event:{_json_entity_stores.MAX_RECORDS}"}  # names no record: kept
    deep: dict[str, object] = {"x": 1}
    for _ in range(SIZE):
        deep = {"inner": deep}
    nested = _json_entity_stores.stores_as_lists({"Event:1": {"__typename": "Event", "deep": deep}})
    assert nested["Event"][0]["deep"]
    wrapped: object = huge
    for _ in range(SIZE):
        wrapped = {"data": wrapped}
    assert _json_entity_stores.stores_as_lists(wrapped) is wrapped
    for value in HOSTILE.values():
        assert _json_entity_stores.stores_as_lists(value) is value
        assert _json_entity_stores.stores_as_lists({"Event:1": value}) in ({"Event:1": value}, {"Event": [value]})


def test_hostile_votes_read_their_caps() -> None:
    # held-out batch 74 (_json_votes): a record of 100,000 keys is read to MAX_KEYS, a tally of 100,000 entries is
    # no tally (over MAX_OPTIONS), an entry of 100,000 keys is passed over, a 100 KB side's name is no side, a tally
    # nested 100,000 deep is not looked for; hostile values are no votes
    wide = {f"key{n}": n for n in range(SIZE)} | {"yeas": 3, "nays": 1}
    assert not _json_votes.vote_items([wide])
    long_tally = [{"count": 1, "vote_type": "yes"}, {"count": 1, "vote_type": "no"}] * SIZE
    assert not _json_votes.vote_items([{"vote_counts": long_tally}])
    fat = {f"k{n}": n for n in range(SIZE)} | {"count": 1, "vote_type": "yes"}
    assert not _json_votes.vote_items([{"vote_counts": [fat, {"count": 1, "vote_type": "no"}]}])
    assert not _json_votes.vote_items(
        [{"vote_counts": [{"count": 1, "side": "yes" * SIZE}, {"count": 1, "side": "no"}]}]
    )
    deep: dict[str, object] = {"yeas": 3, "nays": 1}
    for _ in range(SIZE):
        deep = {"inner": deep}
    assert not _json_votes.vote_items([deep])
    assert _json_votes.vote_items([{"yeas": 3, "nays": 1}] * SIZE)
    for value in HOSTILE.values():
        assert not _json_votes.vote_items([value, {"vote_counts": [value, value]}])


def test_hostile_sub_event_paths_and_deep_series_cost_their_own_length() -> None:
    # held-out batch 75 (_json_sub_events): a 200 KB path and title path are split once each; a reader that reads
    # nothing is asked twice at most; series nested far down under "subEvent" read or are refused, never recursed
    # past the nested walker's cap
    calls: list[str] = []

    def nothing(path: str, items: list[object]) -> None:
        calls.append(path)

    assert _json_sub_events.sub_events_read("a." * SIZE + "subEvent", [{}] * SIZE, nothing, nothing) is None
    assert len(calls) == 2
    assert not _json_sub_events._container_name("^" + "x." * SIZE + "name")
    assert not _json_sub_events._container_name("^." + "name" * SIZE)
    leaf: dict[str, object] = {"type": "ScheduledSession", "startDate": "2031-05-01T19:00:00Z"}
    deep: dict[str, object] = {"type": "EventSeries", "name": "Deep", "subEvent": [leaf, leaf]}
    for _ in range(200):
        deep = {"type": "EventSeries", "subEvent": [deep]}
    infer(deep, zone_name=NY.key)
    wide = {"type": "EventSeries", "name": "Wide", "subEvent": [{"type": "SessionSeries", "subEvent": [leaf] * SIZE}]}
    found = infer(wide, zone_name=NY.key)
    assert found is not None
    assert found.config["items"] == "subEvent.subEvent"


def test_hostile_sittings_room_lists_and_glued_keys_cost_their_own_length() -> None:
    # held-out batch 76 (_json_sittings, _json_place_keys, _json_precision): a 200 KB text is not split, 100,000
    # sittings past the cap are not read, a list of 100,000 rooms is no place, a 200 KB key is looked at once
    pair = "2031-01-07T20:30:00 2031-01-07T22:00:00"
    assert _json_sittings.sittings(pair + ";" + "x" * SIZE) is None
    assert _json_sittings.sittings(";".join([pair] * SIZE)) is None  # longer than MAX_TEXT
    assert _json_sittings.sittings(";".join([pair] * 100)) is not None
    assert _json_sittings.sittings_moment("9" * SIZE, _json_sittings.SITTINGS, NY) is None
    rooms = Column("Rooms", [["Salon"] * SIZE, ["Hall " + "x" * SIZE]])
    assert _json_place_keys.listed_names(rooms) is rooms
    assert _json_place_keys.glued_place_words(["place" * SIZE + "name", "name" * SIZE]) == set()
    assert _json_precision._unglued({"tbd" + "time" * SIZE}) == {"tbd" + "time" * SIZE}
    deep: dict[str, object] = {"date_start": "2031-01-07", "timetable": pair}
    for _ in range(200):
        deep = {"fields": deep}
    infer([deep, deep], zone_name=NY.key)
    for value in HOSTILE.values():
        assert _json_sittings.sittings(value) is None or isinstance(value, str)
        assert _json_sittings.sittings_moment(value, _json_sittings.SITTINGS_END, NY) is None or isinstance(value, str)


def test_hostile_utc_twins_cost_their_caps() -> None:
    # a 200 KB value, a 200-deep nest and 100,000 values in one record are looked at only to their caps
    start = {"start": "2031-05-01T18:00:00"}
    huge = {**start, "note": "2031-05-01T18:00:00Z" + "x" * 200_000}
    deep: dict[str, object] = {"at": "2031-05-01T18:00:00Z"}
    for _ in range(200):
        deep = {"in": deep}
    wide = {**start, "many": ["2031-05-02T18:00:00Z"] * SIZE}
    assert not _json_utc_twins.clocks_twin_utc([huge, {**start, "deep": deep}, wide], {"start": "start"})
    assert not _json_utc_twins.clocks_twin_utc([start] * SIZE, {"start": "start"})


def test_hostile_left_counts_cost_their_caps() -> None:
    # 100,000 items in 40 whole-number columns, every difference agreeing: only the caps are looked at
    columns = {f"c{n}": Column(f"c{n}", [n % 2 if n < 20 else 5] * SIZE) for n in range(40)}
    assert _json_left_counts.remainder_counts(columns)
    deep = "a." * 200
    assert _json_left_counts.remainder_counts({deep + "x": Column(deep + "x", ["x" * 200_000])}) == set()


def test_hostile_glued_initials_and_codes_cost_their_length() -> None:
    # held-out batch 77 (_json_glued_initials): 100 KB keys, paths of 100,000 parts, 100,000 games, and hostile
    # values as codes are each looked at once and name no side
    assert not _json_glued_initials.glued_initial("hTeam" * (SIZE // 5))
    assert not _json_glued_initials.glued_home("." * SIZE)
    assert _json_glued_initials.glued_initial("x." * SIZE + "hTeam.code")
    for value in HOSTILE.values():
        assert not _json_glued_initials.side_code(Column("hTeam.triCode", [value] * 3))
    long_code = Column("hTeam.triCode", ["A" * SIZE] * 3)
    assert not _json_glued_initials.side_code(long_code)
    many = {
        "hTeam.triCode": Column("hTeam.triCode", ["CLE"] * SIZE),
        "vTeam.triCode": Column("vTeam.triCode", ["TOR"] * SIZE),
    }
    pair = _json_glued_initials.glued_sides(many, _json_glued_initials.side_code)
    assert pair is not None
    assert pair[1].path == "hTeam.triCode"
    deep = {"h" * SIZE + "Team.code": Column("h" * SIZE + "Team.code", ["CLE"] * 3)}
    assert _json_glued_initials.glued_sides(deep, _json_glued_initials.side_code) is None


def test_hostile_keys_values_and_nests_cost_the_language_and_performance_walkers_their_caps() -> None:
    # feeds72 (_json_language_twins, _json_performance_dates): 100 KB keys and values are looked at within their
    # caps; a 10,000-deep nest is walked to MAX_DEPTH only; 20,000 twinned keys in one record are no record
    hostile_key = "titlee" * (SIZE // 6)
    record = {hostile_key: "x", "titlee": "A", "titlec": "B", "urle": "u", "urlc": "v"}
    assert _json_language_twins.with_language_stems(record)["title"] == "A"
    many = {f"field{index}{mark}": "x" for index in range(10_000) for mark in "ec"}
    assert _json_language_twins.with_language_stems(many) == many
    for value in [*HOSTILE.values(), "30 Jan 2031 (Thu) 7:30pm ;" * (SIZE // 26)]:
        assert _json_performance_dates.with_performances({"predate": value, hostile_key + "date": value}) == {
            "predate": value,
            hostile_key + "date": value,
        }
    data: dict = {"predate": "30 Jan 2031 (Thu) 7:30pm", "titlee": "A", "titlec": "B", "urle": "u", "urlc": "v"}
    for _ in range(10_000):
        data = {"inner": [data]}
    assert _json_performance_dates.with_performances(_json_language_twins.with_language_stems(data)) == data


def test_hostile_parcel_scans_and_start_objects_cost_their_caps() -> None:
    # held-out batch 78 (_json_parcel_scans, _json_spans): a 100 KB path, items of 100,000 keys and 100 KB keys,
    # and start objects of hostile values are looked at within their caps and decide nothing wrongly
    scan = {"status": "In transit", "date": "2031-09-17T09:30:00+10:00"}
    assert _json_parcel_scans.parcel_scans([scan] * 3, "tracking." + "x" * SIZE)
    assert not _json_parcel_scans.parcel_scans([scan] * 3, "x" * SIZE + ".tracking")
    wide = {**{f"k{index}": index for index in range(SIZE)}, "name": "Late name"}
    assert _json_parcel_scans.parcel_scans([wide] * 3, "shipment.events")  # the name beyond the key cap is not read
    long_key = {"name" + "x" * SIZE: "A", **scan}
    assert _json_parcel_scans.parcel_scans([long_key] * 3, "parcel.scans")
    for value in HOSTILE.values():
        record = {"startDate": {"date": value, "time": value}}
        assert _json_spans._start_value(record, ["startDate.date", "startDate.time"]) in (None, f"{value} {value}")
    assert _json_spans._start_paths({"path": ["a." * SIZE + "b"]}) == []


def test_hostile_competitors_and_unit_rules_cost_their_caps() -> None:
    # feeds73 (_json_competitors, _json_unit_rules): 100 KB keys and values, a 10,000-deep nest of people, a
    # 20,000-key record: each looked at within its caps (keys per object, three levels, text lengths)
    hostile_key = "bib" * (SIZE // 3)
    deep: dict = {"family": "Wood", "given": "George"}
    for _ in range(10_000):
        deep = {"person": deep}
    wide = {f"bib{index}": index for index in range(20_000)}
    assert not _json_competitors.competitor_items([deep, wide, {hostile_key: "x", "first_name": "A"}])
    for value in [*HOSTILE.values(), "saturday," * (SIZE // 9)]:
        record = {"type": "recurrent", "unit": value, "selected_day": value, "limit": value, "start": "x"}
        assert _json_unit_rules.unit_rule(record) is None
        assert _json_unit_rules.unit_rule({**record, "unit": "week"}) is None
