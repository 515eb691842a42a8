"""JSON lines in and out, for the command-line tools (`extract`, `categorize`, `dedupe`).

One reader and one writer so every tool fails the same way on bad input (exit 2, one line naming the line
number) and prints nothing a terminal would interpret: JSON already escapes C0 controls, but with
``ensure_ascii=False`` it would print C1 controls (0x9B is an 8-bit CSI) and lone surrogates raw.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError

EXIT_UNREADABLE = 2
UNREADABLE = "cannot read {target}: {error}"
NOT_UTF8 = "{target} is not UTF-8 text"
BAD_JSON = "{target}, line {line}: invalid JSON ({error})"
TOO_DEEP = "{target}, line {line}: JSON nested too deeply"
NOT_AN_OBJECT = "{target}, line {line}: expected a JSON object, got {kind}"

# Printed escaped: C1 controls, the line/paragraph separators some terminals and JS consumers treat as
# newlines, and lone surrogates (which cannot be encoded to UTF-8 at all).
_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _label(target: str) -> str:
    return "stdin" if target == "-" else target


def read_text(target: str) -> str:
    """The whole input (a path, or '-' for stdin) as text; a byte-order mark is dropped."""
    try:
        payload = sys.stdin.buffer.read() if target == "-" else Path(target).read_bytes()
        return payload.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CommandError(NOT_UTF8.format(target=_label(target)), returncode=EXIT_UNREADABLE) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        message = UNREADABLE.format(target=_label(target), error=reason)
        raise CommandError(message, returncode=EXIT_UNREADABLE) from exc


def parse_records(text: str, target: str = "-") -> list[dict[str, Any]]:
    """JSON lines to records; blank lines are skipped. A bad line is an error that names it."""
    label = _label(target)
    records: list[dict[str, Any]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            message = BAD_JSON.format(target=label, line=number, error=exc.msg)
            raise CommandError(message, returncode=EXIT_UNREADABLE) from None
        except RecursionError:
            raise CommandError(TOO_DEEP.format(target=label, line=number), returncode=EXIT_UNREADABLE) from None
        if not isinstance(record, dict):
            message = NOT_AN_OBJECT.format(target=label, line=number, kind=type(record).__name__)
            raise CommandError(message, returncode=EXIT_UNREADABLE)
        records.append(record)
    return records


def read_records(target: str) -> list[dict[str, Any]]:
    return parse_records(read_text(target), target)


def dumps_line(record: dict[str, Any]) -> str:
    """One record as a JSON line that is safe to print: readable UTF-8, no raw control characters."""
    text = json.dumps(record, ensure_ascii=False)
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
