"""tests/ordering.py: the long tests are dealt out over the workers' first parts, and no test is lost or doubled."""

from __future__ import annotations

import dataclasses
from typing import Any, cast

import pytest

from tests.ordering import deal, part_sizes


@dataclasses.dataclass
class Stub:
    nodeid: str
    fixturenames: tuple[str, ...] = ()

    def get_closest_marker(self, name: str) -> Any:
        return None


def stubs(*nodeids: str, fixtures: tuple[str, ...] = ()) -> list[Stub]:
    return [Stub(nodeid, fixtures) for nodeid in nodeids]


LONG_ONES = stubs(
    "tests/test_faults.py::test_a",
    "tests/test_faults.py::test_b",
    *(f"tests/sources/test_extract_never_crash.py::test_every_tracked_file_with_kind_auto[{n}]" for n in range(4)),
)


def test_the_parts_are_the_ones_worksteal_cuts() -> None:
    assert part_sizes(10, 4) == [2, 2, 3, 3]
    assert sum(part_sizes(10_831, 4)) == 10_831


def test_each_part_starts_with_its_share_of_the_long_tests_and_nothing_is_lost() -> None:
    short = stubs(*(f"tests/test_x.py::test_{n}" for n in range(40)))
    items = cast(list[pytest.Item], [*short[:20], *LONG_ONES, *short[20:]])
    ordered = deal(items, 4)
    assert sorted(item.nodeid for item in ordered) == sorted(item.nodeid for item in items)
    starts, parts = 0, []
    for size in part_sizes(len(items), 4):
        parts.append([item.nodeid for item in ordered[starts : starts + size]])
        starts += size
    firsts = [part[0] for part in parts]
    assert all("test_x" not in first for first in firsts)  # every worker starts on a long test
    faults = [index for index, part in enumerate(parts) if any("test_faults" in nodeid for nodeid in part)]
    assert len(faults) == 1  # a file's tests share its module fixtures: one worker runs them, in their order
    assert [nodeid for nodeid in parts[faults[0]] if "test_faults" in nodeid] == [
        "tests/test_faults.py::test_a",
        "tests/test_faults.py::test_b",
    ]
    assert [item.nodeid for item in ordered if "test_x" in item.nodeid] == [item.nodeid for item in short]


def test_a_test_that_empties_the_database_keeps_its_place() -> None:
    live = stubs("tests/test_faults.py::test_a", fixtures=("live_server",))
    items = cast(list[pytest.Item], [*stubs(*(f"tests/test_x.py::test_{n}" for n in range(7))), *live])
    assert deal(items, 2) == items
