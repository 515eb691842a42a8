"""bench/eval.py (the `make eval` scorer), loaded once for the tests that check the corpus and its figures."""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

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
