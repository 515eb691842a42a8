"""A third home for the patterns tests/sources/hostile_patterns.py registers (merged into its PATTERNS through
hostile_patterns_more.py, which neared 600 lines). A new pattern is registered here, with a comment saying which batch
or review brought it; the hostile-text test times each on adversarial input."""

from __future__ import annotations

from sources.adapters import _given_names, _page_bem_cards, _page_pair_hits, _page_place_streets
from tests.hostile import module_patterns

# Register as the other modules do: **module_patterns(module, "module.") (tests.hostile.module_patterns) or
# "module.NAME": module.NAME for one pattern.
MORE2_PATTERNS: dict = {
    **module_patterns(_given_names, "_given_names."),  # left43: a person's or a group's name where a town would be
    **module_patterns(_page_pair_hits, "_page_pair_hits."),  # left43: a pair of days on a schedule line
    **module_patterns(_page_bem_cards, "_page_bem_cards."),  # left43: a BEM card's parts
    **module_patterns(_page_place_streets, "_page_place_streets."),  # left43: a venue's street after its name
}
