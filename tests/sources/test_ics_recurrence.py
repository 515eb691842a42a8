"""Recurring series are expanded lazily and within bounds: occurrences, work, memory, time, the horizon.

Each hostile calendar here once took minutes and gigabytes (a 167-byte FREQ=SECONDLY file: 111 s, 2.1 GB).
Work is measured by counting dateutil's steps, never by timing. Dates are relative to today.
"""

from __future__ import annotations

import datetime as dt
import tracemalloc
from pathlib import Path

import pytest
from dateutil.rrule import rrulestr

from sources.adapters import _recurrence, ics
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent, RejectedRecord

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
SOON = (NOW + dt.timedelta(days=10)).date()
LAST_YEAR = SOON.replace(year=SOON.year - 1, day=1)
# A 50 MB ceiling: the unbounded expansion of any calendar below allocates gigabytes.
MEMORY_CEILING = 50 * 1024 * 1024


def stamp(day: dt.date, hour: int = 19) -> str:
    return f"{day:%Y%m%d}T{hour:02d}0000Z"


GOOD = f"UID:good@example.org\r\nSUMMARY:Good concert\r\nDTSTART:{stamp(SOON)}"


def calendar(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{event}\r\nEND:VEVENT\r\n" for event in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n".encode()


def series(uid: str, start: str, rule: str) -> str:
    return f"UID:{uid}\r\nSUMMARY:{uid}\r\nDTSTART:{start}\r\nRRULE:{rule}"


def parse(payload: bytes, window: FetchWindow = WINDOW) -> tuple[ics.ICalendarAdapter, list, list]:
    adapter = ics.ICalendarAdapter(config={}, context=AdapterContext(source="ics", window=window))
    records = list(adapter.parse(payload))
    events = [record for record in records if isinstance(record, RawEvent)]
    rejected = [record for record in records if isinstance(record, RejectedRecord)]
    return adapter, events, rejected


EVERY_VALUE = (
    "FREQ=YEARLY;BYMONTH=" + ",".join(map(str, range(1, 13)))
    + ";BYMONTHDAY=" + ",".join(map(str, range(1, 32)))
    + ";BYDAY=MO,TU,WE,TH,FR,SA,SU"
    + ";BYHOUR=" + ",".join(map(str, range(24)))
    + ";BYMINUTE=" + ",".join(map(str, range(60)))
    + ";BYSECOND=" + ",".join(map(str, range(60)))
)  # fmt: skip

HOSTILE = {
    "secondly": series("secondly", stamp(LAST_YEAR), "FREQ=SECONDLY"),
    "minutely-count-since-1990": series("minutely", "19900101T000000Z", "FREQ=MINUTELY;COUNT=99999999"),
    "hourly-count-since-1990": series("hourly", "19900101T000000Z", "FREQ=HOURLY;COUNT=99999999"),
    "every-by-value": series("every-by", stamp(LAST_YEAR), EVERY_VALUE),
    "interval-zero": series("zero", stamp(SOON), "FREQ=DAILY;INTERVAL=0"),
    "never-matches": series("never", stamp(LAST_YEAR), "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"),
    "setpos-past-the-set": series("setpos", stamp(LAST_YEAR), "FREQ=HOURLY;BYSETPOS=2"),
    "until-9999": series("until", stamp(LAST_YEAR), "FREQ=HOURLY;UNTIL=99991231T000000Z"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_each_hostile_series_finishes_with_bounded_output_and_memory(case):
    tracemalloc.start()
    try:
        adapter, events, rejected = parse(calendar(HOSTILE[case], GOOD))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MEMORY_CEILING
    assert "good@example.org" in [event.external_id for event in events]
    assert len(events) <= 1 + ics.MAX_OCCURRENCES
    assert len(rejected) <= 1


def test_sub_five_minute_and_minutely_rules_are_refused_with_a_reason():
    _, events, rejected = parse(
        calendar(
            series("s", stamp(SOON), "FREQ=SECONDLY;INTERVAL=30"),
            series("m", stamp(SOON), "FREQ=MINUTELY"),
            series("m4", stamp(SOON), "FREQ=MINUTELY;INTERVAL=4"),
            series("m5", stamp(SOON), "FREQ=MINUTELY;INTERVAL=5;COUNT=3"),
        )
    )
    assert {record.external_id: record.reason for record in rejected} == {
        "s": _recurrence.TOO_FREQUENT.format(period=dt.timedelta(seconds=30)),
        "m": _recurrence.TOO_FREQUENT.format(period=dt.timedelta(minutes=1)),
        "m4": _recurrence.TOO_FREQUENT.format(period=dt.timedelta(minutes=4)),
    }
    assert [event.start.minute for event in events] == [0, 5, 10]


def test_a_rule_that_never_matches_stops_at_the_work_bound_counted_in_steps():
    """dateutil yields nothing for "30 February" while it searches day by day up to 9999: counting only
    yielded occurrences would never stop it. Its search steps are counted instead."""
    meter = _recurrence.SeriesMeter(max_search=50)
    rule = _recurrence._metered(
        rrulestr("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", dtstart=dt.datetime(2030, 1, 1, tzinfo=dt.UTC)), meter
    )
    with pytest.raises(_recurrence.ExpansionStoppedError) as stopped:
        next(iter(rule))
    assert not stopped.value.whole_file
    assert (meter.search, meter.candidates) == (51, 1)  # DTSTART is read once as the search begins

    adapter, events, rejected = parse(calendar(HOSTILE["never-matches"], GOOD))
    ((uid, reason),) = [(record.external_id, record.reason) for record in rejected]
    assert uid == "never"
    assert reason.startswith("Expansion of this series stopped after")
    assert [event.external_id for event in events] == ["good@example.org"]
    assert adapter.listing_truncated


def test_an_hourly_rule_that_never_yields_is_metered_per_hour_step():
    """BYSETPOS=2 of a one-element hourly set yields nothing, hour after hour, within each month searched."""
    meter = _recurrence.SeriesMeter(max_candidates=100)
    rule = _recurrence._metered(
        rrulestr("FREQ=HOURLY;BYSETPOS=2", dtstart=dt.datetime(2030, 1, 1, tzinfo=dt.UTC)), meter
    )
    with pytest.raises(_recurrence.ExpansionStoppedError):
        next(iter(rule))
    assert (meter.search, meter.candidates) == (1, 101)  # still inside the first month


def test_candidates_before_dtstart_are_counted_though_never_yielded():
    """A yearly rule's first period starts on 1 January: with every BYHOUR/BYMINUTE/BYSECOND, a DTSTART in
    December means 29 million candidates compared before the first one is yielded."""
    meter = _recurrence.SeriesMeter(max_candidates=1000)
    rule = _recurrence._metered(rrulestr(EVERY_VALUE, dtstart=dt.datetime(2030, 12, 1, tzinfo=dt.UTC)), meter)
    with pytest.raises(_recurrence.ExpansionStoppedError):
        next(iter(rule))
    assert meter.candidates == 1001


def test_a_rare_but_real_rule_is_found_within_the_bound():
    """29 February on a Monday: once in 28 years or so, found without reaching the work bound."""
    rule = rrulestr("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO", dtstart=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    meter = _recurrence.SeriesMeter()
    assert next(iter(_recurrence._metered(rule, meter))) == dt.datetime(2044, 2, 29, tzinfo=dt.UTC)
    assert meter.search < _recurrence.MAX_SEARCH_PER_SERIES


def test_occurrences_are_capped_per_file(monkeypatch):
    monkeypatch.setattr(_recurrence, "MAX_OCCURRENCES_PER_FILE", 500)
    many = [series(f"tour-{n}", stamp(SOON), "FREQ=HOURLY") for n in range(300)]
    adapter, events, rejected = parse(calendar(*many, GOOD))
    assert rejected == []
    assert len(events) == 500 + 1  # past the bound, the single event is still read
    assert adapter.notes == [_recurrence.FILE_OCCURRENCES.format(count=500)]
    assert adapter.listing_truncated  # so a sync does not take what was not expanded as withdrawn


def test_three_hundred_minutely_series_are_refused_one_by_one_cheaply():
    many = [series(f"m-{n}", stamp(LAST_YEAR), "FREQ=MINUTELY") for n in range(300)]
    adapter, events, rejected = parse(calendar(*many, GOOD))
    assert [event.external_id for event in events] == ["good@example.org"]
    assert len(rejected) == 300
    assert adapter.notes == []


def test_search_work_is_capped_per_file(monkeypatch):
    monkeypatch.setattr(_recurrence, "MAX_SEARCH_PER_FILE", 3000)
    never = [series(f"never-{n}", stamp(LAST_YEAR), "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30") for n in range(10)]
    adapter, events, rejected = parse(calendar(*never, GOOD))
    # Two series reach their own bound (1,200 months each); the third reaches the file's; the rest wait.
    assert [record.external_id for record in rejected] == ["never-0", "never-1"]
    (note,) = adapter.notes
    assert note.startswith("Recurrence expansion stopped after")
    assert "good@example.org" in [event.external_id for event in events]
    assert adapter.listing_truncated


def test_the_time_budget_ends_expansion_with_a_note_and_single_events_are_still_read(settings):
    settings.RECURRENCE_BUDGET_SECONDS = -1  # already spent: deterministic, no clock race
    weekly = series("weekly", stamp(SOON), "FREQ=WEEKLY")
    adapter, events, rejected = parse(calendar(weekly, GOOD))
    assert rejected == []
    assert [event.external_id for event in events] == ["good@example.org"]
    assert adapter.notes == [_recurrence.FILE_TIME.format(seconds=-1)]
    assert adapter.listing_truncated


def test_a_series_with_count_from_long_ago_is_moved_forward_exactly():
    """A COUNT rule without BYxxx parts moves by k periods and COUNT - k: the same occurrences as stepping."""
    start = dt.datetime(1990, 1, 1, 18, tzinfo=dt.UTC)
    total = (NOW - start).days + 20  # ends about 20 days from now
    _, events, rejected = parse(calendar(series("daily", "19900101T180000Z", f"FREQ=DAILY;COUNT={total}")))
    assert rejected == []
    expected = [start + dt.timedelta(days=n) for n in range(total)]
    assert [event.start for event in events] == [moment for moment in expected if moment > WINDOW.start]
    _, ended, _ = parse(calendar(series("over", "19900101T180000Z", "FREQ=HOURLY;COUNT=1000")))
    assert ended == []


def test_monthly_and_yearly_series_from_long_ago_keep_their_occurrences():
    for rule in ("FREQ=MONTHLY;BYDAY=1MO", "FREQ=MONTHLY;INTERVAL=5", "FREQ=YEARLY;BYMONTH=3,9;BYDAY=-1FR"):
        moved = [event.start for event in parse(calendar(series("old", "19000115T190000Z", rule)))[1]]
        reference = rrulestr(rule, dtstart=dt.datetime(1900, 1, 15, 19, tzinfo=dt.UTC))
        expected = reference.between(WINDOW.start, WINDOW.end, inc=True)
        assert moved == expected, rule
        assert moved


@pytest.mark.django_db
def test_the_recurrence_horizon_bounds_expansion(tmp_path: Path, settings):
    """source_read expands over yesterday..RECURRENCE_HORIZON_DAYS: a weekly series yields that many weeks."""
    from sources.services import source_read
    from tests.factories import SourceFactory

    settings.SOURCE_FILE_ROOTS = [tmp_path]
    path = tmp_path / "weekly.ics"
    path.write_bytes(calendar(series("weekly", stamp(NOW.date()), "FREQ=WEEKLY")))
    source = SourceFactory(slug="weekly", kind="calendar", adapter="ics", config={"path": str(path)})
    for days, weeks in ((30, 5), (120, 18)):
        settings.RECURRENCE_HORIZON_DAYS = days
        records = source_read(source=source).records
        starts = sorted(record.start for record in records)
        horizon = dt.datetime.now(dt.UTC) + dt.timedelta(days=days)
        assert all(start < horizon for start in starts)
        assert len(starts) == weeks  # today's occurrence counts: the window starts yesterday
        assert starts[-1] > horizon - dt.timedelta(days=7)


def test_only_time_spent_expanding_counts_against_the_budget():
    """Parsing a large feed and building its records is not recurrence work: the clock runs only inside expansion."""
    now = [0.0]
    budget = _recurrence.FileBudget(seconds=10, clock=lambda: now[0])
    for start, end in ((100.0, 106.0), (500.0, 503.0)):  # 9 s of expansion, hundreds of seconds apart
        now[0] = start
        budget.resume()
        now[0] = end
        budget.check_clock()
        budget.pause()
    assert budget.spent == 9.0
    now[0] = 900.0
    budget.resume()
    now[0] = 901.5
    with pytest.raises(_recurrence.ExpansionStoppedError) as stopped:
        budget.check_clock()
    assert stopped.value.whole_file


def test_a_series_without_a_uid_keeps_one_id_and_its_rule_across_its_occurrences():
    uidless = f"SUMMARY:Weekday standup\r\nDTSTART:{stamp(SOON, 9)}\r\nRRULE:FREQ=DAILY;COUNT=3"

    _, first, _ = parse(calendar(uidless))
    _, again, _ = parse(calendar(uidless))

    assert len(first) == 3
    assert {event.rrule for event in first} == {"FREQ=DAILY;COUNT=3"}
    series_ids = {event.external_id.rsplit("@", 1)[0] for event in first}
    assert len(series_ids) == 1
    assert series_ids.pop().startswith("nouid-")
    assert [event.external_id for event in first] == [event.external_id for event in again]
    assert len({event.external_id for event in first}) == 3
