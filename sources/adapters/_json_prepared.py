"""A JSON document as the inference reads it, for the ``json_api`` adapter: its fields written once per language also
under their own names (``_json_language_twins``: "titlee"/"titlec" read as "title" too; until feeds batch 73 only
XML-shaped records were, so a JSON export of the same records was named by its page's file name), and each series
stated in words as its rule (``_json_pattern_rules``). Pure.

The leading underscore keeps this helper module out of the adapter registry.
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._json_infer import infer
from sources.adapters._json_language_twins import with_language_stems
from sources.adapters._json_pattern_rules import with_pattern_rules

__all__ = ["prepared"]

# A title key that keeps its language's two-letter code ("NameEn", "title_en"): the reading pairs its place by it.
TWIN_CODE = re.compile(r"(?:[a-z](?:En|EN)|[_-](?:en|EN))$")


def prepared(data: Any) -> Any:
    """The document with language twins read under their stems and recurrence patterns as their rules; the twins
    only when the inference names no title among the document's own keys (review56: "NameEn" beside "NameFi" is
    read as the title, and its place in the title's language, "LocationEn", heldout52; a stem "Name" loses that)."""
    twins = with_language_stems(data)
    if twins is data:
        return with_pattern_rules(data)
    plain = with_pattern_rules(data)
    found = infer(plain)
    title = found.config["mapping"].get("title") if found is not None else None
    return plain if isinstance(title, str) and TWIN_CODE.search(title) else with_pattern_rules(twins)
