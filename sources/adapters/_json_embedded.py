"""A JSON document written as a string inside another, read as the document it is (``json_api``).

A recorded HTTP exchange keeps the answer it recorded as text: a PSR-7 response dumped by a PHP client's tests
(``{"status": 200, "headers": {...}, "body": "{\\"matches\\": [...]}"}``), a VCR cassette's ``"body": {"string":
"..."}``, a HAR entry's ``"content": {"text": "..."}``, a queue message's ``"payload"``. The events are in that
string, which no path can reach. Each string value that is a JSON object or array (it starts with "{" or "[", ends
with "}" or "]", and parses) is replaced by what it holds, so the document reads as if the answer had been written
in place; the strings inside those are looked at once more (a message wrapping a recorded answer), no deeper.

A string that is not such a document ("[Live] Jazz", "{name} presents") stays as it is, and so does one that parses
to a number, a string or an empty object or list. The walk is bounded (nodes, depth, characters parsed): a
hostile document costs no more than reading it.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

MAX_NODES = 50_000  # values looked at, in all
MAX_DEPTH = 40  # objects and lists within each other
MAX_LEVELS = 2  # documents within strings within documents
MAX_CHARACTERS = 20_000_000  # characters parsed out of strings, in all


class _Budget:
    def __init__(self) -> None:
        self.nodes = MAX_NODES
        self.characters = MAX_CHARACTERS


def with_embedded_json(data: Any) -> Any:
    """The document with each string that holds a JSON object or array replaced by it (a copy where anything
    changed; the document itself when nothing did)."""
    return _walk(data, 0, MAX_LEVELS, _Budget())


def _walk(node: Any, depth: int, levels: int, budget: _Budget) -> Any:
    budget.nodes -= 1
    if budget.nodes < 0 or depth > MAX_DEPTH:
        return node
    if isinstance(node, str):
        return _document(node, depth, levels, budget)
    if isinstance(node, list):
        changed = [_walk(element, depth + 1, levels, budget) for element in node]
        return changed if any(new is not old for new, old in zip(changed, node, strict=True)) else node
    if isinstance(node, Mapping):
        out = {key: _walk(value, depth + 1, levels, budget) for key, value in node.items()}
        return out if any(out[key] is not value for key, value in node.items()) else node
    return node


def _document(text: str, depth: int, levels: int, budget: _Budget) -> Any:
    if levels <= 0:
        return text
    stripped = text.strip()
    if len(stripped) < 2 or (stripped[0], stripped[-1]) not in (("{", "}"), ("[", "]")):
        return text
    if len(stripped) > budget.characters:
        return text
    budget.characters -= len(stripped)
    try:
        found = json.loads(stripped)
    except (ValueError, RecursionError):
        return text
    if not isinstance(found, Mapping | list) or not found:
        return text
    return _walk(found, depth + 1, levels - 1, budget)
