"""Regex audit: every compiled module-level pattern of the app packages, timed on hostile text.

    python bench/regex_audit.py [--size 20000] [--slow-ms 50] [--all] [--package events.pipeline ...]

Imports every module under events/, sources/, moderation/, realtime/ and digests/ (migrations aside) and
collects each module-level `re.Pattern`, also inside tuples, lists, sets, dicts and frozen dataclass-like
containers (two levels deep). Each pattern is scanned with `finditer` (every match, as `sub`, `split` and
`findall` do; a failing `search` is the first step of it) over hostile strings:

* runs of one character: spaces, line breaks, tabs, no-break spaces, each ASCII punctuation mark and a few
  typographic ones (dashes, bullets, guillemets);
* alternations: space and punctuation (" -", "- "), word and separator ("a ", "ab-", "Word, ");
* long words and numbers ("aaaa…", "1111…", "12 12 12…");
* near-miss repeats of the pattern's own literals: each literal run found in the pattern, repeated bare, with
  a space, and cut short by its last character (so the pattern keeps almost matching);
* a lead, then a long run: a number, a word, a date, a time or one of the pattern's literals followed by 20k
  spaces, line breaks, dashes, dots, commas or exclamation marks ("1" + spaces + "x" is where a `\d+\s*\W*$`
  backtracks).

Every shape is screened at 500 characters (a cubic pattern would take minutes on 2,000); the pattern's three
slowest shapes are timed again at 1,000, 2,000 and 4,000 while that stays cheap, their growth exponent
estimated from the last doubling, and the worst of them is timed at `--size` (20,000) unless the estimate
says that would take over a minute (then the estimate is printed, marked `~`). Python's `re` cannot be interrupted, so
the estimate guards the run. Timings are wall-clock on a shared machine: read orders of magnitude, not digits.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import math
import os
import pkgutil
import re
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("events", "sources", "moderation", "realtime", "digests")
SCREEN = 500  # a cubic pattern takes minutes on 2,000 spaces: every shape starts short
MEASURABLE_S = 0.001  # growth is read from scans at least this long (shorter ones are mostly noise)
SLOW_ESTIMATE_S = 0.005  # below this estimate at full size, the full-size scan is not run (it would be fast)
MAX_RUN_S = 60.0
PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" + "–—•·»«›‹…"
WHITESPACE = (" ", "\n", "\t", "\xa0", "\r\n")
GENERIC = (
    "a",
    "1",
    "12 ",
    "a ",
    "ab ",
    "Word ",
    "Word, ",
    "ab-",
    "a.",
    "1:",
    "1.",
    "1-",
    "x y",
    "A",
    "é",
)
LEADS = ("1", "12", "a", "Dec 12", "12:00", "Word")  # then a long run: "1" + 20k spaces + "x"
LEAD_FILLERS = (" ", "\n", "-", ".", ",", "!")


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()


# --- collecting -------------------------------------------------------------------------------------------
def module_names(packages: Iterable[str]) -> Iterator[str]:
    for package in packages:
        root = importlib.import_module(package)
        yield package
        for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}."):
            if ".migrations" in info.name or ".tests" in info.name:
                continue
            yield info.name


def contained(value: object, depth: int = 2) -> Iterator[tuple[str, re.Pattern]]:
    """(suffix, pattern) for a pattern or the patterns inside a container, `depth` levels down."""
    if isinstance(value, re.Pattern):
        yield "", value
        return
    if depth == 0:
        return
    if isinstance(value, dict):
        items: Iterable[tuple[object, object]] = value.items()
    elif isinstance(value, (tuple, list)):
        items = enumerate(value)
    elif isinstance(value, (set, frozenset)):
        items = ((index, item) for index, item in enumerate(sorted(value, key=repr)))
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        items = ((field.name, getattr(value, field.name)) for field in dataclasses.fields(value))
    else:
        return
    for key, item in items:
        for suffix, pattern in contained(item, depth - 1):
            yield f"[{key!r}]{suffix}", pattern


def defined_here(module: object, name: str) -> bool:
    """True when the module's own source assigns `name` (the pattern's home, not a module importing it)."""
    try:
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
    except OSError:
        return False
    return re.search(rf"^{re.escape(name)}\s*(?::[^=\n]*)?=", source, re.MULTILINE) is not None


def collect(packages: Iterable[str]) -> tuple[dict[int, tuple[str, re.Pattern]], list[str]]:
    found: dict[int, tuple[str, re.Pattern]] = {}
    home: set[int] = set()
    failed = []
    for name in module_names(packages):
        try:
            module = importlib.import_module(name)
        except Exception as error:  # noqa: BLE001 - an import that needs a service or an optional package
            failed.append(f"{name}: {type(error).__name__}: {error}")
            continue
        for attribute, value in list(vars(module).items()):
            if attribute.startswith("__"):
                continue
            for suffix, pattern in contained(value):
                key = id(pattern)
                label = f"{name}.{attribute}{suffix}"
                if key not in found or (key not in home and defined_here(module, attribute)):
                    found[key] = (label, pattern)
                    if defined_here(module, attribute):
                        home.add(key)
    return found, failed


# --- hostile strings ----------------------------------------------------------------------------------------
def children(argument: object) -> Iterator[object]:
    """The parsed subpatterns inside an opcode's argument (groups, repeats, branches, lookarounds)."""
    from re import _parser as parser  # type: ignore[attr-defined]

    if isinstance(argument, parser.SubPattern):
        yield argument
    elif isinstance(argument, (list, tuple)):
        for item in argument:
            yield from children(item)


def literals(pattern: re.Pattern) -> list[str]:
    """The literal runs the pattern spells (parsed, so escapes and classes are read, not guessed)."""
    from re import _parser as parser  # type: ignore[attr-defined]

    runs: list[str] = []

    def walk(items: Iterable[tuple[object, object]]) -> None:
        current: list[str] = []
        for op, argument in [*items, (None, None)]:
            if op is parser.LITERAL:
                current.append(chr(argument))  # type: ignore[arg-type]
                continue
            if current:
                runs.append("".join(current))
                current = []
            if op is parser.IN:
                runs.extend(chr(value) for kind, value in argument if kind is parser.LITERAL)  # type: ignore[union-attr]
            else:
                for child in children(argument):
                    walk(child)  # type: ignore[arg-type]

    try:
        walk(parser.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError, ValueError):
        return []
    unique = sorted({run for run in runs if run.strip() or run == " "}, key=lambda run: (-len(run), run))
    return unique[:12]


def fillers(pattern: re.Pattern) -> list[tuple[str, str, str]]:
    """(label, lead, unit): the lead once, then the unit repeated to the wanted size."""
    units: list[tuple[str, str]] = [(f"run {unit!r}", unit) for unit in WHITESPACE]
    units += [(f"run {mark!r}", mark) for mark in PUNCTUATION]
    units += [(f"alternate {' ' + mark!r}", " " + mark) for mark in PUNCTUATION]
    units += [(f"alternate {mark + ' '!r}", mark + " ") for mark in "-|:/,.@>()"]
    units += [(f"word {unit!r}", unit) for unit in GENERIC]
    for literal in literals(pattern):
        units.append((f"literal {literal!r}", literal))
        units.append((f"literal {literal + ' '!r}", literal + " "))
        units.append((f"literal {' ' + literal!r}", " " + literal))
        if len(literal) > 1:
            units.append((f"near-miss {literal[:-1]!r}", literal[:-1] + " "))
            units.append((f"near-miss {literal[:-1] + 'x'!r}", literal[:-1] + "x"))
    shapes = [(label, "", unit) for label, unit in units]
    for lead in (*LEADS, *literals(pattern)):
        shapes += [(f"{lead!r} then run {unit!r}", lead, unit) for unit in LEAD_FILLERS]
    return shapes


def hostile(lead: str, unit: str, size: int, binary: bool) -> str | bytes:
    text = lead + (unit * (size // len(unit) + 1))[:size] + "x"
    return text.encode("utf-8", "replace") if binary else text


def scan_seconds(pattern: re.Pattern, text: str | bytes) -> float:
    """The fastest of three scans when one is quick (less noise), else the one."""
    best = math.inf
    for _ in range(3):
        started = time.perf_counter()
        for _ in pattern.finditer(text):  # type: ignore[arg-type]
            pass
        best = min(best, time.perf_counter() - started)
        if best > 0.005:
            break
    return best


@dataclasses.dataclass
class Result:
    name: str
    pattern: re.Pattern
    shape: str
    seconds: float
    estimated: bool
    exponent: float | None


def audit(name: str, pattern: re.Pattern, size: int) -> Result:
    """The worst shape's time at `size`: screened at 500 characters, grown to 1k, 2k (and 4k when cheap), timed
    at full size when the growth says it takes under MAX_RUN_S, else estimated from it."""
    binary = isinstance(pattern.pattern, bytes)
    screened = sorted(
        (
            (scan_seconds(pattern, hostile(lead, unit, SCREEN, binary)), label, lead, unit)
            for label, lead, unit in fillers(pattern)
        ),
        reverse=True,
    )
    estimates = []
    for at_screen, label, lead, unit in screened[:3]:
        length, seconds, exponent = SCREEN, at_screen, None
        # Doubling to 4k characters, and on while a scan is too quick to time well (under a millisecond).
        while length < size and (length < 8 * SCREEN or seconds < MEASURABLE_S):
            longer = min(2 * length, size)
            if seconds * (longer / length) ** max(exponent or 2.0, 2.0) > MAX_RUN_S / 10:
                break
            at_longer = scan_seconds(pattern, hostile(lead, unit, longer, binary))
            if seconds >= MEASURABLE_S:
                exponent = math.log(max(at_longer, 1e-7) / seconds, longer / length)
            length, seconds = longer, at_longer
        if exponent is None:  # slow at 500 characters already (at least cubic), or quick at every length
            exponent = 3.0 if length < 2 * SCREEN else 1.0
        cubic = seconds * (size / length) ** 3  # what the full-size scan costs at worst, short of exponential
        estimates.append((seconds * (size / length) ** max(exponent, 1.0), exponent, cubic, label, lead, unit))
    estimate, exponent, cubic, label, lead, unit = max(estimates)
    if estimate < SLOW_ESTIMATE_S:
        return Result(name, pattern, label, estimate, True, None)
    if estimate > MAX_RUN_S and cubic > MAX_RUN_S:  # a noisy growth on quick scans is timed, not guessed
        return Result(name, pattern, label, estimate, True, exponent)
    return Result(name, pattern, label, scan_seconds(pattern, hostile(lead, unit, size, binary)), False, exponent)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=20_000, help="length of the hostile strings (default 20000)")
    parser.add_argument("--slow-ms", type=float, default=50.0, help="report threshold in ms (default 50)")
    parser.add_argument("--all", action="store_true", help="print every pattern, not only the slow ones")
    parser.add_argument("--verbose", "-v", action="store_true", help="name each pattern before timing it")
    parser.add_argument("--package", action="append", help="audit these packages only (default: all five)")
    arguments = parser.parse_args(argv)
    setup_django()
    found, failed = collect(arguments.package or PACKAGES)
    print(f"{len(found)} module-level patterns in {', '.join(arguments.package or PACKAGES)}")
    for line in failed:
        print(f"  not imported: {line}")
    results = []
    started = time.perf_counter()
    for name, pattern in sorted(found.values(), key=lambda item: item[0]):
        if arguments.verbose:
            print(f"  {name}", file=sys.stderr, flush=True)
        result = audit(name, pattern, arguments.size)
        results.append(result)
        if result.seconds * 1000 >= arguments.slow_ms:
            print(f"  ... {name}: {result.seconds:.2f} s", file=sys.stderr, flush=True)
    slow = [result for result in results if result.seconds * 1000 >= arguments.slow_ms]
    shown = results if arguments.all else slow
    print(f"{len(slow)} take {arguments.slow_ms:g} ms or more on a {arguments.size:,}-character hostile string")
    print(f"{'ms':>10}  {'growth':>6}  pattern  (worst shape)")
    for result in sorted(shown, key=lambda result: -result.seconds):
        mark = "~" if result.estimated else " "
        growth = f"n^{result.exponent:.1f}" if result.exponent is not None else "linear"
        print(f"{mark}{result.seconds * 1000:>9.1f}  {growth:>6}  {result.name}  ({result.shape})")
    print(f"audit took {time.perf_counter() - started:.0f} s")
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
