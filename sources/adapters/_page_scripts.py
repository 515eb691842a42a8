"""Event data a page keeps in a script rather than in its markup: a JavaScript assignment of a JSON value
("var Events = {"Events": [...]};", "window.__DATA__ = [...]") that the page's own code renders. Pure and bounded:
each script's assignments are decoded where they start (a JSON decoder reads one value and stops), a few per page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

# "var Events = {", "const shows = [", "window.calendarData = {": an assignment whose value starts as JSON does.
ASSIGNMENT = re.compile(r"(?:\b(?:var|let|const)\s++|\bwindow\.)[A-Za-z_$][\w$.]{0,60}\s*+=\s*+(?=[\[{])")
SCRIPT_TYPES = frozenset({"", "text/javascript", "application/javascript", "module"})
MAX_SCRIPT = 500_000  # characters of one script read
MAX_ASSIGNMENTS = 20  # assignments tried per page
_DECODER = json.JSONDecoder()


def script_values(scripts: Iterable[Any]) -> Iterator[Any]:
    """The JSON objects and arrays the page's inline ``scripts`` assign, in page order (non-empty ones only)."""
    tried = 0
    for script in scripts:
        if script.get("src") or (script.get("type") or "").strip().lower() not in SCRIPT_TYPES:
            continue
        text = script.text or ""
        if len(text) > MAX_SCRIPT:
            continue
        for match in ASSIGNMENT.finditer(text):
            tried += 1
            if tried > MAX_ASSIGNMENTS:
                return
            try:
                value, _ = _DECODER.raw_decode(text, match.end())
            except (ValueError, RecursionError):
                continue
            if isinstance(value, dict | list) and value:
                yield value
