"""The JSON parser of every DRF endpoint: DRF's, plus two kinds of body it lets through to a 500.

- Thousands of nested brackets make ``json.loads`` raise RecursionError, which DRF does not catch.
- JSON may spell unpaired surrogates ("\\ud800"): they parse into a str that no database, page or error
  message can encode, so any later use of the value fails. Refused here, with a 400 like any bad JSON.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

TOO_DEEP = "JSON parse error - nested too deeply."
NOT_TEXT = "JSON parse error - text with unpaired surrogate characters."


def _encodable(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return False
        elif isinstance(item, Mapping):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return True


class SafeJSONParser(JSONParser):
    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError(TOO_DEEP) from None
        if not _encodable(data):
            raise ParseError(NOT_TEXT)
        return data
