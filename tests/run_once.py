"""Dear results computed once per test run and shared by its pytest-xdist workers.

The first process that asks computes the value and leaves a pickle in the run's base temporary directory
(tests/conftest.py tells each worker where); an ``fcntl`` lock makes a worker that asks meanwhile wait for it rather
than compute it again. Outside xdist each process computes each value once.
"""

from __future__ import annotations

import fcntl
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

# The folder the test processes of one pytest-xdist run share: the run's own base temporary directory, which
# pytest removes with old runs' (it keeps the last three).
SHARED_TMP = "WHATSON_TEST_RUN_TMP"

T = TypeVar("T")
_computed: dict[str, Any] = {}


def once_per_run(name: str, compute: Callable[[], T], keep: Callable[[T], bool] = lambda _value: True) -> T:
    """``compute()``, once per run for each ``name`` (a file name's stem). A value that ``keep`` refuses is not
    kept: the next process (or call) that asks computes it afresh."""
    if name in _computed:
        return _computed[name]  # type: ignore[no-any-return]
    shared = os.environ.get(SHARED_TMP)  # set by tests/conftest.py in each xdist worker
    if not shared:
        value = compute()
    else:
        value = _shared(Path(shared) / "once-per-run", name, compute, keep)
    if keep(value):
        _computed[name] = value
    return value


def _shared(folder: Path, name: str, compute: Callable[[], T], keep: Callable[[T], bool]) -> T:
    folder.mkdir(exist_ok=True)
    with open(folder / f"{name}.lock", "wb") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, also if this process dies
        copy = folder / f"{name}.pickle"
        if copy.exists():
            with open(copy, "rb") as stored:
                kept: T = pickle.load(stored)  # noqa: S301
            return kept
        value = compute()
        if keep(value):
            partial = copy.with_suffix(".partial")
            with open(partial, "wb") as written:
                pickle.dump(value, written, protocol=pickle.HIGHEST_PROTOCOL)
            partial.replace(copy)  # a reader never sees half a file
        return value
