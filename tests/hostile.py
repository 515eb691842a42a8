"""Regular expressions on hostile text, for every app's tests: growth with the text's length, never a budget.

A pattern is timed on 500 and on 4,000 characters of the same shape (a lead, then a long run of one filler,
then "x") and is clearly superlinear there when it is over 20 times slower for 8 times the text and over 2.5 ms
(a linear scan is about 8 times slower and well under a millisecond; a quadratic one about 64 times). Eight times
the text is what tells the two apart, not its length: 1,000 and 8,000 characters told nothing more and cost twice
the CPU (a linear but thorough pattern, such as the dates in twenty languages, spent seconds on its 8,000s). A cubic
one is already over 0.1 s on 500 characters, where the check stops (a shape repeated five hundred times is more
text than that: its stop grows with its length, up to a second, so a reader that is linear but thorough is not
blamed for the work of 14,000 characters). Time is this process's CPU time, not the
wall clock, so a neighbour's load that takes the core away does not count. Each size is read once to screen a
shape; a growth over half the threshold is read again, and the fastest of several runs is what is kept before a
pattern is blamed (cache misses, interrupts and, on a busy virtual machine, time stolen by the host only ever add
time; a slow first reading is confirmed twice). bench/regex_audit.py is the wider audit.
"""

from __future__ import annotations

import hashlib
import math
import re
import time
from collections.abc import Callable
from types import ModuleType

from tests.run_once import once_per_run

SMALL, LARGE = 500, 4_000
FLOOR = 0.0025  # seconds on 4,000 characters: a linear scan stays far below
SLOW, SLOW_CAP = 0.1, 1.0  # CPU seconds per 500 characters past which the small reading stops the check; its cap
FILLERS = (" ", "\n", "\xa0", "-", "!", ".", ",", "|", ":", "+", "(", "*", "/", "a ", " -", "1.")
LEADS = ("", "Word", "1", "19", "12:00", "Dec 12", "tickets", "postponed", "(cancelled", "workshop", "is", "–")


def module_patterns(module: ModuleType, prefix: str = "") -> dict[str, re.Pattern[str]]:
    """The module's compiled text patterns by name, also those in its tuples and dicts ("NAME[index]")."""
    found: dict[str, re.Pattern[str]] = {}
    for name, value in vars(module).items():
        values = value.values() if isinstance(value, dict) else value if isinstance(value, tuple) else (value,)
        for index, item in enumerate(values):
            if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                label = f"{prefix}{name}" if not isinstance(value, (tuple, dict)) else f"{prefix}{name}[{index}]"
                found.setdefault(label, item)
    return found


def best_seconds(scan: Callable[[], object], runs: int = 3) -> float:
    """The fastest of a few runs, in CPU seconds of this process: load elsewhere only ever adds time."""
    best = math.inf
    for _ in range(runs):
        started = time.process_time()
        scan()
        best = min(best, time.process_time() - started)
        if best > 0.1:  # clearly slow: no need to confirm
            break
    return best


def superlinear(scan: Callable[[str], object], shape: Callable[[int], str]) -> str | None:
    """What was seen when ``scan`` is clearly superlinear on ``shape(SMALL)`` against ``shape(LARGE)``, or None.

    One reading of each size screens the shape (noise only ever adds time); a growth over half the threshold is
    read again on more runs before it is blamed or cleared, so a small reading slowed by chance hides nothing.
    """
    small_text, large_text = shape(SMALL), shape(LARGE)
    stop = min(SLOW_CAP, SLOW * max(1.0, len(small_text) / SMALL))
    small = best_seconds(lambda: scan(small_text), runs=1)
    for _ in range(2):  # confirm a slow first reading: a busy virtual machine's stolen time can land on this process
        if small <= stop:
            break
        time.sleep(0.05)
        small = min(small, best_seconds(lambda: scan(small_text)))
    if small > stop:  # a linear scan of 500 characters takes microseconds; do not wait for 4,000
        return f"{small:.2f} s on {len(small_text):,} characters"
    if small < FLOOR / 64:  # even a quadratic growth would stay under the floor: nothing to tell
        return None
    large = best_seconds(lambda: scan(large_text), runs=1)
    if large > max(FLOOR, 10 * small):  # suspicious: read both again, then confirm on more runs before blaming
        small = min(small, best_seconds(lambda: scan(small_text)))
        large = min(large, best_seconds(lambda: scan(large_text)))
    if large > max(FLOOR, 20 * small):
        small = min(small, best_seconds(lambda: scan(small_text), runs=20))
        large = min(large, best_seconds(lambda: scan(large_text), runs=10))
    if large > max(FLOOR, 20 * small):
        return f"{small * 1000:.2f} ms -> {large * 1000:.1f} ms"
    return None


def scan_all(pattern: re.Pattern[str]) -> Callable[[str], object]:
    return lambda text: sum(1 for _ in pattern.finditer(text))  # every match: what sub, split and findall do


def shaped(lead: str, filler: str) -> Callable[[int], str]:
    return lambda size: lead + filler * (size // len(filler)) + "x"


def superlinear_shape(pattern: re.Pattern[str], leads: tuple[str, ...] = LEADS) -> str | None:
    """The first shape (a lead, then a run of a filler) the pattern reads in clearly superlinear time, or None.

    A pattern is one source and its flags, whichever module compiled it or re-exports it: several test files check
    the same one (a reader's patterns that another reader reuses), and a run checks each once (tests/run_once.py);
    a pattern found linear is not read again in that run, one found superlinear is (each test that asks fails)."""
    key = repr((pattern.pattern, pattern.flags, leads, SMALL, LARGE, FILLERS))
    name = "linear-" + hashlib.sha256(key.encode()).hexdigest()[:32]
    return once_per_run(name, lambda: _superlinear_shape(pattern, leads), keep=lambda seen: seen is None)


def _superlinear_shape(pattern: re.Pattern[str], leads: tuple[str, ...]) -> str | None:
    for lead in leads:
        for filler in FILLERS:
            seen = superlinear(scan_all(pattern), shaped(lead, filler))
            if seen is not None:
                return f"{lead!r}+{filler!r}: {seen}"
    return None
