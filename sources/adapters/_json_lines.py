"""JSON Lines (NDJSON): one JSON object per line, read as the list of those objects (``json_api``).

Exports and streaming APIs write a listing as one record per line (``application/x-ndjson``, ``.jsonl``: BigQuery
and Elasticsearch exports, log-shaped event feeds). As a whole it is no JSON document (the parser stops at the
second line's "Extra data"), so nothing read it. A payload whose non-blank lines are each a JSON object, two lines
at least, is read as the list of them, as if the API had written ``[{...}, {...}]``. A payload with any other line
(a JSON document written over several lines, a line that is a list or a number, a line that does not parse) is not
JSON Lines, and is left to the ordinary JSON reading and its error.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import json
from typing import Any

MIN_LINES = 2  # one line is a JSON document already
MAX_LINES = 200_000


def json_lines(payload: bytes) -> list[dict[str, Any]] | None:
    """The objects of a JSON Lines payload, in order; None when it is not one (see the module docstring)."""
    try:
        text = payload.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if text.lstrip()[:1] != "{":
        return None
    records: list[dict[str, Any]] = []
    for number, line in enumerate(text.splitlines()):
        if number > MAX_LINES:
            return None
        stripped = line.strip()
        if not stripped:
            continue
        if stripped[0] != "{" or stripped[-1] != "}":
            return None
        try:
            record = json.loads(stripped)
        except (ValueError, RecursionError):
            return None
        if not isinstance(record, dict):
            return None
        records.append(record)
    return records if len(records) >= MIN_LINES else None
