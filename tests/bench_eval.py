"""bench/eval.py (the `make eval` scorer), loaded once for the tests that check the corpus and its figures."""

from __future__ import annotations

import fcntl
import functools
import importlib.util
import os
import pickle
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

EVAL = Path(__file__).resolve().parent.parent / "bench" / "eval.py"
# The folder the test processes of one pytest-xdist run share: the run's own base temporary directory, which
# pytest removes with old runs' (it keeps the last three).
SHARED_TMP = "WHATSON_TEST_RUN_TMP"


@functools.cache
def load_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("whatson_bench_eval", EVAL)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


@functools.cache
def corpus_reads(kind: str) -> dict[str, tuple[list[dict[str, Any]], str | None]]:
    """Every case of ``kind`` in bench/corpus read as bench/eval.py reads it: case id -> (events, error).

    Reading the corpus is the dearest thing the suite does (a minute of CPU for pages and APIs on a slow
    machine), and several tests need it: the floors in test_corpus.py, the categorizer's check on real
    listings. Each test process reads it once; under pytest-xdist the first worker to ask reads it and
    leaves a copy for the others of the same run, which wait for it rather than read it again."""
    evaluation = load_eval()
    shared = os.environ.get(SHARED_TMP)  # set by tests/conftest.py in each xdist worker
    if not shared:
        return _read_all(evaluation, kind)
    folder = Path(shared) / "corpus-reads"
    folder.mkdir(exist_ok=True)
    with open(folder / f"{kind}.lock", "wb") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, also if this process dies
        copy = folder / f"{kind}.pickle"
        if copy.exists():
            with open(copy, "rb") as stored:
                reads: dict[str, tuple[list[dict[str, Any]], str | None]] = pickle.load(stored)  # noqa: S301
            return reads
        reads = _read_all(evaluation, kind)
        partial = copy.with_suffix(".partial")
        with open(partial, "wb") as written:
            pickle.dump(reads, written, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(copy)  # a reader never sees half a file
        return reads


def _read_all(evaluation: ModuleType, kind: str) -> dict[str, tuple[list[dict[str, Any]], str | None]]:
    return {case["id"]: evaluation.read_case(kind, case) for case in evaluation.load_manifest(kind)}
