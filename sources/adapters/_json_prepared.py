"""A JSON document as the inference reads it, for the ``json_api`` adapter: its fields written once per language also
under their own names (``_json_language_twins``: "titlee"/"titlec" read as "title" too; until feeds batch 73 only
XML-shaped records were, so a JSON export of the same records was named by its page's file name), and each series
stated in words as its rule (``_json_pattern_rules``). Pure.

The leading underscore keeps this helper module out of the adapter registry.
"""

from __future__ import annotations

from typing import Any

from sources.adapters._json_language_twins import with_language_stems
from sources.adapters._json_pattern_rules import with_pattern_rules

__all__ = ["prepared"]


def prepared(data: Any) -> Any:
    """The document with language twins read under their stems and recurrence patterns as their rules."""
    return with_pattern_rules(with_language_stems(data))
