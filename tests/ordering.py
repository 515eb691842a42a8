"""The order the tests start in under pytest-xdist, so that the longest do not start last.

`make test` runs with ``--dist worksteal``: the collection is cut into one contiguous part per worker, each worker
runs its part in order, and a worker that runs out takes the back half of another's queue. In collection order the
dearest tests sit in one or two parts, several of them near the end (tests/test_*.py), so that a worker could start
one of a minute or more when the others were done, and the run waited for it. Here the known long tests are dealt
out over the parts, longest first, each to the part with the least of them so far (its group whole: a file whose
tests share a module fixture stays in one part), and each part starts with its share of them; the other tests keep
their order. Only the order changes: every test still runs.
"""

from __future__ import annotations

import pytest

# Node id prefixes of the tests that take tens of seconds on the CI machine (`make test` lists the slowest), with
# about that many seconds. A whole file is one group (its tests share module fixtures); a test's prefix makes each of
# its parameters a group of its own.
LONG: dict[str, float] = {
    "tests/test_faults.py": 150,
    "tests/events/pipeline/test_categorize_listings.py::test_real_listings_without_a_description_are_not_read_as_gigs": 86,
    "tests/test_settings_and_health.py": 80,
    "tests/sources/test_webpages.py::test_extract_command_line_with_url": 60,
    "tests/api/test_schema.py::test_fuzzing_the_schema_finds_no_server_error": 54,
    "tests/test_ws_server_limits.py": 50,
    "tests/sources/test_extract_never_crash.py::test_every_tracked_file_with_kind_auto": 45,
    "tests/sources/test_extract_never_crash.py::test_truncated_copies_of_the_demo_calendars_and_the_corpus": 45,
    "tests/sources/test_extract.py::test_extract_runs_as_a_process_and_touches_no_database": 45,
    "tests/test_corpus.py::test_the_extractor_keeps_its_figures_on_real_files": 40,
    "tests/events/pipeline/test_categorize_training.py::test_categorize_runs_as_a_process": 30,
    "tests/events/pipeline/test_categorize_training.py::test_training_is_deterministic_with_a_seed": 28,
    "tests/sources/test_extract_hostile.py::test_the_process_exits_2_with_one_line_and_no_traceback": 28,
    "tests/events/pipeline/test_dedup_command.py::test_command_runs_as_a_process_and_touches_no_database": 20,
    "tests/test_ws_server_backpressure.py": 15,
}


def part_sizes(count: int, workers: int) -> list[int]:
    """How pytest-xdist's worksteal scheduler cuts ``count`` tests among ``workers`` idle workers at the start."""
    sizes = []
    for index in range(workers):
        size = count // (workers - index)
        sizes.append(size)
        count -= size
    return sizes


def transactional(item: pytest.Item) -> bool:
    """A test that empties the database at its end: pytest-django puts these after the others, and so do we."""
    marker = item.get_closest_marker("django_db")
    if marker is not None and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")):
        return True
    return bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


def long_group(item: pytest.Item) -> tuple[str, float] | None:
    """(group, seconds) of a known long test that may start first, or None."""
    if transactional(item):
        return None
    for prefix, seconds in LONG.items():
        if item.nodeid.startswith(prefix):
            return (prefix if prefix.endswith(".py") else item.nodeid), seconds
    return None


def deal(items: list[pytest.Item], workers: int) -> list[pytest.Item]:
    """``items`` reordered so that each worker's first part starts with its share of the long tests."""
    groups: dict[str, list[pytest.Item]] = {}
    weights: dict[str, float] = {}
    rest = []
    for item in items:
        found = long_group(item)
        if found is None:
            rest.append(item)
            continue
        groups.setdefault(found[0], []).append(item)
        weights[found[0]] = found[1]
    sizes = part_sizes(len(items), workers)
    dealt: list[list[pytest.Item]] = [[] for _ in range(workers)]
    load = [0.0] * workers
    for name in sorted(groups, key=lambda group: (-weights[group], group)):
        part = min(
            (index for index in range(workers) if len(dealt[index]) + len(groups[name]) <= sizes[index]),
            key=lambda index: (load[index], index),
            default=None,
        )
        if part is None:  # too few tests for the parts: leave the order alone
            return items
        dealt[part].extend(groups[name])
        load[part] += weights[name]
    ordered: list[pytest.Item] = []
    for index in range(workers):
        ordered.extend(dealt[index])
        take = sizes[index] - len(dealt[index])
        ordered.extend(rest[:take])
        del rest[:take]
    return ordered
