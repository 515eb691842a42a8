"""The JSON-lines reader and writer every command-line tool shares."""

from __future__ import annotations

import json

import pytest
from django.core.management.base import CommandError

from events.jsonlines import EXIT_UNREADABLE, dumps_line, parse_records, read_records


def test_printed_lines_carry_no_raw_control_characters_and_round_trip():
    record = {"title": "Gig \x1b[31mred\x1b[0m", "description": "csi \x9b2J done", "venue_name": "half \ud800 pair"}
    line = dumps_line(record)
    assert all(ord(char) >= 0x20 and not 0x7F <= ord(char) <= 0x9F for char in line)
    assert not any(0xD800 <= ord(char) <= 0xDFFF for char in line)
    line.encode("utf-8")  # printable as UTF-8: a raw lone surrogate would raise here
    assert json.loads(line) == record


def test_readable_text_stays_readable():
    assert dumps_line({"title": "Café Ünter — ₹500"}) == '{"title": "Café Ünter — ₹500"}'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"a": 1}\nnot json\n', "line 2: invalid JSON"),
        ("[1, 2]\n", "line 1: expected a JSON object, got list"),
        ("[" * 50_000 + "]" * 50_000 + "\n", "line 1: JSON nested too deeply"),
    ],
)
def test_bad_lines_are_one_clear_error(text, message):
    with pytest.raises(CommandError, match=message) as caught:
        parse_records(text, "events.jsonl")
    assert caught.value.returncode == EXIT_UNREADABLE


def test_files_are_read_as_utf8_with_or_without_a_mark(tmp_path):
    path = tmp_path / "events.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + '{"title": "Été"}\n\n'.encode())
    assert read_records(str(path)) == [{"title": "Été"}]
    path.write_bytes(b'{"title": "\xff"}\n')
    with pytest.raises(CommandError, match="is not UTF-8 text"):
        read_records(str(path))
    with pytest.raises(CommandError, match="cannot read"):
        read_records(str(tmp_path / "missing.jsonl"))
