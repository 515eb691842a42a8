"""A JSON-LD block a template wrote carelessly, mended enough to read: the slips page templates make when they
print JSON by hand. Pure and linear in the block's length; a block still unreadable after it is left broken.

* An HTML comment inside the script ("<!----><!---->  }", a framework's placeholder): dropped where it stands, not
  with the rest of its line (which may hold the closing brace).
* A comma before a closing brace or bracket ("...", }): dropped.
* A number written with a leading zero ("postalCode": 04109): a string, as the digits were meant.
* A string value holding bare double quotes, one key per line ("description": "Das Thema: "Online" ...",): the
  inner quotes escaped. Only on a line that is a single key and its string value, so a line of JSON that merely
  looks odd is left as it is.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_BLOCK = 200_000  # characters: a block longer than this is not mended
TRAILING_COMMA = re.compile(r",(?=\s*+[}\]])")
LEADING_ZERO = re.compile(r"(?<=:)(\s*+)(0\d++)(?=\s*+[,}\]\n])")
# '  "key": "' at the start of a line: a key and the opening quote of its string value.
KEY_OPENING = re.compile(r"^\s*+\"[^\"\\\n]{1,100}\"\s*+:\s*+\"")


def _without_html_comments(text: str) -> str:
    parts, position = [], 0
    while True:
        opening = text.find("<!--", position)
        if opening < 0:
            break
        closing = text.find("-->", opening + 4)
        if closing < 0:
            break
        parts.append(text[position:opening])
        position = closing + 3
    parts.append(text[position:])
    return "".join(parts)


def _escaped_line(line: str) -> str:
    """A line '"key": "value",' whose value holds bare double quotes, with them escaped."""
    opening = KEY_OPENING.match(line)
    if opening is None:
        return line
    body = line.rstrip()
    comma = body.endswith(",")
    body = body[:-1].rstrip() if comma else body
    if not body.endswith('"') or len(body) <= opening.end():
        return line
    value = body[opening.end() : -1]
    if '"' not in value.replace('\\"', ""):
        return line
    escaped = value.replace('\\"', '"').replace('"', '\\"')
    return f'{line[: opening.end()]}{escaped}"{"," if comma else ""}'


def mended(text: str) -> str:
    """The block with the slips above mended (the text unchanged when it has none of them)."""
    text = _without_html_comments(text)
    text = TRAILING_COMMA.sub("", text)
    text = LEADING_ZERO.sub(lambda match: f'{match.group(1)}"{match.group(2)}"', text)
    return "\n".join(_escaped_line(line) for line in text.split("\n"))


def mended_items(text: str) -> list[Any]:
    """The items of a block that failed to parse, read after mending it; [] when it still cannot be read."""
    if len(text) > MAX_BLOCK:
        return []
    try:
        data = json.loads(mended(text), strict=False)
    except (ValueError, RecursionError):
        return []
    if isinstance(data, list):
        return [item for item in data if item]
    return [data] if isinstance(data, dict) and data else []
