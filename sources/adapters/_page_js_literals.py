"""Event data a page's script keeps as a JavaScript literal rather than JSON: a calendar widget's options
("jQuery('#calendar').fullCalendar({ events: [{title: "…", start: "…", showtime: "8PM"}, …] })"), where the keys
are unquoted, strings may be single-quoted and a list may end with a comma. Pure and linear: one pass over the
literal writes it as JSON text, which the JSON decoder then reads; anything a literal of data does not hold (a
function, a variable, a comment, a template string) and the literal is left alone.

A list read so may write each item's local clock with a zero offset ("start": "2026-09-16T20:00:00+0000" beside
"showtime": "8PM" at a club in Boston): when every such time's clock, as written, is the clock its own item states
in another field, the offset is a placeholder and the time is the wall clock (``wall_clocks``).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

# "events: [{title:", "var shows = [{ name:": a property or an assignment whose value is a list of object literals
# with unquoted keys (a JSON list starts '[{"' and is read as JSON, _page_scripts).
LITERAL_LIST = re.compile(
    r"(?<![\w$.\"'])[A-Za-z_$][\w$]{0,40}\s{0,20}[:=]\s{0,20}(?=\[\s{0,20}\{\s{0,20}[A-Za-z_$][\w$]{0,40}\s{0,20}:)"
)
MAX_LITERAL = 300_000  # characters of one literal read
MAX_LITERALS = 10  # literals tried per script
KEYWORDS = {"true": "true", "false": "false", "null": "null"}
NUMBER_CHARS = frozenset("0123456789+-.eE")
SPACE = frozenset(" \t\r\n")


def literal_values(text: str) -> Iterator[list[Any]]:
    """The lists of objects ``text`` (one script) writes as JavaScript literals, each decoded (non-empty only)."""
    for count, match in enumerate(LITERAL_LIST.finditer(text)):
        if count >= MAX_LITERALS:
            return
        written = literal_json(text, match.end())
        if written is None:
            continue
        try:
            value = json.loads(written)
        except (ValueError, RecursionError):
            continue
        if isinstance(value, list) and value:
            yield wall_clocks(value)


def literal_json(text: str, at: int) -> str | None:  # noqa: C901 - one small tokenizer
    """The JavaScript literal starting at ``text[at]`` ('[' or '{') written as JSON, or None when it is no
    literal of data (or longer than MAX_LITERAL)."""
    out: list[str] = []
    depth = 0
    index = at
    end = min(len(text), at + MAX_LITERAL)
    while index < end:
        char = text[index]
        if char in SPACE:
            index += 1
        elif char in "[{":
            depth += 1
            out.append(char)
            index += 1
        elif char in "]}":
            if out and out[-1] == ",":  # a trailing comma
                out.pop()
            out.append(char)
            depth -= 1
            index += 1
            if depth == 0:
                return "".join(out)
        elif char in ",:":
            out.append(char)
            index += 1
        elif char in "\"'":
            read = _string(text, index, end)
            if read is None:
                return None
            value, index = read
            out.append(json.dumps(value))
        elif char.isalpha() or char in "_$":
            start = index
            while index < end and (text[index].isalnum() or text[index] in "_$"):
                index += 1
            word = text[start:index]
            following = index
            while following < end and text[following] in SPACE:
                following += 1
            if following < end and text[following] == ":" and (not out or out[-1] in "{,"):
                out.append(json.dumps(word))  # an unquoted key
            elif word in KEYWORDS:
                out.append(KEYWORDS[word])
            else:
                return None  # a variable, a function, undefined: no literal of data
        elif char in NUMBER_CHARS:
            start = index
            while index < end and text[index] in NUMBER_CHARS:
                index += 1
            out.append(text[start:index])
        else:
            return None
    return None


ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "/": "/", "\\": "\\", '"': '"', "'": "'"}


def _string(text: str, at: int, end: int) -> tuple[str, int] | None:
    """A quoted string at ``text[at]`` (either quote) and the index after it, or None if it does not end."""
    quote = text[at]
    parts: list[str] = []
    index = at + 1
    while index < end:
        char = text[index]
        if char == quote:
            return "".join(parts), index + 1
        if char == "\n":
            return None
        if char == "\\" and index + 1 < end:
            escaped = text[index + 1]
            if escaped == "u" and index + 6 <= end:
                try:
                    parts.append(chr(int(text[index + 2 : index + 6], 16)))
                except ValueError:
                    return None
                index += 6
                continue
            parts.append(ESCAPES.get(escaped, escaped))
            index += 2
            continue
        parts.append(char)
        index += 1
    return None


# An ISO time written with a zero offset ("2026-09-16T20:00:00+0000", "…T20:00Z"), its clock captured.
ZERO_OFFSET = re.compile(r"^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]00:?00)$")
# A field that is only a clock: "8PM", "7:01PM", "8 p.m.", "20:00".
CLOCK_ONLY = re.compile(r"^\s{0,3}(\d{1,2})(?:[:.](\d{2}))?\s{0,3}(?:([AaPp])\.?\s{0,2}[Mm]\.?)?\s{0,3}$")


def wall_clocks(items: list[Any]) -> list[Any]:
    """``items`` with the zero offset taken off their times when every item with such a time states the same
    clock, as written, in a field of its own (then the offset is a placeholder); else ``items`` unchanged."""
    found: list[tuple[dict[str, Any], list[str]]] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        zero = [key for key, value in item.items() if isinstance(value, str) and ZERO_OFFSET.match(value)]
        if not zero:
            continue
        clocks = {_clock(value) for value in item.values() if isinstance(value, str)} - {None}
        if not clocks or any(_written(item[key]) not in clocks for key in zero):
            return items
        found.append((item, zero))
    for item, keys in found:
        for key in keys:
            item[key] = re.sub(r"(?:Z|[+-]00:?00)$", "", item[key])
    return items


def _written(value: str) -> tuple[int, int] | None:
    match = ZERO_OFFSET.match(value)
    return (int(match.group(1)), int(match.group(2))) if match else None


def _clock(value: str) -> tuple[int, int] | None:
    match = CLOCK_ONLY.match(value)
    if not match or not (match.group(2) or match.group(3)):  # a bare number is no clock
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match.group(3) in "Pp" else 0)
    return (hour, minute) if hour < 24 and minute < 60 else None
