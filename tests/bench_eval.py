"""bench/eval.py (the `make eval` scorer), loaded once for the tests that check the corpus and its figures."""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.run_once import once_per_run

EVAL = Path(__file__).resolve().parent.parent / "bench" / "eval.py"


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
    leaves a copy for the others of the same run, which wait for it rather than read it again
    (tests/run_once.py)."""
    evaluation = load_eval()
    return once_per_run(f"corpus-reads-{kind}", lambda: _read_all(evaluation, kind))


def _read_all(evaluation: ModuleType, kind: str) -> dict[str, tuple[list[dict[str, Any]], str | None]]:
    return {case["id"]: evaluation.read_case(kind, case) for case in evaluation.load_manifest(kind)}
