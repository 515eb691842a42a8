"""A third home for the patterns tests/sources/hostile_patterns.py registers (merged into its PATTERNS through
hostile_patterns_more.py, which neared 600 lines). A new pattern is registered here, with a comment saying which batch
or review brought it; the hostile-text test times each on adversarial input."""

from __future__ import annotations

from sources.adapters import _json_dated_offers, _json_weekday_runs
from tests.hostile import module_patterns

# Register as the other modules do: **module_patterns(module, "module.") (tests.hostile.module_patterns) or
# "module.NAME": module.NAME for one pattern.
MORE2_PATTERNS: dict = {
    # feeds75 (held-out batch 75): a run on listed weekdays as its rule, a dated offer's name
    **module_patterns(_json_weekday_runs, "_json_weekday_runs."),
    **module_patterns(_json_dated_offers, "_json_dated_offers."),
}
