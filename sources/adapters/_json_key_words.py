"""The words of a JSON key, as every reader of keys splits them. Pure; imports nothing of ours.

camelCase, snake_case, kebab-case and digits split: "startTimeUtc" -> start, time, utc; "date_gmt" -> date, gmt;
"HTMLTitle" -> html, title; "slot2" -> slot, 2. One pattern for the readers that name fields by their keys
(``_json_shapes.words`` folds accents first), so a key reads the same everywhere.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

KEY_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def key_words(key: str) -> list[str]:
    """The key's words, lower-cased, in order."""
    return [word.lower() for word in KEY_WORD.findall(key)]
