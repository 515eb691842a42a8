"""The days and hours a hand-kept record writes as text, written as the values the JSON reading maps (issue #13,
feeds batch 78): hyphenated named-month days (``_json_month_name_days``: "01-Sept-2022"), a numeric run of days in
the date field (``_json_day_runs``: "1/18-1/19/20"), a clock range in the time field (``_json_clock_spans``:
"7:30-9:00pm"). Run by ``_json_pattern_rules`` on every object before a JSON or XML document is inferred, with what
the whole document says of them (``_json_written_hints``, read-through 59). Pure.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_clock_spans import clock_span
from sources.adapters._json_day_runs import day_run
from sources.adapters._json_month_name_days import month_name_days
from sources.adapters._json_written_hints import NO_HINTS, WrittenHints


def written_spans(node: Mapping[Any, Any], hints: WrittenHints = NO_HINTS) -> dict[Any, Any] | None:
    """The object with its written days and hours rewritten (see the modules above), or None when nothing is.
    ``hints``: what the whole document says of its days' order and its clocks (``_json_written_hints``)."""
    out: Mapping[Any, Any] = node
    out = month_name_days(out) or out
    out = day_run(out, hints.day_first) or out
    out = clock_span(out, clock_24=hints.clock_24, meridiem=hints.meridiem) or out
    return dict(out) if out is not node else None
