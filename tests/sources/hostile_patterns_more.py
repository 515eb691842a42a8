"""The regexes added to the extractor once tests/sources/hostile_patterns.py reached its 600 lines (review30 on):
registered here, with a comment saying which batch or review brought each; PATTERNS there holds them all, and the
hostile-text test times each on adversarial input."""

from __future__ import annotations

from sources.adapters import (
    _feed_headline_dates,
    _json_telemetry,
    _page_article_dates,
    _page_hours_sections,
    _page_other_dates,
    _page_other_day_clocks,
    _page_other_pages,
    _page_post_lines,
    _page_sky_times,
)
from tests.hostile import module_patterns

MORE_PATTERNS = {
    # review30: a vacancy's, a stay's and a parcel's labelled days; a comment thread's ids and classes; the sky's
    # times; a card's other day's clock; a law's day in force; an opening hours' heading;
    # a status log's code; a vacancy's labels; a news headline's clause before its day.
    "_page_other_dates.ERRAND_LABEL": _page_other_dates.ERRAND_LABEL,
    "_page_article_dates.IN_FORCE_BEFORE": _page_article_dates.IN_FORCE_BEFORE,
    "_page_article_dates.SHOP_BEFORE": _page_article_dates.SHOP_BEFORE,
    "_page_article_dates.RANGE_FIRST": _page_article_dates.RANGE_FIRST,
    **module_patterns(_page_hours_sections, "_page_hours_sections."),
    **module_patterns(_page_post_lines, "_page_post_lines."),
    **module_patterns(_page_sky_times, "_page_sky_times."),
    **module_patterns(_page_other_day_clocks, "_page_other_day_clocks."),
    "_json_telemetry.STATUS_CODE": _json_telemetry.STATUS_CODE,
    "_page_other_pages.VACANCY_LABEL": _page_other_pages.VACANCY_LABEL,
    **module_patterns(_feed_headline_dates, "_feed_headline_dates."),
}
